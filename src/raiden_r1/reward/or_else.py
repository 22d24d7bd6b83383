""""Or else" opening a clause after a finished one ("绣个荷包呗，再不就去书场听评书", "将棋を指すよ。さもなければ
釣りだな", "바둑 둬요. 아니면 낚시 가고요", "Chess mostly, or else fishing"): between two keyword items of
the gold answer it joins what the character does by turns; neither item is put in doubt. The words are
data (lexicon `or_else`); their negation and condition letters (再不就, さもなければ, 안 그러면) are
exempted in the lexicon, and the forms that offer a rival value for one slot ("再不就是无锡",
"それか函館", "그게 아니면 울산") are `alternative` words, read as hedges when no other item is there."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import find_term

from .analysis import Answer
from .lexicon import cues
from .matching import PreparedTruth

# (what may come before the connective in its clause: "and otherwise", "可再不然")
_LEADS = ("and ", "but ", "or ", "可", "那", "")


def opening_or_else(ans: Answer, j: int) -> str | None:
    """The "or else" word clause ``j`` opens with, if any."""
    return _opening_word(ans.clauses[j].text, ans.language)


# (hedges.py asks this of every clause for every keyword occurrence: a pure function of the clause
# text, so each text is read once)
@lru_cache(maxsize=65536)
def _opening_word(text: str, language: str) -> str | None:
    text = text.lstrip()
    for w in cues(language).get("or_else") + (cues("en").get("or_else") if language != "en" else ()):
        for lead in _LEADS:
            head = lead + w
            if text.startswith(head) and (not w.isascii() or text[len(head):len(head) + 1] in ("", " ")):
                return w
    return None


def _holds_other_item(ans: Answer, j: int, prep: PreparedTruth, index: int) -> bool:
    cl = ans.clauses[j]
    text = ans.match[cl.start:cl.end]
    return any(find_term(text, a) != -1 for i, alts in enumerate(prep.items) if i != index for a in alts)


def _bare(ans: Answer, j: int, word: str) -> bool:
    """Clause ``j`` is the connective alone ("and if not that", "or else"): its value is in the next clause."""
    return len(ans.clauses[j].text.strip()) <= len(word) + 9 and j + 1 < len(ans.clauses)


def joins_items(ans: Answer, ci: int, j: int, prep: PreparedTruth, index: int) -> bool:
    """Clause ``j`` opens with "or else" and names another keyword item (or is the connective alone
    before a clause that does): a turn of what one does, beside the item of clause ``ci`` before it."""
    if j <= ci or (w := opening_or_else(ans, j)) is None:
        return False
    return _holds_other_item(ans, j, prep, index) or (_bare(ans, j, w) and _holds_other_item(ans, j + 1, prep, index))


def after_items(ans: Answer, ci: int, prep: PreparedTruth, index: int) -> bool:
    """The keyword's clause ``ci`` opens with "or else" (or follows the connective alone) and an
    earlier clause names another item."""
    if opening_or_else(ans, ci) is not None:
        start = ci
    elif ci > 0 and (w := opening_or_else(ans, ci - 1)) is not None and _bare(ans, ci - 1, w):
        start = ci - 1
    else:
        return False
    return any(_holds_other_item(ans, j, prep, index) for j in range(start))
