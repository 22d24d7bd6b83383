"""Where a report ends. "実直だと言われるが、頑固が玉に瑕でござる", "人家都说我实诚，可我其实挺倔",
"People call me honest, but I'm stubborn": the report ("people say") covers its own clause, and a
turn ("but", "が", "可是", "지만") after it starts a clause the speaker asserts. The hearsay checks
(assertion.py) read the clauses before a keyword in its sentence; :func:`report_closed` cuts them at
the last such turn, so a report about one clause does not take the next, plainly asserted one.

A turn alone does not close an English or Chinese report, whose verb comes first and may govern both
halves ("They say I'm honest but stubborn"): the turned clause must speak for itself (a first person,
or "really", "其实"). In Japanese and Korean the report's verb ends its clause ("と言われる",
"라고들 한다"), so a turn after that verb closes it. Words: lexicon/report_scope.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from .analysis import Answer, cue_in_text
from .lexicon import _entries, _load_yaml, cues, starts_with, word_in

_KINDS = ("contrast_end", "contrast_start", "own_markers")


@lru_cache(maxsize=8)
def _words(language: str) -> dict[str, tuple[str, ...]]:
    data = _load_yaml("report_scope")
    out = {}
    for kind in _KINDS:
        table = data.get(kind) or {}
        if not isinstance(table, dict):
            raise ValueError(f"lexicon/report_scope.yaml: {kind}: expected language -> list of words")
        out[kind] = _entries(table.get(language) or [], f"lexicon/report_scope.yaml: {kind}: {language}")
    return out


def _reported(text: str, language: str) -> bool:
    return any(cue_in_text(text, language, k) for k in ("hearsay", "rumour"))


def _own_voice(text: str, language: str, words: dict[str, tuple[str, ...]]) -> bool:
    if language in ("ja", "ko"):
        return True  # (the report's verb closed its clause before the turn)
    return word_in(text, words["own_markers"]) is not None or word_in(text, cues(language).get("first_person")) is not None


def report_closed(ans: Answer, ci: int, earlier: str) -> str:
    """``earlier`` (the clauses before clause ``ci`` in its sentence, joined), cut after the last
    reported clause that a turn closes; unchanged when there is none."""
    lang = ans.language if ans.language in ("en", "zh", "ja", "ko") else "en"
    if not earlier:
        return earlier
    words = _words(lang)
    sentence = ans.clauses[ci].sentence
    first = ci
    while first > 0 and ans.clauses[first - 1].sentence == sentence:
        first -= 1
    cut = None
    for k in range(first + 1, ci + 1):
        before = " ".join(c.text for c in ans.clauses[first:k])
        turn = starts_with(ans.clauses[k].text, words["contrast_start"]) is not None or (
            lang in ("ja", "ko") and any(ans.clauses[k - 1].text.endswith(w) for w in words["contrast_end"]))
        if not turn or not _reported(before, lang):
            continue
        after = " ".join(c.text for c in ans.clauses[k:ci + 1])
        if _own_voice(after, lang, words) and not _reported(after, lang):  # ("…, but they also say Y")
            cut = k
    if cut is None:
        return earlier
    return " ".join(c.text for c in ans.clauses[cut:ci])
