"""Session 33 (r7): how Japanese and Korean speakers give a name or vouch for a value. A Korean name
ending in 이 before the archaic or polite copula ("복실이옵니다"), a name given with 라 (고) 하다 / 부르다
in any speech level ("복실이라고 하옵니다", "서희라 불러 주시오"), a Japanese "one called X" ("辰五郎って
もんだ"), and the Kansai plain negative question that vouches ("六月二十一日ちゃうかったか？") are paid; the
nearest attacks (another word glued to the name, hearsay, a list, a plain "it isn't", doubt) are not."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

BOKSIL = GroundTruth(answer="복실이옵니다.", keywords=(("복실이",),), language="ko", question="네 이름이 뭐니?",
                     character_name="복실이", subject="self")
SEOHUI = GroundTruth(answer="서희라 하오.", keywords=(("서희",),), negative_keywords=("지민",), language="ko",
                     question="아가씨, 이름이 어떻게 되오?", character_name="서희", subject="self")
TATSU = GroundTruth(answer="め組でい。", keywords=(("め組",),), negative_keywords=("ろ組",), language="ja",
                    question="辰五郎さん、あんたどこの組の火消しだい？", character_name="辰五郎", subject="self")
BIRTHDAY = GroundTruth(answer="六月二十一日やで。", keywords=(("六月二十一日", "6月21日"),), language="ja",
                       question="誕生日いつやったっけ？", character_name="美咲", subject="self")


@pytest.mark.parametrize("answer", ["복실이옵니다.", "제 이름은 복실이옵니다.", "복실이올시다.", "쇤네는 복실이외다.",
                                    "소인은 복실이라오.", "복실이오."])
def test_a_name_in_i_before_the_archaic_copula_is_paid(answer):
    assert keyword_accuracy(answer, BOKSIL) == 1.0, answer


@pytest.mark.parametrize("answer", ["복실이옷은 없어요.", "복실이빵을 좋아해요."])
def test_another_word_glued_to_the_name_is_not_the_name(answer):
    assert keyword_accuracy(answer, BOKSIL) == 0.0, answer


@pytest.mark.parametrize("answer", ["쇤네는 복실이라고 하옵니다.", "복실이라 하옵니다.", "복실이라고 하지요."])
def test_a_name_given_with_ra_hada_in_an_old_speech_level_is_paid(answer):
    assert keyword_accuracy(answer, BOKSIL) == 1.0, answer


@pytest.mark.parametrize("answer", ["복실이라고 하더라.", "언니가 복실이라고 하옵니다.", "사람들이 복실이라고 했대요."])
def test_a_name_reported_from_others_is_still_not_paid(answer):
    assert keyword_accuracy(answer, BOKSIL) == 0.0, answer


@pytest.mark.parametrize("answer", ["서희라 불러 주시오.", "서희라 불러 주십시오.", "그냥 서희라 불러 주게.", "서희라 불러 다오."])
def test_a_short_request_with_the_name_is_no_keyword_dump(answer):
    assert keyword_accuracy(answer, SEOHUI) == 1.0, answer


@pytest.mark.parametrize("answer", ["서희 지민 하은", "서희, 지민, 하은, 수아"])
def test_a_list_of_names_is_still_a_dump(answer):
    assert keyword_accuracy(answer, SEOHUI) == 0.0, answer


@pytest.mark.parametrize("answer", ["め組の辰五郎ってもんだ。", "あっしは、め組の辰五郎って者でさ。", "芝のめ組、辰五郎ってぇもんでい。"])
def test_one_called_by_the_own_name_is_no_narration(answer):
    assert keyword_accuracy(answer, TATSU) == 1.0, answer


@pytest.mark.parametrize("answer", ["辰五郎はめ組の纏持ちだ。", "辰五郎ってのは、め組の纏持ちさ。"])
def test_the_own_name_as_a_subject_still_narrates(answer):
    assert keyword_accuracy(answer, TATSU) == 0.0, answer


@pytest.mark.parametrize("answer", ["六月二十一日ちゃうかったか？", "6月21日ちゃうん？", "6月21日とちゃうの？ 前にも言うたやん。",
                                    "6月21日ちゃうんか？"])
def test_the_kansai_negative_question_vouches(answer):
    assert keyword_accuracy(answer, BIRTHDAY) == 1.0, answer


@pytest.mark.parametrize("answer", ["6月21日ちゃうわ。", "6月21日ちゃうで。", "6月21日ちゃうん。", "六月二十一日とちゃうかったっけ？",
                                    "6月21日ちゃうかな？", "6月21日ちゃいます。"])
def test_the_kansai_denial_or_doubt_is_not_paid(answer):
    assert keyword_accuracy(answer, BIRTHDAY) == 0.0, answer
