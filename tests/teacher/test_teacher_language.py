"""Prompts in the card's language, and a Chinese card generated end to end."""

from __future__ import annotations

import json
import re

import pytest
from teacher_support import ZH_CARD, Teacher, all_records, run_generate

from raiden_r1.data.validate import validate_file
from raiden_r1.teacher import checks
from raiden_r1.teacher.prompts import KINDS, render
from raiden_r1.text import LANGUAGES, detect_language

KEYS = {"sbk": '"questions"', "cm": '"dialogues"', "answer": '"answer"', "equivalents": '"equivalents"',
        "confirm": '"confirmed"', "cot": '"monologue"'}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_prompt_is_written_in_its_language_and_asks_for_its_json(kind, language):
    text = render(kind, language, name="X", profile={}, n=3, turns=4, question="Q", answer="A", keywords=["k"],
                  keyword="k", candidates=["c"])
    prose = re.sub(r"\{.*\}|\b(what|who|where|when|why|how|easy|medium|hard|user|assistant|JSON|[a-z_]+)\b", "",
                   text)
    assert KEYS[kind] in text and detect_language(prose) == language


def test_a_cot_in_another_language_is_refused():
    assert checks.cot_problem("I am Xiaoming and I live in 北京.", "我住在北京。", ["北京"], "zh") == "cot_wrong_language"


def test_a_chinese_card_gives_chinese_records(tmp_path, teacher_server):
    cards = tmp_path / "zh.json"
    cards.write_text(json.dumps([ZH_CARD], ensure_ascii=False), encoding="utf-8")
    server = teacher_server({"gen": Teacher()})
    result = run_generate(cards, tmp_path / "out", server, per_profile=2, with_cot=True)
    records = all_records(tmp_path / "out")
    assert result.stats["kept"] == 3 and validate_file(tmp_path / "out" / "train.json") == 0
    assert {r["metadata"]["language"] for r in records} == {"zh"}
    assert all(detect_language(r["cot"]) == "zh" for r in records)


def test_the_real_raiden_cards_go_through_every_check(raiden_sample, tmp_path, teacher_server):
    from teacher_support import CardReader

    server = teacher_server({"gen": CardReader()})
    result = run_generate(raiden_sample, tmp_path / "out", server, per_profile=4, cm_per_profile=0, with_cot=True)
    records = all_records(tmp_path / "out")
    assert [validate_file(tmp_path / "out" / f"{s}.json") for s in ("train", "validation", "test")] == [0, 0, 0]
    assert result.stats["candidates"] == result.stats["kept"] + sum(result.stats["candidates_dropped"].values())
    assert len({r["character_name"] for r in records}) == 5 and len(records) >= 10
