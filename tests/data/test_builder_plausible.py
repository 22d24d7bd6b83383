"""What a reader would not believe in a built record (builder/plausible.py, builder/voice.py) is
neither built nor passed by the audit: counts beyond their noun, real places in an invented
world, a card's typo as a key, a character's replies in the wrong register, a voiceless answer."""

from __future__ import annotations

import json

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.checks import profile_text
from raiden_r1.data.builder.cm import cm_drafts
from raiden_r1.data.builder.plausible import implausible_counts, invented_world
from raiden_r1.data.builder.sbk import sbk_drafts
from raiden_r1.data.builder.setting import detect_setting
from raiden_r1.data.builder.voice import is_polite, user_plain
from raiden_r1.data.profiles import profile_from_fields
from raiden_r1.data.schema import CM

# An invented world: no real place, people or dynasty where the card says it lives.
FANTASY = {"Name": "Bram Osk", "Occupation": "retired wyvern knight of the kingdom", "Hometown": "Karn Vell (a fortress)",
           "Residence": "Thistledown (a cottage by the mill pond)", "Personality": "gruff, stubborn, kind to children"}
# A real one in the past: the same kind of card, placed in York.
MEDIEVAL = {**FANTASY, "Name": "Wat Tyler", "Hometown": "York", "Residence": "Canterbury"}


def _audit(tmp_path, record: dict, card: dict):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    profiles = tmp_path / "profiles.json"
    profiles.write_text(json.dumps([{"name": record["character_name"], "profile": card}], ensure_ascii=False),
                        encoding="utf-8")
    return audit_records(path, [profiles]).results[0].problems


