"""The API backend against a real HTTP server on 127.0.0.1, with injected failures."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from raiden_r1.cli import main
from raiden_r1.eval.backends.openai_api import ApiError, ChatClient, backoff_delay, is_retryable_status

from eval_support import RECORDS

ANSWERS = {r["question"]: f"<think>I know this.</think> {r['answer']}" for r in RECORDS}


def answer(messages, model=None):
    """Reply with the gold answer: the question is the first line of the last user turn (system layout)."""
    return ANSWERS[messages[-1]["content"].split("\n\n")[0]]


def eval_args(server, records_file, out, *extra):
    return ["eval", "--backend", "api", "--api-base", server.base, "--model", "served", "--data", str(records_file),
            "--out", str(out), "--retry-base", "0.01", "--max-retries", "3", "--timeout", "5", "--n-boot", "200",
            *extra]


def item_lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]


def test_backoff_grows_exponentially_with_bounded_jitter_and_honours_retry_after():
    rng = random.Random(0)
    for attempt in range(5):
        d = backoff_delay(attempt, base=1.0, cap=30.0, rng=rng)
        full = min(30.0, 2.0 ** attempt)
        assert full / 2 <= d <= full
    assert backoff_delay(3, base=1.0, cap=30.0, rng=rng, retry_after=2.5) == 2.5
    assert backoff_delay(3, base=1.0, cap=30.0, rng=rng, retry_after=999) == 30.0


def test_retryable_statuses():
    assert all(is_retryable_status(s) for s in (429, 408, 500, 502, 503))
    assert not any(is_retryable_status(s) for s in (400, 401, 403, 404, 422))


def test_client_retries_500_429_and_dropped_connections_then_succeeds(chat_server):
    failures = [("status", 500), ("status", 429, "0"), ("drop",)]
    server = chat_server(lambda m, model: "hi", plan=lambda key, attempt: failures[attempt] if attempt < 3 else None)
    client = ChatClient(server.base, "m", backoff_base=0.01, max_retries=3, timeout=5)
    assert client.chat([{"role": "user", "content": "q"}], max_tokens=8) == ["hi"]
    assert server.attempts["q"] == 4


def test_client_gives_up_after_retries_and_does_not_retry_4xx(chat_server):
    server = chat_server(lambda m, model: "hi", plan=lambda key, attempt: ("status", 503 if key == "a" else 400))
    client = ChatClient(server.base, "m", backoff_base=0.01, max_retries=2, timeout=5)
    with pytest.raises(ApiError, match="3 attempts.*HTTP 503"):
        client.chat([{"role": "user", "content": "a"}], max_tokens=8)
    with pytest.raises(ApiError, match="HTTP 400"):
        client.chat([{"role": "user", "content": "b"}], max_tokens=8)
    assert server.attempts == {"a": 3, "b": 1}


def test_key_comes_from_the_named_env_var_and_is_never_saved(chat_server, records_file, tmp_path, monkeypatch):
    monkeypatch.setenv("MY_EVAL_KEY", "sk-test-secret-123")
    server = chat_server(answer)
    out = tmp_path / "run"
    assert main(eval_args(server, records_file, out, "--api-key-env", "MY_EVAL_KEY")) == 0
    assert set(server.auth_headers) == {"Bearer sk-test-secret-123"}
    for f in out.iterdir():
        if f.is_file() and f.suffix in (".json", ".jsonl", ".md"):
            assert "sk-test-secret-123" not in f.read_text(encoding="utf-8"), f.name


def test_failed_items_are_recorded_as_errors_and_retried_on_the_next_run(chat_server, records_file, tmp_path):
    broken = RECORDS[1]["question"]
    healthy = {"on": False}
    server = chat_server(answer, plan=lambda key, attempt: None if healthy["on"] or not key.startswith(broken)
                         else ("status", 500))
    out = tmp_path / "run"
    assert main(eval_args(server, records_file, out)) == 1  # unscored items: non-zero exit
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["counts"] == {"items": 6, "scored": 5, "errors": 1, "missing": 0}
    assert metrics["overall"]["accuracy"]["n"] == 5  # excluded, not scored as wrong
    assert [r["status"] for r in item_lines(out)].count("error") == 1

    healthy["on"] = True
    before = len(server.requests)
    assert main(eval_args(server, records_file, out)) == 0
    assert len(server.requests) - before == 1  # only the failed item is asked again
    rows = item_lines(out)
    assert len(rows) == 6 and {r["status"] for r in rows} == {"ok"}
    assert json.loads((out / "metrics.json").read_text())["overall"]["accuracy"]["mean"] == 1.0


def test_killed_run_resumes_with_every_item_exactly_once(chat_server, tmp_path):
    # 24 items (the records x4 with distinct questions), one request at a time, slow server.
    recs = []
    for i in range(4):
        for r in RECORDS:
            recs.append({**r, "question": f"{r['question']} ({i})"})
    data = tmp_path / "many.json"
    data.write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    server = chat_server(lambda m, model: "<think>ok</think> " + m[-1]["content"][:20], delay=0.1)
    out = tmp_path / "run"
    args = eval_args(server, data, out, "--concurrency", "1")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "raiden_r1.cli", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    items = out / "items.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if items.exists() and items.read_text(encoding="utf-8").count("\n") >= 5:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = set()
    for line in items.read_text(encoding="utf-8").split("\n")[:-1]:  # complete lines only
        done_before.add(json.loads(line)["id"])
    assert 5 <= len(done_before) < 24, "the run must be killed mid-way for this test to mean anything"

    requests_before = len(server.requests)
    assert main(args) == 0
    rows = item_lines(out)
    ids = [r["id"] for r in rows]
    assert len(ids) == 24 and len(set(ids)) == 24
    assert all(r["status"] == "ok" for r in rows)
    # finished items were not generated again (at most the one in flight at the kill is repeated)
    assert len(server.requests) - requests_before <= 24 - len(done_before) + 1
