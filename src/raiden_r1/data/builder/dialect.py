"""The dialect or old register a card names, as a layer over the character's own words
(dialects.yaml DIALECTS).

Reviews 55-61 read standard speech from characters whose cards say otherwise: "Of course I
remember! Next month you're off to York." from an Elizabethan alewife who says thee and thou,
Seoul 반말 ("…좋아해", "…했잖아") from a Busan boatswain, 拙者 beside です/ました from a rōnin. A
card's speaking-style text is read for the cue of one dialect; its rules rewrite sentence endings,
pronouns and a few everyday words of the gold answers and the character's CM turns, its greetings
open the CM chats, and no rule may change a keyword or leave one the reward's matcher no longer
finds (such a sentence keeps its standard form).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from raiden_r1.text import keyword_in

from .tables import table
from .voice import is_polite, manner_fields, speech_level

# where one clause ends, for the rules kept to the character's own doings ("own"):
# "しのさんでござるな、覚えておき申す。" speaks of the friend, then of the character
_SENTENCE = re.compile(r"(?<=[.!?。！？、,])\s*")
# an English sentence's first letter after a rule ("thou art" opening one), behind any quote mark
_EN_SENTENCE_START = re.compile(r"(^|[.!?]\s+)(['‘\"“]?)([a-z])")
_FILES = ("dialects.yaml", "dialects_en.yaml", "dialects_zh_ko.yaml")


def _syllables(final) -> str:
    """Every Hangul syllable whose final consonant (0: none, 20: ㅆ) passes ``final``."""
    return "".join(chr(0xAC00 + i) for i in range(11172) if final(i % 28))


# Korean endings attach by the syllable's final consonant ("났어" is a past as "했어" is): a
# pattern names the syllables by these marks inside a character class
_HANGUL_CLASSES = {"<ㅆ>": _syllables(lambda f: f == 20), "<ㄴ>": _syllables(lambda f: f == 4),
                   "<받침>": _syllables(lambda f: f != 0)}


@lru_cache(maxsize=None)
def _pattern(source: str) -> re.Pattern[str]:
    for mark, chars in _HANGUL_CLASSES.items():
        source = source.replace(mark, chars)
    return re.compile(source)


def dialects(language: str) -> tuple:
    """The dialect entries of ``language``, in the order their cues are tried."""
    return next((table(f, "DIALECTS")[language] for f in _FILES if language in table(f, "DIALECTS")), ())


def swears_not(fields: dict[str, str], language: str) -> bool:
    """Whether the card says its character never swears (dialects.yaml NO_OATHS)."""
    cue = table("dialects.yaml", "NO_OATHS").get(language)
    return bool(cue and re.search(cue, "\n".join(fields.values())))


def oath_in(text: str, language: str) -> str | None:
    """The first oath or minced oath of ``text`` (dialects.yaml OATHS: "Marry", "Blimey"), or None."""
    pattern = table("dialects.yaml", "OATHS").get(language)
    m = re.search(pattern, text) if pattern else None
    return m.group(0) if m else None


def _sworn(texts, fields: dict[str, str], language: str) -> bool:
    """Whether one of ``texts`` is an oath a card that never swears would not say."""
    return swears_not(fields, language) and any(oath_in(t, language) for t in texts)


def _named(fields: dict[str, str], language: str) -> list[dict]:
    text = manner_fields(fields) or "\n".join(fields.values())
    return [d for d in dialects(language) if re.search(d["cue"], text) and not _occasional(d["cue"], text, language)]


def _occasional(cue: str, text: str, language: str) -> bool:
    """Whether every clause naming the dialect says it comes out only now and then (OCCASIONAL)."""
    pattern = table("dialects.yaml", "OCCASIONAL").get(language)
    clauses = [c for c in re.split(r"[，,。；;\n]|\.\s", text) if re.search(cue, c)]
    return bool(pattern and clauses and all(re.search(pattern, c) for c in clauses))


def card_dialect(fields: dict[str, str], language: str) -> dict | None:
    """The dialect entry whose cue the card's words on how the character talks (speaking style,
    personality, catch-phrases) hold; a card without such a field is read whole. A dislike of
    "서울 말씨" or a hometown names no way of speaking. A register entry (``register: true``,
    하옵니다 to superiors) gives way to a regional one the card names too."""
    named = _named(fields, language)
    return next((d for d in named if not d.get("register")), named[0] if named else None)


def dialect_rules(fields: dict[str, str], language: str) -> list[tuple[str, ...]]:
    """The rules of the dialect the card names, or []: a register entry's first, then the
    region's ("소인 고향은 공주이옵니다" from a Chungcheong servant who says 하옵니다; what the
    register leaves, "가 보려고요", is the region's "가 보려고유")."""
    named = _named(fields, language)
    chosen = [d for d in named if d.get("register")][:1] + [d for d in named if not d.get("register")][:1]
    # ("Of course," -> "Marry, " is no rule for a card whose character never swears)
    return [tuple(rule) for d in chosen for rule in d.get("rules", ()) if not _sworn([rule[1]], fields, language)]


def dialect_second_person(fields: dict[str, str], language: str) -> str | None:
    """The dialect's own word for the listener (武家言葉: 貴殿), for a card that states none."""
    dialect = card_dialect(fields, language)
    return dialect.get("you") if dialect else None


