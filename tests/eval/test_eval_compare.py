"""``eval compare`` on two real runs against the scripted chat server."""

import json

import pytest
from eval_support import RECORDS

from raiden_r1.cli import main
from raiden_r1.errors import RaidenError
from raiden_r1.eval.compare import compare_runs

GOLD = {r["question"]: r["answer"] for r in RECORDS}


def runs(chat_server, records_file, tmp_path, right_a, right_b):
    """Two runs; run X answers the questions of records ``right_x`` correctly, the others wrongly."""
    out = []
    for name, right in (("base", right_a), ("tuned", right_b)):
        qs = {RECORDS[i]["question"] for i in right}

        def answer(messages, model, qs=qs):
            q = messages[-1]["content"].split("\n\n")[0]
            return GOLD[q] if q in qs else "I do not know."

        server = chat_server(answer)
        d = tmp_path / name
        assert main(["eval", "--backend", "api", "--api-base", server.base, "--model", name, "--data",
                     str(records_file), "--out", str(d), "--n-boot", "100"]) in (0,)
        out.append(d)
    return out


def test_compare_counts_flips_and_tests_them(chat_server, records_file, tmp_path, capsys):
    a, b = runs(chat_server, records_file, tmp_path, right_a=[0, 1], right_b=[0, 2, 3, 4])
    capsys.readouterr()
    assert main(["eval", "compare", str(a), str(b), "--out", str(tmp_path / "cmp")]) == 0
    printed = capsys.readouterr().out
    res = json.loads((tmp_path / "cmp" / "compare.json").read_text())
    (t,) = res["tests"]
    m = t["mcnemar"]
    # both right: record 0; base only: 1; tuned only: 2, 3, 4; both wrong: 5
    assert (m["both_correct"], m["only_a"], m["only_b"], m["both_wrong"]) == (1, 1, 3, 1)
    assert m["method"] == "exact" and m["p_value"] == pytest.approx(2 * (1 + 4) / 16)
    flips = [json.loads(x) for x in (tmp_path / "cmp" / "flips.jsonl").read_text().splitlines()]
    assert sorted(f["direction"] for f in flips) == ["broken", "fixed", "fixed", "fixed"]
    assert res["table"]["accuracy"]["base"]["mean"] == pytest.approx(2 / 6)
    assert res["table"]["accuracy"]["tuned"]["mean"] == pytest.approx(4 / 6)
    assert "(+33.3)" in printed and "fixed" in printed and "McNemar (exact)" in printed
    assert (tmp_path / "cmp" / "compare.png").stat().st_size > 1000
    # an --out that is a file (here a run's own items) is refused in one line, the file untouched
    items = (a / "items.jsonl").read_bytes()
    assert main(["eval", "compare", str(a), str(b), "--out", str(a / "items.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "items.jsonl" in err and "a parent of it is a file" in err
    assert (a / "items.jsonl").read_bytes() == items


def test_compare_needs_finished_runs(tmp_path):
    (tmp_path / "x").mkdir()
    with pytest.raises(RaidenError, match="not a finished eval run"):
        compare_runs([tmp_path / "x", tmp_path / "x"], tmp_path / "o")
