"""Session 31: a city slot's alternatives are the city's other names or its district, never the
country or state written after it ("Chennai (India)", "Ipoh, Perak, Malaysia"): an answer naming the
country names any town of it. Wrong towns of the country the value names. Cards invented here."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.audit import audit_records
from built_records import alternatives, built_records, gold_accuracy, profile


def _home(value, field="Birthplace"):
    card = profile("Anjali Rao", "en", Name="Anjali Rao", Age="31", Occupation="pharmacist", **{field: value})
    return next(r for r in built_records(card) if r.metadata.family == "hometown")


@pytest.mark.parametrize("value, town, region", [
    ("Madurai (India)", "Madurai", "India"), ("Madurai, India", "Madurai", "India"),
    ("Madurai, Tamil Nadu", "Madurai", "Tamil Nadu"), ("Taiping, Perak, Malaysia", "Taiping", "Perak"),
    ("Kumamoto (Japan)", "Kumamoto", "Japan"), ("Davao, the Philippines", "Davao", "Philippines"),
])
def test_a_country_or_state_is_no_key_for_the_town(value, town, region):
    record = _home(value)
    keys = alternatives(record)
    assert town in keys and not any(region.lower() in k.lower() for k in keys), keys
    assert town in record.answer and gold_accuracy(record, f"I was born in {region}.") == 0.0


def test_the_towns_other_name_stays_a_key():
    assert alternatives(_home("Mumbai (Bombay)")) == ["Mumbai", "Bombay"]


def test_a_japanese_town_gets_japanese_wrong_towns():
    negatives = _home("Kumamoto (Japan)").negative_keywords
    assert negatives and all(n in ("Tokyo", "Osaka", "Kyoto", "Nagoya", "Sapporo", "Fukuoka", "Kobe", "Hiroshima", "Sendai",
                                   "Yokohama", "Nagasaki", "Kanazawa") for n in negatives), negatives


def test_audit_flags_a_country_beside_the_town(tmp_path):
    card = {"Name": "Anjali Rao", "Birthplace": "Madurai (India)"}
    rec = {"character_name": "Anjali Rao", "character_profile": card, "conversation_history": [],
           "question": "Where were you born?", "answer": "I was born in Madurai.", "keywords": [["Madurai", "India"]],
           "negative_keywords": [], "question_type": "where", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "en", "focus": "script_knowledge", "family": "hometown",
                                              "field": "Birthplace"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems.get("lone_region")
