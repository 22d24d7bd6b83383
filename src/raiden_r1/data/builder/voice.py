"""The speech level a card gives its character, and gold answers rewritten to it (voice.yaml).

The phrasing tables speak politely (Korean 해요체, Japanese です/ます), which is right for most
cards; a card that says its character speaks 반말 or タメ口 would be contradicted by every gold
answer, and a model trained on them learns the wrong voice. Only a card that says so is changed:
a card silent about its register keeps the polite answers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .conjugate import masu_to_plain
from .fields import classify_field
from .ja_endings import declared_ending
from .setting import out_of_region, out_of_time
from .story_year import number_value
from .tables import table


@lru_cache(maxsize=None)
def _cue(language: str, level: str) -> re.Pattern[str]:
    return re.compile(table("voice.yaml", "SPEECH_LEVEL_CUES")[language][level])


def _levels(clause: str, language: str) -> set[str]:
    """The registers one clause names; a negated polite cue ("敬語を使わない") names plain."""
    negated = table("voice.yaml", "NEGATED_POLITE").get(language)
    levels = set()
    if negated and re.search(negated, clause):
        levels.add("plain")
        clause = re.sub(negated, " ", clause)
    return levels | {lv for lv in ("polite", "plain") if _cue(language, lv).search(clause)}


def speech_level(fields: dict[str, str], language: str) -> str | None:
    """"polite" or "plain" when the card names one register (ja/ko only), "archaic" for the
    Korean 하오체 of an old-style speaker ("점잖은 옛말투"), else None."""
    level = _speech_level(fields, language)
    # a stated ending on the polite copula ("敬語はあまり使わない" beside 語尾に「〜なのです」) is said on
    # every sentence: the character's sentences keep です for it to replace
    if language == "ja" and level == "plain" and (declared_ending(fields) or "").endswith("です"):
        return "polite"
    return level


def _speech_level(fields: dict[str, str], language: str) -> str | None:
    if language not in table("voice.yaml", "SPEECH_LEVEL_CUES"):
        return None
    text = "\n".join(fields.values())
    if "archaic" in table("voice.yaml", "SPEECH_LEVEL_CUES")[language] and _cue(language, "archaic").search(text):
        return "archaic"
    parts = re.split(r"[,，、;；。.!！?？\n]", text)
    listener = table("voice.yaml", "LISTENER").get(language, {})
    # "누구에게나 반말을 쓴다" speaks to everyone, the user too; "손님에게는 반말, 양반에게만
    # 존댓말": the user is the guest
    for role in ("anyone", "user"):
        for part in parts:
            if role in listener and re.search(listener[role], part):
                levels = _levels(part, language)
                if len(levels) == 1:
                    return levels.pop()
    if "only" in listener:
        parts = [p for p in parts if not re.search(listener["only"], p)]
    levels = set().union(*(_levels(p, language) for p in parts)) if parts else set()
    if len(levels) == 1:
        return levels.pop()
    # a card that names no register word may still show one in its own words (一人称は「わし」,
    # 相手を「あんた」, quoted 반말 examples "~했냐"): such a speaker is plain; a register the card
    # names, even one the cues cannot resolve, is never overridden
    return "plain" if not levels and not states_register(fields, language) and _implies_plain(fields, language) else None


def _implies_plain(fields: dict[str, str], language: str) -> bool:
    """Whether the card's own words show a plain speaker (voice.yaml IMPLIED_PLAIN): a plain
    first- or second-person word it gives (ja), or quoted examples all in 반말 endings (ko)."""
    spec = table("voice.yaml", "IMPLIED_PLAIN").get(language)
    if not spec:
        return False
    text = "\n".join(fields.values())
    if spec.get("words") and re.search(spec["words"], "\n".join(f"{k}: {v}" for k, v in fields.items())):
        return True
    if not spec.get("examples"):
        return False
    manner = manner_fields(fields) or text
    examples = [e.strip(" ~～-") for e in re.findall(spec["examples"], manner)]
    examples = [e for e in examples if e]
    return bool(examples) and all(re.search(spec["plain_ending"], e) for e in examples) \
        and not any(re.search(spec["polite_ending"], e) for e in examples)


def states_register(fields: dict[str, str], language: str) -> bool:
    """Whether the card says anything about the register (a cue of either level), so that a
    None from ``speech_level`` means it could not be resolved, not that the card is silent."""
    if language not in table("voice.yaml", "SPEECH_LEVEL_CUES"):
        return False
    return any(_levels(p, language) for p in re.split(r"[,，、;；。.!！?？\n]", "\n".join(fields.values())))


def clauses(text: str) -> list[str]:
    """Sentences and comma clauses: an inverted answer ("보리죠, 새로 온 앵무새.") shows its
    register mid-way."""
    return [c.strip() for c in re.split(r"[.!?。！？,，、]", text) if c.strip()]


def is_polite(text: str, language: str) -> bool:
    """Whether any clause of ``text`` ends in a polite form (ja/ko)."""
    pattern = table("voice.yaml", "POLITE_ENDINGS").get(language)
    return bool(pattern) and any(re.search(pattern, c) for c in clauses(text))


def is_modern_polite(text: str, language: str) -> bool:
    """Whether any clause of ``text`` ends in a modern polite form (해요체), not 하오체."""
    pattern = table("voice.yaml", "MODERN_POLITE").get(language)
    return bool(pattern) and any(re.search(pattern, c) for c in clauses(text))


def to_archaic(answer: str, language: str) -> str:
    """A 해요체 answer in 하오체 ("제 키는 172센티예요." -> "내 키는 172센티요.")."""
    return to_plain(answer, language, "ARCHAIC")


def to_plain(answer: str, language: str, rules_name: str = "PLAIN") -> str:
    """A polite gold answer in plain speech ("제 직업은 대학생이에요." -> "내 직업은 대학생이야.")."""
    rules = table("voice.yaml", rules_name).get(language, ())
    sentences = re.split(r"(?<=[.!?。！？,，、])\s*", answer.strip())
    out = []
    for sentence in sentences:
        for pattern, replacement in rules:
            sentence = re.sub(pattern, replacement, sentence)
        out.append(masu_to_plain(sentence) if language == "ja" and rules_name == "PLAIN" else sentence)
    return (" " if language == "ko" else "").join(s for s in out if s)


def plain_to_friends(fields: dict[str, str], language: str) -> bool:
    """Whether the card gives its plain speech to friends ("친구한테는 반말", "友達にはタメ口"): its
    plain answers are to a friend, who asks as plainly (voice.yaml LISTENER friends)."""
    cue = table("voice.yaml", "LISTENER").get(language, {}).get("friends")
    parts = re.split(r"[,，、;；。.!！?？\n]", "\n".join(fields.values())) if cue else []
    return any(re.search(cue, p) and _levels(p, language) == {"plain"} for p in parts)


def card_age(fields: dict[str, str]) -> int | None:
    """The character's age as a number (its age field's first count), or None."""
    for key, value in fields.items():
        if getattr(classify_field(key), "name", None) == "age":
            m = re.search(r"\d+|[〇零一二三四五六七八九十百]+|[가-힣]+", value.replace(",", ""))
            return number_value(m.group(0)) if m else None
    return None


def user_defers(fields: dict[str, str], language: str) -> str | None:
    """Whether a user speaks up to this character (voice.yaml DEFERENCE): "elder" for one of the
    card's age, "above" for a teacher, master or lord, else None (a peer, who may talk plainly)."""
    cues = table("voice.yaml", "DEFERENCE").get(language)
    if not cues:
        return None
    roles = [v for k, v in fields.items() if getattr(classify_field(k), "name", None) in ("occupation", "identity")]
    relations = [v for k, v in fields.items() if getattr(classify_field(k), "name", None) == "relationships"]
    age = card_age(fields)
    if age is not None and age >= cues["elder_age"]:
        return "elder"
    # (no age given: the card's words for an old one, or grandchildren among its relations)
    if age is None and (any(re.search(cues["elder"], r) for r in roles)
                        or any(re.search(rf"(?:^|[\s(（,，、:：]){cues['grandchild']}", r) for r in relations)):
        return "elder"
    # the head of a role is its last word: "전 멸치잡이 배 선장" a captain, "회장 비서" no chairman
    heads = [w.strip() for r in roles for w in re.split(r"[,，、/()（）;；]", r) if w.strip()]
    if any(re.search(f"(?:{cues['above']})$", h) for h in heads):
        return "above"
    return None


