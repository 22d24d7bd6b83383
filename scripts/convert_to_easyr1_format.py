#!/usr/bin/env python3
"""Convert RAIDEN-R1 training records to EasyR1 rows (the integration guide's step 2).

    python scripts/convert_to_easyr1_format.py \
        --train_input ./data/training/train.json --val_input ./data/training/validation.json \
        --train_output ./data/easyr1/train.json --val_output ./data/easyr1/validation.json --verbose

Same as ``raiden-r1 data convert``. Works from a plain checkout: the checkout's ``src`` goes first
on ``sys.path``, so the package need not be installed (only pydantic and jinja2 must be).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="RAIDEN-R1 records -> EasyR1 rows (json or jsonl by extension).")
    p.add_argument("--train_input", default="./data/training/train.json")
    p.add_argument("--val_input", default="./data/training/validation.json")
    p.add_argument("--train_output", default="./data/easyr1/train.json")
    p.add_argument("--val_output", default="./data/easyr1/validation.json")
    p.add_argument("--max_prompt_length", type=int, default=2048,
                   help="warn about prompts likely longer than this many tokens (EasyR1's data.max_prompt_length)")
    p.add_argument("--tokenizer", default=None, metavar="DIR",
                   help="count prompt tokens with this local tokenizer instead of estimating")
    p.add_argument("--verbose", action="store_true",
                   help="print counts per language/focus/validation method, filled legacy fields, long prompts")
    args = p.parse_args(argv)
    try:
        from raiden_r1.easyr1.convert import convert_files
        from raiden_r1.errors import RaidenError
    except ImportError as e:
        print(f"error: cannot import raiden_r1 ({e}); install its core deps: pip install pydantic jinja2 pyyaml",
              file=sys.stderr)
        return 2
    try:
        val_input = args.val_input or None  # --val_input "" converts the train split only
        convert_files(args.train_input, val_input, args.train_output, args.val_output if val_input else None,
                      max_prompt_length=args.max_prompt_length, verbose=args.verbose, tokenizer=args.tokenizer)
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
