"""The teacher prompts: Jinja templates under prompts/<language>/, rendered in the card's language."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from raiden_r1.data.schema import Message
from raiden_r1.text import LANGUAGES

KINDS = ("sbk", "cm", "answer", "equivalents", "confirm", "cot")


@lru_cache(maxsize=None)
def _environment(language: str) -> jinja2.Environment:
    if language not in LANGUAGES:
        raise ValueError(f"no teacher prompts for language {language!r}")
    return jinja2.Environment(loader=jinja2.PackageLoader("raiden_r1.teacher", f"prompts/{language}"),
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=False,
                              autoescape=False)


def render(kind: str, language: str, **values) -> str:
    """The prompt text of ``kind`` (one of :data:`KINDS`) in ``language``."""
    if kind not in KINDS:
        raise ValueError(f"unknown prompt kind {kind!r}")
    values.setdefault("history", [])
    return _environment(language).get_template(f"{kind}.jinja").render(**values).strip() + "\n"


def messages(kind: str, language: str, **values) -> list[dict]:
    """One user message holding the rendered prompt (every endpoint takes that; not all take a
    system message)."""
    history = values.get("history") or []
    values["history"] = [m if isinstance(m, Message) else Message.model_validate(m) for m in history]
    return [{"role": "user", "content": render(kind, language, **values)}]
