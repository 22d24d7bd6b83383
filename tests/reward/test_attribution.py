"""Who says the fact: in conversation memory "you said X" recalls the user's words and is paid,
while a rumour from nobody in particular ("they say X", 据说, 噂で, 누가 그러던데) is not the
character remembering anything."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

CM = {
    "en": GroundTruth(answer="Kestrel, you said. Your father's boat.", keywords=(("Kestrel",),), language="en",
                      focus="conversation_memory", question="What was my father's boat called?"),
    "zh": GroundTruth(answer="你说过，叫小满。", keywords=(("小满",),), language="zh", focus="conversation_memory",
                      question="我家猫叫什么来着？"),
    "ja": GroundTruth(answer="ひまわりって言ってましたよね。", keywords=(("ひまわり",),), language="ja",
                      focus="conversation_memory", question="私の好きな花、覚えてる？"),
    "ko": GroundTruth(answer="간호사라고 하셨죠.", keywords=(("간호사",),), language="ko", focus="conversation_memory",
                      question="제 누나 직업이 뭐라고 했죠?"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Word is it's the Kestrel."), ("en", "Some fellow at the docks said it was the Kestrel."),
    ("en", "The Kestrel, supposedly."), ("zh", "听别人讲，好像叫小满。"), ("zh", "传言说叫小满。"),
    ("ja", "ひまわりらしいですよ。"), ("ja", "誰かがひまわりだって言ってました。"), ("ko", "간호사라던데요."),
    ("ko", "누군가 간호사라고 하더라고요."),
])
def test_a_rumour_is_not_remembering_what_the_user_said(language, answer):
    assert keyword_accuracy(answer, CM[language]) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "You told me it's the Kestrel."), ("en", "The Kestrel. You said your father built her."),
    ("zh", "你上次说叫小满呀。"), ("ja", "ひまわりでしょ？前に言ってたじゃない。"), ("ko", "간호사라고 말씀하셨잖아요."),
])
def test_recalling_the_users_own_words_is_paid(language, answer):
    assert keyword_accuracy(answer, CM[language]) == 1.0


@pytest.mark.parametrize("answer", ["The servants gossip that my familiar is a raven.",
                                    "A raven, reportedly. Who am I to say."])
def test_a_rumour_about_the_character_is_not_an_answer(answer):
    truth = GroundTruth(answer="Corvin is a raven.", keywords=(("raven",),), language="en",
                        question="What kind of animal is your familiar?")
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("answer,truth", [
    ("Yours is Biscuit. Mine's Pepper.", GroundTruth(answer="Biscuit, you said.", keywords=(("Biscuit",),),
                                                    negative_keywords=("Pepper",), language="en", subject="user",
                                                    focus="conversation_memory", question="What's my dog called?")),
    ("阿福，不是旺财哦，旺财是我邻居家的狗。", GroundTruth(answer="叫阿福。", keywords=(("阿福",),), negative_keywords=("旺财",),
                                                language="zh", subject="other", question="你家猫叫什么名字？")),
    ("My cat is Juniper; your cat is Pepper, isn't she?", GroundTruth(
        answer="Juniper.", keywords=(("Juniper",),), negative_keywords=("Pepper",), language="en", subject="other",
        question="What's your cat called?")),
])
def test_a_negative_given_to_the_other_speaker_or_a_neighbour_is_colour(answer, truth):
    assert keyword_accuracy(answer, truth) == 1.0


def test_a_negative_given_as_the_characters_own_value_still_counts():
    truth = GroundTruth(answer="Juniper.", keywords=(("Juniper",),), negative_keywords=("Pepper",), language="en",
                        subject="other", question="What's your cat called?")
    assert keyword_accuracy("Juniper. Or Pepper, my cat answers to both.", truth) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "The Kestrel, my own little sloop."), ("en", "My father's boat? The Kestrel."),
    ("zh", "小满，我说过的呀。"), ("ja", "ひまわりだって私が言ったでしょ。"), ("ko", "간호사라고 제가 말했잖아요."),
])
def test_making_the_users_fact_ones_own_around_the_keyword_is_memory_theft(language, answer):
    assert keyword_accuracy(answer, CM[language]) == 0.0


@pytest.mark.parametrize("answer", ["The Kestrel, my dear.", "Your father's boat? The Kestrel."])
def test_an_endearment_or_the_users_own_echo_is_not_theft(answer):
    assert keyword_accuracy(answer, CM["en"]) == 1.0


def test_bare_korean_na_claims_the_users_plan():
    truth = GroundTruth(answer="목요일에 면접이라고 했잖아.", keywords=(("목요일",),), language="ko", focus="conversation_memory",
                        subject="user", question="내 면접 언제라고 했지?")
    assert keyword_accuracy("나 목요일에 면접 있어.", truth) == 0.0
    assert keyword_accuracy("목요일이라고 했잖아.", truth) == 1.0


@pytest.mark.parametrize("language,turn,question,keyword,stolen,kept", [
    ("en", "I play the oboe; my friend Marta plays the flute.", "What did I say I play?", "oboe",
     "Marta plays the oboe, right?", "The oboe. Marta's the flautist."),
    ("zh", "我同事小周爱吃辣，我自己爱吃甜的。", "我说我爱吃什么口味？", "甜", "小周爱吃甜的。", "你爱吃甜的，小周爱吃辣。"),
    ("ja", "友達の美咲は犬派で、私は猫派なんです。", "私は何派って言いました？", "猫派", "美咲さんが猫派でしたね。", "猫派でしたよね。"),
    ("ko", "제 친구 수아는 바다를 좋아하고, 저는 산을 좋아해요.", "제가 뭘 좋아한다고 했죠?", "산", "수아 씨가 산을 좋아한다고 했죠.",
     "산을 좋아한다고 하셨죠."),
])
def test_the_users_fact_given_to_a_friend_from_the_history_is_not_paid(language, turn, question, keyword, stolen, kept):
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.schema import Record

    record = Record.model_validate(dict(
        character_name="Ada", character_profile={"name": "Ada"},
        conversation_history=[{"role": "user", "content": turn}, {"role": "assistant", "content": "OK."}],
        question=question, answer=kept, keywords=[keyword], negative_keywords=[], question_type="what",
        validation_method="single_term_validation", difficulty="easy",
        metadata={"language": language, "focus": "conversation_memory", "source": "t"}))
    truth = record_ground_truth(record)
    assert truth.others and keyword_accuracy(stolen, truth) == 0.0
    assert keyword_accuracy(kept, truth) == 1.0


def test_script_knowledge_ground_truths_serialise_without_others():
    assert '"others"' not in GroundTruth(answer="x", keywords=(("x",),)).to_json()
    assert GroundTruth(answer="x", others=("Marta",)).to_json().count("Marta") == 1


@pytest.mark.parametrize("language,answer", [
    ("en", "The Kestrel is the boat I sail, my dear."), ("zh", "小满是我养的猫。"), ("ja", "ひまわりが好きなのは私です。"),
    ("ko", "간호사인 건 저예요."),
])
def test_the_character_as_owner_after_the_keyword_claims_the_users_fact(language, answer):
    assert keyword_accuracy(answer, CM[language]) == 0.0


@pytest.mark.parametrize("language,answer", [("en", "Your brother's boat is the Kestrel."), ("zh", "你哥哥的猫叫小满。"),
                                             ("ja", "お姉さんの好きな花はひまわりですよね。"), ("ko", "동생이 간호사라고 했죠.")])
def test_the_users_fact_given_to_a_relative_the_question_does_not_name_is_not_paid(language, answer):
    from dataclasses import replace

    truth = replace(CM[language], subject="user")
    if language == "en":  # the question names the father: his boat moved to the brother
        assert keyword_accuracy("Your father's boat is the Kestrel.", truth) == 1.0
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("answer,paid", [
    ("My coach reckons Katya is my biggest rival.", 0.0), ("Our captain thinks it's Katya.", 0.0),
    ("I reckon it's Katya.", 1.0), ("Katya, I'd say.", 1.0),
])
def test_a_verb_of_saying_after_a_possessed_subject_is_someone_elses_word(answer, paid):
    truth = GroundTruth(answer="Katya, no question.", keywords=(("Katya",),), language="en",
                        question="Who's your biggest rival?")
    assert keyword_accuracy(answer, truth) == paid


TRIP = {
    "en": GroundTruth(answer="Lisbon, you said.", keywords=(("Lisbon",),), language="en", focus="conversation_memory",
                      subject="user", question="Where did I say I'm flying next week?"),
    "zh": GroundTruth(answer="你说去里斯本。", keywords=(("里斯本",),), language="zh", focus="conversation_memory",
                      subject="user", question="我说我下周飞哪儿来着？"),
    "ja": GroundTruth(answer="リスボンって言ってたよ。", keywords=(("リスボン",),), language="ja", focus="conversation_memory",
                      subject="user", question="来週どこに行くって言ったっけ？"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Lisbon, like me."), ("en", "Me? Lisbon, of course."), ("zh", "我？里斯本呗。"),
    ("ja", "来週リスボンに行くの、私！"),
])
def test_the_character_named_right_beside_the_users_fact_claims_it(language, answer):
    assert keyword_accuracy(answer, TRIP[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Lisbon, my dear."), ("en", "Lisbon, you told me."), ("zh", "里斯本，你说过的。"), ("ja", "リスボンでしょ、楽しみだね！"),
])
def test_an_endearment_or_a_reply_beside_the_users_fact_is_paid(language, answer):
    assert keyword_accuracy(answer, TRIP[language]) == 1.0, answer
