"""Prompts for the local engine: records or EasyR1 rows -> chat-templated token ids + ground
truths, in a resumable, seeded order.

Prompts are tokenised once at start-up (never again per step). The order is a pure function of
(seed, epoch), so the data-order state saved in a checkpoint is just ``(epoch, cursor)``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from raiden_r1.errors import RaidenError


@dataclass
class Prompt:
    ids: list[int]
    ground_truth: Any  # raiden_r1.data.ground_truth.GroundTruth, or anything a custom reward takes
    text: str  # the templated prompt, for sample logs
    focus: str = ""
    language: str = ""
    record: Any = None  # the RAIDEN-R1 record it was built from (None for EasyR1 rows): the SFT target


def encode_messages(tokenizer, messages: list[dict[str, str]]) -> tuple[list[int], str]:
    if not getattr(tokenizer, "chat_template", None):
        raise RaidenError("the model's tokenizer has no chat template; use an instruct model")
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    return list(ids), text


@dataclass(frozen=True)
class RowFormat:
    """How EasyR1 reads a row (data.prompt_key, data.answer_key, data.format_prompt)."""

    prompt_key: str = "prompt"
    answer_key: str = "answer"
    format_prompt: str | None = None  # a jinja file rendered with content=<the row's prompt>


def _is_row(obj: Any, fmt: RowFormat) -> bool:
    """An EasyR1 row rather than a RAIDEN-R1 record: it has the prompt and answer keys and none of
    a record's own fields."""
    return (isinstance(obj, dict) and fmt.prompt_key in obj and fmt.answer_key in obj
            and "character_profile" not in obj and "question" not in obj)


def _template_text(fmt: RowFormat) -> str | None:
    if fmt.format_prompt is None:
        return None
    try:
        return Path(fmt.format_prompt).read_text(encoding="utf-8")
    except OSError as e:
        raise RaidenError(f"data.format_prompt: {fmt.format_prompt}: {e.strerror or e}") from None


def _row_facets(answer: Any) -> tuple[str, str]:
    """(focus, language) from a row's ground truth, when it is the converter's JSON."""
    import json

    gt = answer
    if isinstance(answer, str):
        try:
            gt = json.loads(answer)
        except ValueError:
            return "", ""
    return (str(gt.get("focus") or ""), str(gt.get("language") or "")) if isinstance(gt, dict) else ("", "")


def load_prompts(files: Sequence[str | Path], tokenizer, layout: str, max_prompt_length: int,
                 focus: Sequence[str] = (), language: Sequence[str] = (),
                 rows: RowFormat = RowFormat(), style: str = "full") -> tuple[list[Prompt], int]:
    """Prompts of every record or row that passes the filters; returns (prompts, number dropped as
    too long). A file of RAIDEN-R1 records is prompted with ``layout`` (``user``: through the
    format prompt, as EasyR1 would see the converted row); a file of EasyR1 rows exactly as EasyR1
    prompts it: ``row[prompt_key]`` rendered through the format prompt (if any) as one user turn,
    ``row[answer_key]`` handed to the reward unchanged. ``style`` (data.prompt_style) renders records
    in the system layout (data.prompt.record_messages)."""
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.prompt import apply_format_prompt, record_messages, record_problem
    from raiden_r1.data.records_io import load_records, read_rows

    template = _template_text(rows)
    prompts: list[Prompt] = []
    too_long = 0

    def add(messages, ground_truth, f: str, lang: str, record=None) -> None:
        nonlocal too_long
        if (focus and f not in focus) or (language and lang not in language):
            return
        ids, text = encode_messages(tokenizer, messages)
        if len(ids) > max_prompt_length:
            too_long += 1
            return
        prompts.append(Prompt(ids, ground_truth, text, f, lang, record))

    for f in files:
        raw = read_rows(f)
        if raw and _is_row(raw[0], rows):
            for i, row in enumerate(raw):
                if not _is_row(row, rows):
                    raise RaidenError(f"{f}: row {i}: expected the keys {rows.prompt_key!r} and {rows.answer_key!r} "
                                      f"(data.prompt_key, data.answer_key) like the first row")
                content = str(row[rows.prompt_key])
                text = content if template is None else apply_format_prompt(content, template)
                add([{"role": "user", "content": text}], row[rows.answer_key], *_row_facets(row[rows.answer_key]))
            continue
        for rec in load_records(f):
            if layout == "user" and template is not None:
                messages = [{"role": "user", "content": apply_format_prompt(record_problem(rec), template)}]
            else:
                messages = record_messages(rec, layout=layout, style=style)
            add(messages, record_ground_truth(rec), rec.metadata.focus, rec.metadata.language, rec)
    if not prompts:
        why = f" ({too_long} longer than data.max_prompt_length={max_prompt_length})" if too_long else ""
        raise RaidenError(f"{', '.join(map(str, files))}: no training prompts left after filters{why}")
    return prompts, too_long


