"""The policy backend: every forward of the policy that GRPO, SFT, evaluation and chat run.

Callers never pick a computation path themselves; they get a :class:`PolicyBackend` and ask it
for what they need:

- ``response_log_probs``: per-token log-probs (and entropy) of responses given their prompts,
  ``n`` responses per prompt (GRPO's update and its old/reference log-probs; SFT's loss, its
  examples' common prompt prefix playing the prompt);
- ``prompt_forward``: the prompts run once and kept (with their graph), for response forwards
  that follow (SFT's batch prefix); ``None`` where the backend cannot;
- ``generate``: ``n`` sampled (or greedy) responses per prompt (GRPO rollouts, validation);
- ``greedy``: greedy answers to many prompts in batches (evaluation);
- ``stream``: one reply's text as it is generated (chat).

Two implementations. :class:`ReferenceBackend` is transformers' own forward and ``generate``:
the obviously correct computation, for any causal LM. :class:`FastBackend` runs the shared-prefix
paths (shared_prefix.py, decode.py, prefix_greedy.py: each prompt, or each character's common
prefix, run once; the lean decode step), whose reasons and measured savings are in
docs/tuning.md; for a model or a setting those paths do not compute exactly it falls back to the
reference. Both delegate to the tested functions of logprobs.py, rollout.py and prefix_greedy.py;
tests/train/test_backend.py checks that they agree.

``worker.actor.model.shared_prefix`` chooses (``backend_for``): true (the default) the fast one.
"""

from __future__ import annotations

import threading
from typing import Iterator, Protocol, Sequence

import torch

from . import rollout
from . import shared_prefix as shared
from .data import length_sorted_batches
from .logprobs import TokenStats, response_log_probs, shared_prompt_log_probs

# (indices into the caller's prompts, their greedy answers' token ids, each cut after its first stop token)
GreedyBatch = tuple[list[int], list[list[int]]]


class PolicyBackend(Protocol):
    name: str

    def response_log_probs(self, model, prompt_ids: torch.Tensor, prompt_mask: torch.Tensor,
                           response_ids: torch.Tensor, response_mask: torch.Tensor, n: int,
                           temperature: float = 1.0, with_entropy: bool = False,
                           prompt_forward: shared.PromptForward | None = None,
                           score_mask: torch.Tensor | None = None) -> TokenStats:
        """Log-probs (B, R) of ``response_ids`` (B = G * n, right-padded, ``response_mask``) after
        the left-padded ``prompt_ids`` (G, P), rows ``g*n .. g*n+n-1`` answering prompt ``g``;
        logits divided by ``temperature``; grad flows where enabled. ``prompt_forward``: the
        prompts' forward already done (by this backend's ``prompt_forward`` or ``generate``).
        ``score_mask``: the positions (within ``response_mask``) whose log-probs are wanted, the
        others read as context only and left 0 (SFT's prompt tails); default all of them."""

    def prompt_forward(self, model, ids: torch.Tensor, mask: torch.Tensor,
                       n: int) -> shared.PromptForward | None:
        """Right-padded prompts (G, P) run once for ``n`` responses each, with grad where enabled;
        None where this backend runs prompts together with their responses."""

    def generate(self, model, tokenizer, prompts: Sequence[Sequence[int]], n: int, max_new_tokens: int,
                 temperature: float = 1.0, top_p: float = 1.0, greedy: bool = False,
                 generator: torch.Generator | None = None, min_new_tokens: int = 0,
                 keep_prompt_graph: bool = False, top_k: int = -1) -> rollout.RolloutBatch:
        """``n`` responses per tokenised prompt (rollout.generate's contract). With
        ``keep_prompt_graph`` the batch may carry the prompts' forward for the update."""

    def greedy(self, model, prompts: Sequence[Sequence[int]], batch_size: int, max_new_tokens: int,
               stop_ids: Sequence[int], pad_id: int) -> Iterator[GreedyBatch]:
        """Greedy answers to tokenised prompts, batch by batch, in any order."""

    def stream(self, model, tokenizer, prompt: Sequence[int], max_new_tokens: int,
               temperature: float) -> Iterator[str]:
        """The text of one reply as it is generated (``temperature`` 0: greedy), special tokens
        skipped; stops at the end-of-turn token."""


def _leading_pad(mask: torch.Tensor) -> int:
    """Columns that are padding in every row of a left-padded mask."""
    return int((mask.sum(0) == 0).sum().item())


