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
from .checks_voice import dialect_note
from ..builder.phrases import zh_bare_relation
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


def register_note(card: dict[str, str], language: str) -> str | None:
    """A register or slang the card names in its words on how the character talks (半文半白,
    古風な武人言葉, spacer slang) that no builder table gives (builder/dialects*.yaml): its golds and
    CM turns stayed in modern standard speech. A note on the card, printed once (session 32: as a
    check it failed every record of such a card, and the noise hid the real failures)."""
    pattern = _named_register().get(language)
    m = re.search(pattern, manner_fields(card)) if pattern else None
    if not m or card_dialect(card, language):
        return None
    # a register the builder's speech levels give (하오체, 公家言葉: voice.yaml SPEECH_LEVEL_CUES archaic)
    archaic = table("voice.yaml", "SPEECH_LEVEL_CUES").get(language, {}).get("archaic")
    if archaic and re.search(archaic, m.group(0)):
        return None
    return f"the card names a register no builder table gives ({m.group(0)!r})"


def check_relation_de(record: Record, card: dict[str, str]) -> list[str]:
    """Chinese says 的 between 我/你 and a friend, rival or teacher ("我的好友是…"); only kin and the
    like go bare ("我父亲", "我师父": builder phrases.yaml ZH_KIN_ENDINGS)."""
    family = str((record.metadata.model_extra or {}).get("family") or "")
    if record.language != "zh" or not family.startswith("relation:"):
        return []
    label = family.split(":", 1)[1]
    if not label or zh_bare_relation(label):
        return []
    bare = re.compile(r"[我你]" + re.escape(label))
    return [f"{where}: {m.group(0)!r} needs 的 before a {label}" for where, text in
            [("question", record.question), *_own_words(record)] for m in [bare.search(text)] if m]


# a Korean dialect copula glued to a -기 noun reads as a verb's dictionary form ("카페 열기우다")
_GI_COPULA = re.compile(r"[가-힣]기(?:우다|옵니다)(?=[.!?,]|\s|$)")


def check_gi_copula(record: Record, card: dict[str, str]) -> list[str]:
    """No -기 noun joined to a bare 우다/옵니다 copula: "열기우다" reads as a verb, "열기이우다" does not."""
    if record.language != "ko":
        return []
    return [f"{where}: {m.group(0)!r} reads as a verb; the copula after a -기 noun keeps its 이"
            for where, text in _own_words(record) for m in _GI_COPULA.finditer(text)]


SPOKEN_CHECKS = {"memo_form": check_memo_form, "spoken_town": check_spoken_town,
                 "self_name_possessive": check_self_name_possessive, "relation_de": check_relation_de,
                 "gi_copula": check_gi_copula}
# Notes on a card as a whole, printed once by the audit, never a failure of its records.
CARD_NOTES = {"register_table": register_note, "dialect_table": dialect_note}
