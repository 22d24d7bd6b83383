"""Shared pieces of the engine tests: tiny-model configs, hand-made prompts, a toy reward."""

from __future__ import annotations

from pathlib import Path

QUESTIONS = ["Where do you live?", "Who is your best friend?", "What do you like to do after class?",
             "Why do you love painting?", "我住在哪里？", "What is your dog called?"]


def toy_reward(responses, lengths, ground_truths):
    """Share of the response's characters that are 'e' or 'a': a tiny random model can learn it in
    a few steps, unlike any real reward."""
    out = []
    for r in responses:
        share = sum(c in "ea" for c in r) / max(1, len(r))
        out.append({"overall": share, "share": share})
    return out


def make_prompts(model_dir: Path, questions=QUESTIONS):
    from transformers import AutoTokenizer

    from raiden_r1.train.data import Prompt, encode_messages

    tok = AutoTokenizer.from_pretrained(model_dir)
    prompts = []
    for q in questions:
        ids, text = encode_messages(tok, [{"role": "system", "content": "You are Mira."}, {"role": "user", "content": q}])
        prompts.append(Prompt(ids, None, text))
    return prompts


def make_cfg(model_dir: Path, out_dir: Path, *overrides: str):
    from raiden_r1.train.config import load_config

    # the engine's behaviour under test, pinned: one update per step, KL (when a test turns it on)
    # as a loss term, the AdamW settings these tests were written with
    base = [f"worker.actor.model.model_path={model_dir}", f"trainer.output_dir={out_dir}", "trainer.progress=false",
            "data.max_response_length=12", "data.rollout_batch_size=2", "worker.actor.global_batch_size=2",
            "worker.rollout.n=4", "worker.actor.optim.lr=3e-3", "trainer.max_steps=3", "trainer.save_freq=0",
            "trainer.sample_every=1", "worker.actor.micro_batch_size_per_device_for_update=8",
            "algorithm.kl_coef=0.0", "algorithm.use_kl_loss=true", "algorithm.kl_penalty=low_var_kl",
            "worker.actor.optim.weight_decay=0.0", "worker.actor.optim.betas=[0.9,0.99]", "data.seed=0",
            "worker.rollout.seed=0"]
    return load_config(None, base + list(overrides))
