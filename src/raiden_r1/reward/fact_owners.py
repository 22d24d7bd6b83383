"""Someone else made the owner of the character's own fact: a relative the question does not name
("Duluth is where my sister grew up", "姉が札幌で育った", "苏州长大的是我表姐") or a person of the
profile as the subject of the keyword's clause ("真壁くんは168cm", "Winnie's 34"). occurrence.py
asks kin_owner per occurrence; outside.py reads the profile's other people with
other_person_forms.
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term, canonical
from raiden_r1.data.people import person_forms

from .analysis import Answer, cue_in_text
from .clause_text import clause_before, clause_rest
from .disowned_lexicon import table, word_in
from .lexicon import cues
from .matching import PreparedTruth
from .vocative_relations import asked_relations
from .voice import fact_subject as fact_subject_of

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


# Who the keyword's fact is given to when a relative takes it: right after the keyword ("Duluth is
# where my sister grew up", "札幌で育ったのは姉の方", "부산에서 자란 건 제 언니", "苏州长大的是我表姐")
# or as the subject of the keyword's clause ("My sister grew up in Duluth", "姉が札幌で育った").
_KIN_AFTER = {"en": r"^(?:is|was|s) (?:where|what|when|how|who) (?:my|our) ({kin})\b"
                    # (session 35, r17) a relative clause: "It's the 96 my dad drives", "Whitby's the town my mum was born in"
                    r"|^(?:that |which )?(?:my|our) ({kin}) (?:[a-z]+s|[a-z]+ed|was|is|has|had|drove|grew|ran|won|made|took|went|kept|built)\b",
              "zh": r"^(?:是|就是)(?:我的?|咱)({kin})的?(?:长大|出生|生|老家|家乡|故乡|住|待)|的(?:人)?(?:是|就是|其实是)(?:我|我的|我们家|咱)?({kin})"
                    r"|^(?:出生|生)的(?:是)?(?:我的?|一个|个)?({kin})",  # "5月5日出生的弟弟"
              "ja": r"^.{{0,10}}?(?:の|ん)(?:は|って) ?(?:私の|わたしの|うちの|僕の|俺の|あたしの)?({kin})"
                    r"|^(?:生まれ|うまれ|生)の(?:私の|うちの|僕の)?({kin})",  # "5月5日生まれの弟がいまして"
              "ko": r"^.{{0,12}}?(?:건|것은|거는|곳은|데는|사람은|쪽은) ?(?:제|내|우리|저희)? ?({kin})"
                    r"|^(?:띠)?(?:는|은) (?:제|내|우리|저희) ?({kin})(?:고|예요|이에요|입니다|야|이야|죠)"
                    r"|^생(?:인|이신|이던|인데) (?:제 |내 |우리 )?({kin})"}  # "9월 17일생인 친구가 있어요"
_KIN_BEFORE = {"en": r"^(?:\S+ )?(?:my|our) ({kin})(?: s)? (?!and )|\b(?:a|an|my|our) ({kin}) (?:who was |who s )?born (?:on|in)(?: the)?\s*$",
               "zh": r"^(?:我的?|我们家的?|咱)?({kin})(?!和我|跟我|带我|带着我)",
               "ja": r"^(?:私の|わたしの|うちの|僕の|俺の|あたしの)?({kin})(?:が|は|も)",
               "ko": r"^(?:제|내|우리|저희)? ?({kin}) ?(?:가|이|는|은|도)(?: |$)"}


@functools.lru_cache(maxsize=8)
def _kin_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    kin = sorted(cues(lang).get("kin"), key=len, reverse=True)
    if lang not in _KIN_AFTER or not kin:
        return None
    alt = "|".join(re.escape(k) for k in kin)
    return re.compile(_KIN_AFTER[lang].format(kin=alt)), re.compile(_KIN_BEFORE[lang].format(kin=alt))


def kin_owner(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """A relative made the owner of the character's own fact, a relative the question and the gold
    answer do not name; the fact stays the character's when the clause brings the character back
    in ("My mum raised me in Duluth", "我妈带着我在苏州长大") or names a group it belongs to."""
    lang = ans.language
    pats = _kin_patterns(lang)
    if pats is None or fact_subject_of(prep) != "self" or asked_relations(prep.question_relations, prep.truth.question):
        return None  # (a relative the question only calls the character by asks about no one: "할아버지, 고향이…")
    after, before_pat = pats
    rest = clause_rest(ans, ci, pos, term).lstrip()
    m = after.search(rest)
    if m is None:
        before = clause_before(ans, ci, pos)
        named = _named_owner(before, prep, lang)
        if named and not _has(before + " " + rest, lang, "first_person"):
            # ("しろもいちごのはっぱたべる", "백구도 안동에서 데려왔제": the person too, as the kin rule reads "also")
            return None if _named_also(before, named, lang) else named
        m = before_pat.search(before)
        if m is None or _has(before[m.end():] + " " + rest, lang, "first_person") or _has(before, lang, "collective"):
            return None
        if _shared(ans, ci, m.group(0), before[m.end():], lang):
            return None  # "제 동생도 13살에", "My sister started at 7, and so did I": the relative too
        if _remark_on(before[m.end():], rest, lang) or _SAYS_BETWEEN[lang].search(before[m.end():]) or \
                (lang in _REPORTED_AFTER and _REPORTED_AFTER[lang].match(rest)):
            # ("My mum says 14 March": the relative reports the value, the report rules judge it)
            return None  # "兄はいつも月影は重いと言います": the relative speaks of the value, it is not theirs
    else:
        tail = rest[m.end():] + " " + " ".join(c.text for c in ans.clauses[ci + 1:] if c.sentence == ans.clauses[ci].sentence)
        if lang == "zh":  # "…的弟弟是我们家的宝": "our family's" owns, it does not bring the character in
            tail = re.sub(r"(?:我们家|我家|咱家|咱们家|我)的", " ", tail)
        if _has(tail, lang, "first_person"):
            return None  # "札幌で育ったのは姉と私"
    kin = next(g for g in m.groups() if g)
    if kin in prep.question_norm or kin in prep.answer_norm:
        return None
    return kin


# The keyword as the topic of what the relative says of it: "月影は重いと言います", "월영은 무겁다고 해요",
# "月影太沉了" after "哥哥老说", "says Tsukikage is too heavy" (a topic particle or copula, then a remark).
_TOPIC_AFTER = {"ja": re.compile(r"^(?:は|って|も|なんて) ?\S"), "ko": re.compile(r"^(?:은|는|이|가|도) \S"),
                "zh": re.compile(r"^(?:太|很|挺|真|有点|可|也|又|就是|是)\S"), "en": re.compile(r"^(?:is|s|was|looks|feels) \S")}


def _remark_on(between: str, rest: str, lang: str) -> bool:
    """The relative opening the clause is the one who speaks (a verb of saying or thinking between it
    and the keyword, or a quoting ending after), and the keyword the topic of the remark: the
    relative's opinion of the character's value, not a value of the relative's own."""
    topic = _TOPIC_AFTER.get(lang)
    if topic is None or not topic.match(rest):
        return False
    return bool(_SAYS_BETWEEN[lang].search(between) or _QUOTE_AFTER[lang].search(rest))


