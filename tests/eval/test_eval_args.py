"""Out-of-range eval arguments are refused at the command line, one line naming the flag, before
anything is loaded, sent or written (they used to do nothing, or crash later with nothing saved)."""

import pytest

from raiden_r1.cli import main


@pytest.mark.parametrize("flag, value, message", [
    ("--max-retries", "-1", "--max-retries must be at least 0, got -1"),
    ("--timeout", "0", "--timeout must be a finite number > 0 (seconds), got 0.0"),
    ("--timeout", "-5", "--timeout must be a finite number > 0 (seconds), got -5.0"),
    ("--timeout", "inf", "--timeout must be a finite number > 0 (seconds), got inf"),
    ("--retry-base", "-1", "--retry-base must be a finite number >= 0 (seconds), got -1.0"),
    ("--retry-base", "nan", "--retry-base must be a finite number >= 0 (seconds), got nan"),
    ("--batch-size", "-1", "--batch-size must be at least 1, got -1"),
    ("--batch-size", "0", "--batch-size must be at least 1, got 0"),
    ("--concurrency", "0", "--concurrency must be at least 1, got 0"),
    ("--threads", "0", "--threads must be at least 1, got 0"),
    ("--n-boot", "0", "--n-boot must be at least 100, got 0"),
    ("--n-boot", "-3", "--n-boot must be at least 100, got -3"),
    ("--limit", "0", "--limit must be at least 1, got 0"),
    ("--max-new-tokens", "0", "--max-new-tokens must be at least 1, got 0"),
    ("--temperature", "nan", "--temperature must be a finite number >= 0, got nan"),
    ("--top-p", "0", "--top-p must be in (0, 1], got 0.0"),
])
def test_out_of_range_arguments_are_one_line_errors(records_file, tmp_path, capsys, flag, value, message):
    out = tmp_path / "run"
    # an endpoint nobody listens on: refused before any request is tried
    code = main(["eval", "--backend", "api", "--api-base", "http://127.0.0.1:9/v1", "--model", "m",
                 "--data", str(records_file), "--out", str(out), flag, value])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"error: {message}\n"
    assert not out.exists()
