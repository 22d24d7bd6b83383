"""Profile loaders: the RAIDEN sample, our own fixtures in the three formats, and every error."""

import json
from pathlib import Path

import pytest

from raiden_r1.data.profiles import (
    check_profiles,
    detect_profile_format,
    load_profiles,
    raiden_roles,
    read_json_document,
    split_items,
)
from raiden_r1.data.schema import Profile
from raiden_r1.errors import RaidenError

FIXTURES = Path(__file__).parent / "fixtures"


def _write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content, ensure_ascii=False),
                    encoding="utf-8")
    return path


# --- the real RAIDEN sample -------------------------------------------------------------------

@pytest.fixture(scope="module")
def sample(raiden_sample) -> dict[str, Profile]:
    return raiden_roles(raiden_sample)


def test_sample_loads_all_roles_in_order(raiden_sample):
    profiles = load_profiles(raiden_sample)
    assert [p.name for p in profiles] == ["蒙奇·D·路飞", "哈利·詹姆斯·波特", "周杰伦", "李秀芬", "李云龙"]
    assert {p.language for p in profiles} == {"zh"}
    assert profiles[0].npc_type == "虚拟IP" and profiles[2].npc_type == "真实人物"


def test_sample_source_names_file_role_index_and_key(sample):
    assert sample["宿管阿姨"].source == "raiden_npc_sample.json: role 3 (宿管阿姨)"


def test_luffy_hobby_mentions_meat(sample):
    assert "肉" in sample["路飞"].fields["爱好"]
    assert "肉" in split_items(sample["路飞"].fields["爱好"])[1]


def test_dorm_auntie_named_from_fullwidth_field_and_keeps_all_relations(sample):
    auntie = sample["宿管阿姨"]
    assert auntie.name == "李秀芬"
    relations = auntie.fields["人物关系"]
    assert all(s in relations for s in ("1）丈夫刘建华", "2）女儿刘晓晓", "3）同事王阿姨"))
    assert len(split_items(relations)) == 3


def test_harry_named_from_chinese_name_field(sample):
    assert sample["哈利波特"].name == "哈利·詹姆斯·波特"


def test_jay_career_holds_both_paragraphs(sample):
    career = sample["周杰伦"].fields["演艺经历"]
    assert career.startswith("1997年") and "在影视方面" in career and career.endswith("《青蜂侠》。")
    assert "喜欢的运动" not in career and sample["周杰伦"].fields["喜欢的运动"] == "篮球、双截棍。"


def test_no_sample_value_ends_with_a_comma_or_is_empty(sample):
    for profile in sample.values():
        for field, value in profile.fields.items():
            assert value and not value.endswith((",", "，")), (profile.name, field)


def test_sample_keys_and_values_around_colons(sample):
    harry = sample["哈利波特"]
    assert harry.fields["特异能力"].startswith("1. 蛇佬腔:。")
    assert "蛇佬腔" not in harry.fields and "1. 蛇佬腔" not in harry.fields
    assert "说话风格及口头禅" in harry.fields  # written with '：'
    assert sample["路飞"].fields["身份"] == "草帽海贼团船长、第五位海上皇帝"  # no space after ':'


# --- our fixtures: RAIDEN-style roles with the same quirks, other languages ------------------

@pytest.fixture(scope="module")
def quirks() -> dict[str, Profile]:
    return raiden_roles(FIXTURES / "npc_quirks.json")


def test_fixture_fullwidth_numbered_relations_and_numbered_lines(quirks):
    baker = quirks["面包师老陈"]
    assert baker.name == "陈国栋"
    assert len(split_items(baker.fields["人物关系"])) == 3
    assert baker.fields["口头禅"] == "1. 面包要趁热吃！\n2. 揉面：要有耐心。\n3. 今天的牛角包卖完喽"
    assert split_items(baker.fields["爱好"]) == ["烤面包", "钓鱼", "下象棋"]


def test_fixture_name_falls_back_to_role_key_and_duplicates_merge(quirks):
    keeper = quirks["灯塔守望者"]
    assert keeper.name == "灯塔守望者"
    assert keeper.fields["爱好"] == "写日记\n观察海鸟"
    assert keeper.fields["经历"].endswith("救起了一名落水的渔民")
    assert keeper.fields["最怕的东西"] == "打雷"


def test_fixture_english_keys(quirks):
    pilot = quirks["Captain Reyes"]
    assert (pilot.name, pilot.language) == ("Elena Reyes", "en")
    assert pilot.fields["Catchphrase"] == "Buckle up: this is going to be bumpy."
    assert pilot.fields["Background"].count("\n") == 1


def test_fixture_japanese_and_korean_keys(quirks):
    assert (quirks["図書委員"].name, quirks["図書委員"].language) == ("佐藤みさき", "ja")
    assert (quirks["축구선수"].name, quirks["축구선수"].language) == ("김민준", "ko")


def test_fixture_one_line_setting(quirks):
    assert quirks["快递小哥"].fields == {"姓名": "王小二", "年龄": "23岁", "职业": "快递员", "爱好": "打篮球、玩手机游戏"}


