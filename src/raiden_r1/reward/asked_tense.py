"""The tense of the asked slot against the answer's: a question about what comes next ("Where are you
heading on your next expedition?", "下次去哪儿？", "次はどこへ行くの？", "다음엔 어디 가요?") answered with the
keyword in a clause set in the past ("I went to Lakshadweep last October — the next one? Not decided
yet"): the past trip is not the next one. Not when that clause also says the future ("going back there
next month") nor when the gold answer itself puts the keyword in the past. Tables:
lexicon/asked_slot.yaml."""

from __future__ import annotations

from functools import lru_cache

from .analysis import Answer, analyse, cue_in_text
from .lexicon import word_in, word_list
from .matching import PreparedTruth


def _table(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("asked_slot", kind, lang)


@lru_cache(maxsize=4096)
def _gold_past(answer: str, keywords: tuple[str, ...], lang: str) -> bool:
    """The gold answer sets a keyword in the past in the keyword's own clause."""
    gold = analyse(answer, lang)
    for k in keywords:
        start = 0
        while k and (p := gold.match.find(k, start)) != -1:
            if word_in(gold.clauses[gold.clause_index(p)].text, _table("past_marks", lang)):
                return True
            start = p + len(k)
    return False


@lru_cache(maxsize=4096)
def _asks_next(question_norm: str, lang: str) -> bool:
    if not question_norm or cue_in_text(question_norm, lang, "habitual") or cue_in_text(question_norm, lang, "past_question"):
        return False
    if word_in(question_norm, _table("next_question_exempt", lang)):
        return False
    return bool(word_in(question_norm, _table("next_question", lang)) or cue_in_text(question_norm, lang, "plan_question"))


def asks_next(prep: PreparedTruth) -> bool:
    """The question asks about the future, and the gold answer does not set the keyword in the past."""
    lang = prep.language
    return _asks_next(prep.question_norm, lang) and not _gold_past(prep.truth.answer, prep.keyword_norms, lang)


def past_for_next(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The keyword's clause is past while the question asks what comes next: the cue, else None."""
    lang = ans.language
    if not asks_next(prep):
        return None
    text = ans.clauses[ci].text
    cue = word_in(text, _table("past_marks", lang))
    if cue is None or word_in(text, _table("future_marks", lang)):
        return None
    return cue
