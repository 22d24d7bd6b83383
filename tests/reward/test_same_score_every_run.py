"""The reward is a function of its inputs: the same answer gets the same score in every process,
whatever Python's hash seed (a unit table iterated as a set once read "2041年生まれ" as a school year
in some runs and as a year of birth in others)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from raiden_r1.reward.matching import unit_after

SUITE = Path(__file__).resolve().parents[2] / "data" / "redteam" / "fourteenth_ja.json"


@pytest.mark.parametrize("number,after,language,unit", [
    ("2041", "年生まれだよ", "ja", "年"),
    ("1990", "年生", "ja", "年"),
    ("3", "年生です", "ja", "年生"),
    ("27", "歳", "ja", "歳"),
    ("20", "分钟", "zh", "分钟"),
    ("3", "개월", "ko", "개월"),
    ("180", " cm tall", "en", "cm"),
])
def test_the_unit_after_a_number_is_read_the_same_way(number, after, language, unit):
    assert unit_after(number, after, language) == unit


def test_year_of_birth_is_not_another_quantity():
    from raiden_r1.data.ground_truth import GroundTruth
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer="本機は2041年に神戸の工場で製造されました。", keywords=(("2041",),), language="ja",
                        question="ハルさんはいつ作られたの？")
    assert keyword_accuracy("2041年生まれだよ、本機はね。まだまだ新品さ。", truth) == 1.0


_SCORE_SUITE = """
import json, sys
from pathlib import Path
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.audit import audit_suite
from raiden_r1.reward.vrar import keyword_accuracy
report = audit_suite(Path(sys.argv[1]))
truth = GroundTruth(answer="本機は2041年に製造されました。", keywords=(("2041",),), language="ja", question="いつ作られたの？")
scores = [(r.id, round(r.response, 9)) for r in report.results]
scores.append(("2041", keyword_accuracy("2041年生まれだよ、本機はね。", truth)))
print(json.dumps(scores))
"""


def test_scores_do_not_depend_on_the_hash_seed():
    runs = []
    for seed in ("1", "2", "3"):  # (seeds 1 and 2 read the unit table in different orders)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _SCORE_SUITE, str(SUITE)], env=env, capture_output=True,
                             text=True, check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == runs[2]
