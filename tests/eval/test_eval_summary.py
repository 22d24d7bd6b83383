"""Metric arithmetic on hand-made generations, through the same scoring and saving as a real run."""

import pytest
from eval_support import RECORDS

from raiden_r1.data.schema import Record
from raiden_r1.eval.backends.base import Generation, GenerationConfig
from raiden_r1.eval.items import items_from_records
from raiden_r1.eval.runner import run_items
from raiden_r1.eval.store import ItemStore
from raiden_r1.eval.summary import summarize

# One list of samples per record of eval_support.RECORDS, with the accuracy each must get.
HAND_MADE = [
    ["<think>I love it.</think> I play basketball every day."],          # STV hit: 1
    ["I live in Seattle, or maybe Portland."],                           # hedged with a negative: 0
    ["<think>Let me see.</think> I like painting."],                     # MTDP 1 of 2 items: 0.5
    ["As an AI language model, I think the dog is Bisquit."],           # alternative found, but out of character: 0
    ["<think>She told me.</think> Your sister is Lena."],                # CM hit: 1
    ["我住在上海。"],                                                     # wrong city: 0
]


class ListBackend:
    """Replays fixed generations (a test double for a model)."""

    name = "list"

    def __init__(self, texts_by_id):
        self.texts_by_id = texts_by_id

    def describe(self):
        return {"backend": self.name}

    def generate(self, items, cfg):
        for it in items:
            yield Generation(it.id, self.texts_by_id[it.id])

    def close(self):
        pass


def run(tmp_path, samples_per_record, samples=1):
    items = items_from_records([Record.model_validate(r) for r in RECORDS])
    store = ItemStore(tmp_path / "items.jsonl")
    backend = ListBackend({it.id: s for it, s in zip(items, samples_per_record)})
    cfg = GenerationConfig(samples=samples, temperature=0.0 if samples == 1 else 1.0)
    run_items(items, backend, cfg, store, log=lambda m: None)
    store.close()
    return summarize(store.latest, [it.id for it in items], samples=samples,
                     boot={"n_boot": 300, "confidence": 0.95, "seed": 0})


def mean_of(block, name):
    return block[name]["mean"]


def test_hand_computed_accuracies(tmp_path):
    m = run(tmp_path, HAND_MADE)
    o = m["overall"]
    assert m["counts"] == {"items": 6, "scored": 6, "errors": 0, "missing": 0}
    assert mean_of(o, "sbk_accuracy") == pytest.approx((1 + 0 + 0.5 + 0 + 0) / 5)
    assert mean_of(o, "cm_accuracy") == pytest.approx(1.0)
    assert mean_of(o, "accuracy") == pytest.approx(2.5 / 6)
    assert mean_of(o, "well_formed_think_rate") == pytest.approx(3 / 6)
    assert mean_of(o, "in_character_rate") == pytest.approx(5 / 6)
    assert mean_of(o, "language_match_rate") == pytest.approx(1.0)
    assert o["sbk_accuracy"]["low"] <= 0.3 <= o["sbk_accuracy"]["high"]


def test_hand_computed_breakdowns(tmp_path):
    b = run(tmp_path, HAND_MADE)["breakdown"]
    assert mean_of(b["difficulty"]["easy"], "accuracy") == pytest.approx(2 / 4)
    assert mean_of(b["difficulty"]["medium"], "accuracy") == 0.0
    assert mean_of(b["difficulty"]["hard"], "accuracy") == pytest.approx(0.5)
    assert mean_of(b["language"]["en"], "accuracy") == pytest.approx(2.5 / 5)
    assert mean_of(b["language"]["zh"], "accuracy") == 0.0
    assert mean_of(b["validation_method"]["multi_term_parsing"], "accuracy") == pytest.approx(0.5)
    assert b["focus"]["conversation_memory"]["n"] == 1


def test_samples_give_mean_accuracy_and_unbiased_pass_at_k(tmp_path):
    right = HAND_MADE[0][0]
    wrong = "I play football."
    # Every sample names basketball or nothing: record 0 is hit in 1 of 3 samples, record 2 (MTDP,
    # basketball + painting) gets half credit in each sample, the others get nothing.
    per_record = [[right, wrong, wrong], [wrong] * 3, [right] * 3, [right] * 3, [right] * 3, [wrong] * 3]
    m = run(tmp_path, per_record, samples=3)
    o = m["overall"]
    accs = [1 / 3, 0.0, 0.5, 0.0, 0.0, 0.0]
    assert mean_of(o, "accuracy") == pytest.approx(sum(accs) / 6)
    # correct (all items found): record 0 in 1 of 3 samples, nothing else
    assert mean_of(o, "pass@1") == pytest.approx((1 / 3) / 6)
    assert mean_of(o, "pass@3") == pytest.approx(1 / 6)


def test_the_same_seed_gives_the_same_intervals(tmp_path):
    a = run(tmp_path / "a", HAND_MADE)
    b = run(tmp_path / "b", HAND_MADE)
    assert a["overall"] == b["overall"]


def test_the_report_shows_a_fixed_seed_sample_of_paid_and_unpaid_answers(chat_server, records_file, tmp_path):
    import json as _json

    from eval_support import RECORDS

    from raiden_r1.cli import main

    gold = {r["question"]: r["answer"] for r in RECORDS}
    # Right for half the records; the others answered out of character ("As an AI ...").
    right = {RECORDS[i]["question"] for i in (0, 1, 3)}

    def answer(messages, model):
        q = messages[-1]["content"].split("\n\n")[0]
        return gold[q] if q in right else f"As an AI language model, {gold.get(q, 'I cannot say')}"

    server = chat_server(answer)
    out = tmp_path / "run"
    assert main(["eval", "--backend", "api", "--api-base", server.base, "--model", "m", "--data", str(records_file),
                 "--out", str(out), "--n-boot", "100"]) == 0
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "random sample of answers counted correct (seed" in report
    assert "random sample of answers counted wrong (seed" in report
    wrong_part = report.split("counted wrong")[1]
    assert "As an AI language model" in wrong_part and "out of character" in wrong_part
    rows = [_json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    # The evaluation's verdict is the reward's: every answer counted wrong says why.
    for r in rows:
        s = r["scores"][0]
        if s["correct"] is False:
            assert s["why"], r["id"]
    again = tmp_path / "again"
    assert main(["eval", "--backend", "api", "--api-base", server.base, "--model", "m", "--data", str(records_file),
                 "--out", str(again), "--n-boot", "100"]) == 0
    assert (again / "report.md").read_text(encoding="utf-8").split("## A random sample")[1:] == \
        report.split("## A random sample")[1:]  # fixed seed: the same sample


def test_repetition_rate_counts_answers_the_reward_finds_repeating(tmp_path):
    repeated = [s[:] for s in HAND_MADE]
    repeated[0] = ["<think>I love it.</think> I play basketball every day. I play basketball every day."]
    m = run(tmp_path, repeated)["overall"]
    assert mean_of(m, "repetition_rate") == pytest.approx(1 / 6)
    assert mean_of(run(tmp_path / "plain", HAND_MADE)["overall"], "repetition_rate") == 0.0
