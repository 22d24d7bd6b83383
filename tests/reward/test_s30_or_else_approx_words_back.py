"""Session 30 (rev66's refused natural answers, cause REWARD): "or else" between two keyword items
(再不就, さもなければ, 아니면, "or else"), a loose "about" after a measure as before it ("158公分左右" as
"About 98 kg"), the user's words given back in Korean ("통영이래요"), and dialect endings glued to a Korean
name ("누렁이드래요"). Each rule is checked both ways: the natural answer paid, the nearest attack refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, question, keys, negatives=(), focus="script_knowledge", subject=None):
    return GroundTruth(answer=keys[0], keywords=tuple((k,) for k in keys), negative_keywords=tuple(negatives),
                       language=language, question=question, focus=focus, subject=subject)


PASTIMES = {"zh": ("你平时闲了干啥？", ["荷包", "评书"]), "ja": ("休みの日は何してるの？", ["将棋", "釣り"]),
            "ko": ("쉬는 날엔 뭐 해요?", ["바둑", "낚시"]), "en": ("What do you do on your days off?", ["chess", "fishing"])}
HOMETOWN = {"zh": ("你是哪里人？", ["苏州"]), "ja": ("出身は？", ["札幌"]), "ko": ("고향이 어디예요?", ["부산"]),
            "en": ("Where are you from?", ["Leeds"])}


@pytest.mark.parametrize("language,answer", [
    ("zh", "绣个荷包呗，再不就去书场听评书。"), ("zh", "绣个荷包，不然的话去听评书。"), ("zh", "绣个荷包，再不济去听评书。"),
    ("ja", "将棋を指すよ。さもなければ釣りだな。"), ("ja", "将棋を指すか、さもないと釣りに行くかだな。"),
    ("ko", "바둑 둬요. 아니면 낚시 가고요."), ("ko", "바둑 두고, 안 그러면 낚시 가요."), ("ko", "바둑 둬요. 그렇지 않으면 낚시 가요."),
    ("en", "I play chess, or else I go fishing."), ("en", "Chess, and if not that, fishing."),
])
def test_or_else_between_two_keyword_items_is_paid(language, answer):
    assert keyword_accuracy(answer, truth(language, *PASTIMES[language])) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "我是苏州人，再不就是无锡。"), ("zh", "苏州，要不然就是无锡。"), ("ja", "札幌だよ。さもなければ函館かな。"),
    ("ja", "札幌。それか函館。"), ("ko", "부산이에요. 아니면 울산이요."), ("ko", "부산이에요. 그게 아니면 울산이고요."),
    ("en", "Leeds, or else York."), ("en", "Leeds, or if not that, York."),
])
def test_or_else_offering_a_rival_value_for_one_slot_is_a_hedge(language, answer):
    assert keyword_accuracy(answer, truth(language, *HOMETOWN[language])) == 0.0, answer


@pytest.mark.parametrize("language,answer,negative", [
    ("zh", "绣个荷包呗，再不就去听评书。", "评书"), ("ja", "将棋だな。さもなければ囲碁。", "囲碁"),
])
def test_or_else_naming_a_negative_keyword_is_refused(language, answer, negative):
    question, keys = PASTIMES[language]
    assert keyword_accuracy(answer, truth(language, question, keys[:1], [negative])) == 0.0


HEIGHT = {"zh": ("你多高？", "158厘米"), "ja": ("身長は？", "158cm"), "ko": ("키가 몇이에요?", "158cm"), "en": ("How tall are you?", "158 cm")}
AGE = {"zh": ("你多大了？", "41"), "ja": ("何歳ですか？", "41"), "ko": ("몇 살이에요?", "41"), "en": ("How old are you?", "41")}


@pytest.mark.parametrize("language,answer", [
    ("zh", "158公分左右。"), ("zh", "一米五八上下吧。"), ("ja", "158センチくらいです。"), ("ko", "158센티 정도요."),
    ("ko", "158센티쯤 돼요."), ("en", "About 158 cm."), ("en", "158 cm or so."),
])
def test_a_loose_about_beside_a_measure_is_paid_in_every_language(language, answer):
    assert keyword_accuracy(answer, truth(language, HEIGHT[language][0], [HEIGHT[language][1]])) == 1.0, answer


@pytest.mark.parametrize("language,answer", [("zh", "41岁左右。"), ("ja", "41歳くらいです。"), ("ko", "41살쯤이요."), ("en", "41 or so.")])
def test_an_age_one_knows_said_loosely_stays_a_hedge(language, answer):
    assert keyword_accuracy(answer, truth(language, AGE[language][0], [AGE[language][1]])) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "158厘米出头。"), ("ja", "158センチ以上です。"), ("ko", "158센티 남짓이요."), ("zh", "182上下，差不多。"),
    ("en", "About 158 cm, roughly."), ("ja", "158センチくらい、だいたいね。"), ("ko", "158센티 정도, 대략이요."),
])
def test_a_bound_or_vagueness_said_twice_stays_a_hedge(language, answer):
    key = "182" if "182" in answer else HEIGHT[language][1]
    assert keyword_accuracy(answer, truth(language, HEIGHT[language][0], [key])) == 0.0, answer


MEMORY = ("제 고향이 어디라고 했죠?", ["통영"])


@pytest.mark.parametrize("answer", ["통영이래요.", "통영이라면서요.", "통영이라며, 네 고향."])
def test_the_users_words_given_back_with_rae_yo_are_paid(answer):
    assert keyword_accuracy(answer, truth("ko", *MEMORY, focus="conversation_memory", subject="user")) == 1.0


@pytest.mark.parametrize("answer", ["누가 통영이래요.", "사람들이 통영이래요.", "통영이라는 소문이래요."])
def test_a_rumour_about_the_users_fact_stays_refused(answer):
    assert keyword_accuracy(answer, truth("ko", *MEMORY, focus="conversation_memory", subject="user")) == 0.0


@pytest.mark.parametrize("answer", ["통영이래요.", "통영이라면서요."])
def test_the_characters_own_fact_said_as_a_report_stays_refused(answer):
    assert keyword_accuracy(answer, truth("ko", "고향이 어디예요?", ["통영"], subject="self")) == 0.0


@pytest.mark.parametrize("answer", ["우리 누렁이드래요.", "누렁이데이.", "누렁이제.", "누렁이구먼.", "누렁이당가."])
def test_a_dialect_ending_glued_to_a_korean_name_is_paid(answer):
    assert keyword_accuracy(answer, truth("ko", "개 이름이 뭐예요?", ["누렁이"])) == 1.0, answer


def test_another_noun_glued_to_a_korean_name_is_another_word():
    assert keyword_accuracy("누렁이차.", truth("ko", "개 이름이 뭐예요?", ["누렁이"])) == 0.0
