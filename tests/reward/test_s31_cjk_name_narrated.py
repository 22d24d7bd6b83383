"""A name question answered in Chinese, Japanese or Korean by narrating the character under its own
name ("沈青霜是个剑客。") is refused, as "Adaeze is a pharmacist." is in English (docs/reward.md,
"Session 31: the name narrated in CJK"); the name alone, introduced, said to be the speaker's own or
tied to a first-person word stays paid, and so does a character that speaks of itself by name."""

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


ZH = _named("zh", "沈青霜", "姑娘怎么称呼？", ["沈青霜"])
JA = _named("ja", "ルル・フェンネル", "お名前は？", ["ルル・フェンネル", "ルル"])
KO = _named("ko", "박순자", "성함이 어떻게 되세요?", ["박순자"])
TRUTHS = {"zh": ZH, "ja": JA, "ko": KO}


@pytest.mark.parametrize("lang,text", [
    ("zh", "沈青霜是个剑客。"), ("zh", "沈青霜今年二十岁。"), ("zh", "沈青霜喜欢喝酒，常年漂泊江湖。"),
    ("ja", "ルル・フェンネルは見習い魔法使いです。"), ("ja", "ルルが見習い魔法使いです。"),
    ("ja", "ルル・フェンネルは森に住んでいる。"),
    ("ko", "박순자는 떡 장인이에요."), ("ko", "박순자가 떡을 만들어요."), ("ko", "박순자는 시장에서 떡집을 해요."),
])
def test_the_name_narrated_as_a_subject_is_refused(lang, text):
    assert keyword_accuracy(text, TRUTHS[lang]) == 0.0


@pytest.mark.parametrize("lang,text", [
    ("zh", "沈青霜。"), ("zh", "我叫沈青霜。"), ("zh", "在下沈青霜。"), ("zh", "沈青霜就是我。"),
    ("zh", "沈青霜是在下的本名。"), ("zh", "沈青霜在此！"),
    ("ja", "わたしはルル・フェンネルです。"), ("ja", "ルル・フェンネルです。"), ("ja", "ルル・フェンネルが私の名前です。"),
    ("ja", "ルル・フェンネルと申します。"),
    ("ko", "박순자예요."), ("ko", "저는 박순자예요."), ("ko", "박순자가 제 이름이에요."), ("ko", "제 이름은 박순자예요."),
])
def test_the_name_given_as_the_speakers_own_is_paid(lang, text):
    assert keyword_accuracy(text, TRUTHS[lang]) == 1.0


@pytest.mark.parametrize("lang,text", [
    ("zh", "沈青霜是个剑客。"), ("ja", "ルルはルルなのです！"), ("ko", "박순자는 떡 장인이에요."),
])
def test_a_character_that_speaks_of_itself_by_name_may_say_so(lang, text):
    assert keyword_accuracy(text, replace(TRUTHS[lang], self_name=True)) == 1.0


@pytest.mark.parametrize("lang,name,text", [
    ("zh", "沈青霜", "沈青霜是你女儿呀。"), ("ja", "ルル", "ルルは君の娘さんだよ。"), ("ko", "박순자", "박순자는 당신 딸이에요."),
])
def test_a_name_that_is_the_users_fact_is_not_read_as_narration(lang, name, text):
    truth = GroundTruth(answer=name, keywords=((name,),), language=lang, question="?", focus="conversation_memory",
                        character_name="林默", subject="user")
    assert keyword_accuracy(text, truth) == 1.0
