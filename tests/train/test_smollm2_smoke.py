"""One GRPO step on the real SmolLM2-135M-Instruct with the VRAR reward (slow: ~1 minute)."""

import pytest

pytest.importorskip("torch")


@pytest.mark.slow
def test_one_step_on_smollm2(tmp_path):
    pytest.importorskip("raiden_r1.reward.vrar")
    from raiden_r1.errors import RaidenError
    from raiden_r1.train.config import load_config
    from raiden_r1.train.data import Prompt, encode_messages
    from raiden_r1.train.trainer import Trainer
    from raiden_r1.data.ground_truth import GroundTruth

    try:
        from raiden_r1.train.default_model import resolve_model_path

        path = resolve_model_path(None)
    except (ImportError, RaidenError) as e:
        pytest.skip(f"default model unavailable: {e}")
    cfg = load_config(None, [f"worker.actor.model.model_path={path}", f"trainer.output_dir={tmp_path}",
                             "trainer.progress=false", "data.max_response_length=24", "data.rollout_batch_size=2",
                             "worker.actor.global_batch_size=2", "worker.rollout.n=2", "worker.actor.optim.lr=1e-5"])
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path)
    qa = [("What is your dog called?", "Biscuit"), ("Where do you live?", "Seattle")]
    prompts = []
    for q, key in qa:
        msgs = [{"role": "system", "content": "You are Mira, a painter from Seattle with a dog called Biscuit."},
                {"role": "user", "content": q}]
        ids, text = encode_messages(tok, msgs)
        prompts.append(Prompt(ids, GroundTruth(answer=key, keywords=((key,),), language="en"), text))
    t = Trainer(cfg, prompts=prompts)
    before = t.policy.model.layers[0].mlp.up_proj.weight.detach().clone()
    m = t.step()
    assert 0.0 <= m["reward/overall"] <= 1.0 and m["response_length"] > 0
    assert all(r.strip() for r in t.last_batch.responses)  # the real model writes text
    if m["zero_adv_groups"] < 1.0:  # some group had different rewards: an update happened
        assert not t.policy.model.layers[0].mlp.up_proj.weight.detach().equal(before)
