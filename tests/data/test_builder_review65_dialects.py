"""Dialect tables for the ways of speaking review 65's cards named and no table gave (Shanxi Jin,
Guiliu, Tsugaru), the Cockney entry that had no rules, and the audit failing a table that changes
nothing. Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.audit import checks_voice
from raiden_r1.data.audit.checks_voice import check_dialect_table
from raiden_r1.data.builder.dialect import card_dialect, dialect_rules, in_dialect
from built_records import built_records, gold_accuracy, profile

_TAIYUAN = profile("郝存厚", "zh", 姓名="郝存厚", 年龄="五十岁", 籍贯="山西太原", 职业="醋坊掌柜", 爱好="下象棋、听晋剧",
                   宠物="一头毛驴叫“黑蛋”", 说话风格及口头禅="一口太原话，爱说“甚”“咋”")
_GUILIN = profile("蒋秀梅", "zh", 姓名="蒋秀梅", 年龄="四十岁", 籍贯="广西桂林", 职业="米粉店老板", 爱好="唱彩调",
                  宠物="一条黄狗叫“旺财”", 说话风格及口头禅="桂林话，嗓门大")
_AOMORI = profile("工藤 与作", "ja", 名前="工藤 与作", 年齢="五十五歳", 出身地="青森県弘前市", 職業="りんご農家", 趣味="ねぶた囃子",
                  ペット="秋田犬の「コロ」", 話し方="津軽弁で話す。東京の言葉は苦手")
_BARROW = profile("Nell Higgins", "en", **{
    "Name": "Nell Higgins", "Age": "44", "Hometown": "Whitechapel", "Occupation": "costermonger selling apples from a barrow",
    "Hobbies": "darts, singing in the pub", "Pet": "a donkey called Turnip",
    "Speaking style": "broad Cockney, all dropped h's and 'blimey'"})

_MARKS = {"_TAIYUAN": "甚|咋|不晓得|可[好多大小高长远近香辣]|咧|哩", "_GUILIN": "哪样|哪门|冇得|晓得|咯|嘞",
          "_AOMORI": "だべ|んだ|ね(?=[。！]|$)", "_BARROW": r"ain't|'(?:ave|ere|ome|ouse|appy)\b|\bme (?=[a-z])|mate|nuffink|fink|Cor|Blimey"}


@lru_cache(maxsize=None)
def _records(card_name: str) -> tuple:
    return tuple(built_records(globals()[card_name], cm=4))


def _said(card_name: str) -> list[str]:
    return [t for r in _records(card_name) for t in [r.answer, *(m.content for m in r.conversation_history if m.role == "assistant")]]


def test_each_named_dialect_has_a_table_with_rules():
    for card_name in _MARKS:
        card = globals()[card_name]
        entry = card_dialect(dict(card.fields), card.language)
        assert entry and entry["rules"], card_name


def test_the_character_says_some_of_its_dialect_marks():
    for card_name, marks in _MARKS.items():
        assert [t for t in _said(card_name) if re.search(marks, t)], card_name


def test_every_gold_in_dialect_is_credited():
    for card_name in _MARKS:
        assert all(gold_accuracy(r, r.answer) == 1.0 for r in _records(card_name)), card_name


def test_the_shanxi_and_guiliu_rules_rewrite_question_words():
    assert in_dialect("你在做什么？怎么不说话？", dialect_rules(dict(_TAIYUAN.fields), "zh"), []) == "你在做甚？咋不说话？"
    assert in_dialect("你在做什么？怎么不说话？", dialect_rules(dict(_GUILIN.fields), "zh"), []) == "你在做哪样？哪门不说话？"


def test_tsugaru_says_dabe_for_a_guess_after_a_verb_and_a_noun():
    rules = dialect_rules(dict(_AOMORI.fields), "ja")
    assert in_dialect("弘前に行くんでしょう？", rules, [], "ja") == "弘前に行くんだべ？"
    assert in_dialect("コロでしょう？", rules, [], "ja") == "コロだべ？"


def test_cockney_drops_the_h_and_says_aint():
    rules = dialect_rules(dict(_BARROW.fields), "en")
    assert in_dialect("It isn't far from home.", rules, [], "en") == "It ain't far from 'ome."


def test_the_audit_fails_a_dialect_table_without_rules(monkeypatch):
    record = _records("_BARROW")[0]
    monkeypatch.setattr(checks_voice, "card_dialect", lambda card, lang: {"cue": "(?i)cockney", "rules": []})
    assert check_dialect_table(record, dict(_BARROW.fields))


def test_the_audit_passes_a_dialect_table_with_rules():
    for card_name in _MARKS:
        card = globals()[card_name]
        assert not [p for r in _records(card_name) for p in check_dialect_table(r, dict(card.fields))], card_name
