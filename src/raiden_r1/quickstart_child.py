"""One quickstart stage in a child process of its own (``python -m raiden_r1.quickstart_child``).

Why: a training stage's resident memory climbs over its steps and what it frees stays with the
process (allocator arenas, caches), so with every stage in one process the run's peak was the sum
of what the stages kept (10.95 GB where the largest stage needs under 6: docs/tuning.md, "Where
the quickstart's peak is"). A child's memory goes back to the system when it exits, so the run's
peak becomes its largest stage's plus the small parent's.

The parent writes what to run (a "module:function" name, its arguments) to a pickle file and
starts a fresh interpreter (not fork: the child must not inherit the parent's heap, and its
allocator tuning must come before torch is imported). The child shows its progress on the
parent's terminal as before and copies its Python output to the stage's log file; it sends back
the function's value, its own peak and final RSS and its CPU time. A stage that fails becomes one
line naming the stage and its log, where the traceback is.
"""

from __future__ import annotations

import importlib
import os
import pickle
import resource
import signal
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raiden_r1.errors import RaidenError


@dataclass
class ChildResult:
    value: Any
    peak_gb: float  # the child's own peak RSS (ru_maxrss)
    rss_gb: float  # its RSS when the function returned
    cpu_seconds: float  # its user + system time


def _rss_gb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e9
    except (OSError, ValueError, IndexError):  # not Linux
        return 0.0


def _maxrss_gb(who: int) -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return resource.getrusage(who).ru_maxrss * scale / 1e9


def run_in_child(stage: str, function: str, args: tuple = (), kwargs: dict | None = None, *,
                 log_path: Path) -> ChildResult:
    """``function`` ("package.module:name") called with ``args``/``kwargs`` in a child process;
    its output is also written to ``log_path``. A failure raises RaidenError naming ``stage``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    src = str(Path(__file__).resolve().parents[1])  # the child imports this very copy of the package
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, *filter(None, [os.environ.get("PYTHONPATH")])])}
    with tempfile.TemporaryDirectory(prefix="raiden-stage-") as tmp:
        job, result = Path(tmp) / "job.pkl", Path(tmp) / "result.pkl"
        job.write_bytes(pickle.dumps({"function": function, "args": args, "kwargs": kwargs or {},
                                      "log": str(log_path), "result": str(result)}))
        sys.stdout.flush()
        sys.stderr.flush()
        proc = subprocess.Popen([sys.executable, "-m", "raiden_r1.quickstart_child", str(job)], env=env)
        try:
            code = proc.wait()
        except BaseException:  # Ctrl-C reached the child too: give it time to stop, then make sure
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            raise
        out = pickle.loads(result.read_bytes()) if result.is_file() else None
    if out is not None and "error" in out:
        raise RaidenError(f"{stage} failed: {out['error']} (its output and traceback: {log_path})")
    if code != 0 or out is None:
        how = f"exit code {code}"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
            how = f"killed by {name}" + (" (out of memory?)" if -code == signal.SIGKILL else "")
        raise RaidenError(f"{stage} failed: its process ended with {how} (its output: {log_path})")
    return ChildResult(out["value"], out["peak_gb"], out["rss_gb"], out["cpu_seconds"])


class _Tee:
    """A text stream that also copies what is written to a log file; everything else (isatty,
    fileno: progress bars measure the terminal) is the original stream's."""

    def __init__(self, stream, log):
        self._stream, self._log = stream, log

    def write(self, s: str) -> int:
        self._log.write(s)
        return self._stream.write(s)

    def flush(self) -> None:
        self._log.flush()
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _child(job_path: str) -> int:
    from raiden_r1.cpu import tune_allocator

    tune_allocator()  # before the stage imports torch (the parent's mallopt does not carry over)
    job = pickle.loads(Path(job_path).read_bytes())
    result = Path(job["result"])
    with open(job["log"], "w", encoding="utf-8", errors="replace") as log:
        sys.stdout, sys.stderr = _Tee(sys.stdout, log), _Tee(sys.stderr, log)
        try:
            module, name = job["function"].split(":")
            value = getattr(importlib.import_module(module), name)(*job["args"], **job["kwargs"])
            usage = resource.getrusage(resource.RUSAGE_SELF)
            out = {"value": value, "peak_gb": _maxrss_gb(resource.RUSAGE_SELF), "rss_gb": _rss_gb(),
                   "cpu_seconds": usage.ru_utime + usage.ru_stime}
            code = 0
        except KeyboardInterrupt:
            return 130
        except BaseException as e:  # noqa: BLE001 (every failure becomes the parent's one line)
            log.write(traceback.format_exc())
            message = str(e) if isinstance(e, RaidenError) else f"{type(e).__name__}: {e}"
            out, code = {"error": message.splitlines()[0] if message.strip() else type(e).__name__}, 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    tmp = result.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(out))
    os.replace(tmp, result)  # whole or absent: a child killed while writing sends nothing
    return code


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
