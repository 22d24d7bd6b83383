"""Thread counts for a shared CPU, and the allocator settings."""

import os
import platform
import sys

import pytest

from raiden_r1 import cpu
from raiden_r1.cpu import busy_cores, free_cores


def test_free_cores_leaves_out_the_busy_ones_and_keeps_at_least_one():
    assert free_cores(cores=2, busy=0.1) == 2
    assert free_cores(cores=2, busy=0.9) == 1
    assert free_cores(cores=2, busy=3.0) == 1
    assert free_cores(cores=8, busy=2.4) == 6


def test_busy_cores_reads_a_plausible_figure():
    busy = busy_cores(0.05)
    assert busy is None or 0.0 <= busy <= 1024


_FAULTS_SCRIPT = """
import resource, sys
sys.path.insert(0, {src!r})
if {tuned}:
    from raiden_r1.cpu import tune_allocator
    assert tune_allocator()
buf = bytearray(64 << 20); del buf  # freed: back to the kernel, or kept for reuse
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
buf = bytearray(64 << 20)  # zero-filled: touches every page
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _refault_count(tuned: bool) -> int:
    import subprocess
    import sys
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {k: v for k, v in os.environ.items() if k != "RAIDEN_R1_TUNE_ALLOCATOR"}
    out = subprocess.run([sys.executable, "-c", _FAULTS_SCRIPT.format(src=src, tuned=tuned)], env=env,
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


@pytest.mark.skipif(not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
                    reason="mallopt thresholds are glibc's")
def test_tuned_allocator_reuses_freed_memory_without_page_faults():
    # 64 MiB = 16k pages: glibc's defaults unmap the freed block and fault every page in again
    assert _refault_count(tuned=False) > 10_000
    assert _refault_count(tuned=True) < 1_000


_TRIM_SCRIPT = """
import os, sys
sys.path.insert(0, {src!r})
from raiden_r1.cpu import release_free_memory, tune_allocator
assert tune_allocator()
rss = lambda: int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
buf = bytearray(256 << 20); keep = bytearray(1 << 20)  # keep: in use after it, so the freed block is a hole
del buf
before = rss()
assert release_free_memory() and not release_free_memory(type("Device", (), {{"type": "cuda"}})())
print(before - rss())
"""


@pytest.mark.skipif(not (sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"),
                    reason="malloc_trim is glibc's")
def test_release_free_memory_hands_the_kept_memory_back():
    import subprocess
    from pathlib import Path

    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {k: v for k, v in os.environ.items() if k != "RAIDEN_R1_TUNE_ALLOCATOR"}
    out = subprocess.run([sys.executable, "-c", _TRIM_SCRIPT.format(src=src)], env=env, capture_output=True,
                         text=True, check=True)
    assert int(out.stdout.strip()) > 200 << 20  # the freed 256 MiB, kept by tune_allocator, left the process


def test_tune_allocator_sets_huge_pages_for_torch_and_can_be_turned_off(monkeypatch):
    monkeypatch.delenv("THP_MEM_ALLOC_ENABLE", raising=False)
    monkeypatch.setenv("RAIDEN_R1_TUNE_ALLOCATOR", "0")
    assert cpu.tune_allocator() is False
    assert "THP_MEM_ALLOC_ENABLE" not in os.environ
    monkeypatch.delenv("RAIDEN_R1_TUNE_ALLOCATOR")
    cpu.tune_allocator()
    assert os.environ["THP_MEM_ALLOC_ENABLE"] == "1"


def test_tune_allocator_bounds_onednns_primitive_cache_unless_the_user_set_it(monkeypatch):
    monkeypatch.delenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY", raising=False)
    monkeypatch.delenv("RAIDEN_R1_TUNE_ALLOCATOR", raising=False)
    cpu.tune_allocator()
    assert os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] == "64"
    monkeypatch.setenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "1024")
    cpu.tune_allocator()
    assert os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] == "1024"


def test_bf16_is_fast_only_with_bf16_instructions():
    from raiden_r1.cpu import bf16_is_fast

    assert bf16_is_fast("flags\t\t: fpu sse2 avx2 avx512f avx512_bf16\n")
    assert bf16_is_fast("flags\t\t: fpu avx2 amx_bf16 amx_tile\n")
    assert bf16_is_fast("Features\t: fp asimd bf16 i8mm\n")  # Arm
    assert not bf16_is_fast("flags\t\t: fpu sse2 avx2 fma\n")
    assert not bf16_is_fast("flags\t\t: fpu avx2 avx512f avx512bw\n")  # AVX-512 without its BF16 extension
