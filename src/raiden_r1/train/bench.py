"""One GRPO step of the engine on given chat prompts, for benchmarks (benchmarks/grpo_step.py).

    trainer = make_trainer(model_dir, [[{"role": "user", "content": "Who are you?"}], ...], n=4,
                           max_new_tokens=48)
    times = time_steps(trainer, steps=3, warmup=1)   # seconds per step, warm-up excluded

Every step samples all the given prompts (``prompts_per_step = len(messages)``), scores them,
and runs the full update, exactly as ``raiden-r1 train`` does.
"""

from __future__ import annotations

import tempfile
import time
from typing import Sequence

from .reward import RewardFn


def length_reward(responses: Sequence[str], lengths: Sequence[int], ground_truths) -> list[dict[str, float]]:
    """A cheap reward with spread inside each group (so the update is never skipped)."""
    return [{"overall": min(1.0, len(r) / 200.0)} for r in responses]


def make_trainer(model_path: str, messages: Sequence[list[dict[str, str]]], *, n: int = 4, max_new_tokens: int = 48,
                 reward_fn: RewardFn | None = None, overrides: Sequence[str] = (), output_dir: str | None = None):
    from .config import load_config
    from .data import Prompt, encode_messages
    from .trainer import Trainer

    out = output_dir or tempfile.mkdtemp(prefix="raiden-bench-")
    # one update per step over every prompt, in micro-batches of 16 sequences, no KL term
    prompts = len(messages)
    cfg = load_config(None, [f"worker.actor.model.model_path={model_path}", f"trainer.output_dir={out}",
                             "trainer.progress=false", f"worker.rollout.n={n}",
                             f"data.max_response_length={max_new_tokens}", f"data.rollout_batch_size={prompts}",
                             f"worker.actor.global_batch_size={prompts}",
                             "worker.actor.micro_batch_size_per_device_for_update=16", "data.max_prompt_length=100000",
                             "worker.actor.optim.lr=1e-6", "algorithm.kl_coef=0", *overrides])
    from .modeling import load_tokenizer, resolve_model_path

    tok = load_tokenizer(resolve_model_path(cfg.model.model_path), cfg)
    prompts = []
    for m in messages:
        ids, text = encode_messages(tok, m)
        prompts.append(Prompt(ids, None, text))
    return Trainer(cfg, reward_fn=reward_fn or length_reward, prompts=prompts)


def time_steps(trainer, steps: int = 3, warmup: int = 1) -> list[dict[str, float]]:
    """Metrics of ``steps`` timed steps after ``warmup`` untimed ones, each with ``wall_s``."""
    everything = list(range(len(trainer.prompts)))
    for _ in range(warmup):
        trainer.step(everything)
    out = []
    for _ in range(steps):
        t = time.perf_counter()
        m = trainer.step(everything)
        m["wall_s"] = time.perf_counter() - t
        out.append(m)
    return out