def dialect_greetings(fields: dict[str, str], language: str) -> tuple | None:
    """The CM greetings of the dialect the card names ("Wotcha, {name}!"), or None; a dialect that
    gives them per register ("어, 왔나." in 반말, "어서 오이소." in 존댓말) gives the card's."""
    dialect = card_dialect(fields, language)
    greetings = dialect.get("greetings") if dialect else None
    if isinstance(greetings, dict):
        greetings = greetings.get("plain" if speech_level(fields, language) == "plain" else "polite")
    return [g for g in greetings if not _sworn(g, fields, language)] or None if greetings else greetings


def _listener(language: str) -> re.Pattern[str] | None:
    pattern = table("dialects.yaml", "LISTENER_WORDS").get(language)
    return re.compile(pattern) if pattern else None


def _apply(pattern: str, replacement: str, text: str, language: str, own: bool) -> str:
    if not own:
        return _pattern(pattern).sub(replacement, text)
    # "生まれ申した" is humble: said of the character's own doing, never of the listener's
    listener = _listener(language)
    parts = _SENTENCE.split(text)
    seps = _SENTENCE.findall(text)
    out = [p if listener and listener.search(p) else _pattern(pattern).sub(replacement, p) for p in parts]
    return "".join(p + (seps[i] if i < len(seps) else "") for i, p in enumerate(out))


def in_dialect(text: str, rules: list[tuple[str, ...]], keys: list[str], language: str = "") -> str:
    """``text`` with the dialect's rules applied in order. A rule may carry flags: ``plain`` or
    ``polite`` (only text in that register: voice.yaml POLITE_ENDINGS), ``own`` (only sentences
    that do not speak of the listener: dialects.yaml LISTENER_WORDS)."""
    out = text
    polite = None
    for pattern, replacement, *flags in rules:
        if "plain" in flags or "polite" in flags:  # "あんた" beside "ですよね" mixes two registers
            polite = is_polite(text, language) if polite is None else polite
            if polite != ("polite" in flags):
                continue
        out = _apply(pattern, replacement, out, language, "own" in flags)
    if language == "en" and out != text:
        out = _EN_SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), out)
    # a rule must never change a keyword ("です" inside a quoted catch-phrase), nor leave one the
    # reward's matcher no longer finds where it ends ("ミツ子" before "や" as before "だ"; a kana
    # key that runs into a new ending, "たまどす", keeps です; "おはじきどす" is found: review 64)
    if any(k in text and (k not in out or (keyword_in(text, k) and not keyword_in(out, k))) for k in keys):
        return text
    return out


def _choice(options: list[str], text: str) -> str:
    """One of ``options``, the same for the same text (no seed: a gold answer is voiced alike in
    every build)."""
    return options[zlib.crc32(text.encode("utf-8")) % len(options)] if options else ""


def gold_in_dialect(answer: str, fields: dict[str, str], language: str, keys: list[str], opener: bool = True) -> str:
    """The gold answer with the dialect's mark of speech the rules cannot give it: an opener
    ("Aye, my son is Callum.", "Marry, I am 38 years old."; only with ``opener``: a CM answer has
    its lead) or a sentence particle ("老娘今年41岁嘛。"); unchanged where a key would no longer be
    found."""
    dialect = card_dialect(fields, language)
    if not dialect:
        return answer
    out = answer
    openers = [o for o in dialect.get("openers", []) if not _sworn([o], fields, language)]
    opener = _choice(openers, answer) if opener else ""
    if opener and not answer.lower().startswith(opener.strip(", ").lower()):
        first = answer.split(" ", 1)[0]
        lower = table("dialects.yaml", "OPENER_LOWER").get(language, [])
        # (an opener that is a sentence of its own, "Copy. ", keeps the answer's capital)
        lowered = first.lower() in lower and not opener.rstrip().endswith((".", "!", "?"))
        out = opener + (answer[0].lower() + answer[1:] if lowered else answer)
    particle = _choice(dialect.get("particles", []), answer)
    m = re.search(r"([^呀啊呢吧嘛哈噻撒哦啦咯嘞咧哩哉了厚啰呗？?！!…])。$", out) if language == "zh" else None
    if particle and m:  # the last sentence a statement: "这还用问？你住在81号噻。"
        out = out[:m.end(1)] + particle + "。"
    # English tags a statement's end the same way ("I'm 34 lah.", "My dog is Skipper, b'y.")
    # (one mark is enough: never "Wah, ... lah." nor "my son, me son.")
    m = re.search(r"([A-Za-z0-9])\.$", out) if language == "en" and out == answer else None
    if particle and m and not set(re.findall(r"[a-z']+", particle.lower())) & set(re.findall(r"[a-z']+", out.lower())):
        out = out[:m.end(1)] + particle + "."
    # a Korean or Japanese statement takes the dialect's tag by its ending ("밀면이다." -> "밀면
    # 아이가.", "48歳だ。" -> "48歳だべさ。"): ``tags`` [pattern, replacement], the first that
    # matches, for a gold whose particle is not ""
    if language in ("ko", "ja") and particle and out == answer:
        tag = next((t for t in dialect.get("tags", ()) if _pattern(t[0]).search(out)), None)
        out = _pattern(tag[0]).sub(tag[1].replace("{particle}", particle.strip()), out, count=1) if tag else out
    if any(k in answer and not keyword_in(out, k) for k in keys if keyword_in(answer, k)):
        return answer
    return out
