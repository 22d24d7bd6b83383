import json

import pytest

from raiden_r1.errors import RaidenError
from raiden_r1.eval.store import ItemStore


def test_partial_last_line_of_a_killed_run_is_cut_before_appending(tmp_path):
    p = tmp_path / "items.jsonl"
    p.write_text(json.dumps({"id": "a", "status": "ok"}) + "\n" + '{"id": "b", "sta', encoding="utf-8")
    store = ItemStore(p)
    assert store.is_done("a") and store.get("b") is None
    store.append({"id": "b", "status": "ok"})
    store.close()
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]


def test_a_broken_line_in_the_middle_is_an_error_not_a_guess(tmp_path):
    p = tmp_path / "items.jsonl"
    p.write_text('{"id": "a", "status": "ok"}\nnot json\n{"id": "b", "status": "ok"}\n')
    with pytest.raises(RaidenError, match="line 2"):
        ItemStore(p)


def test_latest_line_wins_and_compaction_keeps_one_line_per_item(tmp_path):
    p = tmp_path / "items.jsonl"
    store = ItemStore(p)
    store.append({"id": "a", "status": "error"})
    store.append({"id": "b", "status": "ok"})
    store.append({"id": "a", "status": "ok"})
    assert store.is_done("a")
    store.compact(["b", "a"])
    assert [json.loads(x)["id"] for x in p.read_text().splitlines()] == ["b", "a"]
    assert ItemStore(p).get("a")["status"] == "ok"
