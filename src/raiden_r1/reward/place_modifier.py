"""Asked where the character is from, the place keyword said only as a modifier of another thing that a
verb takes ("札幌の味噌ラーメンが大好き", "札幌ドームに行った", "부산 사투리를 알아요", "부산 돼지국밥을 좋아해요"):
the answer names a dish, a dialect, a stadium, not where the character is from. A second mention of the
place, an origin word in the clause ("札幌の病院で生まれました"), a noun of people or a part of the place
("札幌の人間です", "札幌市に", "부산 사람이") keep it an answer. Japanese and Korean mark the verb's argument
with a case particle, so the shape is read there only."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical, make_term

from .analysis import Answer, clause_cue, cue_in_text
from .asked_noun import asked_noun
from .assertion import ItemVerdict
from .lexicon import cues
from .matching import PreparedTruth

_NOUN_CASE = {"ja": re.compile(r"^の?([\u4e00-\u9fff\u30a0-\u30ffー]{1,8})(?:が|を|に|へ|で(?!す|し|ござ))"),
              "ko": re.compile(r"^ ([가-힣]{1,6}?)(?:을|를|에서|에|이|가) \S")}
_WHERE = ("where", "哪", "どこ", "どちら", "어디")
# "どこの科で働いてる?" asks which 科, not where from: a keyword that is itself a 科 ("小児科") may head
# another noun ("小児科病棟にいます") and still name it.
_WHICH = re.compile(r"(?:どこの|どちらの)([\u4e00-\u9fff\u30a0-\u30ffー]{1,4})")


def place_as_modifier(ans: Answer, v: ItemVerdict, index: int, prep: PreparedTruth) -> str | None:
    lang = ans.language
    if lang not in _NOUN_CASE or lang != prep.language or len(prep.items) != 1:
        return None
    q = prep.question_norm
    if not (any(w in q for w in _WHERE) or cue_in_text(q, lang, "origin")):
        return None
    term = next((a for a in prep.items[index] if a.raw == v.alternative), None) or make_term(v.alternative or "")
    if _which_kind(q, term.norm, lang):
        return None
    raw = ans.raw[:2000]
    spots = [m.start() for m in re.finditer(re.escape(term.raw), raw)] if term.raw else []
    if len(spots) != 1:
        return None  # ("札幌ラーメンが好き。札幌出身だしね": the second mention answers)
    m = _NOUN_CASE[lang].match(raw[spots[0] + len(term.raw):])
    if not m:
        return None
    noun = m.group(1)
    if asked_noun(q, canonical(noun), lang) or canonical(f"{term.raw}{noun}") in prep.answer_norm:
        return None  # "どこの病棟?" - "小児科病棟に": the very thing asked, as the gold answer names it
    c = cues(lang)
    if any(noun.startswith(p) for p in c.get("place_parts")) or any(n in noun for n in c.get("native_nouns")):
        return None
    if clause_cue(ans, ans.clause_index(v.position), "origin"):
        return None
    return f"not asserted (the place names another thing: '{term.raw}{m.group(0)}')"


def _which_kind(question: str, key: str, lang: str) -> bool:
    """The question asks which one of a kind ("どこの科", "どちらの病院") and the keyword is of that kind."""
    if lang != "ja" or cue_in_text(question, lang, "origin"):
        return False
    return any(key.endswith(m.group(1)) for m in _WHICH.finditer(question))
