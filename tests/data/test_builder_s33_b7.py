"""Review 73 kinds (session 33, b7): a home written as units joined by ・/の is keyed by each place, and
a job's bracketed title of the same trade is an answer too. Cards invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.coverage import bracketed_ranks
from raiden_r1.data.builder.fields import BY_NAME
from raiden_r1.data.builder.place_keys import place_keys
from built_records import alternatives, built_records, profile


@pytest.mark.parametrize("value, places", [
    ("近江国・大津京の南", None),
    ("摂津国・難波京の西", ["難波京", "摂津国"]),
    ("尾張国の清洲", ["清洲", "尾張国"]),
])
def test_joined_units_are_keyed_by_each_place(value, places):
    alts = place_keys(value, BY_NAME["hometown"])[0]
    assert alts[0] == value or value in alts
    assert not any(a.startswith(("の", "・")) for a in alts)
    if places:
        assert set(places) <= set(alts)


@pytest.mark.parametrize("value, expected", [
    ("寺に仕える絵師（御用絵師）", ["御用絵師"]),
    ("中药铺的药师（主药师）", ["主药师"]),
    ("약사(한약사)", ["한약사"]),
    ("ship engineer (chief engineer)", ["chief engineer"]),
    ("教師（国語担当）", []),
    ("teacher (retired)", []),
])
def test_a_bracketed_title_of_the_same_trade_is_an_answer(value, expected):
    assert bracketed_ranks(value) == expected


def test_a_card_job_takes_its_bracketed_title():
    card = profile("Mara Quill", "en", Name="Mara Quill", Age="41", Occupation="ship engineer (chief engineer)", Hobbies="chess")
    job = next(r for r in built_records(card) if r.metadata.family == "occupation")
    assert "chief engineer" in alternatives(job)
