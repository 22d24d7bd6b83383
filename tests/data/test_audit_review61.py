"""The audit checks added after review 61 flag what the reviewer found (on records of cards written
for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks_places import PLACE_CHECKS
from raiden_r1.data.schema import Profile
from built_records import built_records as _records, by_family as _by_family

_EN = Profile(name="Wat Haddon", language="en", source="test", fields={
    "Name": "Wat Haddon", "Era": "1598, London", "Residence": "the Red Cow inn in Deptford, near the royal dockyard",
    "Occupation": "ferryman and warden of the Lambeth stairs", "Dislikes": "bailiffs, cold pottage, the river fogs"})
_SPACE = Profile(name="Ines Okoro", language="en", source="test", fields={
    "Name": "Ines Okoro", "Era": "2304", "Residence": "a bunk orbiting Europa", "Favorite food": "kelp noodles"})


def test_the_fixed_build_passes_the_new_checks():
    for profile in (_EN, _SPACE):
        for r in _records(profile, cm=8):
            for name, check in PLACE_CHECKS.items():
                assert check(r, profile.fields) == [], (name, r.question, r.answer, r.keywords)


def test_a_gold_with_two_prepositions_fails_preposition_clash():
    rec = _by_family(_EN)["residence"]
    assert PLACE_CHECKS["preposition_clash"](rec.model_copy(update={"answer": "I live in near the royal dockyard."}), _EN.fields)
    assert PLACE_CHECKS["preposition_clash"](rec.model_copy(update={"answer": "I've been living in orbiting Europa."}), _EN.fields)


def test_a_key_with_a_leading_article_fails_article_keys():
    rec = _by_family(_EN)["dislikes"]
    assert PLACE_CHECKS["article_keys"](rec.model_copy(update={"keywords": [["bailiffs", "the river fogs"]]}), _EN.fields)


def test_the_characters_own_place_offered_as_news_fails_own_place():
    rec = next(r for r in _records(_SPACE, cm=8) if r.focus == "conversation_memory")
    history = [t.model_copy(update={"content": "My cousin keeps telling me to visit Europa Base."}) if i == 0 else t
               for i, t in enumerate(rec.conversation_history)]
    assert PLACE_CHECKS["own_place"](rec.model_copy(update={"conversation_history": history}), _SPACE.fields)
