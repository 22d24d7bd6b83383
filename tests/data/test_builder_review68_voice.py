"""Review 68's voice findings: the register or dialect a card names never reached its golds or the
character's CM turns (古風な武人言葉 golds in でございます and CM replies in modern です/ました, 半文半白
golds in plain modern Chinese, Busan SBK golds in written 해라체), and golds that read the card's
note or address form aloud (memo -음, a full administrative address, a self-name without 的).
Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.builder.dialect import card_dialect
from raiden_r1.data.schema import CM, SBK
from built_records import built_records, profile

_KNIGHT = profile("ジークリンデ・ハルト", "ja", 名前="ジークリンデ・ハルト", 年齢="三十一歳", 職業="王都近衛騎士団の騎士",
                  趣味="読書、鷹狩り", 好きな食べ物="林檎のパイ", 特技="槍術", 性格="寡黙、律儀",
                  口調="古風な武人言葉で話す。一人称は「それがし」、相手を「貴殿」と呼ぶ。")
_RONIN = profile("黒田 剛", "ja", 名前="黒田 剛", 年齢="四十歳", 職業="用心棒", 趣味="将棋", 口調="一人称は「拙者」。")


@lru_cache(maxsize=None)
def _records(card_name: str, cm: int = 0) -> tuple:
    return tuple(built_records(globals()[card_name], cm=cm))


def _own_turns(records) -> list[str]:
    return [t.content for r in records if r.focus == CM for t in r.conversation_history if t.role == "assistant"]


def test_a_warrior_speech_card_gets_the_buke_table():
    for card in (_KNIGHT, _RONIN):
        entry = card_dialect(dict(card.fields), "ja")
        assert entry and "ござる" in entry["cue"], card.name


def test_warrior_speech_golds_say_degozaru_not_degozaimasu():
    golds = [r.answer for r in _records("_KNIGHT") if r.focus == SBK]
    assert golds and not any("ございます" in g or g.endswith("です。") for g in golds)
    assert any("ござる" in g or "申す" in g for g in golds)


def test_warrior_speech_cm_turns_are_not_modern_polite():
    records = _records("_KNIGHT", cm=6)
    turns = _own_turns(records)
    assert turns and not any(re.search(r"(?:です|ます|ました)[。！？]?$", t) for t in turns), turns
    assert not any("どうし申した" in t for t in turns)
    assert all(not re.search(r"(?:です|ます)[。！？]?$", r.answer) for r in records if r.focus == CM)


def _audit(tmp_path, card, language: str, answer: str, keys: list, family: str = "age") -> dict:
    import json

    from raiden_r1.data.audit import audit_records
    rec = {"character_name": card.name, "character_profile": dict(card.fields), "conversation_history": [],
           "question": "?", "answer": answer, "keywords": keys, "negative_keywords": [],
           "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": language, "focus": "script_knowledge", "family": family, "field": ""}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    return audit_records(path).results[0].problems


def test_audit_fails_a_degozaimasu_gold_from_a_warrior_speech_card(tmp_path):
    problems = _audit(tmp_path, _KNIGHT, "ja", "それがし、三十一歳でございます。", ["三十一歳"])
    assert "dialect_table" not in problems and problems.get("dialect"), problems


_CULTIVATOR = profile("苏怀瑾", "zh", 姓名="苏怀瑾", 年龄="三百岁", 生日="九月初九", 身份="青云观弟子", 爱好="下棋、抚琴",
                      喜欢的食物="莲子羹", 说话风格="半文半白，自称“在下”，称对方为“道友”")


def test_half_classical_golds_carry_a_classical_colour():
    golds = [r.answer for r in _records("_CULTIVATOR") if r.focus == SBK]
    assert golds and not any(re.search("的名字是|是.{2,8}出生的|喜欢", g) for g in golds), golds
    assert any(re.search("名唤|生于|乃是|喜好|平生最爱", g) for g in golds)


_DAEGU = profile("김말순", "ko", 이름="김말순", 나이="63세", 고향="경상북도 안동시", 사는곳="대구 중구", 직업="떡집 사장",
                 좋아하는_음식="찜갈비", 반려동물="고양이 '나비'", 성격="털털하고 인정이 많음", 말투="진한 경상도 사투리, 반말")


def test_gyeongsang_sbk_golds_are_not_written_style_and_carry_the_tag():
    golds = [r.answer for r in _records("_DAEGU") if r.focus == SBK]
    assert golds and not any(re.search(r"로 일한다|로 일해", g) for g in golds), golds
    assert any(g.endswith("아이가.") for g in golds), golds


_FERRY = profile("오영숙", "ko", 이름="오영숙", 나이="50세", 고향="전라남도 여수시", 직업="여객선 매표원", 취미="등산")
_POTTER = profile("今井 澄子", "ja", 名前="今井 澄子", 年齢="五十五歳", 出身地="岐阜県多治見市", 職業="陶芸家", 趣味="茶道")


def _family_gold(card_name: str, family: str) -> str:
    return next(r.answer for r in _records(card_name) if r.focus == SBK and r.metadata.family == family)


def test_a_hometown_address_is_said_as_the_town():
    ko = _family_gold("_FERRY", "hometown")
    assert "여수" in ko and "전라남도" not in ko and "여수시" not in ko, ko
    assert "岐阜県" not in _family_gold("_POTTER", "hometown")


def test_a_chinese_self_name_owns_a_kin_with_de():
    from raiden_r1.data.builder.selfref import with_self_reference
    assert with_self_reference("我母亲是王丽。", "丫丫", "zh", ["王丽"]) == "丫丫的母亲是王丽。"
    assert with_self_reference("我家住在成都。", "丫丫", "zh", ["成都"]) == "丫丫的家住在成都。"
    # a pronoun self-word owns as 我 does
    assert with_self_reference("我母亲是王丽。", "老娘", "zh", ["王丽"]) == "老娘母亲是王丽。"


def test_a_korean_memo_trait_is_said_not_read_aloud():
    from built_records import gold_accuracy
    record = next(r for r in _records("_DAEGU") if r.focus == SBK and r.metadata.family == "personality")
    assert "많음" not in record.answer and "많은 성격" in record.answer, record.answer
    assert gold_accuracy(record, "내가 인정이 많은 편이다.") == 1.0


def test_memo_adnominal_forms():
    from raiden_r1.data.builder.answer_text import memo_adnominal
    assert memo_adnominal("정이 많음", "ko") == "정이 많은"
    assert memo_adnominal("성격이 급함", "ko") == "성격이 급한"
    assert memo_adnominal("성격이 급함", "ko", last=False) == "성격이 급하고"
    assert memo_adnominal("꼼꼼함", "ko") == "꼼꼼함"  # a one-word trait is a noun
    assert memo_adnominal("눈치가 없음", "ko") == "눈치가 없는"
    assert memo_adnominal("마음", "ko") == "마음" and memo_adnominal("이름", "ko") == "이름"


_HAULER = profile("Tamsin Roe", "en", **{
    "Name": "Tamsin Roe", "Age": "36", "Occupation": "cargo pilot", "Hobbies": "chess, knitting",
    "Dislikes": "tinned algae, customs inspectors", "Skills": "docking by hand", "Favourite food": "noodle soup",
    "Speech style": "clipped spacer slang"})
_CHENNAI = profile("Lakshmi Iyer", "en", **{
    "Name": "Lakshmi Iyer", "Age": "52", "Occupation": "bus conductor", "Hobbies": "carnatic music",
    "Favourite food": "masala dosa", "Pet": "a parrot named Kili", "Speech style": "Indian English, says 'na' often"})


def test_spacer_slang_golds_carry_its_words():
    golds = [r.answer for r in _records("_HAULER") if r.focus == SBK]
    assert golds and any(re.match(r"Copy\. |Off shift, I", g) for g in golds), golds


def test_indian_english_golds_carry_its_tag():
    golds = [r.answer for r in _records("_CHENNAI") if r.focus == SBK]
    assert any(g.endswith(", na.") for g in golds), golds


def test_audit_flags_a_memo_form_read_aloud(tmp_path):
    problems = _audit(tmp_path, _DAEGU, "ko", "털털하고 인정이 많음, 뭐 이런 성격이다.", [["인정이 많음", "털털"]], "personality")
    assert problems.get("memo_form") == ["answer: reads the card's memo form '인정이 많음' aloud"]
    assert "memo_form" not in _audit(tmp_path, _DAEGU, "ko", "털털하고 인정이 많은 성격이다.",
                                     [["인정이 많음", "인정이 많", "털털"]], "personality")


def test_audit_flags_a_hometown_said_as_a_full_address(tmp_path):
    problems = _audit(tmp_path, _FERRY, "ko", "제 고향은 전라남도 여수시예요.", [["전라남도 여수시", "여수시", "여수"]], "hometown")
    assert problems.get("spoken_town"), problems
    assert "spoken_town" not in _audit(tmp_path, _FERRY, "ko", "제 고향은 여수예요.", [["전라남도 여수시", "여수시", "여수"]],
                                       "hometown")


_SELF_NAMER = profile("何丫丫", "zh", 姓名="何丫丫", 年龄="二十岁", 职业="奶茶店店员", 说话风格="自称“丫丫”")


def test_audit_flags_a_chinese_self_name_owning_without_de(tmp_path):
    problems = _audit(tmp_path, _SELF_NAMER, "zh", "丫丫母亲是王丽。", ["王丽"], "relation")
    assert problems.get("self_name_possessive") == ["answer: '丫丫' owns a kin or home without '的'"]
    assert "self_name_possessive" not in _audit(tmp_path, _SELF_NAMER, "zh", "丫丫的母亲是王丽。", ["王丽"], "relation")


def test_audit_notes_a_named_register_without_a_table(tmp_path):
    # session 32: a note on the card (audit_notes in test_audit_s32.py), no longer a record failure
    from raiden_r1.data.audit.checks_spoken import register_note

    pirate = profile("Bess Harlow", "en", Name="Bess Harlow", Age="30", **{"Speech style": "thick pirate slang"})
    assert register_note(dict(pirate.fields), "en") == "the card names a register no builder table gives ('pirate slang')"
    assert register_note(dict(_CULTIVATOR.fields), "zh") is None
