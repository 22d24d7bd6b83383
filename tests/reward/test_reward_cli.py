from __future__ import annotations

import json

import pytest

from raiden_r1.cli import main
from raiden_r1.data.ground_truth import GroundTruth

GT_EN = GroundTruth(answer="I usually play basketball with my friends.", keywords=(("basketball",),),
                    negative_keywords=("football",), language="en")
GT_ZH = GroundTruth(answer="我一般和朋友们一起打篮球。", keywords=(("篮球",),), language="zh")


@pytest.fixture
def rows_file(tmp_path):
    p = tmp_path / "rows.jsonl"
    p.write_text("\n".join(json.dumps({"problem": "q", "answer": g.to_json()}, ensure_ascii=False) for g in (GT_EN, GT_ZH)),
                 encoding="utf-8")
    return p


def _write(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


def test_score_prints_table_and_summary_and_writes_jsonl(rows_file, tmp_path, capsys):
    responses = _write(tmp_path / "resp.json", ["<think>I recall it.</think>I play basketball.", {"response": "作为一个AI，我喜欢篮球"}])
    out = tmp_path / "scores.jsonl"
    assert main(["reward", "score", str(rows_file), str(responses), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "overall" in text and "OOC" in text and "2 responses for 2 rows" in text
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["row"] for x in lines] == [0, 1] and lines[0]["accuracy"] == 1.0 and lines[1]["in_character"] == 0.0


def test_score_accepts_responses_keyed_by_row_index(rows_file, tmp_path, capsys):
    responses = _write(tmp_path / "resp.json", [{"index": 1, "response": "我打篮球。"}, {"index": 1, "response": "我看书。"},
                                                {"index": 0, "response": "basketball"}])
    out = tmp_path / "s.jsonl"
    assert main(["reward", "score", str(rows_file), str(responses), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["row"], r["accuracy"]) for r in rows] == [(1, 1.0), (1, 0.0), (0, 1.0)]


def test_score_reads_raiden_records(tmp_path, capsys):
    record = {"character_name": "Xiao Ming", "character_profile": {"Hobby": "basketball"}, "conversation_history": [],
              "question": "What do you do after class?", "answer": "I play basketball.", "keywords": ["basketball"],
              "negative_keywords": [], "question_type": "what", "validation_method": "single_term_validation",
              "difficulty": "easy", "metadata": {"language": "en", "focus": "script_knowledge"}}
    records = _write(tmp_path / "train.json", [record])
    responses = _write(tmp_path / "r.json", ["I play basketball."])
    assert main(["reward", "score", str(records), str(responses)]) == 0
    assert "1 responses for 1 rows" in capsys.readouterr().out


def test_score_misaligned_responses_is_a_one_line_error(rows_file, tmp_path, capsys):
    responses = _write(tmp_path / "resp.json", ["only one"])
    assert main(["reward", "score", str(rows_file), str(responses)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "1 responses for 2 rows" in err and "Traceback" not in err


def test_score_bad_rows_file_names_the_record(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"problem": "q"}\n', encoding="utf-8")
    responses = _write(tmp_path / "resp.json", ["x"])
    assert main(["reward", "score", str(rows), str(responses)]) == 2
    assert "record 0: answer: missing" in capsys.readouterr().err


def test_explain_traces_match_rules_and_arithmetic(capsys):
    code = main(["reward", "explain", "--ground-truth", GT_EN.to_json(), "--json",
                 "--response", "<think>I recall the ball games with my friends after school.</think>I play basketball or football!"])
    assert code == 0
    text = capsys.readouterr().out
    assert "'basketball' at 7" in text and "NOT EARNED: hedged ('or')" in text
    assert "negative keyword(s) asserted (football)" in text
    assert "overall = (0.5 x 0.000 + 0.3 x 1.000 + 0.2 x" in text
    assert json.loads(text.strip().splitlines()[-1])["accuracy"] == 0.0


def test_explain_from_rows_and_responses_files(rows_file, tmp_path, capsys):
    responses = _write(tmp_path / "resp.json", ["x", "我一般和朋友打篮球，你呢？"])
    assert main(["reward", "explain", "--rows", str(rows_file), "--row", "1", "--responses", str(responses)]) == 0
    text = capsys.readouterr().out
    assert "item 1 [篮球]: '篮球'" in text and "rules fired:" in text and "no think tags" in text


def test_explain_positional_form_of_the_readme(rows_file, capsys):
    assert main(["reward", "explain", "--row", "0", str(rows_file), "<think>I recall.</think> I play basketball."]) == 0
    assert "item 1 [basketball]: 'basketball'" in capsys.readouterr().out


def test_explain_ground_truth_with_positional_response(capsys):
    assert main(["reward", "explain", "--ground-truth", "Paris", "Paris!"]) == 0
    assert "exact match" in capsys.readouterr().out


def test_explain_needs_exactly_one_ground_truth_source(capsys):
    assert main(["reward", "explain", "--response", "x"]) == 2
    assert "exactly one of --ground-truth and a rows file" in capsys.readouterr().err


def test_explain_escapes_unprintable_characters(capsys):
    assert main(["reward", "explain", "--ground-truth", "x", "--response", "a\x00b\ud800c"]) == 0
    assert "\\x00" in capsys.readouterr().out


def test_score_accepts_a_mapping_of_row_to_rollouts(rows_file, tmp_path):
    responses = _write(tmp_path / "resp.json", {"1": ["我打篮球。", "我看书。"], "0": "basketball"})
    out = tmp_path / "s.jsonl"
    assert main(["reward", "score", str(rows_file), str(responses), "--out", str(out), "--show", "0"]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["row"], r["accuracy"]) for r in rows] == [(1, 1.0), (1, 0.0), (0, 1.0)]


def test_score_unknown_row_id_is_a_one_line_error(rows_file, tmp_path, capsys):
    responses = _write(tmp_path / "resp.json", [{"id": "nope", "response": "x"}])
    assert main(["reward", "score", str(rows_file), str(responses)]) == 2
    assert "id 'nope' matches no row" in capsys.readouterr().err
