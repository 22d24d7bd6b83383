"""Response tokens through a Llama-style decoder, attending to a prompt their group shares.

GRPO samples ``n`` responses per prompt. transformers' forward treats them as ``n`` unrelated
rows: the prompt's keys/values are copied ``n`` times (and, with grouped-query attention, once
more per query head), and a decode step walks ~25 small modules per layer. For decoders whose
layer is the Llama layer (RMSNorm, rotary attention without q/k norms, SiLU-gated MLP: Llama,
SmolLM2, Qwen2 without sliding windows) this module runs the response tokens through the same
modules and weights, with its own attention:

- the prompt part per group: the ``n`` responses' queries stacked against one copy of the
  prompt's keys/values (and the query heads of a key/value head stacked, not repeated);
- the response part per row: causal, padded keys masked;
- both in one float32 softmax, so the result is ordinary attention over ``[prompt | response]``.

The prompts run through the same layers first (``forward_prompts``: causal attention with their
padding masked), leaving each layer's keys/values for the responses. Decoding has its own leaner
step (decode.py), which starts from the same SharedPrompt.

What it saves on the build machines is measured in docs/tuning.md ("Step speed").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

from .modeling import unwrap

_MODEL_TYPES = ("llama", "qwen2")


def supports(model) -> bool:
    """Whether ``model`` is a decoder this module computes exactly like transformers does."""
    base = unwrap(model)
    cfg, inner = getattr(base, "config", None), getattr(base, "model", None)
    if cfg is None or inner is None or getattr(cfg, "model_type", None) not in _MODEL_TYPES:
        return False
    if getattr(cfg, "hidden_act", None) != "silu" or getattr(cfg, "attention_dropout", 0.0):
        return False
    if getattr(cfg, "use_sliding_window", False) or any(t != "full_attention"
                                                        for t in getattr(cfg, "layer_types", None) or []):
        return False
    if not all(hasattr(inner, a) for a in ("embed_tokens", "layers", "norm", "rotary_emb")):
        return False
    for layer in inner.layers:
        attn, mlp = getattr(layer, "self_attn", None), getattr(layer, "mlp", None)
        if attn is None or mlp is None or hasattr(attn, "q_norm") or hasattr(attn, "k_norm"):
            return False
        if not all(hasattr(attn, a) for a in ("q_proj", "k_proj", "v_proj", "o_proj", "scaling")):
            return False
        if not all(hasattr(mlp, a) for a in ("gate_proj", "up_proj", "down_proj")):
            return False
    return True


@dataclass
class SharedPrompt:
    """Each prompt's keys/values once per group of ``n`` responses."""

    keys: list[torch.Tensor]  # per layer (G, KV heads, P, head dim)
    values: list[torch.Tensor]
    bias: torch.Tensor  # (G, 1, 1, 1, P) float32: 0 on prompt tokens, -inf on padding
    n: int


@dataclass
class PromptForward:
    """The prompts' forward pass as the responses need it: each prompt's final hidden state at its
    last token (it predicts response token 0), its length, and its keys/values per layer.

    The rollout's prefill can keep its autograd graph (rollout.generate, ``keep_prompt_graph``):
    with one update per rollout batch the weights are the same when the update runs, so its
    forward then runs only the responses and the prompts' gradients flow back through this.
    """

    last: torch.Tensor  # (G, H)
    lengths: torch.Tensor  # (G,) tokens of each prompt (right-padded: its responses start there)
    prompt: SharedPrompt

    def select(self, groups: list[int]) -> "PromptForward":
        idx = torch.tensor(groups, device=self.last.device)
        p = self.prompt
        return PromptForward(self.last[idx], self.lengths[idx],
                             SharedPrompt([k[idx] for k in p.keys], [v[idx] for v in p.values], p.bias[idx], p.n))

    def cut(self) -> tuple["PromptForward", Callable[[], None]]:
        """Leaves standing in for this forward's outputs, and a function that sends the gradients
        the leaves gathered (over any number of micro-batches) back through the graph, once: the
        prompts' backward then runs once per update, not once per micro-batch."""
        outs = [self.last, *self.prompt.keys, *self.prompt.values]
        leaves = [t.detach().requires_grad_(t.requires_grad) for t in outs]
        layers = len(self.prompt.keys)
        cut = PromptForward(leaves[0], self.lengths, SharedPrompt(leaves[1:1 + layers], leaves[1 + layers:],
                                                                  self.prompt.bias, self.prompt.n))

        def send_back() -> None:
            pairs = [(out, leaf.grad) for out, leaf in zip(outs, leaves) if leaf.grad is not None]
            if pairs:
                torch.autograd.backward([out for out, _ in pairs], [grad for _, grad in pairs])

        return cut, send_back


