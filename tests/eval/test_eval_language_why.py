"""The evaluation's "why" for an English answer to a Chinese, Japanese or Korean question names the
answer's language as English, not the question's (session 31: "My name is 霍长风." to a zh question
was refused with "answer reads as zh, question is zh")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.eval.items import EvalItem
from raiden_r1.eval.scoring import score_generation


def _item(language: str, name: str, question: str) -> EvalItem:
    truth = record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name}, "conversation_history": [],
        "question": question, "answer": name, "keywords": [[name]], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))
    return EvalItem(id="x", messages=[], ground_truth=truth, focus="script_knowledge", language=language)


@pytest.mark.parametrize("language,name,question", [
    ("zh", "霍长风", "你叫什么名字？"), ("ja", "久世蓮", "お名前は？"), ("ko", "박순자", "성함이 어떻게 되세요?")])
def test_english_speech_around_a_cjk_keyword_is_named_english(language, name, question):
    out = score_generation(_item(language, name, question), f"My name is {name}.")
    assert out["correct"] is False
    assert f"language: answer reads as en (English speech around the keywords), question is {language}" in out["why"]


def test_the_same_answer_in_the_questions_language_has_no_language_why():
    out = score_generation(_item("zh", "霍长风", "你叫什么名字？"), "我叫霍长风。")
    assert out["correct"] is True
    assert not any(w.startswith("language:") for w in out["why"])
