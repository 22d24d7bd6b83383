"""Session 31: a CM answer's lead fits the card: a brusque manner ("I'm not deaf.", "嗨，这还用问？")
gives way to any other manner the card also names (precise, gentle, warm); a card that is only
gruff keeps its brusque leads. The audit flags a brusque lead from such a card. Cards invented here."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder.voice import manner_lead


_BRUSQUE = {"en": {"Course I remember. ", "I'm not deaf. ", "Easy. "}, "zh": {"嗨，这还用问？", "这我能忘？", "嘿，"},
            "ja": {"ああ、覚えてるさ。", "そんなの忘れねえよ。", "ふん、"}, "ko": {"당연히 기억하지. ", "그걸 왜 까먹어. ", "어, "}}


def _brusque(language):
    return _BRUSQUE[language]


@pytest.mark.parametrize("language, fields, answer", [
    ("en", {"Personality": "meticulous, sarcastic, quietly brave", "Speaking style": "precise and deadpan"}, "It was Tuesday."),
    ("en", {"Personality": "gentle, patient, with a dry wit"}, "It was Tuesday."),
    ("zh", {"性格": "直爽，热心肠"}, "是礼拜二。"),
    ("ja", {"性格": "口が悪いが優しい"}, "火曜日だよ。"),
    ("ko", {"성격": "무뚝뚝하지만 다정하다"}, "화요일이지."),
])
def test_a_brusque_lead_gives_way_to_the_cards_other_manner(language, fields, answer):
    leads = {manner_lead(fields, language, answer, lambda xs, i=i: xs[i % len(xs)]) for i in range(3)}
    assert leads and "" not in leads and not leads & _brusque(language), leads


@pytest.mark.parametrize("language, fields, answer", [
    ("en", {"Personality": "gruff and terse"}, "It was Tuesday."), ("zh", {"性格": "豪爽，火爆"}, "是礼拜二。"),
])
def test_a_card_that_is_only_gruff_keeps_its_brusque_leads(language, fields, answer):
    lead = manner_lead(fields, language, answer, lambda xs: xs[0])
    assert lead in _brusque(language)


def test_audit_flags_a_brusque_lead_from_a_card_with_a_gentler_manner(tmp_path):
    card = {"Name": "Lena Moss", "Personality": "kind, patient, a bit sarcastic"}
    rec = {"character_name": "Lena Moss", "character_profile": card,
           "conversation_history": [{"role": "user", "content": "My cat is called Biscuit."},
                                    {"role": "assistant", "content": "Biscuit. Lovely."}],
           "question": "What's my cat called?", "answer": "I'm not deaf. Your cat is Biscuit.", "keywords": ["Biscuit"],
           "negative_keywords": [], "question_type": "what", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "en", "focus": "conversation_memory", "family": "cm:pet_name"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems.get("brusque_lead") == [
        "answer: opens with the brusque \"I'm not deaf.\", the card also names a gentler manner"]
