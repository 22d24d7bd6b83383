"""The local engine does what EasyR1's keys say: KL in the reward without use_kl_loss, EasyR1
rows prompted as EasyR1 prompts them, an EasyR1 reward file loaded as EasyR1 loads it, top_k,
total_epochs, save_limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train import algos  # noqa: E402
from raiden_r1.train.trainer import Trainer  # noqa: E402
from train_helpers import make_cfg, make_prompts, toy_reward  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def test_kl_goes_into_the_reward_without_use_kl_loss(tiny_model_dir, tmp_path, monkeypatch):
    """Before: use_kl_loss false dropped the KL (no reference model at all). Now the scores the
    advantages are computed from are the rewards minus kl_coef x the summed token KL."""
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "algorithm.use_kl_loss=false", "algorithm.kl_coef=0.5",
                   "algorithm.kl_penalty=abs", "worker.actor.optim.lr=3e-2")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.reference is not None and not t.use_kl  # a reference, but no KL term in the loss
    seen = []
    real = algos.group_advantages
    monkeypatch.setattr(algos, "group_advantages", lambda s, g, **k: seen.append(s.clone()) or real(s, g, **k))
    first = t.step()
    assert first["kl"] == pytest.approx(0.0, abs=1e-6)  # the policy still is the reference
    second = t.step()
    raw = torch.tensor([s["overall"] for s in t.last_scores])
    assert second["kl"] > 0
    shaped = seen[-1]
    assert torch.all(shaped <= raw + 1e-6) and torch.any(shaped < raw - 1e-4)  # abs KL only lowers scores


def test_kl_in_the_reward_matches_the_penalty_on_the_rollouts_log_probs(tiny_model_dir, tmp_path, monkeypatch):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "algorithm.use_kl_loss=false", "algorithm.kl_coef=0.2",
                   "algorithm.kl_penalty=kl", "worker.actor.optim.lr=3e-2")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    t.step()  # move the policy away from the reference
    calls = []
    real = algos.kl_reward_penalty
    monkeypatch.setattr(algos, "kl_reward_penalty",
                        lambda *a: calls.append(a) or real(*a))
    m = t.step()
    scores, old, ref, mask, coef, kind = calls[0]
    assert (coef, kind) == (0.2, "kl") and torch.equal(mask, t.last_batch.response_mask)
    expected = scores - 0.2 * ((old - ref) * mask).sum(-1)
    got, kl = real(scores, old, ref, mask, coef, kind)
    assert torch.allclose(got, expected) and m["kl"] == pytest.approx(kl)


def test_disable_kl_means_no_reference_at_any_kl_coef(tiny_model_dir, tmp_path):
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "algorithm.disable_kl=true", "algorithm.kl_coef=0.5")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.reference is None and t.step()["kl"] == 0.0


def _records_and_rows(tmp_path: Path) -> tuple[Path, Path]:
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "easyr1"))
    from easyr1_records import EN_SBK, JA_SBK, ZH_CM

    from raiden_r1.data.records_io import load_records
    from raiden_r1.easyr1.convert import record_row

    records = tmp_path / "records.json"
    records.write_text(json.dumps([EN_SBK, ZH_CM, JA_SBK], ensure_ascii=False), encoding="utf-8")
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([record_row(r).model_dump() for r in load_records(records)], ensure_ascii=False),
                    encoding="utf-8")
    return records, rows


def test_easyr1_rows_are_prompted_as_easyr1_prompts_the_converted_records(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    from raiden_r1.train.data import RowFormat, load_prompts

    records, rows = _records_and_rows(tmp_path)
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    template = str(ROOT / "easyr1" / "format_prompt" / "role_playing.jinja")
    fmt = RowFormat("problem", "answer", template)
    from_records, _ = load_prompts([records], tok, "user", 4096, rows=fmt)
    from_rows, _ = load_prompts([rows], tok, "system", 4096, rows=fmt)  # the layout is for records only
    assert [p.ids for p in from_rows] == [p.ids for p in from_records]
    assert [json.loads(p.ground_truth) for p in from_rows] == [json.loads(p.ground_truth.to_json())
                                                               for p in from_records]
    assert [(p.focus, p.language) for p in from_rows] == [(p.focus, p.language) for p in from_records]
    only_zh, _ = load_prompts([rows], tok, "user", 4096, language=["zh"], rows=fmt)
    assert [p.language for p in only_zh] == ["zh"]


def test_rows_without_the_configured_keys_name_the_row(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    from raiden_r1.train.data import RowFormat, load_prompts

    p = tmp_path / "rows.json"
    p.write_text(json.dumps([{"problem": "q", "answer": "a"}, {"problem": "q2"}]))
    with pytest.raises(RaidenError, match=r"rows\.json: row 1: expected the keys 'problem' and 'answer'"):
        load_prompts([p], AutoTokenizer.from_pretrained(tiny_model_dir), "user", 512,
                     rows=RowFormat("problem", "answer"))


@pytest.mark.parametrize("kind", ["batch", "sequential"])
def test_an_easyr1_reward_file_is_loaded_as_easyr1_loads_it(tmp_path, kind):
    from raiden_r1.train.reward_file import load_reward_file

    body = ("def score(x, bonus=0.0):\n    return {'overall': len(x['response']) + bonus, "
            "'gt': float(x['ground_truth'] == 'G'), 'n': float(x['response_length'])}\n") if kind == "sequential" else \
        ("def score(xs, bonus=0.0):\n    return [{'overall': len(x['response']) + bonus, "
         "'gt': float(x['ground_truth'] == 'G'), 'n': float(x['response_length'])} for x in xs]\n")
    f = tmp_path / "my_reward.py"
    f.write_text(f"REWARD_TYPE = {kind!r}\n" + body)
    fn = load_reward_file(f"{f}:score", {"bonus": 1.0})
    assert fn(["ab", "abcd"], [2, 4], ["G", "H"]) == [{"overall": 3.0, "gt": 1.0, "n": 2.0},
                                                      {"overall": 5.0, "gt": 0.0, "n": 4.0}]


def test_a_bad_reward_file_is_one_line(tmp_path):
    from raiden_r1.train.reward_file import load_reward_file

    with pytest.raises(RaidenError, match="file not found"):
        load_reward_file(str(tmp_path / "nope.py"), {})
    (tmp_path / "r.py").write_text("REWARD_TYPE = 'stream'\ndef main(x): return []\n")
    with pytest.raises(RaidenError, match="REWARD_TYPE must be 'batch' or 'sequential'"):
        load_reward_file(str(tmp_path / "r.py"), {})
    with pytest.raises(RaidenError, match="has no function 'score'"):
        load_reward_file(f"{tmp_path / 'r.py'}:score", {})


def test_the_shipped_reward_file_scores_as_the_built_in_vrar(tmp_path):
    pytest.importorskip("raiden_r1.reward.vrar")
    from raiden_r1.train.reward import vrar_reward
    from raiden_r1.train.reward_file import load_reward_file

    records, _ = _records_and_rows(tmp_path)
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.records_io import load_records

    gts = [record_ground_truth(r) for r in load_records(records)]
    responses = ["<think>I play after school.</think> I play basketball with my friends.",
                 "<think>He said so.</think> 你说过要搬去西雅图做工程师。", "たこ焼き"]
    kwargs = {"accuracy_weight": 0.6, "format_weight": 0.2, "thinking_weight": 0.2}
    shipped = load_reward_file(str(ROOT / "easyr1" / "reward_function" / "raiden_vrar.py") + ":compute_score", kwargs)
    assert shipped(responses, [10, 10, 3], gts) == vrar_reward(**kwargs)(responses, [10, 10, 3], gts)


def test_top_k_keeps_only_the_k_most_likely_tokens():
    from raiden_r1.train.rollout import sample_top_p

    logits = torch.tensor([[0.0, 3.0, 2.9, -1.0]]).repeat(256, 1)
    g = torch.Generator().manual_seed(0)
    assert set(sample_top_p(logits, 1.0, 1.0, g, top_k=1).tolist()) == {1}
    assert set(sample_top_p(logits, 1.0, 1.0, g, top_k=2).tolist()) == {1, 2}
    assert len(set(sample_top_p(logits, 1.0, 1.0, g).tolist())) == 4


def test_total_epochs_gives_easyr1s_step_count(tiny_model_dir, tmp_path):
    # 6 prompts, 2 per step: 3 full batches an epoch, x 2 epochs
    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "trainer.max_steps=null", "trainer.total_epochs=2",
                   "worker.actor.optim.lr_warmup_ratio=0.5")
    t = Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))
    assert t.total_steps == 6 and t.warmup_steps == 3
    assert [t.lr_at(s) / 3e-3 for s in range(4)] == pytest.approx([0.0, 1 / 3, 2 / 3, 1.0])
    cfg = make_cfg(tiny_model_dir, tmp_path / "run2", "trainer.max_steps=null", "data.rollout_batch_size=8",
                   "worker.actor.global_batch_size=8")
    with pytest.raises(RaidenError, match="data.rollout_batch_size: 8 is more than the 6 training prompts"):
        Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir))


def test_save_limit_minus_one_keeps_every_checkpoint(tiny_model_dir, tmp_path):
    from raiden_r1.train.checkpoint import list_checkpoints

    cfg = make_cfg(tiny_model_dir, tmp_path / "run", "trainer.save_freq=1", "trainer.save_limit=-1",
                   "trainer.max_steps=3")
    Trainer(cfg, reward_fn=toy_reward, prompts=make_prompts(tiny_model_dir)).train()
    assert [s for s, _ in list_checkpoints(tmp_path / "run")] == [1, 2, 3]
