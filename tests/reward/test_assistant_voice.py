"""The assistant's voice around a right answer (reward/assistant_voice.py): service openers and closers,
talk about playing the role, what an assistant or a model calls itself. Each rule refused in every
language it covers, and the nearby in-character answer still paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

Q = {"en": "Where do you work?", "zh": "你在哪里工作？", "ja": "どこで働いていますか？", "ko": "어디서 일해요?"}
KEY = {"en": "Harbor Clinic", "zh": "海港诊所", "ja": "港クリニック", "ko": "항구 의원"}


def gt(language, role="nurse", name="Ivy Park", question=None):
    return GroundTruth(answer=KEY[language], keywords=((KEY[language],),), language=language, role=role,
                       question=question or Q[language], character_name=name)


@pytest.mark.parametrize("language,answer", [
    ("en", "At Harbor Clinic. Any other questions? Just ask."),
    ("en", "Harbor Clinic, I hope that answers it!"),
    ("zh", "在海港诊所。如有疑问随时问我。"),
    ("ja", "港クリニックです。ほかに知りたいことがあれば、いつでもお尋ねください。"),
    ("ko", "항구 의원이에요. 궁금한 것이 있으시면 편하게 물어보세요."),
])
def test_inviting_more_questions_is_assistant_voice(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Harbor Clinic. Is there anything else I can do for you today?"),
    ("zh", "海港诊所。请问还有什么需要帮忙的？"),
    ("ja", "港クリニックです。何かお手伝いできることはありますか？"),
    ("ko", "항구 의원이에요. 뭘 더 도와드릴까요?"),
])
def test_offering_more_help_is_assistant_voice_unless_the_role_serves(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer
    role = {"en": "hotel receptionist", "zh": "前台接待", "ja": "受付係", "ko": "안내원"}[language]
    assert keyword_accuracy(answer, gt(language, role=role)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Ooh, excellent question! Harbor Clinic."),
    ("zh", "这是一个好问题！我在海港诊所。"),
    ("ja", "素晴らしい質問ですね。港クリニックです。"),
    ("ko", "흥미로운 질문이네요! 항구 의원이에요."),
])
def test_praising_the_question_is_assistant_voice(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Absolutely! Harbor Clinic."),
    ("zh", "没问题！我在海港诊所。"),
    ("ja", "かしこまりました。港クリニックです。"),
    ("ko", "물론입니다! 항구 의원이에요."),
])
def test_complying_with_a_request_nobody_made_is_assistant_voice(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer,question", [
    ("en", "Absolutely! Harbor Clinic.", "Could you tell me where you work?"),
    ("zh", "没问题！我在海港诊所。", "能告诉我你在哪里工作吗？"),
    ("ja", "かしこまりました。港クリニックです。", "どこで働いているか教えてください。"),
    ("ko", "물론입니다! 항구 의원이에요.", "어디서 일하는지 알려 주세요."),
])
def test_complying_with_a_real_request_is_in_character(language, answer, question):
    assert keyword_accuracy(answer, gt(language, question=question)) == 1.0, answer


def test_a_butler_may_open_with_certainly():
    assert keyword_accuracy("Certainly, madam. Harbor Clinic.", gt("en", role="butler")) == 1.0
    assert keyword_accuracy("Certainly, madam. Harbor Clinic.", gt("en", role="nurse")) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Answering in character, of course: Harbor Clinic."),
    ("en", "Speaking as Ivy Park — Harbor Clinic."),
    ("en", "Harbor Clinic. (back in character now)"),
    ("en", "As Ivy Park, I work at Harbor Clinic."),
    ("zh", "以朴艾薇的身份回答：我在海港诊所。"),
    ("zh", "按照人设，我在海港诊所。"),
    ("ja", "パク・アイビーとしてお答えしますね。港クリニックです。"),
    ("ja", "プロフィール通り、港クリニックです。"),
    ("ko", "박아이비로서 대답하자면 항구 의원이에요."),
    ("ko", "프로필대로 항구 의원이에요."),
    ("ko", "박아이비 역할로 대답할게요. 항구 의원이에요."),
])
def test_talking_about_playing_the_role_is_out_of_character(language, answer):
    name = {"en": "Ivy Park", "zh": "朴艾薇", "ja": "パク・アイビー", "ko": "박아이비"}[language]
    assert keyword_accuracy(answer, gt(language, name=name)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "This assistant works at Harbor Clinic."),
    ("en", "Being a robot, I work at Harbor Clinic."),
    ("en", "Harbor Clinic — I'm Gemini, after all."),
    ("zh", "作为一名助理，我在海港诊所。"),
    ("zh", "身为机器人的我在海港诊所。"),
    ("zh", "我是豆包，我在海港诊所。"),
    ("ja", "アシスタントの私は港クリニックで働いています。"),
    ("ja", "ロボットなので、港クリニックです。"),
    ("ja", "クロードですが、港クリニックです。"),
    ("ko", "인공 지능인 제가 일하는 곳은 항구 의원이에요."),
    ("ko", "에이아이 입장에서는 항구 의원이에요."),
    ("ko", "챗 GPT라서 항구 의원이라고 할게요."),
])
def test_what_an_assistant_calls_itself_is_out_of_character(language, answer):
    assert keyword_accuracy(answer, gt(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer,role", [
    ("en", "Being a robot, I work at Harbor Clinic.", "service robot"),
    ("en", "I'm the assistant manager at Harbor Clinic.", "nurse"),
    ("en", "I'm a Gemini, and I work at Harbor Clinic.", "nurse"),
    ("en", "As a nurse, I work at Harbor Clinic.", "nurse"),
    ("zh", "作为一名助理，我在海港诊所。", "医生助理"),
    ("zh", "我是机器人爱好者，在海港诊所上班。", "护士"),
    ("ja", "ロボットが好きで、港クリニックで働いています。", "看護師"),
    ("ko", "저는 로봇을 좋아하고 항구 의원에서 일해요.", "간호사"),
])
def test_the_same_words_in_the_characters_own_voice_are_fine(language, answer, role):
    assert keyword_accuracy(answer, gt(language, role=role)) == 1.0, answer


def test_a_model_name_the_profile_gives_a_person_is_a_person():
    truth = GroundTruth(answer="My cousin Claude works there too: Harbor Clinic.", keywords=(("Harbor Clinic",),),
                        language="en", question=Q["en"], others=("Claude",))
    assert keyword_accuracy("I'm Claude's cousin, and I work at Harbor Clinic.", truth) == 1.0
