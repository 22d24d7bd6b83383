"""Records -> EasyR1 rows: the rows EasyR1's RLHFDataset and our reward will read."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from easyr1_records import EN_SBK, JA_SBK, LEGACY, RECORDS, ZH_CM, write_records  # noqa: E402

from raiden_r1.data.ground_truth import parse_ground_truth  # noqa: E402
from raiden_r1.data.prompt import apply_format_prompt  # noqa: E402
from raiden_r1.easyr1.convert import CHAT_TEMPLATE_OVERHEAD, convert_files, estimate_tokens, prompt_tokens  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GUIDE_COMMAND = ("python scripts/convert_to_easyr1_format.py --train_input ./data/training/train.json "
                 "--val_input ./data/training/validation.json --train_output ./data/easyr1/train.json "
                 "--val_output ./data/easyr1/validation.json --verbose")


def _rows(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return json.loads(text)


def _convert(tmp_path: Path, out_name="train.json", records=RECORDS, **kw) -> list[dict]:
    src = write_records(tmp_path / "records.json", records)
    convert_files(src, None, tmp_path / out_name, None, out=io.StringIO(), **kw)
    return _rows(tmp_path / out_name)


def test_round_trip_keeps_keywords_method_language_focus(tmp_path):
    rows = _convert(tmp_path)
    for rec, row in zip(RECORDS, rows, strict=True):
        gt = parse_ground_truth(row["answer"])
        want = tuple((k,) if isinstance(k, str) else tuple(k) for k in rec["keywords"])
        assert gt.keywords == want
        assert gt.answer == rec["answer"]
        assert gt.negative_keywords == tuple(rec.get("negative_keywords", ()))
    assert [parse_ground_truth(r["answer"]).validation_method for r in rows] == [
        "single_term_validation", "multi_term_parsing", "single_term_validation", "single_term_validation"]
    assert [parse_ground_truth(r["answer"]).language for r in rows] == ["en", "zh", "ja", "en"]
    assert [parse_ground_truth(r["answer"]).focus for r in rows] == [
        "script_knowledge", "conversation_memory", "script_knowledge", "script_knowledge"]


def test_problem_carries_every_profile_field_the_history_and_the_question(tmp_path):
    rows = _convert(tmp_path)
    for rec, row in zip(RECORDS, rows, strict=True):
        for field, value in rec["character_profile"].items():
            assert field in row["problem"] and value in row["problem"]
        for msg in rec.get("conversation_history", []):
            assert msg["content"] in row["problem"]
        assert rec["question"] in row["problem"]


def test_rows_have_no_image_or_video_columns(tmp_path):
    assert all(set(row) == {"problem", "answer"} for row in _convert(tmp_path))


def test_every_answer_is_a_string_for_arrow(tmp_path):
    rows = _convert(tmp_path)
    assert all(isinstance(r["answer"], str) and isinstance(r["problem"], str) for r in rows)
    pa = pytest.importorskip("pyarrow")
    table = pa.Table.from_pylist(rows)  # what `datasets` does; mixed keyword types would fail here
    assert table.schema.field("answer").type == pa.string()


@pytest.mark.parametrize("name", ["rows.json", "rows.jsonl"])
def test_rows_load_with_datasets_as_easyr1_loads_them(tmp_path, name):
    datasets = pytest.importorskip("datasets")
    rows = _convert(tmp_path, name)  # keyword items mix strings and alternative lists across rows
    ds = datasets.load_dataset("json", data_files=str(tmp_path / name), split="train",
                               cache_dir=str(tmp_path / "cache"))
    assert ds.column_names == ["problem", "answer"] and len(ds) == len(rows)
    assert [parse_ground_truth(a).keywords for a in ds["answer"]] == [parse_ground_truth(r["answer"]).keywords
                                                                     for r in rows]


def test_json_and_jsonl_hold_the_same_rows(tmp_path):
    as_json = _convert(tmp_path, "rows.json")
    as_jsonl = _convert(tmp_path, "rows.jsonl")
    assert as_json == as_jsonl
    assert (tmp_path / "rows.json").read_text(encoding="utf-8").lstrip().startswith("[")
    assert len((tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()) == len(RECORDS)


def test_output_is_utf8_without_ascii_escapes(tmp_path):
    _convert(tmp_path, "rows.jsonl")
    raw = (tmp_path / "rows.jsonl").read_bytes()
    assert "西雅图".encode("utf-8") in raw and b"\\u" not in raw


def test_other_output_extensions_are_refused(tmp_path):
    with pytest.raises(RaidenError, match=r"rows\.parquet: output must end in \.json"):
        _convert(tmp_path, "rows.parquet")


def test_bad_record_names_file_record_and_field_and_writes_nothing(tmp_path):
    bad = dict(ZH_CM, keywords=[])
    train = write_records(tmp_path / "train.json")
    val = write_records(tmp_path / "val.json", [EN_SBK, bad])
    with pytest.raises(RaidenError, match=r"val\.json: record 1: keywords: .*keyword item"):
        convert_files(train, val, tmp_path / "out" / "train.json", tmp_path / "out" / "val.json", out=io.StringIO())
    assert not (tmp_path / "out" / "train.json").exists()


def test_verbose_prints_counts_and_filled_legacy_fields(tmp_path):
    src = write_records(tmp_path / "records.json")
    buf = io.StringIO()
    convert_files(src, None, tmp_path / "rows.json", None, verbose=True, out=buf)
    text = buf.getvalue()
    assert "4 rows" in text
    assert "language: en 2, ja 1, zh 1" in text
    assert "focus: conversation_memory 1, script_knowledge 3" in text
    assert "validation_method: multi_term_parsing 1, single_term_validation 3" in text
    assert "record 3: filled negative_keywords=[]" in text and "metadata.language=en (detected)" in text
    assert "warning" not in text


def test_verbose_warns_about_prompts_over_max_prompt_length(tmp_path):
    src = write_records(tmp_path / "records.json")
    buf = io.StringIO()
    limit = prompt_tokens(_convert(tmp_path)[1]["problem"]) - 1  # one token short for the zh row
    convert_files(src, None, tmp_path / "rows.json", None, verbose=True, max_prompt_length=limit, out=buf)
    warnings = [line for line in buf.getvalue().splitlines() if "warning" in line]
    assert any("record 1: prompt is likely" in w and f"max_prompt_length {limit}" in w for w in warnings)


def test_quiet_mode_still_mentions_overlong_prompts(tmp_path):
    src = write_records(tmp_path / "records.json")
    buf = io.StringIO()
    convert_files(src, None, tmp_path / "rows.json", None, max_prompt_length=10, out=buf)
    assert "4 prompts likely over max_prompt_length 10" in buf.getvalue()


def test_token_estimate_counts_cjk_per_character_and_latin_per_four():
    assert estimate_tokens("西雅图") == 3
    assert estimate_tokens("a" * 40) == 10
    assert estimate_tokens("東京 is big") == 2 + 2  # 2 kanji + ceil(7 / 4)


def test_prompt_tokens_include_the_template_and_chat_overhead():
    problem = "x" * 400
    assert prompt_tokens(problem) == estimate_tokens(apply_format_prompt(problem)) + CHAT_TEMPLATE_OVERHEAD
    assert prompt_tokens(problem) > 100 + CHAT_TEMPLATE_OVERHEAD


def test_tokenizer_option_counts_exactly(tmp_path, tiny_model_dir):
    src = write_records(tmp_path / "records.json", [EN_SBK])
    buf = io.StringIO()
    convert_files(src, None, tmp_path / "rows.json", None, verbose=True, tokenizer=str(tiny_model_dir), out=buf)
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(tiny_model_dir))
    text = apply_format_prompt(_rows(tmp_path / "rows.json")[0]["problem"])
    ids = tok.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True, tokenize=True)
    n = len(ids["input_ids"] if hasattr(ids, "keys") else ids)
    assert f"longest prompt: {n} tokens (max_prompt_length 2048)" in buf.getvalue()


def _mirror(tmp_path: Path) -> Path:
    """A checkout-shaped directory: the repo's scripts/ and src/, records at the guide's paths."""
    (tmp_path / "scripts").symlink_to(ROOT / "scripts")
    (tmp_path / "src").symlink_to(ROOT / "src")
    write_records(tmp_path / "data" / "training" / "train.json", [EN_SBK, ZH_CM, LEGACY])
    write_records(tmp_path / "data" / "training" / "validation.json", [JA_SBK])
    return tmp_path


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # `python` = this venv
    return env


def test_guide_conversion_command_works_verbatim(tmp_path):
    root = _mirror(tmp_path)
    r = subprocess.run(GUIDE_COMMAND, shell=True, cwd=root, env=_env(), capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert len(_rows(root / "data" / "easyr1" / "train.json")) == 3
    assert len(_rows(root / "data" / "easyr1" / "validation.json")) == 1
    assert "language: en 2, zh 1" in r.stdout


def test_script_defaults_are_the_guide_paths(tmp_path):
    root = _mirror(tmp_path)
    r = subprocess.run([sys.executable, "scripts/convert_to_easyr1_format.py"], cwd=root, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (root / "data" / "easyr1" / "train.json").is_file()
    assert (root / "data" / "easyr1" / "validation.json").is_file()


def test_script_uses_the_checkout_src_without_an_installed_package(tmp_path):
    # -S: no site-packages at all, so raiden_r1 can only come from the checkout's src/ (its deps
    # are handed over on PYTHONPATH from wherever they live).
    import importlib

    deps = set()
    for name in ("jinja2", "markupsafe", "pydantic", "pydantic_core", "annotated_types", "typing_inspection",
                 "typing_extensions"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        path = Path(mod.__file__).resolve()
        deps.add(str(path.parents[1] if path.name == "__init__.py" else path.parent))
    root = _mirror(tmp_path)
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": os.pathsep.join(sorted(deps))}
    r = subprocess.run([sys.executable, "-S", "scripts/convert_to_easyr1_format.py"], cwd=root, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert (root / "data" / "easyr1" / "train.json").is_file()


def test_script_prints_errors_as_one_line(tmp_path):
    root = _mirror(tmp_path)
    write_records(root / "data" / "training" / "train.json", [dict(EN_SBK, question="")])
    r = subprocess.run([sys.executable, "scripts/convert_to_easyr1_format.py"], cwd=root, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("error: ")
    assert "data/training/train.json: record 0: question:" in r.stderr


def test_cli_convert_writes_the_same_rows_as_the_script(tmp_path):
    root = _mirror(tmp_path)
    subprocess.run([sys.executable, "scripts/convert_to_easyr1_format.py"], cwd=root, check=True,
                   capture_output=True, timeout=60)
    from raiden_r1.cli import main

    src = root / "data" / "training"
    rc = main(["data", "convert", "--to", "easyr1", "--train_input", str(src / "train.json"),
               "--val_input", str(src / "validation.json"), "--train_output", str(tmp_path / "t.jsonl"),
               "--val_output", str(tmp_path / "v.jsonl")])
    assert rc == 0
    assert _rows(tmp_path / "t.jsonl") == _rows(root / "data" / "easyr1" / "train.json")
    assert _rows(tmp_path / "v.jsonl") == _rows(root / "data" / "easyr1" / "validation.json")


def test_shipped_records_convert_without_warnings(tmp_path):
    src = ROOT / "data" / "training"
    if not (src / "train.json").is_file():
        pytest.skip("data/training not built yet")
    buf = io.StringIO()
    convert_files(src / "train.json", src / "validation.json", tmp_path / "t.jsonl", tmp_path / "v.jsonl",
                  verbose=True, out=buf)
    assert "warning" not in buf.getvalue()
    rows = _rows(tmp_path / "t.jsonl")
    assert rows and all(set(r) == {"problem", "answer"} and parse_ground_truth(r["answer"]).keywords for r in rows)
