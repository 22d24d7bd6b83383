"""Issue 16's last step: records that ``data generate`` wrote against a chat server (SBK and CM, with
CoT) pass ``data audit``, are the SFT stage's cold-start targets, and, converted to EasyR1 rows,
train the local GRPO engine, started from the SFT model (a tiny random model: the run is checked,
not what it learns)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from teacher_support import Teacher, all_records, run_generate

torch = pytest.importorskip("torch")

from raiden_r1.cli import main  # noqa: E402
from raiden_r1.data.validate import validate_file  # noqa: E402
from raiden_r1.easyr1.convert import convert_files  # noqa: E402
from raiden_r1.train.monitor import read_metrics  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ("train", "validation", "test")


@pytest.fixture(autouse=True)
def _one_thread():
    """As tests/train: a tiny model gains nothing from a second thread on a shared machine."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture()
def generated(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()})
    out = tmp_path / "teacher"
    run_generate(cards_file, out, server, teachers="gen,t2", with_cot=True)
    return out


def _finite(rows: list[dict], key: str) -> list[float]:
    values = [r[key] for r in rows if key in r]
    assert values and all(math.isfinite(v) for v in values), (key, values)
    return values


def test_generated_records_pass_the_audit_and_validate(generated, cards_file, capsys):
    records = all_records(generated)
    assert {r["metadata"]["focus"] for r in records} == {"script_knowledge", "conversation_memory"}
    assert all(r["cot"] for r in records)
    for split in SPLITS:
        assert main(["data", "audit", str(generated / f"{split}.json"), "--profiles", str(cards_file)]) == 0
        printed = capsys.readouterr().out
        n = len(json.loads((generated / f"{split}.json").read_text(encoding="utf-8")))
        assert f"{n}/{n} records pass every check (100.0%)" in printed and "failing" not in printed, printed
        assert validate_file(generated / f"{split}.json") == 0


def test_sft_learns_the_generated_cot_and_grpo_trains_on_the_converted_rows(generated, tiny_model_dir, tmp_path,
                                                                            capsys):
    from transformers import AutoTokenizer

    from raiden_r1.train.config import load_config
    from raiden_r1.train.sft import load_examples

    train, val = generated / "train.json", generated / "validation.json"
    records = json.loads(train.read_text(encoding="utf-8"))
    assert {r["metadata"]["focus"] for r in records} == {"script_knowledge", "conversation_memory"}

    # (a) SFT: the cold-start target of every record is <think>{its cot}</think>\n{its answer}
    sft_args = [f"data.train_files={train}", "data.max_prompt_length=4000", "data.max_response_length=512"]
    cfg = load_config(None, [f"worker.actor.model.model_path={tiny_model_dir}", *sft_args], grpo=False)
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    examples, long_prompts, long_targets = load_examples(cfg, tok, [str(train)])
    assert (len(examples), long_prompts, long_targets) == (len(records), 0, 0)
    assert sorted(tok.decode(e.target_ids[:-1]) for e in examples) == sorted(
        f"<think>{r['cot']}</think>\n{r['answer']}" for r in records)
    sft = tmp_path / "sft"
    assert main(["sft", "--model", str(tiny_model_dir), *sft_args, f"trainer.output_dir={sft}",
                 "trainer.progress=false", "trainer.max_steps=2", "worker.actor.global_batch_size=2"]) == 0, \
        capsys.readouterr().err
    assert (sft / "model" / "model.safetensors").is_file() and (sft / "config.yaml").is_file()
    _finite(read_metrics(sft), "loss")

    # (b) GRPO from the SFT model on the converted rows, prompted and scored as EasyR1 would
    rows, val_rows = tmp_path / "easyr1" / "train.json", tmp_path / "easyr1" / "validation.json"
    convert_files(train, val, rows, val_rows)
    grpo = tmp_path / "grpo"
    rc = main(["train", "--config", str(ROOT / "configs" / "local_tiny.yaml"),
               f"worker.actor.model.model_path={sft / 'model'}", f"data.train_files=[{rows}]",
               f"data.val_files=[{val_rows}]", "data.prompt_key=problem", "data.answer_key=answer",
               f"data.format_prompt={ROOT / 'easyr1' / 'format_prompt' / 'role_playing.jinja'}",
               "data.max_prompt_length=4000", "data.max_response_length=8", "data.rollout_batch_size=2",
               "worker.rollout.n=2", "trainer.max_steps=2", "trainer.val_freq=2",
               f"trainer.output_dir={grpo}", "trainer.progress=false"])
    assert rc == 0, capsys.readouterr().err
    assert (grpo / "checkpoints" / "step_000002" / "model.safetensors").is_file()
    assert (grpo / "config.yaml").is_file()
    metrics = read_metrics(grpo)
    assert [r["step"] for r in metrics] == [0, 1, 2]  # step 0: the validation before training
    for key in ("loss", "reward/overall", "reward/accuracy", "kl"):
        _finite(metrics, key)
    _finite(metrics, "eval/reward/overall")
