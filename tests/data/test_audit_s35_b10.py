"""Session 35 (review 75): the audit flags a negative that is an everyday word or the card's own
name read another way, a relation's wrong answers of the other sex, a pet kind asked as a name, and
modern pet words or katakana pet names in an old card. Records invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_negatives import check_decoy_sex, check_negative_words, check_pet_era, check_pet_kind
from raiden_r1.data.schema import Record

_EDO = {"名前": "辰巳屋 伝兵衛", "時代": "天保三年（1832年）の江戸", "家族": "妻のお鶴、跡取り息子の辰吉", "ペット": "金魚"}


def _record(card, language, question, answer, keys, negatives, family, focus="script_knowledge", history=()) -> Record:
    return Record.model_validate({
        "character_name": "x", "character_profile": card, "conversation_history": list(history), "question": question,
        "answer": answer, "keywords": keys, "negative_keywords": negatives, "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": focus, "family": family, "field": "x"}})


def test_an_everyday_word_negative_is_flagged():
    rec = _record(_EDO, "ja", "跡取りは？", "辰吉でございます。", ["辰吉"], ["その", "源太"], "relation:跡取り息子")
    assert any("'その'" in p for p in check_negative_words(rec, _EDO))


def test_a_negative_reading_as_the_cards_name_is_flagged():
    rec = _record(_EDO, "ja", "奥様は？", "お鶴でございます。", ["お鶴"], ["つる", "しの"], "relation:妻")
    problems = check_negative_words(rec, _EDO)
    assert len(problems) == 1 and "'つる'" in problems[0]


def test_plain_name_negatives_pass():
    card = {"姓名": "石老三", "家人": "儿子石头"}
    rec = _record(card, "zh", "你儿子叫什么？", "我儿子叫石头。", ["石头"], ["王建国", "李志强"], "relation:儿子")
    assert check_negative_words(rec, card) == []


def test_womens_names_for_a_son_are_flagged():
    rec = _record(_EDO, "ja", "跡取りは？", "辰吉でございます。", ["辰吉"], ["きぬ", "源太"], "relation:跡取り息子")
    problems = check_decoy_sex(rec, _EDO)
    assert len(problems) == 1 and "'きぬ'" in problems[0]


def test_a_mans_name_for_a_ko_daughter_is_flagged():
    card = {"이름": "권만석", "가족": "큰딸 권순이"}
    rec = _record(card, "ko", "큰딸 이름이 뭐예요?", "순이요.", ["순이"], ["만복", "복순"], "relation:큰딸")
    assert [p for p in check_decoy_sex(rec, card) if "'만복'" in p]


def test_a_pet_kind_asked_as_a_name_is_flagged():
    rec = _record(_EDO, "ja", "ペットの名前は何ですか？", "金魚でございます。", ["金魚"], [], "pets")
    assert check_pet_kind(rec, _EDO)


def test_a_pet_kind_asked_as_a_kind_passes():
    rec = _record(_EDO, "ja", "何を飼っていますか？", "金魚を飼っております。", ["金魚"], [], "pets")
    assert check_pet_kind(rec, _EDO) == []


def test_a_modern_pet_word_in_an_old_zh_card_is_flagged():
    card = {"姓名": "石老三", "年代": "1930年代的汉口", "职业": "码头搬运工", "宠物": "一条土狗"}
    rec = _record(card, "zh", "你的宠物叫什么名字？", "我的宠物叫旺财。", ["旺财"], [], "pets")
    assert check_pet_era(rec, card)


def test_a_katakana_cm_pet_name_in_an_edo_card_is_flagged():
    history = [{"role": "user", "content": "馬を飼い始めました。ソラといいます。"}, {"role": "assistant", "content": "ほう。"}]
    rec = _record(_EDO, "ja", "私の馬の名前、覚えていますか？", "ソラでございます。", ["ソラ"], [], "cm:pet_name",
                  focus="conversation_memory", history=history)
    assert any("ソラ" in p for p in check_pet_era(rec, _EDO))
