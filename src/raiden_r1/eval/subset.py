"""A fixed-seed evaluation subset that keeps what the figures need.

The quickstart evaluates three models on the held-out split within its time budget; when the
split is larger than the budget allows, it evaluates the same subset for all three (so that the
paired McNemar tests stay paired): every conversation-memory item first (there are few, and the
CM goal needs at least 40), then script-knowledge items drawn per language in proportion to the
split, so that every language keeps its share.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Sequence

CM_FOCUS = "conversation_memory"


def stratified_subset(records: Sequence, size: int, seed: int = 0) -> list:
    """``size`` records of ``records`` (all of them when ``size >= len(records)``), in file order:
    every CM record (a seeded sample of them if they alone exceed ``size``), then the other records
    drawn per language in proportion to their counts (largest remainders), seeded."""
    if size >= len(records):
        return list(records)
    rng = random.Random(seed)
    cm = [i for i, r in enumerate(records) if r.metadata.focus == CM_FOCUS]
    if len(cm) >= size:
        return [records[i] for i in sorted(rng.sample(cm, size))]
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r.metadata.focus != CM_FOCUS:
            by_lang[r.metadata.language].append(i)
    room, total = size - len(cm), sum(len(v) for v in by_lang.values())
    quotas = {lang: room * len(v) / total for lang, v in by_lang.items()}
    take = {lang: int(q) for lang, q in quotas.items()}
    # the seats left after rounding down go to the largest remainders (ties: language order)
    for lang in sorted(quotas, key=lambda k: (-(quotas[k] - take[k]), k))[:room - sum(take.values())]:
        take[lang] += 1
    chosen = set(cm)
    for lang in sorted(by_lang):
        chosen.update(rng.sample(by_lang[lang], take[lang]))
    return [records[i] for i in sorted(chosen)]
