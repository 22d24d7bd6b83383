"""The card parser, from the 69th review: a value cut mid-sentence (its line ends in a comma) goes
on in the next line, never in the description field; common fields written as sentences inside an
English description line ("Age: 27. Birthday: …") are fields of their own. Cards written here."""

from __future__ import annotations

from raiden_r1.data.profiles_text import parse_setting_lines


def test_a_value_line_ending_in_a_comma_goes_on_in_the_next_line():
    for text, field, tail in (
            ("姓名：林雪\n时代背景：南宋末年\n经历：十岁那年被师父所救，\n自此拜入青城派，苦练十年剑法。", "经历", "苦练十年剑法"),
            ("名前：雪乃\n時代背景：江戸時代\n経歴：十歳のとき師匠に拾われ、\nそれから十年、剣の修行を続けてきた。", "経歴", "剣の修行"),
            ("이름: 한설\n배경: 조선 후기\n경력: 열 살에 스승에게 거두어졌고,\n그 뒤로 십 년 동안 검술을 익혔다.", "경력", "검술"),
            ("Name: Ada\nBackground: a port town\nHistory: she was taken in by a smuggler at ten,\nAnd she has sailed with him ever since.", "History", "ever since")):
        fields = dict(parse_setting_lines(text))
        assert tail in fields[field], field


def test_common_fields_inside_an_english_description_line_are_fields():
    fields = dict(parse_setting_lines(
        "Name: Iris Kell\nGender: Female\nDetailed Description: Age: 31. Birthday: March 9th. Raised on a "
        "salvage barge. Occupation: salvage diver.\nPet: a crab named Pinch"))
    assert fields["Age"] == "31." and fields["Birthday"] == "March 9th."
    assert fields["Occupation"] == "salvage diver."
    assert "salvage barge" in fields["Detailed Description"]
