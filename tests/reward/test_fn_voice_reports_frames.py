"""Correct answers once refused by the voice, hedge and report rules: "she" for the ship or the truck
asked about (English only genders its vessels), "nor" joining a disliked list, topic 么 before a
comma, a relative's remark on the character's value, a former value in a time of life gone by, and
a report the next clause vouches for. Each is paid; the nearby attack stays refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, negatives=(), answer=None, role="", items=None):
    return GroundTruth(answer=answer or key, keywords=items or ((key,),), negative_keywords=tuple(negatives),
                       language=language, question=question, role=role)


BARGE = gt("en", "96", "How long is the Marigold?", ("60",), "96 feet.", role="skipper of the narrowboat barge Marigold")
LORRY = gt("en", "Dolores", "What do you call your lorry?", ("Bessie",), "Dolores.")


@pytest.mark.parametrize("truth,answer", [
    (BARGE, "She's 96 feet, stem to stern."), (BARGE, "She runs 96 feet, give or take nothing."),
    (LORRY, "She's called Dolores, love."), (LORRY, "Her name's Dolores."),
])
def test_she_for_the_vessel_asked_about_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BARGE, "Her barge is 96 feet."), (LORRY, "Her lorry's name is Dolores."), (LORRY, "She calls her lorry Dolores."),
    (gt("en", "172", "How tall are you?", ("160",), "172 cm."), "She's 172 cm."),
])
def test_she_for_someone_else_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


DISLIKES = gt("en", "tax men", "What can't you stand?", ("fiddlers",), "I can't stand tax men or landlords.",
              items=(("tax men", "landlords"),))


@pytest.mark.parametrize("answer", ["Can't bear landlords nor their rent books.", "Neither tax men nor their ledgers."])
def test_nor_after_a_negation_joins_the_list(answer):
    assert keyword_accuracy(answer, DISLIKES) == 1.0, answer


def test_nor_without_a_negation_is_still_a_hedge():
    assert keyword_accuracy("Tax men nor fiddlers, one of the two.", DISLIKES) == 0.0


HOME = gt("zh", "延安", "你老家在哪儿？", ("榆林",))


def test_topic_me_before_a_comma_is_paid():
    assert keyword_accuracy("延安么，生在那儿长在那儿。", HOME) == 1.0


@pytest.mark.parametrize("answer", ["延安么？", "延安么。"])
def test_me_ending_the_sentence_is_still_asked_back(answer):
    assert keyword_accuracy(answer, HOME) == 0.0, answer


def sword(lang, key, neg, question):
    return gt(lang, key, question, (neg,))


@pytest.mark.parametrize("truth,answer", [
    (sword("ja", "夜桜", "村正", "愛刀の名は？"), "夜桜です。姉はいつも夜桜は長すぎると言うんですが。"),
    (sword("zh", "青霜", "龙泉", "你的剑叫什么？"), "青霜。我姐总嫌青霜太轻。"),
    (sword("ko", "청풍", "용천", "검 이름이 뭐예요?"), "청풍이에요. 누나는 늘 청풍은 너무 가볍다고 해요."),
    (sword("en", "Nightjar", "Corvus", "What's your sword called?"), "Nightjar. My sister always says Nightjar is too light."),
])
def test_a_relatives_remark_on_the_value_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (sword("ja", "夜桜", "村正", "愛刀の名は？"), "姉は夜桜だと言いますが、私のは村正です。"),
    (sword("zh", "青霜", "龙泉", "你的剑叫什么？"), "我姐的剑是青霜。"),
    (sword("ko", "청풍", "용천", "검 이름이 뭐예요?"), "누나는 청풍이에요."),
    (sword("en", "Nightjar", "Corvus", "What's your sword called?"), "My sister's sword is Nightjar."),
])
def test_the_value_given_to_the_relative_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


WEIGHT = {lang: gt(lang, "64", q, ("60",), a) for lang, q, a in (
    ("ja", "体重はどのくらい？", "64キロです。"), ("zh", "你多重？", "64公斤。"), ("ko", "몸무게가 얼마예요?", "64킬로예요."),
    ("en", "How much do you weigh?", "64 kg."))}


@pytest.mark.parametrize("lang,answer", [
    ("ja", "64キロです。高校のころは60キロぐらいでした。"), ("zh", "64公斤。上大学那会儿大概60。"),
    ("ko", "64킬로예요. 학생 때는 60 정도였어요."), ("en", "64 kg. When I was a lad I was maybe 60."),
])
def test_a_former_value_in_a_time_gone_by_is_paid(lang, answer):
    assert keyword_accuracy(answer, WEIGHT[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("ja", "64キロです。たぶん60キロかも。"), ("zh", "64公斤。也可能是60吧。"),
    ("ko", "64킬로예요. 아마 60일 거예요."), ("en", "64 kg. Maybe 60."),
])
def test_a_second_guess_is_still_a_hedge(lang, answer):
    assert keyword_accuracy(answer, WEIGHT[lang]) == 0.0, answer


BIRTH = {"en": gt("en", "June 3", "When's your birthday?", ("July 9",)),
         "zh": gt("zh", "6月3日", "你生日哪天？", ("7月9日",)),
         "ja": gt("ja", "6月3日", "お誕生日はいつ？", ("7月9日",)),
         "ko": gt("ko", "6월 3일", "생일이 언제예요?", ("7월 9일",))}


@pytest.mark.parametrize("lang,answer", [
    ("en", "Gran says 3 June, and she'd know: she was there."), ("zh", "我奶奶说是6月3号，准没错。"),
    ("ja", "祖母は6月3日だと言っています。間違いないです。"), ("ko", "할머니가 6월 3일이라고 하셨어요. 틀림없어요."),
])
def test_a_vouched_report_is_paid(lang, answer):
    assert keyword_accuracy(answer, BIRTH[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Gran says 3 June, though I doubt she'd know."), ("en", "Gran says 3 June."),
    ("zh", "我奶奶说是6月3号，不过谁知道呢。"), ("ja", "祖母は6月3日だと言っていますけど、怪しいです。"),
    ("ko", "할머니가 6월 3일이라고 하셨는데, 글쎄요."),
])
def test_an_unvouched_or_doubted_report_is_refused(lang, answer):
    assert keyword_accuracy(answer, BIRTH[lang]) == 0.0, answer
