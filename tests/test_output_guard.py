"""No command loses data: an output that is an input (same path, symlink or hard link), a directory
or a device is refused before anything is written, with one line naming both; writes are atomic,
and a full disk or an unwritable directory is a one-line error that leaves no partial file."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "easyr1"))
from easyr1_records import EN_SBK, RECORDS, ZH_CM, write_records  # noqa: E402

from raiden_r1.cli import main  # noqa: E402
from raiden_r1.data.records_io import write_rows  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.io_guard import atomic_output, check_output  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROFILES = [{"name": "Nora Quinn", "profile": {"Age": "29", "Occupation": "marine biologist",
                                               "Hobby": "diving", "Hometown": "Galway", "Pet": "a dog named Rufus"}},
            {"name": "Ivo Brand", "profile": {"Age": "54", "Occupation": "lighthouse keeper",
                                              "Hobby": "chess", "Hometown": "Bergen", "Pet": "a cat named Moss"}}]


def _err(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: "), err  # one line, no traceback
    return err


def _listing(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in d.iterdir() if p.is_file()}


# ------------------------------------------------------------------------------ the guard itself
@pytest.mark.parametrize("link", ["same path", "symlink", "hardlink", "relative path"])
def test_an_output_that_is_an_input_is_refused_naming_both(tmp_path, link, monkeypatch):
    src = tmp_path / "records.json"
    src.write_text("[1, 2]\n", encoding="utf-8")
    out = {"same path": src, "symlink": tmp_path / "link.json", "hardlink": tmp_path / "hard.json",
           "relative path": Path("sub/../records.json")}[link]
    if link == "symlink":
        out.symlink_to(src)
    elif link == "hardlink":
        os.link(src, out)
    elif link == "relative path":
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path)
    with pytest.raises(RaidenError) as e:
        write_rows(out, [3], inputs=[src])
    assert str(out) in str(e.value) and str(src) in str(e.value) and "overwrite the input" in str(e.value)
    assert src.read_text(encoding="utf-8") == "[1, 2]\n"


def test_a_directory_and_a_device_are_refused(tmp_path):
    with pytest.raises(RaidenError, match="is a directory"):
        write_rows(tmp_path, [1])
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(RaidenError, match="not a regular file"):
        write_rows(fifo, [1])
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(RaidenError, match="/dev/null: is not a regular file"):
        check_output("/dev/null")  # the check alone: nothing is written near /dev
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo"]


def test_a_write_replaces_atomically_and_keeps_the_files_permissions(tmp_path):
    out = tmp_path / "rows.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    write_rows(out, [{"a": "é"}, {"b": 2}])
    assert out.read_text(encoding="utf-8") == '{"a": "é"}\n{"b": 2}\n'
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.jsonl"]


def _disk_full(*_a, **_k):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    out = tmp_path / "rows.json"
    out.write_text('["old"]\n', encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(RaidenError, match=r"rows\.json: cannot write: No space left on device$"):
        write_rows(out, ["new"] * 1000)
    assert _listing(tmp_path) == {"rows.json": b'["old"]\n'}


def test_an_unwritable_directory_is_one_line(tmp_path, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(RaidenError, match=r"out\.json: cannot write: Permission denied$"):
        write_rows(tmp_path / "out.json", [1])
    assert list(tmp_path.iterdir()) == []


def test_an_error_while_writing_removes_the_temporary_file(tmp_path):
    with pytest.raises(ZeroDivisionError):
        with atomic_output(tmp_path / "x.txt") as f:
            f.write("partial")
            1 / 0
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ reward score --out
@pytest.fixture()
def scored(tmp_path):
    rows = write_records(tmp_path / "records.json", [EN_SBK])
    responses = tmp_path / "responses.json"
    responses.write_text(json.dumps(["<think>I know.</think> I play basketball."]), encoding="utf-8")
    return rows, responses


def test_reward_score_out_refuses_a_device_and_a_directory(scored, tmp_path, capsys):
    rows, responses = scored
    fifo = tmp_path / "fake_device"
    os.mkfifo(fifo)
    assert main(["reward", "score", str(rows), str(responses), "--out", str(fifo)]) == 2
    assert f"{fifo}: is not a regular file" in _err(capsys)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the "device", not a regular file
    assert main(["reward", "score", str(rows), str(responses), "--out", str(tmp_path)]) == 2
    assert f"{tmp_path}: is a directory" in _err(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake_device", "records.json", "responses.json"]


def test_reward_score_out_writes_scores(scored, tmp_path, capsys):
    rows, responses = scored
    assert main(["reward", "score", str(rows), str(responses), "--out", str(tmp_path / "s.jsonl")]) == 0
    (line,) = (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["row"] == 0 and json.loads(line)["accuracy"] == 1.0


# ------------------------------------------------------------------------------ the converter
def test_convert_refuses_val_output_equal_to_the_train_input_before_writing(tmp_path, capsys):
    train = write_records(tmp_path / "train.json", RECORDS)
    val = write_records(tmp_path / "val.json", [ZH_CM])
    before = _listing(tmp_path)
    assert main(["data", "convert", "--train_input", str(train), "--val_input", str(val),
                 "--train_output", str(tmp_path / "rows.json"), "--val_output", str(train)]) == 2
    err = _err(capsys)
    assert f"{train}: the output would overwrite the input {train}" in err
    assert _listing(tmp_path) == before  # the input intact, and no train rows written either


def test_convert_script_refuses_a_hard_link_to_an_input(tmp_path):
    train = write_records(tmp_path / "train.json", RECORDS)
    val = write_records(tmp_path / "val.json", [ZH_CM])
    os.link(val, tmp_path / "alias.json")
    before = _listing(tmp_path)
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "convert_to_easyr1_format.py"),
                        "--train_input", str(train), "--val_input", str(val),
                        "--train_output", str(tmp_path / "alias.json"), "--val_output", str(tmp_path / "v.json")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert f"alias.json: the output would overwrite the input {val} (the same file)" in r.stderr
    assert _listing(tmp_path) == before


def test_convert_refuses_two_outputs_that_are_one_file(tmp_path, capsys):
    train = write_records(tmp_path / "train.json", RECORDS)
    val = write_records(tmp_path / "val.json", [ZH_CM])
    assert main(["data", "convert", "--train_input", str(train), "--val_input", str(val),
                 "--train_output", str(tmp_path / "rows.json"), "--val_output", str(tmp_path / "rows.json")]) == 2
    assert "the same file as the output" in _err(capsys)
    assert not (tmp_path / "rows.json").exists()


# ------------------------------------------------------------------------------ data build
def test_data_build_never_overwrites_profiles_living_in_the_output_dir(tmp_path, capsys):
    profiles = tmp_path / "train.json"  # a profiles file that happens to bear an output's name
    profiles.write_text(json.dumps(PROFILES), encoding="utf-8")
    before = _listing(tmp_path)
    assert main(["data", "build", "--profiles", str(profiles), "--out", str(tmp_path)]) == 2
    assert f"{profiles}: the output would overwrite the input {profiles}" in _err(capsys)
    assert _listing(tmp_path) == before


def test_data_build_on_a_full_disk_is_one_line_and_leaves_no_partial_file(tmp_path, monkeypatch, capsys):
    profiles = tmp_path / "profiles.json"
    profiles.write_text(json.dumps(PROFILES), encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _disk_full)
    out = tmp_path / "out"
    assert main(["data", "build", "--profiles", str(profiles), "--out", str(out)]) == 2
    assert f"{out / 'train.json'}: cannot write: No space left on device" in _err(capsys)
    assert list(out.iterdir()) == []


def test_data_build_into_a_file_is_one_line(tmp_path, capsys):
    profiles = tmp_path / "profiles.json"
    profiles.write_text(json.dumps(PROFILES), encoding="utf-8")
    assert main(["data", "build", "--profiles", str(profiles), "--out", str(profiles)]) == 2
    assert "a parent of it is a file" in _err(capsys)
    assert json.loads(profiles.read_text(encoding="utf-8")) == PROFILES


# ------------------------------------------------------------------------------ eval
def test_eval_refuses_an_out_dir_whose_outputs_would_overwrite_the_data(tmp_path, capsys):
    out = tmp_path / "run"
    out.mkdir()
    data = write_records(out / "metrics.json", [EN_SBK])  # the records sit where metrics.json goes
    before = _listing(out)
    # refused before any request: the endpoint does not exist
    assert main(["eval", "--backend", "api", "--api-base", "http://127.0.0.1:9/v1", "--model", "m",
                 "--data", str(data), "--out", str(out), "--max-retries", "0"]) == 2
    assert f"{data}: the output would overwrite the input {data}" in _err(capsys)
    assert _listing(out) == before


def test_eval_out_that_is_a_file_is_one_line(tmp_path, capsys):
    data = write_records(tmp_path / "test.json", [EN_SBK])
    assert main(["eval", "--backend", "api", "--api-base", "http://127.0.0.1:9/v1", "--model", "m",
                 "--data", str(data), "--out", str(data)]) == 2
    assert "is a file, not a directory" in _err(capsys)
