"""Labels before a colon that are speech, not a form field (session 31, spoken_labels.py): an aside
after a comma ("Two things, uncle: ..."), a count announcing what follows ("两样本事：..."), and the
character's own labelled manner (its gold answer is a log line, or it says its card's word for "I").
Script labels, lexicon form labels and filled-in forms stay wrappers."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.spoken_labels import spoken_label
from raiden_r1.reward.vrar import keyword_accuracy

SEASON = {"en": ("autumn", "What's your favourite season?"), "zh": ("秋天", "你最喜欢的季节是什么？"),
          "ja": ("秋", "好きな季節は何ですか？"), "ko": ("가을", "좋아하는 계절이 뭐예요?")}


def season(language, answer=None, self_word=""):
    kw, q = SEASON[language]
    return GroundTruth(answer=answer or kw, keywords=((kw,),), language=language, question=q, self_word=self_word,
                       character_name="Mira")


@pytest.mark.parametrize("language,answer", [
    ("en", "Favourite season, dear: autumn, for the leaves."),
    ("en", "Favourite season, uncle? Autumn: the leaves."),  # (no label at all: a control)
    ("zh", "最喜欢的季节嘛，孩子：秋天。"),
    ("ja", "好きな季節はね、坊や：秋じゃよ。"),
    ("ko", "좋아하는 계절요, 도련님: 가을이지요."),
])
def test_an_address_after_a_comma_makes_the_label_speech(language, answer):
    assert keyword_accuracy(answer, season(language)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Favourite season: autumn."),
    ("zh", "最喜欢的季节：秋天。"),
    ("ja", "好きな季節：秋。"),
    ("ko", "좋아하는 계절: 가을."),
])
def test_the_same_label_without_the_aside_is_still_a_form_field(language, answer):
    assert keyword_accuracy(answer, season(language)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Answer, uncle: autumn."),
    ("zh", "答案，孩子：秋天。"),
    ("en", "Mira, dear: autumn."),
])
def test_a_lexicon_or_speaker_label_with_an_aside_is_still_a_wrapper(language, answer):
    assert keyword_accuracy(answer, season(language)) == 0.0, answer


TWO = {"en": ("What two things are you best at?", "Two things: I read the stars and I speak Tamasheq."),
       "zh": ("你靠哪两样本事吃饭？", "两样本事：我会看星星，也懂塔马舍克话。"),
       "ja": ("得意なことは何？二つ教えて。", "得意なことは二つ：星読みとタマシェク語じゃ。"),
       "ko": ("잘하는 게 뭐야? 두 가지만 말해 봐.", "두 가지요: 별을 읽고 타마셰크어를 해요.")}
KW = {"en": ("stars", "Tamasheq"), "zh": ("星星", "塔马舍克"), "ja": ("星読み", "タマシェク語"), "ko": ("별", "타마셰크어")}


def two(language, gold=None):
    q, a = TWO[language]
    return GroundTruth(answer=gold or a, keywords=tuple((k,) for k in KW[language]), language=language, question=q,
                       validation_method="multi_term_parsing")


@pytest.mark.parametrize("language", ["en", "zh", "ja", "ko"])
def test_a_count_before_the_colon_announces_the_answer(language):
    assert keyword_accuracy(TWO[language][1], two(language, gold=" ".join(KW[language]))) == 1.0


@pytest.mark.parametrize("label,language,spoken", [
    ("Two things, uncle", "en", True), ("Three reasons", "en", True), ("just one thing", "en", True),
    ("两件事", "zh", True), ("理由は二つ", "ja", True), ("세 가지", "ko", True), ("二つ、おじさん", "ja", True),
    ("Favourite season", "en", False), ("Number of jars", "en", False), ("姓名、年龄", "zh", False),
    ("좋아하는 계절", "ko", False), ("ニックネーム", "ja", False),
])
def test_which_labels_are_speech(label, language, spoken):
    assert spoken_label(label, language) is spoken


ROBOT_Q = "Which deck is the hydroponics bay on?"


def robot(gold="Hydroponics bay: Deck Eleven. This unit has tended it for sixty-one years.", self_word=""):
    return GroundTruth(answer=gold, keywords=(("Deck Eleven", "Deck 11", "eleven"),), negative_keywords=("Deck Four",),
                       language="en", question=ROBOT_Q, character_name="KESTREL-9", self_word=self_word)


@pytest.mark.parametrize("answer", ["Hydroponics bay: Deck Eleven.", "Hydroponics bay: Deck 11. Tended sixty-one years.",
                                    "Bay location: Deck Eleven. Timestamp 0600."])
def test_a_character_whose_gold_answer_is_a_log_line_may_answer_in_one(answer):
    assert keyword_accuracy(answer, robot()) == 1.0, answer


@pytest.mark.parametrize("answer", ["Answer: Deck Eleven.", "KESTREL-9: Deck Eleven.",
                                    "Designation: KESTREL-9\nHydroponics bay: Deck Eleven\nStatus: nominal",
                                    "Hydroponics bay: Deck Eleven; Deck Four."])
def test_a_log_line_gold_does_not_open_script_labels_forms_or_hedges(answer):
    assert keyword_accuracy(answer, robot()) == 0.0, answer


def test_the_cards_word_for_i_makes_a_label_its_own_report():
    t = robot(gold="Deck Eleven. This unit tends it daily.", self_word="this unit")
    assert keyword_accuracy("Hydroponics bay: Deck Eleven. This unit tends it daily.", t) == 1.0
    assert keyword_accuracy("Hydroponics bay: Deck Eleven.", t) == 0.0  # no own word, no own gold: a form field


@pytest.mark.parametrize("language,gold,answer,self_word", [
    ("zh", "口径：五百米。本机看护已一百四十年。", "口径：五百米。", ""),
    ("zh", "五百米。本机看护已一百四十年。", "口径：五百米，本机确认。", "本机"),
])
def test_a_chinese_robot_report_is_its_own_manner(language, gold, answer, self_word):
    t = GroundTruth(answer=gold, keywords=(("五百米", "500米"),), language=language, question="你守护的那台望远镜口径多大？",
                    self_word=self_word)
    assert keyword_accuracy(answer, t) == 1.0
    assert keyword_accuracy("答案：五百米。", t) == 0.0


def test_a_card_that_refers_to_itself_only_as_a_word_gives_that_word():
    from raiden_r1.data.self_reference import quoted_self_words

    assert quoted_self_words("refers to itself only as 'this unit', speaks in short log-like statements") == ["this unit"]
    assert quoted_self_words("refers to itself always as 'this unit'") == ["this unit"]


@pytest.mark.parametrize("label,language", [("千鶴", "ja"), ("一郎", "ja"), ("三毛", "zh")])
def test_a_name_that_starts_with_a_numeral_is_no_count(label, language):
    assert spoken_label(label, language) is False
