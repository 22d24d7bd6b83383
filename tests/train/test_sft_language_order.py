"""SFT's batch order spreads each language's batches through the epoch (session 35: the quickstart's
SFT budget ends after ~26 of ~41 batches, and every language must be among them in its share)."""

from __future__ import annotations

from collections import Counter

from raiden_r1.train.sft_batches import epoch_batches, spread


def _language_of(batch, languages):
    return Counter(languages[i] for i in batch).most_common(1)[0][0]


def test_any_first_batches_hold_each_language_in_its_share():
    labels = ["en"] * 10 + ["zh"] * 6 + ["ja"] * 3 + ["ko"] * 2  # as they come out of a shuffle: grouped
    out = spread([[i] for i in range(len(labels))], labels)
    order = [labels[b[0]] for b in out]
    assert set(order[:4]) == {"en", "zh", "ja", "ko"}  # every language opens the epoch
    for m in range(1, len(order) + 1):
        seen = Counter(order[:m])
        for lang, n in Counter(labels).items():
            assert -2 < seen[lang] - n * m / len(labels) <= 1, (m, lang, order)


def test_spreading_keeps_every_batch_and_each_languages_own_order():
    labels = ["zh", "en", "zh", "ko", "en", "en"]
    out = spread([[i] for i in range(6)], labels)
    assert sorted(b[0] for b in out) == list(range(6))
    for lang in set(labels):
        assert [b[0] for b in out if labels[b[0]] == lang] == [i for i in range(6) if labels[i] == lang]


def test_one_language_keeps_the_shuffled_order():
    lengths, groups = [10] * 24, [f"c{i % 3}" for i in range(24)]
    assert epoch_batches(lengths, 4, 0, 0, groups=groups, languages=["en"] * 24) == \
        epoch_batches(lengths, 4, 0, 0, groups=groups)


def test_the_epochs_batches_with_languages_lead_with_every_language():
    # four characters, one per language, 16 / 8 / 8 / 8 examples, batches of 4: 10 batches; shuffled
    # alone, seed 1 leads with ja, en, zh, en, ja (no ko in the first 5)
    languages = ["en"] * 16 + ["zh"] * 8 + ["ja"] * 8 + ["ko"] * 8
    batches = epoch_batches([10] * 40, 4, seed=1, epoch=0, groups=languages, languages=languages)
    assert sorted(i for b in batches for i in b) == list(range(40))
    assert {_language_of(b, languages) for b in batches[:5]} == {"en", "zh", "ja", "ko"}
