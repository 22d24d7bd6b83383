"""Conjugated stems of a Japanese keyword that ends in a verb's dictionary form (docs/reward.md, session
33 (r11)): "星を眺める" is said 星を眺め(て/ます/たり), "笙を吹く" 笙を吹いて, 笙を吹きます, "和歌を詠む"
和歌を詠んで. Only a phrase with an object or place particle before a verb written with a kanji gets them
(the particle keeps the stem from matching another word: "星を眺め" is no 眺め in "眺めのいい部屋"),
and only stems of two characters or more ("見る" gives none: 見 is in too many words). A nominalised
keyword ("星を眺めること") is conjugated from its verb. The negative stems (吹か, 眺めな…) are not made;
an ichidan stem also starts its negative ("眺めない"), which the negation cues read as they do for any keyword."""

from __future__ import annotations

import re
from functools import lru_cache

# object/place particle, then a verb: kanji, optional kana okurigana, a dictionary-form ending
_PHRASE = re.compile(r"^(.*[をにでへと])([\u4e00-\u9fff]+[ぁ-ゖ]*?)(う|く|ぐ|す|つ|ぬ|ぶ|む|る)(?:こと|の)?$")
# godan endings: (masu-stem ending, te-stem ending)
_GODAN = {"う": ("い", "っ"), "く": ("き", "い"), "ぐ": ("ぎ", "い"), "す": ("し", "し"), "つ": ("ち", "っ"),
          "ぬ": ("に", "ん"), "ぶ": ("び", "ん"), "む": ("み", "ん"), "る": ("り", "っ")}
_E_I_ROW = set("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")


@lru_cache(maxsize=16384)
def verb_stems(raw: str) -> tuple[str, ...]:
    """The conjugated stems of ``raw`` (see the module doc), () when it does not end in such a verb."""
    m = _PHRASE.match(raw.strip())
    if m is None:
        return ()
    head, verb, end = m.groups()
    if verb.endswith("す") and end == "る":
        return (f"{head}{verb[:-1]}し",) if len(verb) >= 2 else ()  # 勉強する: 勉強し(て/ます)
    if end == "る" and len(verb) == 1:
        return ()  # 見る (ichidan) and 乗る (godan) look alike: no stem is sure
    if end == "る" and verb[-1] in _E_I_ROW:
        stems: tuple[str, ...] = (verb,)  # 眺める: ichidan, the stem is the verb without る
    elif verb == "行" and end == "く":
        stems = ("行き", "行っ")  # 行って, not 行いて
    else:
        masu, te = _GODAN[end]
        stems = (verb + masu, verb + te)
    return tuple(f"{head}{s}" for s in dict.fromkeys(stems) if len(s) >= 2)
