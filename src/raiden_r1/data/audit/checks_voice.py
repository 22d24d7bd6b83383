"""Checks of the character's voice and world that a reviewer found passing the others (review
55): a Japanese verb no conjugation makes ("って言いる", "塗りた"), a word of a region the card does
not name ("A moment, aye." from a Chicago trumpeter, 夜市 from an Osaka shopkeeper) or a thing its
place or period lacks (setting.yaml WORLD: "Got it" in 1894, a lighthouse inland); the card's own
first person and word for the listener unused (review 60: 私/あなた from a rōnin who says 拙者/お主;
reviews 62-63: "I" or 我 from a character who calls itself "Ringer" or 阿巧). Each judges
with the builder's own tables (builder/conjugate.yaml JA_VERBS, builder/setting.yaml REGIONAL).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..builder.conjugate import impossible_forms, stem_before_copula
from ..builder.dialect import card_dialect, dialect_rules, in_dialect, oath_in, swears_not
from ..builder.selfref import card_self_word, cut_self_names, is_card_word, second_person, self_name, with_self_reference
from ..builder.setting import out_of_region
from ..builder.tables import table
from ..builder.voice import is_polite, manner_fields
from ..perspective import name_forms
from ..schema import SBK, Record


def _own_words(record: Record) -> list[tuple[str, str]]:
    """(where, text) of what the character says: the gold answer and its own CM turns."""
    return [("answer", record.answer)] + [(f"conversation_history.{i}", t.content)
                                          for i, t in enumerate(record.conversation_history) if t.role == "assistant"]


def check_conjugation(record: Record, card: dict[str, str]) -> list[str]:
    """No Japanese verb form that no verb has: a godan stem with an ichidan ending."""
    if record.language != "ja":
        return []
    return ([f"{where}: {form!r} is no Japanese verb form" for where, text in _own_words(record)
             for form in impossible_forms(text)]
            + [f"{where}: the verb stem {stem!r} before a copula (no noun: こと is missing)"
               for where, text in _own_words(record) for stem in stem_before_copula(text)])


def _keys(record: Record) -> list[str]:
    return [a for alts in record.keywords for a in (alts if isinstance(alts, list) else [alts])]


def check_self_reference(record: Record, card: dict[str, str]) -> list[str]:
    """The card's own first person ("一人称は「拙者」", 自称“老娘”) in the character's words: never
    the table's 私 / 我, and in every answer about itself (SBK) that does not speak of the user."""
    word = card_self_word(card, record.language, record.character_name)
    if not word:
        return []
    if record.language in table("voice.yaml", "SUBJECT"):  # "I'm 41" from a card's "Ringer", "저는" from its 소인
        keys = _keys(record)
        return [f"{where}: the first person where the card says {word!r}" for where, text in _own_words(record)
                if word not in text and with_self_reference(text, word, record.language, keys) != text]
    default = table("voice.yaml", "SELF_REFERENCE")[record.language]["default"]
    if any(re.search(default, k) for k in _keys(record)):
        return []
    # the table's 我 inside the card's own self-word ("我哋老梁") is the card's word, not the default (review 72)
    out = [f"{where}: says {found.group(0)!r}, the card's first person is {word!r}"
           for where, text in _own_words(record) for found in [re.search(default, text.replace(word, "\n"))] if found]
    you = table("voice.yaml", "SECOND_PERSON").get(record.language)
    about_user = you and re.search("|".join([you["default"], *map(re.escape, you["words"])]), record.answer)
    names_other = table("voice.yaml", "SELF_REFERENCE")[record.language].get("names_other")
    if names_other and re.search(names_other, record.answer):  # "ごん太という名前です" is about a pet
        return out
    pointed = table("voice.yaml", "SELF_REFERENCE")[record.language].get("pointed")
    if pointed and re.search(pointed, record.answer):  # "あれの名前はタマです": a pet pointed at
        return out
    if record.focus == SBK and word not in record.answer and not about_user and not out:
        out.append(f"answer: the card's first person {word!r} is not used")
    return out


