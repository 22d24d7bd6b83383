"""Review 73 kinds (session 33, b7): a home written as units joined by ・/の is keyed by each place, and
a job's bracketed title of the same trade is an answer too. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.coverage import bracketed_ranks
from raiden_r1.data.builder.fields import BY_NAME
from raiden_r1.data.builder.head_words import head_forms, species_heads
from raiden_r1.data.builder.place_keys import place_keys
from built_records import alternatives, built_records, profile


@pytest.mark.parametrize("value, places", [
    ("近江国・大津京の南", None),
    ("摂津国・難波京の西", ["難波京", "摂津国"]),
    ("尾張国の清洲", ["清洲", "尾張国"]),
])
def test_joined_units_are_keyed_by_each_place(value, places):
    alts = place_keys(value, BY_NAME["hometown"])[0]
    assert alts[0] == value or value in alts
    assert not any(a.startswith(("の", "・")) for a in alts)
    if places:
        assert set(places) <= set(alts)


@pytest.mark.parametrize("value, expected", [
    ("寺に仕える絵師（御用絵師）", ["御用絵師"]),
    ("中药铺的药师（主药师）", ["主药师"]),
    ("약사(한약사)", ["한약사"]),
    ("ship engineer (chief engineer)", ["chief engineer"]),
    ("教師（国語担当）", []),
    ("teacher (retired)", []),
])
def test_a_bracketed_title_of_the_same_trade_is_an_answer(value, expected):
    assert bracketed_ranks(value) == expected


def test_a_card_job_takes_its_bracketed_title():
    card = profile("Mara Quill", "en", Name="Mara Quill", Age="41", Occupation="ship engineer (chief engineer)", Hobbies="chess")
    job = next(r for r in built_records(card) if r.metadata.family == "occupation")
    assert "chief engineer" in alternatives(job)


@pytest.mark.parametrize("term, lang, expected", [
    ("singing fox spirit", "en", ["fox spirit", "spirit"]),
    ("guinea pig", "en", []),
    ("会唱歌的狐仙", "zh", ["狐仙"]),
    ("歌う狐の精霊", "ja", ["精霊"]),
    ("노래하는 여우 정령", "ko", ["여우 정령", "정령"]),
])
def test_a_species_is_said_by_its_head_noun(term, lang, expected):
    assert species_heads(term, lang) == expected


def test_a_card_species_takes_its_head_noun():
    card = profile("Bramble", "en", Name="Bramble", Species="singing fox spirit", Age="90", Hobbies="chess")
    rec = next(r for r in built_records(card) if "species" in r.question.lower())
    assert {"fox spirit", "spirit"} <= set(alternatives(rec))


@pytest.mark.parametrize("hobby", ["새벽 등산", "주말 산책"])
def test_a_korean_outing_is_never_keyed_by_its_time(hobby):
    assert head_forms(hobby, "ko", "hobbies") == []


@pytest.mark.parametrize("lang, fields, field, fragment", [
    ("en", {"Name": "Wren Hale", "Age": "30", "Occupation": "baker", "Hobbies": "kite flying, chess"}, "Hobbies", "kite"),
    ("zh", {"姓名": "林小满", "年龄": "30岁", "职业": "茶馆老板", "爱好": "品茶聊天、下棋"}, "爱好", "品茶"),
    ("ko", {"이름": "한보람", "나이": "30세", "직업": "꽃집 사장", "취미": "꽃꽂이 배우기, 바둑"}, "취미", "꽃꽂이"),
])
def test_a_short_form_another_fact_says_is_no_key(lang, fields, field, fragment):
    from raiden_r1.data.builder.fragment_keys import without_fragments_of_other_facts

    others = {**fields, "Likes" if lang == "en" else "喜欢" if lang == "zh" else "좋아하는 것":
              {"en": "kite shops", "zh": "品茶", "ko": "꽃꽂이 전시"}[lang]}
    whole = {"en": "kite flying", "zh": "品茶聊天", "ko": "꽃꽂이 배우기"}[lang]
    items = without_fragments_of_other_facts([[whole, fragment]], others, field)
    assert items == [[whole]]
    assert without_fragments_of_other_facts([[whole, fragment]], fields, field) == [[whole, fragment]]


def test_a_remark_field_is_no_other_fact():
    from raiden_r1.data.builder.fragment_keys import without_fragments_of_other_facts

    fields = {"Name": "Ada Vale", "Hobbies": "playing the cello", "Secret": "hides letters in her cello case"}
    assert without_fragments_of_other_facts([["playing the cello", "cello"]], fields, "Hobbies") == [["playing the cello", "cello"]]


def test_the_audit_flags_a_fragment_another_fact_says():
    from raiden_r1.data.audit.checks_everyday import check_other_fact_keys

    card = profile("Wren Hale", "en", Name="Wren Hale", Age="30", Occupation="baker", Hobbies="kite flying, chess",
                   Likes="kite shops")
    rec = next(r for r in built_records(card) if (r.metadata.model_extra or {}).get("field") == "Hobbies")
    assert not check_other_fact_keys(rec, card.fields)
    bad = rec.model_copy(update={"keywords": [["kite flying", "kite", "chess"]]})
    assert check_other_fact_keys(bad, card.fields)


def test_a_japanese_relation_sentence_names_the_person_before_wa():
    # (review 73: "老陰陽師で" was read as the father's name, so the reward spelled the job 陰陽師 as a
    # name and offered the reading 陰陽もろ)
    from raiden_r1.data.people import profile_others

    card = {"家族": "母の森川静江は六十歳の老薬師で、今は里に住む。弟の蓮太は十九歳。"}
    assert profile_others("森川 凪", card) == ("森川静江", "蓮太")


@pytest.mark.parametrize("fields, year", [
    ({"Name": "Hank Dole", "Introduction": "A welder at a shipyard in Baltimore, 1958. He talks fast."}, 1958),
    ({"姓名": "周雨生", "简介": "天津卫的黄包车夫，1931年。"}, 1931),
    ({"Name": "Ada Vale", "Introduction": "A nurse in Leeds. She moved there in 1998."}, None),
])
def test_an_introduction_dated_by_a_year_gives_the_story_year(fields, year):
    from raiden_r1.data.builder.story_year import story_year

    assert story_year(fields) == year


def test_a_dated_card_hears_of_no_place_closed_to_it_then():
    from raiden_r1.data.builder.setting import out_of_time

    card = {"Name": "Hank Dole", "Introduction": "A welder at a shipyard in Baltimore, 1958."}
    assert out_of_time("This summer I'm going to Hanoi.", card, "en")
    assert not out_of_time("This summer I'm going to Lisbon.", card, "en")
