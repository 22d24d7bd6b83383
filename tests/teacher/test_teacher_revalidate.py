"""``data validate --llm``: the teacher checks on records from elsewhere; failing ones written with reasons."""

from __future__ import annotations

import json

import pytest
from teacher_support import CARDS, Teacher

from raiden_r1.cli import main

MIRA = CARDS[0]


def _record(question, answer, keywords, negatives):
    return {"character_name": "Mira", "character_profile": MIRA["profile"], "conversation_history": [],
            "question": question, "answer": answer, "keywords": keywords, "negative_keywords": negatives,
            "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
            "metadata": {"language": "en", "focus": "script_knowledge", "source": "builder"}}


@pytest.fixture()
def records_file(tmp_path):
    path = tmp_path / "train.json"
    path.write_text(json.dumps([
        _record("Where do you live?", "I live in Seattle.", ["Seattle"], ["Portland"]),
        _record("What is your dog called?", "My dog is called Biscuit!", ["Biscuit"], ["Rex"]),
    ]), encoding="utf-8")
    return path


def _args(path, server, out, *extra):
    return ["data", "validate", str(path), "--llm", "--api-base", server.base, "--model", "gen",
            "--llm-out", str(out), "--api-key-env", "RAIDEN_TEST_KEY", *extra]


def test_records_the_teachers_confirm_pass(records_file, tmp_path, teacher_server, capsys):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()})
    assert main(_args(records_file, server, tmp_path / "fails.json", "--teachers", "gen,t2")) == 0
    assert json.loads((tmp_path / "fails.json").read_text()) == []
    assert "2 of 2 records pass" in capsys.readouterr().out


def test_a_record_a_teacher_contradicts_is_written_with_its_reasons(records_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher(wrong={"What is your dog called?": "Rex, my dog."})})
    assert main(_args(records_file, server, tmp_path / "fails.json", "--teachers", "gen,t2")) == 1
    fails = json.loads((tmp_path / "fails.json").read_text())
    assert [f["question"] for f in fails] == ["What is your dog called?"]
    assert [r.split(":")[0] for r in fails[0]["validation_failures"]] == ["teachers_disagree", "negative_in_an_answer"]


def test_llm_checks_need_an_endpoint(records_file, capsys):
    assert main(["data", "validate", str(records_file), "--llm"]) == 2
    assert "needs --api-base, --model, --llm-out" in capsys.readouterr().err


def test_llm_checks_wait_for_a_valid_file(tmp_path, teacher_server, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([_record("Where do you live?", "I live in Seattle.", ["Portland"], [])]), encoding="utf-8")
    server = teacher_server({"gen": Teacher()})
    assert main(_args(bad, server, tmp_path / "fails.json")) == 1
    assert "teacher checks not run" in capsys.readouterr().out and server.requests == []


def test_llm_checks_honour_the_timeout(records_file, tmp_path, teacher_server, capsys):
    # a one-slot CPU server queues requests for minutes: the deadline must be the user's to set
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("sleep", 1.0))
    assert main(_args(records_file, server, tmp_path / "fails.json", "--timeout", "0.2", "--max-retries", "0")) == 2
    assert "no complete answer within the 0.2 s deadline" in capsys.readouterr().err


def test_llm_checks_honour_max_retries(records_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("status", 500, 0) if a < 2 else None)
    assert main(_args(records_file, server, tmp_path / "fails.json", "--max-retries", "2")) == 0
    assert len(server.requests) == 2 * 3  # two records, each answered on its third attempt


def test_llm_checks_can_leave_json_mode_off(records_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    assert main(_args(records_file, server, tmp_path / "fails.json", "--no-json-mode")) == 0
    assert [r["response_format"] for r in server.requests] == [None, None]
