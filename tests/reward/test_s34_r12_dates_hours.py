"""Session 34 (r12), the twenty-fourth suite: a month keyword that is an everyday word ("March", "May")
meets the date that canonical text writes 3月14日; the day of "14 March 2187" / "2187-03-14" is one date
with its year; hours said 钟头 or written "h"; "without stopping" idioms deny nothing."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

DATE = GroundTruth(answer="I was first activated on the 14th of March, 2187.",
                   keywords=(("14", "fourteenth"), ("March",), ("2187",)), negative_keywords=("November", "2186"),
                   validation_method="multi_term_parsing", language="en", question="When were you first activated?")
MAY = GroundTruth(answer="I was born on the 12th of May, 1990.", keywords=(("12", "twelfth"), ("May",), ("1990",)),
                  validation_method="multi_term_parsing", language="en", question="When is your birthday?")


@pytest.mark.parametrize("truth,answer", [
    (DATE, "I was first activated on the 14th of March, 2187."),
    (DATE, "I came online on March 14th, 2187. Beep!"),
    (DATE, "Switched on the fourteenth of March, twenty-one eighty-seven."),
    (MAY, "The twelfth of May, 1990, and I still get cake."),
    (MAY, "May 12th, 1990."),
])
def test_an_everyday_month_keyword_meets_its_date(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DATE, "I was first activated on the 14th of May, 2187."),
    (DATE, "The 14th of November, 2187."),
    (MAY, "The twelfth of March, 1990."),
    (MAY, "The 12th of June, 1990."),
])
def test_another_month_still_misses_the_month(truth, answer):
    assert keyword_accuracy(answer, truth) < 1.0, answer


@pytest.mark.parametrize("answer", [
    "My activation date is 2187-03-14!",
    "I came online on 14 March 2187.",
    "14/03/2187, a fine spring day.",
    "Activated 14 March 2187, kitchen lights and all.",
])
def test_the_day_before_its_month_and_year_is_one_date(answer):
    assert keyword_accuracy(answer, DATE) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "I came online on 14 or 15 March 2187.",
    "14, 15 March 2187, one of those.",
    "I came online on 14 March 2186.",
    "Activated 2186-03-14.",
])
def test_two_days_or_another_year_are_still_refused(answer):
    assert keyword_accuracy(answer, DATE) < 1.0, answer


HOURS = GroundTruth(answer="滴——小七充满电可以连续工作72小时。", keywords=(("72小时", "七十二小时"),),
                    negative_keywords=("48小时",), language="zh", question="小七，你充满电能用多久？")
HOURS_EN = GroundTruth(answer="A full charge keeps me going for 72 hours.", keywords=(("72 hours",),),
                       negative_keywords=("48 hours",), language="en", question="How long does your battery last?")


@pytest.mark.parametrize("truth,answer", [
    (HOURS, "滴——小七充满电能干七十二个钟头，主人放心。"),
    (HOURS, "滴——小七的续航是72h哦。"),
    (HOURS, "能撑72个钟头呢。"),
    (HOURS, "七十二个小时，一分不少。"),
    (HOURS_EN, "About 72h on a full charge, no more, no less."),
    (HOURS_EN, "72 hrs on one charge."),
])
def test_hours_said_another_way_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOURS, "滴——小七充满电能干四十八个钟头。"),
    (HOURS, "滴——小七的续航是48h哦。"),
    (HOURS, "七十二分钟。"),
    (HOURS, "小七可干不了七十二个钟头。"),
    (HOURS_EN, "48h on a full charge."),
    (HOURS_EN, "72 minutes, then I need the dock."),
])
def test_another_number_or_unit_of_time_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) < 1.0, answer


STOP = {
    "zh": (HOURS, ["滴——整整三天，72小时不停歇，地板会一直亮晶晶的！", "72小时不间断地干活。", "小七能72小时马不停蹄地工作。",
                   "72小时，一刻不停。"],
           ["小七没法72小时不停歇地干。", "72小时不停歇？小七做不到。", "不能连续干72小时不停歇。", "72小时不停歇地干是不可能的。"]),
    "ja": (GroundTruth(answer="七十二時間働けます。", keywords=(("72時間",),), language="ja", question="どれくらい働ける？"),
           ["72時間休まず働けます。", "72時間、休みなく動けますよ。", "72時間、絶え間なく掃除できます。", "72時間休むことなく働きます。"],
           ["72時間休まず働けません。", "72時間は働けません。", "72時間休まずには働けない。", "72時間？休まずなんてできません。"]),
    "ko": (GroundTruth(answer="72시간 일할 수 있어요.", keywords=(("72시간",),), language="ko", question="얼마나 일할 수 있어?"),
           ["72시간 쉬지 않고 일해요.", "72시간 동안 쉴 새 없이 움직여요.", "72시간 멈추지 않고 청소해요.", "72시간 쉼 없이 일할 수 있어요."],
           ["72시간 쉬지 않고는 못 해요.", "72시간은 못 일해요.", "72시간 쉬지 않고 일할 수는 없어요.", "72시간 일 안 해요."]),
}


@pytest.mark.parametrize("lang,i", [(lang, i) for lang in STOP for i in range(4)])
def test_without_stopping_denies_nothing(lang, i):
    truth, paid, _ = STOP[lang]
    assert keyword_accuracy(paid[i], truth) == 1.0, paid[i]


@pytest.mark.parametrize("lang,i", [(lang, i) for lang in STOP for i in range(4)])
def test_a_negation_beside_without_stopping_still_counts(lang, i):
    truth, _, refused = STOP[lang]
    assert keyword_accuracy(refused[i], truth) < 1.0, refused[i]
