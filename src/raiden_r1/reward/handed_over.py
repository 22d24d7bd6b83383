"""The keyword handed to someone else, with the character set against them (docs/reward.md, thirteenth
suite): "It was my sister Mara who started at 7. I came to it much later.", "7歳から始めたのはミサキ
姉ちゃんのほう。うちはもっと後。", "秀兰是16岁进厂的，我比她晚多了", "乌龙茶是对面那家的招牌，我们不卖那个",
"13살부터 한 건 순옥이라. 나는 훨씬 늦었수다". The person need not be in the profile: the clause makes
someone other than the character the owner (a cleft, a subject, a possessive) and the next clause opens
with the character and a contrast (later, earlier, not). "I started at 7, same as my sister" and
"我16岁进厂的，秀兰比我晚" stay the character's. Tables: lexicon/disowned.yaml.
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer, cue_in_text
from .clause_text import clause_before, clause_rest
from .disowned_lexicon import starts_with, table, word_in
from .matching import PreparedTruth

_EN_CLEFT = re.compile(r"^(?:it|that) (?:was|s|is) (.{1,30}?) (?:who|that)\b")
_EN_SUBJECT = re.compile(r"^(?:(?:my|our) )?((?:she|he|they|[a-z]+(?: [a-z]+)?)) (?:started|began|was|joined|took up|learned|"
                         r"learnt|did|got|had|turned|went|came)\b")
_EN_NOT_OWNER = frozenset({"i", "we", "it", "that", "this", "there", "what", "which", "one", "you", "everyone", "nobody"})
_JA_CLEFT = re.compile(r"(?:の|ん)(?:は|って) ?([^、。 ]{1,14})")
_JA_SUBJECT = re.compile(r"^([^、。 ]{1,10}?)(?:は|が|も)")
_KO_CLEFT = re.compile(r"(?:^| )(?:건|것은|거는|게|사람은|쪽은|애는|이는|분은) ?([가-힣]+(?: [가-힣]+)?)")
_KO_SUBJECT = re.compile(r"^([가-힣]+(?: [가-힣]+)?)(?:은|는|이|가|도) ")
_ZH_SUBJECT = re.compile(r"^([\u4e00-\u9fff]{1,6}?)(?:是|也是|就是|才是|倒是)?$")
_ZH_CLEFT = re.compile(r"^.{0,10}?(?:的|那)(?:人)?(?:是|就是|其实是)(.{1,6})|^(?:是|乃|属于)(.{1,6}?)的")
# The keyword described by what another did there or then: "X is where Mara trained", "Xは兄が修行した所",
# "X은 월명이 수련한 곳이고" (the subject of the describing clause owns it).
_EN_DESCRIBED = re.compile(r"^(?:is|was|s) (?:where|when|what|how old|the (?:[a-z]+ ){0,2}?(?:where|when|that)) "
                           r"(?:my |our |the |a )?([a-z]+) ")
_JA_DESCRIBED = re.compile(r"^(?:は|って|も) ?([^、。 ]{1,10}?)が")
_KO_DESCRIBED = re.compile(r"^(?:은|는|이란|란|도)? ?([가-힣]{1,6}?)(?:이|가|께서) ")
_CLEFT_OPEN = {"ja": ("のは", "のが", "んは"), "ko": ("건", "것은", "거는", "사람은"), "zh": ("的", "的人"), "en": ("who", "that")}
_ZH_SELF = ("我们家的", "我们家", "我家的", "我家", "我的", "我们", "咱家", "我", "咱", "俺", "吾")
_SELF_OF = {"ja": ("私の", "わたしの", "うちの", "僕の", "俺の", "あたしの", "おいらの", "わしの"),
            "ko": ("제 ", "내 ", "우리 ", "저희 ", "제", "내", "우리", "저희"), "en": ("my ", "our ")}
_PERSON_SUFFIX = ("さん", "ちゃん", "くん", "様", "씨", "님")


def _owner(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Who the keyword's clause makes the owner of the value, when it is not the character."""
    lang = ans.language
    before = clause_before(ans, ci, pos)
    rest = clause_rest(ans, ci, pos, term)
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.sentence == ans.clauses[ci].sentence and rest.endswith(_CLEFT_OPEN.get(lang, ())):
        rest = f"{rest} {nxt.text}"  # the cleft's person after a comma: "…始めたのは、姉の…", "…한 건, 순옥이였지"
    found: list[str] = []
    if lang == "en":
        found += [m.group(1) for p in (_EN_CLEFT, _EN_SUBJECT) if (m := p.search(before))]
        found += [m.group(1) for m in (_EN_DESCRIBED.match(rest),) if m]
    elif lang == "ja":
        found += [m.group(1) for m in (_JA_CLEFT.search(rest), _JA_SUBJECT.match(before), _JA_DESCRIBED.match(rest)) if m]
    elif lang == "ko":
        found += [m.group(1) for m in (_KO_CLEFT.search(rest), _KO_SUBJECT.match(before), _KO_DESCRIBED.match(rest)) if m]
    elif lang == "zh":
        m = _ZH_CLEFT.match(rest)
        found += [g for g in (m.groups() if m else ()) if g]
        if (m := _ZH_SUBJECT.match(before)) and (before.endswith("是") or len(m.group(1)) <= 3):
            found.append(m.group(1))
    for who in found:
        who = _other_than_self(who.strip(), lang)
        if who and not _named_already(who, prep):
            return who
    return None


