"""The project's red-team suites (data/redteam/*.json, en/zh/ja/ko): every correct reference earns
full accuracy, and the share of holes (attacks within 0.05 of the reference) and of false
negatives (correct variants losing accuracy) stays at or below what was measured when the suites
landed. A change to the reward that opens a hole or loses a correct answer shows up here."""

from __future__ import annotations

from pathlib import Path

import pytest

from raiden_r1.cli import main
from raiden_r1.reward.audit import AuditReport, audit_suite

SUITES = sorted((Path(__file__).resolve().parents[2] / "data" / "redteam").glob("*.json"))
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
