"""How a card says its character speaks of itself: the self-words it quotes for "I" ("this child",
"이 할미", 一人称は「わ」, selfwords.yaml) and the sentences that say it speaks of itself by a name or
in the third person (the cue patterns below). perspective.refers_to_self_by_name reads these; the
builder (builder/selfref.py) and the reward's ground truth read them through it."""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from raiden_r1.canon import canonical

from .quotes import quoted, quoted_spans


@functools.lru_cache(maxsize=1)
def _selfwords() -> dict:
    return yaml.safe_load(resources.files("raiden_r1.data").joinpath("selfwords.yaml").read_text(encoding="utf-8"))


def is_self_word(word: str) -> bool:
    """Whether a quoted word is the character's way of saying "I" ("我", "this child", "이 할미",
    "この婆"), not a name it calls itself by (selfwords.yaml)."""
    w = re.sub(r"^[\"'“‘「『\s]+|[\"'”’」』\s]+$", "", word).strip()
    if canonical(w) in _PRONOUNS or w.lower() in _selfwords()["WORDS"]:
        return True
    script = "ko" if re.search("[가-힣]", w) else "ja" if re.search("[ぁ-んァ-ン]", w) else \
        "en" if re.match("[A-Za-z]", w) else ""
    pattern = _selfwords()["PATTERNS"].get(script)
    return bool(pattern and re.search(pattern, w))


# A sentence says the character refers to itself ... (per language) ...
SELF_REF = re.compile(
    r"\b(?:calls?|refers? to|speaks? of|talks? about|names?|addresses)\s+(?:her|him|them|it)sel(?:f|ves)\b"
    r"|instead of\s+\W?i\b|never says\s+\W?i\b|in the third person|third-person"
    r"|称呼自己|自称|称自己|叫自己|管自己叫|把自己叫|第三人称"
    r"|自分のこと|自分を|一人称|三人称"
    r"|자기를|자신을|스스로를|자기 자신을|자기 이름|자신의 이름|1인칭|3인칭|삼인칭"
    # "拿自己名字当“我”用", "uses her own name for I" (selfwords.yaml BY_OWN_NAME)
    r"|" + _selfwords()["BY_OWN_NAME"],
    re.IGNORECASE)
# ... by the word quoted right after saying so ("一律自称“老金”", "calls herself 'Pip'", "一人称は「みゆ」",
# "talks about herself in the third person as 'Peg'", "refers to itself in the third person as 'Kettle'"),
# a name of its own even when it is not part of the character's name.
# (the quote itself is read by quotes.py: "calls himself 'Ol' Boots'" quotes Ol' Boots, not Ol; an
# adverb may stand before it: "refers to itself only as 'this unit'")
_SELF_REF_QUOTE = re.compile(r"(?:\b(?:calls?|refers? to|names?)\s+(?:her|him|them|it)sel(?:f|ves)(?:\s+(?:only|always|mostly|usually|just|simply|solely|exclusively))?(?:\s+in\s+the\s+third\s+person)?|"
                             r"\b(?:talks?|speaks?)\s+(?:about|of)\s+(?:her|him|them|it)sel(?:f|ves)(?:\s+in\s+the\s+third\s+person)?|自称|称自己|叫自己|管自己叫|把自己叫|"
                             r"自分のこと(?:を)?|自分を|一人称は|자기를|자신을|스스로를|자기 자신을)\s*(?:为|作|是|as|は|を|로|으로)?\s*(?=[\"'“‘「『])",
                             re.IGNORECASE)
# First-person words a profile may quote as the character's way of saying "I" ("一人称は「俺」",
# 自称“奴家”, '본 기기'): no name (selfwords.yaml PRONOUNS).
_PRONOUNS = frozenset(_selfwords()["PRONOUNS"])


# ... or by the word quoted right before saying so ("常用小名“兰子”称呼自己", "「テツ」と自称する",
# '순덕이'라고 자기를 부른다, "'Mags' is what she calls herself": review 67 read the given name instead).
_QUOTE_BEFORE_SELF_REF = re.compile(
    r"[“\"「『]([^”\"」』\n]{1,8})[”\"」』]\s*(?:来|去|作为?)?(?:称呼|称|叫|自称)自己|[“\"「『]([^”\"」』\n]{1,8})[”\"」』]\s*自称"
    r"|[「『\"]([^」』\"\n]{1,8})[」』\"]\s*(?:と|って)\s*(?:自称|自分(?:のこと)?を\s*呼|自らを\s*呼)"
    r"|['‘\"“]([^'’\"”\n]{1,10})['’\"”]\s*(?:이?라고|으?로)\s*(?:자기|자신|스스로)(?:를|을)?\s*(?:부르|부른|칭하|칭한|지칭)"
    r"|[\"“]([^\"”\n]{1,20})[\"”],?\s+is\s+what\s+(?:she|he|they)\s+calls?\s+(?:her|him|them)sel(?:f|ves)",
    re.IGNORECASE)


