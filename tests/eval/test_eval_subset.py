"""The quickstart's evaluation subset (eval/subset.py): every CM item, SBK per language in proportion."""

from collections import Counter
from types import SimpleNamespace

from raiden_r1.eval.subset import stratified_subset


def _records(sbk_per_lang: dict, cm: int):
    rows = [SimpleNamespace(metadata=SimpleNamespace(focus="conversation_memory", language="en"), i=f"cm{k}")
            for k in range(cm)]
    for lang, n in sbk_per_lang.items():
        rows += [SimpleNamespace(metadata=SimpleNamespace(focus="script_knowledge", language=lang), i=f"{lang}{k}")
                 for k in range(n)]
    return rows


def _kinds(rows):
    return Counter(("CM" if r.metadata.focus == "conversation_memory" else r.metadata.language) for r in rows)


def test_keeps_every_cm_item_and_splits_the_rest_by_language_share():
    recs = _records({"en": 60, "zh": 30, "ja": 10}, cm=20)
    got = stratified_subset(recs, 70, seed=0)
    assert _kinds(got) == {"CM": 20, "en": 30, "zh": 15, "ja": 5}
    assert got == sorted(got, key=recs.index)  # file order


def test_the_same_seed_gives_the_same_items_and_another_seed_others():
    recs = _records({"en": 60, "zh": 30}, cm=5)
    assert [r.i for r in stratified_subset(recs, 30, 1)] == [r.i for r in stratified_subset(recs, 30, 1)]
    assert [r.i for r in stratified_subset(recs, 30, 1)] != [r.i for r in stratified_subset(recs, 30, 2)]


def test_rounding_leftovers_go_to_the_largest_remainder():
    got = stratified_subset(_records({"en": 5, "ko": 5, "zh": 3}, cm=0), 7, seed=0)
    assert _kinds(got) == {"en": 3, "ko": 3, "zh": 1}  # quotas 2.69, 2.69, 1.62


def test_more_cm_items_than_the_size_samples_the_cm_items():
    got = stratified_subset(_records({"en": 5}, cm=10), 4, seed=0)
    assert _kinds(got) == {"CM": 4}


def test_a_size_at_least_the_split_keeps_everything():
    recs = _records({"en": 3}, cm=2)
    assert stratified_subset(recs, 5) == recs