def _cm_record(card: dict, history: list[tuple[str, str]], key: str, neg: str, answer: str, language="en") -> dict:
    return {"character_name": card.get("Name") or card.get("名前"), "character_profile": card,
            "conversation_history": [{"role": r, "content": c} for r, c in history],
            "question": "What did I say?", "answer": answer, "keywords": [key], "negative_keywords": [neg],
            "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"language": language, "focus": CM, "family": "cm:number", "speaker": "user"}}


def test_an_inn_with_902_rooms_fails_the_audit(tmp_path):
    rec = _cm_record(MEDIEVAL, [("user", "My flock has grown to 40 sheep."), ("assistant", "40, got it."),
                                ("user", "The inn down the road has 902 rooms."), ("assistant", "All right.")],
                     "40", "902", "Your flock has 40 sheep.")
    assert _audit(tmp_path, rec, MEDIEVAL)["plausible"] == ["conversation_history: '902 rooms' is not a believable count"]


def test_an_inn_with_twelve_rooms_passes_the_audit(tmp_path):
    rec = _cm_record(MEDIEVAL, [("user", "My flock has grown to 40 sheep."), ("assistant", "40, got it."),
                                ("user", "The inn down the road has 12 rooms."), ("assistant", "All right.")],
                     "40", "12", "Your flock has 40 sheep.")
    assert "plausible" not in _audit(tmp_path, rec, MEDIEVAL)


def test_a_real_town_in_an_invented_world_fails_the_audit(tmp_path):
    rec = _cm_record(FANTASY, [("user", "Next month I'm setting out for Dover."), ("assistant", "Dover, you say?"),
                               ("user", "My cousin lives in the hills."), ("assistant", "Ah.")],
                     "Dover", "hills", "You're off to Dover.")
    assert _audit(tmp_path, rec, FANTASY)["plausible"] == [
        "conversation_history: 'Dover' is a real place; the card's world is its own"]


def test_a_typo_hair_colour_key_fails_the_audit(tmp_path):
    card = {"姓名": "林远", "发色": "粽"}
    rec = {**_cm_record(card, [], "粽", "黑", "我的头发是粽的。", "zh"), "character_name": "林远", "conversation_history": [],
           "question": "你的头发是什么颜色的？", "negative_keywords": [],
           "metadata": {"language": "zh", "focus": "script_knowledge", "family": "hair_color", "field": "发色"}}
    assert _audit(tmp_path, rec, card)["plausible"] == ["keywords.0: '粽' is not a hair_color value"]


def test_a_polite_reply_of_a_tameguchi_character_fails_the_audit(tmp_path):
    card = {"名前": "朝倉すず", "話し方": "タメ口で話す"}
    rec = _cm_record(card, [("user", "今は16号室に住んでいます。"), ("assistant", "16ですね、覚えておきます。"),
                            ("user", "バスは37番です。"), ("assistant", "37か。")], "16", "37", "16号室だよね。", "ja")
    assert _audit(tmp_path, rec, card)["replies"] == ["conversation_history.1: polite speech, the card asks for plain speech"]


def test_built_counts_fit_what_they_count():
    p = profile_from_fields("Wat Tyler", MEDIEVAL)
    texts = [m["content"] for seed in range(12) for d in cm_drafts(p, seed, 8, profile_text(p.name, p.fields))
             if d.family == "cm:number" for m in d.history]
    assert texts and implausible_counts("\n".join(texts), "en") == []


def test_an_invented_world_is_told_of_no_real_place_and_a_real_one_is():
    fantasy, medieval = profile_from_fields("Bram Osk", FANTASY), profile_from_fields("Wat Tyler", MEDIEVAL)
    assert detect_setting(fantasy.fields) == detect_setting(medieval.fields) == "historical"
    assert invented_world(fantasy.fields, "en", "historical") and not invented_world(medieval.fields, "en", "historical")
    kinds = {p.name: {d.family for d in cm_drafts(p, 0, 8, profile_text(p.name, p.fields))} for p in (fantasy, medieval)}
    assert not kinds["Bram Osk"] & {"cm:trip", "cm:weekend"}
    assert {"cm:trip", "cm:weekend"} <= kinds["Wat Tyler"]


def test_a_hair_colour_that_names_no_colour_is_skipped_and_counted():
    typo = profile_from_fields("林远", {"姓名": "林远", "发色": "粽"})
    drafts, misses = sbk_drafts(typo, 0)
    assert not [d for d in drafts if d.family == "hair_color"] and ("hair_color", "implausible_value") in misses
    good = profile_from_fields("林远", {"姓名": "林远", "发色": "棕色"})
    assert [d.keywords for d in sbk_drafts(good, 0)[0] if d.family == "hair_color"] == [[["棕色"]]]


def _built(cards: dict[str, dict[str, str]], seed: int = 0):
    profiles = [profile_from_fields(name, card) for name, card in cards.items()]
    return build_dataset(profiles, seed=seed, val_fraction=0, test_fraction=0, cm_per_character=8).splits["train"]


def test_a_tameguchi_character_replies_plainly_in_its_conversations():
    card = {"名前": "朝倉すず", "職業": "小学六年生", "話し方": "広島弁のタメ口で、誰にでも話しかける"}
    other = {"名前": "森下蒼", "職業": "気象予報士"}
    records = [r for r in _built({"朝倉すず": card, "森下蒼": other}) if r.character_name == "朝倉すず" and r.focus == CM]
    replies = [m.content for r in records for m in r.conversation_history if m.role == "assistant"]
    assert replies and [t for t in replies if is_polite(t, "ja")] == []


def test_half_of_a_plain_character_records_have_a_plain_user():
    # (a card plain "to friends" is asked by a friend every time: test_builder_s32_voice_rules.py)
    card = {"이름": "강민재", "직업": "고등학생", "나이": "17살", "취미": "라면 끓이기", "말투": "반말을 쓴다"}
    records = [r for r in _built({"강민재": card, "윤서하": {"이름": "윤서하", "직업": "항공 정비사"}})
               if r.character_name == "강민재"]
    plain_questions = [r.question for r in records if not is_polite(r.question, "ko")]
    assert 0 < len(plain_questions) < len(records)


def test_a_user_turn_is_made_plain_or_left_polite_whole():
    assert user_plain("出身はどこですか？", "ja") == "出身はどこ？"
    assert user_plain("来月の高松行きのチケットを取りました。", "ja") == "来月の高松行きのチケットを取った。"
    assert user_plain("제 새 자전거가 무슨 색이라고 했죠?", "ko") == "내 새 자전거가 무슨 색이라고 했지?"
    assert user_plain("아버지는 누구세요?", "ko") == "아버지는 누구야?"
    assert user_plain("ご存じでしょうか？", "ja") is None


def test_a_blunt_character_answers_cm_in_its_manner():
    card = {"姓名": "赵铁柱", "职业": "军人", "说话风格": "直爽豪迈，不拐弯抹角"}
    records = [r for r in _built({"赵铁柱": card, "王芳": {"姓名": "王芳", "职业": "教师"}})
               if r.character_name == "赵铁柱" and r.focus == CM]
    leads = ("嗨，这还用问？", "这我能忘？", "嘿，")
    # a bare answer is one of the options too (review 49: one lead opened five of eight answers)
    led = sum(r.answer.startswith(leads) for r in records)
    assert records and led >= len(records) // 2, [r.answer for r in records]


def test_an_age_given_two_ways_is_not_asked():
    p = profile_from_fields("云无涯", {"姓名": "云无涯", "年龄": "外貌二十五岁，实际三百余岁"})
    drafts, misses = sbk_drafts(p, 0)
    assert not [d for d in drafts if d.family == "age"] and ("age", "ambiguous_value") in misses


def test_a_trait_negative_that_may_be_true_fails_the_audit(tmp_path):
    card = {"Name": "Maren Holt", "Personality": "gentle, careful"}
    rec = {**_cm_record(card, [], "gentle", "kind", "I'm gentle and careful."), "conversation_history": [],
           "question": "What are you like?", "negative_keywords": ["kind", "reckless"],
           "metadata": {"language": "en", "focus": "script_knowledge", "family": "personality", "field": "Personality"}}
    assert _audit(tmp_path, rec, card)["plausible"] == ["negative_keywords.0: 'kind' is no opposite of the card's traits"]
