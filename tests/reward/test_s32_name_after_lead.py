"""The character narrated under its own name after a discourse word or frame ("我是说，沈青霜是个剑客。",
"つまり、ルルは見習い魔法使いです。", "그러니까 박순자는 떡 장인이에요.") is refused as the plain form is
(session 31 r8, extended in session 32: docs/reward.md "Session 32 (taut)"); the name introduced or
tied to "I" after the same words, and a self-naming character, stay paid."""

from __future__ import annotations

from dataclasses import replace

import pytest

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


def _named(language: str, name: str, question: str, keys: list[str]) -> GroundTruth:
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name}, "conversation_history": [],
        "question": question, "answer": keys[0], "keywords": [keys], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


TRUTHS = {
    "zh": _named("zh", "沈青霜", "姑娘怎么称呼？", ["沈青霜"]),
    "ja": _named("ja", "ルル・フェンネル", "お名前は？", ["ルル・フェンネル", "ルル"]),
    "ko": _named("ko", "박순자", "성함이 어떻게 되세요?", ["박순자"]),
}


@pytest.mark.parametrize("lang,text", [
    ("zh", "我是说，沈青霜是个剑客。"), ("zh", "嗯，沈青霜是个剑客。"), ("zh", "总之沈青霜是个剑客。"),
    ("zh", "说白了，沈青霜喜欢喝酒。"),
    ("ja", "つまり、ルルは見習い魔法使いです。"), ("ja", "えっと、ルル・フェンネルは森に住んでいます。"),
    ("ja", "要するに、ルルが見習い魔法使いなんです。"), ("ja", "つまりルルは見習い魔法使いです。"),
    ("ko", "그러니까 박순자는 떡 장인이에요."), ("ko", "음, 박순자는 떡 장인이에요."),
    ("ko", "말하자면 박순자는 시장에서 떡집을 해요."), ("ko", "제 말은, 박순자가 떡을 만들어요."),
])
def test_the_name_narrated_after_a_discourse_word_is_refused(lang, text):
    assert keyword_accuracy(text, TRUTHS[lang]) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("zh", "我是说，沈青霜就是我。"), ("zh", "我是说，我叫沈青霜。"), ("zh", "嗯，在下沈青霜。"), ("zh", "总之，沈青霜是我的名字。"),
    ("ja", "つまり、わたしはルル・フェンネルです。"), ("ja", "えっと、ルル・フェンネルです。"), ("ja", "まあ、ルルです。"),
    ("ko", "그러니까 저는 박순자예요."), ("ko", "음, 박순자예요."), ("ko", "그러니까 박순자가 제 이름이에요."),
])
def test_the_name_given_as_the_speakers_own_after_a_discourse_word_is_paid(lang, text):
    assert keyword_accuracy(text, TRUTHS[lang]) == 1.0


@pytest.mark.parametrize("lang,text", [
    ("zh", "我是说，沈青霜是个剑客。"), ("ja", "つまり、ルルは見習い魔法使いです。"), ("ko", "그러니까 박순자는 떡 장인이에요."),
])
def test_a_character_that_speaks_of_itself_by_name_may_still_do_so(lang, text):
    assert keyword_accuracy(text, replace(TRUTHS[lang], self_name=True)) == 1.0


@pytest.mark.parametrize("lang,text", [
    ("zh", "你好。沈青霜是个剑客。"), ("ja", "こんにちは。ルルは見習い魔法使いです。"), ("ko", "안녕하세요. 박순자는 떡 장인이에요."),
])
def test_the_name_narrated_in_a_later_sentence_is_refused(lang, text):
    assert keyword_accuracy(text, TRUTHS[lang]) == 0.0
