"""The character's own value given to another person of the profile as the clause's subject
("真壁くんは168cmですよ", "채아가 172cm예요", "刘娟183厘米", "Winnie's 34"), or to a relative the value
describes ("5月5日生まれの弟がいまして", "9월 17일생인 친구", "a brother born on May 5"): not the
character's answer. The character's own clause, or the other person beside "I", still is."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth


truth = profile_truth


JA = ("ja", "早川柚子", {"身長": "163cm", "同僚": "看護師・水野透（身長175cm）", "家族": "弟・早川湊"}, "柚子さん、身長は？", "163cm")
KO = ("ko", "문가을", {"키": "166cm", "동료": "같은 팀 윤서진(키 158cm)", "가족": "남동생 문겨울"}, "가을 씨 키가 몇이에요?", "166cm")
ZH = ("zh", "王秋月", {"身高": "176厘米", "人物关系": "队友李冬梅（身高168厘米）；教练老周"}, "你多高？", "176厘米")
EN = ("en", "Marla Quince", {"Height": "170 cm", "Relationships": "sister - Opal Quince; colleague - Reuben Fisk"}, "How tall are you?", "170 cm")
JA_BD = ("ja", "早川柚子", {"誕生日": "3月3日", "家族": "弟・早川湊"}, "お誕生日はいつ？", "3月3日")
KO_BD = ("ko", "문가을", {"생일": "10월 2일", "가족": "남동생 문겨울"}, "생일이 언제예요?", "10월 2일")
ZH_BD = ("zh", "王秋月", {"生日": "8月8日", "人物关系": "弟弟王秋阳"}, "你生日是哪天？", "8月8日")
EN_BD = ("en", "Marla Quince", {"Birthday": "May 5", "Relationships": "brother - Tam Quince"}, "When's your birthday?", "May 5")


@pytest.mark.parametrize("case,answer", [
    (JA, "水野さんは163cmですよ。私はもう少し低いです。"),
    (KO, "서진이가 166cm예요. 저는 158이고요."),
    (ZH, "李冬梅176厘米，我168。"),
    (EN, "Opal's 170 cm. I'm the short one."),
    (JA_BD, "3月3日生まれの弟がいるんです。私は冬生まれ。"),
    (KO_BD, "10월 2일생인 남동생이 있어요. 저는 봄이에요."),
    (ZH_BD, "8月8日出生的弟弟是我们家的宝。我是冬天生的。"),
    (EN_BD, "I've a brother born on May 5. Mine's in winter."),
])
def test_the_value_given_to_someone_else_is_not_the_answer(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (JA, "私は163cmです。水野さんは175cmですね。"),
    (KO, "저는 166cm예요. 서진이는 158이고요."),
    (ZH, "我176厘米，李冬梅比我矮一点。"),
    (ZH, "李冬梅和我不一样，我176厘米。"),
    (EN, "I'm 170 cm, Opal's a touch shorter."),
    (JA_BD, "3月3日です。弟の湊は夏生まれ。"),
])
def test_the_characters_own_clause_is_paid(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 1.0, answer
