"""Session 31: a note after a relative's name (comma-parted) never swallows or invents a relative."""

import pytest

from raiden_r1.data.profiles_relations import parse_relationships


@pytest.mark.parametrize("value, expected", [
    # zh: a sentence stop ends an entry as ";" does
    ("妹妹：林小雨，在读大学，养了一只猫。丈夫：陈国强，开出租车", [("妹妹", "林小雨"), ("丈夫", "陈国强")]),
    # zh: a relation word spaced from its name opens an entry after a note
    ("妹妹 林小雨，在读大学，养了一只猫，好友 王芳", [("妹妹", "林小雨"), ("好友", "王芳")]),
    # en: "relation Name" after a comma note is the next person, not part of the note
    ("sister Mei Lin, at university, keeps a cat, father Tan Boon Huat, fisherman",
     [("sister", "Mei Lin"), ("father", "Tan Boon Huat")]),
    # ko: the same after a bracketed note
    ("여동생 김소연(대학생, 고양이를 키움), 아버지 김철수(어부)", [("여동생", "김소연"), ("아버지", "김철수")]),
    # ja/ko: what the relative is or does, listed after the name, is no second person
    ("妹：美咲、大学生、猫を飼っている；父：健一、漁師", [("妹", "美咲"), ("父", "健一")]),
    ("여동생: 김소연, 대학생, 고양이를 키움; 아버지: 김철수, 어부", [("여동생", "김소연"), ("아버지", "김철수")]),
])
def test_entry_after_a_comma_note_is_kept(value, expected):
    assert parse_relationships(value) == expected


def test_ja_sentence_is_no_name():
    assert parse_relationships("父の健一は漁師。") == []


def test_two_people_of_one_relation_still_listed():
    assert parse_relationships("妹：美咲、千夏") == [("妹", "美咲"), ("妹", "千夏")]
    assert parse_relationships("兄弟：张三，李四") == [("兄弟", "张三"), ("兄弟", "李四")]
