"""Checks of the character's voice and world that a reviewer found passing the others (review
55): a Japanese verb no conjugation makes ("って言いる", "塗りた"), a word of a region the card does
not name ("A moment, aye." from a Chicago trumpeter, 夜市 from an Osaka shopkeeper). Each judges
with the builder's own tables (builder/voice.yaml JA_VERBS, builder/setting.yaml REGIONAL).
"""

from __future__ import annotations

from ..builder.conjugate import impossible_forms
from ..builder.setting import out_of_region
from ..schema import Record


def _own_words(record: Record) -> list[tuple[str, str]]:
    """(where, text) of what the character says: the gold answer and its own CM turns."""
    return [("answer", record.answer)] + [(f"conversation_history.{i}", t.content)
                                          for i, t in enumerate(record.conversation_history) if t.role == "assistant"]


def check_conjugation(record: Record, card: dict[str, str]) -> list[str]:
    """No Japanese verb form that no verb has: a godan stem with an ichidan ending."""
    if record.language != "ja":
        return []
    return [f"{where}: {form!r} is no Japanese verb form" for where, text in _own_words(record)
            for form in impossible_forms(text)]


def check_region(record: Record, card: dict[str, str]) -> list[str]:
    """No word of a region the card does not name, in the answer or any turn."""
    texts = [("answer", record.answer)] + [(f"conversation_history.{i}", t.content)
                                           for i, t in enumerate(record.conversation_history)]
    return [f"{where}: a word of a region the card does not name" for where, text in texts
            if out_of_region(text, card, record.language)]


VOICE_CHECKS = {"conjugation": check_conjugation, "region": check_region}
