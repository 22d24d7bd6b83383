"""Two neighbouring numbers said as one ("七八岁", "二三十年", "两三个"): an estimate, read as a range;
and a one-syllable Korean keyword inside a longer word ("불" in "불가능", "물" in "물가")."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical, find_term, make_term, match_form
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


@pytest.mark.parametrize("text,expected", [
    ("七八岁", "7 8岁"), ("二三十年", "20 30年"), ("两三个", "2 3个"), ("三五年", "3 5年"), ("五六十个", "50 60个"),
    ("二十三岁", "23岁"), ("二〇〇九年", "2009年"), ("一五零二房", "1502房"),
])
def test_neighbouring_numbers_are_two(text, expected):
    assert canonical(text) == expected


def _zh(key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=key, keywords=((key,),), language="zh", question=question)


@pytest.mark.parametrize("key,answer", [("30", "二三十年啦，记不清咯。"), ("8", "七八岁吧。"), ("300", "两三百只总有的。")])
def test_an_estimate_is_not_the_number(key, answer):
    assert keyword_accuracy(answer, _zh(key, "多少？")) == 0.0


@pytest.mark.parametrize("key,answer", [("30", "三十年啦，从年轻干到现在。"), ("8", "八岁！"), ("23", "二十三岁。")])
def test_the_number_itself_is_paid(key, answer):
    assert keyword_accuracy(answer, _zh(key, "多少？")) == 1.0


@pytest.mark.parametrize("key,text", [("불", "마법은 저한테 불가능해요"), ("물", "요즘 물가가 너무 올랐어"), ("용", "그건 용이하지 않아"),
                                      ("불", "그건 불과하다")])
def test_a_syllable_inside_a_word_is_not_the_keyword(key, text):
    assert find_term(match_form(canonical(text)), make_term(key)) == -1


@pytest.mark.parametrize("key,text", [("불", "불이에요"), ("불", "제 원소는 불이죠"), ("용", "용띠예요"), ("물", "물입니다"),
                                      ("불", "불과 물 중에 불")])
def test_a_syllable_with_its_particle_is_the_keyword(key, text):
    assert find_term(match_form(canonical(text)), make_term(key)) != -1
