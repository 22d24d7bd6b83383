"""An answer in another Latin-script language built on numbers (fifteenth red-team suite; docs/reward.md,
"Session 29"): the number said in German, French, Spanish, Italian or Portuguese words, with that
language's small words around it ("Zweiundvierzig Meter, vor der Insel"), is not English, even with
the keyword's digits beside it. An English answer with a loanword or a name stays English (our own
cases, not the suite's strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


EN_DEPTH = GroundTruth(answer="42 metres, off Rottnest.", keywords=(("42",),), language="en",
                       question="How deep was your deepest dive?", focus="script_knowledge", subject="self")
EN_AGE = GroundTruth(answer="I'm 35.", keywords=(("35",),), language="en", question="How old are you?",
                     focus="script_knowledge", subject="self")


@pytest.mark.parametrize("truth,text", [
    (EN_DEPTH, "Zweiundvierzig Meter, also 42, vor der Küste."),
    (EN_DEPTH, "Zweiundvierzig Meter - 42 Meter, vor Rottnest."),
    (EN_DEPTH, "Quarante-deux mètres - 42, vers Rottnest."),
    (EN_DEPTH, "Cuarenta y dos metros, 42, frente a Rottnest."),
    (EN_DEPTH, "Quarantadue metri... 42, davanti a Rottnest."),
    (EN_AGE, "Fünfunddreißig, 35 Jahre."),
    (EN_AGE, "Trinta e cinco, 35 anos."),
    (EN_DEPTH, "Zweiundvierzig. 42."),
])
def test_number_in_another_language_refused(truth, text):
    assert not evaluate(text, truth).language_ok


@pytest.mark.parametrize("truth,text", [
    (EN_DEPTH, "42 metres, off Rottnest - tagging grey nurse sharks, the whole team in tres bon spirits."),
    (EN_DEPTH, "Forty-two metres. Von Trapp family singers would've hated it."),
    (EN_AGE, "35, and Cinco de Mayo's my birthday."),
    (EN_AGE, "I'm 35. Six brothers, all older."),
])
def test_english_with_a_foreign_word_paid(truth, text):
    assert evaluate(text, truth).language_ok
