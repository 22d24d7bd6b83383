"""``data generate`` against a real local chat server: what is kept, what is dropped and why,
and that the records are the project's own (validate, convert, score)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from teacher_support import CARDS, SBK, Teacher, all_records, run_generate

from raiden_r1.data.validate import validate_file
from raiden_r1.easyr1.convert import convert_files

ROOT = Path(__file__).resolve().parents[2]


def _easyr1_compute_score():
    """The reward function file as EasyR1 loads it (by path, not as a package module)."""
    spec = importlib.util.spec_from_file_location("raiden_vrar", ROOT / "easyr1" / "reward_function" / "raiden_vrar.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compute_score


def _questions(out) -> set[tuple[str, str]]:
    return {(r["character_name"], r["question"]) for r in all_records(out)}


def test_agreeing_teachers_keep_every_candidate(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()})
    result = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2")
    names = [c["name"] for c in CARDS]
    expected = {(name, q) for name in names for q, *_ in SBK[name]} | {(name, "Where did I say I went?")
                                                                        for name in names}
    assert _questions(tmp_path / "out") == expected
    assert result.stats["candidates"] == result.stats["kept"] == len(expected)


def test_a_disagreeing_teacher_drops_the_keyword_and_says_why(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher(wrong={"Where do you live?": "Portland, I think."})})
    result = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2")
    assert ("Mira", "Where do you live?") not in _questions(tmp_path / "out")
    assert ("Tomas", "Where do you live?") not in _questions(tmp_path / "out")
    assert result.stats["candidates_dropped"] == {"teachers_disagree": 2}


def test_every_candidate_is_kept_or_dropped_with_one_reason(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher(wrong={"What is your job?": "I fish."})})
    stats = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2").stats
    assert stats["candidates"] == stats["kept"] + sum(stats["candidates_dropped"].values())
    assert stats["kept"] == sum(c["total"] for c in stats["counts"].values())


def test_mtdp_keeps_confirmed_equivalents_and_counts_the_rest(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(), "t2": Teacher(confirm=("hoops",))})
    result = run_generate(cards_file, tmp_path / "out", server, teachers="gen,t2")
    hobbies = next(r for r in all_records(tmp_path / "out") if r["question"] == "What do you do for fun?")
    assert hobbies["keywords"] == [["basketball", "hoops"], "painting"]
    assert hobbies["validation_method"] == "multi_term_parsing"
    assert result.stats["terms_dropped"]["equivalent_unconfirmed"] == 2  # b-ball, art


def test_without_a_second_teacher_only_grounded_equivalents_survive(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    run_generate(cards_file, tmp_path / "out", server)
    hobbies = next(r for r in all_records(tmp_path / "out") if r["question"] == "What do you do for fun?")
    assert hobbies["keywords"] == ["basketball", "painting"]
    assert "confirm" not in server.kinds()


def test_a_negative_overlapping_a_positive_is_dropped(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    result = run_generate(cards_file, tmp_path / "out", server)
    hobbies = next(r for r in all_records(tmp_path / "out") if r["question"] == "What do you do for fun?")
    assert hobbies["negative_keywords"] == ["football"]
    assert result.stats["terms_dropped"]["negative_overlaps_positive"] == 1


def test_records_validate_convert_and_earn_full_accuracy(cards_file, tmp_path, teacher_server, capsys):
    server = teacher_server({"gen": Teacher(), "t2": Teacher()})
    out = tmp_path / "out"
    run_generate(cards_file, out, server, teachers="gen,t2", with_cot=True)
    assert [validate_file(out / f"{s}.json") for s in ("train", "validation", "test")] == [0, 0, 0]
    convert_files(out / "train.json", out / "validation.json", tmp_path / "rows.json", tmp_path / "val_rows.json")
    rows = json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))
    train = json.loads((out / "train.json").read_text(encoding="utf-8"))
    # the SFT target (<think>cot</think> answer) scored by EasyR1's entry point on the converted rows
    scores = _easyr1_compute_score()([{"response": f"<think>{r['cot']}</think>\n{r['answer']}", "response_length": 0,
                                       "ground_truth": row["answer"]} for r, row in zip(train, rows)])
    assert len(rows) == len(train) > 0 and [s["accuracy"] for s in scores] == [1.0] * len(train)


def test_cot_is_first_person_and_reaches_the_keyword(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    run_generate(cards_file, tmp_path / "out", server, with_cot=True)
    records = all_records(tmp_path / "out")
    assert all(r["cot"].startswith(f"I am {r['character_name']}.") for r in records)


def test_a_cot_quoting_the_gold_answer_drops_the_record(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher(cot_quotes=True)})
    result = run_generate(cards_file, tmp_path / "out", server, per_profile=1, cm_per_profile=0, with_cot=True)
    assert result.stats["kept"] == 0 and result.stats["candidates_dropped"] == {"cot_quotes_answer": 3, "more_than_asked": 4}
    assert server.kinds().count("cot") == 6  # asked twice per record before giving up


def test_splits_are_by_character(cards_file, tmp_path, teacher_server):
    server = teacher_server({"gen": Teacher()})
    run_generate(cards_file, tmp_path / "out", server)
    names = [{r["character_name"] for r in json.loads((tmp_path / "out" / f"{s}.json").read_text())}
             for s in ("train", "validation", "test")]
    assert [len(n) for n in names] == [1, 1, 1] and len(set.union(*names)) == 3


def test_two_cards_sharing_a_name_keep_their_own_records(tmp_path, teacher_server):
    from raiden_r1.teacher.generate import Settings
    from raiden_r1.teacher.run import GenerateOptions, generate

    first, second = tmp_path / "a.json", tmp_path / "b.json"  # one file refuses a name twice; two files may not
    first.write_text(json.dumps([CARDS[0]]), encoding="utf-8")
    second.write_text(json.dumps([{**CARDS[0], "profile": {**CARDS[0]["profile"], "Age": "18"}}]), encoding="utf-8")
    server = teacher_server({"gen": Teacher()})
    result = generate(GenerateOptions(profiles=[first, second], out=tmp_path / "out", api_base=server.base,
                                      model="gen", progress=False, settings=Settings(per_profile=3, cm_per_profile=1)))
    ages = sorted(r["character_profile"]["Age"] for r in all_records(tmp_path / "out"))
    assert result.stats["kept"] == 8 and ages == ["17"] * 4 + ["18"] * 4
