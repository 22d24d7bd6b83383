"""An LLM judge for free-text references, with RAIDEN's graded criteria.

RAIDEN grades answers on an ordinal scale; we ask for one letter and map the levels linearly onto
[0, 1] (best = 1, worst = 0), so judged accuracy averages like keyword accuracy. Binary
correctness (for pass@k and McNemar) is the top grade only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (letter, description, score), best first.
SBK_GRADES = (
    ("A", "fully correct and complete: states the fact from the role card, nothing wrong", 1.0),
    ("B", "correct but incomplete: what it says is right, but part of the reference is missing", 2 / 3),
    ("C", "partly correct: some of it matches the reference, some of it is wrong", 1 / 3),
    ("D", "wrong: contradicts the role card or the reference, or does not answer", 0.0),
)
CM_GRADES = (
    ("A", "correct and complete: recalls what was said earlier in the conversation, nothing wrong", 1.0),
    ("B", "correct but incomplete: recalls part of it correctly", 0.75),
    ("C", "claims to remember but gets it wrong", 0.5),
    ("D", "refuses or says it does not remember", 0.25),
    ("E", "wrong in another way: off-topic, contradictory, or out of character", 0.0),
)

_GRADE = re.compile(r"grade\W{0,4}([A-E])\b", re.IGNORECASE)
_JSON_GRADE = re.compile(r"\"grade\"\s*:\s*\"?([A-E])\b", re.IGNORECASE)


def grades_for(focus: str) -> tuple[tuple[str, str, float], ...]:
    return CM_GRADES if focus == "conversation_memory" else SBK_GRADES


def parse_grade(text: str, focus: str) -> str | None:
    """The grade letter in a judge's reply: the last ``Grade: X`` (markdown, full-width colons and
    JSON ``{"grade": "X"}`` allowed), or a reply that is just the letter. ``None`` when there is
    none, or the letter is not on this focus's scale."""
    valid = {g[0] for g in grades_for(focus)}
    t = (text or "").replace("：", ":").strip()
    found = _GRADE.findall(t) or _JSON_GRADE.findall(t)
    if found:
        letter = found[-1].upper()
    else:
        bare = t.strip("*`'\". \n").upper()
        letter = bare if len(bare) == 1 else None
    return letter if letter in valid else None


def grade_score(letter: str, focus: str) -> float:
    return {g[0]: g[2] for g in grades_for(focus)}[letter]


def judge_messages(item, response: str) -> list[dict[str, str]]:
    """The judge's prompt: the dialogue the model saw, the reference, the model's final answer."""
    kind = ("remembering what was said earlier in the conversation" if item.focus == "conversation_memory"
            else "knowing the facts of its role card")
    scale = "\n".join(f"{g[0]}: {g[1]}" for g in grades_for(item.focus))
    context = "\n\n".join(f"[{m['role']}]\n{m['content']}" for m in item.messages)
    user = (
        f"You grade a role-play model on {kind}. Judge only whether its final answer is right, compared "
        f"with the reference answer; ignore style and length.\n\n"
        f"=== What the model saw ===\n{context}\n\n"
        f"=== Reference answer ===\n{item.reference or item.ground_truth.answer}\n\n"
        f"=== The model's final answer ===\n{response}\n\n"
        f"=== Grades (best first) ===\n{scale}\n\n"
        f"Give one sentence of reasoning, then a last line exactly of the form `Grade: X`."
    )
    return [{"role": "system", "content": "You are a careful, strict grader of role-play answers."},
            {"role": "user", "content": user}]


@dataclass(frozen=True)
class Judgment:
    grade: str
    score: float
    raw: str

    def to_dict(self) -> dict:
        return {"grade": self.grade, "score": self.score, "raw": self.raw}


class JudgeError(Exception):
    pass


def judge_one(client, item, response: str, *, max_tokens: int = 256) -> Judgment:
    """Ask ``client`` (an openai_api.ChatClient) to grade ``response``; JudgeError if it cannot."""
    from .backends.openai_api import ApiError

    try:
        raw = client.chat(judge_messages(item, response), max_tokens=max_tokens, temperature=0.0, n=1, seed=0)[0]
    except ApiError as e:
        raise JudgeError(f"judge {client.model}: {e}") from None
    letter = parse_grade(raw, item.focus)
    if letter is None:
        raise JudgeError(f"judge {client.model}: no grade in its reply: {raw[-120:]!r}")
    return Judgment(letter, grade_score(letter, item.focus), raw)
