"""parse_relationships on the RAIDEN sample roles and on values written the same ways."""

import pytest

from raiden_r1.data.profiles import load_profiles, parse_relationships, raiden_roles


@pytest.fixture(scope="module")
def sample_relations(raiden_sample):
    return {key: parse_relationships(p.fields["人物关系"]) for key, p in raiden_roles(raiden_sample).items()}


def test_luffy_label_dash_names_dash_note(sample_relations):
    assert sample_relations["路飞"] == [
        ("父亲", "蒙奇·D·龙"), ("爷爷", "蒙奇·D·卡普"), ("义兄弟", "波特卡斯·D·艾斯"), ("义兄弟", "萨博"),
        ("伙伴", "娜美"), ("伙伴", "乌索普"), ("恩人", "香克斯")]


def test_dorm_auntie_numbered_relation_fused_to_name(sample_relations):
    assert sample_relations["宿管阿姨"] == [("丈夫", "刘建华"), ("女儿", "刘晓晓"), ("同事", "王阿姨")]


def test_jay_note_after_name_is_not_a_person(sample_relations):
    pairs = sample_relations["周杰伦"]
    assert ("妻子", "昆凌") in pairs
    assert not any(any(c.isdigit() for c in person) for _, person in pairs)
    assert [p for r, p in pairs if r == "女儿"] == ["Hathaway", "Jacinda"]
    assert [p for r, p in pairs if r == "好友"] == ["林俊杰", "刘耕宏", "萧敬腾"]


def test_harry_fullwidth_semicolons_and_spaced_dots(sample_relations):
    pairs = sample_relations["哈利波特"]
    assert pairs[:3] == [("挚友", "赫敏 • 格兰杰"), ("挚友", "罗恩 • 韦斯莱"), ("父亲", "詹姆 • 波特")]
    assert ("宿敌", "伏地魔") in pairs


def test_li_yunlong_bracketed_notes_dropped(sample_relations):
    pairs = sample_relations["李云龙"]
    assert [p for r, p in pairs if r == "妻子"] == ["杨秀芹", "田雨"]
    assert [p for r, p in pairs if r == "养子"] == ["赵山", "赵高", "赵水", "赵长"]


def test_every_sample_person_occurs_in_the_value(raiden_sample):
    # The builder turns persons into keywords, which must be grounded in the profile text.
    for p in load_profiles(raiden_sample):
        for relation, person in parse_relationships(p.fields["人物关系"]):
            assert relation in p.fields["人物关系"] and person in p.fields["人物关系"]


@pytest.mark.parametrize("value, pairs", [
    ("妻子-昆凌，2015年1月17日在英国举行婚礼", [("妻子", "昆凌")]),
    ("1）丈夫刘建华，支持她的工作，两人共同热爱厨艺和园艺。", [("丈夫", "刘建华")]),
    ("父亲-张三，母亲-李四", [("父亲", "张三"), ("母亲", "李四")]),
    ("哥哥-林海-渔船船长;好友-阿珍,小梅等", [("哥哥", "林海"), ("好友", "阿珍"), ("好友", "小梅")]),
    ("她的丈夫名叫刘建华，女儿叫刘晓晓", [("丈夫", "刘建华"), ("女儿", "刘晓晓")]),
    ("刘建华（丈夫）", [("丈夫", "刘建华")]),
    ("幼馴染：高橋健太；妹：佐藤ゆい", [("幼馴染", "高橋健太"), ("妹", "佐藤ゆい")]),
    ("父：山田太郎、母：山田花子", [("父", "山田太郎"), ("母", "山田花子")]),
    ("Father - Tomas Reyes, a retired miner; Best friend: Priya Nair",
     [("Father", "Tomas Reyes"), ("Best friend", "Priya Nair")]),
    ("Friends: Tom, Jerry and Spike", [("Friends", "Tom"), ("Friends", "Jerry"), ("Friends", "Spike")]),
    ("Mentor: Jean-Luc Picard", [("Mentor", "Jean-Luc Picard")]),
    ("- 父亲：张三\n- 母亲：李四", [("父亲", "张三"), ("母亲", "李四")]),
    ("徒弟：宋远桥、俞莲舟、张翠山等“武当七侠”", [("徒弟", "宋远桥"), ("徒弟", "俞莲舟"), ("徒弟", "张翠山")]),
    ("父亲林如海（巡盐御史）、母亲贾敏（已故）", [("父亲", "林如海"), ("母亲", "贾敏")]),
    ("丈夫刘建华，女儿很孝顺", [("丈夫", "刘建华")]),
])
def test_written_the_same_ways(value, pairs):
    assert parse_relationships(value) == pairs


@pytest.mark.parametrize("value", ["", "性格开朗，喜欢交朋友", "Jean-Luc Picard - captain", "2015年-结婚", "父母双亡，由外婆带大"])
def test_no_person_no_pair(value):
    assert parse_relationships(value) == []


def test_duplicate_pairs_are_listed_once():
    assert parse_relationships("父亲-张三;父亲-张三") == [("父亲", "张三")]
