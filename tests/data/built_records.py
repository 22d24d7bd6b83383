"""Records built from small invented cards, for the builder and audit tests (one copy of what each
review's test file used to define for itself)."""

from __future__ import annotations

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys
from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Profile
from raiden_r1.reward.vrar import evaluate


def profile(name: str, language: str, **fields: str) -> Profile:
    return Profile(name=name, language=language, fields=fields, source=f"test: {name}")


def built_records(*profiles: Profile, cm: int = 0) -> list:
    """Every record built from ``profiles`` (all in train: no held-out split)."""
    result = build_dataset(list(profiles), seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=cm)
    return [r for split in result.splits.values() for r in split]


def by_family(card: Profile) -> dict:
    return {r.metadata.family: r for r in built_records(card)}


def alternatives(record) -> list[str]:
    return [a for k in record.keywords for a in ([k] if isinstance(k, str) else k)]


def gold_accuracy(record, answer: str) -> float:
    """The reward's accuracy for ``answer`` against the record's own ground truth."""
    return evaluate("<think>x</think>" + answer, record_ground_truth(record)).accuracy


def field_keys(field: str, value: str) -> list[str]:
    """Every keyword alternative the builder extracts from one card field."""
    return [a for alts in extract_keys(value, classify_field(field), "x") for a in alts]
