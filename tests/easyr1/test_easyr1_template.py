"""easyr1/format_prompt/role_playing.jinja, rendered exactly as EasyR1 renders it."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, Template, meta

from raiden_r1.data.prompt import apply_format_prompt, format_prompt_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "easyr1" / "format_prompt" / "role_playing.jinja"


def test_template_is_a_byte_copy_of_the_packaged_one():
    packaged = ROOT / "src" / "raiden_r1" / "data" / "templates" / "role_playing.jinja"
    assert TEMPLATE.read_bytes() == packaged.read_bytes()
    assert format_prompt_text() == TEMPLATE.read_text(encoding="utf-8")


def test_content_is_the_only_variable():
    text = TEMPLATE.read_text(encoding="utf-8")
    assert meta.find_undeclared_variables(Environment().parse(text.strip())) == {"content"}


def test_renders_with_content_only_as_easyr1_does():
    text = TEMPLATE.read_text(encoding="utf-8")
    content = "[角色设定]\n你是林晓。\n\n[问题]\n用户：你住在哪里？"
    rendered = Template(text.strip()).render(content=content)  # verl/utils/dataset.py
    assert rendered.startswith(content)
    assert rendered == apply_format_prompt(content)


def test_asks_for_inner_monologue_then_in_character_first_person_answer_in_the_questions_language():
    rendered = Template(TEMPLATE.read_text(encoding="utf-8").strip()).render(content="Q")
    lower = rendered.lower()
    assert "<think>" in rendered and "</think>" in rendered
    assert rendered.index("<think>") < rendered.rindex("</think>")
    for phrase in ("inner monologue", "in character", "first person", "same language as the question"):
        assert phrase in lower
