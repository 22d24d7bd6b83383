"""The reward's speed-ups keep every result: memos and prechecks give what the plain reading gives."""

from __future__ import annotations

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward import thinking
from raiden_r1.reward.analysis import analyse
from raiden_r1.reward.matching import prepared_truth
from raiden_r1.reward.think_notes import pasted_as_notes

TRUTH = GroundTruth(answer="I usually play basketball with my friends.", keywords=(("basketball", "hoops"),),
                    validation_method="single_term_validation", language="en", question="What do you do after class?")


def test_sentence_span_is_the_run_of_clauses_that_share_the_sentence():
    ans = analyse("Well, I play basketball, mostly. Or chess? No, never chess; hoops, with friends.", "en")
    for ci, cl in enumerate(ans.clauses):
        same = [j for j, c in enumerate(ans.clauses) if c.sentence == cl.sentence]
        assert ans.sentence_span(ci) == (same[0], same[-1] + 1)


def test_think_verdicts_remembered_for_a_truth_give_what_a_cold_reading_gives():
    prep = prepared_truth(TRUTH)
    think = ("I remember that basketball, because my profile says so. The user asks about my life. "
             "Marcus plays basketball. He loves it. Let me think. I will answer the question.")
    thinking._MEMO.clear()
    cold = thinking.score_thinking(think, prep)
    warm = thinking.score_thinking(think, prep)  # every sentence's verdict now comes from the memo
    assert warm == cold and thinking._MEMO


def test_a_cjk_think_with_a_no_break_space_after_its_field_words_is_still_notes():
    # (U+00A0 is a space after NFKC: the space precheck must not skip it)
    assert pasted_as_notes("一人称\u00a0わらわ、好物\u00a0油揚げ")
    assert not pasted_as_notes("一人称はわらわ、好物は油揚げ")


def test_playing_a_role_is_found_with_and_without_the_profiles_name_in_the_answer():
    from raiden_r1.reward.assistant_voice import assistant_voice

    prep = prepared_truth(GroundTruth(answer="I grew up in Leeds.", keywords=(("Leeds",),), language="en",
                                      validation_method="single_term_validation", question="Where did you grow up?",
                                      character_name="Marcus Hale"))
    named = analyse("Answering as Marcus Hale: I grew up in Leeds.", "en")
    nameless = analyse("Speaking as the character described, I grew up in Leeds.", "en")
    assert "plays a role" in (assistant_voice(named, prep) or "")
    assert "plays a role" in (assistant_voice(nameless, prep) or "")
