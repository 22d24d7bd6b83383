"""How many CPU threads a run should use, and how its memory allocator should behave.

torch's default is one thread per core. On a shared 2-core machine where another process keeps one
core busy, two threads spend much of their time waiting for each other at every parallel region
(seen here: GRPO steps about twice as slow with 2 threads as with 1 under such load), so the
quickstart asks for the cores that are free when it starts.
"""

from __future__ import annotations

import os
import sys
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


# glibc mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_KEEP_BYTES = 1 << 30
_ONEDNN_PRIMITIVES = 64


def tune_allocator() -> bool:
    """Keep the memory of freed tensors for reuse instead of handing it back to the kernel.

    A GRPO step allocates and frees gigabytes of large tensors (activations, logits chunks,
    gradients). glibc serves each large request with a fresh ``mmap`` and unmaps it on free, so
    every step pays a page fault for each 4 KiB it touches again. Raising glibc's mmap and trim
    thresholds to 1 GiB makes freed blocks reusable, at a slightly higher peak RSS (what that
    bought on the build machines: docs/tuning.md, "Figures behind the code"). torch's large allocations also get transparent huge pages (``THP_MEM_ALLOC_ENABLE``,
    read by torch at its first allocation: call this before importing torch), fewer TLB misses
    when decoding streams the weights, and oneDNN's primitive cache is bounded (below; also read
    at its first use). ``RAIDEN_R1_TUNE_ALLOCATOR=0`` turns all three off.
    Returns whether glibc accepted the thresholds (False off Linux/glibc: nothing changes).
    """
    if os.environ.get("RAIDEN_R1_TUNE_ALLOCATOR", "1") == "0":
        return False
    os.environ.setdefault("THP_MEM_ALLOC_ENABLE", "1")
    # oneDNN keeps a compiled primitive per matmul shape (up to 1024): a GRPO step's prompts and
    # response widths are new shapes each step, so its heap grew ~65 MB a step for them; 64 keeps
    # what one micro-batch reuses across its layers (docs/tuning.md, "session 32")
    os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", str(_ONEDNN_PRIMITIVES))
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES)) and bool(libc.mallopt(_M_TRIM_THRESHOLD,
                                                                                         _KEEP_BYTES))
    except (OSError, AttributeError):  # not glibc (e.g. musl): leave the allocator alone
        return False


def release_free_memory(device=None) -> bool:
    """Hand the memory freed by the last training step back to the kernel (glibc's malloc_trim).

    With the thresholds above every freed tensor stays in the heap for reuse, but a step's tensors
    change size from step to step, so freed blocks too small for the next step's tensors pile up:
    in ``raiden-r1 sft`` with the quickstart's settings the heap's free memory grew 2.5 -> 3.4 GB
    over two steps while the live tensors stayed at 1.9 GB (benchmarks/sft_memory_steps.py). Called
    once per step, it keeps the resident memory at what the run holds between steps, for under a
    second of madvise and the page faults of the next step (docs/tuning.md, "Where the quickstart's
    peak is"). ``device``: the run's torch device; only a CPU run's tensors live in this heap.
    Returns whether glibc did it (False elsewhere: nothing changes).
    """
    if getattr(device, "type", "cpu") != "cpu" or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        return False
    return True


def bf16_is_fast(cpuinfo: str | None = None) -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AVX-512 BF16 or AMX on x86, the bf16
    extension on Arm). Without it torch emulates bf16 matmuls, several times slower than float32:
    a quickstart measured in bf16 on an AVX2-only EPYC had not finished its first evaluation
    batch after five minutes."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace")
        except OSError:
            return True  # not Linux: keep the configured dtype
    flags = set()
    for line in cpuinfo.splitlines():
        if line.lower().startswith(("flags", "features")):
            flags.update(line.split(":", 1)[-1].split())
    return bool(flags & {"avx512_bf16", "amx_bf16", "bf16"})

