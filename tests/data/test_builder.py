"""Dataset builder invariants, on the RAIDEN sample and on profiles in every language."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.builder import build_dataset, build_from_files, split_characters
from raiden_r1.data.builder.checks import overlaps, profile_text
from raiden_r1.data.builder.dates import holiday_names
from raiden_r1.data.builder.cm_settings import SPOT_FORMS
from raiden_r1.data.builder.equivalents import term_forms
from raiden_r1.data.builder.heads import short_forms
from raiden_r1.data.builder.measures import measure_items, metric_height
from raiden_r1.data.builder.names import nickname_forms
from raiden_r1.data.builder.story_year import story_year
from raiden_r1.data.builder.tables import table
from raiden_r1.data.builder.terms import term_in
from raiden_r1.data.profiles import load_profiles
from raiden_r1.data.records_io import load_records
from raiden_r1.data.schema import CM, MTDP, SBK, STV, Profile, Record
from raiden_r1.errors import RaidenError
from raiden_r1.text import contains_term, normalize, normalize_term
from built_records import profile as _profile


def multilingual_profiles() -> list[Profile]:
    return [
        _profile("Mara Quill", "en", Name="Mara Quill", Age="31", Birthday="April 2", Hometown="Halifax, Nova Scotia",
                 Occupation="Lighthouse keeper", Hobbies="knitting, birdwatching and chess", Pets="a parrot named Rufus",
                 Relationships="Father - Owen Quill; Best friend - Tessa Vale", Catchphrases='"Mind the tide."'),
        _profile("Dev Patel", "en", Name="Dev Patel", Age="45", Birthday="July 9", Hometown="Leicester",
                 Occupation="Chef", Hobbies="cricket, gardening", Relationships="Father - Raj Patel; Sister - Asha Patel",
                 **{"Favourite food": "lamb biryani"}),
        _profile("陈一帆", "zh", 姓名="陈一帆", 年龄="28岁", 生日="1996年3月8日", 籍贯="浙江省杭州市",
                 职业="中学老师", 爱好="下围棋、爬山、写书法", 人物关系="父亲-陈国强；妻子-王雪", 口头禅="“稳住，我们能赢”"),
        _profile("山田花子", "ja", 名前="山田花子", 年齢="22歳", 誕生日="5月20日", 出身地="北海道", 職業="看護師",
                 趣味="読書、温泉めぐり", 家族="父：山田一郎；母：山田春子"),
        _profile("김하늘", "ko", 이름="김하늘", 나이="26살", 생일="10월 9일", 고향="부산", 직업="바리스타",
                 취미="서핑, 독서", 가족="아버지: 김철수; 어머니: 이영희"),
    ]


VARIANTS = table("words.yaml", "VARIANTS")


def all_records(result) -> list[Record]:
    return [r for split in result.splits.values() for r in split]


def assert_invariants(result, profiles: list[Profile]) -> None:
    by_name = {p.name: p for p in profiles}
    for r in all_records(result):
        Record.model_validate(r.model_dump())  # every record passes the schema
        items = [[k] if isinstance(k, str) else k for k in r.keywords]
        assert (r.validation_method == STV) == (len(items) == 1)
        assert r.validation_method == MTDP or len(items) == 1
        q, ans = normalize(r.question), normalize(r.answer)
        if r.focus == SBK:
            assert not r.conversation_history
            source = normalize(r.character_profile[r.metadata.model_extra["field"]])
        else:
            source = normalize("\n".join(m.content for m in r.conversation_history))
        for alts in items:
            assert any(contains_term(ans, normalize_term(a)) for a in alts), (r.answer, alts)
            for kw in alts:
                k = normalize_term(kw)
                # term_in: "星野灯" is grounded in "星野 灯" (terms.spaceless_alternative); a
                # words.yaml VARIANTS form (结婚了 for 已婚) only beside a grounded one of its group
                variant = any(kw in g and any(a in g and term_in(source, normalize_term(a)) for a in alts)
                              for groups in VARIANTS.values() for gs in groups.values() for g in gs)
                # ... or an equal form of a grounded one (equivalents.py: 医生 for 大夫, 淡紫色 for 浅紫色,
                # "Clarence Bell" for 'Clarence "Smokey" Bell')
                family = str(r.metadata.model_extra.get("family", "")).removeprefix("cm:")
                variant = variant or any(term_in(source, normalize_term(a)) and kw in (
                    term_forms(a, family, r.language) + nickname_forms(a)) for a in alts)
                # ... or the form people say a CM spot or a trade by (寺庙 -> 庙里, a welder -> welding)
                variant = variant or any(term_in(source, normalize_term(a)) and kw in (
                    [*SPOT_FORMS.get(r.language, {}).get(a, ()), *short_forms(a, r.language, family)]) for a in alts)
                # a height said in the language ("一米八二" for "182 cm"), a weight in 斤 ("160斤" for
                # "80公斤") or in words ("190 pounds" for "190 lb") is the card's, said
                value = r.character_profile.get(r.metadata.model_extra.get("field", ""), "")
                said = r.focus == SBK and r.metadata.family in ("height", "weight") and kw in (
                    measure_items(value, r.metadata.family, r.language) or metric_height(value, r.language) or ([],))[0]
                # the holiday a grounded birthday falls on in the story's year ("한글날" for 10월 9일)
                said = said or r.metadata.family == "birthday" and kw in holiday_names(
                    [alts[:1]], r.language, story_year(dict(r.character_profile)))
                assert term_in(source, k) or variant or said, ("not grounded", kw, r.question)
                assert not contains_term(q, k), ("keyword in question", kw, r.question)
                if r.focus == CM:
                    p = by_name[r.character_name]
                    assert not contains_term(profile_text(p.name, p.fields), k), ("CM fact in profile", kw)
                for neg in r.negative_keywords:
                    assert not overlaps(kw, neg), (kw, neg)


@pytest.fixture(scope="module")
def raiden_profiles(raiden_sample) -> list[Profile]:
    return load_profiles(raiden_sample)


@pytest.fixture(scope="module")
def raiden_result(raiden_profiles):
    return build_dataset(raiden_profiles, seed=0)


def test_raiden_sample_yields_chinese_sbk_and_cm_records_of_both_methods(raiden_result):
    records = all_records(raiden_result)
    zh = [r for r in records if r.language == "zh"]
    assert {r.focus for r in zh} == {SBK, CM}
    assert {r.validation_method for r in zh if r.focus == SBK} == {STV, MTDP}
    assert sum(r.focus == SBK for r in zh) >= 50 and sum(r.focus == CM for r in zh) >= 10


def test_invariants_hold_on_the_raiden_sample(raiden_result, raiden_profiles):
    assert_invariants(raiden_result, raiden_profiles)


def test_invariants_hold_in_every_language():
    profiles = multilingual_profiles()
    result = build_dataset(profiles, seed=3)
    assert_invariants(result, profiles)
    languages = {(r.language, r.focus) for r in all_records(result)}
    assert languages == {(lang, f) for lang in ("en", "zh", "ja", "ko") for f in (SBK, CM)}


def test_known_raiden_facts_come_out_as_expected(raiden_result):
    records = {(r.character_name, r.question): r for r in all_records(raiden_result)}
    luffy = [r for (name, _), r in records.items() if "路飞" in name]
    food = next(r for r in luffy if r.metadata.model_extra["family"] == "food")
    assert food.keywords == ["肉"]
    father = next(r for r in luffy if r.metadata.model_extra["family"] == "relation:父亲")
    assert father.keywords == ["蒙奇·D·龙"] and father.question_type == "who"
    # "17岁出场，19岁进入新世界": two ages, so which one is asked? None (ambiguous_value)
    assert not [r for r in luffy if r.metadata.model_extra["family"] == "age"]


def test_cm_negatives_are_the_distractors_stated_in_the_history(raiden_result):
    cm = [r for r in all_records(raiden_result) if r.focus == CM]
    assert cm and all(r.negative_keywords for r in cm)
    for r in cm:
        history = normalize(" ".join(m.content for m in r.conversation_history))
        assert all(contains_term(history, normalize_term(n)) for n in r.negative_keywords)
        assert r.conversation_history[-1].role == "assistant"


def test_no_character_is_in_two_splits(raiden_result):
    seen = {}
    for split, records in raiden_result.splits.items():
        for r in records:
            assert seen.setdefault(r.character_name, split) == split
    chars = raiden_result.stats["characters"]
    assert not set(chars["train"]) & set(chars["validation"]) and not set(chars["train"]) & set(chars["test"])


def test_split_sizes_keep_train_largest_and_give_val_and_test_one_each():
    names = [f"c{i}" for i in range(5)]
    s = split_characters(names, 0, 0.1, 0.1)
    assert (len(s["train"]), len(s["validation"]), len(s["test"])) == (3, 1, 1)
    s = split_characters(names[:3], 0, 0.1, 0.1)
    assert [len(s[k]) for k in ("train", "validation", "test")] == [1, 1, 1]
    s = split_characters(names[:2], 0, 0.1, 0.1)
    assert s["train"] == sorted(names[:2]) or set(s["train"]) == set(names[:2])
    assert not s["validation"] and not s["test"]
    s = split_characters([f"c{i}" for i in range(10)], 0, 0.3, 0.3)
    assert len(s["train"]) >= 5
    assert split_characters(names, 0, 0.0, 0.2)["validation"] == []
    with pytest.raises(RaidenError):
        split_characters(names, 0, 0.6, 0.5)


def test_split_depends_on_the_seed_only_not_the_input_order():
    names = [f"c{i}" for i in range(12)]
    assert split_characters(names, 7, 0.2, 0.2) == split_characters(list(reversed(names)), 7, 0.2, 0.2)
    assert any(split_characters(names, s, 0.2, 0.2) != split_characters(names, 7, 0.2, 0.2) for s in range(8))


def test_same_input_and_seed_give_byte_identical_files(raiden_sample, tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    build_from_files([raiden_sample], a, seed=5)
    build_from_files([raiden_sample], b, seed=5)
    build_from_files([raiden_sample], c, seed=6)
    names = ("train.json", "validation.json", "test.json", "stats.json")
    assert all((a / n).read_bytes() == (b / n).read_bytes() for n in names)
    assert any((a / n).read_bytes() != (c / n).read_bytes() for n in names)
    for n in names[:3]:
        if json.loads((a / n).read_text(encoding="utf-8")):
            load_records(a / n)  # files read back through the shared loader


def test_adding_a_character_leaves_the_others_questions_unchanged():
    profiles = multilingual_profiles()
    def questions(ps):
        return {(r.character_name, r.question, r.answer) for r in all_records(build_dataset(ps, seed=1))
                if r.character_name == "陈一帆"}
    assert questions(profiles[2:3] + profiles[3:]) == questions(profiles)


def test_duplicate_inputs_are_deduplicated_and_counted():
    profiles = multilingual_profiles()
    once = build_dataset(profiles, seed=0)
    twice = build_dataset(profiles + profiles, seed=0)
    keys = [(r.character_name, normalize(r.question)) for r in all_records(twice)]
    assert len(keys) == len(set(keys)) == len(all_records(once))
    assert twice.stats["drops"]["by_reason"]["duplicate_question"] == len(all_records(once))


def test_designed_failures_are_dropped_and_counted(tmp_path):
    bad = _profile("空白", "zh", 姓名="空白", 爱好="……", 什么="什么", 年龄="不详的很久很久以前的某个时候")
    good = multilingual_profiles()
    result = build_dataset(good + [bad], seed=0)
    reasons = result.stats["drops"]["by_reason"]
    assert reasons["no_key_term"] >= 1 and reasons["stopword"] >= 1
    assert reasons["value_unknown"] >= 1  # "……": the profile states nothing there
    assert result.stats["drops"]["total"] == sum(reasons.values())
    # each drop is listed with its character and reason, as many as the counts say
    listed = result.stats["drops"]["records"]
    assert len(listed) == result.stats["drops"]["total"]
    assert {d["reason"] for d in listed} == set(reasons) and all(d["character"] for d in listed)
    assert not any(r.question.endswith("什么是什么？") for r in all_records(result))


def test_stats_count_every_split_by_language_focus_and_method(raiden_result):
    stats = raiden_result.stats
    for split, records in raiden_result.splits.items():
        counts = stats["counts"][split]
        assert counts["total"] == len(records)
        assert sum(counts["by_language_focus_method"].values()) == len(records)
        for key, n in counts["by_language_focus_method"].items():
            lang, focus, method = key.split("/")
            assert n == sum(r.language == lang and r.focus == focus and r.validation_method == method for r in records)


def test_fewer_than_three_characters_all_go_to_train_with_a_warning():
    result = build_dataset(multilingual_profiles()[:2], seed=0)
    assert result.splits["train"] and not result.splits["validation"] and not result.splits["test"]
    assert result.stats["warnings"]


def test_no_profiles_is_a_user_error():
    with pytest.raises(RaidenError):
        build_dataset([])


def test_cli_build_writes_the_four_files(raiden_sample, tmp_path, capsys):
    from raiden_r1.cli import main

    out = tmp_path / "o"
    assert main(["data", "build", "--profiles", str(raiden_sample), "--out", str(out), "--seed", "2"]) == 0
    assert {p.name for p in out.iterdir()} == {"train.json", "validation.json", "test.json", "stats.json"}
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    counts = {s: len(load_records(out / f"{s}.json")) for s in ("train", "validation", "test")}
    assert counts == {s: stats["counts"][s]["total"] for s in counts} and counts["train"] > 0
    assert stats["seed"] == 2 and stats["profiles"] == 5
    assert capsys.readouterr().out.startswith(f"wrote train {counts['train']}, validation {counts['validation']}, "
                                              f"test {counts['test']} records to {out}")


def test_cli_build_reports_a_missing_file_as_one_line(tmp_path, capsys):
    from raiden_r1.cli import main

    assert main(["data", "build", "--profiles", str(tmp_path / "none.json"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


_FIELD_NAMES = ["姓名", "年龄", "生日", "出生地", "居住地", "职业", "爱好", "人物关系", "口头禅", "宠物", "身高", "星座",
                "毕业院校", "别称", "性格", "喜欢的食物", "Name", "Age", "Hobbies", "Relationships", "Pets", "血统", "x"]


def test_odd_values_never_crash_the_builder():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("肉岁月日省市县、，,;；:：-—（）()“”《》「」'\"1234567890 \nabcXYZ的是了叫名一只·•.!！?？等")
                               + ["父亲-", "妻子-", "1）", "2.", "最爱的食物是", "named ", "口头禅包括"])
    value = st.lists(alphabet, max_size=40).map("".join)
    fields = st.dictionaries(st.sampled_from(_FIELD_NAMES), value, min_size=1, max_size=8)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(fields, min_size=1, max_size=4), st.integers(0, 3), st.sampled_from(["en", "zh", "ja", "ko"]))
    def run(field_dicts, seed, language):
        profiles = [_profile(f"角色{i}", language, **fd) for i, fd in enumerate(field_dicts)]
        result = build_dataset(profiles, seed=seed)
        assert_invariants(result, profiles)

    run()


def test_quirky_raiden_style_roles_build_cleanly(repo_root):
    quirks = repo_root / "tests" / "data" / "fixtures" / "npc_quirks.json"
    if not quirks.exists():
        pytest.skip("loader fixture not present")
    profiles = load_profiles(quirks)
    result = build_dataset(profiles, seed=0)
    assert_invariants(result, profiles)
    assert sum(len(v) for v in result.splits.values()) >= 4 * len(profiles)


def test_a_language_too_small_to_hold_out_is_named_in_a_warning():
    people = [_profile(f"Person {c}", "en", Age=str(30 + i), Hometown="Leeds", Occupation="baker")
              for i, c in enumerate("ABCD")]
    people.append(_profile("佐藤花", "ja", 年齢="20", 出身="札幌", 職業="学生"))
    result = build_dataset(people, seed=0, val_fraction=0.25, test_fraction=0.25)
    assert any(w.startswith("test has no character of ja") for w in result.stats["warnings"])
    assert not any("of en" in w for w in result.stats["warnings"] if w.startswith("test"))


def test_a_value_that_leaves_an_item_with_no_form_is_skipped_not_a_crash():
    # found by hypothesis: "最爱的食物是（" left an item with no alternative after the filters
    profiles = [_profile("角色0", "en", **{"姓名": "", "年龄": "", "生日": "", "喜欢的食物": "最爱的食物是（"})]
    result = build_dataset(profiles, seed=0)
    assert_invariants(result, profiles)
