"""Review 67's key, negative, decoy and late-relative findings: a relative dead by a note after a
comma ("father Lim Boon Huat, passed away in 2008"), a negative inside the character's trade
(swimming for a pearl diver), short forms of the card's own wording (象棋 of 下象棋, 土手鍋 of
牡蠣の土手鍋, 溶接 of 溶接工), and wrong answers of the card's own country (no Brighton or "Ada
Ellison" for a Singaporean). Cards invented here."""

from __future__ import annotations

import re

import pytest

from built_records import alternatives, built_records, gold_accuracy, profile


def _relation(card, word):
    return [r for r in built_records(card) if r.metadata.family.startswith("relation:") and word in r.metadata.family]


@pytest.mark.parametrize("card, word, past", [
    (profile("Lim Siew Hua", "en", Name="Lim Siew Hua", Age="40",
             Family="mother Goh Bee Lian, 66, a seamstress; father Lim Boon Huat, passed away in 2008"),
     "father", r"\bwas\b"),
    (profile("Mary Quinn", "en", Name="Mary Quinn", Age="70", Family="husband Patrick Quinn, died at sea in 1961, son Sean, 40"),
     "husband", r"\bwas\b"),
    (profile("周桂兰", "zh", 姓名="周桂兰", 年龄="六十岁", 家人="丈夫李国强，2001年病故；女儿李丽，二十岁"), "丈夫", "过世|已故"),
    (profile("中村 トメ", "ja", 名前="中村 トメ", 年齢="七十歳", 家族="夫・中村 正一、昭和二十年に戦死\n娘・中村 花子"), "夫", "亡くなった"),
    (profile("박순자", "ko", 이름="박순자", 나이="65세", 가족="남편 김영길, 1970년 바다에서 세상을 떠남\n딸 김미경"), "남편", "돌아가신|세상을 떠난"),
])
def test_a_relative_dead_by_a_note_after_a_comma_is_asked_in_the_past(card, word, past):
    records = _relation(card, word)
    assert records and all(re.search(past, r.question + r.answer) for r in records)


def test_a_relative_after_a_dead_one_stays_alive():
    card = profile("Mary Quinn", "en", Name="Mary Quinn", Age="70", Family="daughter Aoife Byrne, 40, a nurse; husband Patrick Quinn, died at sea in 1961")
    sons = _relation(card, "daughter")
    assert sons and not any(re.search(r"\bwas\b", r.question + r.answer) for r in sons)
