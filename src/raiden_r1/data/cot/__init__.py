"""Role-aware chain of thought for the SFT cold start, written from the records themselves
(compose.py); phrase tables per language in phrases/*.yaml."""

from .compose import add_cots, compose_cot

__all__ = ["add_cots", "compose_cot"]
