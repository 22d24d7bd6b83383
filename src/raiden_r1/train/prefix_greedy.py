"""Greedy decoding of prompts that share a long prefix, each prefix run once (the fast policy
backend's greedy answers, backend.FastBackend.greedy, which the evaluation's local backend uses).

An evaluation prompt is mostly its character's profile (the system message): on the shipped test
split the prompts are 500-1850 tokens, of which 410-1270 are the same for every item of one
character, and the prefill of ``16 x ~1000`` padded tokens per batch, not the decoding, was the
evaluation's time on a 2-core CPU (docs/tuning.md, "Evaluation speed"). Here:

- prompts sorted by their tokens fall into runs of one shared prefix (one character);
- each run's common prefix goes through the model once (shared_prefix.forward_prompts), its
  keys/values shared by every batch of the run;
- each batch runs only the rest of its prompts (right-padded, padding masked; positions continue
  after the prefix), attending to the prefix's keys/values (shared_prefix's attention);
- decoding is the GRPO rollout's greedy step (decode.Decoder) over [prefix | rest | answer], rows
  stopping at their end-of-turn token and the batch as soon as every row has stopped.

Attention over keys does not depend on where a key sits in the buffer, only on its position
(rotary) and its mask, so this is the computation of the plain left-padded path. The equivalence
test (tests/eval/test_prefix_greedy.py) asserts the same greedy tokens and logits as transformers'
``generate`` on a tiny model built in-process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

import torch
import torch.nn.functional as F

from . import shared_prefix as shared
from .decode import Decoder
from .modeling import unwrap

# Adjacent sorted prompts sharing fewer tokens than this start a new run: the chat template's
# opening is common to all prompts and not worth a run of its own.
MIN_SHARED_TOKENS = 32
# Rows x width of one forward of the prompts' rests (see start_batch).
REST_CHUNK_TOKENS = 2048


def common_prefix_len(a: Sequence[int], b: Sequence[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


@dataclass
class Run:
    """Prompts (indices into the caller's list) sharing their first ``prefix_len`` tokens; every
    prompt keeps at least one token after the prefix (its last one predicts the first answer token)."""

    indices: list[int]
    prefix_len: int


def prefix_runs(prompts: Sequence[Sequence[int]], min_shared: int = MIN_SHARED_TOKENS) -> list[Run]:
    """Prompts grouped by shared prefix. In token order, the common prefix of a range of prompts is
    the smallest common prefix of neighbours in it, so cutting where neighbours share little gives
    runs whose every member shares the run's prefix."""
    order = sorted(range(len(prompts)), key=lambda i: (list(prompts[i]), i))
    runs: list[list[int]] = []
    shared_len: list[int] = []
    for i in order:
        if runs:
            c = common_prefix_len(prompts[runs[-1][-1]], prompts[i])
            if c >= min_shared:
                runs[-1].append(i)
                shared_len[-1] = min(shared_len[-1], c)
                continue
        runs.append([i])
        shared_len.append(len(prompts[i]))
    return [Run(r, min(p, min(len(prompts[i]) for i in r) - 1)) for r, p in zip(runs, shared_len)]


def _rest_forward(model, prefix: shared.SharedPrompt, rest: torch.Tensor, mask: torch.Tensor, start: int):
    """The prompts' rest (B, L), right-padded, after the shared prefix of ``start`` tokens: every
    layer's keys/values and the logits after each row's last real token."""
    keys, values = [], []
    keep = torch.ones(rest.shape[1], rest.shape[1], dtype=torch.bool, device=rest.device).tril()[None]
    rest_bias = shared._additive_mask(keep & mask[:, None, :].bool())[:, None, None]  # (B, 1, 1, L, L)

    def attend(i, q, k, v, scaling):
        keys.append(k)
        values.append(v)
        return shared._attend(q, k, v, prefix.keys[i], prefix.values[i], prefix.bias, rest_bias, scaling, prefix.n)

    positions = start + torch.arange(rest.shape[1], device=rest.device).expand_as(rest)
    hidden = shared._run_layers(model, rest, positions, attend)
    last = hidden.gather(1, (mask.sum(-1) - 1)[:, None, None].expand(-1, 1, hidden.shape[-1]))[:, 0]
    return keys, values, unwrap(model).get_output_embeddings()(last)


class PrefixDecoder(Decoder):
    """decode.Decoder whose rows share one prefix that stays a single copy: each step's queries of
    all rows are stacked against the prefix's keys/values (as shared_prefix._attend does for the
    training forward), and against each row's own buffer (rest of its prompt, then its answer).
    A decode step reads every key it attends to; with the prefix copied into each row (Decoder)
    that is 16 copies of a 400-1,300-token profile per step, most of a step's memory traffic."""

    def __init__(self, model, prefix: shared.SharedPrompt, batch: int, own_tokens: int):
        self._init_ops(model, batch)
        self.prefix = [(k[0], v[0]) for k, v in zip(prefix.keys, prefix.values)]  # (Hk, P, D): one group
        self.prompt_len, self.length = 0, 0  # positions in the rows' own buffers
        shape = (batch, self.kv_heads, own_tokens, self.head_dim)
        k0 = prefix.keys[0]
        # zeros, not empty: unwritten positions get probability 0, and 0 * NaN would be NaN
        self.past = [(k0.new_zeros(shape), k0.new_zeros(shape)) for _ in prefix.keys]
        self.bias = torch.full((batch, 1, 1, own_tokens), float("-inf"), device=k0.device)

    def step(self, tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """Logits (B, vocab) after ``tokens`` (B,) at ``positions`` (B,)."""
        B, H, Hk, D = tokens.shape[0], self.heads, self.kv_heads, self.head_dim
        rep, at = H // Hk, self.length
        self.bias[..., at] = 0.0
        x = self.inner.embed_tokens(tokens)
        cos, sin = self.inner.rotary_emb(x[:, None], positions[:, None])
        half = D // 2
        for (norm1, qkv_proj, o_proj, norm2, gate_up_proj, down_proj), (kbuf, vbuf), (pk, pv) in zip(
                self.layers, self.past, self.prefix):
            qkv = qkv_proj(norm1(x)).view(B, H + 2 * Hk, D)
            qk = qkv[:, :H + Hk]
            qk = qk * cos + torch.cat((-qk[..., half:], qk[..., :half]), -1) * sin
            kbuf[:, :, at] = qk[:, H:]
            vbuf[:, :, at] = qkv[:, H + Hk:]
            q = qk[:, :H].reshape(B, Hk, rep, D)
            P = pk.shape[1]
            sp = torch.bmm(q.transpose(0, 1).reshape(Hk, B * rep, D), pk.transpose(1, 2))  # (Hk, B*rep, P)
            sp = sp.view(Hk, B, rep, P).transpose(0, 1)  # (B, Hk, rep, P)
            so = torch.bmm(q.reshape(B * Hk, rep, D), kbuf.flatten(0, 1).transpose(1, 2)).view(B, Hk, rep, -1)
            # one float32 softmax over [prefix | own keys]: ordinary attention over the whole row
            probs = torch.cat([sp.float() * self.scaling, torch.add(self.bias, so, alpha=self.scaling)], -1)
            probs = probs.softmax(-1).to(x.dtype)
            pp, po = probs[..., :P], probs[..., P:]
            op = torch.bmm(pp.transpose(0, 1).reshape(Hk, B * rep, P), pv).view(Hk, B, rep, D).transpose(0, 1)
            oo = torch.bmm(po.reshape(B * Hk, rep, -1), vbuf.flatten(0, 1)).view(B, Hk, rep, D)
            x = x + o_proj((op + oo).reshape(B, H * D))
            gate, up = gate_up_proj(norm2(x)).chunk(2, -1)
            x = x + down_proj(F.silu(gate) * up)
        self.length += 1
        return self.head(self.inner.norm(x))


def start_batch(model, prefix: shared.SharedPrompt, prefix_len: int, rests: Sequence[Sequence[int]],
                max_new_tokens: int, pad_id: int) -> tuple[Decoder, torch.Tensor, torch.Tensor]:
    """The prompts ``prefix + rest`` of one batch read: a Decoder holding their keys/values, the
    logits of each row's first answer token and the position of that token."""
    device = next(model.parameters()).device
    B, width = len(rests), max(len(r) for r in rests)
    ids = torch.full((B, width), pad_id, dtype=torch.long)
    mask = torch.zeros((B, width), dtype=torch.long)
    for b, r in enumerate(rests):
        ids[b, :len(r)] = torch.as_tensor(list(r), dtype=torch.long)
        mask[b, :len(r)] = 1
    ids, mask = ids.to(device), mask.to(device)
    dec = PrefixDecoder(model, prefix, B, width + max_new_tokens)
    logits = []
    # a few rows at a time: the rest's attention scores against the prefix are rows x width x
    # prefix floats per layer (2 GB for 16 x 578 x 1,273 x 9 heads), the largest tensor of an evaluation
    # and each chunk only as wide as its longest rest (a CM item's rest is 4-5 times an SBK item's)
    lo = 0
    while lo < B:
        hi = lo + 1
        while hi < B and (hi + 1 - lo) * max(len(r) for r in rests[lo:hi + 1]) <= REST_CHUNK_TOKENS:
            hi += 1
        w = max(len(r) for r in rests[lo:hi])
        group = shared.SharedPrompt(prefix.keys, prefix.values, prefix.bias, n=hi - lo)
        keys, values, chunk_logits = _rest_forward(model, group, ids[lo:hi, :w], mask[lo:hi, :w], prefix_len)
        for (kbuf, vbuf), k, v in zip(dec.past, keys, values):
            kbuf[lo:hi, :, :w] = k
            vbuf[lo:hi, :, :w] = v
        logits.append(chunk_logits)
        lo = hi
    dec.bias[:, 0, 0, :width] = shared._additive_mask(mask.bool())  # columns past a row's rest stay masked
    dec.length = width
    return dec, torch.cat(logits), prefix_len + mask.sum(-1)


@torch.inference_mode()
def greedy_batch(model, prefix: shared.SharedPrompt, prefix_len: int, rests: Sequence[Sequence[int]],
                 max_new_tokens: int, stop_ids: Sequence[int], pad_id: int) -> list[list[int]]:
    """Greedy answers (token ids, the stop token included where one came) to ``prefix + rest`` for
    each rest, ``prefix`` being the forward of the shared prefix (one group, any ``n``)."""
    device = next(model.parameters()).device
    B = len(rests)
    dec, logits, next_pos = start_batch(model, prefix, prefix_len, rests, max_new_tokens, pad_id)
    stops = torch.tensor(sorted(stop_ids), device=device)
    out = torch.full((B, max_new_tokens), pad_id, dtype=torch.long, device=device)
    alive = torch.ones(B, dtype=torch.bool, device=device)
    for t in range(max_new_tokens):
        tok = torch.where(alive, logits.float().argmax(-1), torch.full((B,), pad_id, device=device))
        out[:, t] = tok
        alive = alive & ~torch.isin(tok, stops)
        if not bool(alive.any()) or t == max_new_tokens - 1:
            break
        logits = dec.step(tok, next_pos + t)
    stop_set, answers = set(stop_ids), []
    for row in out.tolist():
        answers.append(row[:next((k + 1 for k, tok in enumerate(row) if tok in stop_set), len(row))])
    return answers


def greedy_generate(model, prompts: Sequence[Sequence[int]], batch_size: int, max_new_tokens: int,
                    stop_ids: Sequence[int], pad_id: int) -> Iterator[tuple[list[int], list[list[int]]]]:
    """Yields (indices into ``prompts``, their greedy answers) batch by batch: within a run of
    one shared prefix, longest prompts first (little padding in each batch; a memory problem shows
    in the first batch of a run)."""
    device = next(model.parameters()).device
    for run in prefix_runs(prompts):
        P = run.prefix_len
        prefix_ids = torch.as_tensor(list(prompts[run.indices[0]][:P]), dtype=torch.long, device=device)[None]
        with torch.inference_mode():
            prefix = shared.forward_prompts(model, prefix_ids, torch.ones_like(prefix_ids), n=1).prompt
        order = sorted(run.indices, key=lambda i: (-len(prompts[i]), i))
        for s in range(0, len(order), batch_size):
            batch = order[s:s + batch_size]
            yield batch, greedy_batch(model, prefix, P, [prompts[i][P:] for i in batch], max_new_tokens,
                                      stop_ids, pad_id)
