"""The quickstart orchestration end to end on the tiny in-test model, and its pure pieces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raiden_r1.errors import RaidenError
from raiden_r1.quickstart import QuickstartOptions, reproduce_commands, run_quickstart
from raiden_r1.quickstart_stages import ensure_data, held_out_characters
from raiden_r1.quickstart_report import delta_points, fmt_acc, goals, render_report, reward_trend


def _record(name: str, question: str, answer: str, keyword: str, focus: str = "script_knowledge") -> dict:
    history = [{"role": "user", "content": f"I met {keyword} today."}, {"role": "assistant", "content": "Nice."}] \
        if focus == "conversation_memory" else []
    return {"character_name": name, "character_profile": {"Name": name, "Pet": "Biscuit", "Home": "Seattle"},
            "conversation_history": history, "question": question, "answer": answer, "keywords": [keyword],
            "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"language": "en", "focus": focus, "source": "test"}}


def _write_splits(data_dir: Path, test_name: str = "Tobias") -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    splits = {
        "train": [_record("Mira", "What is your pet called?", "Biscuit.", "Biscuit"),
                  _record("Mira", "Where do you live?", "Seattle.", "Seattle"),
                  _record("Mira", "Who did I meet?", "You met Ana.", "Ana", "conversation_memory")],
        "validation": [_record("Priya", "Where do you live?", "Seattle.", "Seattle")],
        "test": [_record(test_name, "What is your pet called?", "Biscuit.", "Biscuit"),
                 _record(test_name, "Who did I meet?", "You met Ana.", "Ana", "conversation_memory")],
    }
    for split, rows in splits.items():
        (data_dir / f"{split}.json").write_text(json.dumps(rows), encoding="utf-8")


TINY_CONFIG = """\
data:
  prompt_layout: system
  max_prompt_length: 1024
  max_response_length: 400
  rollout_batch_size: 2
worker:
  actor:
    global_batch_size: 2
    optim:
      lr: 1.0e-3
  rollout:
    n: 2
trainer:
  max_steps: 2
  save_freq: -1
  progress: false
  sample_every: 1
"""


TINY_SFT_CONFIG = """\
worker:
  actor:
    global_batch_size: 2
    micro_batch_size_per_device_for_update: 2
    optim:
      lr: 1.0e-3
trainer:
  max_steps: 2
  save_freq: -1
  progress: false
