"""A value held only as a plan or as someone's suggestion, which a later clause opening with a contrast
then says was not carried out: "I was going to cut them to 180, but I haven't touched the saw yet",
"Susan keeps saying I ought to call him Pickles, but I've not settled on a name", "本来想剪成180，可还没
动锯子". Whatever tense the question asks in, the value was never so (other_sense.py's plan given up
asks the question to be about now). Not when the contrast clause gives the value anyway ("I was going
to cut them to 180, but then I didn't change my mind": the keyword's own clause decides). Tables:
lexicon/undone_plan.yaml."""

from __future__ import annotations

from .analysis import Answer, cue_in_text
from .lexicon import word_list

_LOOK_AHEAD = 3  # clauses after the keyword's: the contrast follows the plan closely


def undone_plan(ans: Answer, ci: int, lang: str) -> str | None:
    """The plan word of clause ``ci`` and the clause that says it was not done, else None."""
    proposed = word_list("undone_plan", "proposed", lang)
    if not proposed:
        return None
    text = ans.clauses[ci].text
    padded = f" {text} " if lang == "en" else text
    plan = next((p for p in proposed if (f" {p} " if lang == "en" else p) in padded), None)
    if plan is None:
        return None
    contrast = word_list("undone_plan", "contrast", lang)
    here = ans.clauses[ci].sentence
    for cl in ans.clauses[ci + 1:ci + 1 + _LOOK_AHEAD]:
        if cl.sentence > here + 1:
            break
        opener = next((c for c in contrast if cl.text == c or cl.text.startswith(c + " " if lang == "en" else c)), None)
        if opener and cue_in_text(cl.text[len(opener):], lang, "negation"):
            return f"{plan}' ... '{cl.text}"
    return None