class _TwoPartSoftmax(torch.autograd.Function):
    """One float32 softmax over ``[prompt keys | own keys]`` whose two parts stay separate tensors,
    each in the layout of the matmul that reads it: the prompt part (G, Hk, n * rep * L, P), stacked
    per group against one copy of the prompt's keys; the own part (B, Hk, rep, L, T). Autograd
    keeps only the two probability tensors (the matmuls after it read the same ones), where a
    softmax over their concatenation kept the probabilities, and the matmul a reshaped copy of
    the prompt part: the largest activations of a training forward with a long persona
    (benchmarks/peak_memory.py)."""

    @staticmethod
    def _to_rows(stat: torch.Tensor, n: int) -> torch.Tensor:
        """(G, Hk, n * rep * L) per-row statistic of the prompt part -> (B, Hk, rep, L)."""
        G, Hk = stat.shape[:2]
        return stat.view(G, Hk, n, -1).transpose(1, 2).reshape(G * n, Hk, -1)

    @staticmethod
    def _to_groups(stat: torch.Tensor, n: int) -> torch.Tensor:
        """(B, Hk, rep, L) -> (G, Hk, n * rep * L, 1), for broadcasting over the prompt part."""
        B, Hk = stat.shape[:2]
        return stat.reshape(B // n, n, Hk, -1).transpose(1, 2).reshape(B // n, Hk, -1, 1)

    @staticmethod
    def forward(ctx, sp: torch.Tensor, sr: torch.Tensor, n: int):
        B, Hk, rep, L, _ = sr.shape
        top = torch.maximum(_TwoPartSoftmax._to_rows(sp.amax(-1), n).view(B, Hk, rep, L), sr.amax(-1))
        pp = (sp - _TwoPartSoftmax._to_groups(top, n)).exp_()
        pr = (sr - top[..., None]).exp_()
        total = _TwoPartSoftmax._to_rows(pp.sum(-1), n).view(B, Hk, rep, L) + pr.sum(-1)
        pp.div_(_TwoPartSoftmax._to_groups(total, n))
        pr.div_(total[..., None])
        ctx.n = n
        ctx.save_for_backward(pp, pr)
        return pp, pr

    @staticmethod
    def backward(ctx, gp, gr):
        pp, pr = ctx.saved_tensors
        n = ctx.n
        B, Hk, rep, L, _ = pr.shape
        # softmax backward over the concatenation: p * (g - sum(g * p)), the sum over both parts
        dot = torch.zeros(B, Hk, rep, L, dtype=pr.dtype, device=pr.device)
        if gp is not None:
            dot += _TwoPartSoftmax._to_rows((gp * pp).sum(-1), n).view(B, Hk, rep, L)
        if gr is not None:
            dot += (gr * pr).sum(-1)
        grad_sp = pp * ((gp if gp is not None else 0.0) - _TwoPartSoftmax._to_groups(dot, n))
        grad_sr = pr * ((gr if gr is not None else 0.0) - dot[..., None])
        return grad_sp, grad_sr, None


class _CastMatmul(torch.autograd.Function):
    """``probs.to(values.dtype) @ values`` where autograd keeps no low-precision copy of ``probs``.

    The float32 probabilities are kept for the softmax's backward anyway; autograd would keep
    their bfloat16 cast for the matmul's backward too: a third of a training forward's attention
    activations (benchmarks/grpo_memory_steps.py). The backward casts them again, the same values,
    and computes what autograd computes: the matmul's gradients in the values' dtype, the
    probabilities' gradient cast back to float32, a broadcast key/value head's gradient summed."""

    @staticmethod
    def forward(ctx, probs: torch.Tensor, values: torch.Tensor):
        ctx.save_for_backward(probs, values)
        return probs.to(values.dtype) @ values

    @staticmethod
    def backward(ctx, grad):
        probs, values = ctx.saved_tensors
        low = probs.to(values.dtype)
        grad_probs = grad_values = None
        if ctx.needs_input_grad[0]:
            grad_probs = (grad @ values.transpose(-1, -2)).to(probs.dtype)
        if ctx.needs_input_grad[1]:
            grad_values = (low.transpose(-1, -2) @ grad).sum_to_size(values.shape)
        return grad_probs, grad_values


def _recomputed(fn: Callable[..., torch.Tensor], *args) -> torch.Tensor:
    """``fn(*args)``, an attention, whose float32 probabilities are not kept for the backward but
    computed again there from the queries and keys (kept anyway), as activation checkpointing does
    for a whole layer. The probabilities were about two thirds of what a group's prompt keeps for
    its backward and a third of a response part's (docs/tuning.md, "session 32"). The recomputation
    runs the same operations on the same inputs, so the backward sees the same values, for one more
    attention forward per layer in the backward. Without grad (rollouts, frozen log-probs) it is
    a plain call."""
    if torch.is_grad_enabled() and any(isinstance(a, torch.Tensor) and a.requires_grad for a in args):
        return checkpoint(fn, *args, use_reentrant=False, preserve_rng_state=False)
    return fn(*args)


def _attend(q, k, v, pk, pv, prompt_bias, resp_bias, scaling: float, n: int) -> torch.Tensor:
    """q (B, Hk, rep, L, D); k/v (B, Hk, T, D): the rows' own keys; pk/pv (G, Hk, P, D)."""
    return _recomputed(_attend_parts, q, k, v, pk, pv, prompt_bias, resp_bias, scaling, n)


def _attend_parts(q, k, v, pk, pv, prompt_bias, resp_bias, scaling: float, n: int) -> torch.Tensor:
    B, Hk, rep, L, D = q.shape
    G, P = B // n, pk.shape[2]
    qg = q.reshape(G, n, Hk, rep * L, D).transpose(1, 2).reshape(G, Hk, n * rep * L, D)
    sp = (qg @ pk.transpose(-1, -2)).float() * scaling + prompt_bias.reshape(G, 1, 1, P)  # (G, Hk, n*rep*L, P)
    sr = (q @ k.unsqueeze(2).transpose(-1, -2)).float() * scaling  # (B, Hk, rep, L, T)
    if resp_bias is not None:
        sr = sr + resp_bias
    pp, pr = _TwoPartSoftmax.apply(sp, sr, n)
    op = _CastMatmul.apply(pp, pv)  # (G, Hk, n*rep*L, D)
    op = op.view(G, Hk, n, rep, L, D).transpose(1, 2).reshape(B, Hk, rep, L, D)
    return op + _CastMatmul.apply(pr, v.unsqueeze(2))


def _attend_prompt(q, k, v, bias, scaling: float) -> torch.Tensor:
    """q (G, Hk, rep, P, D); k/v (G, Hk, P, D); bias (G, 1, 1, P, P): causal and key padding."""
    return _recomputed(_attend_prompt_once, q, k, v, bias, scaling)


def _attend_prompt_once(q, k, v, bias, scaling: float) -> torch.Tensor:
    probs = ((q @ k.unsqueeze(2).transpose(-1, -2)).float() * scaling + bias).softmax(-1)
    return _CastMatmul.apply(probs, v.unsqueeze(2))


def _additive_mask(keep: torch.Tensor) -> torch.Tensor:
    """0 where ``keep``, -inf elsewhere (float32): added to attention scores before the softmax."""
    return torch.zeros(keep.shape, dtype=torch.float32, device=keep.device).masked_fill(~keep, float("-inf"))


def _rotate(x, cos, sin):
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin


def _layer(layer, attend, dims: tuple[int, int, int], x: torch.Tensor, cos: torch.Tensor,
           sin: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """One decoder layer over ``x`` (B, L, H): (its output, its keys (B, Hk, L, D), its values)."""
    heads, kv_heads, head_dim = dims
    B, L = x.shape[:2]
    attn, mlp = layer.self_attn, layer.mlp
    h = layer.input_layernorm(x)
    qk = _rotate(torch.cat([attn.q_proj(h), attn.k_proj(h)], -1).view(B, L, heads + kv_heads, head_dim), cos, sin)
    v = attn.v_proj(h).view(B, L, kv_heads, head_dim).transpose(1, 2)
    k = qk[:, :, heads:].transpose(1, 2)
    q = qk[:, :, :heads].unflatten(2, (kv_heads, heads // kv_heads)).permute(0, 2, 3, 1, 4)  # (B, Hk, rep, L, D)
    o = attend(q, k, v, attn.scaling)
    x = x + attn.o_proj(o.permute(0, 3, 1, 2, 4).reshape(B, L, heads * head_dim))
    h = layer.post_attention_layernorm(x)
    return x + mlp.down_proj(F.silu(mlp.gate_proj(h)) * mlp.up_proj(h)), k, v


def _run_layers(model, tokens: torch.Tensor, positions: torch.Tensor, attend,
                kv: list | None = None, recompute: bool = False) -> torch.Tensor:
    """The decoder over ``tokens`` (B, L) at ``positions`` (B, L), each layer's attention done by
    ``attend(layer index, q (B, Hk, rep, L, D), k (B, Hk, L, D), v (B, Hk, L, D), scaling)``,
    which returns (B, Hk, rep, L, D). Returns the final (normed) hidden states (B, L, H); ``kv``
    gathers each layer's (keys, values).

    ``recompute`` (with grad): each layer keeps only its input for the backward and runs again
    there (activation checkpointing per layer; ``attend`` must then have no side effects). A
    1,280-token prompt kept ~1 GB of activations until its group's last response part was done
    (docs/tuning.md, "Peak memory and CJK targets (session 34)"); its keys/values, which the
    responses read, are the layers' outputs and stay."""
    base = unwrap(model)
    inner, cfg = base.model, base.config
    heads, kv_heads = cfg.num_attention_heads, cfg.num_key_value_heads
    dims = (heads, kv_heads, getattr(cfg, "head_dim", None) or cfg.hidden_size // heads)
    x = inner.embed_tokens(tokens)
    cos, sin = inner.rotary_emb(x, positions)  # (B, L, D)
    cos, sin = cos[:, :, None], sin[:, :, None]  # (B, L, 1, D): one rotation for query and key heads
    recompute = recompute and torch.is_grad_enabled()
    for i, layer in enumerate(inner.layers):
        step = functools.partial(_layer, layer, functools.partial(attend, i), dims)
        if recompute:
            x, k, v = checkpoint(step, x, cos, sin, use_reentrant=False, preserve_rng_state=False)
        else:
            x, k, v = step(x, cos, sin)
        if kv is not None:
            kv.append((k, v))
    return inner.norm(x)


def forward_prompts(model, ids: torch.Tensor, mask: torch.Tensor, n: int, recompute: bool = False) -> PromptForward:
    """Right-padded prompts ``ids``/``mask`` (G, P) through the decoder, as their groups'
    responses need them: the last token's final hidden state and every layer's keys/values.

    Own attention instead of transformers' (on CPU, torch's flash-attention kernel is a visible
    share of an update: docs/tuning.md; the query heads of a key/value head are stacked instead of
    the keys repeated). A right pad attends to the prompt before it, so no
    query row has every key masked. ``recompute``: the layers run again in the backward instead
    of keeping their activations (``_run_layers``).
    """
    P = ids.shape[1]
    bias = _additive_mask(torch.ones(P, P, dtype=torch.bool, device=ids.device).tril()[None]
                          & mask[:, None, :].bool())[:, None, None]  # (G, 1, 1, P, P)
    # a recomputed layer recomputes its attention with it: no second checkpoint inside
    attend_prompt = _attend_prompt_once if recompute else _attend_prompt

    def attend(i, q, k, v, scaling):
        return attend_prompt(q, k, v, bias, scaling)

    pos = torch.arange(P, device=ids.device).expand(ids.shape[0], P)
    kv: list = []
    hidden = _run_layers(model, ids, pos, attend, kv, recompute)
    lengths = mask.sum(-1)
    last = hidden.gather(1, (lengths - 1)[:, None, None].expand(-1, 1, hidden.shape[-1]))[:, 0]
    prompt_bias = _additive_mask(mask.bool())[:, None, None, None, :]  # (G, 1, 1, 1, P)
    return PromptForward(last, lengths, SharedPrompt([k for k, _ in kv], [v for _, v in kv], prompt_bias, n))


def forward_responses(model, prompt: SharedPrompt, tokens: torch.Tensor, positions: torch.Tensor,
                      key_mask: torch.Tensor | None = None) -> torch.Tensor:
    """Final hidden states (B, L, H) of response ``tokens`` (B, L) at ``positions`` (B, L), the
    whole response at once (the training forward), ``key_mask`` (B, L) masking padded keys."""
    L = tokens.shape[1]
    resp_bias = None
    if L > 1 or key_mask is not None:
        keep = torch.ones(L, L, dtype=torch.bool, device=tokens.device).tril()[None]
        if key_mask is not None:
            keep = keep & key_mask[:, None, :L].bool()
        resp_bias = _additive_mask(keep)[:, None, None]  # (B, 1, 1, L, L)

    def attend(i, q, k, v, scaling):
        return _attend(q, k, v, prompt.keys[i], prompt.values[i], prompt.bias, resp_bias, scaling, prompt.n)

    return _run_layers(model, tokens, positions, attend)
