"""The 69th review's Japanese self-naming voice: a card whose character calls herself by name and
ends her sentences with a stated ending gets golds with the self-name as the topic and that ending,
never plain です or humble と申します. A card written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.ja_endings import declared_ending, with_ending
from built_records import by_family, gold_accuracy, profile

_CARD = profile("ミミ・ローズ", "ja", 名前="ミミ・ローズ", 年齢="十二歳", 好きなもの="りんごパイ",
                口調="自分のことを「ミミ」と呼び、語尾に「〜なのです」をつける。敬語はあまり使わない")


def test_the_cards_stated_ending_is_read():
    assert declared_ending(dict(_CARD.fields)) == "なのです"
    assert declared_ending({"口調": "丁寧に話す"}) is None


def test_the_copula_takes_the_stated_ending_and_a_verb_is_left():
    assert with_ending("十二歳です。", "なのです") == "十二歳なのです。"
    assert with_ending("楽しいです。", "なのです") == "楽しいのです。"
    assert with_ending("覚えています。", "なのです") == "覚えています。"


def test_a_self_naming_card_with_an_ending_gets_its_voice_in_the_gold():
    records = by_family(_CARD)
    age, name = records["age"], records["name"]
    assert age.answer.startswith("ミミは") and age.answer.endswith("なのです。")
    assert "申します" not in name.answer and name.answer.endswith("なのです。")
    assert gold_accuracy(age, age.answer) == 1.0
