"""Is a final answer correct? The one accuracy rule, shared by the reward and by evaluation.

Judged on the analysed answer (analysis.py) against the prepared ground truth (matching.py):

1. gates that make the whole answer earn nothing: an unreadable ground truth, out of character
   (the model, a narrator or another person speaking; a wrapper; the prompt echoed: gaming.py),
   a pasted profile, a keyword dump, a yes/no question answered the other way round;
2. per keyword item, an asserted occurrence (assertion.py) not standing next to a competing value
   (hedges.hedge_reason);
3. each negative keyword the answer asserts cancels one matched item.

``share`` is the fraction of items earned (1.0 for an exact match of the gold answer). Evaluation
counts an item-share of 1.0 in the question's language as correct; the reward maps the share
into VRAR's bands and shapes it (length, repetition, language): vrar.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import components as C
from .analysis import Answer, analyse
from .assertion import ItemVerdict, judge_item
from .negatives import negatives_asserted
from .polarity import polarity_flipped
from .gaming import out_of_character
from .dumps import dump_reason
from .hedges import hedge_reason
from .repetition import profile_labels
from .matching import PreparedTruth
from .lists import list_reason
from .negative_forms import negative_forms_asserted
from .dismissed import dismissed
from .place_modifier import place_as_modifier
from .restated_question import restated_frame
from .rivals import rival_reason
from .taken_back import taken_back
from .last_word import last_word
from .value_marks import value_marks


_OUT_OF_VOICE = ("third person", "speaks of itself", "claims to be")


@dataclass(slots=True)
class Judgement:
    answer: Answer
    items: list[ItemVerdict] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    gate: str | None = None  # why the whole answer earns nothing ("out of character (...)", ...)
    ooc: str | None = None  # the out-of-character reason, when that was the gate
    exact_match: bool = False
    frame: str | None = None  # the question restated before the answer, not read as the answer
    profile_labels: int = 0
    matched: int = 0  # items earned, after negatives
    share: float = 0.0

    @property
    def reasons(self) -> list[str]:
        out = [self.gate] if self.gate else []
        out += [f"item {i}: {v.alternative!r} {v.reason}" for i, v in enumerate(self.items, 1) if v.reason]
        if self.negatives:
            out.append(f"negative keyword(s) asserted: {', '.join(self.negatives)}")
        return out


def judge(text: str, prep: PreparedTruth, ans: Answer | None = None) -> Judgement:
    """The correctness of one final answer (see the module doc)."""
    ans = ans if ans is not None else analyse(text, prep.language)
    j = Judgement(ans)
    if prep.truth.error:
        j.gate = f"unreadable ground truth: {prep.truth.error}"
        return j
    if not ans.clauses:
        return j
    j.exact_match = ans.canon == prep.answer_norm
    if not j.exact_match:
        j.profile_labels = profile_labels(text, C.PROFILE_LABELS_LIMIT)
        if j.profile_labels >= C.PROFILE_LABELS_LIMIT:
            j.gate = f"pasted profile ({j.profile_labels}+ 'label: value' pairs)"
            return j
    j.ooc = out_of_character(ans, prep)
    if j.ooc:
        j.gate = j.ooc
        return j
    if not prep.items:
        j.share = 1.0 if j.exact_match else 0.0
        return j
    if end := restated_frame(ans, prep):
        # "春と秋のどちらが好きかと問われれば、秋じゃ": the restated question is no part of the answer
        j.frame = ans.match[:end].strip()
        ans = j.answer = ans.tail(end)
    j.items = [judge_item(ans, alts, prep) for alts in prep.items]
    # Speaking of the character from outside (third person, "your ...", as another being) is out
    # of character when it is how the answer gives its keyword.
    if not any(v.matched for v in j.items):
        voice = next((v.reason for v in j.items if v.reason and v.reason.startswith(_OUT_OF_VOICE)), None)
        if voice:
            j.ooc = j.gate = voice
            return j
    for i, v in enumerate(j.items):
        if v.matched:
            h = hedge_reason(ans, v, i, prep) or rival_reason(ans, v, i, prep) or place_as_modifier(ans, v, i, prep) or \
                dismissed(ans, v, i, prep) or taken_back(ans, v, i, prep) or last_word(ans, v, i, prep)
            if h:
                j.items[i] = ItemVerdict(False, v.alternative, v.position, h)
    j.negatives = negatives_asserted(ans, prep, j.items) + negative_forms_asserted(ans, prep, j.items) \
        if prep.negatives else []
    if any(v.matched for v in j.items) or j.exact_match:
        # (a mark or a tag beside the value takes it back even when the canonical text equals the gold answer)
        marked = value_marks(ans, prep)
        if marked:
            j.gate = marked
            return j
    flipped = polarity_flipped(ans, prep)
    if flipped:
        j.gate = flipped
        return j
    dump = (dump_reason(ans, prep, j.items) or list_reason(ans, prep)) if any(v.matched for v in j.items) else None
    if dump:
        j.gate = dump
        return j
    j.matched = max(0, sum(v.matched for v in j.items) - len(j.negatives))
    j.share = j.matched / len(prep.items)
    if j.exact_match:
        j.share, j.matched = 1.0, len(prep.items)
    return j
