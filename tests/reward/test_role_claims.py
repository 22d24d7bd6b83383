"""Speaking as someone else by role: the person the question asks about ("I'm your son" asked what
the user's son scored), a companion of the character who names it ("I'm the keeper; Bao loves
bamboo"), and third-person narration that voids every mention of the keyword."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def cm_truth(language, question, keyword, answer):
    return GroundTruth(answer=answer, keywords=((keyword,),), language=language, focus="conversation_memory",
                       subject="user", question=question)


ASKED = {
    "en": cm_truth("en", "What did my son score on his exam?", "91", "Your son got 91, you said."),
    "zh": cm_truth("zh", "我女儿期末考了多少分来着？", "91", "你女儿考了91分。"),
    "ja": cm_truth("ja", "うちの息子、テストで何点だったっけ？", "91", "息子さんは91点でしたね。"),
    "ko": cm_truth("ko", "우리 아들 시험 몇 점 받았다고 했죠?", "91", "아드님이 91점 받았다고 하셨어요."),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "I'm your son, Dad! I got 91."),
    ("zh", "我就是你女儿呀，我考了91分！"),
    ("ja", "僕があなたの息子です。91点でした。"),
    ("ko", "제가 당신 아들이에요. 91점 받았어요."),
])
def test_claiming_to_be_the_person_the_question_asks_about_is_another_voice(language, answer):
    assert keyword_accuracy(answer, ASKED[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Your son got 91, I'm your friend, I remember these things."),
    ("zh", "你女儿考了91分，你说过的。"),
    ("ja", "息子さんは91点だって言ってましたよ。"),
    ("ko", "아드님이 91점 받았다고 하셨잖아요."),
])
def test_recalling_the_relatives_fact_is_paid(language, answer):
    assert keyword_accuracy(answer, ASKED[language]) == 1.0, answer


def self_truth(language, name, question, keyword, answer, self_name=True):
    return GroundTruth(answer=answer, keywords=((keyword,),), language=language, question=question,
                       character_name=name, self_name=self_name)


COMPANION = {
    "en": self_truth("en", "Bao", "Bao, what's your favourite food?", "bamboo", "Bao loves bamboo!"),
    "zh": self_truth("zh", "豆豆", "豆豆，你最爱吃什么？", "胡萝卜", "豆豆最爱吃胡萝卜！"),
    "ja": self_truth("ja", "みかん", "みかんちゃんの好きな食べ物は？", "りんご", "みかんはりんごがすき！"),
    "ko": self_truth("ko", "별이", "별이는 뭘 제일 좋아해?", "사과", "별이는 사과가 제일 좋아!"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "I'm Bao's keeper. Bao loves bamboo more than anything."),
    ("zh", "我是饲养员，豆豆最爱吃胡萝卜。"),
    ("ja", "私は飼育員です。みかんはりんごが大好きなんですよ。"),
    ("ko", "저는 별이 매니저예요. 별이는 사과를 제일 좋아해요."),
])
def test_a_companion_who_names_the_character_is_another_voice(language, answer):
    assert keyword_accuracy(answer, COMPANION[language]) == 0.0, answer


def test_a_companion_role_that_is_the_answer_is_paid():
    truth = GroundTruth(answer="我是经纪人，带了豆豆五年。", keywords=(("经纪人",),), language="zh",
                        question="你是做什么工作的？", character_name="林姐")
    assert keyword_accuracy("我是经纪人，专门带艺人。", truth) == 1.0


@pytest.mark.parametrize("language,answer,truth", [
    ("en", "She's a baker, as far as I know. I run a bakery in Jeonju.",
     GroundTruth(answer="I'm a baker.", keywords=(("baker", "bakery"),), language="en", question="What do you do?")),
    ("zh", "据我所知她是面包师。在全州开面包店。",
     GroundTruth(answer="我是面包师。", keywords=(("面包师", "面包店"),), language="zh", question="你是做什么的？")),
    ("ko", "내가 알기로 그녀는 제빵사야. 전주에서 빵집을 하지.",
     GroundTruth(answer="제빵사예요.", keywords=(("제빵사", "빵집"),), language="ko", question="무슨 일 하세요?")),
])
def test_narrating_oneself_in_one_mention_voids_the_others(language, answer, truth):
    assert keyword_accuracy(answer, truth) == 0.0, answer


RELATIVE = {
    "en": GroundTruth(answer="She's playing the Moonlight Sonata.", keywords=(("Moonlight Sonata",),), language="en",
                      question="What is your daughter playing at the recital?"),
    "ja": GroundTruth(answer="『月の光』や。", keywords=(("月の光",),), language="ja", question="娘さんが発表会で弾く曲は？"),
    "ko": GroundTruth(answer="월광 소나타요.", keywords=(("월광 소나타",),), language="ko", question="따님이 발표회에서 치는 곡이 뭐예요?"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "I play the Moonlight Sonata at the recital, I practise every night."),
    ("ja", "俺が発表会で『月の光』を弾くんや。"),
    ("ko", "제가 발표회에서 월광 소나타를 쳐요."),
])
def test_making_oneself_the_doer_of_a_relatives_fact_claims_it(language, answer):
    assert keyword_accuracy(answer, RELATIVE[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "The Moonlight Sonata. I remember she picked it herself."),
    ("ja", "『月の光』や。俺も毎晩聞かされとる。"),
    ("ko", "월광 소나타요. 제가 골라 준 곡은 아니에요."),
])
def test_the_relatives_fact_told_in_ones_own_voice_is_paid(language, answer):
    assert keyword_accuracy(answer, RELATIVE[language]) == 1.0, answer


PET = {
    "en": GroundTruth(answer="My dog's called Pretzel.", keywords=(("Pretzel",),), language="en", question="What's your dog called?",
                      character_name="Maisie Callahan", subject="other", others=("Pretzel", "Dan Callahan")),
    "zh": GroundTruth(answer="我的狗叫小白。", keywords=(("小白",),), language="zh", question="你的狗叫什么？",
                      character_name="林小雨", subject="other", others=("小白", "林国栋")),
    "ja": GroundTruth(answer="うちの犬はポチだよ。", keywords=(("ポチ",),), language="ja", question="犬の名前は？",
                      character_name="佐藤花子", subject="other", others=("ポチ", "佐藤健")),
    "ko": GroundTruth(answer="우리 강아지 이름은 초코예요.", keywords=(("초코",),), language="ko", question="강아지 이름이 뭐예요?",
                      character_name="김민지", subject="other", others=("초코", "김철수", "대학 동기)")),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Dan here — our dog is Pretzel."), ("en", "The dog of the Callahan family is Pretzel."),
    ("zh", "我是林国栋，我们家狗叫小白。"), ("zh", "林同学的狗叫小白。"),
    ("ja", "佐藤健です。うちの犬はポチです。"),
    ("ko", "저는 김철수예요. 우리 강아지는 초코예요."), ("ko", "초코는 민지 강아지예요."), ("ko", "김민지 학생의 강아지는 초코입니다."),
])
def test_another_person_or_an_outsider_naming_the_pet_is_another_voice(language, answer):
    assert keyword_accuracy(answer, PET[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Pretzel! Dad found him."), ("zh", "小白，我爸捡回来的。"), ("ja", "ポチだよ。父が名前をつけたの。"),
    ("ko", "초코예요. 대학 동기예요, 우리 강아지랑 친구 강아지가."),
])
def test_the_pets_name_with_the_family_around_it_is_paid(language, answer):
    assert keyword_accuracy(answer, PET[language]) == 1.0, answer
