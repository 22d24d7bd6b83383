"""Generation backends: local transformers (default), vLLM's offline engine, OpenAI-compatible
chat endpoints. Each yields one :class:`Generation` per item as soon as it is finished, so the
runner can save it at once and a rerun can skip it."""

from __future__ import annotations

from .base import Backend, Generation, GenerationConfig

BACKENDS = ("local", "vllm", "api")

__all__ = ["BACKENDS", "Backend", "Generation", "GenerationConfig"]
