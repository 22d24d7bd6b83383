"""Endpoint failures: malformed JSON, 429/500 (Retry-After), dropped connections, slow answers
past the deadline, redirects to another origin (the key stays home), no JSON mode."""

from __future__ import annotations

import time

from teacher_support import Teacher, all_records, run_generate

KEY = "sk-test-7f3a9c"


def test_a_malformed_reply_is_asked_again(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("text", "Sure! Here:") if k == "sbk" and a == 0
                            else None)
    result = run_generate(cards_file, tmp_path / "out", server)
    assert result.stats["this_run"]["malformed_replies"] == 3  # one per card's first SBK reply
    assert result.stats["kept"] == result.stats["candidates"] == 10


def test_a_teacher_that_never_answers_in_json_costs_its_candidates(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()},
                            plan=lambda m, k, a: ("text", "{broken") if (m, k) == ("t2", "answer") else None)
    result = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2", cm_per_profile=0)
    assert result.stats["kept"] == 0
    assert result.stats["candidates_dropped"] == {"malformed_reply_answer": 7}
    assert [r["attempt"] for r in server.requests if r["model"] == "t2"].count(2) == 7  # 3 tries each


def test_429_with_retry_after_is_waited_out(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("status", 429, 0.4) if k == "sbk" and a == 0
                            else None)
    t0 = time.perf_counter()
    result = run_generate(cards_file, tmp_path / "out", server, per_profile=1, cm_per_profile=0)
    assert time.perf_counter() - t0 >= 0.4
    assert result.stats["kept"] == 3 and result.failed_units == []


def test_500s_are_retried_and_every_attempt_counted(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("status", 500) if k == "cm" and a < 2 else None)
    result = run_generate(cards_file, tmp_path / "out", server, per_profile=1)
    run = result.stats["this_run"]
    assert run["http_attempts"] == run["requests"] + 6 and result.stats["kept"] == 6


def test_a_dropped_connection_is_retried(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("drop",) if k == "answer" and a == 0 else None)
    result = run_generate(cards_file, tmp_path / "out", server, per_profile=1, cm_per_profile=0)
    assert result.stats["kept"] == 3 and server.kinds().count("answer") == 6


def test_a_server_past_the_deadline_leaves_units_unfinished_then_resumes(cards_file, tmp_path, teacher_server):
    slow = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("sleep", 3) if k == "cm" else None)
    out = tmp_path / "out"
    first = run_generate(cards_file, out, slow, timeout=0.3, max_retries=1)
    assert len(first.failed_units) == 3 and "deadline" in first.failed_units[0]
    assert first.stats["units"]["finished"] == 3  # the SBK units
    healthy = teacher_server({"gen": Teacher()})
    second = run_generate(cards_file, out, healthy)
    assert second.failed_units == [] and second.stats["units"]["finished"] == 6
    assert set(healthy.kinds()) == {"cm", "answer"}  # nothing of the finished SBK units asked again
    assert len(all_records(out)) == 10


def test_a_redirect_to_another_origin_is_not_followed_and_gets_no_key(cards_file, tmp_path, teacher_server,
                                                                    monkeypatch):
    monkeypatch.setenv("RAIDEN_TEST_KEY", KEY)
    elsewhere = teacher_server({"gen": Teacher()})
    server = teacher_server({"gen": Teacher()},
                            plan=lambda m, k, a: ("redirect", elsewhere.base + "/chat/completions"))
    out = tmp_path / "out"
    result = run_generate(cards_file, out, server)
    assert elsewhere.requests == []
    assert {r["auth"] for r in server.requests} == {f"Bearer {KEY}"}
    assert len(result.failed_units) == 6 and "redirect" in result.failed_units[0]
    written = "".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    assert KEY not in written and "redirect" in written  # the failure is in stats.json, the key is not


def test_an_endpoint_without_json_mode_is_asked_without_it(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()}, json_mode=False)
    result = run_generate(cards_file, tmp_path / "out", server)
    assert result.stats["kept"] == 10
    asked_with = [r["response_format"] is not None for r in server.requests]
    # tried by the first wave of requests (concurrency 4), never after the first refusal. (The server
    # logs requests as they arrive, so a first-wave request may be logged after a later one: count only.)
    tried = sum(asked_with)
    assert 1 <= tried <= 4 and len(asked_with) > tried


def test_a_bigger_batch_gets_a_bigger_token_budget(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    run_generate(cards_file, tmp_path / "out", server, per_profile=12, cm_per_profile=0)
    assert {r["max_tokens"] for r in server.requests if r["kind"] == "sbk"} == {256 + 200 * 12}