def test_online_profiles_block_inside_longer_prompt():
    profiles = load_profiles(FIXTURES / "online_profiles.jsonl")
    assert [p.name for p in profiles] == ["Marcus Bell", "林晚"]
    assert [p.language for p in profiles] == ["en", "zh"]
    marcus = profiles[0]
    assert list(marcus.fields) == ["Name", "Gender", "Introduction", "Detailed Description"]
    assert marcus.fields["Detailed Description"].endswith("5 a.m. every day.")
    assert marcus.fields["Detailed Description"].count("\n") == 2
    assert "Reply to the user" not in marcus.fields["Detailed Description"]
    assert marcus.source == "online_profiles.jsonl: line 1"


@pytest.mark.parametrize("name", ["plain_profiles.json", "plain_profiles.jsonl"])
def test_plain_list_and_jsonl_read_the_same(name):
    profiles = load_profiles(FIXTURES / name)
    assert [p.name for p in profiles] == ["Nora Quinn", "赵一鸣"]
    assert profiles[0].fields == {"Age": "29", "Occupation": "marine biologist", "Hobbies": "diving, sketching",
                                  "Hometown": "Galway"}
    assert "备注" not in profiles[1].fields  # null values dropped
    assert (profiles[1].language, profiles[1].npc_type) == ("zh", "original")


def test_plain_single_object_with_text_profile_and_language():
    (kenji,) = load_profiles(FIXTURES / "plain_single.json")
    assert (kenji.name, kenji.language) == ("Kenji Mori", "ja")
    assert kenji.fields == {"名前": "森健二", "職業": "寿司職人", "趣味": "釣り"}


def test_profile_dumps_load_back(tmp_path, quirks):
    rows = [p.model_dump() for p in quirks.values()]
    loaded = load_profiles(_write(tmp_path, "dump.json", rows))
    assert [(p.name, p.fields, p.language) for p in loaded] == [(p.name, p.fields, p.language) for p in quirks.values()]


def test_prose_only_setting_becomes_an_introduction(tmp_path):
    (p,) = load_profiles(_write(tmp_path, "npc.json", {"甲": {"npc_setting": "一个爱笑的女孩，住在海边。"}}))
    assert (p.name, p.fields) == ("甲", {"简介": "一个爱笑的女孩，住在海边。"})


def test_plain_name_from_profile_field_when_missing(tmp_path):
    (p,) = load_profiles(_write(tmp_path, "p.json", [{"profile": {"Name": "Ada", "Age": "30"}}]))
    assert p.name == "Ada"


# --- format detection --------------------------------------------------------------------------

@pytest.mark.parametrize("name, fmt", [
    ("npc_quirks.json", "raiden"), ("online_profiles.jsonl", "online"), ("plain_profiles.json", "plain"),
    ("plain_profiles.jsonl", "plain"), ("plain_single.json", "plain"),
])
def test_detect_profile_format(name, fmt):
    assert detect_profile_format(FIXTURES / name) == fmt


def test_detect_by_content_not_extension(tmp_path):
    npc = (FIXTURES / "npc_quirks.json").read_text(encoding="utf-8")
    online = (FIXTURES / "online_profiles.jsonl").read_text(encoding="utf-8")
    assert detect_profile_format(_write(tmp_path, "roles.txt", npc)) == "raiden"
    assert detect_profile_format(_write(tmp_path, "profiles.json", online)) == "online"
    assert len(load_profiles(tmp_path / "profiles.json")) == 2


def test_detect_from_parsed_rows():
    assert detect_profile_format([{"name": "A", "profile": {"Age": "3"}}]) == "plain"
    assert detect_profile_format({"甲": {"npc_type": "x", "npc_setting": "姓名: 甲"}}) == "raiden"


def test_raiden_roles_one_per_jsonl_line(tmp_path):
    lines = [json.dumps({"甲": {"npc_type": "x", "npc_setting": "姓名: 张甲\n年龄: 3"}}, ensure_ascii=False),
             json.dumps({"乙": {"npc_type": "x", "npc_setting": "姓名: 李乙\n年龄: 4"}}, ensure_ascii=False)]
    roles = raiden_roles(_write(tmp_path, "npc.jsonl", "\n".join(lines)))
    assert {k: p.name for k, p in roles.items()} == {"甲": "张甲", "乙": "李乙"}


# --- errors: one line, naming file, role/line and field ----------------------------------------

def _error(path: Path) -> str:
    with pytest.raises(RaidenError) as e:
        load_profiles(path)
    message = str(e.value)
    assert "\n" not in message and message.startswith(str(path))
    return message


def test_error_empty_npc_setting(tmp_path):
    path = _write(tmp_path, "npc.json", {"路飞": {"npc_type": "虚拟IP", "npc_setting": "  "}})
    assert _error(path) == f"{path}: role '路飞': npc_setting: empty"


@pytest.mark.parametrize("role, message", [
    ({"npc_type": "x"}, "role '甲': npc_setting: missing"),
    ({"npc_setting": 5}, "role '甲': npc_setting: expected text, got int"),
    ({"npc_setting": "姓名: 甲", "npc_type": 3}, "role '甲': npc_type: expected text, got int"),
    ({"npc_setting": ",\n，"}, "role '甲': npc_setting: no 'field: value' lines found"),
])
def test_errors_raiden(tmp_path, role, message):
    assert _error(_write(tmp_path, "npc.json", {"甲": role})).endswith(message)


