"""The local GRPO engine: `raiden-r1 train` (see trainer.py for the loop)."""
