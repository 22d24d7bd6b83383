"""``data generate --backend local``: the teacher model in-process (a tiny random model here: it
writes garbage, so these tests check the path, not the quality of what it writes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from teacher_support import CARDS

from raiden_r1.cli import main
from raiden_r1.teacher.local import leading_json_object

MAX_NEW = 24


@pytest.fixture()
def one_card(tmp_path):
    p = tmp_path / "card.json"
    p.write_text(json.dumps(CARDS[:1]), encoding="utf-8")
    return p


def _generate(model, cards, out, *extra: str) -> int:
    return main(["data", "generate", "--backend", "local", "--model", str(model), "--profiles", str(cards),
                 "--out", str(out), "--per-profile", "2", "--cm-per-profile", "1", "--max-new-tokens", str(MAX_NEW),
                 "--dtype", "float32", "--device", "cpu", "--threads", "1", "--no-progress", *extra])


def test_the_reply_is_cut_after_the_first_json_object():
    text = '{"answer": "a } and a \\" inside", "n": {"k": [1]}} and then the model {rambles}'
    assert leading_json_object(text) == '{"answer": "a } and a \\" inside", "n": {"k": [1]}}'
    assert json.loads(leading_json_object(text))["answer"] == 'a } and a " inside'


def test_an_unclosed_object_is_left_whole_for_the_parser_to_refuse():
    assert leading_json_object('{"answer": "cut off') == '{"answer": "cut off'


def test_local_generation_runs_end_to_end_and_counts_every_drop(tiny_model_dir, one_card, tmp_path):
    out = tmp_path / "out"
    assert _generate(tiny_model_dir, one_card, out) == 0
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    replies = [json.loads(line) for line in (out / "cache.jsonl").read_text(encoding="utf-8").splitlines()]
    run = stats["this_run"]
    assert stats["settings"]["backend"] == "local" and stats["units"] == {"total": 2, "finished": 2,
                                                                          "failed_this_run": 0}
    # every request was answered by the model and cached; a malformed one was asked again, at most twice
    assert run["requests"] == len(replies) >= 2 and run["failed_requests"] == 0
    # JSON mode: the assistant's turn opens with "{" and every reply stays within the token cap
    assert all(r["text"].startswith("{") and r["completion_tokens"] <= MAX_NEW for r in replies)
    assert run["tokens_out"] == sum(r["completion_tokens"] for r in replies)
    # every candidate is a record or exactly one counted reason
    assert stats["candidates"] == stats["kept"] + sum(stats["candidates_dropped"].values())
    assert stats["candidates"] >= 2 and all(n > 0 for n in stats["candidates_dropped"].values())


def test_a_rerun_answers_from_the_cache_without_generating(tiny_model_dir, one_card, tmp_path):
    out = tmp_path / "out"
    assert _generate(tiny_model_dir, one_card, out) == 0
    first = (out / "stats.json").read_text(encoding="utf-8")
    (out / "records.jsonl").write_text("", encoding="utf-8")  # forget the finished units: redo them
    assert _generate(tiny_model_dir, one_card, out) == 0
    again = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert again["this_run"]["requests"] == 0
    assert again["this_run"]["cache_hits"] == json.loads(first)["this_run"]["requests"]
    assert again["candidates_dropped"] == json.loads(first)["candidates_dropped"]


def test_a_missing_model_directory_is_one_line(one_card, tmp_path, capsys):
    assert _generate(tmp_path / "no-such-model", one_card, tmp_path / "out") == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {tmp_path / 'no-such-model'}: model directory not found"


def test_api_base_with_the_local_backend_is_refused(tiny_model_dir, one_card, tmp_path, capsys):
    assert _generate(tiny_model_dir, one_card, tmp_path / "out", "--api-base", "http://127.0.0.1:1/v1") == 2
    assert "--api-base is for --backend openai" in capsys.readouterr().err


def test_the_local_backend_without_torch_names_the_install(one_card, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch now raises ImportError
    assert _generate("smollm2-135m", one_card, tmp_path / "out") == 2
    err = capsys.readouterr().err.strip()
    assert err == "error: --backend local needs torch and transformers: pip install 'raiden-r1[train]'"


def test_the_openai_backend_still_needs_an_endpoint(one_card, tmp_path, capsys):
    assert main(["data", "generate", "--profiles", str(one_card), "--out", str(tmp_path / "out"),
                 "--model", "m"]) == 2
    assert "--backend openai needs --api-base" in capsys.readouterr().err


def test_the_endpoint_path_never_imports_torch(repo_root):
    code = ("import sys\n"
            "from raiden_r1.teacher.teachers import make_teachers, parse_teacher_specs\n"
            "import raiden_r1.teacher.local, raiden_r1.teacher.run, raiden_r1.data.cli\n"
            "specs = parse_teacher_specs('m', 'm,t2@http://127.0.0.1:2/v1', 'http://127.0.0.1:1/v1')\n"
            "make_teachers('m', 'http://127.0.0.1:1/v1', specs, api_key_env='X', timeout=1, max_retries=0,\n"
            "              retry_base=0, seed=0)\n"
            "print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(repo_root / "src")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
