"""Words read as what they are (session 29, an outside reviewer's refusals and the fifteenth and sixteenth
suites' false negatives):

- English elisions ("guv'nor", "ne'er", "o'er", "nor'easter", "p'raps") read whole (canon/elisions.py):
  "Twelve, guv'nor." held the hedge "nor"; "Ne'er been to Exeter." no negation;
- an approximate word beside a value the card itself gives as approximate ("約70キロ" answered
  "七十キロくらい") repeats the card (GroundTruth.approximate, approximate_card.py);
- a spouse named the way people speak of one ("우리 마누라는", "我那口子", "the missus") owns the wrong value
  said of them in the next sentence.

Each test pairs the natural answer paid with an attack of the same shape refused."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth, from_mapping, record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, negatives=()):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question,
                       negative_keywords=tuple(negatives))


def card(language, profile, question, key, negatives=()):
    return record_ground_truth(Record.model_validate({
        "character_name": "Someone", "character_profile": {"name": "Someone", **profile}, "conversation_history": [],
        "question": question, "answer": key, "keywords": [key], "negative_keywords": list(negatives),
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


@pytest.mark.parametrize("text,whole", [("Twelve, guv'nor.", "12 guvnor"), ("guv\u2019nor", "guvnor"),
                                        ("Ne'er been there", "never been there"), ("'Tis true", "it is true"),
                                        ("P'raps so", "perhaps so"), ("Hallowe'en", "halloween"),
                                        ("the nor'easter", "the northeaster"), ("don't", "don t"), ("O'Brien", "o brien")])
def test_elided_words_are_read_whole_and_clitics_stay(text, whole):
    assert canonical(text) == whole


@pytest.mark.parametrize("answer", ["Exeter, guv'nor.", "Born in Exeter, guv'nor, same as me dad.", "Exeter, o'er by the river.",
                                    "Exeter, where the nor'easters blow.", "Exeter. Ne'er lived anywhere else."])
def test_an_elision_beside_the_keyword_is_no_hedge(answer):
    assert keyword_accuracy(answer, truth("en", "Exeter", "Where were you born?", ("Leeds",))) == 1.0, answer


@pytest.mark.parametrize("answer", ["Exeter nor Leeds.", "Ne'er been to Exeter.", "Twelve? P'raps Exeter.", "Exeter, guv'nor, or Leeds."])
def test_a_real_nor_an_elided_never_or_perhaps_stays_refused(answer):
    assert keyword_accuracy(answer, truth("en", "Exeter", "Where were you born?", ("Leeds",))) == 0.0, answer


APPROX = [("ja", {"体重": "約70キロ"}, {"体重": "70キロ"}, "体重はどのくらいですか？", "70"),
          ("ko", {"몸무게": "약 50킬로"}, {"몸무게": "50킬로"}, "몸무게가 어떻게 돼요?", "50"),
          ("zh", {"身高": "一米七五左右"}, {"身高": "175厘米"}, "您多高？", "175"),
          ("en", {"Weight": "about 190 pounds"}, {"Weight": "190 pounds"}, "How much do you weigh?", "190")]
APPROX_ANSWERS = {"ja": ["七十キロくらいだな。", "70キロほどじゃ。", "七十キロ前後かのう。"],
                  "ko": ["50킬로쯤 나가유.", "한 50킬로 정도여.", "50킬로 남짓이여."],
                  "zh": ["一米七五左右吧。", "大概一米七五。", "175公分上下。"],
                  "en": ["190 pounds or so.", "190-ish, give or take.", "190-ish."]}


@pytest.mark.parametrize("language,approximate,exact,question,key", APPROX)
def test_an_approximate_answer_to_a_value_the_card_approximates_is_paid(language, approximate, exact, question, key):
    t = card(language, approximate, question, key)
    assert t.approximate == (0,)
    for answer in APPROX_ANSWERS[language]:
        assert keyword_accuracy(answer, t) == 1.0, answer


# Session 30 made the loose "about" one rule in four languages: a plain approximator beside a measure the
# card gives exactly is paid as "About 98 kg" was ("七十キロくらい", "50킬로쯤", "175公分上下", "190 pounds or so");
# "-ish", a bound, a doubt word or vagueness said twice stays a hedge.
EXACT_CARD_HEDGES = {"ja": ["70キロ近くかな。", "70キロ弱じゃ。", "たぶん70キロ。", "七十キロくらい、だいたいな。"],
                     "ko": ["50킬로 남짓이여.", "아마 50킬로.", "50킬로 정도, 대략이요."],
                     "zh": ["大概一米七五。", "一米七五出头。", "175公分上下，差不多。"],
                     "en": ["190-ish, give or take.", "190-ish.", "190 pounds or so, roughly."]}
EXACT_CARD_LOOSE = {"ja": ["七十キロくらいだな。", "70キロほどじゃ。"], "ko": ["50킬로쯤 나가유.", "한 50킬로 정도여."],
                    "zh": ["一米七五左右吧。", "175公分上下。"], "en": ["190 pounds or so.", "About 190 pounds."]}


@pytest.mark.parametrize("language,approximate,exact,question,key", APPROX)
def test_an_approximate_answer_to_an_exact_card_value_stays_a_hedge(language, approximate, exact, question, key):
    t = card(language, exact, question, key)
    assert t.approximate == ()
    for answer in EXACT_CARD_HEDGES[language]:
        assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("language,approximate,exact,question,key", APPROX)
def test_a_loose_about_beside_an_exact_card_measure_is_paid(language, approximate, exact, question, key):
    t = card(language, exact, question, key)
    for answer in EXACT_CARD_LOOSE[language]:
        assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("language,approximate,question,key,answer", [
    ("ja", {"体重": "約70キロ"}, "体重はどのくらいですか？", "70", "70か75キロくらいだな。"),
    ("ja", {"体重": "約70キロ"}, "体重はどのくらいですか？", "70", "70キロから80キロくらい。"),
    ("ko", {"몸무게": "약 50킬로"}, "몸무게가 어떻게 돼요?", "50", "50에서 55킬로쯤이유."),
    ("zh", {"身高": "一米七五左右"}, "您多高？", "175", "一米七五到一米八。"),
    ("en", {"Weight": "about 190 pounds"}, "How much do you weigh?", "190", "190 or 200 pounds."),
])
def test_a_range_or_a_second_value_stays_a_hedge_on_an_approximate_card(language, approximate, question, key, answer):
    assert keyword_accuracy(answer, card(language, approximate, question, key)) == 0.0, answer


def test_the_approximate_items_travel_in_the_ground_truth_json():
    t = card("ko", {"몸무게": "약 50킬로"}, "몸무게가 어떻게 돼요?", "50")
    assert from_mapping(__import__("json").loads(t.to_json())).approximate == (0,)
    assert "approximate" not in card("ko", {"몸무게": "50킬로"}, "몸무게가 어떻게 돼요?", "50").to_json()


SPOUSE = {"ko": ("10월 9일", "생신이 언제예요?", "12월 25일", {"인간관계": "아내 박영희(생일 12월 25일)"}),
          "zh": ("天津", "您老家是哪儿的？", "保定", {"人际关系": "老伴儿是保定人"}),
          "en": ("October 9", "When is your birthday?", "December 25", {"Relationships": "wife Mary (birthday December 25)"})}


@pytest.mark.parametrize("language,answer", [
    ("ko", "10월 9일이다. 우리 마누라는 12월 25일이고"), ("ko", "10월 9일이다. 집사람은 12월 25일이다."),
    ("ko", "10월 9일이다. 우리 할멈은 12월 25일이고."),
    ("zh", "天津的，我那口子是保定人。"), ("zh", "天津人，我家老婆子是保定的。"),
    ("en", "October 9th. The missus is December 25th."), ("en", "October 9th. My old lady's is December 25th."),
    ("en", "October 9th. The wife's is December 25th."),
])
def test_the_wrong_value_handed_to_the_spouse_is_theirs(language, answer):
    key, question, wrong, profile = SPOUSE[language]
    assert keyword_accuracy(answer, card(language, profile, question, key, (wrong,))) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ko", "10월 9일이다. 내 생일은 12월 25일이기도 하고."), ("ko", "10월 9일이다. 나는 12월 25일이고."),
    ("ko", "10월 9일이다. 12월 25일이고."),
    ("zh", "天津的，也是保定人。"), ("zh", "天津的，不对，保定人。"),
    ("en", "October 9th. Or December 25th."), ("en", "October 9th. Mine's also December 25th."),
])
def test_a_second_value_for_the_character_itself_stays_refused(language, answer):
    key, question, wrong, profile = SPOUSE[language]
    assert keyword_accuracy(answer, card(language, profile, question, key, (wrong,))) == 0.0, answer
