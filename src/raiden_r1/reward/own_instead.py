"""The character's own value swapped for a wrong one (docs/reward.md, fourteenth suite): a clause that
opens with the character claims a negative keyword ("わたしは勤めてまだ3年", "나는 대구 사람이여", "I'm a
chopper man myself"), and the keyword's own clause hands the keyword to another person ("…十年やってる
先輩もいる", "전주는 우리 아들 사는 데", "the twelve years are my mentor's"). Either alone is colour ("私は
居飛車も指します。でも得意は振り飛車", "振り飛車は師匠譲りです"); together they say the character's value is
the negative one. Tables: lexicon/disowned.yaml (self_lead, other_person) and the language lexicons
(kin, roles, titles).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Answer, cue_in_text
from .disowned_lexicon import starts_with, table
from .lexicon import cues
from .matching import PreparedTruth
from .similarity import content_units


@lru_cache(maxsize=8)
def _person_pattern(lang: str) -> re.Pattern[str] | None:
    """A person word as an owner: before a possessive or subject particle in Japanese and Korean
    ("師匠の", "先輩もいる", "우리 양반 택시", "딸내미 사는"; not "아들이랑", with the son), anywhere in
    English and Chinese ("my mentor's", "我师傅的")."""
    c = cues(lang)
    words = sorted({*c.get("kin"), *c.get("roles"), *c.get("titles"), *table("other_person", lang)}, key=len, reverse=True)
    words = [w for w in words if w.strip()]
    if not words:
        return None
    alt = "|".join(re.escape(w.strip()) for w in words)
    if lang == "ja":
        return re.compile(rf"(?:{alt})(?:さん|ちゃん|くん)?(?:の|が|は|も)")
    if lang == "ko":
        return re.compile(rf"(?:{alt})(?:님)?(?:의|이 |가 |은 |는 | |$)")
    if lang == "en":
        return re.compile(rf"(?:^| )(?:{alt})(?: s)?(?= |$)")
    return re.compile(rf"(?:{alt})")


def _claims_negative(ans: Answer, j: int, prep: PreparedTruth) -> str | None:
    """Clause ``j`` opens with the character (or its own thing the question asks about: "우리 가게는")
    and asserts a negative keyword: the negative it claims, or None."""
    lang = ans.language
    cl = ans.clauses[j]
    if cl.question:
        return None
    lead = starts_with(cl.text, table("self_lead", lang))
    if lead is None:
        own = starts_with(cl.text, table("self_thing", lang))
        rest = cl.text[len(own):].lstrip().split(" ")[0] if own else ""
        if not own or not (content_units(rest) & prep.question_units):
            return None
    for t in prep.negatives:
        if t.canon and t.canon in cl.text:
            if cue_in_text(cl.text.replace(t.canon, " ", 1), lang, "negation"):
                return None
            return t.raw
    return None


def claimed_instead(ans: Answer, ci: int, pos: int, prep: PreparedTruth) -> str | None:
    """The keyword's clause gives it to another person and a clause of the character's next to it (the
    same sentence, or the one before or after) claims a negative keyword as its own."""
    truth = prep.truth
    if not prep.negatives or truth.subject == "user" or (truth.focus == "conversation_memory" and truth.subject != "self"):
        return None
    lang = ans.language
    pat = _person_pattern(lang)
    cl = ans.clauses[ci]
    if pat is None or starts_with(cl.text, table("self_lead", lang)):
        return None
    rest = ans.match[pos:cl.end]
    person = pat.search(rest) or (pat.search(cl.text) if lang in ("en", "zh") else None)
    if person is None:
        return None
    for j, other in enumerate(ans.clauses):
        if j == ci or abs(other.sentence - cl.sentence) > 1 or any(k and k in other.text for k in prep.keyword_norms):
            continue
        claimed = _claims_negative(ans, j, prep)
        if claimed:
            return f"{claimed} claimed as its own, the keyword given to '{person.group(0).strip()}'"
    return None
