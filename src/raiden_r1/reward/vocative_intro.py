"""Someone else greeting the character (session 32, s21en-093, s21zh-096): the answer opens by calling its
listener by a kinship word and then introduces its speaker ("Grandad, it's me, Ethan — …", "爷爷，我是婷婷，…",
"おじいちゃん、私、婷婷だよ", "할아버지, 저 팅팅이에요"). That is the relative talking to the character, not the
character answering: the character does not announce who it is to the one it is talking with. A vocative
without a self-introduction ("Grandad, it's Saturday") or an introduction by the character's own name passes.
What it does not catch: an introduction without the vocative ("It's me, Ethan!"; claims_to_be_another reads
those when the profile names the person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .analysis import Answer
from .matching import PreparedTruth

_VOCATIVE = {
    "en": ("grandad", "granddad", "grandpa", "grandma", "granny", "gran", "nan", "nana", "mum", "mom", "mummy", "mommy", "dad",
           "daddy", "mother", "father", "uncle", "auntie", "aunt", "grandfather", "grandmother", "papa", "mama"),
    "zh": ("爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "妈妈", "爸爸", "妈", "爸", "老爸", "老妈", "叔叔", "阿姨", "舅舅", "姑姑",
           "爹", "娘"),
    "ja": ("おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "お父さん", "お母さん", "パパ", "ママ", "おとうさん", "おかあさん",
           "おじさん", "おばさん"),
    "ko": ("할아버지", "할머니", "엄마", "아빠", "어머니", "아버지", "삼촌", "이모", "고모", "할아버님", "할머님"),
}
# The speaker's self-introduction right after the vocative: "it's me", "this is X", "我是X", "是我", "私、X", "저 X예요".
_INTRO = {
    "en": re.compile(r"^(?:it s me|it is me|this is|it s) ?(?P<name>[a-z]+)?$|^(?:i m|i am) (?P<name2>[a-z]+)$"),
    "zh": re.compile(r"^(?:是我|我是(?P<name>[\u4e00-\u9fff]{1,3}?))(?:啊|呀|啦|呢)?$|^我是(?P<name2>[\u4e00-\u9fff]{1,3})"),
    "ja": re.compile(r"^(?:私|わたし|僕|ぼく|俺|あたし)(?:だよ|です|)(?: ?(?P<name>\S{1,6}?)(?:だよ|です|だ))?$"),
    "ko": re.compile(r"^(?:저|나|저예요|나야)(?: (?P<name>\S{1,5}?)(?:이에요|예요|이야|야|입니다))?$"),
}


@lru_cache(maxsize=8)
def _vocative(lang: str) -> re.Pattern[str] | None:
    words = _VOCATIVE.get(lang)
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:oh |hi |hey |dear )?(?:{alt})$" if lang == "en" else rf"^(?:{alt})(?:呀|啊|!)?$")


def greets_as_relative(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language
    voc = _vocative(lang)
    if voc is None or len(ans.clauses) < 2 or not voc.match(ans.clauses[0].text):
        return None
    for i, cl in enumerate(ans.clauses[1:3], 1):
        m = _INTRO[lang].match(cl.text)
        if not m:
            continue
        name = next((g for g in m.groups() if g), "")
        if not name and i + 1 < len(ans.clauses):
            name = ans.clauses[i + 1].text  # ("it s me | ethan": the name cut off as a clause of its own)
        if name and any(name == n or name in n.split() for n in prep.names):
            return None  # the character's own name: a relative of the listener's introducing itself is the character
        return f"speaks as someone greeting the character ('{ans.clauses[0].text}, {cl.text}')"
    return None