# The value quoted as what the relative says ("母は3月14日だと言っています", "엄마가 3월 14일이라고 하셨어요").
_REPORTED_AFTER = {"ja": re.compile(r"^(?:だ|です|や|じゃ)?(?:と|って) ?(?:言|いう|いい|いっ|申)"),
                   "ko": re.compile(r"^(?:이)?(?:라고|라구|라며|래요|래|라더)")}
_SAYS_BETWEEN = {"en": re.compile(r"\b(?:says?|said|thinks?|thought|reckons?|reckoned|complains?|grumbles?|jokes?|always says?)(?: that)?$"),
                 "zh": re.compile(r"(?:说|讲|觉得|嫌|嫌弃|抱怨|念叨)(?:是|过|了)?$"), "ja": re.compile("(?!)"), "ko": re.compile("(?!)")}
_QUOTE_AFTER = {"en": re.compile("(?!)"), "zh": re.compile("(?!)"),
                "ja": re.compile(r"(?:と|って) ?(?:言|いう|いい|いっ|思|おも|こぼ|ぼや)"),
                "ko": re.compile(r"(?:다고|라고|다구|라구|대|래) ?(?:하|해|했|그러|그래|말|투덜)?")}


# "Also" with the relative's word: the relative shares the value ("동생도", "姉も", "妹妹也").
_ALSO = {"ko": ("도", "도 "), "ja": ("も",)}


