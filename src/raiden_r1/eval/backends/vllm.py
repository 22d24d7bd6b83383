"""vLLM's offline engine (GPU machines). Imported only when chosen; a clear error otherwise."""

from __future__ import annotations

import time
from typing import Iterator, Sequence

from raiden_r1.errors import RaidenError

from .base import Generation, GenerationConfig

# Items per engine call: vLLM schedules a whole chunk at once (fast), and each finished chunk is
# saved, so an interruption loses at most one chunk of work.
CHUNK = 256


class VLLMBackend:
    name = "vllm"

    def __init__(self, model_path, *, dtype: str = "bfloat16", tensor_parallel_size: int = 1,
                 gpu_memory_utilization: float = 0.9, trust_remote_code: bool = False) -> None:
        self.model_path = str(model_path)
        self.dtype = dtype
        self.tensor_parallel_size = tensor_parallel_size
        self.gpu_memory_utilization = gpu_memory_utilization
        self.trust_remote_code = trust_remote_code
        self._llm = None

    def describe(self) -> dict:
        return {"backend": self.name, "model": self.model_path, "dtype": self.dtype,
                "tensor_parallel_size": self.tensor_parallel_size}

    def _engine(self, seed: int):
        if self._llm is None:
            try:
                from vllm import LLM
            except ImportError as e:
                raise RaidenError(f"--backend vllm needs vLLM installed (pip install vllm, on a GPU machine): {e}") from None
            self._llm = LLM(model=self.model_path, dtype=self.dtype, seed=seed,
                            tensor_parallel_size=self.tensor_parallel_size,
                            gpu_memory_utilization=self.gpu_memory_utilization,
                            trust_remote_code=self.trust_remote_code)
        return self._llm

    def generate(self, items: Sequence, cfg: GenerationConfig) -> Iterator[Generation]:
        if not items:
            return
        llm = self._engine(cfg.seed)
        from vllm import SamplingParams

        params = SamplingParams(n=cfg.samples, temperature=cfg.temperature, top_p=cfg.top_p,
                                max_tokens=cfg.max_new_tokens, seed=cfg.seed)
        for start in range(0, len(items), CHUNK):
            chunk = items[start:start + CHUNK]
            t0 = time.perf_counter()
            outs = llm.chat([it.messages for it in chunk], params, use_tqdm=False)
            per_item = (time.perf_counter() - t0) / len(chunk)
            for it, out in zip(chunk, outs):
                yield Generation(it.id, [o.text for o in out.outputs], seconds=per_item)

    def close(self) -> None:
        self._llm = None
