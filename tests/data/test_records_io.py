"""Record files: JSON array vs JSONL, error positions, legacy completion, writing."""

import json
from pathlib import Path

import pytest

from raiden_r1.data.records_io import check_records, complete_legacy, load_records, read_rows, write_rows
from raiden_r1.errors import RaidenError

FIXTURES = Path(__file__).parent / "fixtures"


def _good_rows() -> list[dict]:
    return json.loads((FIXTURES / "records_good.json").read_text(encoding="utf-8"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_json_array_and_jsonl_read_the_same(tmp_path):
    rows = _good_rows()
    jsonl = _write(tmp_path / "r.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    assert read_rows(FIXTURES / "records_good.json") == rows
    assert read_rows(jsonl) == rows


def test_jsonl_content_in_a_json_named_file(tmp_path):
    rows = _good_rows()
    path = _write(tmp_path / "r.json", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    assert read_rows(path) == rows


def test_array_in_a_jsonl_named_file(tmp_path):
    path = _write(tmp_path / "r.jsonl", json.dumps(_good_rows(), indent=2))
    assert len(read_rows(path)) == 2


def test_single_object_is_one_row(tmp_path):
    path = _write(tmp_path / "r.json", json.dumps(_good_rows()[0], indent=2))
    assert read_rows(path) == [_good_rows()[0]]


def test_invalid_json_array_names_line_and_column(tmp_path):
    path = _write(tmp_path / "r.json", '[\n {"a": 1},\n {"a": }\n]')
    with pytest.raises(RaidenError, match=r"r\.json: line 3, column 8: invalid JSON: Expecting value"):
        read_rows(path)


def test_invalid_jsonl_line_names_line_and_column(tmp_path):
    path = _write(tmp_path / "r.jsonl", '{"a": 1}\n\n{"a": 2,}\n')
    with pytest.raises(RaidenError, match=r"r\.jsonl: line 3, column 9: invalid JSON"):
        read_rows(path)


@pytest.mark.parametrize("content, message", [(None, "file not found"), ("  \n", "file is empty")])
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "r.json"
    if content is not None:
        _write(path, content)
    with pytest.raises(RaidenError, match=message):
        read_rows(path)


def test_legacy_completion_fills_and_reports():
    row = {"question": "Where do you live?", "answer": "In Leeds.", "keywords": "Leeds", "metadata": {}}
    filled_row, filled = complete_legacy(row)
    assert filled_row["keywords"] == ["Leeds"] and filled_row["negative_keywords"] == []
    assert filled_row["metadata"] == {"language": "en", "focus": "script_knowledge"}
    assert (filled_row["validation_method"], filled_row["question_type"], filled_row["difficulty"]) == (
        "single_term_validation", "where", "medium")
    assert "metadata.language=en (detected)" in filled and "keywords as a list" in filled
    assert row["keywords"] == "Leeds"  # the input row is not modified


def test_legacy_completion_leaves_complete_rows_alone():
    row = _good_rows()[1]
    assert complete_legacy(row) == (row, [])


def test_legacy_file_loads_with_notes():
    records, problems, notes = check_records(FIXTURES / "records_legacy.jsonl")
    assert problems == [] and len(records) == 2
    assert records[1].keywords == ["团子"] and records[1].metadata.language == "zh"
    assert notes[0].endswith("record 0: filled negative_keywords=[], metadata.language=en (detected)")


def test_check_records_reports_every_problem_with_index_and_field(tmp_path):
    rows = _good_rows()
    rows[0]["keywords"] = []
    rows[1]["validation_method"] = "single_term_validation"  # two keyword items
    rows.append("not an object")
    path = _write(tmp_path / "r.json", json.dumps(rows, ensure_ascii=False))
    records, problems, _ = check_records(path)
    assert records == []
    assert problems == [
        f"{path}: record 0: keywords: at least one keyword item is required",
        f"{path}: record 1: validation_method: single_term_validation needs exactly one keyword item, got 2",
        f"{path}: record 2: expected a JSON object, got str",
    ]


def test_load_records_raises_first_problem_and_counts_the_rest(tmp_path):
    rows = _good_rows()
    for r in rows:
        r["difficulty"] = "extreme"
    path = _write(tmp_path / "r.json", json.dumps(rows, ensure_ascii=False))
    with pytest.raises(RaidenError, match=r"record 0: difficulty: .*\(and 1 more problems; run 'raiden-r1 data validate"):
        load_records(path)


def test_load_records_refuses_empty_array(tmp_path):
    with pytest.raises(RaidenError, match="no records"):
        load_records(_write(tmp_path / "r.json", "[]"))


@pytest.mark.parametrize("name", ["out.json", "out.jsonl"])
def test_write_rows_round_trip(tmp_path, name):
    records = load_records(FIXTURES / "records_good.json")
    path = write_rows(tmp_path / "sub" / name, records)
    assert load_records(path) == records
    assert "豆包" in path.read_text(encoding="utf-8")  # ensure_ascii=False
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_write_rows_format_by_extension(tmp_path):
    rows = [{"a": 1}, {"a": 2}]
    assert (write_rows(tmp_path / "x.jsonl", rows)).read_text().splitlines() == ['{"a": 1}', '{"a": 2}']
    assert json.loads((write_rows(tmp_path / "x.json", rows)).read_text()) == rows


def test_cot_is_kept_when_given_and_absent_from_the_dump_when_not():
    from raiden_r1.data.schema import Record

    base = {"character_name": "A", "character_profile": {"Name": "A"}, "question": "Where are you from?",
            "answer": "I'm from Oslo.", "keywords": ["Oslo"], "question_type": "where",
            "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"language": "en", "focus": "script_knowledge"}}
    assert "cot" not in Record.model_validate(base).model_dump(mode="json")
    with_cot = Record.model_validate({**base, "cot": "I grew up by the fjord, in Oslo."})
    assert with_cot.model_dump(mode="json")["cot"] == "I grew up by the fjord, in Oslo."
