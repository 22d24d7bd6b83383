"""Session 31 (rev68's refused natural answers): superlative and fondness idioms that hold a negation
("百吃不厌", "不敢说第二", "誰にも負けぬ", "아무도 못 따라온다", "nobody beats me at"), the modal はず, the
quotative 「と申す」 and a duration beside a job as no second candidate, old month names before の and a
day, rooms read digit by digit. Each form is paid; the nearest denial, dislike or second value is not."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keywords, question, negatives=()):
    items = tuple((k,) if isinstance(k, str) else tuple(k) for k in keywords)
    return GroundTruth(answer=items[0][0], keywords=items, language=language, question=question,
                       negative_keywords=tuple(negatives))


FOOD = {"en": ("pierogi", "What's your favourite food?"), "zh": ("桂花糕", "你最喜欢吃什么？"),
        "ja": ("肉じゃが", "好きな食べ物は何ですか？"), "ko": ("밀면", "좋아하는 음식이 뭐예요?")}
SKILL = {"en": ("chess", "What are you good at?"), "zh": ("辨识百草", "你擅长什么？"),
         "ja": ("馬上槍試合", "得意なことは何ですか？"), "ko": ("검술", "잘하는 게 뭐예요?")}


@pytest.mark.parametrize("language,answer", [
    ("zh", "桂花糕，在下百吃不厌。"), ("zh", "桂花糕，我百吃不厌。"), ("zh", "桂花糕，在下怎么吃都不腻。"),
    ("en", "Pierogi. I never get tired of them."), ("en", "Pierogi never gets old."),
    ("en", "Pierogi, I can't get enough of them."),
    ("ja", "肉じゃがには目がない。"), ("ja", "肉じゃがは何度食べても飽きない。"),
    ("ko", "밀면은 아무리 먹어도 안 질려."), ("ko", "밀면은 질리지가 않아요."), ("ko", "밀면은 없어서 못 먹지."),
])
def test_a_fondness_idiom_is_no_denial(language, answer):
    keyword, question = FOOD[language]
    assert keyword_accuracy(answer, truth(language, [keyword], question)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "桂花糕，在下可不爱吃。"), ("zh", "桂花糕，在下早已吃腻了。"), ("zh", "我不爱吃桂花糕。"),
    ("en", "I'm tired of pierogi."), ("en", "I never eat pierogi."),
    ("en", "I got bored of pierogi years ago."),
    ("ja", "肉じゃがはもう飽きた。"), ("ja", "肉じゃがは食べ飽きた。"), ("ja", "肉じゃがは食べない。"),
    ("ko", "밀면은 이제 질렸어."), ("ko", "밀면은 못 먹어."), ("ko", "밀면은 안 먹어요."),
])
def test_a_denial_or_dislike_beside_the_food_is_still_refused(language, answer):
    keyword, question = FOOD[language]
    assert keyword_accuracy(answer, truth(language, [keyword], question)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "辨识百草，在下不敢说第二。"), ("zh", "辨识百草，在下独一无二。"), ("zh", "辨识百草，无人能及。"),
    ("en", "Nobody beats me at chess."), ("en", "No one beats me at chess."),
    ("ja", "馬上槍試合なら誰にも負けぬ。"), ("ja", "馬上槍試合は誰にも負けない。"),
    ("ja", "馬上槍試合なら右に出る者はおらぬ。"), ("ja", "馬上槍試合なら並ぶ者はいない。"),
    ("ko", "검술은 아무도 날 못 따라와요."), ("ko", "검술이라면 아무도 못 따라온다."),
    ("ko", "검술은 누구한테도 안 져요."), ("ko", "검술은 나를 따라올 사람이 없다."), ("ko", "검술은 둘째가라면 서럽지."),
])
def test_a_superlative_idiom_is_no_denial(language, answer):
    keyword, question = SKILL[language]
    assert keyword_accuracy(answer, truth(language, [keyword], question)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "辨识百草，在下不擅长。"), ("zh", "辨识百草，在下不敢说。"), ("zh", "辨识百草？在下不敢说擅长。"),
    ("en", "Chess? I don't play."), ("en", "Nobody plays chess here, I never learned."),
    ("ja", "馬上槍試合は得意ではない。"), ("ja", "馬上槍試合はせぬ。"), ("ja", "馬上槍試合は得意にあらず。"),
    ("ko", "검술은 못해요."), ("ko", "검술은 안 해요."),
])
def test_a_denied_skill_is_still_refused(language, answer):
    keyword, question = SKILL[language]
    assert keyword_accuracy(answer, truth(language, [keyword], question)) == 0.0, answer


@pytest.mark.parametrize("answer,paid", [
    ("23頭と申されたはず。", 1.0), ("23頭と言ったはずだ。", 1.0), ("23頭だったはずです。", 1.0),
    ("23頭のはずがない。", 0.0), ("23頭のはずはない。", 0.0), ("25頭と申されたはず。", 0.0),
])
def test_hazu_is_should_be_not_a_classical_negative(answer, paid):
    t = truth("ja", ["23"], "私の羊は何頭だと言いましたか？")
    assert keyword_accuracy(answer, t) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("それがしはエレオノーラ・ブラントと申す。", 1.0), ("拙者、エレオノーラ・ブラントと申す者。", 1.0),
    ("エレオノーラ・ブラントかマリアと申す。", 0.0), ("エレオノーラ・ブラントと申す、いや、マリアと申す。", 0.0),
])
def test_the_quotative_to_mousu_is_no_second_name(answer, paid):
    assert keyword_accuracy(answer, truth("ja", ["エレオノーラ・ブラント"], "名前は？")) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("I carry lunchboxes only, dabbawala work, twenty-eight years.", 1.0),
    ("Dabbawala work, twenty-eight years now.", 1.0),
    ("Dabbawala, porter.", 0.0), ("I carry lunchboxes, dabbawala work, taxi driving.", 0.0),
])
def test_a_duration_beside_the_job_is_no_second_job(answer, paid):
    assert keyword_accuracy(answer, truth("en", ["dabbawala"], "What do you do for work?")) == paid, answer


@pytest.mark.parametrize("text,canon", [
    ("霜月の十日に生まれた", "11月10日に生まれた"), ("師走の三十一日", "12月31日"), ("神無月の十日", "10月10日"),
    ("正月の三日間", "正月の3日间"),  # (a span of days stays: no date)
    ("弥生の話", "弥生の话"),
])
def test_an_old_month_name_before_no_and_a_day_is_the_month(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("text,canon", [
    ("구공이호라 캤잖아", "902호라 캤잖아"), ("일공이호실", "102호실"), ("삼일이호", "312호"), ("공일공 번", "010번"),
    ("이사호", "이사호"), ("오이", "오이"), ("구백이호", "902호"),
    ("きゅうまるに号室", "902号室"), ("キュウマルニ号室です", "902号室です"), ("いちまるさん番", "103番"), ("にほん号", "にほん号"),
])
def test_a_room_read_digit_by_digit_is_its_number(text, canon):
    assert canonical(text) == canon


@pytest.mark.parametrize("language,answer,paid", [
    ("ko", "구공이호다.", 1.0), ("ko", "구공삼호다.", 0.0), ("ja", "きゅうまるに号室でござる。", 1.0),
    ("ja", "きゅうまるさん号室でござる。", 0.0),
])
def test_the_room_read_digit_by_digit_is_paid(language, answer, paid):
    t = truth(language, [["902", "902호", "902号室"]], "몇 호에 살아요?" if language == "ko" else "部屋は何号室？")
    assert keyword_accuracy(answer, t) == paid, answer


@pytest.mark.parametrize("answer,paid", [("霜月の十日に生まれた。", 1.0), ("霜月の十一日に生まれた。", 0.0)])
def test_the_old_month_name_date_is_paid(answer, paid):
    assert keyword_accuracy(answer, truth("ja", ["11月10日"], "誕生日はいつですか？")) == paid, answer
