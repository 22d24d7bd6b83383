"""Session 32 (r5, rev71's refused natural answers): a reminder to the user ("莫搞忘了", "忘れたらあかん")
is no doubt about the fact; praise of the name just given ("踏雪，好名字") is no second candidate;
archaic pronouns are the user's ("Thy dearest friend is Thomas", "Thou didst name thy cat Biscuit").
Each right answer is paid; the nearest doubt, second value or other owner is still refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def cm(language, question, key, negatives=()):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", negative_keywords=tuple(negatives))


EXAM = {"zh": cm("zh", "我的考试是哪天？", "2月6日", ["4月9日"]), "en": cm("en", "When is my exam?", "February 6", ["April 9"]),
        "ja": cm("ja", "私の試験はいつ？", "2月6日", ["4月9日"]), "ko": cm("ko", "내 시험 언제야?", "2월 6일", ["4월 9일"])}
PET = {"zh": cm("zh", "还记得我给我的马驹取的什么名字吗？", "踏雪", ["青骢", "黑豆"]),
       "en": cm("en", "Do you remember what I named my foal?", "Snowstep", ["Blackbean"]),
       "ja": cm("ja", "私の子馬の名前、覚えてる？", "ふぶき", ["くろまめ"]),
       "ko": cm("ko", "내 망아지 이름 기억해?", "눈송이", ["흑두"])}
FRIEND = cm("en", "What's my best friend's name?", "Thomas", ["Maud"])
CAT = cm("en", "What did I name my cat?", "Biscuit", ["Pepper"])


@pytest.mark.parametrize("language,answer", [
    ("zh", "你考试是二月六号噻，莫搞忘了哈。"), ("zh", "2月6日，别忘了。"), ("zh", "2月6日，可别忘了哦。"), ("zh", "2月6日嘛，莫得忘了哈。"),
    ("ja", "2月6日やで、忘れたらあかんで。"), ("ja", "2月6日じゃ、忘れたらいかんぞ。"), ("ja", "2月6日だよ、忘れないでね。"),
    ("ko", "2월 6일이여. 잊지 말어잉."), ("ko", "2월 6일, 까먹지 마라."),
    ("en", "February 6. Don't forget!"), ("en", "February 6. Mind you don't forget."),
])
def test_a_reminder_not_to_forget_is_no_doubt(language, answer):
    assert keyword_accuracy(answer, EXAM[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "2月6日吧，我忘了。"), ("zh", "2月6日，别忘了，我反正忘了。"), ("zh", "2月6日吧，我搞忘了。"),
    ("ja", "2月6日かな、忘れた。"), ("ja", "2月6日だっけ、忘れちゃった。"),
    ("ko", "2월 6일이던가, 잊어버렸어."), ("ko", "2월 6일이었나? 까먹었어."),
    ("en", "February 6, I think. I don't remember."),
])
def test_the_character_forgetting_is_still_doubt(language, answer):
    assert keyword_accuracy(answer, EXAM[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "踏雪，好名字。"), ("zh", "踏雪，真是好名字！"), ("zh", "踏雪，妙名。"), ("zh", "踏雪，佳名也。"),
    ("en", "Snowstep. Nice name."), ("en", "Snowstep, a fine name."),
    ("ja", "ふぶき、いい名前だね。"), ("ja", "ふぶき、よき名じゃ。"),
    ("ko", "눈송이, 좋은 이름이야."), ("ko", "눈송이, 참 좋은 이름이여."),
])
def test_praise_of_the_name_is_no_second_candidate(language, answer):
    assert keyword_accuracy(answer, PET[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "踏雪，黑豆，好名字。"), ("zh", "踏雪，好名字，黑豆。"), ("zh", "黑豆，好名字。"), ("zh", "踏雪，好马。"),
    ("en", "Snowstep, Blackbean. Nice name."), ("ja", "ふぶき、くろまめ、いい名前だね。"), ("ko", "눈송이, 흑두, 좋은 이름이야."),
])
def test_a_second_name_beside_the_praise_is_still_hedged(language, answer):
    assert keyword_accuracy(answer, PET[language]) == 0.0, answer


@pytest.mark.parametrize("t,answer", [
    (FRIEND, "Thy dearest friend is Thomas."), (FRIEND, "Your closest friend is Thomas."), (FRIEND, "Thy truest friend is Thomas."),
    (CAT, "Thou didst name thy cat Biscuit."), (CAT, "Thy cat is called Biscuit."),
])
def test_archaic_pronouns_are_the_users(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("t,answer", [
    (FRIEND, "My dearest friend is Thomas."), (FRIEND, "Mine dearest friend is Thomas."),
    (FRIEND, "Thy brother's dearest friend is Thomas."), (FRIEND, "Thy sister's best friend is Thomas."),
    (CAT, "Mine own cat is called Biscuit."), (CAT, "Thy brother's cat is called Biscuit."),
])
def test_the_fact_claimed_or_given_to_another_is_still_refused(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer


MONK = GroundTruth(answer="a grey cat called Moll", keywords=(("cat",),), language="en",
                   question="Brother, do you keep any animal with you in the scriptorium?", negative_keywords=("hound", "dog"))


@pytest.mark.parametrize("answer,paid", [
    ("Indeed, good friend, thy servant keeps a cat in the scriptorium.", 1.0), ("Thy humble servant keeps a grey cat.", 1.0),
    ("Thou keepest a cat in the scriptorium.", 0.0), ("Thy cat keeps the scriptorium.", 0.0),
])
def test_thy_servant_is_the_speaker_not_the_listener(answer, paid):
    assert keyword_accuracy(answer, MONK) == paid, answer
