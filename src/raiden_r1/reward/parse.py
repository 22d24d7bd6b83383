"""Splitting a response into its thinking and its final answer (docs/reward.md, "Rules").

The final answer is the text after the single closing ``</think>``; a response without any think
tag is all final answer (small base models rarely emit tags at first, and GRPO needs their correct
answers to outrank their wrong ones); an opened but unclosed ``<think>`` has no final answer, and
neither has a response with several closing tags (which of its parts would be the answer? Taking
any of them would let a model park text between tags; malformed output scores low instead).
Tags are matched case-insensitively and literally (``<think>`` / ``</think>``): a literal pattern
cannot backtrack, so splitting is linear in the response length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"<(/?)think>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ParsedResponse:
    thinking: str | None  # text of the first think block; None without a closed block
    final_answer: str  # stripped; "" when there is none (unclosed, or several closing tags)
    well_formed: bool  # exactly one think block, at the start, then a non-empty answer
    has_think: bool  # a closed, non-empty <think> ... </think> block exists
    unclosed: bool  # a <think> that is never closed (no final answer then)
    open_tags: int
    close_tags: int


def _tags(response: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_closing) of every think tag, in order."""
    lt = response.count("<")
    if not lt:
        return []
    if lt == 2:  # the usual shape: both '<' are ours when both tags are found
        i, j = response.find("<think>"), response.find("</think>")
        if i != -1 and j != -1:
            return [(i, i + 7, False), (j, j + 8, True)] if i < j else [(j, j + 8, True), (i, i + 7, False)]
    opens, closes = response.count("<think>"), response.count("</think>")
    if opens + closes != lt:  # other '<' or tags in other cases: the general (slower) path
        return [(m.start(), m.end(), bool(m.group(1))) for m in _TAG.finditer(response)]
    tags = []
    for tag, closing in (("<think>", False), ("</think>", True)):
        i = response.find(tag)
        while i != -1:
            tags.append((i, i + len(tag), closing))
            i = response.find(tag, i + 1)
    tags.sort()
    return tags


def split_response(response: str) -> ParsedResponse:
    tags = _tags(response)
    if not tags:
        answer = response.strip()
        return ParsedResponse(None, answer, False, False, False, 0, 0)
    closes = sum(1 for t in tags if t[2])
    opens = len(tags) - closes
    if not tags[-1][2]:
        # Opened and never closed (or re-opened after the last close): the model is still
        # "thinking" when it stops, so nothing it wrote counts as its answer.
        return ParsedResponse(None, "", False, False, True, opens, closes)
    first = tags[0]
    thinking = None
    if not first[2]:  # an opening tag before the first closing one: a real think block
        # Only the first block is the thinking: text in later blocks is neither thinking nor
        # answer, so repeating blocks cannot buy thinking credit.
        thinking = response[first[1]:tags[1][0]].strip()
    has_think = bool(thinking)
    answer = response[tags[-1][1]:].strip() if closes == 1 else ""
    well_formed = has_think and len(tags) == 2 and bool(answer) and not response[:first[0]].strip()
    return ParsedResponse(thinking, answer, well_formed, has_think, False, opens, closes)
