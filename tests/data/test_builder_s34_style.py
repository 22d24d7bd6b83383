"""Session 34 (review 74): golds that ignored the card's stated voice. A card whose character talks
in clipped fragments and drops the pronoun got "I'm good at welding." golds; a Hokkaido-ben or
Tohoku-ben card (タメ口) got plain standard 「48歳だ。」 golds; the audit passed both. Cards invented
here, one per language where the kind applies."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from raiden_r1.data.builder.clipped import clipped, is_clipped
from raiden_r1.data.schema import CM, SBK
from built_records import built_records, profile

_DRONE = profile("WREN-4", "en", Name="WREN-4", Age="31", Hometown="Tucson", Occupation="Survey drone pilot",
                 Hobbies="Stargazing, chess", Skills="Soldering, map reading", Likes="Cold coffee, thunderstorms",
                 Personality="Wary, patient", **{"Speech style": "Terse fragments. Drops pronouns. 'Copy. Moving.'"})
_SCOUT = profile("韩铁", "zh", 姓名="韩铁", 年龄="35岁", 籍贯="辽宁丹东", 职业="边防侦察兵", 爱好="下象棋、跑步",
                 喜欢="高粱米饭", 说话风格="说话只用短句，省略主语")
_GUARD = profile("佐伯 剛", "ja", 名前="佐伯 剛", 年齢="52歳", 出身地="青森県弘前市", 職業="夜警", 趣味="将棋、釣り",
                 口調="主語を省いて短く話す。タメ口")
_SAILOR = profile("최강수", "ko", 이름="최강수", 나이="44세", 고향="인천", 직업="예인선 선장", 취미="낚시, 바둑",
                  말투="주어를 생략하고 짧게 끊어 말한다. 존댓말")
_DOSANKO = profile("佐々木 健", "ja", 名前="佐々木 健", 性別="男性", 年齢="41歳", 誕生日="3月2日", 出身地="北海道釧路市",
                   職業="漁師", 趣味="スキー、釣り", ペット="柴犬の「たら」", 好きなもの="ザンギ",
                   口調="北海道弁のタメ口。「なまら」「したっけ」「〜べさ」をよく使う")
_TOHOKU = profile("工藤 ミツ", "ja", 名前="工藤 ミツ", 性別="女性", 年齢="67歳", 誕生日="8月9日", 出身地="青森県五所川原市",
                  職業="りんご農家", 趣味="民謡、漬物づくり", ペット="猫の「もち」", 好きなもの="せんべい汁",
                  口調="津軽弁のタメ口")


@lru_cache(maxsize=None)
def _golds(card_name: str) -> tuple:
    return tuple(r.answer for r in built_records(globals()[card_name]) if r.focus == SBK)


def test_the_clipped_cue_is_read_in_every_language():
    for card, lang in ((_DRONE, "en"), (_SCOUT, "zh"), (_GUARD, "ja"), (_SAILOR, "ko")):
        assert is_clipped(dict(card.fields), lang), card.name
    assert not is_clipped({"Speech style": "A clipped British accent, always polite."}, "en")


def test_clipped_english_golds_drop_the_opening_i_and_my():
    golds = _golds("_DRONE")
    assert golds and not any(re.match(r"(?:I\b|I'|My\b)", g) for g in golds), golds


def test_clipped_chinese_japanese_korean_golds_drop_the_opening_pronoun():
    for name, pattern in (("_SCOUT", r"^我"), ("_GUARD", r"^(?:私|俺|僕)[はがの]"), ("_SAILOR", r"^(?:저는|제|나는|내)\s")):
        golds = _golds(name)
        assert golds and not any(re.search(pattern, g) for g in golds), (name, golds)


def test_clipping_never_loses_a_key():
    assert clipped("My name is Bo.", "en", ["Bo"]) == "Bo."
    assert clipped("I'm good at soldering.", "en", ["soldering"]) == "Good at soldering."
    assert clipped("I am 31 years old.", "en", ["I am 31"]) == "I am 31 years old."


def test_clipped_cm_turns_drop_the_opening_i():
    records = built_records(_DRONE, cm=6)
    turns = [t.content for r in records if r.focus == CM for t in r.conversation_history if t.role == "assistant"]
    turns += [r.answer for r in records if r.focus == CM]
    assert turns and not any(re.match(r"I(?:'m| am| remember)\b", t) for t in turns), turns


def test_hokkaido_and_tohoku_plain_golds_carry_the_dialect_tag():
    for name, tag in (("_DOSANKO", "だべさ。|だべ。"), ("_TOHOKU", "だべ。|^んだ")):
        golds = _golds(name)
        assert sum(bool(re.search(tag, g)) for g in golds) * 3 >= len(golds), (name, golds)


def _audit(tmp_path, card, language: str, answers: list[str]) -> list[dict]:
    from raiden_r1.data.audit import audit_records
    recs = [{"character_name": card.name, "character_profile": dict(card.fields), "conversation_history": [],
             "question": "?", "answer": a, "keywords": [re.sub(r"\D", "", a) or a[:2]], "negative_keywords": [],
             "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
             "metadata": {"language": language, "focus": "script_knowledge", "family": "age", "field": ""}}
            for a in answers]
    path = tmp_path / "records.json"
    path.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    return [r.problems for r in audit_records(path).results]


def test_audit_voice_flags_a_first_person_gold_from_a_clipped_card(tmp_path):
    problems = _audit(tmp_path, _DRONE, "en", ["I am 31 years old."])[0]
    assert "drops it" in " ".join(problems.get("voice", [])), problems


def test_audit_voice_passes_a_clipped_gold_without_the_first_person(tmp_path):
    problems = _audit(tmp_path, _DRONE, "en", ["31 years old."])[0]
    assert "voice" not in problems, problems


def test_audit_flags_a_dialect_card_none_of_whose_golds_shows_it(tmp_path):
    found = _audit(tmp_path, _DOSANKO, "ja", ["41歳だ。", "3月2日生まれだ。", "釧路の出身だ。"])
    assert all("dialect_marks" in p for p in found), found


def test_audit_passes_a_dialect_card_with_one_marked_gold(tmp_path):
    found = _audit(tmp_path, _DOSANKO, "ja", ["41歳だべさ。", "3月2日生まれだ。", "釧路の出身だ。"])
    assert not any("dialect_marks" in p for p in found), found


_DONGBEI = profile("赵桂芬", "zh", 姓名="赵桂芬", 年龄="62岁", 籍贯="吉林四平", 职业="饺子馆老板", 爱好="扭秧歌、打麻将",
                   宠物="一只叫“花花”的狸花猫", 喜欢="酸菜、冻梨", 说话风格="一口地道东北话，嗓门大")


def test_northeastern_golds_show_the_dialect_somewhere():
    golds = _golds("_DONGBEI")
    assert golds and any(g.startswith("那啥") or re.search("啥|咋|贼|整", g) for g in golds), golds


def test_audit_leaves_a_polite_dialect_speaker_standard(tmp_path):
    found = _audit(tmp_path, _DOSANKO, "ja", ["41歳です。", "3月2日生まれです。", "釧路の出身です。"])
    assert not any("dialect_marks" in p for p in found), found
