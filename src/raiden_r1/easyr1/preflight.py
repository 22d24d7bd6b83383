"""Pre-flight checks for ``scripts/train_with_easyr1.sh``, run before Ray and vLLM start.

    python3 -m raiden_r1.easyr1.preflight CONFIG [key.sub=value ...]
    python3 -m raiden_r1.easyr1.preflight --data CONFIG [key.sub=value ...]   # data files exist?

Exit 0 and print where the run will write (a ``warning: ...`` line on stderr for each key that is
not in EasyR1's schema, with the closest real key); or print one ``error: ...`` line and exit 2. Needs
only PyYAML, so it runs in an EasyR1 environment from a plain checkout (``PYTHONPATH=src``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable

from raiden_r1.easyr1.config import ConfigSummary, check_config, load_config, missing_data_files, summarize
from raiden_r1.errors import RaidenError

SHIPPED_REWARD = Path("easyr1/reward_function/raiden_vrar.py")
SHIPPED_TEMPLATE = Path("easyr1/format_prompt/role_playing.jinja")


def preflight(config: str | Path, overrides: Iterable[str] = ()) -> ConfigSummary:
    """The reward file and template first (the two failures EasyR1 reports worst), then the rest."""
    overrides = list(overrides)
    summary = summarize(config, load_config(config, overrides))
    if summary.reward_function is None or not summary.reward_function.is_file():
        raise RaidenError(
            f"reward function file not found: {summary.reward_function} (worker.reward.reward_function in "
            f"{config}); EasyR1 would only say 'Reward function is not provided.'. Run from the raiden-r1 "
            f"checkout root, which ships {SHIPPED_REWARD}")
    if summary.format_prompt is not None and not summary.format_prompt.is_file():
        raise RaidenError(
            f"format prompt template not found: {summary.format_prompt} (data.format_prompt in {config}); "
            f"run from the raiden-r1 checkout root, which ships {SHIPPED_TEMPLATE}")
    return check_config(config, overrides)


def check_data(config: str | Path, overrides: Iterable[str] = ()) -> None:
    problems = missing_data_files(summarize(config, load_config(config, list(overrides))))
    if problems:
        raise RaidenError(f"{config}: " + "; ".join(problems) + " (convert with scripts/convert_to_easyr1_format.py)")


def summary_lines(s: ConfigSummary) -> list[str]:
    return [
        f"config:         {s.path} (checked)",
        f"model:          {s.model_path}",
        f"train data:     {s.train_files}" + (f" (validation: {s.val_files})" if s.val_files else ""),
        f"reward:         {s.reward_function}",
        f"checkpoints:    {s.checkpoint_dir}/global_step_<N>/actor",
        f"metrics log:    {s.experiment_log}",
        f"TensorBoard:    {s.tensorboard_dir}   (tensorboard --logdir {s.tensorboard_dir.parent.parent})",
        f"merge after:    bash scripts/merge_easyr1_checkpoint.sh {s.checkpoint_dir}/global_step_<N>/actor",
    ]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args else 2
    try:
        if args[0] == "--data":
            check_data(args[1] if len(args) > 1 else "", args[2:])
            return 0
        summary = preflight(args[0], args[1:])
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for w in summary.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print("\n".join(summary_lines(summary)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
