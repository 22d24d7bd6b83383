"""The first person and word for the listener a card gives its character, in the gold answers
(voice.yaml SELF_REFERENCE, SECOND_PERSON; the dialect layer is dialect.py).

A reviewer read "我住在听雪峰" from a character whose card says 常自称"本座", and standard です from a
geisha whose card says she speaks 京言葉 with どす: the answers contradicted the card. Only what the
card states is applied, and only the first-person word and sentence endings change, never a key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.perspective import name_forms, profile_names, refers_to_self_by_name
from raiden_r1.data.self_reference import SELF_REF, quoted_self_words
from raiden_r1.data.quotes import name_particles, quoted

from .dialect import dialect_second_person
from .tables import table
from .voice import manner_fields, speech_level


@lru_cache(maxsize=None)
def _self_pattern(language: str, group: str = "SELF_REFERENCE") -> re.Pattern[str] | None:
    spec = table("voice.yaml", group).get(language)
    if not spec:
        return None
    words = "|".join(sorted(map(re.escape, spec["words"]), key=len, reverse=True))
    return re.compile(spec["marks"] + f"({words})")


def second_person(fields: dict[str, str], language: str) -> str | None:
    """The word the card says its character calls the person it talks to ("相手を「お主」と呼ぶ"),
    else the word of the dialect it names (武家言葉: 貴殿, never あなた), else the plain register's
    word of a card in plain speech (タメ口: あんた), or None (voice.yaml SECOND_PERSON, dialects.yaml
    DIALECTS ``you``)."""
    pattern = _self_pattern(language, "SECOND_PERSON")
    if pattern is None:
        return None
    m = pattern.search("\n".join(fields.values()))
    if m:
        return m.group(1)
    plain = table("voice.yaml", "SECOND_PERSON")[language].get("plain")
    return dialect_second_person(fields, language) or (plain if plain and speech_level(fields, language) == "plain" else None)


def with_second_person(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's あなた / 你 said as ``word``; unchanged where a key holds it."""
    default = table("voice.yaml", "SECOND_PERSON")[language]["default"]
    if any(re.search(default, k) for k in keys):
        return text
    return re.sub(default, word, text)


def with_own_word(answer: str, word: str, language: str) -> str:
    """A character's answer about itself that names no one with the card's first person in front
    ("三十四歳でござる。" -> "拙者、三十四歳でござる。", "身長は五尺四寸だ。" -> "あっしの身長は五尺四寸だ。");
    an answer that speaks of the user (あなた, 你, the card's second person) or names a pet or a
    thing ("ごん太という名前です") is left as it is."""
    spec = table("voice.yaml", "SECOND_PERSON").get(language)
    if not spec or word in answer or re.search("|".join([spec["default"], *map(re.escape, spec["words"])]), answer):
        return answer
    if language == "ja":
        own = table("voice.yaml", "SELF_REFERENCE")["ja"]
        if re.search(own["pointed"], answer):
            return answer
        if re.search(own["topic"], answer):
            return f"{word}の{answer}"
        if re.search(own["names_other"], answer):
            return answer
        # a self-name ("ルル") is the sentence's topic, "ルルは十五歳なのです"; a first-person word
        # of the table keeps its pause ("拙者、三十四歳でござる")
        return f"{word}、{answer}" if word in own["words"] else f"{word}は{answer}"
    return f"{word}{answer}" if language == "zh" else answer


def situational_self_name(fields: dict[str, str]) -> bool:
    """Whether every sentence in which the card says its character names itself limits it to a
    situation ("when it reports its sensor readings it calls itself "HX-7"", 直播的时候自称…, 실험할
    때만 자기를 …라고 부른다): its everyday answers then say "I", never the name (review 76: a robot
    that names itself only for sensor reports said "In Fern's free time Fern enjoys…")."""
    cue = re.compile(table("voice.yaml", "SELF_NAME_SITUATION"))
    sentences = [s for v in fields.values() for s in re.split(r"(?<=[.!?。！？])\s+|(?<=[。！？])|\n", v)
                 if SELF_REF.search(s)]
    return bool(sentences) and all(cue.search(s) for s in sentences)


