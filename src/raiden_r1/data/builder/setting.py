"""The setting a character lives in, guessed from era and genre words in the profile.

CM conversations state everyday facts; a Joseon astronomer should hear about a new horse, not a
new bike, and a lunar geologist about a cabin number, not a bus. Three settings are enough for
that: "modern", "historical" (any pre-industrial or fantasy world, Victorian included), "future"
(space stations, colonies). Signals are counted per setting; too few, or a tie, is "modern".
"""

from __future__ import annotations

import re

from .fields import classify_field

SETTINGS = ("modern", "historical", "future")

# Words that place a character in a setting. Several words of one setting are needed only to win
# a tie with the other; one is enough on its own. Dynasty names are written in full ("北宋", not
# "宋"): a bare 宋 or 唐 is as often a modern surname.
_SIGNALS: dict[str, re.Pattern[str]] = {
    "historical": re.compile(
        r"\b(?:victorian|edwardian|regency|medieval|mediaeval|middle ages|renaissance|fantasy|kingdom|king|queen|"
        r"royal|empire|emperor|castle|knight|squire|dragons?|wyverns?|wizard|witch|sorcer\w*|elves|elven|dwarves|"
        r"magic|guild|lord|duke|baron|sword|tavern|steamer|paddle-steamer|sea kings)\b"
        r"|北宋|南宋|宋朝|宋代|唐朝|唐代|大唐|盛唐|汉朝|汉代|明朝|明代|清朝|清代|元朝|秦朝|隋朝|三国|春秋|战国|武侠|江湖|门派|"
        r"剑客|侠客|朝廷|皇帝|太医|衙门|古代|仙侠|修仙|宗门|年间|汴梁|长安"
        r"|平安時代|江戸時代|戦国時代|鎌倉|室町|幕府|陰陽|武士|侍|京の都|藩|将軍"
        r"|조선|고려|신라|백제|고구려|세종|임금|궁궐|관상감|양반|선비|한양",
        re.IGNORECASE),
    "future": re.compile(
        r"\b(?:space station|spaceship|starship|spacewalk|xenobotan\w*|colony|colonies|mars|martian|titan|orbit|"
        r"orbital|rover|lunar|moon base|asteroid|android|cyborg|hab block|airlock|zero-gravity)\b"
        r"|空间站|宇宙飞船|飞船|星际|太空|宇航|月球|月面|火星|基地舱"
        r"|宇宙ステーション|宇宙船|火星|月面|コロニー|アンドロイド"
        r"|우주 ?정거장|우주선|화성|월면|달 기지|식민지|안드로이드",
        re.IGNORECASE),
}
_YEAR = re.compile(r"(?<!\d)(\d{3,4})\s*(?:年|년)|\b(?:in|of|year|,)\s+(\d{4})\b", re.IGNORECASE)


def setting_scores(text: str) -> dict[str, int]:
    """Distinct signal words per setting; a stated year before 1800 or after 2100 counts too."""
    scores = {s: len({m.group(0).casefold() for m in pattern.finditer(text)}) for s, pattern in _SIGNALS.items()}
    for m in _YEAR.finditer(text):
        year = int(m.group(1) or m.group(2))
        if year < 1900:
            scores["historical"] += 1
        elif year >= 2100:
            scores["future"] += 1
    return scores


# Signals a setting needs: one word ("royal", "orbit") is too easily a figure of speech.
MIN_SIGNALS = 2


def detect_setting(fields: dict[str, str]) -> str:
    """"historical", "future" or "modern" for a profile's fields (names and values). Goals are
    left out: a schoolgirl who dreams of the space station lives in the present."""
    text = "\n".join(f"{k}: {v}" for k, v in fields.items()
                     if getattr(classify_field(k), "name", None) != "dream")
    scores = setting_scores(text)
    best = max(("historical", "future"), key=lambda s: scores[s])
    other = "future" if best == "historical" else "historical"
    return best if scores[best] >= MIN_SIGNALS and scores[best] > scores[other] else "modern"
