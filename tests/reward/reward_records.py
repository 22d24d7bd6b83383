"""A record's ground truth built from a small profile, for the reward tests that need what
record_ground_truth reads from a profile (its other people, titles, self-naming)."""

from __future__ import annotations

from raiden_r1.data.ground_truth import GroundTruth, record_ground_truth
from raiden_r1.data.schema import Record


def profile_truth(language: str, name: str, profile: dict, question: str, key: str) -> GroundTruth:
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name, **profile}, "conversation_history": [],
        "question": question, "answer": key, "keywords": [key], "negative_keywords": [],
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "script_knowledge"}}))


def user_memory_truth(language: str, key: str, question: str) -> GroundTruth:
    """A conversation-memory ground truth whose keyword is the user's fact, said earlier."""
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", subject="user")
