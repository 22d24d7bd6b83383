"""A batch reply without its envelope (what small models write: one item object, or a list of
items) is read as its items and counted; anything else that is not the asked object stays malformed."""

from __future__ import annotations

import json

import pytest
from teacher_support import CM, SBK, Teacher, run_generate

from raiden_r1.teacher.models import MalformedReply, parse_cm, parse_sbk


def _item(q: str = "Where do you live?", **extra) -> dict:
    return {"question": q, "answer": "I live in Seattle.", "keywords": ["Seattle"], "question_type": "where",
            "difficulty": "easy", **extra}


def test_a_bare_item_object_is_one_item():
    items, bad, shape = parse_sbk(json.dumps(_item()))
    assert [i.question for i in items] == ["Where do you live?"] and (bad, shape) == (0, "bare_item")


def test_a_list_of_items_keeps_the_good_ones_and_counts_the_bad():
    text = "Here you go:\n" + json.dumps([_item(), _item("Who?", keywords=[]), _item("What is your dog called?")])
    items, bad, shape = parse_sbk(text)
    assert [i.question for i in items] == ["Where do you live?", "What is your dog called?"]
    assert (bad, shape) == (1, "item_list")


def test_a_bare_cm_dialogue_is_one_item():
    items, bad, shape = parse_cm(json.dumps(CM["Mira"][0]))
    assert len(items) == 1 and items[0].fact_turn == 2 and shape == "bare_item"


@pytest.mark.parametrize("text", [
    json.dumps({"question": "Where do you live?"}),            # a bare item missing its answer and terms
    json.dumps([{"question": "?", "keywords": []}]),            # a list with no valid item
    json.dumps({"facts": [_item()]}),                           # another envelope: not searched
    json.dumps({"type": "AR:Craft", "categories": ["a"]}),      # what SmolLM2-135M wrote
    json.dumps([_item(), "Seattle"]),                           # a list of something else than objects
    json.dumps([]),
    json.dumps({"questions": _item()}),                         # the envelope around no list
])
def test_anything_else_stays_malformed(text):
    with pytest.raises(MalformedReply):
        parse_sbk(text)


def _bare_items(model, kind, attempt):
    """The generator writes its SBK batch as a JSON list of items and its CM batch as one bare
    dialogue (the asked wrappers left out)."""
    if model != "gen":
        return None
    if kind == "sbk":
        return ("text", json.dumps([_item(q, answer=a, keywords=k, question_type=t, difficulty=d, negatives=n)
                                    for q, a, k, t, d, n in SBK["Mira"]]))
    if kind == "cm":
        return ("text", json.dumps(CM["Mira"][0]))
    return None


def test_unwrapped_batches_become_records_and_are_counted_in_stats(tmp_path, teacher_server):
    cards = tmp_path / "cards.json"
    cards.write_text(json.dumps([{"name": "Mira", "profile": {"Age": "17", "Hobby": "basketball and painting",
                                                              "Home": "Seattle", "Pet": "a dog called Biscuit"}}]),
                     encoding="utf-8")
    server = teacher_server({"gen": Teacher()}, plan=_bare_items)
    result = run_generate(cards, tmp_path / "out", server)
    stats = json.loads((tmp_path / "out" / "stats.json").read_text(encoding="utf-8"))
    assert result.stats["kept"] == 4 and stats["unwrapped_replies"] == {"bare_item": 1, "item_list": 1}
    assert stats["this_run"]["malformed_replies"] == 0


def test_an_unwrapped_reply_with_no_valid_item_is_asked_again_then_dropped(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()},
                            plan=lambda m, kind, a: ("text", '{"question": "Where?"}') if kind == "sbk" else None)
    stats = run_generate(cards_file, tmp_path / "out", server, cm_per_profile=0).stats
    assert stats["candidates_dropped"] == {"malformed_reply_sbk": 3} and stats["unwrapped_replies"] == {}
    assert server.kinds().count("sbk") == 9  # three cards, each asked three times