class PromptSampler:
    """Hands out ``k`` prompts per step, epoch after epoch, reshuffled per epoch from (seed, epoch).

    ``rates`` (data.language_weights) maps a label (a prompt's language) to the share of that
    label's prompts an epoch keeps, drawn afresh from (seed, epoch): a language present in the
    batches at a fraction of its size. Labels without a rate keep all their prompts; without
    rates the order is exactly the unweighted one."""

    def __init__(self, size: int, seed: int, shuffle: bool = True, labels: Sequence[str] = (),
                 rates: Mapping[str, float] | None = None):
        self.size, self.seed, self.shuffle = size, seed, shuffle
        self.rates = dict(rates or {})
        if self.rates and len(labels) != size:
            raise ValueError(f"PromptSampler: {len(labels)} labels for {size} prompts")
        self.labels = list(labels)
        self.epoch, self.cursor = 0, 0

    def _order(self, epoch: int) -> list[int]:
        order = list(range(self.size))
        if self.rates:
            rng = random.Random(f"{self.seed}:{epoch}:rates")
            dropped: set[int] = set()
            for label, rate in sorted(self.rates.items()):
                members = [i for i in order if self.labels[i] == label]
                if members:
                    # at least one: a language named with a weight is meant to be seen
                    kept = rng.sample(members, max(1, round(rate * len(members))))
                    dropped |= set(members) - set(kept)
            order = [i for i in order if i not in dropped]
        if self.shuffle:
            random.Random(f"{self.seed}:{epoch}").shuffle(order)
        return order

    @property
    def epoch_size(self) -> int:
        """Prompts per epoch: every epoch keeps the same count of each language."""
        return len(self._order(0))

    def next(self, k: int) -> list[int]:
        out: list[int] = []
        while len(out) < k:
            order = self._order(self.epoch)
            take = order[self.cursor: self.cursor + (k - len(out))]
            out += take
            self.cursor += len(take)
            if self.cursor >= len(order):
                self.epoch, self.cursor = self.epoch + 1, 0
        return out

    def state_dict(self) -> dict[str, Any]:
        state: dict[str, Any] = {"epoch": self.epoch, "cursor": self.cursor, "size": self.size, "seed": self.seed}
        if self.rates:
            state["rates"] = dict(self.rates)
        return state

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state.get("size") != self.size or state.get("seed") != self.seed:
            raise RaidenError(f"checkpoint data order was saved for {state.get('size')} prompts with seed "
                              f"{state.get('seed')}, but the data now has {self.size} with seed {self.seed}")
        if dict(state.get("rates") or {}) != self.rates:
            # the cursor counts into an epoch whose length the weights set
            raise RaidenError(f"checkpoint data order was saved with data.language_weights "
                              f"{dict(state.get('rates') or {})}, but the config now has {self.rates}")
        self.epoch, self.cursor = int(state["epoch"]), int(state["cursor"])


def length_sorted_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches of similar length, longest first (a memory problem shows up
    in the first batch, not after an hour)."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    return [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
