"""The audit checks added after review 60 flag the key flaws the reviewer found (on records of
cards written for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_keys import KEY_CHECKS
from raiden_r1.data.builder import build_dataset
from raiden_r1.data.schema import Profile


def _records(profile: Profile) -> list:
    result = build_dataset([profile], seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=0)
    return {r.metadata.family: r for split in result.splits.values() for r in split}


_JA = Profile(name="早瀬 弥市", language="ja", source="test", fields={
    "名前": "早瀬 弥市", "時代": "元禄年間の江戸", "誕生日": "寛政元年 皐月五日", "出身地": "越後国 長岡",
    "夢": "再び上洛し、母に家を建てること", "口癖": "「南無三」"})
_ZH = Profile(name="苏慕白", language="zh", source="test", fields={
    "姓名": "苏慕白", "性格": "沉稳少言、记仇", "说话风格及口头禅": "称徒弟为“汝等”，生气时只说“放肆”"})
_KO = Profile(name="한도윤", language="ko", source="test", fields={"이름": "한도윤", "고향": "광주광역시 북구", "나이": "스물한 살"})


def _spoil(record, keywords=None, negatives=None):
    update = {"keywords": keywords} if keywords is not None else {}
    return record.model_copy(update={**update, **({"negative_keywords": negatives} if negatives else {})})


def test_the_fixed_build_passes_the_new_checks():
    for profile in (_JA, _ZH, _KO):
        for r in _records(profile).values():
            for name, check in KEY_CHECKS.items():
                assert check(r, profile.fields) == [], (name, r.question, r.keywords)


def test_a_spaced_value_as_the_only_key_fails_key_spans():
    rec = _records(_JA)["hometown"]
    assert KEY_CHECKS["key_spans"](_spoil(rec, ["越後国 長岡"]), _JA.fields)


def test_fragments_fail_key_spans():
    ja = _records(_JA)["dream"]
    assert KEY_CHECKS["key_spans"](_spoil(ja, [["再び上洛し"]]), _JA.fields)
    ko = _records(_KO)["hometown"]
    assert KEY_CHECKS["key_spans"](_spoil(ko, [["광주광역시", "광주광역"]]), _KO.fields)


def test_two_traits_kept_as_one_key_fail_key_spans():
    rec = _records(_ZH)["personality"]
    assert KEY_CHECKS["key_spans"](_spoil(rec, [["沉稳少言", "记仇"]]), _ZH.fields)


def test_a_form_of_address_as_a_catch_phrase_fails_phrase_keys():
    rec = _records(_ZH)["catchphrase"]
    assert KEY_CHECKS["phrase_keys"](_spoil(rec, [["汝等", "放肆"]]), _ZH.fields)


def test_a_heian_name_for_a_samurai_age_card_fails_period_names():
    rec = _records(_JA)["name"]
    assert KEY_CHECKS["period_names"](_spoil(rec, negatives=["藤原道隆", "菅原行成", "大江公任"]), _JA.fields)
