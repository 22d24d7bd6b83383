"""Conversation memory: the character naming something of its own beside the user's fact ("是团子，
我家狗叫豆豆"), the same value said of something else of its own ("우리 누나 이름도 지민인데"), or
recalling that the user said it ("네가 콩이라고 했잖아") is no theft; claiming the asked thing as its own
still is. A character whose profile says it calls itself by its title may make the title its subject."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import user_memory_truth


cm = user_memory_truth


CAT = cm("zh", "年糕", "你还记得我家猫叫什么吗？")
GIRL = cm("ko", "서연", "내 여자친구 이름 뭐였지?")
DOG = cm("ko", "두리", "내 강아지 이름 기억나?")
SIS = cm("en", "Maeve", "What's my sister called?")


@pytest.mark.parametrize("truth,answer", [
    (CAT, "是年糕，我家狗叫汤圆。"),
    (GIRL, "서연이지. 우리 누나 이름도 서연인데."),
    (DOG, "네가 두리라고 했잖아."),
    (SIS, "Maeve. My cousin is called Maeve too."),
])
def test_the_users_fact_recalled_beside_the_characters_own_things(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (CAT, "年糕，我家的猫。"),
    (CAT, "我家猫叫年糕。"),
    (GIRL, "서연이지. 내 여자친구도 서연이야."),
    (SIS, "Maeve. My sister is Maeve too."),
])
def test_the_asked_thing_claimed_as_its_own_is_still_theft(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def _captain(style):
    return record_ground_truth(Record.model_validate({
        "character_name": "Ines Calder", "character_profile": {"Name": "Ines Calder", "Title": "Commander",
                                                              "Occupation": "commander of a survey ship",
                                                              "Height": "181 cm", "Speaking style": style},
        "conversation_history": [], "question": "How tall are you, Commander?", "answer": "The Commander is 181 cm.",
        "keywords": ["181 cm"], "negative_keywords": [], "question_type": "how",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "en", "focus": "script_knowledge"}}))


@pytest.mark.parametrize("style", ["refers to herself by her title", "speaks of herself in the third person as 'the Commander'"])
def test_a_character_that_calls_itself_by_its_title(style):
    assert keyword_accuracy("The Commander is 181 cm.", _captain(style)) == 1.0


def test_a_character_that_does_not_is_third_person():
    assert keyword_accuracy("The Commander is 181 cm.", _captain("dry, precise")) == 0.0


@pytest.mark.parametrize("truth,answer", [
    (SIS, "Maeve — I told you that earlier."),
    (CAT, "年糕，这是我告诉你的呀。"),
    (cm("ja", "モモ", "うちの犬の名前、覚えてる？"), "モモです。さっき私が言いましたよね。"),
])
def test_the_character_as_the_source_of_the_users_fact(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def test_its_own_other_thing_said_before_is_no_claim():
    truth = cm("en", "Thunder", "What's my horse called?")
    assert keyword_accuracy("Thunder. Mine is Ember, as I said.", truth) == 1.0


@pytest.mark.parametrize("language,role,answer", [
    ("ja", "パン屋の店主", "店長は41歳です。"),
    ("ja", "パン屋の店主", "この店の主人は41歳です。"),
    ("ko", "간호사", "김 간호사는 41살이에요."),
    ("en", "firefighter", "Firefighter Hale is 41."),
])
def test_its_occupation_as_a_title_subject(language, role, answer):
    truth = GroundTruth(answer="41", keywords=(("41",),), language=language, question="?", role=role,
                        character_name={"ja": "佐藤健太", "ko": "김지훈", "en": "Marcus Hale"}[language], subject="self")
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "Greta", "What's my best friend's name?"), "I remember Greta. She's my best friend."),
    (CAT, "年糕。它是我的猫。"),
    (cm("ja", "モモ", "私の犬の名前、覚えてますか？"), "モモ。私の犬です。"),
    (DOG, "두리지. 내 강아지야."),
])
def test_a_later_clause_making_the_asked_relative_its_own(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (cm("en", "Greta", "What's my best friend's name?"), "Greta. She's your best friend, right?"),
    (CAT, "年糕，你家的猫。"),
])
def test_the_users_relative_recalled_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
