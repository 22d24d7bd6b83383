"""Session 31 (r5): a word of address that carries the question mark ("Kepler Station at 0600, Captain?",
"扬州，客官？", "大阪、旦那？", "부산, 나리?") asks the keyword's clause back, as the bare question would;
the same keyword said, with the address as a statement, is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def memory(language, question, key):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", subject="user")


EN = ("en", "Ensign, where are we going?", "Kepler Station")
ZH = ("zh", "小二，我方才说我明日要去哪儿？", "扬州")
JA = ("ja", "わしが明日どこへ行くと言うたか覚えとるか？", "大阪")
KO = ("ko", "내가 내일 어디 간다고 했지?", "부산")


@pytest.mark.parametrize("record,answer", [
    (EN, "Kepler Station at 0600, Captain? Is that what Fleet said? I may have misheard."),
    (EN, "Kepler Station, sir?"), (EN, "Kepler Station, Doctor? I thought it was somewhere else."),
    (ZH, "扬州，客官？小的记不太清了。"), (JA, "大阪、旦那？"), (KO, "부산, 나리?"),
])
def test_a_question_closed_by_a_word_of_address_is_asked_back(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 0.0, answer


@pytest.mark.parametrize("record,answer", [
    (EN, "Kepler Station, Captain. Departing at 0600."), (EN, "Kepler Station, sir. Anything else, Captain?"),
    (EN, "Kepler Station. Captain? Are you all right?"),
    (ZH, "扬州，客官。小的五更天就备好马。"), (JA, "大阪ですよ、旦那。"), (KO, "부산이요, 나리."),
])
def test_the_address_in_a_statement_is_paid(record, answer):
    assert keyword_accuracy(answer, memory(*record)) == 1.0, answer
