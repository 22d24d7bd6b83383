"""The sample data shipped in data/: our own profiles and the dataset built from them.

The quickstart and the guide's default paths read these files, so they must load, cover what the
paper's training needs (SBK and CM, STV and MTDP, several languages, unseen characters in
validation/test), and stay exactly what the builder makes from data/profiles.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.profiles import detect_profile_format, load_profiles
from raiden_r1.data.records_io import load_records
from raiden_r1.data.schema import CM, MTDP, SBK, STV, Record
from raiden_r1.text import contains_term, normalize, normalize_term

ROOT = Path(__file__).resolve().parents[2]
PROFILES = ROOT / "data" / "profiles" / "characters.json"
ONLINE = ROOT / "data" / "profiles" / "online_profiles.jsonl"
TRAINING = ROOT / "data" / "training"
SPLITS = ("train", "validation", "test")
OUTPUTS = (*SPLITS, "stats")
# The command in data/README.md; the seed is also recorded in stats.json (checked below).
SEED = 0


@pytest.fixture(scope="module")
def profiles():
    return load_profiles(PROFILES)


@pytest.fixture(scope="module")
def splits() -> dict[str, list[Record]]:
    return {name: load_records(TRAINING / f"{name}.json") for name in SPLITS}


@pytest.fixture(scope="module")
def stats() -> dict:
    return json.loads((TRAINING / "stats.json").read_text(encoding="utf-8"))


def _all(splits: dict[str, list[Record]]) -> list[Record]:
    return [r for records in splits.values() for r in records]


def _characters(records: list[Record]) -> set[str]:
    return {r.character_name for r in records}


def _language_of(profiles) -> dict[str, str]:
    return {p.name: p.language for p in profiles}


# --- profiles -------------------------------------------------------------------------------------

def test_profiles_are_plain_json_with_enough_characters_per_language(profiles):
    assert detect_profile_format(PROFILES) == "plain"
    langs = Counter(p.language for p in profiles)
    assert len(profiles) >= 12
    assert langs["en"] >= 5 and langs["zh"] >= 5 and langs["ja"] >= 2, langs


def test_profiles_are_rich_and_uniquely_named(profiles):
    names = [p.name for p in profiles]
    assert len(set(names)) == len(names)
    thin = {p.name: len(p.fields) for p in profiles if len(p.fields) < 15}
    assert not thin, f"profiles with fewer than 15 fields: {thin}"
    empty = [(p.name, k) for p in profiles for k, v in p.fields.items() if not v.strip()]
    assert not empty


@pytest.mark.parametrize("family", ["food", "pets", "hometown", "residence", "hobbies", "relationships"])
def test_profiles_differ_in_their_crisp_facts(profiles, family):
    # Negative keywords come from other characters' values for the same field family: a value two
    # characters share would make a right answer count as wrong.
    values = [v for p in profiles for k, v in p.fields.items()
              if (fam := classify_field(k)) is not None and fam.name == family]
    assert len(values) >= 12, values
    assert len(set(values)) == len(values), f"{family}: repeated values"


def test_online_profiles_example_is_read_as_the_second_format():
    assert detect_profile_format(ONLINE) == "online"
    online = {p.name: p for p in load_profiles(ONLINE)}
    assert set(online) == {"Wendell Pike", "沈墨"}
    assert online["沈墨"].language == "zh" and online["Wendell Pike"].language == "en"
    assert "Relationships" in online["Wendell Pike"].fields


# --- the built dataset -------------------------------------------------------------------------

def test_shipped_splits_load_and_hold_enough_records(splits):
    assert all(splits[name] for name in SPLITS), {n: len(r) for n, r in splits.items()}
    assert len(_all(splits)) >= 400


def test_dataset_has_both_focuses_and_multi_term_records_only_for_several_people(splits):
    # A list (hobbies, works, an address) is one any-of item: any item of the card answers, so
    # several terms are required only where a card names several people under one relation
    # ("儿子: 李健, 李康"), which no shipped card does; a CM question asks one thing.
    train = splits["train"]
    assert {r.focus for r in train} == {SBK, CM}
    combos = Counter((r.focus, r.validation_method) for r in _all(splits))
    assert combos[(SBK, STV)] and combos[(CM, STV)] and not combos[(CM, MTDP)], combos
    multi = [r for r in _all(splits) if r.validation_method == MTDP]
    assert all(r.metadata.model_extra["family"].startswith("relation:") for r in multi), multi[:2]


def test_dataset_covers_the_profiles_languages(splits, profiles):
    lang = _language_of(profiles)
    built = _characters(_all(splits))
    assert built <= set(lang), built - set(lang)
    per_lang = Counter(lang[name] for name in built)
    assert len(built) >= 12
    assert per_lang["en"] >= 5 and per_lang["zh"] >= 5 and per_lang["ja"] >= 2, per_lang
    record_langs = Counter(r.language for r in _all(splits))
    assert all(record_langs[x] > 0 for x in ("en", "zh", "ja")), record_langs


def test_records_speak_their_characters_language(splits, profiles):
    lang = _language_of(profiles)
    wrong = [(r.character_name, r.language) for r in _all(splits) if r.language != lang[r.character_name]]
    assert not wrong, wrong[:5]


def test_no_character_is_in_two_splits(splits):
    seen = {name: _characters(records) for name, records in splits.items()}
    for i, a in enumerate(SPLITS):
        for b in SPLITS[i + 1:]:
            assert not seen[a] & seen[b], (a, b, seen[a] & seen[b])


def test_held_out_splits_include_english_characters(splits, profiles):
    # The embedded default model knows little Chinese or Japanese: the quickstart's evaluation
    # needs unseen English characters to show anything.
    lang = _language_of(profiles)
    held_out = _characters(splits["validation"]) | _characters(splits["test"])
    assert sum(lang[name] == "en" for name in held_out) >= 2, held_out


def test_held_out_test_split_is_large_enough_in_every_language(splits):
    # issue 13: >= 120 SBK and >= 40 CM items, over en/zh/ja/ko, so per-language held-out
    # accuracy means something
    test = splits["test"]
    assert sum(r.focus == SBK for r in test) >= 120 and sum(r.focus == CM for r in test) >= 40
    assert {(r.language, r.focus) for r in test} == {(x, f) for x in ("en", "zh", "ja", "ko") for f in (SBK, CM)}


def test_every_shipped_record_passes_the_audit():
    from raiden_r1.data.audit import audit_records

    for name in SPLITS:
        report = audit_records(TRAINING / f"{name}.json", [PROFILES])
        assert report.failure_lines() == [], name


def test_stats_describe_the_shipped_splits(stats, splits):
    assert stats["seed"] == SEED
    for name in SPLITS:
        assert stats["counts"][name]["total"] == len(splits[name]), name
        assert sorted(stats["characters"][name]) == sorted(_characters(splits[name])), name


def test_every_keyword_is_grounded_where_the_answer_must_come_from(splits):
    # SBK keywords must be in the profile, CM keywords in the conversation and not in the profile
    # (docs/formats.md §2): a keyword found nowhere makes the reward unwinnable, a CM keyword the
    # profile already states tests nothing about memory.
    def found(item, text: str) -> bool:
        return any(contains_term(text, normalize_term(a)) for a in ([item] if isinstance(item, str) else item))

    bad = []
    for r in _all(splits):
        profile = normalize(" ".join([r.character_name, *r.character_profile.values()]))
        history = normalize(" ".join(m.content for m in r.conversation_history))
        for item in r.keywords:
            ok = found(item, profile) if r.focus == SBK else found(item, history) and not found(item, profile)
            if not ok:
                bad.append((r.character_name, r.focus, r.question, item))
    assert not bad, bad[:5]


def test_rebuilding_from_the_profiles_gives_the_shipped_files_byte_for_byte(tmp_path, stats):
    from raiden_r1.data.builder import build_from_files

    build_from_files([PROFILES], tmp_path, seed=stats["seed"],
                     val_fraction=stats["val_fraction"], test_fraction=stats["test_fraction"],
                     cm_per_character=stats["cm_per_character"])
    for name in OUTPUTS:
        shipped = (TRAINING / f"{name}.json").read_bytes()
        rebuilt = (tmp_path / f"{name}.json").read_bytes()
        assert rebuilt == shipped, (
            f"data/training/{name}.json differs from a rebuild: run "
            f"'raiden-r1 data build --profiles data/profiles/characters.json --out data/training --seed {SEED} "
            f"--test-fraction 0.25 --cm-per-character 8'")


def test_an_answer_running_through_the_characters_people_earns_no_accuracy(splits):
    # what a GRPO-trained SmolLM2 answered on a held-out character when only other characters'
    # names were negatives: the right name among the character's other people
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.reward.vrar import score_response

    rec = next(r for split in splits.values() for r in split
               if r.character_name == "Maisie Callahan" and "rival" in r.question)
    gt = record_ground_truth(rec).to_json()
    sprayed = "She is Caleb Strand. I think she is Jasmine Oduya. I'm thinking of Rosa Callahan."
    assert score_response("My rival is Caleb Strand.", gt)["accuracy"] == 1.0
    assert score_response(sprayed, gt)["accuracy"] == 0.0
