import pytest

from raiden_r1.eval.judge import CM_GRADES, SBK_GRADES, grade_score, parse_grade

CM = "conversation_memory"
SBK = "script_knowledge"


@pytest.mark.parametrize("text,focus,want", [
    ("The answer names the right city.\nGrade: A", SBK, "A"),
    ("**Grade:** b", SBK, "B"),
    ("评分：Grade：C", SBK, "C"),
    ('{"reason": "refuses", "grade": "D"}', CM, "D"),
    ("Grade: B ... on reflection, Grade: C", SBK, "C"),  # the last verdict counts
    ("E", CM, "E"),
    ("Grade: E", SBK, None),  # SBK has four grades only
    ("I think it is mostly right.", SBK, None),
    ("", CM, None),
])
def test_parse_grade(text, focus, want):
    assert parse_grade(text, focus) == want


def test_grades_map_best_to_one_and_worst_to_zero_in_order():
    for grades, focus in ((SBK_GRADES, SBK), (CM_GRADES, CM)):
        scores = [grade_score(g[0], focus) for g in grades]
        assert scores[0] == 1.0 and scores[-1] == 0.0
        assert scores == sorted(scores, reverse=True)
