"""data.prompt_style: compact, the local engine's shorter system layout (every asked field whole,
unasked ones cut to a clause, the instruction in one line), rendered alike by training, SFT, the
quickstart's evaluations and `raiden-r1 eval`; full stays the layout it always was."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from raiden_r1.data.prompt import COMPACT_INSTRUCTION, apply_format_prompt, record_messages, terse
from raiden_r1.data.schema import Record
from raiden_r1.errors import RaidenError

EN = {"Name": "Mira Holt", "Age": "17", "Height": "1.62 m", "Appearance": "Short red hair, a grey coat, ink on her hands",
      "Backstory": "Grew up above a bakery. Left at 15.", "Speaking style": "Quick; clipped",
      "Hobbies": "basketball, painting, chess", "Relationships": "Sister - Lena Holt, pilot; Friend - Tom"}
ZH = {"姓名": "唐小禾", "外貌": "短发，总戴一顶草帽", "经历": "高考前在奶奶的染坊里住了一个夏天，决定研究植物染料",
      "爱好": "扎染、骑行、拍星空", "人物关系": "奶奶-唐阿秀（扎染手艺人）；室友-李萌萌"}


def _record(profile=EN, name="Mira Holt", language="en", question="What are your hobbies?"):
    return Record.model_validate({
        "character_name": name, "character_profile": profile,
        "conversation_history": [{"role": "user", "content": "Hi!"}, {"role": "assistant", "content": "Hey."}],
        "question": question, "answer": "Basketball.", "keywords": ["basketball"], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge", "source": "test"}})


def _system(record, style="compact") -> str:
    return record_messages(record, "system", style)[0]["content"]


def test_asked_fields_stay_whole_and_unasked_ones_keep_their_first_clause():
    lines = _system(_record()).splitlines()
    assert "Hobbies: basketball, painting, chess" in lines
    assert "Relationships: Sister - Lena Holt, pilot; Friend - Tom" in lines
    assert "Appearance: Short red hair" in lines and "Backstory: Grew up above a bakery" in lines
    assert "Speaking style: Quick" in lines


def test_cjk_unasked_fields_are_cut_at_a_full_width_comma():
    system = _system(_record(ZH, "唐小禾", "zh", "你有什么爱好？"))
    assert "外貌：短发\n" in system and "经历：高考前在奶奶的染坊里住了一个夏天\n" in system
    assert "人物关系：奶奶-唐阿秀（扎染手艺人）；室友-李萌萌" in system


def test_the_name_field_that_repeats_the_you_are_line_goes():
    system = _system(_record())
    assert system.startswith("You are Mira Holt.\n") and "Name:" not in system
    assert "[Character Setting]" not in system
    assert "[Conversation So Far]\nUser: Hi!\nMira Holt: Hey." in system  # the history is kept whole


def test_a_decimal_point_does_not_end_a_clause():
    assert terse("1.75 m tall, thin") == "1.75 m tall"
    assert terse("no clause at all") == "no clause at all"
    assert terse("，leading comma") == "，leading comma"  # nothing before the mark: the value stays


def test_the_instruction_is_one_line_after_the_question():
    user = record_messages(_record(), "system", "compact")[1]["content"]
    assert user == f"What are your hobbies?\n{COMPACT_INSTRUCTION}"
    assert "\n" not in COMPACT_INSTRUCTION and "<think>" in COMPACT_INSTRUCTION


def test_full_is_the_default_and_unchanged():
    r = _record()
    assert record_messages(r, "system") == record_messages(r, "system", "full")
    assert record_messages(r, "system")[1]["content"].endswith(apply_format_prompt("").strip())
    assert _system(r, "full").startswith("[Character Setting]\nYou are Mira Holt.\nName: Mira Holt\n")


def test_compact_is_for_the_system_layout_only():
    with pytest.raises(ValueError, match="needs prompt layout 'system'"):
        record_messages(_record(), "user", "compact")
    with pytest.raises(ValueError, match="prompt style must be one of full, compact"):
        record_messages(_record(), "system", "short")


# ------------------------------------------------------------------------------- the config
def test_the_config_takes_the_style_and_refuses_what_cannot_render():
    pytest.importorskip("omegaconf")
    from raiden_r1.train.config import load_config

    assert load_config(None, ["worker.rollout.n=4", "data.prompt_style=compact"]).data.prompt_style == "compact"
    with pytest.raises(RaidenError, match="data.prompt_style: must be one of full, compact, not 'short'"):
        load_config(None, ["worker.rollout.n=4", "data.prompt_style=short"])
    with pytest.raises(RaidenError, match="compact needs data.prompt_layout: system, not 'user'"):
        load_config(None, ["worker.rollout.n=4", "data.prompt_style=compact", "data.prompt_layout=user"])


def test_the_quickstart_sft_renders_as_its_grpo_run(tmp_path):
    from raiden_r1.quickstart_sft import sft_overrides

    grpo = SimpleNamespace(data=SimpleNamespace(prompt_layout="system", prompt_style="compact", max_prompt_length=1280,
                                                max_response_length=112, language=[], language_weights={}),
                           actor=SimpleNamespace(fsdp=SimpleNamespace(mp_param_dtype="bf16")))
    ov = sft_overrides(grpo, "m", tmp_path / "cot.json", tmp_path / "sft", 4, None, None, [])
    assert "data.prompt_style=compact" in ov and "data.max_prompt_length=1280" in ov


def test_training_prompts_use_the_style(tiny_model_dir, tmp_path):
    pytest.importorskip("torch")
    from transformers import AutoTokenizer

    from raiden_r1.train.data import load_prompts

    path = tmp_path / "train.json"
    path.write_text(json.dumps([json.loads(_record().model_dump_json())]), encoding="utf-8")
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    full, _ = load_prompts([path], tok, "system", 4096)
    compact, _ = load_prompts([path], tok, "system", 4096, style="compact")
    assert COMPACT_INSTRUCTION in compact[0].text and COMPACT_INSTRUCTION not in full[0].text
    assert len(compact[0].ids) < len(full[0].ids)


# ------------------------------------------------------------------------------- evaluation
def test_evaluation_items_render_with_the_style():
    from raiden_r1.eval.items import items_from_records

    r = _record()
    [item] = items_from_records([r], "system", "compact")
    assert item.messages == record_messages(r, "system", "compact")
    assert items_from_records([r], "system")[0].id == item.id  # the resume key is the record, not its prompt


def test_a_stored_evaluation_with_another_style_is_not_resumed():
    from raiden_r1.eval.runner import config_conflicts

    old = {"model": "m", "backend": "local", "generation": {}, "prompt_layout": "system", "judges": []}
    assert config_conflicts(old, dict(old, prompt_style="full")) == []  # stored before styles: full
    assert config_conflicts(old, dict(old, prompt_style="compact")) == ["prompt_style"]


def test_eval_refuses_compact_with_the_user_layout(tmp_path, capsys):
    from raiden_r1.cli import main

    data = tmp_path / "test.json"
    data.write_text(json.dumps([json.loads(_record().model_dump_json())]), encoding="utf-8")
    code = main(["eval", "--backend", "api", "--api-base", "http://127.0.0.1:9/v1", "--model", "m", "--data",
                 str(data), "--out", str(tmp_path / "run"), "--prompt-layout", "user", "--prompt-style", "compact"])
    assert code == 2
    assert capsys.readouterr().err == "error: --prompt-style compact needs --prompt-layout system\n"
