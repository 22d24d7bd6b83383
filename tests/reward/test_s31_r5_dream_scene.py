"""Session 31 (r5): the keyword as where a dream took the speaker ("某昨夜梦回居延", "In my dream last night,
I was back at Kepler Station", "ゆうべ夢で大阪に帰った", "어젯밤 꿈에 부산에 갔어") is not asserted; a dream
after the keyword ("某戍守居延塞，夜夜梦回颍川"), or "even in my dreams", leaves it paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def where(language, question, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question)


ZH = ("zh", "你在哪里戍边？", "居延")
EN = ("en", "Where is your bakery?", "Elm Street")
JA = ("ja", "どこの生まれですか？", "大阪")
KO = ("ko", "고향이 어디세요?", "부산")


@pytest.mark.parametrize("record,answer", [
    (ZH, "某昨夜梦回居延，醒来却不知身在何处。"), (ZH, "昨夜梦里，又回到了居延。"), (ZH, "梦中回到居延塞，醒来泪湿衣襟。"),
    (EN, "In my dream last night, I was back on Elm Street."), (EN, "In a dream, I walked down Elm Street."),
    (JA, "ゆうべ夢で大阪に帰ったんです。"), (KO, "어젯밤 꿈에 부산에 갔어요."),
])
def test_the_place_of_a_dream_is_not_asserted(record, answer):
    assert keyword_accuracy(answer, where(*record)) == 0.0, answer


@pytest.mark.parametrize("record,answer", [
    (ZH, "某戍守居延塞，夜夜梦回颍川。"), (ZH, "居延塞，梦里也忘不了。"), (ZH, "某戍守居延塞，已三载矣。"),
    (EN, "Elm Street, pal. I see it even in my dreams."), (EN, "Elm Street, pal. Some nights I dream about the old country."),
    (JA, "大阪です。夢でも大阪弁しゃべってます。"), (KO, "부산이에요. 꿈에서도 바다가 보여요."),
])
def test_a_dream_after_the_keyword_or_even_in_dreams_is_paid(record, answer):
    assert keyword_accuracy(answer, where(*record)) == 1.0, answer