def self_name(fields: dict[str, str], language: str, character_name: str) -> str | None:
    """The name or nickname a card says its character calls itself by (talks about itself in the
    third person as "Ringer", 常拿自己的名字称呼自己（"阿巧勿晓得"）, 자기를 '순덕이'라고 부른다), or
    None. The same reading of the card as the reward's (``refers_to_self_by_name``: such records
    are judged as self-naming). A quoted name form wins; a quoted example that opens with one
    ("阿巧勿晓得") gives that form; else the given name."""
    if not character_name or not refers_to_self_by_name(character_name, fields) or situational_self_name(fields):
        return None
    names = profile_names(character_name, fields, quoted=False)  # nicknames (a quoted example is no name)
    forms = [f for f in (character_name, *names, *character_name.replace('"', " ").split()) if len(f) >= 2]
    parts = {character_name[i:j] for i in range(len(character_name)) for j in range(i + 2, len(character_name) + 1)}
    parts = {p for p in parts if p == p.strip()} | set(forms)
    # (quotes.py: 'Hattie don't cheat nobody' and 'Ol' Boots' are one quote each, never 'Ol')
    for q in quoted(manner_fields(fields) or "\n".join(fields.values())):
        if q in parts:
            return q
        # 'Hattie don't cheat nobody', "阿巧勿晓得", '순덕이' (the name and the calling suffix 이)
        heads = [p for p in parts if q.startswith(p) and (language != "en" or re.match(re.escape(p) + r"\b", q))]
        if heads:
            head = max(heads, key=len)
            return q if language == "ko" and len(q) <= len(head) + 1 else head
    # 自称“阿娟”: a name quoted right after the card says so, though no part of the written name
    for q in profile_names(character_name, fields):
        if q not in names and _looks_like_name(q, language) and is_card_word(q, fields):
            return q
    # "自分のことを花子と呼ぶ", "refers to itself as ORBIT-3": the form the card writes right after saying so
    said = [p for p in parts if len(p) >= 2 and any(p in text[m.end():m.end() + 48]
                                                    for text in fields.values() for m in SELF_REF.finditer(text))]
    if said:
        return max(said, key=len)
    given = [f for f in name_forms(character_name, names) if f in parts and f != character_name.lower()]
    if language == "en":
        first = re.findall(r"[A-Z][\w'-]+", character_name)
        return first[0] if first else None
    # (a Japanese character that calls itself by name says its given name, "花子は…", never "山田は…")
    spaced = character_name.split()
    if language == "ja" and len(spaced) == 2 and spaced[1] in given:
        return spaced[1]
    return next((f for f in given if f in character_name), None)


def is_card_word(word: str, fields: dict[str, str]) -> bool:
    """Whether the card writes ``word`` whole: a Latin word not cut at an apostrophe ("Ol" is no
    word of a card that only says "Ol' Boots"), CJK and Hangul text anywhere."""
    texts = [*fields.keys(), *fields.values()]
    if not re.search("[A-Za-z]", word):
        return any(word in t for t in texts)
    # (inside its quote: 'Big O'Shea' opens and ends with the quote's own apostrophes)
    texts += [q for t in fields.values() for q in quoted(t, 60)]
    whole = re.compile(r"(?<![\w'’])" + re.escape(word) + r"(?![\w'’])")
    return any(whole.search(t) for t in texts)


def cut_self_names(fields: dict[str, str], character_name: str) -> list[str]:
    """What a quote read wrongly makes of the card's self-names: the word before an elision
    apostrophe ("Ol" of 'Ol' Boots', "Jack o" of 'Jack o' the Marsh') where the card never writes
    it whole. A character saying it ("Ol weighs 142 pounds", "Ol'll remember") names itself by a
    cut name."""
    text = "\n".join(fields.values())
    names = [*quoted(manner_fields(fields) or text), *profile_names(character_name, fields, quoted=False)]
    cuts = [m.group(1) for q in names for m in [re.match(r"(\w[\w ]*?)['’] ", q)] if m]
    return [c for c in dict.fromkeys(cuts) if not is_card_word(c, fields)]


def _looks_like_name(text: str, language: str) -> bool:
    """A quoted word short enough to be a name ("阿娟", "Pip"), not an example sentence ("Boone don")."""
    if language == "en":
        # ('Peg o' the Ferry': lower-case particles between capitalised words, quotes.yaml)
        words = text.split()
        return (0 < len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
                and all(w[:1].isupper() or w in name_particles() for w in words))
    # (a Japanese or Korean nickname carries its suffix: "テッちゃん", "순딩이")
    return 2 <= len(text) <= (6 if language in ("ja", "ko") else 4) and " " not in text


