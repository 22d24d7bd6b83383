"""Log-probabilities (and entropy) of response tokens only.

With a 49k-entry vocabulary the full float32 logits of a batch are the most expensive tensor of a
step (SmolLM2-135M; figures in docs/tuning.md). So the model body runs once,
and only the hidden states that predict a real response token go through ``lm_head``, in chunks,
with ``log_softmax`` in float32 per chunk.

Sequence layout (see rollout.py): ``[left-padded prompt | response, right-padded]``; all prompts
end at the same column ``prompt_len``, so the hidden state at column ``prompt_len - 1 + t``
predicts response token ``t``.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from . import shared_prefix as shared
from .modeling import unwrap

DEFAULT_CHUNK = 512  # rows of (hidden -> vocab) per chunk: 512 x 49k float32 = 100 MB, a few of them alive at once


def position_ids_from_mask(attention_mask: torch.Tensor) -> torch.Tensor:
    """Positions that skip left padding, so a padded prompt is seen as an unpadded one."""
    pos = attention_mask.long().cumsum(-1) - 1
    return pos.clamp_(min=0)


@dataclass
class TokenStats:
    log_probs: torch.Tensor  # (B, R) float32, 0 where the response mask is 0
    entropy: torch.Tensor | None  # (B, R) float32 (no grad), or None when not asked for


def cache_kwarg(module) -> str:
    """transformers 5.x renamed ``past_key_values`` to ``cache``; accept both generations."""
    import inspect

    params = inspect.signature(type(module).forward).parameters
    return "cache" if "cache" in params else "past_key_values"


def head_log_probs(head, hidden: torch.Tensor, targets: torch.Tensor, response_mask: torch.Tensor,
                   temperature: float = 1.0, with_entropy: bool = False, chunk_size: int = DEFAULT_CHUNK) -> TokenStats:
    """``hidden[:, t]`` predicts ``targets[:, t]``: log-probs of the masked-in targets, the
    vocabulary projection done in float32 chunks of ``chunk_size`` rows."""
    mask = response_mask.bool()
    rows = hidden[mask]  # (N, H): only real response tokens
    tgt = targets[mask]
    lp_parts, ent_parts = [], []
    for start in range(0, rows.shape[0], chunk_size):
        logits = head(rows[start:start + chunk_size]).float()
        if temperature != 1.0:
            logits = logits / temperature
        logp_all = torch.log_softmax(logits, dim=-1)
        lp_parts.append(logp_all.gather(-1, tgt[start:start + chunk_size, None]).squeeze(-1))
        if with_entropy:
            with torch.no_grad():
                ent_parts.append(-logp_all.exp().mul_(logp_all).sum(-1))  # in place: one chunk-sized temporary
    flat = torch.cat(lp_parts) if lp_parts else hidden.new_zeros(0, dtype=torch.float32)
    log_probs = torch.zeros(mask.shape, dtype=torch.float32, device=flat.device).masked_scatter(mask, flat)
    entropy = None
    if with_entropy:
        ent = torch.cat(ent_parts) if ent_parts else flat.new_zeros(0)
        entropy = torch.zeros(mask.shape, dtype=torch.float32, device=ent.device).masked_scatter(mask, ent.detach())
    return TokenStats(log_probs, entropy)


def response_log_probs(model, input_ids: torch.Tensor, attention_mask: torch.Tensor, prompt_len: int,
                       response_mask: torch.Tensor, temperature: float = 1.0, with_entropy: bool = False,
                       chunk_size: int = DEFAULT_CHUNK, score_mask: torch.Tensor | None = None) -> TokenStats:
    """Log-probs of ``input_ids[:, prompt_len:]`` under ``model`` (grad flows if enabled), one
    full forward per row; with ``score_mask``, of those positions only (the rest 0).

    ``temperature`` divides the logits as in sampling (EasyR1 does the same), so the ratio in the
    PPO loss compares the distribution the samples were actually drawn from.
    """
    base = unwrap(model)
    body, head = base.get_decoder(), base.get_output_embeddings()
    resp_len = input_ids.shape[1] - prompt_len
    # the last column's hidden state predicts nothing we need: drop it from the body's input
    hidden = body(input_ids=input_ids[:, :-1], attention_mask=attention_mask[:, :-1],
                  position_ids=position_ids_from_mask(attention_mask)[:, :-1], use_cache=False).last_hidden_state
    hidden = hidden[:, prompt_len - 1: prompt_len - 1 + resp_len]  # (B, R, H)
    return head_log_probs(head, hidden, input_ids[:, prompt_len:],
                          response_mask if score_mask is None else score_mask, temperature, with_entropy, chunk_size)


def right_align(ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Left-padded rows -> the same tokens right-padded."""
    width = ids.shape[1]
    pads = width - mask.sum(-1, keepdim=True)
    idx = (torch.arange(width, device=ids.device) + pads) % width
    return ids.gather(1, idx), mask.gather(1, idx)


