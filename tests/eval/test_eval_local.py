"""The local transformers backend with the tiny in-test model."""

import importlib.util
import json

import pytest
from eval_support import RECORDS

from raiden_r1.cli import main
from raiden_r1.data.schema import Record
from raiden_r1.eval.backends.base import GenerationConfig
from raiden_r1.eval.backends.local import LocalBackend, cut_at_stop, left_pad, length_sorted_batches
from raiden_r1.eval.items import items_from_records


def test_batches_group_similar_lengths_longest_first():
    assert length_sorted_batches([3, 9, 1, 7, 5], 2) == [[1, 3], [4, 0], [2]]


def test_left_padding_and_stop_tokens():
    ids, mask = left_pad([[5, 6, 7], [8]], pad_id=0)
    assert ids == [[5, 6, 7], [0, 0, 8]] and mask == [[1, 1, 1], [0, 0, 1]]
    assert cut_at_stop([4, 5, 2, 9], {2}) == [4, 5]


def test_batched_greedy_generation_equals_one_at_a_time(tiny_model_dir):
    items = items_from_records([Record.model_validate(r) for r in RECORDS])
    cfg = GenerationConfig(max_new_tokens=6)
    batched = LocalBackend(tiny_model_dir, batch_size=4, dtype="float32", device="cpu")
    single = LocalBackend(tiny_model_dir, batch_size=1, dtype="float32", device="cpu")
    a = {g.item_id: g.texts for g in batched.generate(items, cfg)}
    b = {g.item_id: g.texts for g in single.generate(items, cfg)}
    assert a == b and len(a) == len(items)


def test_eval_cli_end_to_end_with_the_tiny_model(tiny_model_dir, records_file, tmp_path):
    out = tmp_path / "run"
    argv = ["eval", "--model", str(tiny_model_dir), "--data", str(records_file), "--out", str(out),
            "--max-new-tokens", "6", "--batch-size", "4", "--limit", "4", "--n-boot", "100"]
    assert main(argv) == 0
    rows = [json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and all(r["status"] == "ok" and len(r["generations"]) == 1 for r in rows)
    assert all(r["prompt"][0]["role"] == "system" for r in rows)  # the trainer's default layout
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["counts"]["scored"] == 4 and metrics["overall"]["sbk_accuracy"]["n"] == 4
    cfg = json.loads((out / "eval_config.json").read_text())
    assert cfg["backend"] == "local" and cfg["generation"]["temperature"] == 0.0
    assert (out / "metrics.png").stat().st_size > 1000 and "metrics.png" in (out / "report.md").read_text()
    # a second run with the same --out generates nothing and changes nothing
    before = (out / "items.jsonl").read_text(encoding="utf-8")
    assert main(argv) == 0
    assert (out / "items.jsonl").read_text(encoding="utf-8") == before


def test_sampling_k_answers_per_item(tiny_model_dir, records_file, tmp_path):
    out = tmp_path / "run"
    assert main(["eval", "--model", str(tiny_model_dir), "--data", str(records_file), "--out", str(out),
                 "--max-new-tokens", "4", "--limit", "2", "--samples", "3", "--temperature", "1.0",
                 "--n-boot", "100"]) == 0
    rows = [json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(len(r["generations"]) == 3 and len(r["scores"]) == 3 for r in rows)
    assert "pass@3" in json.loads((out / "metrics.json").read_text())["overall"]


def test_a_resumed_run_refuses_different_decoding_settings(tiny_model_dir, records_file, tmp_path, capsys):
    out = tmp_path / "run"
    base = ["eval", "--model", str(tiny_model_dir), "--data", str(records_file), "--out", str(out), "--limit", "1",
            "--max-new-tokens", "3", "--n-boot", "100"]
    assert main(base) == 0
    assert main(base[:-4] + ["--max-new-tokens", "5", "--n-boot", "100"]) == 2
    assert "different generation" in capsys.readouterr().err


def test_greedy_samples_are_refused(records_file, tmp_path, capsys):
    assert main(["eval", "--data", str(records_file), "--out", str(tmp_path / "r"), "--samples", "4"]) == 2
    assert "--temperature > 0" in capsys.readouterr().err


def test_vllm_backend_without_vllm_is_a_clear_error(tiny_model_dir, records_file, tmp_path, capsys):
    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vLLM is installed here")
    assert main(["eval", "--backend", "vllm", "--model", str(tiny_model_dir), "--data", str(records_file),
                 "--out", str(tmp_path / "r"), "--limit", "1"]) == 2
    assert "needs vLLM" in capsys.readouterr().err


def test_item_ids_are_stable_and_duplicates_stay_distinct():
    recs = [Record.model_validate(r) for r in RECORDS]
    a = [it.id for it in items_from_records(recs + recs[:1])]
    b = [it.id for it in items_from_records(recs + recs[:1])]
    assert a == b and a[-1] == a[0] + "#2" and len(set(a)) == len(a)
