"""`raiden-r1 train` end to end on the tiny model with hand-made records and the real VRAR reward."""

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")

from raiden_r1.cli import main  # noqa: E402

TINY_CONFIG = str(Path(__file__).resolve().parents[2] / "configs" / "local_tiny.yaml")


def record(name, question, answer, keyword, focus="script_knowledge"):
    return {"character_name": name, "character_profile": {"Name": name, "Hobby": "painting", "Pet": "a dog called Biscuit"},
            "conversation_history": [], "question": question, "answer": answer, "keywords": [keyword],
            "negative_keywords": [], "question_type": "what", "validation_method": "single_term_validation",
            "difficulty": "easy", "metadata": {"language": "en", "focus": focus}}


@pytest.fixture
def records(tmp_path):
    rows = [record("Mira", "What is your hobby?", "I love painting.", "painting"),
            record("Mira", "What is your dog called?", "My dog is Biscuit.", "Biscuit"),
            record("Tom", "What is your hobby?", "Basketball, of course.", "basketball")]
    p = tmp_path / "train.json"
    p.write_text(json.dumps(rows))
    return p


def test_train_command_runs_with_the_vrar_reward(tiny_model_dir, records, tmp_path, capsys):
    pytest.importorskip("raiden_r1.reward.vrar")
    out = tmp_path / "run"
    rc = main(["train", "--config", TINY_CONFIG, f"worker.actor.model.model_path={tiny_model_dir}",
               f"data.train_files=[{records}]", f"data.val_files=[{records}]", "trainer.val_freq=2",
               f"trainer.output_dir={out}", "trainer.progress=false", "data.max_response_length=8",
               "data.rollout_batch_size=2", "worker.rollout.n=2", "trainer.max_steps=2"])
    assert rc == 0, capsys.readouterr().err
    rows = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows] == [0, 1, 2]  # step 0: trainer.val_before_train, as EasyR1
    assert {"reward/accuracy", "reward/format", "reward/thinking"} <= set(rows[1])  # VRAR's components
    assert "eval/reward/overall" in rows[0] and "eval/reward/overall" in rows[2]
    assert rows[1]["kl"] >= 0  # local_tiny keeps EasyR1's default: KL (1e-3) in the reward
    assert (out / "checkpoints" / "step_000002" / "model.safetensors").is_file()
    card = (out / "checkpoints" / "step_000002" / "README.md").read_text(encoding="utf-8")
    assert "local GRPO engine (raiden-r1 train), checkpoint of step 2." in card
    assert f"| validation reward/overall | {rows[2]['eval/reward/overall']:.3f} |" in card
    assert "greedy answers to 3 validation prompts at step 2" in card and f"- train: `{records}`" in card
    assert "| `worker.rollout.n` | `2` |" in card and "| `algorithm.kl_coef` | `0.001` |" in card
    assert "done: step 2" in capsys.readouterr().out


def test_resume_of_a_finished_run_does_nothing(tiny_model_dir, records, tmp_path, capsys):
    pytest.importorskip("raiden_r1.reward.vrar")
    args = ["train", "--config", TINY_CONFIG, f"worker.actor.model.model_path={tiny_model_dir}",
            f"data.train_files=[{records}]", f"trainer.output_dir={tmp_path / 'run'}", "trainer.progress=false",
            "data.max_response_length=4", "worker.rollout.n=2", "trainer.max_steps=1"]
    assert main(args) == 0
    assert main(args + ["--resume"]) == 0
    assert "already at step 1 of 1" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["worker.actor.optim.lr=fast"], "worker.actor.optim.lr"),
    (["worker.rollout.n=1"], "worker.rollout.n"),
    (["data.train_files=[/nonexistent/train.json]"], "/nonexistent/train.json"),
])
def test_bad_input_is_one_error_line_and_exit_2(tiny_model_dir, tmp_path, capsys, args, message):
    rc = main(["train", "--config", TINY_CONFIG, f"worker.actor.model.model_path={tiny_model_dir}",
               f"trainer.output_dir={tmp_path}", *args])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("error: ") and message in err and "Traceback" not in err


def test_a_new_run_in_a_used_output_dir_is_refused_and_overwrite_keeps_the_old_run(tiny_model_dir, records, tmp_path,
                                                                                    capsys):
    pytest.importorskip("raiden_r1.reward.vrar")
    out = tmp_path / "run"
    args = ["train", "--config", TINY_CONFIG, f"worker.actor.model.model_path={tiny_model_dir}",
            f"data.train_files=[{records}]", f"trainer.output_dir={out}", "trainer.progress=false",
            "data.max_response_length=4", "worker.rollout.n=2"]
    assert main(args + ["trainer.max_steps=1"]) == 0
    old_metrics = (out / "metrics.jsonl").read_bytes()
    old_files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    capsys.readouterr()

    # a new run (here one with more steps) neither resumes the old one nor deletes its metrics
    assert main(args + ["trainer.max_steps=2"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{out}: holds a previous run" in err and "--resume" in err and "--overwrite" in err
    assert (out / "metrics.jsonl").read_bytes() == old_metrics
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == old_files

    assert main(args + ["trainer.max_steps=2", "--resume", "--overwrite"]) == 2
    assert "exclude each other" in capsys.readouterr().err

    # --overwrite: a fresh run from step 1; the previous run moved aside whole, its metrics intact
    assert main(args + ["trainer.max_steps=2", "--overwrite"]) == 0
    (moved,) = [p for p in tmp_path.iterdir() if p.name.startswith("run.prev-")]
    assert f"moved to {moved}" in capsys.readouterr().err
    assert (moved / "metrics.jsonl").read_bytes() == old_metrics
    assert (moved / "checkpoints" / "step_000001" / "COMPLETE").is_file()
    assert [json.loads(x)["step"] for x in (out / "metrics.jsonl").read_text().splitlines()] == [1, 2]


def test_an_empty_or_unrelated_output_dir_is_used_as_it_is(tmp_path):
    from raiden_r1.train.run_dir import claim_run_dir

    (tmp_path / "notes.txt").write_text("mine")
    assert claim_run_dir(tmp_path, resume=False, overwrite=False) is None
    assert claim_run_dir(tmp_path / "new", resume=False, overwrite=True) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