def card_self_word(fields: dict[str, str], language: str, character_name: str = "") -> str | None:
    """What the character says where a first person would be: the card's first-person word
    (额, あっし, 소인), else the name it calls itself by, else None."""
    return self_reference(fields, language) or self_name(fields, language, character_name)


def self_reference(fields: dict[str, str], language: str) -> str | None:
    """The first-person word the card states ("本座", "うち"), or None. A field named for it
    (一人称: うち) counts as well as a remark in the speech-style text (常自称"本座")."""
    pattern = _self_pattern(language)
    spec = table("voice.yaml", "SELF_REFERENCE").get(language, {})
    for name, value in fields.items() if pattern else ():
        if re.fullmatch(r"\s*(?:一人称|自称)\s*", name) and value.strip() in spec["words"]:
            return value.strip()
        m = pattern.search(value)
        if m:
            return m.group(1)
    # a self-word quoted after the card says so, though no table's: "calls himself 'this child'",
    # 자기를 '이 할미'라고 부른다, 一人称は「わ」 (perspective.py: the reward reads it the same way)
    for value in fields.values():
        words = quoted_self_words(value)
        if words:
            return words[0]
    return None


def with_self_reference(text: str, word: str, language: str, keys: list[str]) -> str:
    """``text`` with the table's first person (我, 私) said as ``word``; unchanged where the
    default word is part of a key (a name or a place with 我 in it). English and Korean put
    ``word`` where the subject is (voice.yaml SUBJECT: "I'm 41" -> "Ringer's 41", "저는" -> "소인은")."""
    rules = table("voice.yaml", "SUBJECT").get(language)
    if rules:
        return _with_subject(text, word, rules, keys)
    spec = table("voice.yaml", "SELF_REFERENCE").get(language)
    if not spec or any(re.search(spec["default"], k) for k in keys):
        return text
    # a self-name owns with its particle where the pronoun needs none (review 68: "蓉蓉母亲是李秀芬"
    # for 我母亲): "蓉蓉的母亲", never after a self-word that is a pronoun ("老娘母亲" stays)
    possessed = spec.get("possessed_by_name")
    if possessed and word not in spec["words"]:
        text = re.sub(spec["default"] + "(?=" + possessed["before"] + ")", word + possessed["particle"], text)
    return re.sub(spec["default"], word, text)


def _particle(word: str, pair: str) -> str:
    """The Korean particle of ``pair`` ("은는") that follows ``word``: the first after a final consonant."""
    last = word[-1]
    final = (ord(last) - 0xAC00) % 28 if "가" <= last <= "힣" else 0
    return pair[0] if final else pair[1]


def _with_subject(text: str, word: str, rules: list, keys: list[str]) -> str:
    """The first first-person subject as ``word``, and every other first person of the same
    sentence with it (review 65: "Ezekiel'd say I'm proud" mixed the name and I in one sentence);
    a later sentence may still say I. A word in lower case ("this child") opens a sentence in capitals."""
    out, pos, end = text, 0, None
    while True:
        found = [(m, replacement) for pattern, replacement, *flags in rules if end is not None or "after" not in flags
                 for m in [re.compile(pattern).search(out, pos)] if m and (end is None or m.start() < end)]
        if not found:
            break
        m, replacement = min(found, key=lambda f: f[0].start())
        new = re.sub(r"\{(은는|이가|을를)\}", lambda p: _particle(word, p.group(1)), replacement.replace("{name}", word))
        said = m.expand(new)
        if not out[:m.start()].strip() or re.search(r"[.!?]\s*$", out[:m.start()]):
            said = said[:1].upper() + said[1:]
        out = out[:m.start()] + said + out[m.end():]
        pos = m.start() + len(said)
        if end is None:
            stop = re.compile(r"[.!?。！？](?=\s|$)").search(out, pos)
            end = stop.end() if stop else len(out)
        else:  # (the sentence's end moves with what was said in it)
            end += len(said) - (m.end() - m.start())
    return text if any(k in text and k not in out for k in keys) else out
