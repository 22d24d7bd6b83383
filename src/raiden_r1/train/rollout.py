"""Rollouts: n sampled responses per prompt, batched, with a KV cache.

A lean sampling loop rather than ``model.generate``: the prompts are prefilled once each (not n
times: the cache serves the n samples of a group, which saves (n-1)/n of the prefill, the larger
part of a rollout for long role-play prompts), the prefill computes logits for the last position
only, and the loop stops as soon as every sequence has produced EOS. It runs in inference mode (no
autograd bookkeeping per op); the sampled tokens are cloned out of it, as they feed the training
forward, which inference tensors may not.

Output layout, shared with logprobs.py: ``input_ids = [left-padded prompts | responses]``, every
prompt ending at column ``prompt_len``; a response keeps its EOS token (masked in, so the policy
learns to stop) and is right-padded after it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Sequence

import torch

from . import shared_prefix as shared
from .decode import Decoder, prefill
from .logprobs import cache_kwarg, position_ids_from_mask
from .modeling import unwrap


@dataclass
class RolloutBatch:
    input_ids: torch.Tensor  # (B*n, P+R)
    attention_mask: torch.Tensor  # (B*n, P+R)
    prompt_len: int  # P
    prompt_ids: torch.Tensor  # (B, P): each prompt once, left-padded
    prompt_mask: torch.Tensor  # (B, P)
    n: int  # samples per prompt; rows i*n .. i*n+n-1 answer prompt i
    response_mask: torch.Tensor  # (B*n, R): 1 on generated tokens up to and including EOS
    group_ids: torch.Tensor  # (B*n,): index of the prompt each sample answers
    responses: list[str]  # decoded, special tokens skipped (what the reward sees)
    response_lengths: list[int]  # tokens, EOS included
    # the prompts' forward with its autograd graph, when generate() was asked to keep it
    prompt_forward: shared.PromptForward | None = None

    @property
    def responses_ids(self) -> torch.Tensor:
        return self.input_ids[:, self.prompt_len:]


def left_pad(prompts: Sequence[Sequence[int]], pad_id: int, device) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(p) for p in prompts)
    ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for i, p in enumerate(prompts):
        if len(p):
            ids[i, width - len(p):] = torch.as_tensor(list(p), dtype=torch.long)
            mask[i, width - len(p):] = 1
    return ids.to(device), mask.to(device)


def sample_top_p(logits: torch.Tensor, temperature: float, top_p: float,
                 generator: torch.Generator | None, top_k: int = -1) -> torch.Tensor:
    """One token per row from softmax(logits / T), restricted to the ``top_k`` most likely tokens
    (-1: all) and then to the smallest set of mass >= top_p, in vLLM's order."""
    logits = logits.float()
    if 0 < top_k < logits.shape[-1]:
        kth = logits.topk(top_k, dim=-1).values[:, -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    probs = torch.softmax(logits if temperature == 1.0 else logits / temperature, dim=-1)
    if top_p < 1.0:
        sorted_p, order = probs.sort(dim=-1, descending=True)
        # drop a token when the mass before it already reaches top_p (the top token always stays)
        drop = (sorted_p.cumsum(-1) - sorted_p) >= top_p
        sorted_p = sorted_p.masked_fill(drop, 0.0)
        return order.gather(-1, categorical(sorted_p, generator)[:, None]).squeeze(-1)
    return categorical(probs, generator)


def categorical(weights: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One index per row, drawn with probability proportional to ``weights`` (>= 0, unnormalised).

    Inverse-CDF sampling needs one uniform number per row; ``torch.multinomial`` draws one per
    vocabulary entry on CPU (16 x 49k exponentials per token for a SmolLM2 rollout; the measured
    cost is in docs/tuning.md). ``right=True`` never lands on a zero-weight entry.
    """
    cdf = weights.cumsum(-1)
    u = torch.rand(weights.shape[0], 1, generator=generator, device=weights.device, dtype=cdf.dtype) * cdf[:, -1:]
    return torch.searchsorted(cdf, u, right=True).clamp_(max=weights.shape[-1] - 1).squeeze(-1)


def eos_token_ids(model, tokenizer) -> list[int]:
    ids: set[int] = set()
    for src in (getattr(model, "generation_config", None), tokenizer):
        eos = getattr(src, "eos_token_id", None)
        if eos is None:
            continue
        ids.update([eos] if isinstance(eos, int) else list(eos))
    if not ids:
        raise ValueError("the tokenizer defines no EOS token")
    return sorted(ids)


@torch.no_grad()
def generate(model, tokenizer, prompts: Sequence[Sequence[int]], n: int, max_new_tokens: int,
             temperature: float = 1.0, top_p: float = 1.0, greedy: bool = False,
             generator: torch.Generator | None = None, shared_prefix: bool = True,
             min_new_tokens: int = 0, keep_prompt_graph: bool = False, top_k: int = -1,
             streamer=None) -> RolloutBatch:
    """Sample ``n`` responses for each tokenised prompt (``prompts`` holds token ids).

    ``min_new_tokens``: EOS gets no probability before a response has this many tokens.
    ``keep_prompt_graph``: on the shared-prefix path, run the prompts' forward with autograd on
    and return it (``prompt_forward``) for an update that follows before the weights change.

    ``shared_prefix``: decode with shared_prefix.py's attention (one copy of each prompt's
    keys/values per group) where the model supports it; False: transformers' forward throughout.

    ``streamer``: a transformers streamer (``put``/``end``, as ``model.generate`` drives one) that
    gets the prompt, then each token as it is chosen: one prompt and ``n == 1`` only (the chat).
    """
    from transformers import DynamicCache

    device = next(model.parameters()).device
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos_token_ids(model, tokenizer)[0]
    eos = torch.tensor(eos_token_ids(model, tokenizer), device=device)
    prompt_ids, prompt_mask = left_pad(prompts, pad_id, device)
    prompt_len = prompt_ids.shape[1]
    if streamer is not None:
        if prompt_ids.shape[0] * n != 1:
            raise ValueError("a streamer follows one response: one prompt, n=1")
        streamer.put(prompt_ids[:, prompt_mask[0].bool()].cpu())

    prompt_forward = None
    if shared_prefix and shared.supports(model):
        with torch.enable_grad() if keep_prompt_graph else torch.inference_mode():
            prompt_forward = prefill(model, prompt_ids, prompt_mask, n)
    with torch.inference_mode():  # no autograd bookkeeping per op: ~5% of a rollout
        if prompt_forward is not None:
            logits = unwrap(model).get_output_embeddings()(prompt_forward.last).repeat_interleave(n, dim=0)
            decode = Decoder(model, prompt_forward.prompt, logits.shape[0], max_new_tokens).step
        else:
            cache = DynamicCache()
            kw = cache_kwarg(unwrap(model))
            out = model(input_ids=prompt_ids, attention_mask=prompt_mask,
                        position_ids=position_ids_from_mask(prompt_mask), use_cache=True, logits_to_keep=1,
                        **{kw: cache})
            logits = out.logits[:, -1].repeat_interleave(n, dim=0)
            decode = _transformers_decoder(model, cache, prompt_mask, n, max_new_tokens, kw)
        batch = logits.shape[0]
        next_pos = prompt_mask.sum(-1).repeat_interleave(n, dim=0)  # position of the first response token

        tokens = torch.full((batch, max_new_tokens), pad_id, dtype=torch.long, device=device)
        alive = torch.ones(batch, dtype=torch.bool, device=device)
        steps = 0
        for t in range(max_new_tokens):
            if t < min_new_tokens:
                logits = logits.index_fill(-1, eos, float("-inf"))
            tok = logits.float().argmax(-1) if greedy else sample_top_p(logits, temperature, top_p, generator, top_k)
            tok = torch.where(alive, tok, torch.full_like(tok, pad_id))
            tokens[:, t] = tok
            if streamer is not None:
                streamer.put(tok.cpu())
            steps = t + 1
            alive = alive & ~torch.isin(tok, eos)
            if not bool(alive.any()) or t == max_new_tokens - 1:
                break
            logits = decode(tok, next_pos + t)

    if streamer is not None:
        streamer.end()
    tokens = tokens[:, :steps].clone()  # a normal tensor again, fit for the training forward
    response_mask = _response_mask(tokens, eos)
    input_ids = torch.cat([prompt_ids.repeat_interleave(n, dim=0), tokens], dim=1)
    attention_mask = torch.cat([prompt_mask.repeat_interleave(n, dim=0), response_mask], dim=1)
    lengths = response_mask.sum(-1).tolist()
    texts = tokenizer.batch_decode([row[:ln] for row, ln in zip(tokens.tolist(), lengths)], skip_special_tokens=True)
    group_ids = torch.arange(len(prompts), device=device).repeat_interleave(n)
    return RolloutBatch(input_ids, attention_mask, prompt_len, prompt_ids, prompt_mask, n, response_mask, group_ids,
                        texts, lengths, prompt_forward if keep_prompt_graph else None)


def _transformers_decoder(model, cache, prompt_mask: torch.Tensor, n: int, max_new_tokens: int, kw: str):
    """A decode step through the model's own forward, its cache repeated n-fold and reserved."""
    if n > 1:
        cache.batch_repeat_interleave(n)
    reserve_cache(cache, max_new_tokens)
    state = {"mask": prompt_mask.repeat_interleave(n, dim=0)}

    def step(tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        mask = state["mask"]
        state["mask"] = mask = torch.cat([mask, mask.new_ones((mask.shape[0], 1))], dim=1)
        out = model(input_ids=tokens[:, None], attention_mask=mask, position_ids=positions[:, None], use_cache=True,
                    **{kw: cache})
        return out.logits[:, -1]

    return step


def reserve_cache(cache, extra_tokens: int) -> bool:
    """Give every layer of a filled DynamicCache room for ``extra_tokens`` more positions, so
    that decoding writes into place instead of concatenating: ``torch.cat`` copies the whole
    cache at every token of every layer, which grows quadratically with the response length
    (a visible share of a rollout with long prompts: docs/tuning.md). Returns False, changing
    nothing, on a transformers whose cache has no per-layer objects."""
    from transformers.cache_utils import DynamicLayer

    layers = getattr(cache, "layers", None)
    if not layers or any(type(layer) is not DynamicLayer or not layer.is_initialized for layer in layers):
        return False
    reserved = _reserved_layer_class()
    for layer in layers:
        layer.__class__ = reserved
        layer.reserve(extra_tokens)
    return True


@functools.cache
def _reserved_layer_class():
    from transformers.cache_utils import DynamicLayer

    class ReservedLayer(DynamicLayer):
        """A DynamicLayer whose keys/values are views into buffers reserved up front."""

        def reserve(self, extra: int) -> None:
            used = self.keys.shape[-2]
            self._kbuf = self.keys.new_empty((*self.keys.shape[:-2], used + extra, self.keys.shape[-1]))
            self._vbuf = self.values.new_empty((*self.values.shape[:-2], used + extra, self.values.shape[-1]))
            self._kbuf[..., :used, :] = self.keys
            self._vbuf[..., :used, :] = self.values
            self.keys, self.values = self._kbuf[..., :used, :], self._vbuf[..., :used, :]

        def update(self, key_states, value_states, *args, **kwargs):
            start = self.keys.shape[-2]
            end = start + key_states.shape[-2]
            if end > self._kbuf.shape[-2]:  # past the reservation: grow as DynamicLayer does
                self.keys, self.values = self.keys.contiguous(), self.values.contiguous()
                return super().update(key_states, value_states, *args, **kwargs)
            self._kbuf[..., start:end, :] = key_states
            self._vbuf[..., start:end, :] = value_states
            self.keys, self.values = self._kbuf[..., :end, :], self._vbuf[..., :end, :]
            return self.keys, self.values

    return ReservedLayer


def _response_mask(tokens: torch.Tensor, eos: torch.Tensor) -> torch.Tensor:
    """1 up to and including the first EOS of each row, 0 after it."""
    is_eos = torch.isin(tokens, eos).long()
    eos_before = is_eos.cumsum(-1) - is_eos  # EOS tokens strictly before this column
    return (eos_before == 0).long()
