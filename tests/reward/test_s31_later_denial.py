"""Session 31 (r4): a keyword said as a topic, then denied by the speaker in a later clause
("Pierogi, I love them, but I don't eat them anymore", "桂花糕，我不吃", "肉じゃがは美味しいけど、好きじゃない",
"김치찌개는 좋아했는데 이제 안 먹어요"). Each attack is refused; the nearest correct answer (praise, a fondness
idiom, a denial about another object, a denial taken back by praise) is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def truth(language, keyword, question, subject="", focus="script_knowledge"):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question, subject=subject,
                       focus=focus)


FOOD = {"en": ("pierogi", "What's your favourite food?"), "zh": ("桂花糕", "你最喜欢吃什么？"),
        "ja": ("肉じゃが", "好きな食べ物は何ですか？"), "ko": ("김치찌개", "좋아하는 음식이 뭐예요?")}
HOBBY = {"en": ("chess", "What's your hobby?"), "zh": ("象棋", "你平时有什么爱好？"),
         "ja": ("馬上槍試合", "得意なことは何ですか？"), "ko": ("바둑", "취미가 뭐예요?")}


def food(language, answer):
    keyword, question = FOOD[language]
    return keyword_accuracy(answer, truth(language, keyword, question))


def hobby(language, answer):
    keyword, question = HOBBY[language]
    return keyword_accuracy(answer, truth(language, keyword, question))


@pytest.mark.parametrize("language,answer", [
    ("en", "Pierogi, I love them, but I don't eat them anymore."), ("en", "Pierogi. I don't eat them anymore."),
    ("en", "Pierogi. Can't stand them."), ("en", "Pierogi, but I stopped eating them years ago."),
    ("en", "Pierogi. I gave them up."), ("en", "Pierogi. I really don't like them."), ("en", "Pierogi. Not a fan."),
    ("en", "Pierogi... I'm not into them anymore."), ("en", "Pierogi, but I've gone off them."),
    ("en", "Pierogi. Never again."), ("en", "Pierogi — although these days I can't stomach them."), ("en", "Pierogi. My brother loves them. I don't."),
    ("en", "Pierogi. That's my brother's favourite, not mine."),
    ("zh", "桂花糕，我不吃。"), ("zh", "桂花糕，吃腻了。"), ("zh", "桂花糕，我早就不吃了。"),
    ("zh", "桂花糕啊，我很喜欢，但是现在不吃了。"), ("zh", "桂花糕，我不喜欢。"), ("zh", "桂花糕嘛，我已经戒了。"),
    ("zh", "桂花糕，现在不碰了。"), ("zh", "桂花糕，不太爱吃。"), ("zh", "桂花糕。再也不吃了。"),
    ("zh", "桂花糕，那是我弟弟爱吃的，我不爱。"),
    ("ja", "肉じゃがは美味しいけど、好きじゃない。"), ("ja", "肉じゃが、大嫌い。"), ("ja", "肉じゃがね、もう食べてない。"),
    ("ja", "肉じゃが。もう好きじゃない。"), ("ja", "肉じゃがね。食べたくない。"), ("ja", "肉じゃが。私は好きではありません。"),
    ("ja", "肉じゃがは弟の好物。私は好きじゃない。"),
    ("ko", "김치찌개는 좋아했는데 이제 안 먹어요."), ("ko", "김치찌개, 그거 싫어요."), ("ko", "김치찌개요. 저는 별로예요."),
    ("ko", "김치찌개요. 요즘은 안 먹어요."), ("ko", "김치찌개요. 좋아하지 않아요."), ("ko", "김치찌개요. 먹기 싫어요."),
    ("ko", "김치찌개는 동생이 좋아해요. 저는 안 좋아해요."),
])
def test_a_food_denied_in_a_later_clause_is_refused(language, answer):
    assert food(language, answer) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "I love chess, because I never play it."), ("en", "Chess, though I quit it long ago."),
    ("en", "Chess. I don't play it anymore."), ("en", "Chess. Haven't played it in years, and I don't miss it."), ("en", "Chess, but I don't play."), ("en", "Chess. I lose to everyone."),
    ("zh", "象棋嘛，早就不下了。"), ("ja", "馬上槍試合。もうやってない。"), ("ko", "바둑이요. 요즘은 안 해요."), ("zh", "象棋，我已经不下了。"), ("zh", "象棋，我不会下。"), ("zh", "象棋，我谁都下不过。"),
    ("ja", "馬上槍試合は誰にでも負ける。"), ("ja", "馬上槍試合は誰にも勝てない。"),
    ("ko", "바둑이요. 이제 안 둬요."), ("ko", "바둑이요. 누구한테나 져요."),
])
def test_a_hobby_given_up_or_lost_at_is_refused(language, answer):
    assert hobby(language, answer) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Pierogi! I love them."), ("en", "Pierogi, I never get tired of them."), ("en", "Pierogi. Nothing else comes close."),
    ("en", "Pierogi. I can't resist them."), ("en", "Pierogi. I never say no to them."),
    ("en", "Pierogi. I'd never give them up."), ("en", "Pierogi — my gran's recipe. I don't share them with anyone."),
    ("zh", "桂花糕，我最爱吃了。"), ("zh", "桂花糕，百吃不厌。"), ("zh", "桂花糕，别的都比不上。"), ("zh", "桂花糕，我天天吃，不腻。"),
    ("zh", "桂花糕，没说的。"), ("zh", "桂花糕，我从来不嫌多。"),
    ("ja", "肉じゃがが大好き。"), ("ja", "肉じゃが。何度食べても飽きない。"), ("ja", "肉じゃが。他のものは敵わない。"),
    ("ja", "肉じゃが。たまらない。"), ("ja", "肉じゃが。欠かせない。"), ("ja", "肉じゃが。間違いない。"),
    ("ko", "김치찌개요! 정말 좋아해요."), ("ko", "김치찌개요. 아무리 먹어도 안 질려요."), ("ko", "김치찌개요. 못 끊어요."),
    ("ko", "김치찌개요. 그거 없으면 못 살아요."),
])
def test_praise_and_fondness_idioms_after_the_food_are_paid(language, answer):
    assert food(language, answer) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Chess. I never lose."), ("en", "Chess, and I never miss a game."), ("en", "Chess — I never stop playing it."),
    ("zh", "象棋，没有人下得过我。"), ("zh", "象棋，我每天都下，从不间断。"), ("zh", "象棋，我从没输过。"),
    ("ja", "馬上槍試合なら誰にも負けない。"),
    ("ko", "바둑이요. 매일 둬요."), ("ko", "바둑이요. 하루도 안 빠져요."),
])
def test_a_negated_loss_or_pause_is_praise_and_paid(language, answer):
    assert hobby(language, answer) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Pierogi. I don't like anything sweet, though."), ("en", "Pierogi, no question. I can't stand sushi."),
    ("en", "Pierogi. I don't cook, though — my gran makes them."), ("en", "Pierogi. Don't tell my mother."),
    ("en", "Pierogi. Didn't expect that, did you?"), ("en", "Pierogi. My mum doesn't make them anymore."),
    ("zh", "我最喜欢桂花糕，我妈妈不让我吃。"), ("ko", "김치찌개요. 엄마가 안 해줘요."),
    ("zh", "桂花糕。不过我不爱吃辣的。"), ("zh", "桂花糕，我不会做，是我奶奶做的。"), ("zh", "桂花糕。我不挑食。"),
    ("ja", "肉じゃが。辛いものは苦手だけど。"), ("ja", "肉じゃがです。自分では作れないけど。"),
    ("ko", "김치찌개요. 매운 건 못 먹지만요."), ("ko", "김치찌개요. 단 건 안 좋아해요."), ("ko", "김치찌개요. 술은 안 마셔요."),
])
def test_a_denial_about_another_object_or_by_another_subject_is_paid(language, answer):
    assert food(language, answer) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    # Decided: a favourite not had for a while is still the favourite; praise after a denial gives it back.
    ("en", "Pierogi — I haven't had them for years, but they're still my favourite."),
    ("en", "Pierogi. I haven't had them in ages."),
    ("zh", "桂花糕，好几年没吃了，但还是最爱。"),
    ("ja", "肉じゃがです。もう何年も食べてないけど、やっぱり一番好き。"),
    ("ko", "김치찌개요. 몇 년 못 먹었지만 여전히 제일 좋아해요."),
])
def test_a_favourite_missed_for_years_is_still_paid(language, answer):
    assert food(language, answer) == 1.0, answer


def test_praise_then_denial_the_last_word_wins():
    assert food("en", "Pierogi. I don't eat them anymore, but they're still my favourite.") == 1.0
    assert food("en", "Pierogi. They're my favourite, but I don't eat them anymore.") == 0.0


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("en", "pickles", "What food do you hate?", "Pickles. I can't stand them."),
    ("en", "smoking", "What habit did you give up?", "Smoking. I don't do it anymore."),
    ("zh", "香菜", "你最讨厌吃什么？", "香菜，我不吃。"),
    ("ja", "納豆", "嫌いな食べ物は？", "納豆。食べられない。"),
    ("ko", "오이", "싫어하는 음식이 뭐예요?", "오이요. 안 먹어요."),
])
def test_a_question_asking_for_a_dislike_is_answered_by_one(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


def test_the_speaker_denying_a_relative_s_favourite_is_no_denial_of_it():
    t = truth("en", "pierogi", "What's your brother's favourite food?", subject="other")
    assert keyword_accuracy("Pierogi. I don't eat them myself, though.", t) == 1.0


@pytest.mark.parametrize("subject,question,answer", [
    ("user", "What did I say my favourite food was?", "You said pierogi, not dumplings."),
    ("user", "What did I say my favourite food was?", "You said pierogi. I don't eat them myself, though."),
    ("self", "What did you tell me your favourite food was?", "I told you: pierogi. I don't eat them anymore, though."),
])
def test_a_memory_answer_recalls_what_was_said_whatever_follows(subject, question, answer):
    t = truth("en", "pierogi", question, subject=subject, focus="conversation_memory")
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer,paid", [
    ("肉じゃが。好きではありません。", 0.0), ("肉じゃが。得意料理じゃないけど。", 1.0), ("肉じゃが。和食じゃないけどね。", 1.0),
])
def test_ja_a_negated_copula_denies_the_topic_only_with_a_word_of_liking(answer, paid):
    assert food("ja", answer) == paid, answer


def test_a_number_is_never_taken_back_by_a_later_stop_verb():
    # an age, a count or a year is no thing one gives up: the later clause is colour about something else
    age = GroundTruth(answer="Eight hundred years.", keywords=(("800", "eight hundred"),), language="en",
                      question="How old are you?", subject="self")
    assert evaluate("Eight hundred years. Personally I stopped counting.", age).accuracy == 1.0
    assert evaluate("Eight hundred years? No, I don't think so.", age).accuracy == 0.0
