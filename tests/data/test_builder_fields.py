"""Field-family recognition across languages (raiden_r1.data.builder.fields)."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.fields import GENERIC, classify_field


@pytest.mark.parametrize(
    "field, family",
    [
        ("Name", "name"), ("姓名", "name"), ("名前", "name"), ("이름", "name"), ("中文名", "name"),
        ("Age", "age"), ("年龄", "age"), ("年齢", "age"), ("나이", "age"),
        ("Birthday", "birthday"), ("出生日期", "birthday"), ("生日", "birthday"), ("誕生日", "birthday"),
        ("생일", "birthday"),
        ("Hometown", "hometown"), ("出生地", "hometown"), ("籍贯", "hometown"), ("出身地", "hometown"),
        ("居住地", "residence"), ("Residence", "residence"),
        ("Occupation", "occupation"), ("职业", "occupation"), ("職業", "occupation"), ("毕业后职业", "occupation"),
        ("Hobbies", "hobbies"), ("爱好", "hobbies"), ("趣味", "hobbies"), ("취미", "hobbies"),
        ("Favourite food", "food"), ("最爱的食物", "food"), ("好きな食べ物", "food"),
        ("人物关系", "relationships"), ("家族", "relationships"), ("Relationships", "relationships"),
        ("口头禅", "catchphrase"), ("口癖", "catchphrase"), ("Catchphrases", "catchphrase"),
        ("宠物", "pets"), ("Pets", "pets"), ("擅长乐器", "skills"), ("Skills", "skills"),
        ("身高", "height"), ("Height", "height"), ("星座", "zodiac"), ("毕业院校", "school"),
        ("英文名", "english_name"), ("别称", "nickname"), ("习惯", "habits"),
    ],
)
def test_field_names_map_to_their_family_in_every_language(field, family):
    assert classify_field(field).name == family


@pytest.mark.parametrize(
    "field, family",
    [
        ("说话风格及口头禅", "catchphrase"),  # not speaking style: the catch-phrase is the askable part
        ("不喜欢的事情/东西", "dislikes"),  # not hobbies, although it contains 喜欢
        ("喜欢的运动", "sports"),
        ("Family background", "narrative"),  # a story, not a family list
        ("家庭背景", "narrative"),
        ("所属作品", "source_work"),  # not organisation (所属)
        ("Relationship status", "marital"),  # not relationships
        ("出生地", "hometown"),  # not birthday (出生)
    ],
)
def test_nested_names_resolve_by_priority(field, family):
    assert classify_field(field).name == family


def test_unknown_short_label_is_generic_and_sentences_are_unusable():
    assert classify_field("血统") is GENERIC
    assert classify_field("Blood magic") is GENERIC
    assert classify_field("这是一个非常长的不像字段名的句子") is None
    assert classify_field("   ") is None


def test_latin_aliases_match_whole_words_only():
    assert classify_field("Stage") is GENERIC  # "age" inside "Stage" is no age field
    assert classify_field("Notable works").name == "works"  # "work" (occupation) is not "works"
