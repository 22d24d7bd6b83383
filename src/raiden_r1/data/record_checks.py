"""Checks of what a well-formed record says (docs/formats.md §2, "Grounding" and "Language"):
the schema cannot see that a keyword occurs nowhere the character could know it from, or that a
Korean question is tagged ``zh``. Both make the reward wrong for that record: an unwinnable
accuracy, or a language check against the wrong language.

Grounding uses the reward's own matcher (raiden_r1.text.contains_term), so "grounded" means
exactly "a copy of the keyword in an answer would be found".
"""

from __future__ import annotations

from raiden_r1.text import contains_term, normalize, normalize_term, script_counts

from .schema import CM, Record

# The tags a question written in each script may carry: Han without kana may be Japanese written
# all in kanji; Latin script is the "en" family (text.detect_language).
_COMPATIBLE = {"ko": ("ko",), "ja": ("ja",), "zh": ("zh", "ja"), "en": ("en",)}
_SCRIPT_NAMES = {"ko": "Korean (hangul)", "ja": "Japanese (kana)", "zh": "Chinese (Han characters)",
                 "en": "Latin script"}


def _shown(item) -> str:
    return repr(item) if isinstance(item, str) else " / ".join(repr(a) for a in item)


def grounding_problems(record: Record, where: str) -> list[str]:
    """A CM keyword item absent from the conversation history, an SBK one absent from the
    character's name and profile (an item with alternatives needs one of them)."""
    if record.focus == CM:
        source, place = " ".join(m.content for m in record.conversation_history), "the conversation history"
    else:
        source = " ".join([record.character_name, *record.character_profile.values()])
        place = "the character's name or profile"
    text = normalize(source)
    problems = []
    for i, item in enumerate(record.keywords):
        alternatives = [item] if isinstance(item, str) else item
        if not any(contains_term(text, normalize_term(a)) for a in alternatives):
            problems.append(f"{where}: keywords.{i}: {_shown(item)} does not occur in {place}, so no answer "
                            f"can be grounded in it")
    return problems


def question_script(question: str) -> str | None:
    """The language family of the question's script (ko, ja, zh, en), or None without letters.
    Any hangul or kana decides: a Korean or Japanese question may quote a Latin or Han name."""
    latin, han, kana, hangul = script_counts(question)
    if hangul and hangul >= kana:
        return "ko"
    if kana:
        return "ja"
    if han and han * 3 >= latin:
        return "zh"
    if latin:
        return "en"
    return "zh" if han else None


def language_problems(record: Record, where: str) -> list[str]:
    script = question_script(record.question)
    tag = record.language
    if script is None or tag in _COMPATIBLE[script]:
        return []
    return [f"{where}: metadata.language: tagged {tag!r}, but the question is written in {_SCRIPT_NAMES[script]} "
            f"(expected {' or '.join(map(repr, _COMPATIBLE[script]))})"]


def record_problems(record: Record, where: str) -> list[str]:
    """Every grounding and language problem of one schema-valid record."""
    return grounding_problems(record, where) + language_problems(record, where)