def check_self_name(record: Record, card: dict[str, str]) -> list[str]:
    """The name the character calls itself by is one the card writes whole (review 64: "Ol weighs
    142 pounds" from a card whose character calls himself 'Ol' Boots'): neither the builder's
    self-name nor a word cut at an elision apostrophe ("Ol", "Ol'll") in the character's words."""
    word = self_name(card, record.language, record.character_name)
    out = [f"the self-name {word!r} is not a word of the card"] if word and not is_card_word(word, card) else []
    # a nickname of its own (常用小名“兰子”称呼自己): the character never speaks of itself by its given
    # name instead (review 67: "秀兰49岁了"); a name question's answer may still say the written name
    if word and word not in record.character_name and (record.metadata.model_extra or {}).get("family", "") not in ("name", "nickname", "english_name"):
        given = [f for f in (record.character_name, *name_forms(record.character_name)) if len(f) >= 2 and f not in word]
        out += [f"{where}: says {said[0]!r}, the card says the character calls itself {word!r}"
                for where, text in _own_words(record) if word not in text
                for said in [[g for g in given if g in text]] if said]
    # asked its name, the nickname it calls itself by answers too (s31: "兰子" refused by the keys)
    if word and (record.metadata.model_extra or {}).get("family", "") == "name" and record.focus == SBK \
            and word not in _keys(record):
        out.append(f"keywords: the name question does not take the self-name {word!r}")
    for cut in cut_self_names(card, record.character_name):
        # the cut word alone or before a contraction ("Ol's", "Ol'll"), never the elision ("Ol' Boots")
        cut_rx = re.compile(r"(?<![\w'’])" + re.escape(cut) + r"(?=['’][A-Za-z]|[^\w'’]|$)")
        out += [f"{where}: the self-name cut at its apostrophe ({cut!r})" for where, text in _own_words(record)
                if cut_rx.search(text)]
    return out


def check_brusque_lead(record: Record, card: dict[str, str]) -> list[str]:
    """A CM answer opens with a brusque lead ("I'm not deaf.") only where the card names no other
    manner the builder knows (s31: from a precise, quietly brave accountant who is also "sarcastic"),
    in the answer's register as the builder reads them: a blunt card's polite entry is no gentler
    manner of its plain answers (review 71: "그걸 왜 까먹어." from a 무뚝뚝 반말 fisherman)."""
    text = manner_fields(card)
    register = "polite" if is_polite(record.answer, record.language) else "plain"
    entries = [e for e in table("voice.yaml", "MANNER").get(record.language, ())
               if e.get("register", register) == register and re.search(e["cue"], text, re.IGNORECASE)]
    if record.focus == SBK or not any(not e.get("brusque") for e in entries):
        return []
    return [f"answer: opens with the brusque {lead.strip()!r}, the card also names a gentler manner"
            for e in entries if e.get("brusque") for lead in e["lead"] if record.answer.startswith(lead.strip())][:1]


def check_second_person(record: Record, card: dict[str, str]) -> list[str]:
    """The card's word for the person spoken to ("相手を「お主」と呼ぶ"), never the table's あなた."""
    word = second_person(card, record.language)
    if not word:
        return []
    default = table("voice.yaml", "SECOND_PERSON")[record.language]["default"]
    if any(re.search(default, k) for k in _keys(record)):
        return []
    return [f"{where}: says {re.search(default, text).group(0)!r}, the card calls the listener {word!r}"
            for where, text in _own_words(record) if re.search(default, text)]


def check_region(record: Record, card: dict[str, str]) -> list[str]:
    """No word of a region the card does not name, in the answer or any turn (a place the card
    cannot reach is the `reach` check's)."""
    texts = [("answer", record.answer)] + [(f"conversation_history.{i}", t.content)
                                           for i, t in enumerate(record.conversation_history)]
    return [f"{where}: a word of a region the card does not name" for where, text in texts
            if out_of_region(text, card, record.language, reach=False)]


def check_dialect(record: Record, card: dict[str, str]) -> list[str]:
    """No standard form the card's dialect says otherwise (dialects.yaml DIALECTS: でございます from
    a rōnin who says でござる, "don't" from a broad-Scots keeper): the builder's own dialect rules
    would still change the sentence."""
    rules = dialect_rules(card, record.language)
    if not rules:
        return []
    keys = _keys(record)
    return [f"{where}: not in the card's dialect (would read {in_dialect(text, rules, keys, record.language)!r})"
            for where, text in _own_words(record) if in_dialect(text, rules, keys, record.language) != text]


