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

    base = [f"model.path={model_dir}", f"trainer.output_dir={out_dir}", "trainer.progress=false",
            "data.max_response_length=12", "data.prompts_per_step=2", "rollout.n=4", "optim.lr=3e-3",
            "trainer.max_steps=3", "trainer.save_every=0", "trainer.sample_every=1", "algorithm.micro_batch_size=8"]
    return load_config(None, base + list(overrides))
