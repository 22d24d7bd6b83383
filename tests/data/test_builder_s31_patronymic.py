"""Session 31: Malay and Indian names of Singapore and Malaysia name the father after a marker
("Siti Hajar binti Osman", "Ganesh s/o Murugan"): the given name is what people say; neither the
marker nor the father's name is a key, a greeting or a name form; wrong answers are names of the
same culture. Cards invented here."""

from __future__ import annotations

import json

import pytest

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder.cm import _call_name
from raiden_r1.data.name_order import patronymic
from raiden_r1.data.perspective import name_forms
from built_records import alternatives, built_records, gold_accuracy, profile

_SITI = profile("Siti Hajar binti Osman", "en", Name="Siti Hajar binti Osman", Age="33", Hometown="Kota Bharu",
                Occupation="teacher", Family="father Osman bin Latif, 62, a fisherman; husband Azman bin Yusof, 35")
_GANESH = profile("Ganesh s/o Murugan", "en", Name="Ganesh s/o Murugan", Age="50", Hometown="Jurong",
                  Occupation="taxi driver", Family="wife Lakshmi d/o Raman, 47; son Vikram s/o Ganesh, 20")


@pytest.mark.parametrize("name, given, father", [
    ("Siti Hajar binti Osman", "Siti Hajar", "Osman"), ("Ganesh s/o Murugan", "Ganesh", "Murugan"),
    ("Lakshmi d/o Raman", "Lakshmi", "Raman"), ("Azman bin Yusof", "Azman", "Yusof"), ("Kavitha a/p Muthu", "Kavitha", "Muthu"),
])
def test_the_given_name_is_before_the_marker(name, given, father):
    assert patronymic(name) == (given, father)


@pytest.mark.parametrize("name", ["Tan Ah Moi", "Robin Hood", "Benjamin Binti"])
def test_other_names_have_no_marker(name):
    assert patronymic(name) is None


def _family(card, family):
    return next(r for r in built_records(card) if r.metadata.family == family)


@pytest.mark.parametrize("card, given, father", [(_SITI, "Siti Hajar", "Osman"), (_GANESH, "Ganesh", "Murugan")])
def test_the_name_question_keys_the_given_name_never_the_father(card, given, father):
    record = _family(card, "name")
    keys = alternatives(record)
    assert given in keys and card.name in keys
    assert not any(k in (father, "binti", "bin", "s/o") for k in keys), keys
    assert gold_accuracy(record, f"I'm {given}.") == 1.0
    assert gold_accuracy(record, f"I'm {father}.") == 0.0


@pytest.mark.parametrize("card, family, key, wrong", [
    (_SITI, "relation:father", "Osman", "Latif"), (_SITI, "relation:husband", "Azman", "Yusof"),
    (_GANESH, "relation:wife", "Lakshmi", "Raman"),
])
def test_a_relatives_keys_are_the_given_name(card, family, key, wrong):
    record = _family(card, family)
    assert key in alternatives(record) and wrong not in alternatives(record)


@pytest.mark.parametrize("card, pool", [(_SITI, "Siti Aminah Nur Hidayah Nurul Izzah Farah Diana Zainab Rohani Aishah "
                                                "Noraini Fatimah Salmah Hasnah Zarina Ahmad Faizal Muhammad Hafiz Mohd Azlan "
                                                "Ismail Zulkifli Hairul Nizam Syafiq Razak Kamal Amirul Firdaus Rosli"),
                                        (_GANESH, "Kavitha Lakshmi Meena Deepa Revathi Shanti Malathi Anitha Saraswathi Vani "
                                                  "Geetha Jothi Suresh Rajesh Ganesan Murugan Kumar Arjun Vijay Selvam Ravi "
                                                  "Prakash Anand Karthik")])
def test_wrong_names_are_of_the_cards_culture(card, pool):
    negatives = _family(card, "name").negative_keywords
    assert negatives and all(n in pool for n in negatives), negatives


def test_the_user_greets_by_the_given_name_and_the_reward_reads_it():
    assert _call_name(_SITI) == "Siti Hajar" and _call_name(_GANESH) == "Ganesh"
    forms = name_forms("Siti Hajar binti Osman")
    assert "siti hajar" in forms and "osman" not in forms and "binti" not in forms


def test_audit_flags_an_anglo_decoy_for_a_malay_name(tmp_path):
    rec = {"character_name": _SITI.name, "character_profile": dict(_SITI.fields), "conversation_history": [],
           "question": "What's your name?", "answer": "I'm Siti Hajar.", "keywords": [["Siti Hajar", _SITI.name]],
           "negative_keywords": ["Ada Ellison", "Zainab"], "question_type": "what", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "en", "focus": "script_knowledge", "family": "name", "field": "Name"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems.get("decoy_culture") == [
        "negative_keywords: 'Ada Ellison' is no name of the card's people (en_malay)"]