def _other_than_self(who: str, lang: str) -> str | None:
    """``who`` when it is not the character: "my sister Mara" and "我表妹" are someone else (a relative
    of the character's), "我" and "うちのほう" are the character."""
    if lang == "zh":
        lead = next((s for s in _ZH_SELF if who.startswith(s)), None)
        if lead:
            rest = who[len(lead):]
            return rest if rest and cue_in_text(rest, lang, "kin") else None
        return who
    if lang == "en":
        tokens = who.split(" ")
        if tokens[0] in ("my", "our") and len(tokens) > 1:
            return " ".join(tokens[1:]) if cue_in_text(" ".join(tokens[1:]), lang, "kin") else None
        return None if tokens[0] in _EN_NOT_OWNER or cue_in_text(who, lang, "first_person") else who
    lead = next((s for s in _SELF_OF.get(lang, ()) if who.startswith(s)), None)
    if lead:
        rest = who[len(lead):].strip()
        return rest if rest and cue_in_text(rest, lang, "kin") else None
    if cue_in_text(who + (" " if lang == "ko" else ""), lang, "first_person"):
        return None
    return who


def _named_already(who: str, prep: PreparedTruth) -> bool:
    """The character itself, or a person the question or the gold answer names (the value is theirs)."""
    core = who.split(" ")[0] if who.isascii() else who[:2]
    if any(n and (n in who or who in n) for n in (*prep.names, *prep.short_names, *prep.surnames) if len(n) >= 2):
        return True
    return core in prep.question_norm or core in prep.answer_norm


def _person_like(who: str, lang: str) -> bool:
    return bool(cue_in_text(who, lang, "kin") or cue_in_text(who, lang, "roles")) or any(s in who for s in _PERSON_SUFFIX)


def self_contrast(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The clause after the keyword's (in its sentence or opening the next) that opens with the
    character and sets it against the person just named: "I came to it much later", "うちはもっと後",
    "나는 훨씬 늦었수다", "我比她晚多了", "我们不卖那个"; not "me too", "私も同じ"."""
    lang = ans.language
    cl = ans.clauses[ci]
    # (the clause after may still be the cleft's person: "…한 건, 순옥이였지. 나는 …")
    nxt = next((c for c in ans.clauses[ci + 1:ci + 3] if starts_with(c.text, table("self_lead", lang))), None)
    if nxt is None or nxt.sentence not in (cl.sentence, cl.sentence + 1) or nxt.question \
            or any(k and k in nxt.text for k in prep.keyword_norms):
        return None
    lead = starts_with(nxt.text, table("self_lead", lang))
    if not lead or word_in(nxt.text, table("agree", lang)):
        return None
    rest = nxt.text[len(lead):].strip()
    cue = word_in(rest, table("contrast", lang)) or cue_in_text(rest, lang, "negation")
    if cue is None and prep.numeric_keys and (m := _NUMBER.search(rest)):
        cue = m.group(0)  # "うちは10歳から", "我18才进去": another value of its own
    return f"{lead} ... {cue.strip()}" if cue else None


_NUMBER = re.compile(r"\d+")


def handed_over(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Someone else made the owner of the keyword's value (``_owner``), then the character contrasted
    with them (``self_contrast``), or, in Japanese and Korean, a relative or a person marked as "the other
    side" of a cleft ("…のは姉のほう"). Not when the value is someone else's to begin with (the user's
    fact, a question about another person)."""
    truth = prep.truth
    if truth.subject == "user" or (truth.focus == "conversation_memory" and truth.subject != "self") or prep.asks_other_name:
        return None
    lang = ans.language
    own = ans.clauses[ci].text if lang == "en" else clause_before(ans, ci, pos)
    if cue_in_text(own.replace("my ", " ").replace("our ", " ") if lang == "en" else own, lang, "first_person"):
        return None  # "我跟秀兰一样，16岁…", "Mara and I started at 7": the character is in the keyword's clause
    who = _owner(ans, ci, pos, term, prep)
    if who is None:
        return None
    contrast = self_contrast(ans, ci, prep)
    if contrast:
        return f"{who} ... {contrast}"
    side = word_in(clause_rest(ans, ci, pos, term), table("other_side", lang)) if lang in ("ja", "ko") else None
    if side and _person_like(who, lang):
        return f"{who} ({side})"
    return None
