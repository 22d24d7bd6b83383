"""Rule gating (reward/gates.py, session 34) is speed only: with it on and off, every shipped red-team
suite and a large randomised set of answers built from their words get the same scores, field by
field; the one-scan finder is exact; and a gated rule still fires when its trigger is there."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from raiden_r1.canon import make_term
from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward import gates
from raiden_r1.reward.analysis import analyse
from raiden_r1.reward.audit import load_suite
from raiden_r1.reward.lexicon import LANGUAGE_FILES, cues, word_list
from raiden_r1.reward.matching import prepared_truth
from raiden_r1.reward.quoted_claim import who_said
from raiden_r1.reward.vrar import evaluate

SUITES = sorted((Path(__file__).resolve().parents[2] / "data" / "redteam").glob("*.json"))


def _fields(d) -> tuple:
    """Every field of a score: the scores, the answer's and the thinking's intermediates, and the
    judgement's verdicts and reasons."""
    j = d.judgement
    judged = None if j is None else (j.items, j.negatives, j.gate, j.ooc, j.exact_match, j.frame, j.profile_labels,
                                      j.matched, j.share)
    return (d.scores(), d.answer_language, d.language_ok, d.language_note, d.similarity, d.base_accuracy,
            d.answer_units, d.length_factor, d.repeats, d.repetition_factor, d.accuracy, d.format_parts,
            repr(d.thinking_detail), d.overall, judged)


def _differences(pairs, monkeypatch) -> list[str]:
    out = []
    for name, response, truth in pairs:
        monkeypatch.setattr(gates, "ON", True)
        on = _fields(evaluate(response, truth))
        monkeypatch.setattr(gates, "ON", False)
        off = _fields(evaluate(response, truth))
        if on != off:
            out.append(f"{name}: {on} != {off}")
    return out


def _suite_pairs(path: Path) -> list[tuple[str, str, object]]:
    data = load_suite(path)
    truths, thinks = {}, {}
    for r in data["records"]:
        body = {k: v for k, v in r.items() if k not in ("id", "think")}
        truths[r["id"]] = record_ground_truth(Record.model_validate(body))
        thinks[r["id"]] = str(r.get("think") or "")
    pairs = {}
    for i, c in enumerate(data["cases"]):
        truth, think = truths[c["record"]], thinks[c["record"]]
        for part in ("reference", "response"):
            text = f"<think>{c.get('response_think', think) if part == 'response' else think}</think>{c.get(part, '')}"
            pairs.setdefault((text, c["record"]), (f"{path.stem} case {c.get('id', i)} {part}", text, truth))
    return list(pairs.values())


@pytest.mark.parametrize("path", SUITES, ids=[p.stem for p in SUITES])
def test_every_red_team_case_scores_the_same_with_gating_on_and_off(path, monkeypatch):
    assert _differences(_suite_pairs(path), monkeypatch) == []


def _trigger_words(lang: str) -> list[str]:
    """The words of every gated rule's trigger in ``lang`` (as the rules read them)."""
    out = []
    for cue_kinds, lists, words, chars in gates._TRIGGERS:
        for kind in cue_kinds:
            out += [w.strip() for w in cues(lang).get(kind)]
        for name, kind in lists + chars:
            out += list(word_list(name, kind, lang))
        out += list(words)
    return [w for w in out if w]


@lru_cache(maxsize=1)
def _pool() -> dict[str, list]:
    """The final answers (and truths) of every third suite, by language."""
    by_lang: dict[str, list] = {}
    for path in SUITES[::3]:
        for _, text, truth in _suite_pairs(path):
            lang = prepared_truth(truth).language
            by_lang.setdefault(lang if lang in LANGUAGE_FILES else "en", []).append((text.split("</think>", 1)[1], truth))
    return by_lang


def _random_answers(n: int, seed: int) -> list[tuple[str, str, object]]:
    """Answers stitched from the suites' own responses, the gated rules' trigger words and the
    records' keywords, cut and joined at random: texts where triggers sit next to keywords in every
    position a rule reads (the clause before, after, the next clause, the next sentence)."""
    rng = random.Random(seed)
    by_lang = _pool()
    out = []
    for k in range(n):
        lang = rng.choice(sorted(by_lang))
        pool, words = by_lang[lang], _trigger_words(lang)
        body, truth = rng.choice(pool)
        keywords = [a for alts in prepared_truth(truth).items for a in alts] or [body[:4]]
        pieces = re.split(r"(?<=[,.!?，。！？、])", body) + [rng.choice(pool)[0] for _ in range(2)]
        parts = []
        for _ in range(rng.randint(3, 9)):
            pick = rng.random()
            parts.append(rng.choice(words) if pick < 0.35 else rng.choice(keywords).raw if pick < 0.6 else rng.choice(pieces))
            parts.append(rng.choice([" ", " ", ", ", ". ", "? ", "，", "。", "、", "", "ですが、", "요. "]))
        out.append((f"random {k} ({lang})", "".join(parts), truth))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_randomised_answers_score_the_same_with_gating_on_and_off(seed, monkeypatch):
    assert _differences(_random_answers(500, seed), monkeypatch) == []


@pytest.mark.parametrize("seed", range(20))
def test_the_one_scan_finds_exactly_the_pieces_a_text_holds(seed):
    rng = random.Random(seed)
    pieces = frozenset("".join(rng.choice("abc ") for _ in range(rng.randint(1, 4))).strip() or "a" for _ in range(12))
    scan = gates._Scan([((), (), tuple(pieces), ())])
    for _ in range(50):
        text = "".join(rng.choice("abcd ") for _ in range(rng.randint(0, 40)))
        want = {p for p in scan.triggers[0] if p in text}
        assert scan.found(text) == want, (sorted(pieces), text)


def test_a_gated_rule_still_fires_where_its_trigger_is(monkeypatch):
    monkeypatch.setattr(gates, "ON", True)
    ans = analyse("Who said I live in Osaka?", "en")
    pos = ans.match.find("osaka")
    assert who_said(ans, ans.clause_index(pos), pos, make_term("Osaka")) == "who said"


def test_a_gated_rule_does_not_run_where_its_trigger_is_absent(monkeypatch):
    calls = []
    monkeypatch.setattr(gates, "_TRIGGERS", list(gates._TRIGGERS))  # (this test's trigger is not kept)
    rule = gates.gated(words=("zebra",))(lambda ans: calls.append(ans) or "ran")
    monkeypatch.setattr(gates, "ON", True)
    assert rule(analyse("I live in Osaka.", "en")) is None and calls == []
    assert rule(analyse("A zebra lives in Osaka.", "en")) == "ran"
    monkeypatch.setattr(gates, "ON", False)
    assert rule(analyse("I live in Osaka.", "en")) == "ran"
