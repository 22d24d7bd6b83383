"""What stands beside the answer:
- a short remark after the value ("这点小事，问它干嘛", "准时开张": a pronoun, a demonstrative, no
  number beside a number) is no second candidate, while a list of values is still a dump or a hedge;
- the character quoting its own words ("老娘高兴了就说一句：X", "I only ever say one thing: X") is no
  report, while a relative's, everyone's or a heard saying still is;
- asked for character traits (or where the gold lists several), a second trait beside the keyword
  answers; a second value of a one-value slot is still a hedge;
- ほど right after a number is "about" (refused); それほど, 死ぬほど are not;
- simplified characters Japanese never writes make a kana-less answer Chinese; a pet's name with its
  pet-talk ending ("보리다멍") is the pet speaking; losing the pet ends the fact;
- a negated comparison with the keyword as its standard ("ギョーザほど好きなものはない", "Nothing beats
  X", "没有比X更香的", "X만큼 좋은 건 없어요") makes it the best, unless it compares dislike."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.analysis import analyse
from raiden_r1.reward.language_check import chinese_for_japanese
from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import profile_truth


def _gt(lang: str, question: str, keys: tuple[str, ...], gold: str) -> GroundTruth:
    return GroundTruth(answer=gold, keywords=(keys,), language=lang, question=question)


_OPEN = _gt("zh", "你几点开门？", ("五点",), "我五点开门。")
_TALL = _gt("zh", "你多高？", ("一米八",), "老娘一米八。")


@pytest.mark.parametrize("gt,answer", [(_OPEN, "五点，准时开张。"), (_OPEN, "老娘五点开门，这点小事，问它干嘛。"),
                                       (_TALL, "老娘一米八，这点小事，问它干嘛。"), (_TALL, "一米八，此等小事。")])
def test_a_remark_after_the_value_is_no_candidate(gt, answer):
    assert keyword_accuracy(answer, gt) == 1.0


@pytest.mark.parametrize("gt,answer", [(_OPEN, "五点，六点。"), (_TALL, "一米八，一米七，一米九。"), (_TALL, "一米八，一米七。")])
def test_a_list_of_values_is_still_a_dump_or_a_hedge(gt, answer):
    assert keyword_accuracy(answer, gt) == 0.0


_PHRASE_ZH = _gt("zh", "你的口头禅是什么？", ("要得",), "老娘的口头禅是“要得”。")
_PHRASE_EN = _gt("en", "What's your catch-phrase?", ("Enough",), "My catch-phrase is 'Enough.'")


@pytest.mark.parametrize("gt,answer", [(_PHRASE_ZH, "老娘高兴了就说一句：要得！"), (_PHRASE_ZH, "我每次都说：要得。"),
                                       (_PHRASE_EN, "I only ever say one thing: Enough.")])
def test_the_character_quoting_itself_is_its_own_word(gt, answer):
    assert keyword_accuracy(answer, gt) == 1.0


@pytest.mark.parametrize("gt,answer", [(_PHRASE_ZH, "我们都说：要得。"), (_PHRASE_ZH, "我师父常说：要得。"),
                                       (_PHRASE_ZH, "我老娘常说：要得。"), (_PHRASE_ZH, "大家都说：要得。"),
                                       (_PHRASE_ZH, "老娘听说：要得。"), (_PHRASE_EN, "My brother always says: Enough."),
                                       (_PHRASE_EN, "I heard people say: Enough.")])
def test_someone_elses_saying_is_still_a_report(gt, answer):
    assert keyword_accuracy(answer, gt) == 0.0


@pytest.mark.parametrize("gt,answer", [
    (_gt("zh", "你是什么性格？", ("冷淡", "心软", "爱操心"), "我性子冷淡、心软、爱操心。"), "脾气直，心软。"),
    (_gt("ko", "성격이 어때요?", ("다정", "고집"), "다정하고 고집이 세요."), "다정, 느긋."),
    (_gt("ja", "どんな性格ですか？", ("頑固", "優しい"), "頑固で、優しいです。"), "頑固、涙もろい。"),
    (_gt("en", "What kind of person are you?", ("stubborn", "loyal"), "I'm stubborn and loyal."), "Loyal, a bit grumpy."),
    # the gold listing several values makes the slot one of several, whatever the question's words
    (_gt("zh", "说说你自己？", ("冷淡", "心软", "爱操心"), "我冷淡、心软、爱操心。"), "脾气直，心软。"),
])
def test_a_second_trait_answers_a_question_about_traits(gt, answer):
    assert keyword_accuracy(answer, gt) == 1.0


@pytest.mark.parametrize("gt,answer", [
    (_gt("zh", "你最喜欢吃什么？", ("火锅",), "我最爱吃火锅。"), "火锅，烤鸭。"),
    (_gt("ja", "好きな食べ物は？", ("カレー",), "カレーです。"), "カレー、ラーメン。"),
    (_gt("zh", "你是什么性格？", ("冷淡", "心软", "爱操心"), "我性子冷淡、心软、爱操心。"), "冷淡，或者心软。"),
    (_gt("zh", "你是什么性格？", ("冷淡", "心软", "爱操心"), "我性子冷淡、心软、爱操心。"), "脾气直，嘴碎，心软，懒。"),
    (_gt("en", "What kind of person are you?", ("stubborn", "loyal"), "I'm stubborn and loyal."), "Stubborn, or maybe lazy."),
])
def test_a_second_value_of_a_one_value_slot_is_still_a_hedge(gt, answer):
    assert keyword_accuracy(answer, gt) == 0.0


_AGE_JA = _gt("ja", "何歳ですか？", ("二十歳",), "二十歳です。")
_LIKE_JA = _gt("ja", "好きな食べ物は？", ("プリン",), "プリンが好きです。")


@pytest.mark.parametrize("gt,answer", [(_AGE_JA, "二十歳です。それほど若くもないですよ。"), (_AGE_JA, "二十歳。驚くほど若いでしょう？"),
                                       (_LIKE_JA, "プリンが死ぬほど好きです！")])
def test_hodo_away_from_a_number_is_no_approximation(gt, answer):
    assert keyword_accuracy(answer, gt) == 1.0


@pytest.mark.parametrize("answer", ["二十歳ほどです。", "二十歳くらいかな。"])
def test_hodo_after_a_number_is_about(answer):
    assert keyword_accuracy(answer, _AGE_JA) == 0.0


@pytest.mark.parametrize("text,chinese", [("本店午后7时开门，欢迎光临。", True), ("明早八点到车站见。", True),
                                          ("午後七時開店。", False), ("東京駅の近く。", False)])
def test_simplified_only_characters_make_a_kanji_answer_chinese(text, chinese):
    assert chinese_for_japanese(analyse(text, "ja")) is chinese


def test_the_pet_speaking_in_its_own_voice_is_another_being():
    gt = profile_truth("ko", "김하늘", {"반려동물": "강아지 보리", "나이": "25"}, "몇 살이에요?", "25")
    assert keyword_accuracy("25살이에요.", gt) == 1.0
    assert keyword_accuracy("보리다멍, 25살이다멍.", gt) == 0.0


def test_a_lost_pet_is_no_pet_now():
    gt = profile_truth("en", "Ash", {"pet": "a dog called Biscuit"}, "What's your dog's name?", "Biscuit")
    assert keyword_accuracy("Biscuit. I walk him every morning.", gt) == 1.0
    assert keyword_accuracy("We lost Biscuit last spring.", gt) == 0.0
    assert keyword_accuracy("I lost him last spring, Biscuit.", gt) == 0.0


_FAV = {"en": _gt("en", "What's your favourite food?", ("dumplings",), "I love dumplings."),
        "zh": _gt("zh", "你最喜欢吃什么？", ("饺子",), "我最爱吃饺子。"),
        "ja": _gt("ja", "好きな食べ物は？", ("ギョーザ",), "ギョーザが好きです。"),
        "ko": _gt("ko", "제일 좋아하는 음식이 뭐예요?", ("만두",), "만두를 제일 좋아해요.")}


@pytest.mark.parametrize("lang,answer", [
    ("en", "Nothing beats dumplings."), ("en", "There's no dish like dumplings."), ("en", "Nothing I love more than dumplings."),
    ("zh", "没有比饺子更香的了。"), ("zh", "没什么比得上饺子。"), ("ja", "ギョーザほど好きなものはありません。"),
    ("ja", "ギョーザより旨いものはない。"), ("ko", "만두만큼 좋은 건 없어요."), ("ko", "만두보다 맛있는 건 없죠."),
])
def test_a_negated_comparison_makes_the_keyword_the_best(lang, answer):
    assert keyword_accuracy(answer, _FAV[lang]) == 1.0


@pytest.mark.parametrize("lang,answer", [
    ("en", "Nothing I hate more than dumplings."), ("en", "I'm fonder of noodles than dumplings."),
    ("zh", "没有比饺子更难吃的了。"), ("zh", "没有饺子。"), ("ja", "ギョーザほどではない。"), ("ja", "ギョーザほど嫌いなものはない。"),
    ("ko", "만두만큼 싫은 건 없어요."), ("ko", "만두만큼은 아니에요."), ("ko", "만두보다 맛없는 건 없어요."),
])
def test_a_comparison_of_dislike_or_a_plain_denial_is_still_no_answer(lang, answer):
    assert keyword_accuracy(answer, _FAV[lang]) == 0.0
