"""Session 32: flaws read in the shipped split, as kinds (cards invented here): a catch-phrase key
that is a fragment ("〜やじ"), a Jeju copula glued to a -기 noun so that it reads as a verb
("카페 열기우다"), a Chinese relation said without the 的 it needs ("我好友是…"), and a key with no
letter at all ("（")."""

from __future__ import annotations

import re

import pytest

from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys, has_word
from raiden_r1.data.builder.phrases import render
from built_records import alternatives, built_records, by_family, field_keys, gold_accuracy, profile


@pytest.mark.parametrize("field, value, kept, dropped", [
    ("口癖", "「まかせとけ！」、「〜だっちゃ」", "まかせとけ", "だっちゃ"),
    ("口头禅", "“走着瞧！”、“…罢了”", "走着瞧", "罢了"),
    ("Catchphrase", '"Steady as she goes", "~innit"', "Steady as she goes", "innit"),
    ("말버릇", "\"천천히 하자\", \"~잖아\"", "천천히 하자", "잖아"),
])
def test_a_catchphrase_that_opens_with_a_wave_dash_or_ellipsis_is_no_key(field, value, kept, dropped):
    keys = field_keys(field, value)
    assert kept in keys and not any(dropped in k for k in keys), keys


def test_a_card_whose_only_catchphrase_is_an_ending_gets_no_catchphrase_key():
    assert field_keys("口癖", "「〜なのです」") == []


@pytest.mark.parametrize("field, value", [
    ("喜欢的食物", "最爱的食物是（"), ("好きな食べ物", "（"), ("Favourite food", "("), ("좋아하는 음식", "("),
    ("爱好", "（、……"), ("趣味", "「」、…"), ("Hobbies", "(, !?"), ("취미", "(, …"),
    ("宠物", "叫“（”的猫"), ("口头禅", "“！？”"),
])
def test_no_key_is_a_lone_bracket_or_punctuation(field, value):
    assert all(has_word(a) for alts in extract_keys(value, classify_field(field), "x") for a in alts)


def test_no_key_is_a_lone_bracket_or_punctuation_whatever_the_value():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    marks = list("（）()「」“”《》、，,;；:：…~〜!?！？.-—·'\" ") + ["食", "猫", "a", "바", "7", "的", "是", "叫", "named "]
    fields = ["喜欢的食物", "爱好", "口头禅", "宠物", "出生地", "好きな食べ物", "口癖", "Hobbies", "Pets", "취미", "특기", "꿈"]

    @settings(max_examples=150, deadline=None)
    @given(st.sampled_from(fields), st.lists(st.sampled_from(marks), max_size=12).map("".join))
    def run(field, value):
        keys = [a for alts in extract_keys(value, classify_field(field), "x") for a in alts]
        assert all(has_word(a) for a in keys), (field, value, keys)

    run()


_JEJU_FIELDS = dict(이름="고순덕", 나이="34살", 직업="카페 주인", 꿈="돌담 공방 열기", 말투="제주 사투리를 쓴다(~수다, 혼저 옵서).")


def test_a_jeju_copula_after_a_gi_noun_keeps_its_i():
    dream = by_family(profile("고순덕", "ko", **_JEJU_FIELDS))["dream"]
    assert "열기우다" not in dream.answer and "열기이우다" in dream.answer, dream.answer
    assert gold_accuracy(dream, dream.answer) == 1.0


def test_a_jeju_copula_after_a_plain_noun_is_still_u_da():
    golds = [r.answer for r in built_records(profile("고순덕", "ko", **{**_JEJU_FIELDS, "꿈": "제주 최고의 바리스타"}))]
    assert any(re.search(r"[가-힣]우다[.!]", g) for g in golds), golds


@pytest.mark.parametrize("rel, said", [("好友", "我的好友是"), ("室友", "我的室友是"), ("竞争对手", "我的竞争对手是"),
                                       ("父亲", "我父亲是"), ("师父", "我师父是"), ("外婆", "我外婆是")])
def test_chinese_says_de_before_a_friend_not_before_kin(rel, said):
    answer = render("我{rel}是{v}。", "zh", rel=rel, v="周明")
    assert answer.startswith(said), answer


def test_a_chinese_friend_question_and_gold_keep_de():
    card = profile("许若兰", "zh", 姓名="许若兰", 人物关系="好友-郑小雅（邻居）；同事-韩磊（设计师）")
    for r in built_records(card):
        if r.metadata.family.startswith("relation:"):
            assert not re.search(r"[我你](?:好友|同事)", r.answer + r.question), (r.question, r.answer)
            assert gold_accuracy(r, r.answer) == 1.0 and alternatives(r)


def test_a_catchphrase_field_with_an_ending_beside_a_phrase_is_still_asked():
    card = profile("宮坂ちか", "ja", 名前="宮坂ちか", 口癖="「まかせとけ！」、「〜だっちゃ」", 年齢="16歳")
    record = by_family(card)["catchphrase"]
    assert alternatives(record) == ["まかせとけ"] and gold_accuracy(record, record.answer) == 1.0