def user_plain(text: str, language: str) -> str | None:
    """A user's polite turn in plain speech ("出身はどこですか？" -> "出身はどこ？"), or None when
    the rules leave it polite (the caller keeps the polite turn)."""
    rules = table("voice.yaml", "USER_PLAIN").get(language)
    if not rules:
        return None
    rules = (*rules, *table("voice.yaml", "PLAIN").get(language, ()))
    sentences = re.split(r"(?<=[.!?。！？])\s*", text.strip())
    out = []
    for sentence in sentences:
        for pattern, replacement in rules:
            sentence = re.sub(pattern, replacement, sentence)
        out.append(masu_to_plain(sentence) if language == "ja" else sentence)
    plain = (" " if language == "ko" else "").join(s for s in out if s)
    return None if is_polite(plain, language) else plain


def manner_fields(fields: dict[str, str]) -> str:
    """The card's words on how the character talks and is (speaking style, personality, and
    RAIDEN's "说话风格及口头禅", which reads as a catchphrase field)."""
    return "\n".join(v for k, v in fields.items()
                     if getattr(classify_field(k), "name", None) in ("speaking_style", "personality", "catchphrase"))


def manner_lead(fields: dict[str, str], language: str, answer: str, pick) -> str:
    """Words the character puts before a CM answer in the manner its card gives ("嗨，这还用问？"
    for a blunt soldier), in the answer's register; "" when the card names no manner the table
    knows. ``pick`` chooses one of a list (a seeded random.choice)."""
    text = manner_fields(fields)
    if not text:
        return ""
    register = "polite" if is_polite(answer, language) else "plain"
    address = table("voice.yaml", "ADDRESS").get(language)
    m = re.search(address["cue"], text) if address else None
    # ("管别人叫“恁”" names a pronoun: 恁 is said where 你 is, never as a vocative; selfref.py)
    if m and m.group(1).strip().lower() in table("voice.yaml", "ADDRESS_PRONOUNS").get(language, ()):
        m = None
    if m:  # "calls everyone 'daddy-o'": "Sure thing, daddy-o."
        leads = [lead.format(addr=m.group(1)) for lead in address["lead"]]
        leads = [lead for lead in leads if not _echoes(lead, answer) and not out_of_region(lead, fields, language) and not out_of_time(lead, fields, language)]
        return pick(leads) if leads else ""
    entries = [e for e in table("voice.yaml", "MANNER").get(language, ())
               if e.get("register", register) == register and re.search(e["cue"], text, re.IGNORECASE)]
    # a brusque manner only where the card names no other ("sarcastic" beside "precise", 直爽 beside 热心)
    entries = [e for e in entries if not e.get("brusque")] or entries
    if not entries:
        return ""
    # "我记着呢，你的乌龟叫团子，我记着呢。" says it twice: such a lead is not used
    # nor one of another region or period ("Sure thing." from an 1894 Scot: setting.yaml WORLD)
    leads = [lead for lead in entries[0]["lead"] if not _echoes(lead, answer) and not _assistant_like(lead, language)
             and not out_of_region(lead, fields, language) and not out_of_time(lead, fields, language)]
    return pick(leads) if leads else ""


def _assistant_like(lead: str, language: str) -> bool:
    """Whether a lead opens like an assistant checking a record (voice.yaml ASSISTANT_OPENINGS)."""
    pattern = table("voice.yaml", "ASSISTANT_OPENINGS").get(language)
    return bool(pattern and re.search(pattern, lead.strip(), re.IGNORECASE))


def _echoes(lead: str, answer: str) -> bool:
    """Whether ``lead`` repeats words of ``answer``: three characters running (CJK) or two
    words running (space-separated scripts)."""
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", lead):
        chars = re.sub(r"\W", "", lead)
        return any(chars[i:i + 3] in re.sub(r"\W", "", answer) for i in range(len(chars) - 2))
    words, said = re.findall(r"\w+", lead.lower()), " ".join(re.findall(r"\w+", answer.lower()))
    return any(f" {a} {b} " in f" {said} " for a, b in zip(words, words[1:]))
