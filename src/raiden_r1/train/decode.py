"""One decode step of a Llama-style decoder with as few and as cheap operations as we can.

A rollout of SmolLM2-135M (16 rows x 48 tokens, 2-core CPU) spends almost all of its time in
decode steps of one token per row, where the work is small and the per-operation costs decide:

- **Packed weights.** oneDNN re-lays a weight out into its blocked format on every plain
  ``F.linear`` call; for 16 rows that relayout costs about as much as the product itself. On CPU
  (bfloat16 or float32) each projection is packed once per rollout and multiplied with
  ``torch.ops.mkldnn._linear_pointwise``, the op torch.compile's CPU backend uses for frozen
  weights: the same values in bfloat16 (the tests allow rounding), in well under the time of
  the plain calls (docs/tuning.md). q/k/v and gate/up are fused first.
- **Whole-buffer attention.** Each row's keys/values (prompt copied into it once, responses
  written in place) live in one zero-initialised buffer of prompt + max new tokens; every step
  attends over the whole buffer with ``-inf`` on padding and not-yet-written positions. A slice
  ``[:T]`` would make matmul copy the keys on every call (half of the attention's time).

Everything else is what transformers computes: its RMSNorm and rotary modules, the same
rotation, float32 softmax. LoRA-adapted projections run as their modules (neither fused nor
packed). What both bought is measured in docs/tuning.md ("Step speed"). The
prompts themselves run once (``prefill``, shared_prefix.py's own attention), optionally with
autograd on so that the update can start from them.
"""

from __future__ import annotations

from typing import Callable

import torch
import torch.nn.functional as F

from .logprobs import right_align
from .modeling import unwrap
from .shared_prefix import PromptForward, SharedPrompt, forward_prompts


def can_pack(weight: torch.Tensor) -> bool:
    """Whether this torch can multiply by ``weight`` through a pre-packed oneDNN layout."""
    if weight.device.type != "cpu" or weight.dtype not in (torch.bfloat16, torch.float32):
        return False
    ops = getattr(torch.ops, "mkldnn", None)
    if not torch.backends.mkldnn.is_available() or not all(
            hasattr(ops, name) for name in ("_reorder_linear_weight", "_linear_pointwise")):
        return False
    return weight.dtype != torch.bfloat16 or bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())


def dense(weight: torch.Tensor, bias: torch.Tensor | None, rows: int) -> Callable[[torch.Tensor], torch.Tensor]:
    """``x -> F.linear(x, weight, bias)``, with the weight packed once where ``can_pack`` allows;
    ``rows`` is the number of rows the product will mostly see (oneDNN picks its blocking by it)."""
    if not can_pack(weight):
        return lambda x: F.linear(x, weight, bias)
    packed = torch.ops.mkldnn._reorder_linear_weight(weight.detach(), rows)
    bias = None if bias is None else bias.detach()
    return lambda x: torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [], "")


def fuse_projections(model) -> list | None:
    """Per layer (q/k/v weight, bias, gate/up weight, bias) concatenated; None unless every
    projection is a plain ``nn.Linear`` (LoRA layers must run as modules)."""
    layers = unwrap(model).model.layers
    mods = [(L.self_attn.q_proj, L.self_attn.k_proj, L.self_attn.v_proj, L.mlp.gate_proj, L.mlp.up_proj)
            for L in layers]
    if any(type(m) is not torch.nn.Linear for group in mods for m in group):
        return None
    if any(len({m.bias is None for m in part}) > 1 for group in mods for part in (group[:3], group[3:])):
        return None  # some with a bias, some without: no single fused bias

    def cat(ms):
        w = torch.cat([m.weight for m in ms])
        b = torch.cat([m.bias for m in ms]) if all(m.bias is not None for m in ms) else None
        return w, b

    return [(*cat(group[:3]), *cat(group[3:])) for group in mods]


def _module_or_dense(module, rows: int):
    if type(module) is torch.nn.Linear:
        return dense(module.weight, module.bias, rows)
    return module


def prefill(model, prompt_ids: torch.Tensor, prompt_mask: torch.Tensor, n: int) -> PromptForward:
    """Left-padded prompts (G, P) through the model once, for their ``n`` responses each. The
    prompts run right-padded (a left pad would be a query row with every key masked: NaN)."""
    return forward_prompts(model, *right_align(prompt_ids, prompt_mask), n)


