"""The character spoken of by a short or pet name others make of its name ("Marc is 34", "Hale's 34",
"小梅今年28岁", "健ちゃんは41歳", "훈이는 25살이에요"), a pet or person named in prose in the profile
("一只叫团子的猫", "ポチという名前の柴犬"), and a person of the profile introduced in a short clause of
its own ("It's Jenna.", "Captain Ortiz speaking.", "美咲よ。", "コタロウだワン", "민수 형이에요"): not the
character speaking. The character's own name and first person still are."""

from __future__ import annotations

import pytest

from raiden_r1.data.people import pet_names_of, profile_others
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth


truth = profile_truth


EN = ("en", "Dorian Pike", {"Age": "52", "Family": "wife Greta; son Olly", "Colleague": "sergeant Vera Mott"}, "How old are you?", "52")
ZH = ("zh", "周晓岚", {"年龄": "31", "宠物": "一只叫豆包的狗", "人物关系": "哥哥周浩"}, "你多大了？", "31")
JA = ("ja", "森田健二", {"年齢": "45", "家族": "妻の千景、娘のみのり", "ペット": "ポチという名前の柴犬"}, "おいくつですか？", "45")
KO = ("ko", "박지훈", {"나이": "29", "가족": "형 박민호", "반려동물": "보리라는 고양이"}, "몇 살이에요?", "29")


def test_pet_names_of_a_name():
    assert {"pike", "d pike", "dori"} <= set(pet_names_of("Dorian Pike", "en"))
    assert {"岚岚", "小岚", "老周"} <= set(pet_names_of("周晓岚", "zh"))
    assert "健ちゃん" in pet_names_of("森田健二", "ja")
    assert {"훈이", "박씨"} <= set(pet_names_of("박지훈", "ko"))


def test_names_given_in_prose():
    assert "豆包" in profile_others("周晓岚", ZH[2]) and "ポチ" in profile_others("森田健二", JA[2])
    assert "보리" in profile_others("박지훈", KO[2])
    assert "柴犬" not in profile_others("森田健二", JA[2])


@pytest.mark.parametrize("case,answer", [
    (EN, "Pike's 52."), (EN, "Dori is 52, and tired."),
    (ZH, "小岚今年31岁。"), (ZH, "岚岚31岁啦。"),
    (JA, "健ちゃんは45歳やで。"),
    (KO, "훈이는 29살이에요."), (KO, "박씨는 스물아홉이에요."),
    (EN, "It's Greta. He's 52."), (EN, "Sergeant Mott speaking. I'm 52."),
    (ZH, "我是豆包，汪！主人31岁。"),
    (JA, "千景よ。45歳。"), (JA, "ポチだワン。45歳だワン。"),
    (KO, "민호 형이에요. 저는 29살이에요."), (KO, "저는 형 박민호인데 동생이 29살이에요."),
])
def test_spoken_of_from_outside_or_as_someone_else(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN, "I'm 52. Greta says I look 60."), (EN, "Fifty-two. Olly keeps count."),
    (ZH, "我31岁，豆包三岁。"), (JA, "45歳です。千景は一つ下。"), (KO, "29살이에요. 보리는 세 살이고요."),
])
def test_the_character_speaking_is_paid(case, answer):
    assert keyword_accuracy(answer, truth(*case)) == 1.0, answer
