"""Thread counts for a shared CPU."""

from raiden_r1.cpu import busy_cores, free_cores


def test_free_cores_leaves_out_the_busy_ones_and_keeps_at_least_one():
    assert free_cores(cores=2, busy=0.1) == 2
    assert free_cores(cores=2, busy=0.9) == 1
    assert free_cores(cores=2, busy=3.0) == 1
    assert free_cores(cores=8, busy=2.4) == 6


def test_busy_cores_reads_a_plausible_figure():
    busy = busy_cores(0.05)
    assert busy is None or 0.0 <= busy <= 1024