class Decoder:
    """One token per row per call; the prompt's keys/values copied once into each row's buffer."""

    def __init__(self, model, prompt: SharedPrompt, batch: int, max_new_tokens: int):
        self._init_ops(model, batch)
        n, P = prompt.n, prompt.keys[0].shape[2]
        self.prompt_len, self.length = P, 0
        shape = (batch, self.kv_heads, P + max_new_tokens, self.head_dim)
        self.past = []
        for pk, pv in zip(prompt.keys, prompt.values):
            # zeros, not empty: unwritten positions get probability 0, and 0 * NaN would be NaN
            kbuf, vbuf = pk.new_zeros(shape), pv.new_zeros(shape)
            kbuf[:, :, :P] = pk.detach().repeat_interleave(n, 0)
            vbuf[:, :, :P] = pv.detach().repeat_interleave(n, 0)
            self.past.append((kbuf, vbuf))
        self.bias = torch.full((batch, 1, 1, P + max_new_tokens), float("-inf"), device=pk.device)
        self.bias[..., :P] = prompt.bias.reshape(-1, P).repeat_interleave(n, 0)[:, None, None]

    def _init_ops(self, model, batch: int) -> None:
        """The model's modules and packed weights for steps of ``batch`` rows."""
        base = unwrap(model)
        self.inner, cfg = base.model, base.config
        self.heads, self.kv_heads = cfg.num_attention_heads, cfg.num_key_value_heads
        self.head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // self.heads
        fused = fuse_projections(model)  # not kept: only the packed copies are needed after this
        self.layers = [self._layer_ops(layer, batch, fused[i] if fused else None)
                       for i, layer in enumerate(self.inner.layers)]
        self.head = _module_or_dense(base.get_output_embeddings(), batch)
        self.scaling = self.inner.layers[0].self_attn.scaling

    @staticmethod
    def _layer_ops(layer, rows: int, fused: tuple | None) -> tuple:
        attn, mlp = layer.self_attn, layer.mlp
        if fused is not None:
            qkv_w, qkv_b, gate_up_w, gate_up_b = fused
            qkv, gate_up = dense(qkv_w, qkv_b, rows), dense(gate_up_w, gate_up_b, rows)
        else:  # adapters (LoRA): each projection as its module
            qkv = lambda h, a=attn: torch.cat([a.q_proj(h), a.k_proj(h), a.v_proj(h)], -1)  # noqa: E731
            gate_up = lambda h, m=mlp: torch.cat([m.gate_proj(h), m.up_proj(h)], -1)  # noqa: E731
        return (layer.input_layernorm, qkv, _module_or_dense(attn.o_proj, rows), layer.post_attention_layernorm,
                gate_up, _module_or_dense(mlp.down_proj, rows))

    def step(self, tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """Logits (B, vocab) after ``tokens`` (B,) at ``positions`` (B,)."""
        B, H, Hk, D = tokens.shape[0], self.heads, self.kv_heads, self.head_dim
        at = self.prompt_len + self.length
        self.bias[..., at] = 0.0
        x = self.inner.embed_tokens(tokens)  # (B, hidden)
        cos, sin = self.inner.rotary_emb(x[:, None], positions[:, None])  # (B, 1, D): one rotation for all heads
        half = D // 2
        for (norm1, qkv_proj, o_proj, norm2, gate_up_proj, down_proj), (kbuf, vbuf) in zip(self.layers, self.past):
            qkv = qkv_proj(norm1(x)).view(B, H + 2 * Hk, D)
            qk = qkv[:, :H + Hk]
            qk = qk * cos + torch.cat((-qk[..., half:], qk[..., :half]), -1) * sin
            kbuf[:, :, at] = qk[:, H:]
            vbuf[:, :, at] = qkv[:, H + Hk:]
            q = qk[:, :H].reshape(B * Hk, H // Hk, D)  # the query heads of one key/value head together
            scores = torch.bmm(q, kbuf.flatten(0, 1).transpose(1, 2)).view(B, Hk, H // Hk, -1)
            # bias + scaling * scores in one float32 op (the bias is float32, so the sum is too)
            probs = torch.add(self.bias, scores, alpha=self.scaling).softmax(-1).to(x.dtype)
            o = torch.bmm(probs.view(B * Hk, H // Hk, -1), vbuf.flatten(0, 1))
            x = x + o_proj(o.view(B, H * D))
            gate, up = gate_up_proj(norm2(x)).chunk(2, -1)
            x = x + down_proj(F.silu(gate) * up)
        self.length += 1
        return self.head(self.inner.norm(x))
