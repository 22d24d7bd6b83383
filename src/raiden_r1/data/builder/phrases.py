"""SBK phrasing tables: questions a user would ask about each fact family, and the character's
first-person answer, in en/zh/ja/ko.

Placeholders: ``{v}`` the key term(s) (joined for several), ``{field}`` the profile's own field
label (generic fallback), ``{rel}`` a relation label. Korean needs particles that depend on the
last syllable: ``{v_cop}`` is ``{v}`` + 이에요/예요, ``{field_tp}`` / ``{rel_tp}`` add 은/는.
Questions never contain the answer, and answers always contain every key term: the builder
checks both before it keeps a record.
"""

from __future__ import annotations

import re

from .grammar import fix_indefinite_articles
from .tables import table

# family -> language -> (questions, answers)
Table = dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]

SBK: Table = table("phrases.yaml", "SBK")
QUALIFIED: Table = table("phrases.yaml", "QUALIFIED")
STUDENT: Table = table("phrases.yaml", "STUDENT")
VESSEL: dict = table("phrases.yaml", "VESSEL")
BY_FIELD_NAME: Table = table("phrases.yaml", "BY_FIELD_NAME")
WHEN_GENERIC: dict = table("phrases.yaml", "WHEN_GENERIC")

# Why-questions about a cause the profile states (prose.reason_facts): {y} the effect as
# the character did it, {v} the cause. Chinese only: the patterns are Chinese.
WHY: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = table("phrases.yaml", "WHY")

RELATION: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = table("phrases.yaml", "RELATION")

# Korean asks after an elder's name with honorifics: "아버님 성함이 어떻게 되세요?".
KO_ELDERS: dict[str, str] = table("phrases.yaml", "KO_ELDERS")
KO_ELDER_RELATION = table("phrases.yaml", "KO_ELDER_RELATION")
RELATION_PAST = table("phrases.yaml", "RELATION_PAST")
RELATION_PAST_MARKS: dict[str, str] = table("phrases.yaml", "RELATION_PAST_MARKS")
RELATION_GONE_NOTES: dict[str, str] = table("phrases.yaml", "RELATION_GONE_NOTES")
JA_HONORIFICS: dict[str, str] = table("phrases.yaml", "JA_HONORIFICS")
PETS_SEVERAL = table("phrases.yaml", "PETS_SEVERAL")
PETS_KIND = table("phrases.yaml", "PETS_KIND")
PETS_OLD = table("phrases.yaml", "PETS_OLD")

_ZH_KIN_ENDINGS: str = table("phrases.yaml", "ZH_KIN_ENDINGS")
_ZH_KIN_WORDS = frozenset(table("phrases.yaml", "ZH_KIN_WORDS"))


def zh_bare_relation(label: str) -> bool:
    """Whether Chinese says 我/你 + ``label`` without 的 ("我父亲", "我师妹"); of a friend it says 的."""
    label = label.strip()
    return label in _ZH_KIN_WORDS or label[-1:] in _ZH_KIN_ENDINGS


# Words joining several terms in an answer: en "a, b and c", zh "a、b和c", ...
JOIN: dict[str, tuple[str, str]] = table("phrases.yaml", "JOIN")

# Units added to bare numbers: "17" -> "17岁".
UNITS: dict[str, dict[str, str]] = table("phrases.yaml", "UNITS")


def _has_batchim(c: str, rieul_ok: bool = False) -> bool:
    """Whether a word ending in ``c`` ends in a consonant, as Korean particles care about.

    ``rieul_ok``: (으)로 treats a final ㄹ like a vowel. Digits are read Sino-Korean (일, 이, 삼,
    ...); Latin letters are taken as ending in a vowel, the commoner reading of loanwords.
    """
    o = ord(c)
    if 0xAC00 <= o <= 0xD7A3:
        jong = (o - 0xAC00) % 28
        return jong != 0 and not (rieul_ok and jong == 8)
    if c.isdigit():
        return c in ("0136" + ("" if rieul_ok else "78"))
    return False


def resolve_ko(text: str) -> str:
    """Pick Korean particles after the word they follow: "을/를", "이/가", "은/는", "과/와",
    "이에요/예요", "(이)", "(으)"."""
    import re

    def pick(m: re.Match[str]) -> str:
        prev, token = m.group(1), m.group(2)
        if token == "(으)":
            return prev + ("으" if _has_batchim(prev, rieul_ok=True) else "")
        if token == "(이)":
            return prev + ("이" if _has_batchim(prev) else "")
        first, second = token.split("/")
        return prev + (first if _has_batchim(prev) else second)

    return re.sub(r"(\S)(을/를|이/가|은/는|과/와|이에요/예요|\(이\)|\(으\))", pick, text)


def render(template: str, language: str, **values: str) -> str:
    """Fill a phrasing template; Korean particles are resolved after the words are in."""
    template = (template.replace("{v_cop}", "{v}이에요/예요").replace("{field_tp}", "{field}은/는")
                .replace("{rel_tp}", "{rel}은/는"))
    if language == "zh" and "rel" in values and not zh_bare_relation(values["rel"]):
        template = re.sub(r"([我你])\{rel\}", r"\1的{rel}", template)  # "我的好友", never "我好友"
    out = template.format(**values)
    if language == "ko":
        return resolve_ko(out)
    if language == "en":  # "burgundy, eh?" opening a sentence is "Burgundy, eh?"
        out = fix_indefinite_articles(out)
        out = re.sub(r'(\w)"$', r'\1."', out)  # 'I always say "Life finds a root."': a full stop
        return out[:1].upper() + out[1:] if out[:1].islower() else out
    return out


def join_terms(terms: list[str], language: str) -> str:
    sep, last = JOIN.get(language, JOIN["en"])
    if len(terms) <= 1:
        return "".join(terms)
    if language == "ko":  # "정선아리랑 부르기와 화투": the last item joined by 과/와, as people list things
        last = ("과 " if _has_batchim(terms[-2].strip()[-1]) else "와 ")
    return sep.join(terms[:-1]) + last + terms[-1]


def spoken_label(field_name: str, language: str) -> str:
    """A card's English field label as said inside a question, its capitals gone ("What is your
    activation date?", never "your Activation date": review 70); an acronym keeps its capitals."""
    if language != "en":
        return field_name
    return re.sub(r"\b[A-Z][a-z]+\b", lambda m: m.group(0).lower(), field_name.strip())


def question_slot(family: str, field_name: str) -> str:
    """One question per fact: a family's own slot, but a Likes field (BY_FIELD_NAME, asked what one
    likes) beside Hobbies is a second fact with its own question (review 70: "Likes: quiet night
    shifts" and "Hobbies: chess, …" are both asked). The audit's consistency check reads it too."""
    likes = family == "hobbies" and any(re.search(e["field"], field_name) for e in BY_FIELD_NAME.get(family, ()))
    return f"{family}:likes" if likes else family
