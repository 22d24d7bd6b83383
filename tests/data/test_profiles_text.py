"""The "field: value" parser and list splitting, rule by rule (profiles_text.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raiden_r1.data.profiles_relations import parse_relationships
from raiden_r1.data.profiles_text import (
    extract_character_setting,
    is_field_name,
    parse_npc_setting,
    parse_setting_lines,
    split_items,
    split_numbered,
    split_top_level,
)


def test_ascii_and_fullwidth_colons_with_or_without_space():
    assert parse_npc_setting("姓名: 张三\n性别：男\n职业:厨师\n爱好 ： 钓鱼") == {
        "姓名": "张三", "性别": "男", "职业": "厨师", "爱好": "钓鱼"}


def test_stray_separators_ending_a_value_are_removed():
    fields = parse_npc_setting("性别: 男,\n身高: 175cm，\n关系: 父亲-张三;\n年龄: 30 ,")
    assert fields == {"性别": "男", "身高": "175cm", "关系": "父亲-张三", "年龄": "30"}


def test_line_without_field_prefix_continues_previous_value():
    fields = parse_npc_setting("经历: 第一段。\n第二段，在影视方面。\n,\n性格: 开朗")
    assert fields["经历"] == "第一段。\n第二段，在影视方面。"
    assert fields["性格"] == "开朗"


def test_comma_ending_an_inner_line_of_a_value_is_kept():
    fields = parse_npc_setting("Story: He sells books,\nand he wakes at five.\nAge: 60")
    assert fields["Story"] == "He sells books,\nand he wakes at five."


def test_numbered_line_with_colon_is_not_a_field():
    fields = parse_npc_setting("特异能力:\n1. 蛇佬腔:。可以听懂蛇的语言\n2. 心灵互通：可以预见\n性格: 勇敢")
    assert list(fields) == ["特异能力", "性格"]
    assert fields["特异能力"] == "1. 蛇佬腔:。可以听懂蛇的语言\n2. 心灵互通：可以预见"


def test_value_containing_colon_stays_whole():
    fields = parse_npc_setting("特异能力: 1. 蛇佬腔:。可以听懂蛇的语言。2. 心灵互通：可以预见")
    assert fields == {"特异能力": "1. 蛇佬腔:。可以听懂蛇的语言。2. 心灵互通：可以预见"}


@pytest.mark.parametrize("key", ["姓名", "不喜欢的事情/东西", "说话风格及口头禅", "Name", "Detailed Description",
                                 "名前", "이름", "身高(cm)"])
def test_field_names(key):
    assert is_field_name(key)


@pytest.mark.parametrize("key", ["1. 蛇佬腔", "1）丈夫", "(2) 女儿", "①妻子", "在影视方面，周杰伦说", "12", "He said",
                                 "1997年", "这是一个非常非常非常非常长的句子不是字段名", "One two three four five"])
def test_not_field_names(key):
    assert not is_field_name(key)


def test_timeline_lines_continue_the_value():
    fields = parse_npc_setting("演艺经历:\n1997年：签约阿尔法唱片公司\n2000年：发行首张专辑\n性格: 酷")
    assert fields["演艺经历"] == "1997年：签约阿尔法唱片公司\n2000年：发行首张专辑"


def test_url_is_not_a_field():
    fields = parse_npc_setting("主页: 见下\nhttps://example.org/x")
    assert fields == {"主页": "见下\nhttps://example.org/x"}


def test_bulleted_items_under_a_header_field_stay_in_it():
    fields = parse_npc_setting("人物关系：\n- 父亲：张三\n- 母亲：李四\n性格：开朗")
    assert fields == {"人物关系": "- 父亲：张三\n- 母亲：李四", "性格": "开朗"}


def test_section_titles_are_not_values():
    assert parse_npc_setting("## 基本信息\n姓名：张三\n【其他】\n爱好：钓鱼") == {"姓名": "张三", "爱好": "钓鱼"}


def test_bulleted_fields_at_top_level_are_fields():
    assert parse_npc_setting("- 姓名：张三\n- 年龄：30") == {"姓名": "张三", "年龄": "30"}


def test_duplicate_fields_are_merged_not_lost():
    fields = parse_npc_setting("爱好: 写日记\n性别: 女\n爱好: 观察海鸟\n爱好: 写日记")
    assert fields["爱好"] == "写日记\n观察海鸟"
    assert list(fields) == ["爱好", "性别"]


def test_duplicates_kept_as_pairs_before_merging():
    assert parse_setting_lines("a: 1\na: 2") == [("a", "1"), ("a", "2")]


def test_text_before_first_field_becomes_introduction_in_its_language():
    assert parse_npc_setting("一个爱笑的女孩。\n姓名: 小美\n年龄: 18")["简介"] == "一个爱笑的女孩。"
    assert parse_npc_setting("A cheerful girl.\nName: Amy\nAge: 18")["Introduction"] == "A cheerful girl."


def test_setting_on_one_line_is_split_at_inline_fields():
    assert parse_npc_setting("姓名：王小二；年龄：23岁；爱好：打篮球、玩游戏") == {
        "姓名": "王小二", "年龄": "23岁", "爱好": "打篮球、玩游戏"}


def test_common_fields_after_a_comma_start_a_new_field():
    fields = parse_npc_setting("姓名：张三，性别：男\n经历：他说：明天见，再见：后天")
    assert fields == {"姓名": "张三", "性别": "男", "经历": "他说：明天见，再见：后天"}


def test_inline_fallback_not_used_for_line_structured_text():
    fields = parse_npc_setting("姓名: 李四\n经历: 他说：明天见，再见：后天")
    assert fields == {"姓名": "李四", "经历": "他说：明天见，再见：后天"}


def test_bracket_and_bullet_field_headers():
    assert parse_npc_setting("【姓名】张三\n- 年龄: 20\n**职业**：医生") == {"姓名": "张三", "年龄": "20", "职业": "医生"}


def test_extract_character_setting_inside_longer_prompt():
    prompt = "System text.\n<Character Setting>\nName: A\nGender: F\n</Character Setting>\nMore text."
    assert extract_character_setting(prompt) == "Name: A\nGender: F"
    assert extract_character_setting("<character setting>Name: B") == "Name: B"
    assert extract_character_setting("no block here") is None


def test_split_top_level_ignores_separators_inside_brackets():
    assert split_top_level("娜美（第二个伙伴，从橘子镇开始），乌索普", "，") == ["娜美（第二个伙伴，从橘子镇开始）", "乌索普"]


def test_split_top_level_unbalanced_brackets_fall_back_to_plain_split():
    assert split_top_level("a（b，c", "，") == ["a（b", "c"]


def test_split_numbered_inline_and_markers():
    prefix, items = split_numbered("包括：1）丈夫刘建华，支持她。2）女儿刘晓晓。3）同事王阿姨")
    assert prefix == "包括："
    assert items == ["丈夫刘建华，支持她。", "女儿刘晓晓。", "同事王阿姨"]


def test_split_numbered_tolerates_repeated_number():
    _, items = split_numbered("1. 甲！2. 乙！3. 丙！4. 丁～5. 戊。5. 己，")
    assert len(items) == 6 and items[-1] == "己，"


def test_split_numbered_ignores_decimals_dates_and_abbreviations():
    assert split_numbered("身高1.75米，1980年07月31日，O.W.L.S.考试") == ("身高1.75米，1980年07月31日，O.W.L.S.考试", [])


def test_split_numbered_needs_two_items_in_sequence():
    assert split_numbered("第1. 名")[1] == []
    assert split_numbered("2. 乙 3. 丙")[1] == []


@pytest.mark.parametrize("value, items", [
    ("音乐创作、演唱、演戏", ["音乐创作", "演唱", "演戏"]),
    ("钢琴、大提琴、吉他、古筝、鼓等。", ["钢琴", "大提琴", "吉他", "古筝", "鼓"]),
    ("喜爱一切美食，最爱的食物是肉，爱睡觉", ["喜爱一切美食", "最爱的食物是肉", "爱睡觉"]),
    ("父亲-周耀中;母亲-叶惠美；妻子-昆凌", ["父亲-周耀中", "母亲-叶惠美", "妻子-昆凌"]),
    ("1）别忘了把卫生搞好！ 2）熄灯了啊，都安静点！", ["别忘了把卫生搞好", "熄灯了啊，都安静点"]),
    ("音乐：《七里香》《以父之名》《东风破》等。", ["《七里香》", "《以父之名》", "《东风破》"]),
    ("chess, gardening and old jazz records", ["chess", "gardening", "old jazz records"]),
    ("diving, sketching, and sailing", ["diving", "sketching", "sailing"]),
    ("読書、お菓子作り", ["読書", "お菓子作り"]),
    ("- 篮球\n- 游泳", ["篮球", "游泳"]),
    ("金牛座", ["金牛座"]),
    ("rock and roll", ["rock and roll"]),
    ("男女平等、人人平等", ["男女平等", "人人平等"]),
    ("", []),
])
def test_split_items(value, items):
    assert split_items(value) == items


def test_split_items_does_not_split_inside_brackets():
    assert split_items("阿利（芙蓉、哈利）、救世主") == ["阿利（芙蓉、哈利）", "救世主"]


def test_split_items_prefers_sentences_over_commas():
    assert split_items("单纯天真、乐观积极。在食物方面表现贪婪，但很无私。") == [
        "单纯天真、乐观积极", "在食物方面表现贪婪，但很无私"]
    assert split_items("Mr. Smith is kind. He likes tea.") == ["Mr. Smith is kind", "He likes tea"]


# --- properties --------------------------------------------------------------------------------

_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_VALUE_CHARS = st.one_of(_HAN, st.sampled_from(list("abcXYZ 0123456789，。、（）《》-·")))


@st.composite
def _settings(draw):
    keys = draw(st.lists(st.text(_HAN, min_size=1, max_size=8), min_size=1, max_size=8, unique=True))
    values = [draw(st.text(_VALUE_CHARS, min_size=0, max_size=30)) + draw(_HAN) for _ in keys]
    seps = [draw(st.sampled_from([": ", ":", "：", "： "])) for _ in keys]
    ends = [draw(st.sampled_from(["", ",", "，", " ,"])) for _ in keys]
    text = "\n".join(f"{k}{s}{v}{e}" for k, s, v, e in zip(keys, seps, values, ends))
    return text, {k: v.strip() for k, v in zip(keys, values)}


@settings(max_examples=150, deadline=None)
@given(_settings())
def test_property_rendered_fields_parse_back(case):
    text, expected = case
    assert parse_npc_setting(text) == expected


@settings(max_examples=150, deadline=None)
@given(st.text(st.one_of(_VALUE_CHARS, st.sampled_from(list(":：;；,\n1)）."))), max_size=80))
def test_property_arbitrary_text_never_raises_and_no_value_ends_with_a_separator(text):
    for value in parse_npc_setting(text).values():
        assert value and not value.endswith((",", "，", ";", "；"))
        split_items(value)
        parse_relationships(value)
