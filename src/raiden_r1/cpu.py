"""How many CPU threads a run should use.

torch's default is one thread per core. On a shared 2-core machine where another process keeps one
core busy, two threads spend much of their time waiting for each other at every parallel region
(seen here: GRPO steps about twice as slow with 2 threads as with 1 under such load), so the
quickstart asks for the cores that are free when it starts.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def _busy_jiffies() -> tuple[int, int] | None:
    """(busy, total) CPU time of the whole machine so far, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_cores(sample_s: float = 0.5) -> float | None:
    """Cores kept busy by other processes right now (this one sleeps while it measures)."""
    a = _busy_jiffies()
    time.sleep(sample_s)
    b = _busy_jiffies()
    if a is None or b is None or b[1] <= a[1]:
        return None
    n_cpus = os.cpu_count() or 1
    return (b[0] - a[0]) / (b[1] - a[1]) * n_cpus


def free_cores(cores: int | None = None, busy: float | None = None) -> int:
    """Usable cores minus those other processes keep busy (rounded), at least 1."""
    cores = usable_cores() if cores is None else cores
    if busy is None:
        busy = busy_cores()
        if busy is None:
            return cores
    return max(1, min(cores, cores - int(busy + 0.5)))
