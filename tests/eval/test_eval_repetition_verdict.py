"""The evaluation's verdict follows the reward's repetition rule (issues 12 and 15): an answer that
names the keyword but says a sentence again is not counted correct (session 34's base row counted
"I am X, a humble xenobotanist and a humble xenobotanist. I am a humble xenobotanist." correct)."""

from __future__ import annotations

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.eval.items import EvalItem
from raiden_r1.eval.scoring import score_generation
from raiden_r1.reward.vrar import evaluate


def _item() -> EvalItem:
    truth = record_ground_truth(Record.model_validate({
        "character_name": "Tobias Renfield", "character_profile": {"name": "Tobias Renfield", "occupation": "xenobotanist"},
        "conversation_history": [], "question": "What do you do for a living?", "answer": "I am a xenobotanist.",
        "keywords": [["xenobotanist"]], "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": "en", "focus": "script_knowledge"}}))
    return EvalItem(id="x", messages=[], ground_truth=truth, focus="script_knowledge", language="en")


def test_an_answer_the_reward_finds_repeating_is_not_counted_correct():
    item = _item()
    looping = "I work as a xenobotanist in the glasshouses. I work as a xenobotanist in the glasshouses."
    assert evaluate(looping, item.ground_truth).repeats > 0  # the reward's rule fires on it
    out = score_generation(item, looping)
    assert out["repetition"] is True
    assert out["correct"] is False and out["accuracy"] < 1.0
    assert any(w.startswith("repetition:") for w in out["why"])


def test_the_same_answer_said_once_is_counted_correct():
    out = score_generation(_item(), "I work as a xenobotanist in the glasshouses.")
    assert out["repetition"] is False
    assert out["correct"] is True and out["accuracy"] == 1.0
