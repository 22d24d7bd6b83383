"""Session 32 audit: a register with no builder table is one note per card, not a failure of each
of its records; a Chinese friend owned without 的 and a Korean -기 noun glued to a bare dialect copula
are flagged. Cards invented here."""

from __future__ import annotations

import json

from raiden_r1.data.audit import audit_records, run_audit


def _record(name: str, card: dict, language: str, question: str, answer: str, keys: list, family: str) -> dict:
    return {"character_name": name, "character_profile": card, "conversation_history": [],
            "question": question, "answer": answer, "keywords": keys, "negative_keywords": [],
            "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"language": language, "focus": "script_knowledge", "family": family, "field": ""}}


def _write(tmp_path, records: list[dict]):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path


_PIRATE = {"Name": "Bess Harlow", "Age": "30", "Speech style": "thick pirate slang"}


def test_a_register_without_a_table_is_one_card_note_not_a_failure_of_each_record(tmp_path):
    path = _write(tmp_path, [_record("Bess Harlow", _PIRATE, "en", "How old are you?", "I'm 30.", ["30"], "age")] * 3)
    report = audit_records(path)
    assert not any("register_table" in r.problems for r in report.results)
    assert report.notes == ["Bess Harlow: register_table: the card names a register no builder table gives ('pirate slang')"]
    assert run_audit(path)[1].count("pirate slang") == 1


def test_a_card_with_no_named_register_has_no_note(tmp_path):
    card = {**_PIRATE, "Speech style": "plain and quick"}
    assert audit_records(_write(tmp_path, [_record("Bess Harlow", card, "en", "?", "I'm 30.", ["30"], "age")])).notes == []


_ZH = {"姓名": "许若兰", "人物关系": "好友-郑小雅；父亲-许国华"}


def _problems(tmp_path, record: dict) -> dict:
    return audit_records(_write(tmp_path, [record])).results[0].problems


def test_audit_flags_a_chinese_friend_owned_without_de(tmp_path):
    bad = _record("许若兰", _ZH, "zh", "你的好友是谁？", "我好友是郑小雅。", ["郑小雅"], "relation:好友")
    assert _problems(tmp_path, bad).get("relation_de") == ["answer: '我好友' needs 的 before a 好友"]
    good = {**bad, "answer": "我的好友是郑小雅。"}
    assert "relation_de" not in _problems(tmp_path, good)


def test_audit_lets_kin_go_without_de(tmp_path):
    kin = _record("许若兰", _ZH, "zh", "你父亲叫什么名字？", "我父亲是许国华。", ["许国华"], "relation:父亲")
    assert "relation_de" not in _problems(tmp_path, kin)


_JEJU = {"이름": "고순덕", "말투": "제주 사투리를 쓴다"}


def test_audit_flags_a_gi_noun_glued_to_a_bare_jeju_copula(tmp_path):
    bad = _record("고순덕", _JEJU, "ko", "꿈이 뭐예요?", "제 꿈은 돌담 공방 열기우다!", ["돌담 공방"], "dream")
    assert _problems(tmp_path, bad).get("gi_copula"), _problems(tmp_path, bad)
    good = {**bad, "answer": "제 꿈은 돌담 공방 열기이우다!"}
    assert "gi_copula" not in _problems(tmp_path, good)


def test_audit_flags_a_catchphrase_key_that_is_an_ending(tmp_path):
    card = {"名前": "宮坂ちか", "口癖": "「まかせとけ！」、「〜だっちゃ」"}
    bad = _record("宮坂ちか", card, "ja", "口癖は？", "よく「まかせとけ」って言うよ。", [["まかせとけ", "〜だっちゃ"]], "catchphrase")
    assert _problems(tmp_path, bad).get("fragment_keys"), _problems(tmp_path, bad)
    assert "fragment_keys" not in _problems(tmp_path, {**bad, "keywords": ["まかせとけ"]})


def test_audit_flags_a_key_with_no_word(tmp_path):
    bad = _record("许若兰", _ZH, "zh", "你最喜欢吃什么？", "我最爱吃（。", ["（"], "food")
    assert _problems(tmp_path, bad).get("fragment_keys") == ["keywords.0: '（' holds no letter, digit or CJK character"]


def test_audit_flags_a_university_offered_to_a_pupil(tmp_path):
    card = {"名前": "佐藤ゆい", "学校": "緑小学校"}
    bad = _record("佐藤ゆい", card, "ja", "どこの学校？", "緑小学校に通ってるよ。", ["緑小学校"], "school")
    bad["negative_keywords"] = ["九州大学", "南小学校"]
    assert _problems(tmp_path, bad).get("school_level") == ["negative_keywords.0: '九州大学' is a school of another level than '緑小学校'"]
    assert "school_level" not in _problems(tmp_path, {**bad, "negative_keywords": ["南小学校", "第一小学校"]})


def test_audit_flags_a_landmark_kind_as_a_place_key(tmp_path):
    card = {"이름": "고순덕", "사는 곳": "부산 송도 해수욕장 근처"}
    bad = _record("고순덕", card, "ko", "어디 살아요?", "송도 해수욕장 근처에 살아요.", [["송도", "해수욕장"]], "residence")
    assert _problems(tmp_path, bad).get("landmark_kind_key"), _problems(tmp_path, bad)
    assert "landmark_kind_key" not in _problems(tmp_path, {**bad, "keywords": [["송도"]]})


def test_a_dialect_without_a_table_is_one_card_note_not_a_failure_of_each_record(tmp_path):
    card = {"姓名": "马大勇", "年龄": "五十岁", "说话风格": "爱讲陕西话"}
    path = _write(tmp_path, [_record("马大勇", card, "zh", "你多大了？", "我五十岁。", ["五十"], "age")] * 2)
    report = audit_records(path)
    assert not any("dialect_table" in r.problems for r in report.results)
    assert [n for n in report.notes if "dialect_table" in n] == [
        "马大勇: dialect_table: the card names a dialect no builder table gives ('讲陕西话')"]
