"""The key noun phrase of a goal or dream: what an answer will quote of a verb phrase it rewords.

A goal stated as a verb phrase: the verb is said a dozen ways ("to chart", "mapping", "想考上"),
its object is what an answer will quote.
"""

from __future__ import annotations

import re

from raiden_r1.text import has_cjk, normalize

from .tables import table
from .terms import EDGE, NON_ANSWERS, term_size

_KANA = re.compile(r"[\u3040-\u30ff]")
_EN_PROPER_RUN = re.compile(r"(?<![\w'-])[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)*")
_EN_GOAL_LEAD = re.compile(r"^(?:to\s+)?(?:\w+ing|become|be|open|build|find|win|see|write|make)\s+(?:(?:a|an|the|my|our)\s+)?",
                           re.IGNORECASE)
_ZH_GOAL_LEAD = re.compile(r"^(?:想|要|能)?(?:考上|考进|考入|建成|建立|研制|研发|成为|当上|当|做|开一家|开一间|开个|开间|开家|开|编成|写成|写完|拿到|实现|登上|找到)")
# "开一爿自家个裁缝店": after the verb, a count and a "my own" say nothing an answer repeats ("开裁缝店")
_ZH_COUNT_OWN = re.compile(r"^(?:[一两]?[家间爿个座所片块]|[一两])?(?:自家个|自家的|自家|自己的|自己|我自己的|属于自己的)?")
_JA_GOAL_TAIL = re.compile(r"(?:になること|になる|を作ること|を開くこと|をすること|こと)$")
_KO_GOAL_TAIL = re.compile(r"\s*(?:만들기|열기|되기|하기|가기)$")
# A Korean item ending in a verb noun ("통영에서 작은 민박집 하기", "바다 날씨 읽기"): the verb noun last,
# a clause before it ("은퇴하고", "돈 모아서"), a place or means ("통영에서", "배로") and an adverb
# ("지도 없이": no object before the verb, no key) around the object an answer names (session 32)
_KO_VERB_NOUN = re.compile(r"[가-힣]{1,4}기")
_KO_CLAUSE_END = re.compile(r"[가-힣]*(?:고|며|면서|아서|어서|해서|하여)$")
_KO_ADVERBIAL = re.compile(r"[가-힣]+(?:에서|에게|으로|에|로)$")
_KO_ADVERB = re.compile(r"[가-힣]*(?:없이|같이|처럼|게|히|도록|만큼)$")
_KO_MANNER = frozenset(table("head_words.yaml", "KO_MANNER_ADVERBS"))


def without_manner(words: list[str]) -> list[str]:
    """Korean words before a verb noun without the manner adverbs that end them ("단춧구멍 빨리");
    none left where only an adverb was ("빨리 달리기")."""
    while words and words[-1] in _KO_MANNER:
        words = words[:-1]
    return words


def ko_verb_noun_object(item: str) -> str | None:
    """The object of a Korean item ending in a verb noun: "은퇴하고 통영에서 작은 민박집 하기" -> "작은
    민박집", "바다 날씨 읽기" -> "바다 날씨"; None where the word before the verb noun is no object
    ("골목길 지도 없이 찾기") or no verb noun ends it."""
    words = item.split()
    if len(words) < 2 or not _KO_VERB_NOUN.fullmatch(words[-1]):
        return None
    body = words[:-1]
    clause = max((i for i, w in enumerate(body) if _KO_CLAUSE_END.fullmatch(w) and len(w) >= 2), default=-1)
    body = body[clause + 1:]
    last = max((i for i, w in enumerate(body[:-1]) if _KO_ADVERBIAL.fullmatch(w)), default=-1)
    body = body[last + 1:]  # "통영에서 작은 민박집", "필름 카메라로 사진": where and with what are no object
    body = without_manner(body)  # "단춧구멍 빨리 박기": how it is done is no object
    if not body or body[-1] in _KO_MANNER or _KO_ADVERB.fullmatch(body[-1]) or _KO_ADVERBIAL.fullmatch(body[-1]) or len(body) > 3:
        return None
    body[-1] = re.sub(r"(?<=[가-힣])(?:을|를)$", "", body[-1])
    if re.fullmatch(r"[가-힣]{2,}하기", words[-1]):  # "세계 여행하기" is a 세계 여행, not a 세계
        body.append(words[-1][:-2])
    return " ".join(body) if sum(len(w) for w in body) >= 2 else None


def goal_key(phrase: str) -> str | None:
    """The key noun phrase of a goal: "charting the Drowned Archipelago" -> "Drowned Archipelago",
    "opening an investigation firm" -> "investigation firm", "考上中国传媒大学" -> "中国传媒大学",
    "陰陽頭になること" -> "陰陽頭", "해녀 박물관 카페 열기" -> "해녀 박물관 카페"; None when the phrase
    is its own key."""
    if not has_cjk(phrase):
        runs = [r for r in _EN_PROPER_RUN.findall(phrase) if len(r.split()) >= 2 and r != phrase]
        if runs:  # "Drowned Archipelago", "Valles Marineris Rover Rally"
            return max(runs, key=lambda r: len(r.split()))
        # "a new rider for Ember" -> "new rider": the object without its article and attachments
        key = _EN_GOAL_LEAD.sub("", phrase).strip()
        key = re.sub(r"^(?:a|an|the)\s+", "", key, flags=re.IGNORECASE)
        key = re.split(r"\s+(?:for|on|at|in|to|with|from|by)\s+", key, maxsplit=1)[0]
    elif re.search(r"[\uac00-\ud7a3]", phrase):
        key = _KO_GOAL_TAIL.sub("", phrase).strip()
    elif _KANA.search(phrase):
        key = _JA_GOAL_TAIL.sub("", phrase).strip()
    else:
        key = _ZH_GOAL_LEAD.sub("", phrase).strip()
        if key != phrase.strip():
            key = _ZH_COUNT_OWN.sub("", key) if len(_ZH_COUNT_OWN.sub("", key)) >= 2 else key
    key = key.strip(EDGE + "《》")
    if not key or key == phrase or normalize(key) in NON_ANSWERS or term_size(key)[0] < (2 if has_cjk(key) else 1):
        return None
    return key
