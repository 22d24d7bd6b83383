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
from .clause_text import clause_before
from .disowned_lexicon import starts_with, table, word_in
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
        own = starts_with(cl.text, table("self_thing", lang)) or _own_name_owner(cl.text, prep, lang)
        rest = cl.text[len(own):].lstrip().split(" ")[0] if own else ""
        if not own or not (content_units(rest) & prep.question_units):
            return None
    for t in prep.negatives:
        if t.canon and t.canon in cl.text:
            if cue_in_text(cl.text.replace(t.canon, " ", 1), lang, "negation"):
                return None
            return t.raw
    return None


# The character's own name owning the thing ("ハルのハムスターは", "도윤이 강아지는", "小蓝的…", "Pip's
# hamster"): how a character that speaks of itself by name says "my".
_NAME_OWNS = {"ja": ("の",), "ko": (" ", "의 ", "네 "), "zh": ("的", "家"), "en": (" s ",)}


def _own_name_owner(text: str, prep: PreparedTruth, lang: str) -> str | None:
    for n in prep.names:
        for p in _NAME_OWNS.get(lang, ()):
            if text.startswith(n + p):
                return n + p
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



# The person opening the clause as its subject or topic (not "손녀랑", "孫と", "和孙女", "and I": with them).
_SUBJECT = {"ja": r"^(?:{alt})(?:さん|ちゃん|くん)?(?:は|が|も)", "ko": r"^(?:{alt})(?:님)?(?:은|는|이|가|도)(?: |$)",
            "zh": r"^(?:{alt})(?!和|跟|同|与|陪|给|对|替|帮|说)", "en": r"^(?:{alt})(?: s)? (?!and |or |with |too )[a-z]"}
_ZH_OWN = ("我们家", "我家的", "我家", "我的", "我", "咱家")


@lru_cache(maxsize=8)
def _subject_pattern(lang: str) -> re.Pattern[str]:
    c = cues(lang)
    words = sorted({w.strip() for w in (*c.get("kin"), *c.get("roles"), *table("other_person", lang)) if w.strip()}, key=len, reverse=True)
    return re.compile(_SUBJECT[lang].replace("{alt}", "|".join(re.escape(w) for w in words)))


def relative_as_subject(ans: Answer, ci: int, pos: int, prep: PreparedTruth) -> str | None:
    """A relative or another person as the subject of the keyword's clause, before it ("우리 손녀는 맨날
    전주 비빔밥만 먹어유", "うちの孫は松本に住んどる", "我孙女住在苏州", "My granddaughter was born in
    Dundee") while the question asks about the character itself: the value is theirs. Not when the
    question or the gold answer names a relative, nor with the character beside them ("손녀랑 나는…")."""
    if prep.truth.subject != "self" or prep.question_relations:
        return None
    lang = ans.language
    pat = _person_pattern(lang)
    if pat is None or pat.search(prep.answer_norm) or pat.search(prep.question_norm):
        return None
    before = clause_before(ans, ci, pos)
    own = _ZH_OWN if lang == "zh" else table("self_thing", lang)
    lead = next((w for w in own if before.startswith(w)), None)
    head = before[len(lead):].lstrip() if lead else before
    m = _subject_pattern(lang).match(head)
    if m is None or cue_in_text(head[m.end():], lang, "first_person"):
        return None
    sentence = ans.clauses[ci].sentence
    if any(word_in(c.text, table("agree", lang)) for c in ans.clauses[ci + 1:] if c.sentence <= sentence + 1):
        return None  # "My sister started at 7, and so did I": the character's too
    return m.group(0).strip()
