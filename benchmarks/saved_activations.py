"""What one GRPO update micro-batch keeps for its backward: the tensors autograd saves
(saved_tensors_hooks), by the op that made them, dtype and shape, largest first. One group of the
quickstart's policy (configs/local_quickstart.yaml as the quickstart builds it): a random prompt
of ``--prompt`` tokens and ``--rows`` random responses of ``--response`` tokens. Weights saved by
the linear layers are counted too (they are the model's own, not extra memory).

    python benchmarks/saved_activations.py [--prompt 532] [--rows 8] [--response 112] [--top 25]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompt", type=int, default=532)
    ap.add_argument("--rows", type=int, default=8)
    ap.add_argument("--response", type=int, default=112)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--work", default="/tmp/saved_activations")
    args = ap.parse_args()
    import torch

    from peak_memory import quickstart_settings
    from raiden_r1.quickstart import training_overrides
    from raiden_r1.train.config import load_config
    from raiden_r1.train.trainer import Trainer

    torch.set_num_threads(1)
    opts, base, _, _, _ = quickstart_settings("smollm2-135m", 1, Path(args.work), {})
    trainer = Trainer(load_config(opts.config, training_overrides(opts, base)), overwrite=True)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(100, 40000, (1, args.prompt), generator=g)
    resp = torch.randint(100, 40000, (args.rows, args.response), generator=g)
    seen: dict[int, int] = {}
    by_kind: collections.Counter = collections.Counter()
    count: collections.Counter = collections.Counter()

    def pack(t):
        key = t.untyped_storage().data_ptr()
        if key not in seen:
            seen[key] = t.untyped_storage().nbytes()
            made_by = t.grad_fn.name() if t.grad_fn is not None else ("leaf" if t.requires_grad else "input")
            kind = (made_by, str(t.dtype).replace("torch.", ""), tuple(t.shape))
            by_kind[kind] += seen[key]
            count[kind] += 1
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        trainer.backend.response_log_probs(trainer.policy, ids, torch.ones_like(ids), resp, torch.ones_like(resp),
                                           args.rows, 1.0, True)
    print(f"prompt {args.prompt}, {args.rows} x {args.response} response tokens: "
          f"{sum(seen.values()) / 1e9:.3f} GB saved in {len(seen)} storages")
    for kind, size in by_kind.most_common(args.top):
        print(f"{size / 1e6:9.1f} MB  x{count[kind]:3d}  {kind}")


if __name__ == "__main__":
    main()
