"""A plan the speaker had and called off ("長谷寺へ詣でるつもりでございましたが、取りやめにいたしました",
"일산으로 이사 가려다가 취소했어요", "I was going to move to Ilsan, but I cancelled it"): the keyword is
the place or thing of an intention in the past, and a later word calls the intention off, so it is not
the speaker's plan or fact now. Both are needed: an intention in the past alone may have been carried out
("行くつもりでしたが、少し遅れました"), and a cancellation alone may be another plan's ("会議は中止").

Read in the keyword's sentence after it and in the next sentence; the cancellation must come after the
intention. Not caught: a plan undone without a word of cancelling ("…つもりでしたが、母が倒れまして")."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term, canonical

from .analysis import Answer
from .clause_text import clause_before, clause_rest
from .matching import PreparedTruth

# An intention put in the past (what follows the keyword's verb).
_INTENT = {
    "ja": ("つもりでした", "つもりだった", "つもりでございました", "つもりでおりました", "つもりであった", "つもりやった", "つもりじゃった",
           "予定でした", "予定だった", "予定でございました", "うと思っていた", "うと思っておりました", "うと思ってました", "うと思ってた",
           "うとしていた", "うと思ったが", "うと思ったけど", "うと思ったんですが", "かけたが", "かけたけど"),
    "ko": ("려다가", "려다 말", "려고 했는데", "려고 했지만", "려고 했었는데", "려고 했다가", "려고 했으나", "기로 했었는데", "기로 했는데",
           "계획이었는데", "계획이었지만", "예정이었는데", "예정이었지만", "생각이었는데", "참이었는데"),
    "en": ("was going to", "were going to", "was planning to", "had planned to", "was about to", "meant to", "had meant to",
           "was supposed to", "intended to", "had intended to"),
    "zh": ("本来打算", "原本打算", "原来打算", "本想", "本来想", "原本想", "本来要", "原本要", "本来准备", "原本准备", "原计划", "本打算"),
}
# A word that calls it off.
_CANCEL = {
    "ja": ("取りやめ", "とりやめ", "取り止め", "やめにし", "やめました", "やめた", "止めにし", "止めました", "中止", "取り消", "見送",
           "キャンセル", "諦め", "あきらめ", "断念", "なくなりました", "なくなった", "流れ", "行かないことに", "やめとき", "やめておき"),
    "ko": ("취소", "그만뒀", "그만두었", "그만두기로", "관뒀", "접었", "포기", "무산", "없던 일", "안 가기로", "안 하기로", "말았",
           "안 가게 됐", "못 가게 됐", "틀어졌"),
    "en": ("cancelled", "canceled", "called it off", "called off", "gave up", "changed my mind", "decided against",
           "fell through", "scrapped", "dropped the idea", "backed out", "didn t go", "never went", "stayed put"),
    "zh": ("取消", "不去了", "算了", "放弃", "作罢", "没去成", "泡汤", "改主意", "打消", "不搬了", "没搬成"),
}
# English and Chinese say the intention before the keyword ("I was going to move to Ilsan", "本来打算搬到一山").
_INTENT_BEFORE = ("en", "zh")


@lru_cache(maxsize=None)
def _pattern(kind: str, lang: str) -> re.Pattern[str] | None:
    words = {"intent": _INTENT, "cancel": _CANCEL}[kind].get(lang)
    if not words:
        return None
    forms = sorted({canonical(w) for w in words} - {""}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms))


def called_off(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The intention and its cancellation after the keyword (module doc), as "intent … cancel", or None."""
    lang = ans.language
    intent, cancel = _pattern("intent", lang), _pattern("cancel", lang)
    if intent is None or cancel is None or prep.truth.subject not in ("self", ""):
        return None
    cl = ans.clauses[ci]
    first, end = ans.sentence_span(ci)
    glue = "" if lang == "ja" else " "
    rest = glue.join([clause_rest(ans, ci, pos, term)] + [c.text for c in ans.clauses[ci + 1:end]])
    if lang in _INTENT_BEFORE:
        m = intent.search(glue.join([c.text for c in ans.clauses[first:ci]] + [clause_before(ans, ci, pos)]))
        start = 0
    else:
        m = intent.search(rest)
        start = m.start() if m else 0  # ("가려다 말았어요": the intention's own 말다 calls it off)
    if m is None:
        return None
    nxt = [c.text for c in ans.clauses[end:] if c.sentence == cl.sentence + 1]
    later = glue.join([rest[start:]] + nxt)
    k = cancel.search(later)
    return f"{m.group(0)} … {k.group(0)}" if k else None
