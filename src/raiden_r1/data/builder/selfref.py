"""The first person and dialect a card gives its character, in the gold answers (voice.yaml
SELF_REFERENCE, DIALECTS).

A reviewer read "我住在听雪峰" from a character whose card says 常自称"本座", and standard です from a
geisha whose card says she speaks 京言葉 with どす: the answers contradicted the card. Only what the
card states is applied, and only the first-person word and sentence endings change, never a key.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from raiden_r1.text import keyword_in

from .tables import table
from .voice import is_polite


@lru_cache(maxsize=None)
def _self_pattern(language: str, group: str = "SELF_REFERENCE") -> re.Pattern[str] | None:
    spec = table("voice.yaml", group).get(language)
    if not spec:
        return None
    words = "|".join(sorted(map(re.escape, spec["words"]), key=len, reverse=True))
    return re.compile(spec["marks"] + f"({words})")


def second_person(fields: dict[str, str], language: str) -> str | None:
    """The word the card says its character calls the person it talks to ("相手を「お主」と呼ぶ"),
    or None (voice.yaml SECOND_PERSON)."""
    pattern = _self_pattern(language, "SECOND_PERSON")
    if pattern is None:
        return None
    m = pattern.search("\n".join(fields.values()))
    return m.group(1) if m else None


def with_second_person(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's あなた / 你 said as ``word``; unchanged where a key holds it."""
    default = table("voice.yaml", "SECOND_PERSON")[language]["default"]
    if any(re.search(default, k) for k in keys):
        return text
    return re.sub(default, word, text)


def _choice(options: list[str], text: str) -> str:
    """One of ``options``, the same for the same text (no seed: a gold answer is voiced alike in
    every build)."""
    return options[zlib.crc32(text.encode("utf-8")) % len(options)] if options else ""


def gold_in_dialect(answer: str, fields: dict[str, str], language: str, keys: list[str], opener: bool = True) -> str:
    """The gold answer with the dialect's mark of speech the rules cannot give it: a Scots opener
    ("Aye, my son is Callum.", only with ``opener``: a CM answer has its lead) or a Chongqing
    sentence particle ("老娘今年41岁嘛。"); unchanged where a key would no longer be found."""
    dialect = _dialect(fields, language)
    if not dialect:
        return answer
    out = answer
    opener = _choice(dialect.get("openers", []), answer) if opener else ""
    if opener and not answer.lower().startswith(opener.strip(", ").lower()):
        first = answer.split(" ", 1)[0]
        lower = table("voice.yaml", "OPENER_LOWER").get(language, [])
        out = opener + (answer[0].lower() + answer[1:] if first.lower() in lower else answer)
    particle = _choice(dialect.get("particles", []), answer)
    m = re.search(r"([^呀啊呢吧嘛哈噻撒哦啦咯嘞了？?！!…])。$", out)
    if particle and m:  # the last sentence a statement: "这还用问？你住在81号噻。"
        out = out[:m.end(1)] + particle + "。"
    if any(k in answer and not keyword_in(out, k) for k in keys if keyword_in(answer, k)):
        return answer
    return out


def with_own_word(answer: str, word: str, language: str) -> str:
    """A character's answer about itself that names no one with the card's first person in front
    ("三十四歳でござる。" -> "拙者、三十四歳でござる。"); an answer that speaks of the user (あなた, 你,
    the card's second person) is left as it is."""
    spec = table("voice.yaml", "SECOND_PERSON").get(language)
    if not spec or word in answer or re.search("|".join([spec["default"], *map(re.escape, spec["words"])]), answer):
        return answer
    return f"{word}、{answer}" if language == "ja" else f"{word}{answer}" if language == "zh" else answer


def self_reference(fields: dict[str, str], language: str) -> str | None:
    """The first-person word the card states ("本座", "うち"), or None. A field named for it
    (一人称: うち) counts as well as a remark in the speech-style text (常自称"本座")."""
    pattern = _self_pattern(language)
    if pattern is None:
        return None
    spec = table("voice.yaml", "SELF_REFERENCE")[language]
    for name, value in fields.items():
        if re.fullmatch(r"\s*(?:一人称|自称)\s*", name) and value.strip() in spec["words"]:
            return value.strip()
        m = pattern.search(value)
        if m:
            return m.group(1)
    return None


def with_self_reference(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's first person (我, 私) said as ``word``; unchanged where the
    default word is part of a key (a name or a place with 我 in it)."""
    default = table("voice.yaml", "SELF_REFERENCE")[language]["default"]
    if any(re.search(default, k) for k in keys):
        return text
    return re.sub(default, word, text)


def _dialect(fields: dict[str, str], language: str) -> dict | None:
    text = "\n".join(fields.values())
    for dialect in table("voice.yaml", "DIALECTS").get(language, ()):
        if re.search(dialect["cue"], text):
            return dialect
    return None


def dialect_rules(fields: dict[str, str], language: str) -> list[tuple[str, ...]]:
    """The ending rules of the dialect the card names, or []."""
    dialect = _dialect(fields, language)
    return [tuple(rule) for rule in dialect["rules"]] if dialect else []


def dialect_greetings(fields: dict[str, str], language: str) -> tuple | None:
    """The CM greetings of the dialect the card names ("Wotcha, {name}!"), or None."""
    dialect = _dialect(fields, language)
    return dialect.get("greetings") if dialect else None


def in_dialect(text: str, rules: list[tuple[str, ...]], keys: list[str], language: str = "") -> str:
    out = text
    polite = None
    for pattern, replacement, *register in rules:
        if register:  # a rule of the plain register only ("あんた" beside "ですよね" mixes two)
            polite = is_polite(text, language) if polite is None else polite
            if polite:
                continue
        out = re.sub(pattern, replacement, out)
    # a kana key right before the ending ("こむぎです") would run into a new one ("こむぎどす"):
    # the reward's matcher finds no word end there, so such a sentence keeps its standard ending;
    # an ending that starts as before ("クロでござる" for "クロです") is no new run
    for k in keys:
        before = re.search(re.escape(k) + r"(?=です|ます)(.)", text) if re.search(r"[\u3041-\u30ff]$", k) else None
        after = re.search(re.escape(k) + r"(.)", out) if before else None
        if before and (after is None or after.group(1) != before.group(1)):
            return text
    # a rule must never change a keyword ("です" inside a quoted catch-phrase), nor leave one the
    # reward's matcher no longer finds where it ends ("ミツ子" before "や" as before "だ")
    if any(k in text and (k not in out or (keyword_in(text, k) and not keyword_in(out, k))) for k in keys):
        return text
    return out
