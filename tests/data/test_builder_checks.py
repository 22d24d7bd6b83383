"""The strict keyword filter: one reason per failure (raiden_r1.data.builder.checks)."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.checks import Draft, check_draft, overlaps, profile_text
from raiden_r1.data.builder.phrases import render, resolve_ko
from raiden_r1.data.schema import CM, SBK


def draft(**kw) -> Draft:
    base = dict(character="路飞", profile_fields={"爱好": "最爱的食物是肉"}, language="zh", focus=SBK,
                family="food", field_name="爱好", question="你最爱吃什么？", answer="我最爱吃肉！",
                keywords=[["肉"]], source_text="最爱的食物是肉")
    base.update(kw)
    return Draft(**base)


def test_a_good_draft_passes_and_becomes_a_valid_record():
    d = draft(negatives=["鱼"])
    assert check_draft(d) is None
    r = d.to_record()
    assert r.keywords == ["肉"] and r.validation_method == "single_term_validation"
    assert r.metadata.language == "zh" and r.metadata.focus == SBK


@pytest.mark.parametrize(
    "change, reason",
    [
        (dict(keywords=[]), "no_key_term"),
        (dict(keywords=[["鱼"]], answer="我最爱吃鱼"), "not_grounded"),
        (dict(keywords=[["的"]], answer="的"), "stopword"),
        (dict(keywords=[["肉"]], question="你最爱吃肉吗？"), "keyword_in_question"),
        (dict(negatives=["肉"]), "shared_with_negatives"),
        (dict(negatives=["牛肉"]), "shared_with_negatives"),  # a negative containing the key
        (dict(answer="我什么都爱吃"), "answer_missing_keyword"),
        (dict(keywords=[["肉"], ["肉"]]), "duplicate_keyword"),
        (dict(keywords=[["最爱的食物是肉最爱的食物是肉"]],
              source_text="最爱的食物是肉最爱的食物是肉", answer="最爱的食物是肉最爱的食物是肉"), "keyword_too_long"),
    ],
)
def test_each_failure_has_its_reason(change, reason):
    assert check_draft(draft(**change)) == reason


def test_every_alternative_must_be_grounded_not_just_one():
    assert check_draft(draft(keywords=[["肉", "牛排"]])) == "not_grounded"


def test_cm_fact_must_be_absent_from_the_profile():
    history = [{"role": "user", "content": "我的小狗叫豆豆。"}, {"role": "assistant", "content": "好名字。"}]
    cm = draft(focus=CM, family="cm:pet_name", question="我的小狗叫什么？", answer="你的小狗叫豆豆。",
               keywords=[["豆豆"]], source_text="我的小狗叫豆豆。", history=history)
    assert check_draft(cm, profile_text("路飞", {"宠物": "无"})) is None
    assert check_draft(cm, profile_text("路飞", {"宠物": "一只叫豆豆的狗"})) == "cm_fact_in_profile"


def test_overlaps_is_symmetric_and_normalised():
    assert overlaps("Jay Chou", "jay chou") and overlaps("肉", "牛肉") and overlaps("牛肉", "肉")
    assert not overlaps("art", "party")  # Latin terms compare on word boundaries
    assert not overlaps("", "x")


def test_korean_particles_follow_the_last_syllable():
    assert resolve_ko("민준이에요/예요") == "민준이에요"
    assert resolve_ko("초코이에요/예요") == "초코예요"
    assert resolve_ko("축구을/를 좋아해요") == "축구를 좋아해요"
    assert resolve_ko("서울(으)로") == "서울로"  # a final ㄹ takes 로
    assert resolve_ko("부산(으)로") == "부산으로"
    assert resolve_ko("17살이에요/예요") == "17살이에요"
    assert render("제 {field_tp} {v_cop}.", "ko", field="별자리", v="게자리") == "제 별자리는 게자리예요."


def test_english_article_agrees():
    assert render("I'm a {v}.", "en", v="Aquarius") == "I'm an Aquarius."
    assert render("I'm a {v}.", "en", v="Leo") == "I'm a Leo."
