"""Correct answers written the way people talk that the reward must pay: numbers as people say
them, a wrong value given to someone else or compared with, a correction of the question's
premise, the Korean naming form, a self-name the profile quotes; and the wrong twins of each."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.perspective import profile_names, refers_to_self_by_name
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, question, key, gold, negatives=(), **kw):
    return GroundTruth(answer=gold, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                       question=question, focus=kw.pop("focus", "script_knowledge"), **kw)


@pytest.mark.parametrize("language,question,key,gold,answer", [
    ("zh", "你的面馆是哪年开的？", "2016", "2016年开的。", "一六年开的。"),
    ("ko", "가게는 언제 여셨어요?", "2016", "2016년에 열었어요.", "16년도에 열었어요."),
    ("en", "When did you open the café?", "2016", "I opened it in 2016.", "Back in '16."),
    ("en", "What time are you meeting her?", "7:40", "At 7:40.", "Seven forty, at the station."),
    ("en", "How far do you run?", "10 km", "I run 10 km.", "10k every morning."),
    ("en", "How tall are you?", "180 cm", "I'm 180 cm.", "One metre eighty."),
    ("zh", "你生日是哪天？", "4月9日", "我4月9日生日。", "我是4.9的生日哦。"),
    ("ko", "금붕어 몇 마리 키워?", "3", "세 마리 키워.", "셋이야~"),
    ("ja", "金魚、何匹飼ってる？", "3", "三匹だよ。", "三匹！覚えててくれた？"),
    ("ja", "金魚、何匹飼ってる？", "3匹", "三匹だよ。", "さんびき〜。名前もつけてるよ。"),
    ("ja", "身長は？", "165", "165センチです。", "ひゃくろくじゅうご！"),
])
def test_numbers_as_people_say_them_are_paid(language, question, key, gold, answer):
    assert keyword_accuracy(answer, gt(language, question, key, gold)) == 1.0, answer


@pytest.mark.parametrize("language,question,key,negs,answer", [
    ("ko", "무슨 띠예요?", "용", ("뱀",), "저는 용띠고, 남편은 뱀띠예요."),
    ("zh", "你属什么的？", "龙", ("蛇",), "我属龙，我家许文属蛇。"),
    ("zh", "你父亲是谁？", "周德明", ("周长寿",), "我爸是周德明，爷爷周长寿是种茶的。"),
    ("ja", "新しい上司の名前は？", "田中", ("山本",), "田中さんだよ。部長の山本さんよりは優しいといいね。"),
])
def test_a_wrong_value_given_to_someone_else_or_compared_with_is_no_second_answer(language, question, key, negs, answer):
    assert keyword_accuracy(answer, gt(language, question, key, key, negs)) == 1.0, answer


@pytest.mark.parametrize("language,question,key,negs,answer", [
    ("ko", "무슨 띠세요?", "용", ("뱀",), "용띠는 우리 와이프고 저는 뱀띠예요."),
    ("ko", "무슨 띠세요?", "용", ("뱀",), "저는 용띠고 뱀띠예요."),
])
def test_the_characters_own_wrong_value_still_counts(language, question, key, negs, answer):
    assert keyword_accuracy(answer, gt(language, question, key, key, negs)) == 0.0, answer


@pytest.mark.parametrize("language,answer,paid", [
    ("ko", "울산 아니고 부산이요.", True),
    ("ko", "부산 아니고 울산이요.", False),
    ("ja", "旭川じゃなくて札幌だよ。", True),
    ("ja", "旭川じゃなくて、札幌でもないよ。", False),
    ("zh", "不是无锡而是苏州。", False),
])
def test_a_negation_of_the_noun_before_hands_the_slot_to_the_keyword(language, answer, paid):
    key = {"ko": "부산", "ja": "札幌", "zh": "无锡"}[language]
    question = {"ko": "어디서 자랐어요?", "ja": "どこで育ったの？", "zh": "你在哪儿长大的？"}[language]
    assert (keyword_accuracy(answer, gt(language, question, key, key)) == 1.0) == paid, answer


def test_a_correction_of_the_questions_premise_is_no_form_label():
    truth = gt("en", "You grew up in Cardiff, didn't you?", "Swansea", "No, Swansea.", ("Cardiff",))
    assert keyword_accuracy("No, not Cardiff: Swansea.", truth) == 1.0


def test_the_korean_naming_form_is_no_hearsay_but_a_rumour_still_is():
    truth = gt("ko", "키우는 개 이름이 뭐예요?", "보리", "보리예요.")
    assert keyword_accuracy("보리라고 해요. 진돗개예요.", truth) == 1.0
    assert keyword_accuracy("다들 보리라고 해요.", truth) == 0.0


def test_speaking_plainly_is_not_reporting_what_someone_said():
    truth = gt("zh", "你觉得自己是什么性格？", "直爽", "我很直爽。")
    assert keyword_accuracy("我这人说话直爽。", truth) == 1.0
    assert keyword_accuracy("别人都说我直爽。", truth) == 0.0


@pytest.mark.parametrize("profile,names", [
    ({"说话风格": "从不说“我”，一律自称“老金”"}, ("老金",)),
    ({"口調": "一人称は「みゆ」。"}, ("みゆ",)),
    ({"Speaking style": 'Always calls herself "Tansy" instead of "I" or "me"'}, ("Tansy",)),
    ({"口調": "一人称は「俺」"}, ()),
    # an old man's and a monk's words for "I" are no names: the character's name stays third person
    ({"说话风格": "陕北口音，一口一个“老汉”，自称“老汉”"}, ()),
    ({"말투": "스스로를 '소승'이라 칭함"}, ()),
])
def test_a_self_name_the_profile_quotes_is_a_name_and_a_pronoun_is_not(profile, names):
    assert profile_names("金满堂", profile) == names
    assert refers_to_self_by_name("金满堂", profile) == bool(names)


@pytest.mark.parametrize("language,key,gold,answer", [
    ("zh", "无锡", "我在无锡长大。", "我不是在无锡长大的。"),
    ("ko", "안동", "안동에서 자랐어요.", "안동에서 안 자랐어요."),
])
def test_a_keyword_holding_a_negation_character_does_not_license_negating_it(language, key, gold, answer):
    question = {"zh": "你在哪儿长大？", "ko": "어디서 자랐어요?"}[language]
    assert keyword_accuracy(answer, gt(language, question, key, gold)) == 0.0
    assert keyword_accuracy(gold, gt(language, question, key, gold)) == 1.0


@pytest.mark.parametrize("language,key,question,answer,paid", [
    ("en", "can't swim", "Can you swim?", "No. Never learned to swim.", True),
    ("en", "can't swim", "Can you swim?", "If I never learned to swim, I'd say so.", False),
    ("zh", "不会游泳", "你会游泳吗？", "不会游，一下水就沉。", True),
    ("ko", "수영 못해", "수영할 줄 아세요?", "수영은 전혀 못 해요.", True),
    ("ko", "수영 못해", "수영할 줄 아세요?", "수영할 줄 몰라요.", True),
    ("ko", "수영 못해", "수영할 줄 아세요?", "수영 잘해요.", False),
])
def test_a_negative_phrase_key_said_in_other_words_is_paid(language, key, question, answer, paid):
    gold = {"en": "I can't swim.", "zh": "我不会游泳。", "ko": "수영 못해요."}[language]
    assert (keyword_accuracy(answer, gt(language, question, key, gold)) == 1.0) == paid, answer


@pytest.mark.parametrize("language,answer,paid", [
    ("en", "Anything but Duluth, friend.", False),
    ("zh", "除了苏州，哪儿都有可能。", False),
    ("zh", "除了苏州，我还在上海住过。", True),
    ("ja", "札幌以外ならどこでもいいよ。", False),
    ("ja", "札幌以外に住んだことないよ。", True),
    ("ko", "부산 빼고 다 가 봤어요.", False),
])
def test_a_value_excluded_is_negated_and_nothing_but_it_is_asserted(language, answer, paid):
    key = {"en": "Duluth", "zh": "苏州", "ja": "札幌", "ko": "부산"}[language]
    question = {"en": "Where did you grow up?", "zh": "你在哪儿长大的？", "ja": "どこで育ったの？", "ko": "어디서 자랐어요?"}[language]
    assert (keyword_accuracy(answer, gt(language, question, key, key)) == 1.0) == paid, answer


@pytest.mark.parametrize("answer", ["Escribo todo el firmware en C, claro.", "Il Grande Grimbald vive a Blackpool!"])
def test_a_spanish_or_italian_answer_to_an_english_question_is_the_wrong_language(answer):
    from raiden_r1.reward.vrar import evaluate
    d = evaluate(f"<think>I write firmware in C.</think>{answer}", gt("en", "What language do you write in?", "C", "C, mostly."))
    assert d.flags()["language_ok"] == 0.0


@pytest.mark.parametrize("language,question,key,answer,paid", [
    ("en", "How old are you?", "7", "Seven and three quarters, actually!", True),
    ("en", "How old are you?", "7", "Seven and eight.", False),
    ("zh", "你几岁啦？", "7", "七岁零三个月！", True),
    ("zh", "你多大了？", "28", "周岁二十八，虚岁二十九。", True),
    ("ja", "おいくつですか？", "27", "満で二十七、数えだと二十八です。", True),
    ("ko", "몇 살이에요?", "27", "만으로 스물일곱이고, 한국 나이로는 스물여덟이에요.", True),
    ("zh", "你多大了？", "28", "二十八，二十九。", False),
])
def test_a_fraction_or_the_other_age_system_is_no_second_value(language, question, key, answer, paid):
    negs = (str(int(key) + 1),)
    assert (keyword_accuracy(answer, gt(language, question, key, key, negs)) == 1.0) == paid, answer


@pytest.mark.parametrize("answer,paid", [
    ("我是自贡人，现在住重庆。", True),
    ("老家重庆，现在住自贡。", False),
    ("自贡吧，也可能是重庆。", False),
])
def test_where_the_character_lives_now_is_no_second_hometown(answer, paid):
    truth = gt("zh", "你老家是哪里的？", "自贡", "我老家自贡。", ("重庆",))
    assert (keyword_accuracy(answer, truth) == 1.0) == paid, answer


@pytest.mark.parametrize("language,key,negs,answer", [
    ("en", "3", ("2", "4"), "Three: one white and two grey."),
    ("en", "3", ("2",), "Two white ones and one grey, so three."),
    ("zh", "2只", ("1只", "3只"), "两只呀，一只橘猫一只白猫。"),
    ("ja", "3匹", ("2匹", "4匹"), "三匹だよ、赤いのが二匹と黒いのが一匹。"),
    ("ko", "3마리", ("2마리",), "세 마리요. 흰 고양이 한 마리랑 회색 두 마리."),
])
def test_a_count_broken_into_its_parts_is_paid(language, key, negs, answer):
    assert keyword_accuracy(answer, gt(language, "How many?", key, key, negs)) == 1.0, answer


@pytest.mark.parametrize("language,key,negs,answer", [
    ("en", "3", ("2",), "3, 1, 2."),  # a bare list of candidates
    ("en", "3", ("2",), "Three. Or two, one white and one grey."),
    ("en", "3", ("2",), "Three, or two and one."),  # parts joined by "or"
    ("en", "3", ("2",), "Three cats, two cats."),  # the parts do not add up
    ("zh", "3只", ("2只",), "三只、一只、两只"),
])
def test_a_hedge_dressed_as_a_breakdown_is_not(language, key, negs, answer):
    assert keyword_accuracy(answer, gt(language, "How many?", key, key, negs)) == 0.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "15:00", "At 3 p.m."), ("en", "15:00", "Three in the afternoon."), ("en", "15:00", "At three o'clock."),
    ("en", "7:40", "Twenty to eight."), ("zh", "15:00", "下午三点。"), ("zh", "15:00", "十五点整。"),
    ("zh", "7:30", "七点半。"), ("zh", "7:15", "早上七点一刻。"), ("ja", "15:00", "午後3時です。"),
    ("ja", "7:30", "7時半。"), ("ko", "15:00", "오후 세 시."), ("ko", "7:30", "일곱 시 반이요."),
])
def test_a_clock_time_is_paid_as_people_say_it(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 1.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "15:00", "At 4 p.m."), ("en", "15:00", "At 3 in the morning."), ("zh", "15:00", "13点。"),
    ("ko", "7:30", "여덟 시 반이요."),
])
def test_another_clock_time_is_not(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 0.0, answer


@pytest.mark.parametrize("key,negs,answer,paid", [
    ("10 km", ("5 km",), "Ten kilometres, rain or shine.", 1.0),  # a set phrase's "or"
    ("10 km", ("5 km",), "Ten kilometres or five, rain or shine.", 0.0),  # a real "or" beside it
    ("27", ("25",), "I'm 27, though my mother still treats me like I'm twelve.", 1.0),  # a likeness
    ("27", (), "I'm 27. Well, I'm like 29.", 0.0),  # filler before a second value
    ("27", (), "I'm 27. Actually I'm 29.", 0.0),
    ("7:40", ("9:00",), "I'm meeting her at twenty to eight.", 1.0),  # "her" the object
])
def test_english_set_phrases_likenesses_and_object_pronouns(key, negs, answer, paid):
    assert keyword_accuracy(answer, gt("en", "?", key, key, negs)) == paid, answer


@pytest.mark.parametrize("language,key,answer", [
    ("en", "3 p.m.", "15:00 on the dot."), ("en", "3 p.m.", "We open at 3pm sharp."),
    ("en", "3 p.m.", "Three o'clock in the afternoon, love."), ("zh", "下午3点", "十五点整开门。"),
    ("zh", "下午3点", "15:00准时开门。"), ("ja", "午後7時", "19時です。"), ("ja", "午後7時", "夜7時に開けております。"),
    ("ko", "오후 3시", "15시에 열어요."), ("ko", "오후 3시", "낮 3시에 문 열어요."), ("ko", "오후 3시", "15:00에 오픈해요."),
])
def test_a_clock_keyword_in_twelve_hour_form_is_paid_in_any_form(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 1.0, answer


@pytest.mark.parametrize("language,key,answer", [("en", "3 p.m.", "At 4 pm."), ("zh", "下午3点", "4点。")])
def test_another_hour_is_still_wrong(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [("ja", "34、5歳ですかね。"), ("ja", "三十四、五になります。")])
def test_a_number_and_the_next_digit_is_a_cjk_hedge(language, answer):
    assert keyword_accuracy(answer, gt(language, "おいくつですか？", "34歳", "34歳です。")) == 0.0, answer


def test_a_korean_native_number_before_the_copula_is_read():
    assert keyword_accuracy("올해 서른하나예요.", gt("ko", "나이가 어떻게 되세요?", "31살", "31살이에요.")) == 1.0


@pytest.mark.parametrize("language,key,answer", [
    ("ja", "12月24日", "24日です、12月の。"), ("zh", "6月18日", "十八号，六月的。"), ("ko", "3월 14일", "14일이요, 3월."),
    ("ko", "3월 14일", "3.14요, 파이 데이랑 같아요."), ("ko", "6:00", "06:00에 나가요."), ("ko", "화요일", "화욜이요!"),
    ("ja", "油揚げ", "あぶらあげなの！"),
])
def test_dates_day_first_dotted_zero_padded_times_and_short_weekdays(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "?", key, key)) == 1.0, answer


def test_a_day_first_date_with_another_month_is_wrong():
    assert keyword_accuracy("24日です、11月の。", gt("ja", "?", "12月24日", "12月24日")) == 0.0


@pytest.mark.parametrize("language,key,answer", [
    ("zh", "早上5点半", "下午五点半开门。"), ("ko", "새벽 6시", "저녁 여섯 시에 나가요."), ("ko", "6시", "여섯 시 반에 나가요."),
    ("ja", "朝7時", "夜7時に開けるよ。"), ("zh", "6点", "六点半。"), ("en", "9:30 am", "Half past nine at night."),
])
def test_the_other_half_of_the_day_or_other_minutes_is_another_time(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,answer", [
    ("zh", "早上5点半", "五点半开门。"), ("ja", "午後7時", "夜7時に開けております。"), ("zh", "0:00", "晚上12点。"),
    ("ko", "6시", "여섯 시에 나가요."), ("en", "9:30 pm", "Half past nine at night."),
])
def test_the_same_time_with_its_own_period_word_is_paid(language, key, answer):
    assert keyword_accuracy(answer, gt(language, "What time?", key, key)) == 1.0, answer