def quoted_self_names(text: str) -> list[str]:
    out = []
    for m in _SELF_REF_QUOTE.finditer(text):
        first = quoted_spans(text[m.end():], 24)[:1]
        if first and first[0][0] == 0 and not is_self_word(first[0][2]):
            out.append(first[0][2])
    for m in _QUOTE_BEFORE_SELF_REF.finditer(text):
        word = next(g for g in m.groups() if g).strip()
        if word and not is_self_word(word):
            out.append(word)
    return out


_PLAIN_I = ("i", "me", "myself", "我", "私", "わたし", "나", "저", "제", "내")


def quoted_self_words(text: str) -> list[str]:
    """The self-words quoted right after a card says how its character calls itself ("calls
    himself 'this child'", 자기를 '이 할미'라고 부른다, 一人称は「わ」): its word for "I", the plain
    I / 我 / 私 / 나 left out (they change nothing)."""
    out = []
    for m in _SELF_REF_QUOTE.finditer(text):
        first = quoted_spans(text[m.end():], 24)[:1]
        if first and first[0][0] == 0 and is_self_word(first[0][2]) \
                and first[0][2].strip().lower() not in _PLAIN_I:
            out.append(first[0][2].strip())
    return out


# ... by a name (or in the third person).
BY_NAME = re.compile(r"\bname\b|\bthird[- ]person\b|\btitle\b|\brank\b|名字|名前|名|이름|三人称|第三人称|3인칭|삼인칭|"
                      r"称号|头衔|职衔|肩書|役職名|직함|호칭|직위", re.IGNORECASE)


def quoted_short(text: str) -> list[str]:
    return quoted(text, 24)


def is_plain_i(word: str) -> bool:
    """Whether a quoted word is the plain I / 我 / 私 / 나: a card quotes it to say the character
    does *not* use it ("never says 'I'", 从不说“我”), never as the character's own word."""
    return re.sub(r"^[\"'“‘「『\s]+|[\"'”’」』\s]+$", "", word).strip().lower() in _PLAIN_I


# A card sentence that says the character does without the plain first person ("never says 'I'",
# "avoids the word I", 从不说“我”, 「私」とは言わない, '나'라는 말을 쓰지 않는다): where it quotes no
# word of its own for "I", it speaks of itself by its name (review 70: "refers to itself in the
# third person as KESTREL-9, never says 'I'" was read as a card quoting its word 'I').
NO_PLAIN_I = re.compile(
    r"\b(?:never|not|doesn'?t|does not|won'?t|will not|refuses? to)\s+(?:says?|uses?)\s+"
    r"(?:the word\s+|the pronoun\s+)?[\"'“‘]?I\b(?![\w'’])|\bavoids?\s+(?:saying\s+|the word\s+|the pronoun\s+)[\"'“‘]?I\b(?![\w'’])"
    r"|\binstead of\s+(?:saying\s+)?[\"'“‘]?I\b(?![\w'’])|\bwithout (?:ever )?(?:saying|using) [\"'“‘]?I\b"
    r"|(?:从不|从来不|不|绝不|决不|从没)(?:说|用|自称)[“\"「『]?我|不用第一人称|不说第一人称"
    r"|[「『\"“](?:私|僕|俺|わたし|あたし)[」』\"”]\s*(?:と(?:は|も)?\s*(?:言わ|いわ|使わ)|を\s*使わ)|一人称を\s*使わ"
    r"|['‘\"“](?:나|저)['’\"”]\s*(?:라는\s*말을?|라고)\s*(?:절대\s*)?(?:안\s*|하지\s*않|쓰지\s*않|말하지\s*않)|1인칭을\s*(?:안\s*|쓰지\s*않)",
    re.IGNORECASE)


def names_after_cue(text: str, forms: tuple[str, ...], canon) -> bool:
    """Whether a name form of the character stands, unquoted, right after the card says how it
    refers to itself ("refers to itself as KESTREL-9", "calls herself Maggie", 自称林晓, 自分のことを
    ゴロウと呼ぶ): within a few words, so a name elsewhere in a long description does not count."""
    for m in SELF_REF.finditer(text):
        near = canon(text[max(0, m.start() - 12):m.end() + 48])
        if any(len(f) >= 2 and f in near for f in forms):
            return True
    return False
