from __future__ import annotations

import pytest

from raiden_r1.reward.parse import split_response


def test_closed_block_then_answer_is_well_formed():
    p = split_response("<think>\nI recall it.\n</think>\nBasketball!")
    assert (p.thinking, p.final_answer, p.well_formed, p.has_think) == ("I recall it.", "Basketball!", True, True)


def test_no_tags_whole_text_is_the_answer():
    p = split_response("  I play basketball.  ")
    assert (p.thinking, p.final_answer, p.has_think, p.well_formed) == (None, "I play basketball.", False, False)


@pytest.mark.parametrize("text", ["<think>I love basketball", "<think>a</think>b<think>c"])
def test_unclosed_think_has_no_answer(text):
    p = split_response(text)
    assert p.unclosed and p.final_answer == "" and not p.has_think


def test_several_closing_tags_leave_no_answer():
    p = split_response("<think>a</think>basketball<think>b</think>I like sports")
    assert p.final_answer == "" and p.has_think and not p.well_formed and (p.open_tags, p.close_tags) == (2, 2)


def test_a_stray_second_opening_tag_keeps_the_answer():
    p = split_response("<think>a<think>b</think>I like sports")
    assert p.final_answer == "I like sports" and p.thinking == "a" and not p.well_formed


def test_text_before_the_block_breaks_organisation():
    p = split_response("Sure! <think>hmm</think>Basketball.")
    assert p.has_think and not p.well_formed and p.final_answer == "Basketball."


def test_close_without_open_gives_answer_but_no_think():
    p = split_response("thinking out loud</think>Basketball.")
    assert p.final_answer == "Basketball." and not p.has_think and p.thinking is None


def test_empty_think_block_is_not_reasoning():
    p = split_response("<think>  </think>Basketball.")
    assert not p.has_think and not p.well_formed


def test_tags_are_case_insensitive_and_other_angle_brackets_are_text():
    p = split_response("<THINK>x < y</Think> 3 < 4")
    assert p.thinking == "x < y" and p.final_answer == "3 < 4" and p.well_formed


def test_empty_response():
    p = split_response("")
    assert p.final_answer == "" and not p.has_think and not p.unclosed


def test_only_the_first_block_is_thinking():
    p = split_response("<think>first</think><think>second</think>answer")
    assert p.thinking == "first" and p.final_answer == ""