def test_error_online_without_block_names_line(tmp_path):
    path = _write(tmp_path, "online.jsonl", '{"prompt": "<Character Setting>\\nName: A\\n</Character Setting>"}\n'
                                            '{"prompt": "You are a helpful assistant."}\n')
    assert _error(path) == f"{path}: line 2: prompt: no <Character Setting> block"


def test_error_jsonl_names_the_file_line_past_blank_lines(tmp_path):
    path = _write(tmp_path, "p.jsonl", '\n{"name": "A", "profile": {"Age": "1"}}\n\n{"name": "B", "profile": {}}\n')
    assert _error(path) == f"{path}: line 4: profile: no non-empty fields"


def test_error_role_not_an_object_keeps_the_other_roles(tmp_path):
    path = _write(tmp_path, "npc.json", {"甲": "姓名: 甲", "乙": {"npc_setting": "姓名: 乙"}})
    profiles, problems = check_profiles(path)
    assert [p.name for p in profiles] == ["乙"]
    assert problems == [f"{path}: role '甲': npc_setting: the role must be an object {{npc_type, npc_setting}}, got str"]


def test_structured_npc_setting_object(tmp_path):
    (p,) = load_profiles(_write(tmp_path, "npc.json", {"甲": {"npc_setting": {"姓名": "张甲", "年龄": 30}}}))
    assert (p.name, p.fields) == ("张甲", {"姓名": "张甲", "年龄": "30"})


def test_error_online_without_name(tmp_path):
    path = _write(tmp_path, "online.jsonl", '{"prompt": "<Character Setting>\\nGender: F\\n</Character Setting>"}\n')
    assert _error(path).endswith("line 1: prompt: <Character Setting> has no Name line")


@pytest.mark.parametrize("row, message", [
    ({"name": "", "profile": {"Age": "3"}}, "record 0: name: must be non-empty text"),
    ({"profile": {"Age": "3"}}, "record 0: name: missing (and no Name / 姓名 field in the profile)"),
    ({"name": "A", "profile": {}}, "record 0: profile: no non-empty fields"),
    ({"name": "A", "profile": {"Pet": {"kind": "cat"}}}, "record 0: profile.Pet: expected text, a number or a list of them, got dict"),
    ({"name": "A", "profile": {"Age": "3"}, "language": "fr"}, "record 0: language: must be one of en, zh, ja, ko, got 'fr'"),
])
def test_errors_plain(tmp_path, row, message):
    assert _error(_write(tmp_path, "p.json", [row])).endswith(message)


def test_error_unknown_row_shape(tmp_path):
    path = _write(tmp_path, "p.json", [{"name": "A", "profile": {"Age": "1"}}, {"title": "x"}])
    assert "record 1: not a profile (keys ['title'])" in _error(path)


def test_error_mixed_formats(tmp_path):
    path = _write(tmp_path, "p.jsonl", '{"name": "A", "profile": {"Age": "1"}}\n{"prompt": "<Character Setting>Name: B"}\n')
    assert "mixes profile formats" in _error(path)


def test_error_duplicate_names(tmp_path):
    path = _write(tmp_path, "p.json", [{"name": "A", "profile": {"Age": "1"}}, {"name": "A", "profile": {"Age": "2"}}])
    assert _error(path).startswith(f"{path}: record 1: name: 'A' is also the name at record 0")


@pytest.mark.parametrize("content, message", [
    ("", "file is empty"),
    ('{"a": 1,\n "b": }', "line 2, column 7: invalid JSON"),
    ('{"name": "A", "profile": {"Age": "1"}}\n{"name": "B", "profile": \n', "line 2, column 26: invalid JSON"),
    ("[1, 2]", "record 0: not a profile (int)"),
])
def test_errors_unreadable(tmp_path, content, message):
    assert message in _error(_write(tmp_path, "bad.json", content))


def test_error_missing_file_and_directory(tmp_path):
    assert _error(tmp_path / "nope.json").endswith("file not found")
    assert _error(tmp_path).endswith("is a directory, expected a JSON or JSONL file")


def test_error_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Zoë"}'.encode("latin-1"))
    assert "not UTF-8 text" in _error(path)


def test_check_profiles_reports_every_problem_and_keeps_good_ones(tmp_path):
    path = _write(tmp_path, "npc.json", {"甲": {"npc_setting": ""}, "乙": {"npc_setting": "姓名: 乙"},
                                         "丙": {"npc_type": "x"}})
    profiles, problems = check_profiles(path)
    assert [p.name for p in profiles] == ["乙"]
    assert problems == [f"{path}: role '甲': npc_setting: empty", f"{path}: role '丙': npc_setting: missing"]


def test_read_json_document_utf8_bom_and_jsonl(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"a": 1}\n\n{"a": 2}\n')
    assert read_json_document(path) == ([{"a": 1}, {"a": 2}], True)
