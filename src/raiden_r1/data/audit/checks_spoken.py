"""Checks that the character's words are spoken, not the card's notes read aloud, and that a
register the card names reached them (review 68): a Korean trait kept in its memo form ("정이
많음, 뭐 이런 성격이다."), a hometown said as a full administrative address ("경상남도 통영시다")
where the card's keys hold the town, a Chinese self-name owning a kin without 的 ("蓉蓉母亲是"),
and a named register no builder table gives (半文半白, 武人言葉, spacer slang: lexicon.yaml
named_register). Each judges with the builder's own tables (phrases.yaml MEMO_FORMS and
SPOKEN_TOWN, voice.yaml SELF_REFERENCE)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..builder.answer_text import MEMO_FORMS, SPOKEN_TOWN
from ..builder.dialect import card_dialect
from ..builder.selfref import card_self_word
from ..builder.tables import table
from ..builder.voice import manner_fields
from ..schema import SBK, Record


def _own_words(record: Record) -> list[tuple[str, str]]:
    return [("answer", record.answer)] + [(f"conversation_history.{i}", t.content)
                                          for i, t in enumerate(record.conversation_history) if t.role == "assistant"]


def _keys(record: Record) -> list[str]:
    return [a for alts in record.keywords for a in (alts if isinstance(alts, list) else [alts])]


def check_memo_form(record: Record, card: dict[str, str]) -> list[str]:
    """No trait said in the card's memo form: a key ending in -음/-함 that the gold says as it is,
    before a comma or the sentence's end (a person says "정이 많은 성격이다")."""
    rules = MEMO_FORMS.get(record.language, ())
    memo = [k for k in _keys(record) if " " in k.strip() and any(re.search(p, k) for p, *_ in rules)]
    return [f"answer: reads the card's memo form {k!r} aloud" for k in memo
            if re.search(re.escape(k) + r"\s*(?:[,.。!]|$)", record.answer)]


def check_spoken_town(record: Record, card: dict[str, str]) -> list[str]:
    """No hometown said as a full administrative address ("경상남도 통영시") where a key holds the
    town alone: a person names the town."""
    rule = SPOKEN_TOWN.get(record.language)
    if not rule or record.focus != SBK or record.metadata.family != "hometown":
        return []
    keys = _keys(record)
    return [f"answer: says the address {k!r}, a person names the town" for k in keys
            if re.search(rule[0], k) and k in record.answer and any(o in keys and o != k for o in [re.sub(rule[0], "", k)])]


def check_self_name_possessive(record: Record, card: dict[str, str]) -> list[str]:
    """A Chinese self-name before a kin or a home takes 的 ("蓉蓉的母亲", never "蓉蓉母亲")."""
    spec = table("voice.yaml", "SELF_REFERENCE").get(record.language) or {}
    possessed = spec.get("possessed_by_name")
    word = card_self_word(card, record.language, record.character_name) if possessed else None
    if not word or word in spec["words"]:
        return []
    bare = re.compile(re.escape(word) + "(?=" + possessed["before"] + ")")
    return [f"{where}: {word!r} owns a kin or home without {possessed['particle']!r}"
            for where, text in _own_words(record) if bare.search(text)]


@lru_cache(maxsize=1)
def _named_register() -> dict[str, str]:
    lex = yaml.safe_load(resources.files(__package__).joinpath("lexicon.yaml").read_text(encoding="utf-8"))
    return lex["named_register"]


def check_register_table(record: Record, card: dict[str, str]) -> list[str]:
    """A register or slang the card names in its words on how the character talks (半文半白,
    古風な武人言葉, spacer slang) has a builder table (builder/dialects*.yaml): else its golds and
    CM turns stayed in modern standard speech."""
    pattern = _named_register().get(record.language)
    m = re.search(pattern, manner_fields(card)) if pattern else None
    if not m or card_dialect(card, record.language):
        return []
    # a register the builder's speech levels give (하오체, 公家言葉: voice.yaml SPEECH_LEVEL_CUES archaic)
    archaic = table("voice.yaml", "SPEECH_LEVEL_CUES").get(record.language, {}).get("archaic")
    if archaic and re.search(archaic, m.group(0)):
        return []
    return [f"the card names a register no builder table gives ({m.group(0)!r})"]


SPOKEN_CHECKS = {"memo_form": check_memo_form, "spoken_town": check_spoken_town,
                 "self_name_possessive": check_self_name_possessive, "register_table": check_register_table}
