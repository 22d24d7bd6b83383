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
