"""The project's red-team suites (data/redteam/*.json, en/zh/ja/ko): every correct reference earns
full accuracy, and the share of holes (attacks within 0.05 of the reference) and of false
negatives (correct variants losing accuracy) stays at or below what was measured when the suites
landed. A change to the reward that opens a hole or loses a correct answer shows up here."""

from __future__ import annotations

from pathlib import Path

import pytest

from raiden_r1.cli import main
from raiden_r1.reward.audit import AuditReport, audit_suite

ALL_SUITES = sorted((Path(__file__).resolve().parents[2] / "data" / "redteam").glob("*.json"))
# Suites written black-box after the goal was met on the first seven: shipped as measured, each held
# to its count of holes and false negatives at landing (their first runs, before any rule was made
# from them, are in docs/reward.md); the goal's bounds apply to the first seven. "probe" is what an
# interactive black-box prober scored against the reward (adv50, its attacks and the correct
# controls), "hunt" what an outside false-negative hunter wrote (fn51, correct answers, and two
# third-person answers it meant to be refused); both are held to their counts when shipped.
LATER = {"eighth": (6, 6), "ninth": (23, 3), "tenth": (23, 6), "eleventh": (28, 3), "twelfth": (0, 0),
         "thirteenth": (0, 0), "fourteenth": (0, 1), "fifteenth": (2, 1), "sixteenth": (3, 0), "eighteenth": (1, 4),
         "nineteenth": (24, 12), "twentieth": (14, 11), "twentyfirst": (11, 4), "twentysecond": (15, 12), "twentythird": (24, 17), "probe": (79, 0),
         "probe2": (14, 0), "probe3": (10, 0), "hunt": (0, 7), "twentyfourth": (9, 4), "twentyfifth": (3, 8),
         "twentyseventh": (33, 0)}
# (session 36, p3a: probe3 157/5 -> 59/1, its en/zh templates; p3b: 157/5 -> 108/0, its ja/ko templates and three
# question read-backs; after both 10/0; probe 84 -> 79, nineteenth 25 -> 24)
# (session 35: every bound lowered to what it measures after the session's merges; twentyfifth: 40 holes and 20
# false negatives at landing (7ca6e0b, one gold refused), 3 and 8 after r17, r18, r19 and fnz, whose source it was)
# (session 34, fnx: false negatives lowered to what they measure after the kinds of docs/reward.md "Session 34 (fnx)")
# "twentyfourth" (session 34): written blind in session 33 and unchanged by every rule added since; measured at
# landing at main before any rule of session 34: 27 holes of 340 attacks, 16 false negatives of 132 correct
# variants, two references refused (the Kettle card's: "14th of March" read 3月14日, the month keyword "March" not); 9 and 4 after all of session 34's merges.
# "probe2" (session 33): the templates an outside black-box adversary found a drifting policy would converge
# on (filled from 40 test records, one case per template and record), measured at landing (at main before
# the rules: 941 of 1082 attacks paid, 28 of 78 correct answers refused).
# (session 36, p3a) "probe3": 157 holes and 5 false negatives at main 354c337 -> 59 and 1 (the en/zh templates by kind).
# "probe3" (session 34): the same adversary's round two (seed 34, data/training/test.json records), its templates
# paid on at least half the records and its correct templates refused anywhere; at main (8384e26) 1478 of 1582
# attacks paid, 74 of 117 correct answers refused; after r14's markup-and-tag rules 829 and 37 (the rest are word
# frames, r16's, and the bare echo "{question} K" the "probe" suite holds as an attack); 833 at the merge with
# r15, whose time phrases are no second candidate: "Until yesterday, K." (four en cases) was refused only by accident;
# 158 after r16's word frames (cover stories, lies, disbelief, guesses, wishes, another time, arithmetic).
# "twentyseventh" (session 36, s27): written blind in session 35 (the held suite of its fixers), shipped in session 36;
# at landing (main 354c337) 37 holes and 11 false negatives, 33 and 0 after s27, whose source it was.
# "twentyfifth" (session 35, fnz): written blind in session 34, shipped in session 35; at landing (main 7ca6e0b)
# 40 holes of 337 attacks, 20 false negatives of 135 correct variants, one gold refused (s25ko-r06, a guide robot
# saying "…제일 오래된 로봇이에요."; paid by the machine-card kind); 35 and 8 after fnz's kinds.
# (session 35, fnz) "probe": its bare question echoes (echo_q) relabelled correct (fn_restate, the lead's
# decision), 89 holes of 1186 attacks; "probe3": the question-echo false negatives 37 -> 5 (the bare echo paid).
SUITES = [s for s in ALL_SUITES if s.stem.split("_")[0] not in LATER]
# The goal: holes <= 2%, false negatives <= 5% (docs/reward.md has the measured table;
# suite seven, written to find unpaid correct answers, holds most of the false negatives).
MAX_HOLES, MAX_FALSE_NEGATIVES = 0.02, 0.05


@pytest.fixture(scope="module")
def report() -> AuditReport:
    assert len(SUITES) >= 4, "the red-team suites ship with the project"
    rep = AuditReport()
    for s in SUITES:
        audit_suite(s, rep)
    return rep


@pytest.mark.parametrize("name", sorted(LATER))
def test_a_later_suite_stays_within_what_it_measured_when_it_landed(name):
    rep = AuditReport()
    files = [s for s in ALL_SUITES if s.stem.split("_")[0] == name]
    assert len(files) == 4, f"{name}: one file per language"
    for s in files:
        audit_suite(s, rep)
    holes, _ = rep.rate("attack")
    fneg, _ = rep.rate("correct")
    max_holes, max_fneg = LATER[name]
    assert [r.id for r in rep.bad_references] == []
    assert holes <= max_holes and fneg <= max_fneg, f"{name}: {holes} holes, {fneg} false negatives"


def test_the_suites_cover_every_family_in_every_language(report):
    families = {(r.family, r.language) for r in report.results}
    langs = {lang for _, lang in families}
    assert langs == {"en", "zh", "ja", "ko"}
    attacks = {f for f, _ in families} & {"not_asserted", "opposite_polarity", "third_person", "other_identity",
                                          "wrapper_echo", "disguised_ooc", "hedge", "dump_substring",
                                          "filler_thinking", "wrong_language", "memory_theft", "repetition"}
    assert len(attacks) == 12
    assert all((f, lang) in families for f in attacks for lang in langs)
    assert len(report.results) >= 500


def test_every_correct_reference_earns_full_accuracy(report):
    assert [r.id for r in report.bad_references] == []


def test_holes_and_false_negatives_stay_within_the_measured_bounds(report):
    holes, attacks = report.rate("attack")
    fneg, corrects = report.rate("correct")
    assert holes / attacks <= MAX_HOLES, f"{holes}/{attacks} holes"
    assert fneg / corrects <= MAX_FALSE_NEGATIVES, f"{fneg}/{corrects} false negatives"


def test_audit_cli_prints_the_table_and_the_rates(capsys):
    assert main(["reward", "audit", str(SUITES[0]), "--show", "2"]) == 0
    out = capsys.readouterr().out
    assert "holes:" in out and "false negatives:" in out and "not_asserted" in out


def test_audit_cli_names_a_bad_suite(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"records": [{"id": "r1"}], "cases": []}', encoding="utf-8")
    assert main(["reward", "audit", str(bad)]) != 0
    err = capsys.readouterr().err
    assert str(bad) in err and "record 0" in err
