"""The character introduced by a narrator (session 32, s21en-114, s21zh-116): a description before its name
("The fox spirit Rusty flicks his tail: …", "机器人小安回答说，…", "ロボットの小安は答えた", "로봇 소안이 대답했다") or a
narrator's speech tag after it ("小安答道", "Rusty replied", "小安は言った", "소안이 말했다"). A character who speaks of
itself by name says "小安记得…" or "Pip was born here!", never "the robot Pip" nor a tag in the narrative past.
What it does not catch: a narrator's line with no name ("He flicks his tail: …", left to the other voice rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Answer
from .matching import PreparedTruth

# en: "the <up to three words> Name <verb>": a narrator's definite description of the speaker
_EN_TAGS = r"(?:says|said|replies|replied|answers|answered|whispers|whispered|murmurs|murmured|grins|grinned|smiles|smiled|" \
           r"nods|nodded|laughs|laughed|chuckles|chuckled|sighs|sighed|flicks|flicked|tilts|tilted|leans|leaned|shrugs|shrugged)"
_ZH_TAGS = r"(?:回答说|回答道|答道|说道|笑道|笑着说|应道|回应道|低声道|开口道)"
_JA_TAGS = r"(?:答えた|言った|答える|微笑んだ|笑った|頷いた|うなずいた|つぶやいた|呟いた)"
_KO_TAGS = r"(?:대답했다|말했다|답했다|웃었다|중얼거렸다|고개를 끄덕였다)"


@lru_cache(maxsize=1024)
def _patterns(names: tuple[str, ...], lang: str, self_name: bool) -> re.Pattern[str] | None:
    forms = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    n = "|".join(re.escape(f) for f in forms)
    if lang == "en":
        # (a character that speaks of itself by name may style itself "The Great Grimbald": only the tag then)
        described = "(?!)" if self_name else rf"^the (?:[a-z]+ ){{1,3}}(?:{n}) (?:[a-z]+s|[a-z]+ed)\b"
        return re.compile(rf"{described}|^(?:{n}) {_EN_TAGS}$")
    if lang == "zh":
        # ("机器人小安回答说": a description of one to four characters, or the tag itself)
        # (not "主人让小安说": a verb of asking before the name makes it an object)
        return re.compile(rf"^[\u4e00-\u9fff]{{0,5}}[^\s让叫跟和对给问替帮向请](?:{n}){_ZH_TAGS[:-1]}|说|笑着|回答)"
                          rf"|^(?:{n}){_ZH_TAGS}")
    if lang == "ja":
        return re.compile(rf"^(?:\S{{1,8}}の)?(?:{n})(?:は|が){_JA_TAGS}")
    if lang == "ko":
        return re.compile(rf"^(?:\S+ )?(?:{n})(?:은|는|이|가) {_KO_TAGS}")
    return None


def narrator_tag(ans: Answer, prep: PreparedTruth) -> str | None:
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    # (every pattern holds a name of two characters or more: a clause without one is not searched, and
    # a new profile's patterns are not compiled for answers that never name it, most of them)
    if not any(len(n) >= 2 and n in cl.text for cl in ans.clauses[:3] for n in prep.names):
        return None
    pat = _patterns(prep.names, ans.language, prep.truth.self_name)
    if pat is None:
        return None
    for cl in ans.clauses[:3]:
        m = pat.search(cl.text)
        # (English: the name capitalised as written, so "the wild rose grows" names no character Rose)
        if m and (ans.language != "en" or any(n.title() in ans.raw for n in prep.names if n in m.group(0))):
            return f"narrates the character ('{m.group(0)}')"
    return None
