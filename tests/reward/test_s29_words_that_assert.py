"""Words that look like a cue and are none (session 29, the fifteenth and sixteenth suites' false
negatives and an outside reviewer's): "라고 하" reaching into a name ("하준이가"), the insisting "라니까",
a topic said with a conditional ("말이라면 누구보다"), 的话 as "words" ("回客官的话"), the character's
own relative behind a role noun ("俺家那丫头"), a West-Country vocative ("my lover"). Each test pairs
the natural answer paid with the attack of the same shape refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.analysis import cue_in_text
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, negatives=(), subject="", focus="script_knowledge"):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question,
                       negative_keywords=tuple(negatives), subject=subject, focus=focus)


@pytest.mark.parametrize("text", ["콩이라고 하준이가 이름 지었어", "보리라고 하늘이가 불러", "두부라고 하윤이 동생이 지었어요"])
def test_a_name_starting_with_ha_is_no_saying(text):
    assert cue_in_text(text, "ko", "hearsay") is None


@pytest.mark.parametrize("text", ["콩이라고 하더라", "보리라고 하는데", "두부라고 하셨어요", "부산이라고 하", "광주라고 하대"])
def test_the_verb_hada_after_rago_is_still_saying(text):
    assert cue_in_text(text, "ko", "hearsay") is not None


@pytest.mark.parametrize("answer", ["부산이라니까~ 벌써 잊었어?", "부산이라니깐, 몇 번을 말해?", "부산이라니까 그러네 진짜 까먹었어?"])
def test_an_insisting_ranikka_asserts_before_a_question(answer):
    assert keyword_accuracy(answer, truth("ko", "부산", "너 고향이 어디라고 했지?", ("대구",))) == 1.0, answer


@pytest.mark.parametrize("answer", ["부산 아니라니까, 벌써 잊었어?", "부산이라니까? 아니 대구였나.", "대구라니까~ 벌써 잊었어?"])
def test_an_insisted_negation_or_other_value_stays_refused(answer):
    assert keyword_accuracy(answer, truth("ko", "부산", "너 고향이 어디라고 했지?", ("대구",))) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ko", "잘 타", "말을 탈 줄 아시오?", "말이라면 누구보다 잘 타오."),
    ("ko", "잘 둬", "바둑 둘 줄 알아?", "바둑이라면 누구보다 잘 둬."),
    ("ja", "得意", "将棋はお好きですか？", "将棋ならば誰にも負けぬ、得意じゃ。"),
])
def test_a_topic_said_with_a_conditional_before_a_best_claim_asserts(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ko", "잘 타", "말을 탈 줄 아시오?", "말이라면 잘 타오."),
    ("ko", "잘 타", "말을 탈 줄 아시오?", "내가 기수라면 잘 탈 텐데."),
    ("ja", "得意", "将棋はお好きですか？", "将棋なら得意なんだけどね。"),
])
def test_a_real_condition_stays_refused(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 0.0, answer


@pytest.mark.parametrize("answer", ["回客官的话，小的在此当差十二年了。", "回王员外的话，已十二年矣。", "回掌柜娘子的话，十二年整。"])
def test_di_hua_after_a_reply_formula_is_words(answer):
    assert keyword_accuracy(answer, truth("zh", "十二", "你在这当差多少年了？", ("三",))) == 1.0, answer


@pytest.mark.parametrize("answer", ["十二年的话，也差不多吧。", "回客官的话，要是十二年的话就好了。", "回头算的话，十二年。"])
def test_a_conditional_di_hua_stays_refused(answer):
    assert keyword_accuracy(answer, truth("zh", "十二", "你在这当差多少年了？", ("三",))) == 0.0, answer


@pytest.mark.parametrize("answer", ["俺家那丫头属龙。", "属龙呗，我家那丫头属龙的。", "我那闺女属龙。"])
def test_the_characters_own_relative_behind_a_role_noun_is_the_one_asked(answer):
    t = truth("zh", "龙", "师傅，你闺女属啥来着？", ("虎",), subject="self", focus="conversation_memory")
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer", ["俺家那丫头属龙。", "那丫头属龙。"])
def test_the_fact_moved_to_a_role_noun_stays_refused_when_the_question_is_about_the_character(answer):
    assert keyword_accuracy(answer, truth("zh", "龙", "师傅，您属啥？", ("虎",))) == 0.0, answer


@pytest.mark.parametrize("answer", ["Penzance, my lover. You told me so yourself.", "You grew up in Penzance, my 'ansum.",
                                    "Why, Penzance, my duck!", "Penzance, my handsome."])
def test_a_regional_endearment_is_no_owner(answer):
    t = truth("en", "Penzance", "Where did I say I grew up?", subject="user", focus="conversation_memory")
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer", ["I grew up in Penzance, my lover.", "Penzance is my home, my duck.",
                                    "Penzance, my hometown."])
def test_the_character_claiming_the_users_place_stays_refused(answer):
    t = truth("en", "Penzance", "Where did I say I grew up?", subject="user", focus="conversation_memory")
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("keyword,answer", [("cello", "I'm a cellist, honey, every Sunday."),
                                            ("piano", "I'm the church pianist."), ("drum", "I'm the band's drummer."),
                                            ("golf", "I'm a keen golfer.")])
def test_the_player_of_an_instrument_or_pastime_names_it(keyword, answer):
    assert keyword_accuracy(answer, truth("en", keyword, "Do you play anything?")) == 1.0, answer


@pytest.mark.parametrize("keyword,answer", [("cello", "My sister's the cellist; I just listen."),
                                            ("cello", "I'm no cellist."), ("piano", "I'm a violinist.")])
def test_someone_elses_or_a_denied_player_stays_refused(keyword, answer):
    assert keyword_accuracy(answer, truth("en", keyword, "Do you play anything?")) == 0.0, answer


def test_a_place_keyword_is_not_in_its_agent_word():
    assert keyword_accuracy("I had a hamburger.", truth("en", "Hamburg", "Where are you from?")) == 0.0


@pytest.mark.parametrize("answer", ["내가 콩이라고 지어 줬어!", "내가 콩이라고 불러.", "제가 콩이라고 이름 붙였어요."])
def test_the_character_naming_its_pet_gives_the_name(answer):
    assert keyword_accuracy(answer, truth("ko", "콩이", "강아지 이름이 뭐야?", ("보리",))) == 1.0, answer


@pytest.mark.parametrize("answer", ["내가 보리라고 지어 줬어!", "콩이라고 하더라, 난 몰라."])
def test_another_name_or_a_report_stays_refused(answer):
    assert keyword_accuracy(answer, truth("ko", "콩이", "강아지 이름이 뭐야?", ("보리",))) == 0.0, answer


@pytest.mark.parametrize("language,keyword,question,answer", [
    ("ko", "잘 타", "말을 탈 줄 아시오?", "말이라면야 내가 잘 타지."),
    ("ja", "泳げる", "泳げるか？", "水練ならお任せあれ、泳げるとも。"),
])
def test_emphatic_topics_assert(language, keyword, question, answer):
    assert keyword_accuracy(answer, truth(language, keyword, question)) == 1.0, answer
