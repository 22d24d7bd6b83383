"""Characters a build keeps little of (review 76): one sentence the cues misread dropped every
draft of a card, and the build said only "36 dropped", so nobody saw that a character (there,
the only Japanese one) was gone. The summary names each such character and its main reason."""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping, Sequence


def thin_character_warnings(names: Iterable[str], kept: Mapping[str, Sequence],
                            dropped: Sequence[Mapping[str, str]]) -> list[str]:
    """One line per character that keeps fewer than half of its drafts (kept plus dropped),
    naming the character, the counts and the commonest drop reason."""
    reasons: dict[str, Counter] = {}
    for row in dropped:
        reasons.setdefault(row["character"], Counter())[row["reason"]] += 1
    lines = []
    for name in names:
        n_kept = len(kept.get(name, ()))
        lost = reasons.get(name, Counter())
        total = n_kept + sum(lost.values())
        if total and n_kept * 2 < total:
            reason, count = lost.most_common(1)[0]
            lines.append(f"character {name!r} kept {n_kept} of {total} drafts "
                         f"(main drop reason: {reason}, {count})")
    return lines
