"""Local transformers generation: batched, left-padded, sorted by prompt length.

Sorting by length keeps the padding in each batch small; left padding keeps every prompt's last
token next to the first generated one, which is what a decoder-only model needs in a batch.
bfloat16 is the default: the CPU's AMX units and CUDA both run it several times faster than fp32.
Greedy single answers (the evaluation's default) come from the policy backend
(train/backend.py: the fast one runs each character's shared prefix once); sampled ones from
transformers' ``generate``.
"""

from __future__ import annotations

import copy
import time
from typing import TYPE_CHECKING, Iterator, Sequence

from raiden_r1.train.data import length_sorted_batches  # torch-free: the API backends import this package too

from .base import Generation, GenerationConfig

if TYPE_CHECKING:
    from raiden_r1.train.backend import PolicyBackend


def left_pad(rows: Sequence[Sequence[int]], pad_id: int) -> tuple[list[list[int]], list[list[int]]]:
    width = max(len(r) for r in rows)
    ids = [[pad_id] * (width - len(r)) + list(r) for r in rows]
    mask = [[0] * (width - len(r)) + [1] * len(r) for r in rows]
    return ids, mask


def cut_at_stop(ids: Sequence[int], stop_ids: set[int]) -> list[int]:
    """Generated ids up to (not including) the first end-of-turn / padding token."""
    out = []
    for t in ids:
        if t in stop_ids:
            break
        out.append(t)
    return out


class LocalBackend:
    name = "local"

    def __init__(self, model_path, *, batch_size: int = 16, dtype: str = "bfloat16", device: str | None = None,
                 trust_remote_code: bool = False, threads: int | None = None,
                 policy: PolicyBackend | None = None) -> None:
        from raiden_r1.train.backend import FastBackend

        self.model_path = str(model_path)
        self.policy = policy if policy is not None else FastBackend()  # computes the greedy answers
        self.threads = threads
        self.batch_size = batch_size
        self.dtype = dtype
        self.device = device
        self.trust_remote_code = trust_remote_code
        self._model = None
        self._tok = None

    def with_batch_size(self, batch_size: int) -> "LocalBackend":
        """The same loaded weights, another batch size (one copy of the model for both)."""
        other = copy.copy(self)
        other.batch_size = batch_size
        return other

    def describe(self) -> dict:
        return {"backend": self.name, "model": self.model_path, "dtype": self.dtype,
                "batch_size": self.batch_size, "device": self.device or "auto"}

    def load(self):
        if self._model is None:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
            from transformers.utils import logging as hf_logging

            from raiden_r1.errors import RaidenError

            hf_logging.disable_progress_bar()  # our own progress lines are enough

            if self.threads:
                torch.set_num_threads(self.threads)
            device = self.device or ("cuda" if torch.cuda.is_available() else "cpu")
            try:
                dtype = getattr(torch, self.dtype)
            except AttributeError:
                raise RaidenError(f"--dtype: unknown torch dtype {self.dtype!r}") from None
            try:
                self._tok = AutoTokenizer.from_pretrained(self.model_path, trust_remote_code=self.trust_remote_code)
                self._model = AutoModelForCausalLM.from_pretrained(
                    self.model_path, dtype=dtype, trust_remote_code=self.trust_remote_code).to(device)
            except OSError as e:
                raise RaidenError(f"{self.model_path}: cannot load the model: {str(e).splitlines()[0]}") from None
            self._model.eval()
            self.device = device
        return self._model, self._tok

    def encode(self, messages: list[dict], prefill: str = "") -> list[int]:
        """The chat-template prompt's ids; ``prefill`` starts the assistant's turn (the teacher's
        JSON mode opens it with ``{``)."""
        _, tok = self.load()
        if not tok.chat_template:
            from raiden_r1.errors import RaidenError

            raise RaidenError(f"{self.model_path}: the tokenizer has no chat template; evaluate an instruct/chat model")
        text = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True) + prefill
        return tok(text, add_special_tokens=False)["input_ids"]

    def stop_ids(self) -> set[int]:
        model, tok = self.load()
        stops = set()
        for src in (model.generation_config.eos_token_id, tok.eos_token_id, tok.pad_token_id):
            if isinstance(src, int):
                stops.add(src)
            elif src:
                stops.update(src)
        return stops

    def generate(self, items: Sequence, cfg: GenerationConfig) -> Iterator[Generation]:
        if not items:
            return
        import torch
        from transformers import GenerationConfig as HFGenerationConfig

        model, tok = self.load()
        stops = self.stop_ids()
        pad_id = tok.pad_token_id if tok.pad_token_id is not None else min(stops)
        encoded = [self.encode(it.messages) for it in items]
        if cfg.greedy and cfg.samples == 1:
            t0 = time.perf_counter()
            for batch, answers in self.policy.greedy(model, encoded, self.batch_size, cfg.max_new_tokens,
                                                     sorted(stops), pad_id):
                per_item, t0 = (time.perf_counter() - t0) / len(batch), time.perf_counter()
                for i, ids in zip(batch, answers):
                    yield Generation(items[i].id, [tok.decode(cut_at_stop(ids, stops), skip_special_tokens=False)],
                                     seconds=per_item)
            return
        eos = model.generation_config.eos_token_id if model.generation_config.eos_token_id is not None else tok.eos_token_id
        # A fresh config: a checkpoint's own sampling defaults must not leak into these settings.
        gen_cfg = HFGenerationConfig(
            max_new_tokens=cfg.max_new_tokens, do_sample=not cfg.greedy, num_return_sequences=cfg.samples,
            eos_token_id=eos, pad_token_id=pad_id,
            **({} if cfg.greedy else {"temperature": cfg.temperature, "top_p": cfg.top_p, "top_k": 0}))
        torch.manual_seed(cfg.seed)
        for batch in length_sorted_batches([len(e) for e in encoded], self.batch_size):
            t0 = time.perf_counter()
            ids, mask = left_pad([encoded[i] for i in batch], pad_id)
            input_ids = torch.tensor(ids, device=model.device)
            with torch.inference_mode():
                out = model.generate(input_ids=input_ids, attention_mask=torch.tensor(mask, device=model.device),
                                     generation_config=gen_cfg)
            new = out[:, input_ids.shape[1]:].tolist()
            per_item = (time.perf_counter() - t0) / len(batch)
            for j, i in enumerate(batch):
                rows = new[j * cfg.samples:(j + 1) * cfg.samples]
                texts = [tok.decode(cut_at_stop(r, stops), skip_special_tokens=False) for r in rows]
                yield Generation(items[i].id, texts, seconds=per_item)

    def close(self) -> None:
        self._model = None
        self._tok = None
