"""The role-play prompt shared by the EasyR1 converter, the local GRPO engine and evaluation.

``render_problem`` builds the text EasyR1 calls the prompt (``content``): the whole character
setting, the conversation so far and the question, in labelled sections in the record's language.
``apply_format_prompt`` wraps it exactly as EasyR1 does with ``role_playing.jinja``.
``record_messages(..., style="compact")`` is the local engine's shorter system layout
(``data.prompt_style``): SmolLM2 spends about two tokens per CJK character, so the full zh/ja/ko
personas ran to 750-1850 tokens, past the quickstart's ``data.max_prompt_length`` (docs/tuning.md,
"Prompt length and CJK (session 33)").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from jinja2 import Template

_LABELS = {
    "en": ("Character Setting", "Conversation So Far", "Question", "User", "You are {name}."),
    "zh": ("角色设定", "对话历史", "问题", "用户", "你是{name}。"),
    "ja": ("キャラクター設定", "これまでの会話", "質問", "ユーザー", "あなたは{name}です。"),
    "ko": ("캐릭터 설정", "지금까지의 대화", "질문", "사용자", "당신은 {name}입니다."),
}
_COLON = {"en": ": ", "zh": "：", "ja": "：", "ko": ": "}


def _labels(language: str) -> tuple[str, str, str, str, str]:
    return _LABELS.get(language, _LABELS["en"])


def render_setting(name: str, profile: Mapping[str, str], language: str) -> str:
    """Every profile field, one per line (field labels stay as the profile wrote them)."""
    colon = _COLON.get(language, ": ")
    lines = [_labels(language)[4].format(name=name)]
    lines += [f"{k}{colon}{v}" for k, v in profile.items()]
    return "\n".join(lines)


def render_history(name: str, history: Iterable, language: str) -> str:
    user_label = _labels(language)[3]
    colon = _COLON.get(language, ": ")
    out = []
    for m in history:
        role = m["role"] if isinstance(m, Mapping) else m.role
        content = m["content"] if isinstance(m, Mapping) else m.content
        out.append(f"{user_label if role == 'user' else name}{colon}{content}")
    return "\n".join(out)


def render_problem(name: str, profile: Mapping[str, str], history: Iterable, question: str, language: str) -> str:
    setting_h, history_h, question_h, user_label, _ = _labels(language)
    colon = _COLON.get(language, ": ")
    parts = [f"[{setting_h}]\n{render_setting(name, profile, language)}"]
    hist = render_history(name, history, language)
    if hist:
        parts.append(f"[{history_h}]\n{hist}")
    parts.append(f"[{question_h}]\n{user_label}{colon}{question}")
    return "\n\n".join(parts)


def record_problem(record) -> str:
    """``render_problem`` for a :class:`raiden_r1.data.schema.Record`."""
    return render_problem(record.character_name, record.character_profile, record.conversation_history,
                          record.question, record.metadata.language)


@lru_cache(maxsize=None)
def format_prompt_text() -> str:
    """The packaged role-play template (identical to easyr1/format_prompt/role_playing.jinja)."""
    return resources.files("raiden_r1.data").joinpath("templates/role_playing.jinja").read_text("utf-8")


@lru_cache(maxsize=8)
def _template(text: str) -> Template:
    return Template(text.strip())


def apply_format_prompt(content: str, template_text: str | None = None) -> str:
    """Render the format prompt the way EasyR1 does: ``Template(text.strip()).render(content=...)``."""
    return _template(template_text if template_text is not None else format_prompt_text()).render(content=content)


PROMPT_STYLES = ("full", "compact")
# role_playing.jinja's instruction in one line (69 -> 22 SmolLM2 tokens); the SFT targets teach the form
COMPACT_INSTRUCTION = "Stay in character: <think> inner thoughts </think> then your answer, in the question's language."
# the end of a field's first clause, in any of the four languages (never a decimal point: "1.75")
_CLAUSE_END = re.compile(r"[，。；、！？!?;]|[,.](?!\d)")


def terse(value: str) -> str:
    """The first clause of a value ("短发，总戴一顶草帽，…" -> "短发")."""
    m = _CLAUSE_END.search(value)
    return value[:m.start()].strip() if m and value[:m.start()].strip() else value


def _asked(field_name: str) -> bool:
    """Whether the dataset builder ever asks about this field (fields.yaml: kind skip never is)."""
    from raiden_r1.data.builder.fields import classify_field

    family = classify_field(field_name)
    return family is None or family.kind != "skip"


def compact_setting(name: str, profile: Mapping[str, str], language: str) -> str:
    """The persona in fewer tokens, every asked fact whole: no section header, no name field that
    repeats the "You are" line, and fields no question asks (appearance, backstory, speaking style,
    era) cut to their first clause."""
    colon = _COLON.get(language, ": ")
    lines = [_labels(language)[4].format(name=name)]
    for k, v in profile.items():
        if v.strip() == name:
            continue
        lines.append(f"{k}{colon}{v if _asked(k) else terse(v)}")
    return "\n".join(lines)


def record_messages(record, layout: str = "user", style: str = "full") -> list[dict[str, str]]:
    """Chat messages for a record.

    ``user`` (EasyR1's layout): one user message, the formatted problem.
    ``system``: the character setting and history as a system message and the bare question,
    plus the think/answer instruction, as the user turn; small models follow a persona far better
    this way (docs/environment.md: 12/20 against 7/20 for SmolLM2-135M).
    ``style`` ``compact`` (system layout only): ``compact_setting`` and the instruction in one line.
    """
    if style not in PROMPT_STYLES:
        raise ValueError(f"prompt style must be one of {', '.join(PROMPT_STYLES)}, not {style!r}")
    if style == "compact" and layout != "system":
        raise ValueError("prompt style 'compact' needs prompt layout 'system'")
    if layout == "user":
        return [{"role": "user", "content": apply_format_prompt(record_problem(record))}]
    if layout != "system":
        raise ValueError(f"prompt layout must be 'user' or 'system', not {layout!r}")
    lang = record.metadata.language
    setting_h, history_h, _, _, _ = _labels(lang)
    if style == "compact":
        system = compact_setting(record.character_name, record.character_profile, lang)
    else:
        system = f"[{setting_h}]\n{render_setting(record.character_name, record.character_profile, lang)}"
    hist = render_history(record.character_name, record.conversation_history, lang)
    if hist:
        system += f"\n\n[{history_h}]\n{hist}"
    if style == "compact":
        return [{"role": "system", "content": system},
                {"role": "user", "content": f"{record.question}\n{COMPACT_INSTRUCTION}"}]
    instruction = apply_format_prompt("").strip()
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"{record.question}\n\n{instruction}"}]