def _trim(prompt_ids: torch.Tensor, prompt_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The prompts without the padding columns every row has (always keeping one column)."""
    left = min(_leading_pad(prompt_mask), prompt_mask.shape[1] - 1)
    return prompt_ids[:, left:], prompt_mask[:, left:]


def _cut_after_stop(ids: Sequence[int], stops: set[int]) -> list[int]:
    return list(ids[:next((k + 1 for k, t in enumerate(ids) if t in stops), len(ids))])


def _streamed(run, tokenizer) -> Iterator[str]:
    """Text pieces of ``run(streamer)``, which runs in a thread and feeds the streamer; an error
    there is raised here once the text so far is out (not a consumer waiting forever)."""
    from transformers import TextIteratorStreamer

    streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
    failed: list[BaseException] = []

    def work() -> None:
        try:
            run(streamer)
        except BaseException as e:  # handed to the consumer below
            failed.append(e)
            streamer.end()

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    yield from streamer
    worker.join()
    if failed:
        raise failed[0]


class ReferenceBackend:
    """transformers' forward and ``generate``, nothing of our own but the sampling loop.

    ``full_rows``: the model keeps no KV cache (gradient checkpointing): each group's responses
    then run as ``n`` full ``[prompt | response]`` rows, one group at a time, without padding (a
    left pad would be a query row with every key masked: NaN gradients on some CUDA kernels).
    Otherwise each prompt runs once through transformers' forward, its cache repeated n-fold.
    """

    name = "reference"

    def __init__(self, full_rows: bool = False):
        self.full_rows = full_rows

    def response_log_probs(self, model, prompt_ids, prompt_mask, response_ids, response_mask, n,
                           temperature=1.0, with_entropy=False, prompt_forward=None, score_mask=None) -> TokenStats:
        if prompt_forward is not None:
            raise ValueError("the reference backend runs prompts with their responses; it takes no prompt_forward")
        if not self.full_rows:
            ids, mask = _trim(prompt_ids, prompt_mask)
            return shared_prompt_log_probs(model, ids, mask, response_ids, response_mask, n, temperature,
                                           with_entropy, shared_prefix=False, score_mask=score_mask)
        width = response_ids.shape[1]
        lps, ents = [], []
        for g in range(prompt_ids.shape[0]):
            rows = slice(g * n, (g + 1) * n)
            w = max(1, int(response_mask[rows].sum(-1).max().item()))
            rmask, resp = response_mask[rows][:, :w], response_ids[rows][:, :w]
            prompt, pmask = _trim(prompt_ids[g:g + 1], prompt_mask[g:g + 1])
            ids = torch.cat([prompt.expand(n, -1), resp], 1)
            attn = torch.cat([pmask.expand(n, -1), rmask.to(pmask.dtype)], 1)
            scored = score_mask[rows][:, :w] if score_mask is not None else None
            st = response_log_probs(model, ids, attn, prompt.shape[1], rmask, temperature, with_entropy,
                                    score_mask=scored)
            lps.append(torch.nn.functional.pad(st.log_probs, (0, width - w)))
            if st.entropy is not None:
                ents.append(torch.nn.functional.pad(st.entropy, (0, width - w)))
        return TokenStats(torch.cat(lps), torch.cat(ents) if ents else None)

    def prompt_forward(self, model, ids, mask, n) -> None:
        return None

    def generate(self, model, tokenizer, prompts, n, max_new_tokens, temperature=1.0, top_p=1.0, greedy=False,
                 generator=None, min_new_tokens=0, keep_prompt_graph=False, top_k=-1) -> rollout.RolloutBatch:
        return rollout.generate(model, tokenizer, prompts, n, max_new_tokens, temperature, top_p, greedy, generator,
                                shared_prefix=False, min_new_tokens=min_new_tokens, top_k=top_k)

    @torch.inference_mode()
    def greedy(self, model, prompts, batch_size, max_new_tokens, stop_ids, pad_id) -> Iterator[GreedyBatch]:
        from transformers import GenerationConfig

        device = next(model.parameters()).device
        # a fresh config: a checkpoint's own sampling defaults must not leak into greedy decoding
        cfg = GenerationConfig(max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=sorted(stop_ids),
                               pad_token_id=pad_id)
        stops = set(stop_ids)
        for batch in length_sorted_batches([len(p) for p in prompts], batch_size):
            ids, mask = rollout.left_pad([prompts[i] for i in batch], pad_id, device)
            out = model.generate(input_ids=ids, attention_mask=mask, generation_config=cfg)
            yield batch, [_cut_after_stop(row, stops) for row in out[:, ids.shape[1]:].tolist()]

    def stream(self, model, tokenizer, prompt, max_new_tokens, temperature) -> Iterator[str]:
        device = next(model.parameters()).device
        kwargs = dict(input_ids=torch.tensor([list(prompt)], device=device),
                      attention_mask=torch.ones(1, len(prompt), dtype=torch.long, device=device),
                      max_new_tokens=max_new_tokens, eos_token_id=rollout.eos_token_ids(model, tokenizer),
                      pad_token_id=tokenizer.pad_token_id, do_sample=temperature > 0)
        if temperature > 0:
            kwargs.update(temperature=temperature, top_p=1.0, top_k=0)
        return _streamed(lambda streamer: model.generate(streamer=streamer, **kwargs), tokenizer)


class FastBackend:
    """The shared-prefix paths (module docstring), the reference's computation where they do not
    apply: a decoder shared_prefix.py does not compute exactly (``shared_prefix.supports``; the
    log-probs then still run each prompt once, through transformers' forward), or a model
    without a KV cache (``full_rows``: gradient checkpointing)."""

    name = "fast"

    def __init__(self, full_rows: bool = False, recompute_prompt_tokens: int = 0):
        self.full_rows = full_rows
        self.reference = ReferenceBackend(full_rows)
        # prompts this long (or longer; 0: none) recompute their layers in the backward
        self.recompute_prompt_tokens = recompute_prompt_tokens

    def _recompute(self, ids: torch.Tensor) -> bool:
        return 0 < self.recompute_prompt_tokens <= ids.shape[1]

    def response_log_probs(self, model, prompt_ids, prompt_mask, response_ids, response_mask, n,
                           temperature=1.0, with_entropy=False, prompt_forward=None, score_mask=None) -> TokenStats:
        if prompt_forward is None and self.full_rows:
            return self.reference.response_log_probs(model, prompt_ids, prompt_mask, response_ids, response_mask, n,
                                                     temperature, with_entropy, score_mask=score_mask)
        if prompt_forward is None:
            prompt_ids, prompt_mask = _trim(prompt_ids, prompt_mask)
        return shared_prompt_log_probs(model, prompt_ids, prompt_mask, response_ids, response_mask, n, temperature,
                                       with_entropy, shared_prefix=True, prompt_forward=prompt_forward,
                                       score_mask=score_mask, recompute_prompt=self._recompute(prompt_ids))

    def prompt_forward(self, model, ids, mask, n) -> shared.PromptForward | None:
        if self.full_rows or not shared.supports(model):
            return None
        return shared.forward_prompts(model, ids, mask, n, recompute=self._recompute(ids))

    def generate(self, model, tokenizer, prompts, n, max_new_tokens, temperature=1.0, top_p=1.0, greedy=False,
                 generator=None, min_new_tokens=0, keep_prompt_graph=False, top_k=-1) -> rollout.RolloutBatch:
        # under full_rows the update must not start from a prompt forward that skipped checkpointing
        return rollout.generate(model, tokenizer, prompts, n, max_new_tokens, temperature, top_p, greedy, generator,
                                shared_prefix=True, min_new_tokens=min_new_tokens,
                                keep_prompt_graph=keep_prompt_graph and not self.full_rows, top_k=top_k)

    def prefix_path(self, model, prompts: Sequence[Sequence[int]]) -> bool:
        """Whether ``greedy`` decodes with prefix_greedy: a decoder it computes exactly, and
        prompts that do share prefixes (fewer runs than half the prompts; otherwise batches would
        shrink)."""
        from .prefix_greedy import prefix_runs

        if not prompts or min(len(p) for p in prompts) < 2 or not shared.supports(model):
            return False
        return len(prefix_runs(prompts)) <= len(prompts) / 2

    def greedy(self, model, prompts, batch_size, max_new_tokens, stop_ids, pad_id) -> Iterator[GreedyBatch]:
        if not self.prefix_path(model, prompts):
            yield from self.reference.greedy(model, prompts, batch_size, max_new_tokens, stop_ids, pad_id)
            return
        from .prefix_greedy import greedy_generate

        yield from greedy_generate(model, prompts, batch_size, max_new_tokens, sorted(stop_ids), pad_id)

    def stream(self, model, tokenizer, prompt, max_new_tokens, temperature) -> Iterator[str]:
        if not shared.supports(model):
            return self.reference.stream(model, tokenizer, prompt, max_new_tokens, temperature)

        def run(streamer) -> None:
            rollout.generate(model, tokenizer, [list(prompt)], 1, max_new_tokens, temperature or 1.0,
                             greedy=temperature == 0, shared_prefix=True, streamer=streamer)

        return _streamed(run, tokenizer)


def policy_backend(shared_prefix: bool = True, full_rows: bool = False,
                   recompute_prompt_tokens: int = 0) -> PolicyBackend:
    """The fast backend, or with ``shared_prefix=False`` the reference."""
    return FastBackend(full_rows, recompute_prompt_tokens) if shared_prefix else ReferenceBackend(full_rows)


def backend_for(cfg) -> PolicyBackend:
    """The backend a training config asks for: ``worker.actor.model.shared_prefix``; gradient
    checkpointing keeps no KV cache, so its log-probs run as full rows."""
    return policy_backend(cfg.model.shared_prefix, cfg.model.enable_gradient_checkpointing,
                          cfg.actor.prompt_recompute_tokens)