@lru_cache(maxsize=1)
def _dialect_lexicon() -> tuple[dict, dict]:
    lex = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    return lex["named_dialect"], lex["standard"]


def dialect_note(card: dict[str, str], language: str) -> str | None:
    """A dialect the card names (its speaking-style words: "broad Cornish dialect", 一口天津话) has a
    builder table (builder/dialects.yaml) that changes something: else the answers stayed in
    standard speech (review 64; review 65: the Cockney entry had no rules and scored 100%). A note on
    the card, printed once by the audit (session 32: as a check it failed every record of the card)."""
    found = card_dialect(card, language)
    if found and not (found.get("rules") or found.get("openers") or found.get("particles")):
        return f"the card's dialect has a builder table with no rules (cue {found['cue'][:40]!r})"
    if found:
        return None
    named, standard = _dialect_lexicon()
    pattern = named.get(language)
    text = manner_fields(card) if pattern else ""
    found = [m for m in re.finditer(pattern, text)] if text else []
    regions = [m for m in found if not any(w in next(g for g in m.groups() if g) for w in standard.get(language, []))]
    return f"the card names a dialect no builder table gives ({regions[0].group(0).strip()!r})" if regions else None


def check_dialect_table(record: Record, card: dict[str, str]) -> list[str]:
    """dialect_note as a record's problems (the builder tests judge one record's card with it)."""
    note = dialect_note(card, record.language)
    return [note] if note else []


def check_oaths(record: Record, card: dict[str, str]) -> list[str]:
    """No oath in the words of a character whose card says it never swears (review 66: "Marry, ...
    if thou askest me!" from a Quaker widow; builder/dialects.yaml NO_OATHS, OATHS)."""
    if not swears_not(card, record.language):
        return []
    return [f"{where}: the oath {oath_in(text, record.language)!r} from a character who never swears"
            for where, text in _own_words(record) if oath_in(text, record.language)]


def check_register(record: Record, card: dict[str, str]) -> list[str]:
    """No form the card's register never says (a dialect entry's ``never``: the courtly "thou art",
    "Marry" from a Quaker who says "thee is"; review 66)."""
    found = card_dialect(card, record.language)
    never = found.get("never") if found else None
    return [f"{where}: {m.group(0)!r} is not the card's register" for where, text in _own_words(record)
            for m in [re.search(never, text) if never else None] if m]


def check_mixed_person(record: Record, card: dict[str, str]) -> list[str]:
    """No sentence of the character that says the card's self-name or self-word and then I in the
    same breath (review 65: "Ezekiel'd say I'm proud", "Pip's friends call me Pip"): the builder's
    subject rules (voice.yaml SUBJECT, SELF_REFERENCE default) would still find a first person after it."""
    word = card_self_word(card, record.language, record.character_name)
    if not word:
        return []
    subject = table("voice.yaml", "SUBJECT").get(record.language)
    own = table("voice.yaml", "SELF_REFERENCE").get(record.language)
    patterns = [p for p, *_ in subject] if subject else [own["default"]] if own else []
    keys = _keys(record)
    if not patterns or any(re.search(p, k) for p in patterns for k in keys):
        return []
    out = []
    for where, text in _own_words(record):
        for sentence in re.split(r"(?<=[.!?。！？])\s*", text):
            k = sentence.lower().find(word.lower())
            if k != -1 and any(re.search(p, sentence[k + len(word):]) for p in patterns):
                out.append(f"{where}: {word!r} and the first person in one sentence ({sentence.strip()!r})")
    return out


VOICE_CHECKS = {"mixed_person": check_mixed_person, "conjugation": check_conjugation, "region": check_region,
                "self_reference": check_self_reference, "self_name": check_self_name, "second_person": check_second_person, "brusque_lead": check_brusque_lead,
                "dialect": check_dialect, "oaths": check_oaths,
                "register": check_register}
