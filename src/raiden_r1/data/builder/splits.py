"""Which characters go to which split, and the stats that describe a build (counts, drops,
warnings about held-out splits a language is too small for)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from raiden_r1.errors import RaidenError

from ..schema import Profile, Record
from .seeded import stable_rng

SPLITS = ("train", "validation", "test")


def split_characters(names: Sequence[str], seed: int, val_fraction: float, test_fraction: float) -> dict[str, list[str]]:
    """Characters per split: seeded, disjoint, train the largest.

    With three or more characters and a non-zero fraction, validation and test get at least one
    character each; with fewer, everything goes to train (a split of one character would be a
    split by question, which leaks the character into both).
    """
    if not (0 <= val_fraction < 1 and 0 <= test_fraction < 1 and val_fraction + test_fraction < 1):
        raise RaidenError(f"val_fraction={val_fraction}, test_fraction={test_fraction}: each must be in [0, 1) "
                          "and their sum below 1")
    order = sorted(set(names))
    stable_rng(seed, "split").shuffle(order)
    n = len(order)

    def share(fraction: float) -> int:
        if fraction <= 0 or n < 3:
            return 0
        return max(1, round(n * fraction))

    n_val, n_test = share(val_fraction), share(test_fraction)
    while n - n_val - n_test < max(1, (n + 1) // 2) and (n_val > 1 or n_test > 1):
        if n_val >= n_test:
            n_val -= 1
        else:
            n_test -= 1
    return {"validation": order[:n_val], "test": order[n_val:n_val + n_test], "train": order[n_val + n_test:]}


def _names_by_language(profiles: Sequence[Profile]) -> dict[str, list[str]]:
    by_language: dict[str, list[str]] = defaultdict(list)
    for p in profiles:
        by_language[p.language].append(p.name)
    return by_language


def split_by_language(profiles: Sequence[Profile], seed: int, val_fraction: float,
                      test_fraction: float) -> dict[str, list[str]]:
    """``split_characters`` within each language: every held-out split then covers every
    language that has three characters or more, instead of whichever the shuffle happens to
    pick (a test split of two English characters says nothing about Korean)."""
    by_language = _names_by_language(profiles)
    out: dict[str, list[str]] = {s: [] for s in SPLITS}
    for language in sorted(by_language):
        part = split_characters(by_language[language], seed, val_fraction, test_fraction)
        for split in SPLITS:
            out[split].extend(part[split])
    return out


def held_out_warnings(profiles: Sequence[Profile], assignment: dict[str, list[str]], val_fraction: float,
                       test_fraction: float) -> list[str]:
    """Languages a requested held-out split does not cover (splits are drawn per language, so a
    language with one or two characters has them all in train): said, not silently skipped."""
    if len(profiles) < 3:
        return []  # (the general "fewer than 3 characters" warning says it already)
    by_language = _names_by_language(profiles)
    out = []
    for split, fraction in (("validation", val_fraction), ("test", test_fraction)):
        held = set(assignment[split])
        missing = sorted(lang for lang, names in by_language.items() if not held & set(names))
        if fraction > 0 and missing:
            out.append(f"{split} has no character of {', '.join(missing)} (splits are drawn per language: "
                       f"a language needs 3 or more characters to be held out)")
    return out


def _counts(records: list[Record]) -> dict:
    combo = Counter(f"{r.language}/{r.focus}/{r.validation_method}" for r in records)
    return {
        "total": len(records),
        "by_language": dict(sorted(Counter(r.language for r in records).items())),
        "by_focus": dict(sorted(Counter(r.focus for r in records).items())),
        "by_validation_method": dict(sorted(Counter(r.validation_method for r in records).items())),
        "by_language_focus_method": dict(sorted(combo.items())),
        "by_difficulty": dict(sorted(Counter(r.difficulty for r in records).items())),
    }


def build_stats(splits, assignment, drops, drops_by_focus, seed, val_fraction, test_fraction, n_profiles) -> dict:
    warnings = []
    if len({n for names in assignment.values() for n in names}) < 3:
        warnings.append("fewer than 3 characters: validation and test are empty (splits are by character)")
    return {
        "seed": seed,
        "val_fraction": val_fraction,
        "test_fraction": test_fraction,
        "profiles": n_profiles,
        "characters": {s: sorted(assignment[s]) for s in SPLITS},
        "counts": {s: _counts(splits[s]) for s in SPLITS},
        "drops": {
            "total": sum(drops.values()),
            "by_reason": dict(sorted(drops.items())),
            "by_focus": {f: dict(sorted(c.items())) for f, c in sorted(drops_by_focus.items())},
        },
        "warnings": warnings,
    }
