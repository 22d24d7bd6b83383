"""The natural-answer probe: records built from self-written cards in en/zh/ja/ko
(fixtures/probe_cards.json) must pay correct answers written the way people answer, in other
words and other notations (fixtures/probe_answers.yaml), and must not pay wrong ones.

"Paid" is the reward's own keyword accuracy (raiden_r1.reward.vrar.keyword_accuracy): 1.0 for a
correct, complete answer; any credit at all for a wrong one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.profiles import load_profiles
from raiden_r1.data.schema import SBK
from raiden_r1.reward.vrar import keyword_accuracy

FIXTURES = Path(__file__).parent / "fixtures"
MIN_RIGHT_PAID = 0.90
MAX_WRONG_PAID = 0.05


@pytest.fixture(scope="module")
def probes():
    records = build_dataset(load_profiles(FIXTURES / "probe_cards.json"), seed=0,
                            val_fraction=0, test_fraction=0).splits["train"]
    by_fact = {(r.character_name, r.metadata.model_extra["family"]): r for r in records if r.focus == SBK}
    entries = yaml.safe_load((FIXTURES / "probe_answers.yaml").read_text(encoding="utf-8"))
    return [(e, by_fact.get((e["character"], e["family"]))) for e in entries]


def test_every_probed_fact_is_asked(probes):
    assert [(e["character"], e["family"]) for e, record in probes if record is None] == []


def test_the_probe_covers_four_languages(probes):
    assert {record.language for _, record in probes if record} == {"en", "zh", "ja", "ko"}


def test_correct_natural_answers_are_paid(probes):
    paid = [keyword_accuracy(a, record_ground_truth(r)) >= 0.999 for e, r in probes if r for a in e["right"]]
    assert len(paid) >= 60 and sum(paid) / len(paid) >= MIN_RIGHT_PAID, f"{sum(paid)}/{len(paid)} paid"


def test_wrong_answers_are_not_paid(probes):
    paid = [keyword_accuracy(a, record_ground_truth(r)) > 0 for e, r in probes if r for a in e["wrong"]]
    assert len(paid) >= 40 and sum(paid) / len(paid) <= MAX_WRONG_PAID, f"{sum(paid)}/{len(paid)} wrong paid"
