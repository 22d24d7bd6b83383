"""The validation rules on their own (no endpoint): what each keeps and the reason for what it drops."""

from __future__ import annotations

from collections import Counter

from raiden_r1.data.schema import Message
from raiden_r1.teacher import checks
from raiden_r1.teacher.models import MalformedReply, json_object, parse_sbk

import pytest

CARD = "Mira\n17\nbasketball and painting\nSeattle\na dog called Biscuit"


def test_grounding_keeps_card_terms_said_by_the_answer():
    drops = Counter()
    kept = checks.ground_keywords(["Seattle", "Portland", "Biscuit"], CARD, "I live in Seattle.", "Where?",
                                  drops=drops)
    assert kept == ["Seattle"]
    assert drops == Counter({"keyword_not_grounded": 1, "keyword_not_in_gold_answer": 1})


def test_grounding_drops_a_keyword_the_question_gives_away():
    drops = Counter()
    assert checks.ground_keywords(["Seattle"], CARD, "Seattle!", "Do you live in Seattle?", drops=drops) == []
    assert drops == Counter({"keyword_in_question": 1})


def test_a_copied_list_or_bracketed_value_is_not_a_term():
    drops = Counter()
    card = "周董、小公举\n5月5日（日本儿童节）"
    assert checks.ground_keywords(["周董、小公举", "5月5日（日本儿童节）"], card, card, "?", drops=drops) == []
    assert drops == Counter({"keyword_not_a_term": 2})


def test_a_cm_keyword_on_the_card_tests_no_memory():
    drops = Counter()
    kept = checks.ground_keywords(["Seattle"], "I moved to Seattle.", "You moved to Seattle.", "Where?",
                                  forbidden=CARD, drops=drops)
    assert kept == [] and drops == Counter({"cm_keyword_on_card": 1})


def test_stv_keeps_only_what_every_teacher_said():
    drops = Counter()
    kept = checks.agreed_keywords(["basketball", "painting"], ["I play basketball and sing.",
                                                               "Basketball, and painting too."], drops)
    assert kept == ["basketball"] and drops == Counter({"teachers_disagree": 1})


def test_mtdp_keeps_grounded_or_confirmed_equivalents():
    drops = Counter()
    items = checks.keyword_items(["basketball", "painting"],
                                 {"basketball": ["hoops", "b-ball"], "painting": ["art", "Biscuit"]},
                                 {"basketball": {"hoops"}}, CARD, ["football"], drops)
    assert items == [["basketball", "hoops"], ["painting", "Biscuit"]]
    assert drops == Counter({"equivalent_unconfirmed": 2})


def test_an_equivalent_overlapping_another_term_is_dropped():
    drops = Counter()
    items = checks.keyword_items(["basketball", "painting"], {"basketball": ["painting class"]}, {}, CARD, [], drops)
    assert items == ["basketball", "painting"] and drops == Counter({"equivalent_overlaps_other_term": 1})


@pytest.mark.parametrize("negative, reason", [
    ("basketball court", "negative_overlaps_positive"),
    ("tennis", "negative_in_an_answer"),
    ("Seattle", "negative_stated_in_source"),
    ("a long sentence that says far more than any term would", "negative_not_a_term"),
])
def test_negatives_are_plausible_and_never_true(negative, reason):
    drops = Counter()
    kept = checks.plausible_negatives([negative, "football"], ["basketball"], ["I play basketball, not tennis."],
                                      CARD, "en", drops)
    assert kept == ["football"] and drops == Counter({reason: 1})


def test_history_must_alternate_and_state_the_fact_at_fact_turn():
    h = [Message(role="user", content="I went to Marrakesh."), Message(role="assistant", content="Nice!"),
         Message(role="user", content="My cousin wanted Cairo."), Message(role="assistant", content="Next year!")]
    assert checks.history_problem(h, 0, ["Marrakesh"]) is None
    assert checks.history_problem(h, 1, ["Marrakesh"]) == "fact_turn_mismatch"
    assert checks.history_problem(list(reversed(h)), 1, ["Marrakesh"]) == "history_not_alternating"


def test_a_cm_fact_needs_an_exchange_after_it_and_a_distractor_in_the_history():
    h = [Message(role="user", content="Hi."), Message(role="assistant", content="Hello!"),
         Message(role="user", content="I went to Marrakesh."), Message(role="assistant", content="Nice!")]
    # asked in the very next turn, the fact tests no memory (data audit's memory check)
    assert checks.history_problem(h, 2, ["Marrakesh"]) == "cm_fact_in_last_exchange"
    assert checks.has_distractor(h, ["Cairo"]) is False
    assert checks.has_distractor(h + [Message(role="user", content="Cairo next?")], ["Cairo"]) is True


@pytest.mark.parametrize("cot, reason", [
    ("I am Mira. They ask where I live. Seattle, of course.", None),
    ("I am Mira. They ask where I live. I will tell them.", "cot_misses_keyword"),
    ("I am Mira. I will say: I live in Seattle, rain and all.", "cot_quotes_answer"),
    ("<think>Seattle</think>", "cot_has_tags"),
])
def test_cot_reaches_the_keyword_without_quoting_the_answer(cot, reason):
    assert checks.cot_problem(cot, "I live in Seattle, rain and all.", ["Seattle"], "en") == reason


def test_a_reply_in_a_fence_with_a_bad_item_keeps_the_good_items():
    text = ('Sure!\n```json\n{"questions": [{"question": "Where?", "answer": "Seattle.", "keywords": ["Seattle"], '
            '"question_type": "Where", "difficulty": "easy"}, {"question": "?", "keywords": []}]}\n```')
    items, bad, shape = parse_sbk(text)
    assert [(i.question, i.question_type) for i in items] == [("Where?", "where")] and (bad, shape) == (1, "wrapped")


def test_a_reply_without_an_object_is_malformed():
    with pytest.raises(MalformedReply):
        json_object("I cannot help with that.")
