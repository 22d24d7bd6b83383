"""A wish for what is not (session 34, r13): "고블린 토벌에 금화 3개… 그런 좋은 의뢰가 있었으면 좋겠네요!",
"コタロウだったらいいのに". Frames' wish rule (frames.wished_for) also reads the sentence after the keyword's, so
its table must stay with words that are plans; these wishes are read only in the keyword's clause, or in the
clause right after it (its sentence or the next) when that opens pointing back at the keyword ("그런…", "そんな…"). A wish in a
later sentence ("고구마가 제일 좋다멍! 매일 먹었으면 좋겠다멍": more of what it has) is left alone. Tables in
lexicon/wished_such.yaml."""

from __future__ import annotations

from functools import lru_cache

from .analysis import Answer
from .lexicon import _entries, _load_yaml


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, tuple[str, ...]]]:
    data = _load_yaml("wished_such")
    return {kind: {lang: _entries(words, f"lexicon/wished_such.yaml: {kind}: {lang}") for lang, words in table.items()}
            for kind, table in data.items()}


def wished_such(ans: Answer, ci: int, lang: str) -> str | None:
    """The wish cue said of the keyword's clause ``ci`` (above), else None."""
    wishes = _tables()["wish"].get(lang)
    if not wishes:
        return None
    cl = ans.clauses[ci]
    if (cue := next((w for w in wishes if w in cl.text), None)):
        return cue
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is None or nxt.sentence - cl.sentence > 1 or not nxt.text.startswith(_tables()["pointing_back"][lang]):
        return None
    return next((w for w in wishes if w in nxt.text), None)
