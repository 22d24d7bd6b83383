"""An English name of an institution or a title runs on over its "and" ("College of William and
Mary", "Minister of Trade and Industry"), never cut there; a second title after "and" that takes its
own "of" is no part of the first (session 33). Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.audit.checks_roles import check_and_cut
from raiden_r1.data.builder.fields import BY_NAME
from raiden_r1.data.builder.keys import extract_keys
from built_records import built_records, profile


@pytest.mark.parametrize("family, value, key", [
    ("school", "College of Arts and Crafts", "College of Arts and Crafts"),
    ("school", "Institute of Mining and Metallurgy", "Institute of Mining and Metallurgy"),
    ("occupation", "Secretary of Roads and Bridges", "Secretary of Roads and Bridges"),
    ("occupation", "Keeper of the Lamps and Bells", "Keeper of the Lamps and Bells"),
])
def test_a_name_runs_on_over_its_and(family, value, key):
    assert extract_keys(value, BY_NAME[family])[0][0] == key


def test_a_second_title_after_and_is_no_part_of_the_first():
    assert extract_keys("Baron of Elmsford and Warden of the Marches", BY_NAME["occupation"])[0][0] == "Baron of Elmsford"


def test_the_audit_flags_a_name_cut_at_its_and():
    card = profile("Iris Dane", "en", Name="Iris Dane", Education="College of Arts and Crafts", Hobbies="pottery")
    record = next(r for r in built_records(card) if r.metadata.family == "school")
    assert not check_and_cut(record, card.fields)
    assert check_and_cut(record.model_copy(update={"keywords": ["College of Arts"]}), card.fields)
