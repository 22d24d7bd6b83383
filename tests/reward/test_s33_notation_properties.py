"""Session 33: the notation classes as properties over many values (hypothesis): each notation of a
number reads as the number, in every language that writes it, and never as another number nor inside
one (the dump/substring family: "12" is not in 120, 12万, 1200円)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.canon import canonical, find_term, make_term
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.notation import zh_numeral
from raiden_r1.reward.vrar import keyword_accuracy

_KO_SINO = "영일이삼사오육칠팔구"
_KO_TENS = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순", 7: "일흔", 8: "여든", 9: "아흔"}
_KO_UNITS = {1: "하나", 2: "둘", 3: "셋", 4: "넷", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟", 9: "아홉"}
_KANJI = "〇一二三四五六七八九"


def paid(language, keyword, question, answer, gold=None):
    return keyword_accuracy(answer, GroundTruth(answer=gold or keyword, keywords=((keyword,),), language=language,
                                                question=question))


@given(st.integers(1, 9999), st.integers(0, 9))
def test_digits_with_scale_characters_read_as_one_number(a, t):
    n = a * 10000 + t * 1000
    assert canonical(f"{a}万{t}千円" if t else f"{a}万円") == f"{n}円"
    assert canonical(f"{a}만 {t}천 원" if t else f"{a}만 원") == f"{n}원"


@given(st.integers(1, 99), st.integers(1, 9))
def test_a_decimal_before_wan_is_its_value(k, d):
    assert canonical(f"{k}.{d}万元") == f"{k * 10000 + d * 1000}元"


@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from([("百", 100), ("千", 1000), ("万", 10000)]))
def test_a_digit_after_the_last_scale_counts_the_next_place(a, b, scale):
    char, value = scale
    assert canonical(f"{_KANJI[a]}{char}{_KANJI[b]}块") == f"{a * value + b * value // 10}块"
    assert canonical(f"{_KANJI[a]}{char}零{_KANJI[b]}块") == f"{a * value + b}块"


@given(st.integers(1, 100))
def test_every_percent_notation_is_the_share(n):
    expected = canonical(f"{n}%")
    assert expected == str(n)
    for text in (f"{n} percent", f"{n} per cent", f"{n}パーセント", f"{n}퍼센트", f"{n}프로", "百分之" + zh_numeral(n)):
        assert canonical(text) == expected, text


@given(st.integers(1, 9), st.integers(0, 9))
def test_wari_and_bu_are_tenths_and_hundredths(t, u):
    text = f"{_KANJI[t]}割" + (f"{_KANJI[u]}分" if u else "")
    assert canonical(text) == str(10 * t + u)


@given(st.integers(2, 9), st.integers(1, 8))
def test_cjk_fractions_read_their_parts(d, n):
    n = min(n, d - 1)
    assert canonical(f"{_KANJI[d]}分之{_KANJI[n]}") == f"{d}分之{n}"
    assert canonical(f"{_KANJI[d]}分の{_KANJI[n]}") == f"{d}分の{n}"
    assert canonical(f"{_KO_SINO[d]}분의 {_KO_SINO[n]}이요") == f"{d}분의 {n}이요"


@given(st.integers(1, 9), st.integers(1, 9))
def test_korean_native_ordinals(tens, unit):
    # (an ordinal's one and two are 한 and 두 after the tens: 열한째, 스물두째)
    word = {1: "한", 2: "두"}.get(unit, _KO_UNITS[unit])
    assert canonical(f"{_KO_TENS[tens]}{word}째요") == f"{tens * 10 + unit}번째요"


@given(st.integers(1, 999), st.sampled_from(["万円", "千円", "万元", "천 원", "만 원", "0円"]))
def test_a_keyword_is_never_inside_a_scaled_number(n, tail):
    # "12" is not in 12万 (120000), 12千 (12000) nor 120円
    assert find_term(canonical(f"{n}{tail}"), make_term(str(n))) == -1


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 99), st.integers(1, 99))
def test_a_share_is_paid_in_words_and_another_refused(n, m):
    q = "What share of the vote did you win?"
    assert paid("en", f"{n}%", q, f"We won {n} per cent of the vote.") == 1.0
    if m != n:
        assert paid("en", f"{n}%", q, f"We won {m} per cent of the vote.") == 0.0


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
def test_a_clock_keyword_is_paid_in_twelve_hour_words(h, mm):
    h12, part = h % 12 or 12, "pm" if h >= 12 else "am"
    key = f"{h}:{mm:02d}"
    assert paid("en", key, "What time do we meet?", f"Let's meet at {h12}:{mm:02d} {part}.") == 1.0
    other = (h12 % 12) + 1
    assert paid("en", key, "What time do we meet?", f"Let's meet at {other}:{mm:02d} {part}.") == 0.0


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 9), st.integers(2, 9))
def test_decades_are_the_years_and_no_other(k, j):
    key = f"{10 * k} years"
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
    assert paid("en", key, "How long have you lived here?", f"{words[k].capitalize()} decades now.") == 1.0
    if j != k:
        assert paid("en", key, "How long have you lived here?", f"{words[j].capitalize()} decades now.") == 0.0


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 9), st.sampled_from(["zh", "ja", "ko"]))
def test_an_hour_and_a_half_in_cjk(h, language):
    key = {"zh": f"{h}.5小时", "ja": f"{h}.5時間", "ko": f"{h}.5시간"}[language]
    said = {"zh": f"{h}个半小时。", "ja": f"{h}時間半くらい。", "ko": f"{h}시간 반 걸려요."}[language]
    wrong = {"zh": f"{h + 1}个半小时。", "ja": f"{h + 1}時間半くらい。", "ko": f"{h + 1}시간 반 걸려요."}[language]
    q = {"zh": "要多久？", "ja": "どのくらい？", "ko": "얼마나 걸려요?"}[language]
    assert paid(language, key, q, said) == 1.0
    assert paid(language, key, q, wrong) == 0.0
