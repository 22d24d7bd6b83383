"""What recomputing the shared-prefix attention's probabilities in the backward costs: one GRPO
update part as the quickstart runs it (its policy and settings, 1 thread: a prompt of
``--prompt`` tokens with grad and ``--rows`` responses of ``--response`` tokens, forward and
backward), timed in CPU seconds of this process (the machine may be shared), alternately with the
probabilities recomputed (the code's default) and kept (shared_prefix._recomputed bypassed).

    python benchmarks/attention_recompute.py [--prompt 600] [--rows 4] [--response 112] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompt", type=int, default=600)
    ap.add_argument("--rows", type=int, default=4)
    ap.add_argument("--response", type=int, default=112)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--work", default="/tmp/attention_recompute")
    args = ap.parse_args()
    from raiden_r1.cpu import tune_allocator

    tune_allocator()
    import torch

    from peak_memory import quickstart_settings
    from raiden_r1.quickstart import training_overrides
    from raiden_r1.train import shared_prefix
    from raiden_r1.train.config import load_config
    from raiden_r1.train.trainer import Trainer

    torch.set_num_threads(1)
    opts, base, _, _, _ = quickstart_settings("smollm2-135m", 1, Path(args.work), {})
    trainer = Trainer(load_config(opts.config, training_overrides(opts, base)), overwrite=True)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(100, 40000, (1, args.prompt), generator=g)
    resp = torch.randint(100, 40000, (args.rows, args.response), generator=g)
    recomputed = shared_prefix._recomputed

    def part() -> float:
        t = time.process_time()
        st = trainer.backend.response_log_probs(trainer.policy, ids, torch.ones_like(ids), resp,
                                                torch.ones_like(resp), args.rows, 1.0, True)
        (st.log_probs.sum() + st.entropy.sum()).backward()
        trainer.policy.zero_grad(set_to_none=True)
        return time.process_time() - t

    part()  # warm-up: oneDNN primitives for these shapes
    times: dict[str, list[float]] = {"recomputed": [], "kept": []}
    for _ in range(args.rounds):
        for name in times:
            shared_prefix._recomputed = recomputed if name == "recomputed" else (lambda fn, *a: fn(*a))
            times[name].append(part())
    shared_prefix._recomputed = recomputed
    for name, ts in times.items():
        print(f"{name}: median {statistics.median(ts):.2f} CPU s ({', '.join(f'{t:.2f}' for t in ts)})")


if __name__ == "__main__":
    main()
