"""Facts stated in prose rather than in a field of their own.

A favourite food inside a hobby value ("喜爱一切美食，最爱的食物是肉，爱睡觉"), an age or a pet in an
online profile's "Detailed Description": the builder asks about these only when no field of that
family exists, with the prose value as the grounding source.
"""

from __future__ import annotations

import re

_EDGE = " \t\n,，;；、。.!！?？~～:：…-—"
EN_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

_FOOD_EMBEDDED = (
    re.compile(r"(?:最爱|最喜欢|最喜爱|喜欢|爱)吃?的(?:食物|美食|菜|东西|吃的)(?:是|为)([^，,。；;、\s]{1,8})"),
    re.compile(r"favou?rite (?:food|dish|meal) is ([A-Za-z][A-Za-z' -]{0,30}?)(?=[,.;!]|$)", re.IGNORECASE),
    re.compile(r"好きな(?:食べ物|料理)は([^、。！!\s]{1,10}?)(?:です|だ)?(?=[、。！!\s]|$)"),
    re.compile(r"좋아하는 음식은 ([^,.\s]{1,10}?)(?:이다|다|입니다|예요|이에요)?(?=[,.\s]|$)"),
)


def embedded_food(value: str) -> str | None:
    """A favourite food stated inside another field ("...最爱的食物是肉...")."""
    for pattern in _FOOD_EMBEDDED:
        m = pattern.search(value)
        if m:
            return m.group(1).strip(_EDGE)
    return None


# Facts stated in prose (an online profile's "Detailed Description", RAIDEN's 人物经历): asked only
# when the profile has no field of that family. Each pattern's group 1 is the key.
_NARRATIVE: dict[str, tuple[re.Pattern[str], ...]] = {
    "age": (re.compile(r"\b(\d{1,3})-year-old\b"), re.compile(r"\baged (\d{1,3})\b"),
            re.compile(r"(?<![\d年])(\d{1,3})\s*岁的"), re.compile(r"(?<!\d)(\d{1,3})歳の")),
    "birthday": (re.compile(rf"\bborn on ({EN_MONTH}\.? \d{{1,2}})\b", re.IGNORECASE),
                 re.compile(r"(\d{1,2}月\d{1,2}日)(?:出生|生まれ)"), re.compile(r"生于\d{0,4}年?(\d{1,2}月\d{1,2}日)")),
    "hometown": (re.compile(r"\bborn (?:on [^.;]{1,24}? )?in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"),
                 re.compile(r"出生(?:于|在)([\u4e00-\u9fff]{2,8}?)(?:[，,。；;、]|的|$)"),
                 re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,6})(?:で生まれ|出身の)")),
    "pets": (re.compile(r"\b(?:pet|dog|cat|parrot|rabbit|horse|owl|ferret|tortoise|hamster)(?: (?:named|called))?,? ([A-Z][a-z]+)\b"),
             re.compile(r"叫[“\"]([^”\"]{1,6})[”\"]的(?:猫|狗|狸花猫|橘猫|兔子|鹦鹉|仓鼠|马|鸟|鱼)")),
}


def narrative_facts(text: str) -> list[tuple[str, str]]:
    """(family, key) for each fact family a prose value states plainly."""
    found = []
    for family, patterns in _NARRATIVE.items():
        for pattern in patterns:
            m = pattern.search(text)
            if m and m.group(1).strip(_EDGE):
                found.append((family, m.group(1).strip(_EDGE)))
                break
    return found


# A stated cause in Chinese prose: "因为父亲无暇照顾，所以被接到外祖母家" / "为了救回妻子，李云龙带领
# 部队发起了攻击". The cause (group "x") must be short enough to be the verifiable key, and the
# effect (group "y") short enough to be asked about; both end at the clause.
_REASONS = (
    ("because", re.compile(r"因为(?P<x>[^，,。；;！!？?…]{2,12})[，,]\s*(?:所以|于是|才|就)?(?P<y>[^，,。；;！!？?…]{3,20})")),
    ("purpose", re.compile(r"为了(?P<x>[^，,。；;！!？?…]{2,12})[，,]\s*(?P<y>[^，,。；;！!？?…]{3,20})")),
)
_THIRD_PERSON = ("他们", "她们", "他", "她", "它")
_LEADING_ADVERBS = ("所以", "于是", "就", "才", "便", "也", "又", "毅然", "最终", "终于")


def _strip_subject(clause: str, names: tuple[str, ...]) -> str | None:
    """The clause without its subject, when the subject is the character (a name or he/she) or
    absent; None when someone else does it ("学生们都很喜欢她")."""
    for subject in (*sorted(names, key=len, reverse=True), *_THIRD_PERSON):
        if subject and clause.startswith(subject):
            clause = clause[len(subject):]
            break
    changed = True
    while changed:
        changed = False
        for adverb in _LEADING_ADVERBS:
            if clause.startswith(adverb) and len(clause) > len(adverb) + 2:
                clause, changed = clause[len(adverb):], True
    if any(p in clause for p in _THIRD_PERSON) or any(n and n in clause for n in names):
        return None  # "跟着她..." / "他的..." would need rewriting into the second person
    return clause.strip()


_CLAUSE_PUNCT = "，,。；;！!？?\n：:"
_LEADING_LINKS = re.compile(r"(?:后来|当时|但是?|而且?|也|就|正是|只是)$")
# An effect starting with a preposition ("根据赫敏的建议", "在极度痛苦中") goes on past the comma:
# cut there, it is not an action one can ask "why" about.
_PREPOSITIONS = ("根据", "按照", "在", "当", "从", "对", "与", "和", "跟", "向", "把", "被迫", "经过", "通过")


def _starts_a_clause(prefix: str, names: tuple[str, ...]) -> bool:
    """Whether "因为/为了" opens the character's own clause: after punctuation, or after the
    character as subject ("，李白因为..."), not inside someone else's ("鼓励他为了...", "并不会因为")."""
    prefix = _LEADING_LINKS.sub("", prefix)
    if not prefix or prefix[-1] in _CLAUSE_PUNCT:
        return True
    for subject in (*names, *_THIRD_PERSON):
        if subject and prefix.endswith(subject):
            before = prefix[: -len(subject)]
            return not before or before[-1] in _CLAUSE_PUNCT
    return False


def reason_facts(text: str, names: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(kind, effect without its subject, cause) for each cause the prose states plainly.

    The cause is kept only when it is the character's own words as they stand: no he/she and no
    name in it, so that a first-person answer can quote it and its key stays in the profile."""
    found = []
    for kind, pattern in _REASONS:
        for m in pattern.finditer(text):
            if not _starts_a_clause(text[:m.start()], names):
                continue
            cause = m.group("x").strip(_EDGE)
            if not cause or any(p in cause for p in _THIRD_PERSON) or any(n and n in cause for n in names):
                continue
            effect = _strip_subject(m.group("y").strip(_EDGE), names)
            if effect and len(effect) >= 3 and cause not in effect and not effect.startswith(_PREPOSITIONS):
                found.append((kind, effect, cause))
    return found
