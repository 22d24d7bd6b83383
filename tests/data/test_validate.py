"""`raiden-r1 data validate FILE`, run through the real CLI entry point."""

import json
from pathlib import Path

import pytest

from raiden_r1.cli import main
from raiden_r1.data.validate import check_easyr1_row, detect_file_kind

FIXTURES = Path(__file__).parent / "fixtures"


def _validate(capsys, path, *flags) -> tuple[int, list[str], str]:
    code = main(["data", "validate", str(path), *flags])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def _write(tmp_path: Path, name: str, rows) -> Path:
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


def _easyr1_rows() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "easyr1_rows.jsonl").read_text(encoding="utf-8").splitlines()]


def _good_records() -> list[dict]:
    return json.loads((FIXTURES / "records_good.json").read_text(encoding="utf-8"))


# --- clean files: exit 0 and one summary line -------------------------------------------------

def test_raiden_sample_is_clean(capsys, raiden_sample):
    code, out, err = _validate(capsys, raiden_sample)
    assert (code, err) == (0, "")
    assert out == [f"{raiden_sample}: 5 profiles read (RAIDEN npc.json): zh 5: ok"]


@pytest.mark.parametrize("name, summary", [
    ("npc_quirks.json", "6 profiles read (RAIDEN npc.json): en 1, ja 1, ko 1, zh 3: ok"),
    ("online_profiles.jsonl", "2 profiles read (online profiles (<Character Setting>)): en 1, zh 1: ok"),
    ("plain_profiles.jsonl", "2 profiles read (plain name/profile): en 1, zh 1: ok"),
    ("records_good.json", "2 RAIDEN-R1 records: conversation_memory 1, script_knowledge 1: ok"),
    ("easyr1_rows.jsonl", "2 EasyR1 rows, 2 with keyword ground truth: ok"),
])
def test_good_fixtures(capsys, name, summary):
    code, out, _ = _validate(capsys, FIXTURES / name)
    assert code == 0 and out == [f"{FIXTURES / name}: {summary}"]


def test_verbose_profiles_list_parsed_fields(capsys):
    code, out, _ = _validate(capsys, FIXTURES / "npc_quirks.json", "--verbose")
    assert code == 0
    assert "note: npc_quirks.json: role 4 (快递小哥): 王小二 [zh] 4 fields: 姓名, 年龄, 职业, 爱好" in out


# --- legacy records: clean, notes only with --verbose ------------------------------------------

def test_legacy_records_are_clean_and_quiet(capsys):
    code, out, _ = _validate(capsys, FIXTURES / "records_legacy.jsonl")
    assert code == 0 and len(out) == 1
    assert out[0].endswith("2 completed from an older format (--verbose lists them): ok")


def test_legacy_records_verbose_lists_filled_fields(capsys):
    code, out, _ = _validate(capsys, FIXTURES / "records_legacy.jsonl", "-v")
    notes = [line for line in out if line.startswith("note: ")]
    assert code == 0 and len(notes) == 2
    assert notes[1].endswith("record 1: filled negative_keywords=[], keywords as a list, metadata.language=zh (detected), "
                             "metadata.focus=script_knowledge, validation_method=single_term_validation, "
                             "question_type=what, difficulty=medium")


# --- problems: every one printed, exit 1 -------------------------------------------------------

def test_bad_records_every_problem_then_summary(capsys, tmp_path):
    rows = _good_records()
    rows[0]["question_type"] = "which"
    del rows[1]["answer"]
    rows[1]["metadata"]["language"] = "fr"
    path = _write(tmp_path, "train.json", rows)
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out[0].startswith(f"{path}: record 0: question_type: Input should be 'what'")
    assert f"{path}: record 1: answer: Field required" in out
    assert any(line.startswith(f"{path}: record 1: metadata.language: Input should be") for line in out)
    assert out[-1] == f"{path}: 2 RAIDEN-R1 records: 3 problems"


def test_keywords_the_record_cannot_be_grounded_in_are_problems(capsys, tmp_path):
    sbk, cm = _good_records()
    sbk["keywords"] = [["oceanographer", "marine biologist"]]  # one alternative grounded: fine
    sbk2 = json.loads(json.dumps(sbk))
    sbk2["keywords"] = ["astronaut"]  # in no profile field
    cm["keywords"] = ["豆包", "仙贝"]  # 仙贝 is never said in the conversation
    cm["validation_method"] = "multi_term_parsing"
    cm_from_profile = json.loads(json.dumps(cm))
    cm_from_profile["keywords"] = ["物理"]  # in the profile, not in the history: not a memory
    cm_from_profile["validation_method"] = "single_term_validation"
    path = _write(tmp_path, "train.json", [sbk, sbk2, cm, cm_from_profile])
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out == [
        f"{path}: record 1: keywords.0: 'astronaut' does not occur in the character's name or profile, "
        "so no answer can be grounded in it",
        f"{path}: record 2: keywords.1: '仙贝' does not occur in the conversation history, "
        "so no answer can be grounded in it",
        f"{path}: record 3: keywords.0: '物理' does not occur in the conversation history, "
        "so no answer can be grounded in it",
        f"{path}: 4 RAIDEN-R1 records: conversation_memory 2, script_knowledge 2: 3 problems"]


