"""What a question frames: a saying ("Which day did you say you're sailing?" asks about the fact, not the
past of the saying) and the user as the one who acted ("What did I name my hamster?", "我给仓鼠起了什么
名字？", "제가 햄스터 이름을 뭐라고 지었죠?"), whose answer tells the user what they did ("You named him
Juniper")."""

from __future__ import annotations

import functools
import re

# "Which day did you say you're sailing?" asks about now: the past of the saying is not the fact's.
SAID_FRAME = re.compile(r"did (?:you|i) (?:say|tell|mention)|(?:you|i) (?:said|told|mentioned)|(?:你|我)(?:之前|上次|刚才)?(?:说|讲|提)过?"
                        r"|(?:言って|言っ|話し|おっしゃっ)(?:た|ました|てた)|(?:라고|다고) ?(?:했|하셨|말했|말씀하셨)")

# The user as the subject of the question's verb (its canonical text, a saying cut out first).
_USER_ACTS = {"en": re.compile(r"\b(?:did|do|have|had|will|would|should|could|can) i (?!say|tell|mention)[a-z]|^i (?:named|called|picked|chose)"),
              "zh": re.compile(r"^我(?:之前|刚才|上次)?(?:给|把|替|为|管|起|取)"),
              "ko": re.compile(r"^(?:제가|내가) ")}


@functools.lru_cache(maxsize=4096)
def user_acts(question_norm: str, lang: str) -> bool:
    """The question asks what the user did ("What did I name my hamster?"), not what a relative or a pet
    of the user's is or does ("What does my sister teach?", "What did I say my sister does?")."""
    pattern = _USER_ACTS.get(lang)
    return pattern is not None and pattern.search(SAID_FRAME.sub(" ", question_norm).strip()) is not None