def shared_prompt_log_probs(model, prompt_ids: torch.Tensor, prompt_mask: torch.Tensor, response_ids: torch.Tensor,
                            response_mask: torch.Tensor, n: int, temperature: float = 1.0, with_entropy: bool = False,
                            chunk_size: int = DEFAULT_CHUNK, shared_prefix: bool = True,
                            prompt_forward: shared.PromptForward | None = None,
                            score_mask: torch.Tensor | None = None, recompute_prompt: bool = False) -> TokenStats:
    """The same log-probs for groups of ``n`` responses that share one prompt, running each
    prompt through the model once instead of ``n`` times.

    The prompt's keys/values are computed once (with grad) and the responses attend to them.
    For role-play prompts (hundreds of tokens) and 48-token responses this cuts the tokens of the
    training forward and backward by about ``n``-fold.
    ``prompt_ids``: (G, P) left-padded; ``response_ids``/``response_mask``: (G*n, R).

    The prompts run right-padded: a left pad is a query row with every key masked, which some
    CUDA attention kernels turn into NaN, and whose gradient then poisons every weight (seen on
    an H100: a healthy run had NaN weights from step 12). A right pad sees the prompt before it.

    ``shared_prefix``: the responses run through shared_prefix.py (one copy of the prompt's
    keys/values per group) where the model supports it; False: transformers' forward, with the
    prompt's cache repeated n-fold. ``prompt_forward``: the prompts' forward already done (the
    rollout's prefill, kept with its graph): only the responses run. ``score_mask``: the response
    positions whose log-probs are wanted (the others attended to, never put through ``lm_head``).
    ``recompute_prompt``: the prompts' layers run again in the backward (shared_prefix._run_layers).
    """
    from transformers import DynamicCache

    base = unwrap(model)
    body, head = base.get_decoder(), base.get_output_embeddings()
    own = prompt_forward is not None or (shared_prefix and shared.supports(model))
    if prompt_forward is None:
        ids, pmask = right_align(prompt_ids, prompt_mask)
        if own:
            prompt_forward = shared.forward_prompts(model, ids, pmask, n, recompute=recompute_prompt)
        else:
            kw = cache_kwarg(body)
            cache = DynamicCache()
            pos = torch.arange(ids.shape[1], device=ids.device).expand(ids.shape[0], ids.shape[1])
            hidden = body(input_ids=ids, attention_mask=pmask, position_ids=pos, use_cache=True,
                          **{kw: cache}).last_hidden_state
            lengths = pmask.sum(-1)
            last = hidden.gather(1, (lengths - 1)[:, None, None].expand(-1, 1, hidden.shape[-1]))[:, 0]
    if prompt_forward is not None:
        last, lengths = prompt_forward.last, prompt_forward.lengths
    first = last[:, None].repeat_interleave(n, dim=0)  # predicts response token 0
    resp_len = response_ids.shape[1]
    if resp_len > 1:
        start = lengths[:, None].repeat_interleave(n, dim=0)
        pos = start + torch.arange(resp_len - 1, device=start.device)
        if own:
            rest = shared.forward_responses(model, prompt_forward.prompt, response_ids[:, :-1], pos,
                                            key_mask=response_mask[:, :-1])
        else:
            cache.batch_repeat_interleave(n)  # filled in place by the prompt forward
            mask = torch.cat([pmask.repeat_interleave(n, dim=0), response_mask[:, :-1].to(pmask.dtype)], 1)
            rest = body(input_ids=response_ids[:, :-1], attention_mask=mask, position_ids=pos, use_cache=True,
                        **{kw: cache}).last_hidden_state
        hidden = torch.cat([first, rest], dim=1)
    else:
        hidden = first
    return head_log_probs(head, hidden, response_ids, response_mask if score_mask is None else score_mask,
                          temperature, with_entropy, chunk_size)


def naive_response_log_probs(model, input_ids: torch.Tensor, attention_mask: torch.Tensor, prompt_len: int,
                             response_mask: torch.Tensor, temperature: float = 1.0) -> TokenStats:
    """The straightforward computation (full-vocabulary logits for every position), for tests."""
    out = model(input_ids=input_ids, attention_mask=attention_mask,
                position_ids=position_ids_from_mask(attention_mask), use_cache=False)
    logits = out.logits[:, prompt_len - 1:-1].float() / temperature
    logp_all = torch.log_softmax(logits, -1)
    lp = logp_all.gather(-1, input_ids[:, prompt_len:, None]).squeeze(-1)
    ent = -(logp_all.exp() * logp_all).sum(-1)
    m = response_mask.float()
    return TokenStats(lp * m, ent * m)
