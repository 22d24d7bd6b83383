"""The character's own title said right before its own name, as an introduction (docs/reward.md, session
33 (r11)): "陰陽師の賀茂晴明にございます", "陰陽師、賀茂晴明。", "Detective Kenji Sato.", "Detective Sato,
at your service". The title there is the character introducing itself, not the character seen from
outside (third_person.own_title_subject); the titled name as the subject of a sentence that goes on
("陰陽師の賀茂晴明は京の生まれだ", "Detective Sato is the man you want") stays third person."""

from __future__ import annotations

import re

from .matching import PreparedTruth

# Between the title and the name: an attributive の, a comma, a space (canonical text)
_JOIN = re.compile(r"^[\sの的、,，]*")
# After the name, only a copula of introduction or a greeting, then the sentence's end (canonical text:
# kanji simplified, punctuation dropped)
_INTRO = {
    "ja": re.compile(r"^(?:にございます|でございます|にござります|でござります|でござる|にござる|にて候|にて候う|と申します|と申す|"
                     r"と申しまする|です|だ|じゃ|でおじゃる|なり|であります)?(?:る|よ|ね|ぞ|な|ぞよ)?\s*$"),
    "en": re.compile(r"^(?:at your service|at yer service|here|pleased to meet you|nice to meet you|that s me)?\s*$"),
    "zh": re.compile(r"^(?:是也|就是我|就是俺|就是在下|在此|是我|便是)?\s*$"),
    "ko": re.compile(r"^(?:이다|다|입니다|이오|요|이요|이라예|아이가|이올시다|올시다)?\s*$"),
}


def introduces_itself(sentence: str, title: str, prep: PreparedTruth, lang: str) -> bool:
    """``title`` (the character's own, found opening ``sentence``) followed by the character's own name
    and nothing but a copula of introduction: the character naming itself."""
    intro = _INTRO.get(lang)
    at = sentence.find(title)
    if intro is None or at == -1:
        return False
    rest = sentence[at + len(title):]
    rest = rest[_JOIN.match(rest).end():]
    for name in sorted((n for n in prep.names if n), key=len, reverse=True):
        if rest.startswith(name) and (lang in ("zh", "ja") or rest[len(name):len(name) + 1] in ("", " ")):
            return intro.match(rest[len(name):].strip()) is not None
    return False