"""


@pytest.fixture
def setup(tmp_path):
    _write_splits(tmp_path / "data")
    cfg = tmp_path / "quick.yaml"
    cfg.write_text(TINY_CONFIG, encoding="utf-8")
    (tmp_path / "quick_sft.yaml").write_text(TINY_SFT_CONFIG, encoding="utf-8")
    return tmp_path, cfg


def _opts(tmp: Path, cfg: Path, model: Path, **kw) -> QuickstartOptions:
    # the stages run in this process unless a test is about the child processes: each child
    # imports torch afresh (seconds per stage)
    base = dict(out=tmp / "out", config=cfg, sft_config=tmp / "quick_sft.yaml", data_dir=tmp / "data",
                profiles=tmp / "none.json", easyr1_dir=tmp / "easyr1", model=str(model), minutes=1.0,
                sft_minutes=1.0, max_eval_items=2, eval_batch_size=2, stages_in_children=False)
    return QuickstartOptions(**{**base, **kw})


def test_whole_quickstart_on_the_tiny_model(setup, tiny_model_dir):
    tmp, cfg = setup
    summary = run_quickstart(_opts(tmp, cfg, tiny_model_dir, stages_in_children=True), log=lambda s: None)
    out = tmp / "out"
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "| SBK accuracy |" in report and "| CM accuracy |" in report and "(n=1)" in report
    assert "| metric | base | after SFT | after SFT+GRPO |" in report and "| Mean length, tokens |" in report
    assert "| think well-formed after SFT+GRPO |" in report and "| peak memory of the whole quickstart |" in report
    assert "after SFT -> after SFT+GRPO: paired over 2 items" in report
    assert "### after SFT: a random sample of answers counted" in report
    assert "![reward curves](reward_curves.png)" in report and (out / "reward_curves.png").stat().st_size > 0
    assert "raiden-r1 train --config" in report and "raiden-r1 quickstart --minutes 1 --sft-minutes 1" in report
    assert "raiden-r1 sft --config" in report and "--short" in report
    assert len(summary["history"]) == 2 and len(summary["sft_history"]) == 2
    assert [s["name"] for s in summary["stages"]] == ["data", "convert to EasyR1 rows", "default model",
                                                      "evaluate base model", "write inner monologues", "SFT",
                                                      "evaluate SFT model", "GRPO training",
                                                      "evaluate trained model", "compare"]
    for run in ("eval_before", "eval_sft", "eval_after"):
        assert json.loads((out / run / "metrics.json").read_text())["counts"]["scored"] == 2
    # GRPO started from the SFT model, and the SFT run used the GRPO config's prompts and budget
    grpo_cfg = json.loads((out / "summary.json").read_text())["config"]
    assert grpo_cfg["worker"]["actor"]["model"]["model_path"] == str(out / "sft" / "model")
    assert summary["sft_config"]["data"]["max_response_length"] == 400
    assert 0 < summary["memory"]["peak_gb"] < 64
    # the evaluations and the training stages ran in child processes, each with its own log and
    # memory figures; the run's peak counts this process's memory beside the largest child's
    in_child = {"evaluate base model", "SFT", "evaluate SFT model", "GRPO training", "evaluate trained model"}
    assert {st["name"] for st in summary["stages"] if st["process"] == "child"} == in_child
    assert {p.name for p in (out / "logs").iterdir()} == {"evaluate_base_model.log", "sft.log", "evaluate_sft_model.log",
                                                          "grpo_training.log", "evaluate_trained_model.log"}
    for st in summary["stages"]:
        assert st["peak_gb"] > 0 and st["rss_gb"] > 0 and st["cpu_seconds"] > 0 or st["process"] == "main"
        if st["process"] == "child":
            assert 0 < st["main_rss_gb"] and st["peak_gb"] + st["main_rss_gb"] <= summary["memory"]["peak_gb"]
    main = [st["peak_gb"] for st in summary["stages"] if st["process"] == "main"]  # this process's: only rises
    assert main == sorted(main) and main[-1] <= summary["memory"]["self_gb"] <= summary["memory"]["peak_gb"]
    assert "| SFT | " in report and "| child (+ main " in report
    assert summary["lengths"]["sft"]["n"] == 2 and summary["lengths"]["sft"]["mean_length_tokens"] > 0
    assert "train" in summary["checkpoint"] and Path(summary["checkpoint"], "config.json").is_file()
    # the trained checkpoint's model card carries its held-out figures
    card = Path(summary["checkpoint"], "README.md").read_text(encoding="utf-8")
    acc = json.loads((out / "eval_after" / "metrics.json").read_text())["overall"]["accuracy"]
    assert f"| accuracy (all items) | {acc['mean'] * 100:.1f}%" in card and "(n=2) |" in card
    assert "held-out characters of" in card and f"- train: `{tmp / 'data' / 'train.json'}`" in card
    assert "| `worker.actor.optim.lr` | `0.001` |" in card and "checkpoint of step 2." in card
    rows = json.loads((tmp / "easyr1" / "train.json").read_text(encoding="utf-8"))
    assert len(rows) == 3 and set(rows[0]) == {"problem", "answer"}
    assert json.loads((out / "summary.json").read_text())["data"]["held_out_characters"] == ["Tobias"]


def test_rerun_with_other_eval_settings_reevaluates_the_base_model(setup, tiny_model_dir):
    tmp, cfg = setup
    run_quickstart(_opts(tmp, cfg, tiny_model_dir, max_steps=1), log=lambda s: None)
    summary = run_quickstart(_opts(tmp, cfg, tiny_model_dir, max_steps=1, max_eval_items=1), log=lambda s: None)
    assert summary["before"]["counts"]["items"] == summary["after"]["counts"]["items"] == 1
    assert len(summary["history"]) == 1  # a fresh training run, not a continuation of the first


def test_a_failing_stage_is_one_line_naming_it_and_its_log(setup, tiny_model_dir):
    tmp, cfg = setup
    # every SFT target is longer than one token: the SFT child fails after the base evaluation
    opts = _opts(tmp, cfg, tiny_model_dir, stages_in_children=True, sft_overrides=["data.max_response_length=1"])
    with pytest.raises(RaidenError) as e:
        run_quickstart(opts, log=lambda s: None)
    log = tmp / "out" / "logs" / "sft.log"
    assert str(e.value).startswith("SFT failed: ") and "no SFT examples left" in str(e.value)
    assert str(e.value).endswith(f"(its output and traceback: {log})") and "\n" not in str(e.value)
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert (tmp / "out" / "eval_before" / "metrics.json").is_file()  # the stage before it finished


def test_lora_is_refused_before_any_work(setup, tiny_model_dir):
    tmp, cfg = setup
    with pytest.raises(RaidenError, match="worker.actor.model.lora.rank"):
        run_quickstart(_opts(tmp, cfg, tiny_model_dir, overrides=["worker.actor.model.lora.rank=8"]),
                       log=lambda s: None)
    assert not (tmp / "out" / "eval_before").exists()


def test_minutes_over_the_budget_are_refused(setup, tiny_model_dir):
    tmp, cfg = setup
    with pytest.raises(RaidenError, match="--minutes"):
        run_quickstart(_opts(tmp, cfg, tiny_model_dir, minutes=16), log=lambda s: None)


def test_missing_config_is_a_user_error(setup, tiny_model_dir):
    tmp, _ = setup
    with pytest.raises(RaidenError, match="config file not found"):
        run_quickstart(_opts(tmp, tmp / "nope.yaml", tiny_model_dir), log=lambda s: None)


def test_test_characters_seen_in_training_are_refused(tmp_path):
    _write_splits(tmp_path, test_name="Mira")
    with pytest.raises(RaidenError, match="also in train.json: Mira"):
        held_out_characters(tmp_path)


def test_missing_splits_are_rebuilt_from_profiles(tmp_path, repo_root):
    counts, rebuilt = ensure_data(tmp_path / "data", repo_root / "data" / "profiles" / "characters.json")
    assert rebuilt and all(counts[s] > 0 for s in ("train", "validation", "test"))
    assert ensure_data(tmp_path / "data", tmp_path / "absent.json")[1] is False  # present now: no rebuild


def test_missing_splits_without_profiles_name_the_files(tmp_path):
    with pytest.raises(RaidenError, match="train.json.*missing"):
        ensure_data(tmp_path / "data", tmp_path / "absent.json")


def test_fmt_acc_shows_interval_and_sample_size():
    assert fmt_acc({"mean": 0.425, "low": 0.3, "high": 0.55, "n": 40}) == "42.5% [30.0, 55.0] (n=40)"
    assert fmt_acc({"mean": None, "low": None, "high": None, "n": 0}) == "n/a (n=0)"
    assert delta_points({"mean": 0.2}, {"mean": 0.375}) == "+17.5"


def test_reward_trend_compares_first_and_last_fifth():
    hist = [{"reward/overall": v} for v in [0.1] * 5 + [0.5] * 5]
    assert reward_trend(hist) == (0.1, 0.5, 2)
    assert reward_trend(hist[:1]) is None


def test_reproduce_commands_carry_the_options(tmp_path):
    opts = QuickstartOptions(out=tmp_path / "q", minutes=3, max_eval_items=10,
                             overrides=["worker.actor.optim.lr=1e-6"])
    subset = tmp_path / "q" / "eval_data" / "test.json"
    cmds = reproduce_commands(opts, "/cache/model", tmp_path / "ckpt", "system", 64, tmp_path / "q" / "sft" / "model",
                              ["worker.actor.model.model_path=/cache/model", "trainer.max_minutes=4"], subset)
    assert cmds["quickstart"].startswith("raiden-r1 quickstart --minutes 3 --sft-minutes 4 --out ")
    assert cmds["quickstart"].endswith("--max-eval-items 10 worker.actor.optim.lr=1e-6")
    assert cmds["train"].endswith(f"worker.actor.optim.lr=1e-6 trainer.max_minutes=3 "
                                  f"trainer.output_dir={tmp_path / 'q' / 'train'}")
    # the evaluations read the subset file the quickstart wrote, whole
    assert f"--data {subset} " in cmds["eval_before"] and "--limit" not in cmds["eval_before"]
    assert cmds["eval_before"].endswith("--prompt-layout system --max-new-tokens 64 --batch-size 24")
    # GRPO starts from the SFT model; SFT names the portable model, not this machine's cache path
    assert f"worker.actor.model.model_path={tmp_path / 'q' / 'sft' / 'model'}" in cmds["train"]
    assert cmds["sft"].endswith("worker.actor.model.model_path=smollm2-135m trainer.max_minutes=4")


def _summary(sbk: tuple, cm: tuple, well_formed: float = 0.9, repeats: float = 0.05, p_value: float = 0.01,
             peak_gb: float = 3.2, total_seconds: float = 1000.0) -> dict:
    est = lambda m, n: {"mean": m, "low": m - 0.1, "high": m + 0.1, "n": n}  # noqa: E731

    def block(i):
        return {"overall": {"sbk_accuracy": est(sbk[i], 45), "cm_accuracy": est(cm[i], 8), "accuracy": est(sbk[i], 53),
                            "well_formed_think_rate": est([0.0, 0.7, well_formed][i], 53),
                            "repetition_rate": est([0.3, 0.1, repeats][i], 53)},
                "breakdown": {"language": {"en": {"sbk_accuracy": est(sbk[i], 20)}, "zh": {"sbk_accuracy": est(0.1, 25)}}}}

    cmp_ = {"tests": [{"run": "eval_after", "n": 53, "mcnemar": {"only_a": 2, "only_b": 9, "method": "exact",
                                                                 "p_value": p_value}}]}
    return {"before": block(0), "after_sft": block(1), "after": block(2), "compare_sft_grpo": cmp_,
            "lengths": {"base": {"mean_length_tokens": 40.0, "at_budget_rate": 0.5}, "sft": None, "grpo": None},
            "max_new_tokens": 112, "memory": {"self_gb": peak_gb, "children_gb": 0.1, "peak_gb": peak_gb},
            "options": {"minutes": 8, "sft_minutes": 4}, "history": [{"reward/overall": 0.2}, {"reward/overall": 0.4}],
            "sft_history": [{"loss": 2.0}, {"loss": 1.0}],
            "stages": [{"name": "GRPO training", "seconds": 480.0, "detail": ""}], "total_seconds": total_seconds,
            "data": {"test_file": "data/training/test.json", "held_out_characters": ["Maisie Callahan"]},
            "model": "m", "checkpoint": "c", "config": {"worker": {"actor": {"optim": {"lr": 1e-5}}}},
            "commands": {k: f"cmd-{k}" for k in ("quickstart", "data", "convert", "eval_before", "cot", "sft",
                                                 "eval_sft", "train", "eval_after", "compare", "compare_sft_grpo")}}


def test_report_renders_three_stage_rows():
    text = render_report(_summary((0.2, 0.3, 0.5), (0.125, 0.25, 0.375)), "reward_curves.png")
    assert ("| SBK accuracy | 20.0% [10.0, 30.0] (n=45) | 30.0% [20.0, 40.0] (n=45) | 50.0% [40.0, 60.0] (n=45) "
            "| +30.0 |") in text
    assert "| Mean length, tokens | 40.0 (50% at the budget) | n/a | n/a | |" in text
    assert "after SFT -> after SFT+GRPO: paired over 53 items, 9 fixed, 2 broken, McNemar (exact) p = 0.01" in text
    assert "| zh | SBK | 10.0% [0.0, 20.0] (n=25) |" in text and "SFT loss: 2.000 at the first step, 1.000" in text
    assert "| worker.actor.optim.lr | 1e-05 |" in text and "cmd-compare_sft_grpo" in text


def test_goals_are_judged_against_their_targets():
    met = {g: ok for g, _, _, ok in goals(_summary((0.2, 0.3, 0.5), (0.1, 0.2, 0.3)))}
    assert met == {"think well-formed after SFT+GRPO": True, "answers repeating a sentence after SFT+GRPO": True,
                   "SBK accuracy gain over base": True, "CM accuracy gain over base": True,
                   "GRPO's gain over SFT alone (all items)": True, "peak memory of the whole quickstart": True,
                   "wall time, install excluded": True}
    missed = {g: ok for g, _, _, ok in goals(_summary((0.2, 0.3, 0.4), (0.1, 0.2, 0.2), well_formed=0.5,
                                                      repeats=0.2, p_value=0.3, peak_gb=7.0, total_seconds=1300.0))}
    assert not any(missed.values())


def test_figures_read_only_the_current_evaluation_items(setup, tiny_model_dir):
    # The base evaluation resumes into the same folder when its settings are unchanged, and its
    # items.jsonl keeps the items of an earlier, larger subset: the report's length and answer
    # figures must count only the items of the current evaluation set.
    tmp, cfg = setup
    test = json.loads((tmp / "data" / "test.json").read_text(encoding="utf-8"))
    test.append(_record("Tobias", "Where do you live?", "Seattle.", "Seattle"))
    (tmp / "data" / "test.json").write_text(json.dumps(test), encoding="utf-8")
    run_quickstart(_opts(tmp, cfg, tiny_model_dir, max_steps=1, max_eval_items=2), log=lambda s: None)
    summary = run_quickstart(_opts(tmp, cfg, tiny_model_dir, max_steps=1, max_eval_items=1), log=lambda s: None)
    stored = [json.loads(line) for line in (tmp / "out" / "eval_before" / "items.jsonl").open(encoding="utf-8")]
    assert len(stored) == 2  # the stale item is still in the store (kept by design)
    assert summary["before"]["counts"]["items"] == 1
    assert summary["lengths"]["base"]["n"] == 1
    sampled = {x["id"] for kind in ("correct", "wrong") for x in summary["samples"]["base"][kind]}
    assert len(sampled) == 1 and sampled <= {r["id"] for r in stored}


_PARENT_PROBE = """
import json, sys
from pathlib import Path
import raiden_r1.quickstart as q

def first_child(*args, **kwargs):  # what the parent holds when its first stage's child would start
    print(json.dumps({"torch": "torch" in sys.modules}))
    raise SystemExit(0)

q.run_in_child = first_child
tmp = Path(sys.argv[1])
q.run_quickstart(q.QuickstartOptions(out=tmp / "out", config=tmp / "quick.yaml", sft_config=tmp / "quick_sft.yaml",
                 data_dir=tmp / "data", profiles=tmp / "none.json", easyr1_dir=tmp / "easyr1", model=sys.argv[2],
                 threads=1, max_eval_items=2), log=lambda s: None)
"""


def test_the_parent_leaves_torch_to_its_children(setup, tiny_model_dir):
    # torch imported in the parent stays resident beside every stage's child: ~0.2 GB of the run's peak
    import subprocess
    import sys

    tmp, _ = setup
    src = str(Path(__file__).resolve().parents[1] / "src")
    out = subprocess.run([sys.executable, "-c", _PARENT_PROBE, str(tmp), str(tiny_model_dir)], capture_output=True,
                         text=True, env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"}, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"torch": False}
