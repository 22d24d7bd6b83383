"""quickstart_child: a stage in a child process, its value and memory figures sent back, its
output copied to a log, and a failure turned into one line naming the stage and the log."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import raiden_r1
from raiden_r1.errors import RaidenError
from raiden_r1.quickstart_child import run_in_child


def test_the_value_output_and_figures_come_back(tmp_path, capfd):
    log = tmp_path / "logs" / "join.log"
    r = run_in_child("join", "os.path:join", ("a", "b"), log_path=log)
    # Linux keeps ru_maxrss across exec, so a child started from a big test worker reports at most
    # that worker's own peak: the bound checks the units (GB, not KiB), not the worker's history.
    worker_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 1e9
    assert r.value == "a/b" and 0 < r.rss_gb <= r.peak_gb < 2 + worker_peak and r.cpu_seconds > 0
    run_in_child("say", "builtins:print", ("hello from the child",), {"flush": True}, log_path=log)
    assert log.read_text(encoding="utf-8") == "hello from the child\n"
    assert "hello from the child" in capfd.readouterr().out  # the user still sees it


def test_an_error_is_one_line_with_the_stage_and_log(tmp_path):
    log = tmp_path / "sft.log"
    with pytest.raises(RaidenError) as e:
        run_in_child("SFT", "json:loads", ("{",), log_path=log)
    assert str(e.value) == (f"SFT failed: JSONDecodeError: Expecting property name enclosed in double quotes: "
                            f"line 1 column 2 (char 1) (its output and traceback: {log})")
    text = log.read_text(encoding="utf-8")
    assert text.startswith("Traceback (most recent call last)") and "json/decoder.py" in text


def test_a_user_error_keeps_its_own_message(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(RaidenError, match=r"^data failed: .*train\.json.*missing, and no profiles at .*absent\.json "
                                          r"to rebuild them from \(its output and traceback: "):
        run_in_child("data", "raiden_r1.quickstart_stages:ensure_data", (missing, tmp_path / "absent.json"),
                     log_path=tmp_path / "data.log")


def test_a_killed_child_is_named(tmp_path):
    with pytest.raises(RaidenError, match=r"^GRPO training failed: its process ended with killed by SIGABRT \(its "
                                          r"output: .*grpo\.log\)$"):
        run_in_child("GRPO training", "os:abort", log_path=tmp_path / "grpo.log")


def test_children_peak_is_the_largest_childs_not_their_sum(tmp_path):
    # In a fresh process (this one's earlier children would count): two children touching 300 MB each.
    code = ("import subprocess, sys\n"
            "from raiden_r1.quickstart_sft import peak_memory_gb\n"
            "for _ in range(2):\n"
            "    subprocess.run([sys.executable, '-c', 'b = b\"x\" * 300_000_000'], check=True)\n"
            "print(peak_memory_gb()['children_gb'])\n")
    env = {**os.environ, "PYTHONPATH": str(Path(raiden_r1.__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert 0.3 <= float(out.stdout) < 0.45
