"""Session 31: Latin, Romanian and Polish answers to an English question are the wrong language
(their function words and the letters English never writes, lexicon/foreign_latin.yaml), while an
English answer with a loan word or a name in them is paid; an HTML comment is markup in any
language."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy, score_response


def en(keyword, question):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language="en", question=question)


BEES = en("undercroft", "Where do you keep the bee skeps through the winter?")
YEAR = en("1961", "What year did you come to America?")
PET = en("Pickle", "Do you remember my hamster's name?")


@pytest.mark.parametrize("answer,t", [
    ("In crypta horrei decimarum — the undercroft, ut dicitis — alvearia per hiemem servo, amice.", BEES),
    ("Undercroft, amice: ibi apes semper hieme habeo, ut tibi dico.", BEES),
    ("În 1961, draga mea, pe 14 martie. Mai era zăpadă la New York.", YEAR),
    ("Am venit în 1961, dragă, și era foarte frig.", YEAR),
    ("Tak! To Pickle! Czy mogę go potrzymać po szkole?", PET),
    ("Pickle, proszę pani! Już bardzo go lubię.", PET),
])
def test_latin_romanian_and_polish_are_the_wrong_language(answer, t):
    assert score_response(answer, t)["language_ok"] == 0.0, answer


@pytest.mark.parametrize("answer,t", [
    ("In the undercroft, amice, as the abbot taught me — 'tis dry there.", BEES),
    ("Nineteen sixty-one, dragă. I came through Constanța with one suitcase.", YEAR),
    ("Yeah, Pickle! Tak, that's him — my babcia in Łódź calls him Pikuś.", PET),
    ("Per aspera ad astra, friend: the undercroft of the tithe barn.", BEES),
])
def test_an_english_answer_with_a_foreign_word_or_name_is_paid(answer, t):
    assert score_response(answer, t)["language_ok"] == 1.0, answer
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("answer,keyword,language", [
    ("Yeah! It's Pickle! <!-- model note: persona maintained -->", "Pickle", "en"),
    ("是三九二七。<!-- 角色保持中 -->", "三九二七", "zh"),
    ("ポチだよ！<!-- note -->", "ポチ", "ja"),
    ("보리예요! <!-- 메모: 캐릭터 유지 -->", "보리", "ko"),
])
def test_an_html_comment_is_markup(answer, keyword, language):
    t = GroundTruth(answer=keyword, keywords=((keyword,),), language=language)
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("answer", ["Yeah! It's Pickle! <3", "Pickle -> the fat one!", "Pickle, the one <- over there."])
def test_arrows_and_hearts_are_no_markup(answer):
    assert keyword_accuracy(answer, PET) == 1.0, answer
