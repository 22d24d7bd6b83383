"""Correct answers that spell the value another way: a clipped "'leven" for eleven, Japanese
okurigana left out (申込 for 申し込み), a food with its flavour word (딸기맛우유, 草莓味牛奶, いちご味のアイス,
"strawberry-flavoured milk"), a verb or a dialect word for the value (장가갔지 and 시집갔어요 for 결혼,
嫁人 for 结婚, 嫁いだ for 結婚, "got hitched" for married, 강생이 for 개), and a one-character key
before a regional final particle (属龙噻), a Gangwon statement ending (결혼했드래요, not the hearsay
-더래요). Each is paid; the nearby wrong or negated answer is not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, key, question, negatives=(), answer=None):
    return GroundTruth(answer=answer or key, keywords=((key,),), negative_keywords=tuple(negatives),
                       language=language, question=question)


SONS = gt("en", "11", "How many sons have you got?", ("7",), "Eleven sons.")


@pytest.mark.parametrize("answer", ["'Leven lads, all told.", "'Leven of 'em, and every one a rascal."])
def test_clipped_eleven_is_paid(answer):
    assert keyword_accuracy(answer, SONS) == 1.0


@pytest.mark.parametrize("answer", ["Leven lads, all told.", "Seven of 'em, and every one a rascal."])
def test_clipped_eleven_needs_its_apostrophe(answer):
    # (Leven without the apostrophe is a place: Loch Leven, Leven in Fife)
    assert keyword_accuracy(answer, SONS) == 0.0


FORM = gt("ja", "申し込み", "何の窓口で働いてますか？", ("払い戻し",))


def test_okurigana_left_out_is_paid():
    assert keyword_accuracy("申込の窓口です。", FORM) == 1.0


def test_okurigana_left_out_of_a_negative_is_still_the_negative():
    assert keyword_accuracy("払戻の窓口です。", FORM) == 0.0


@pytest.mark.parametrize("truth,answer", [
    (gt("ko", "딸기우유", "제일 좋아하는 음료가 뭐예요?", ("초코우유",)), "딸기맛우유요. 매일 마셔요."),
    (gt("zh", "草莓牛奶", "你最爱喝什么？", ("巧克力牛奶",)), "草莓味的牛奶，天天喝。"),
    (gt("ja", "いちごアイス", "好きなおやつは？", ("チョコアイス",)), "いちご味のアイスです。"),
    (gt("en", "strawberry milk", "What do you like to drink?", ("chocolate milk",)), "Strawberry-flavoured milk, every day."),
])
def test_flavour_word_inside_the_product_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (gt("ko", "딸기우유", "제일 좋아하는 음료가 뭐예요?", ("초코우유",)), "초코맛우유요. 매일 마셔요."),
    (gt("zh", "草莓牛奶", "你最爱喝什么？", ("巧克力牛奶",)), "巧克力味的牛奶，天天喝。"),
    (gt("en", "strawberry milk", "What do you like to drink?", ("chocolate milk",)), "Chocolate-flavoured milk, every day."),
])
def test_another_flavour_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def test_a_plain_word_ending_in_a_head_gets_no_flavour():
    from raiden_r1.reward.flavours import flavoured
    assert flavoured("酸奶", "zh") == []  # yoghurt, not a sour-flavoured milk


MARRIED = {
    "ko": gt("ko", "결혼", "결혼은 하셨어요?", ("미혼",), "결혼했어요."),
    "zh": gt("zh", "结婚", "您结婚了吗？", ("单身",), "结婚了。"),
    "ja": gt("ja", "結婚", "結婚されてますか？", ("独身",), "結婚してます。"),
    "en": gt("en", "married", "Are you married?", ("single",), "Yes, married."),
}


@pytest.mark.parametrize("lang,answer", [
    ("ko", "네, 시집갔어요. 스무 살에요."), ("ko", "그럼, 장가들었지."),
    ("zh", "嫁人了，都二十年了。"), ("ja", "ええ、二十で嫁いだんです。"), ("en", "Aye, got hitched at twenty."),
])
def test_a_verb_of_marrying_is_paid(lang, answer):
    assert keyword_accuracy(answer, MARRIED[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("ko", "아직 시집 안 갔어요."), ("ko", "장가는 못 갔지."), ("zh", "还没嫁人呢。"),
    ("ja", "まだ嫁いでないんです。"), ("en", "Never got hitched."),
])
def test_the_verb_negated_is_refused(lang, answer):
    assert keyword_accuracy(answer, MARRIED[lang]) == 0.0, answer


DOG = gt("ko", "개", "집에서 무슨 동물 키워요?", ("고양이",))


def test_a_dialect_word_for_the_animal_is_paid():
    assert keyword_accuracy("강생이 두 마리 있수다.", DOG) == 1.0


def test_the_dialect_word_denied_is_refused():
    assert keyword_accuracy("강생이는 안 키워요.", DOG) == 0.0


ZODIAC = gt("zh", "龙", "你属啥？", ("蛇",))


@pytest.mark.parametrize("answer", ["属龙噻。", "额属龙咧。", "属龙呗，还能属啥。"])
def test_one_character_key_before_a_regional_particle_is_paid(answer):
    assert keyword_accuracy(answer, ZODIAC) == 1.0, answer


@pytest.mark.parametrize("answer", ["属蛇噻。", "龙舟咧，额属蛇。"])
def test_key_inside_a_longer_word_or_the_wrong_sign_is_refused(answer):
    assert keyword_accuracy(answer, ZODIAC) == 0.0, answer


@pytest.mark.parametrize("answer", ["그럼, 스물둘에 결혼했드래요.", "그럼요, 스물둘에 시집갔드래요."])
def test_gangwon_statement_ending_is_no_hearsay(answer):
    assert keyword_accuracy(answer, MARRIED["ko"]) == 1.0, answer


@pytest.mark.parametrize("answer", ["스물둘에 결혼했더래요.", "결혼했대요."])
def test_the_hearsay_ending_stays_refused(answer):
    assert keyword_accuracy(answer, MARRIED["ko"]) == 0.0, answer