@pytest.mark.parametrize("question, tag, script", [
    ("당신의 직업은 무엇입니까?", "zh", "Korean (hangul)"),
    ("あなたの仕事は何ですか？", "zh", "Japanese (kana)"),
    ("你是做什么工作的？", "ko", "Chinese (Han characters)"),
    ("What do you do for a living?", "ja", "Latin script"),
])
def test_a_language_tag_that_contradicts_the_question_is_a_problem(capsys, tmp_path, question, tag, script):
    sbk = _good_records()[0]
    sbk["question"], sbk["metadata"]["language"] = question, tag
    path = _write(tmp_path, "train.json", [sbk])
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out[0].startswith(f"{path}: record 0: metadata.language: tagged {tag!r}, but the question is written in "
                             f"{script} (expected ")


@pytest.mark.parametrize("question, tag", [
    ("趣味は何ですか？", "ja"), ("職業", "ja"),  # kanji-only Japanese may be tagged ja
    ("你叫Nora吗？", "zh"), ("너는 Nora야?", "ko"), ("？？", "en")])
def test_language_tags_that_fit_the_question(capsys, tmp_path, question, tag):
    sbk = _good_records()[0]
    sbk["question"], sbk["metadata"]["language"] = question, tag
    code, out, _ = _validate(capsys, _write(tmp_path, "train.json", [sbk]))
    assert code == 0, out


def test_bad_profiles_every_problem(capsys, tmp_path):
    path = _write(tmp_path, "npc.json", {"甲": {"npc_setting": ""}, "乙": {"npc_setting": "姓名: 乙"}, "丙": {"npc_type": 1}})
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out == [f"{path}: role '甲': npc_setting: empty",
                   f"{path}: role '丙': npc_type: expected text, got int",
                   f"{path}: 1 profiles read (RAIDEN npc.json): zh 1: 2 problems"]


def test_bad_easyr1_rows(capsys, tmp_path):
    good = _easyr1_rows()
    gt = json.loads(good[1]["answer"])
    rows = [
        {**good[0], "images": []},
        {"problem": "p", "answer": '{"answer": "x", "keywords": ['},
        {"problem": "p", "answer": json.dumps({**gt, "validation_method": "single_term_validation"}, ensure_ascii=False)},
        {"problem": "p", "answer": json.dumps({**gt, "keywords": []})},
        {"problem": "p", "answer": gt},
        {"answer": "plain"},
    ]
    path = _write(tmp_path, "rows.jsonl", rows)
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out[:-1] == [
        f"{path}: record 0: images: text rows must not have this column (EasyR1 would take its multimodal branch)",
        f"{path}: record 1: answer: starts like our JSON ground truth but is not valid JSON: Expecting value at column 30",
        f"{path}: record 2: answer: validation_method: single_term_validation needs exactly one keyword item, got 2",
        f"{path}: record 3: answer: keywords: List should have at least 1 item after validation, not 0",
        f"{path}: record 4: answer: Input should be a valid string",
        f"{path}: record 5: problem: Field required",
    ]
    assert out[-1] == f"{path}: 6 EasyR1 rows, 1 with keyword ground truth: 6 problems"


def test_easyr1_row_with_prompt_column_is_told_to_use_problem(capsys, tmp_path):
    path = _write(tmp_path, "rows.jsonl", [{"prompt": "Who are you?", "answer": "I am Nora."}])
    code, out, _ = _validate(capsys, path)
    assert code == 1
    assert out[0] == (f"{path}: record 0: problem: missing (the row has 'prompt'; "
                      "our EasyR1 configs read data.prompt_key=problem)")


def test_easyr1_plain_answer_and_extra_column_are_notes(capsys, tmp_path):
    path = _write(tmp_path, "rows.json", [{"problem": "Who are you?", "answer": "I am Nora.", "id": 7}])
    code, out, _ = _validate(capsys, path, "--verbose")
    assert code == 0
    assert out == [f"note: {path}: record 0: id: extra column, ignored by EasyR1",
                   f"note: {path}: record 0: answer: plain text, no keywords (the reward falls back to the answer alone)",
                   f"{path}: 1 EasyR1 rows, 0 with keyword ground truth: ok"]


# --- unreadable: exit 2, one error line on stderr ----------------------------------------------

@pytest.mark.parametrize("content, message", [
    ('[{"problem": "x",}]', "line 1, column 18: invalid JSON"),
    ('[{"title": "x"}]', "not a profiles, records or EasyR1 rows file (keys ['title'])"),
    ("[]", "not a profiles, records or EasyR1 rows file (no rows)"),
])
def test_unreadable_exit_2(capsys, tmp_path, content, message):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = _validate(capsys, path)
    assert (code, out) == (2, [])
    assert err.startswith(f"error: {path}: {message}") and err.count("\n") == 1


def test_missing_file_exit_2(capsys, tmp_path):
    code, out, err = _validate(capsys, tmp_path / "nope.json")
    assert (code, out, err) == (2, [], f"error: {tmp_path / 'nope.json'}: file not found\n")


# --- the pieces ---------------------------------------------------------------------------------

def test_kind_follows_most_rows():
    broken = {"character_name": "x"}
    assert detect_file_kind([broken, *_good_records()]) == "records"
    assert detect_file_kind(_easyr1_rows()) == "easyr1"
    assert detect_file_kind({"甲": {"npc_setting": "姓名: 甲"}}) == "profiles"


def test_good_easyr1_row_has_keywords():
    assert check_easyr1_row(_easyr1_rows()[0], "r") == ([], [], True)