def _named_also(before: str, named: str, lang: str) -> bool:
    """The profile person opening the clause is marked "also" ("しろも", "백구도", "小白也")."""
    after = before.strip()[len(named):].lstrip()
    after = re.sub(r"^(?:くん|さん|ちゃん|様|さま|이|씨|님)", "", after)
    return after.startswith(_ALSO.get(lang, ()) + (("也",) if lang == "zh" else ()))


def _shared(ans: Answer, ci: int, kin_text: str, after: str, lang: str) -> bool:
    """The relative named before the keyword shares its value with the character: "also" with the
    relative's word, or the next clause of the sentence joining in ("and so did I")."""
    if kin_text.endswith(_ALSO.get(lang, ())) or (lang == "zh" and after.startswith("也")):
        return True
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    return nxt is not None and nxt.sentence == ans.clauses[ci].sentence and bool(word_in(nxt.text, table("agree", lang)))


# A person of the profile as the subject of the keyword's clause ("真壁くんは168cm", "채아가 172cm예요",
# "刘娟183厘米", "Winnie's 34"): the value is theirs.
_NAMED_SUBJECT = {"ja": r"^(?:{n})(?:くん|さん|ちゃん|様|さま|先輩|君|氏)?(?:は|が|も|の)",
                  "ko": r"^(?:{n})(?:이)?(?: ?씨| ?님)?(?:가|이|는|은|도|의)(?: |$)",
                  "zh": r"^(?:{n})(?:的|是|有|身高|今年|也)?",
                  "en": r"^(?:{n})(?: s| is| was| has| got| became| turned| lives| lived| works| grew| moved| stands)\b"}


def _named_owner(before: str, prep: PreparedTruth, lang: str) -> str | None:
    forms = other_person_forms(prep.truth.others, lang, prep.surnames)
    if lang not in _NAMED_SUBJECT or not forms or not before.strip():
        return None
    m = _named_subject_pattern(forms, lang).match(before.strip())
    if m is None:
        return None
    who = next(f for f in forms if before.strip().startswith(f))
    # (a person the question or the gold answer names is who the value belongs to)
    return None if who in prep.question_norm or who in prep.answer_norm else who


@functools.lru_cache(maxsize=1024)
def _named_subject_pattern(forms: tuple[str, ...], lang: str) -> re.Pattern[str]:
    return re.compile(_NAMED_SUBJECT[lang].format(n="|".join(re.escape(f) for f in forms)))


@functools.lru_cache(maxsize=1024)
def other_person_forms(others: tuple[str, ...], lang: str, own_surnames: tuple[str, ...]) -> tuple[str, ...]:
    forms = {f for o in others for f in person_forms(o) if len(f) >= 2}
    if lang == "ja":  # "真壁くんは": a colleague by the family name (not the character's own, shared with kin)
        from raiden_r1.data.builder.names import split_name

        forms |= {canonical(p[0]) for o in others if (p := split_name(o, "ja")) and len(p[0]) >= 2} - set(own_surnames)
    return tuple(sorted(forms, key=len, reverse=True))
