"""Types shared by the backends."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Iterator, Protocol, Sequence

from raiden_r1.errors import RaidenError


@dataclass(frozen=True)
class GenerationConfig:
    """Decoding settings. ``temperature == 0`` is greedy decoding (the default)."""

    max_new_tokens: int = 256
    temperature: float = 0.0
    top_p: float = 1.0
    samples: int = 1
    seed: int = 0

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise RaidenError(f"--max-new-tokens must be at least 1, got {self.max_new_tokens}")
        if self.samples < 1:
            raise RaidenError(f"--samples must be at least 1, got {self.samples}")
        if not (math.isfinite(self.temperature) and self.temperature >= 0):
            raise RaidenError(f"--temperature must be a finite number >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise RaidenError(f"--top-p must be in (0, 1], got {self.top_p}")
        if self.samples > 1 and self.temperature == 0:
            raise RaidenError("--samples > 1 needs --temperature > 0 (greedy samples would all be the same)")

    @property
    def greedy(self) -> bool:
        return self.temperature == 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Generation:
    """The outcome for one item: ``samples`` texts, or an error after the backend gave up."""

    item_id: str
    texts: list[str] | None
    error: str | None = None
    seconds: float = 0.0


class Backend(Protocol):
    name: str

    def describe(self) -> dict:
        """What identifies this backend in the saved run config (never secrets)."""

    def generate(self, items: Sequence, cfg: GenerationConfig) -> Iterator[Generation]:
        """Yield one Generation per item, in any order, as each finishes."""

    def close(self) -> None: ...
