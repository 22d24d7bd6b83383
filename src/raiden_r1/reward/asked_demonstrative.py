"""The thing the question points at, named again in the answer ("이 전차는 어디까지 가오?" - "이 전차는
청량리까지 가오"): a demonstrative and a noun open the answer's clause, but the noun is the one the
question itself asked about, so it stands for that thing (a tram, a shop, a sword), not for the
character seen from outside ("이 운전수는 청량리까지 가오" still narrates the character).

Not caught: a question that itself calls the character by a role noun ("이 가게 사장님은 어디
출신이에요?"): the role noun or a title (님, 씨, the card's titles) is never taken as the thing asked."""
from __future__ import annotations

import re

from .matching import PreparedTruth

# The noun after the demonstrative, up to its particle ("이 전차는 " -> "전차"; "이 생선 가게는 " -> "생선 가게").
_KO_NOUN = re.compile(r"^(?:이|그|저) ((?:[가-힣]{1,6} ){0,2}[가-힣]{1,6}?)(?:의|은|는|이|가) $")
_PERSON_TAILS = ("님", "씨", "사람", "분", "양반", "놈", "녀석", "아이", "애", "자")


def names_asked_thing(said: str, prep: PreparedTruth, lang: str) -> bool:
    """Whether the demonstrative phrase ``said`` ("이 전차는 ") names what the question points at."""
    if lang != "ko":
        return False
    m = _KO_NOUN.match(said)
    if m is None:
        return False
    noun = m.group(1)
    if noun.endswith(_PERSON_TAILS) or any(t and (t in noun or noun in t) for t in prep.titles) or \
            any(n and (n in noun or noun in n) for n in prep.names):
        return False
    # the question points at the same noun with a demonstrative ("이 전차는 어디까지", "저 칼 이름이 뭐요?")
    return re.search(r"(?:^| )(?:이|그|저) " + re.escape(noun) + r"(?=[가-힣]{0,2}(?: |$))", prep.question_norm) is not None
