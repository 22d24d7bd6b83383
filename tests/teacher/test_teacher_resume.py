"""Scale: a run killed mid-way resumes with nothing lost and nothing repeated; the request cache
replays replies; a directory keeps one run's settings; the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from teacher_support import Teacher, all_records, run_generate

from raiden_r1.cli import main
from raiden_r1.errors import RaidenError

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _journal_ids(out: Path) -> list[str]:
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines if json.loads(line)["type"] == "record"]


def _cli(cards, out, base, *extra) -> list[str]:
    return ["data", "generate", "--profiles", str(cards), "--out", str(out), "--api-base", base, "--model", "gen",
            "--per-profile", "3", "--cm-per-profile", "1", "--api-key-env", "RAIDEN_TEST_KEY", "--no-progress", *extra]


def test_a_killed_run_resumes_without_loss_or_duplicates(cards_file, tmp_path, teacher_server):
    reference = tmp_path / "reference"
    run_generate(cards_file, reference, teacher_server({"gen": Teacher()}), concurrency=2)
    server = teacher_server({"gen": Teacher()}, delay=0.05)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.Popen([sys.executable, "-m", "raiden_r1.cli", *_cli(cards_file, out, server.base,
                                                                       "--concurrency", "2")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
                (out / "records.jsonl").exists() and len(_journal_ids(out)) >= 3):
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    killed_with = len(_journal_ids(out))
    assert 3 <= killed_with < 10  # killed in the middle
    run_generate(cards_file, out, teacher_server({"gen": Teacher()}), concurrency=2)
    ids = _journal_ids(out)
    assert len(ids) == len(set(ids)) == 10
    assert all_records(out) == all_records(reference)


def test_the_cache_replays_every_reply(cards_file, tmp_path, teacher_server):
    out = tmp_path / "out"
    run_generate(cards_file, out, teacher_server({"gen": Teacher()}), with_cot=True)
    first = all_records(out)
    (out / "records.jsonl").unlink()  # forget the records, keep the replies
    server = teacher_server({"gen": Teacher()})
    result = run_generate(cards_file, out, server, with_cot=True)
    assert server.requests == [] and result.stats["this_run"]["cache_hits"] > 0
    assert all_records(out) == first


def test_tokens_are_accounted_as_the_server_reported(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()})
    stats = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2").stats
    run = stats["this_run"]
    assert [run["tokens_in"], run["tokens_out"]] == server.tokens
    assert run["requests"] == len(server.requests) == stats["all_runs"]["replies"]
    assert [stats["all_runs"]["tokens_in"], stats["all_runs"]["tokens_out"]] == server.tokens


def test_a_torn_last_line_is_cut_off(cards_file, tmp_path, teacher_server):
    out = tmp_path / "out"
    run_generate(cards_file, out, teacher_server({"gen": Teacher()}))
    with open(out / "records.jsonl", "a", encoding="utf-8") as f:
        f.write('{"type": "record", "id": "abc", "rec')
    result = run_generate(cards_file, out, teacher_server({"gen": Teacher()}))
    assert result.stats["kept"] == 10
    assert (out / "records.jsonl").read_text(encoding="utf-8").endswith("}\n")


def test_other_settings_in_the_same_directory_are_refused(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    run_generate(cards_file, tmp_path / "out", server)
    with pytest.raises(RaidenError, match="per_profile"):
        run_generate(cards_file, tmp_path / "out", server, per_profile=2)


def test_a_run_that_finished_nothing_may_change_its_settings(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    failed = run_generate(cards_file, tmp_path / "out", server, model="typo", max_retries=0)
    assert failed.stats["units"]["finished"] == 0
    assert run_generate(cards_file, tmp_path / "out", server).stats["kept"] == 10


def test_cli_writes_the_dataset_and_never_prints_the_key(cards_file, tmp_path, teacher_server, capsys, monkeypatch):
    monkeypatch.setenv("RAIDEN_TEST_KEY", "sk-cli-secret")
    server = teacher_server({"gen": Teacher()})
    assert main(_cli(cards_file, tmp_path / "out", server.base)) == 0
    printed = capsys.readouterr()
    assert "wrote train" in printed.out and "sk-cli-secret" not in printed.out + printed.err
    assert main(["data", "validate", str(tmp_path / "out" / "train.json")]) == 0


def test_cli_exits_1_when_units_stay_unfinished(cards_file, tmp_path, teacher_server, capsys):
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("status", 400))
    assert main(_cli(cards_file, tmp_path / "out", server.base)) == 1
    assert "run the same command again to resume" in capsys.readouterr().out


def test_attempts_of_requests_that_failed_for_good_are_counted(cards_file, tmp_path, teacher_server):
    # (a real one-slot server timing requests out showed http_attempts 0 after two attempts)
    server = teacher_server({"gen": Teacher()}, plan=lambda m, k, a: ("status", 500, 0))
    run = run_generate(cards_file, tmp_path / "out", server, max_retries=2).stats["this_run"]
    assert run["failed_requests"] == 6  # 3 cards x (SBK, CM): every unit's first request
    assert run["http_attempts"] == len(server.requests) == 6 * 3
