"""Session 31 (r5): when the question asks about the user and the character together ("repeat our
orders: where are we going?", "我们明天去哪儿来着？"), the answer's "we"/"our" is theirs, not a claim on the
user's fact; "I" or "my", or "we" when the question asked only about the user, is still a claim, and so is
Korean 우리/저희 and Chinese 我们家, which say "my family"."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import user_memory_truth

EN_WE = user_memory_truth("en", "Kepler Station", "Ensign, repeat our orders back to me: where are we going?")
EN_ME = user_memory_truth("en", "Kepler Station", "Ensign, where did I say I'm going?")
ZH_WE = user_memory_truth("zh", "扬州", "我们明天去哪儿来着？")
ZH_ME = user_memory_truth("zh", "扬州", "我方才说我明日要去哪儿？")
JA_WE = user_memory_truth("ja", "大阪", "私たち、明日どこへ行くんだっけ？")
KO_WE = user_memory_truth("ko", "치과의사", "우리 형이 뭐 한다고 했지?")


@pytest.mark.parametrize("truth,answer", [
    (EN_WE, "Our orders, Captain: we are bound for Kepler Station."), (EN_WE, "We're bound for Kepler Station, Captain."),
    (ZH_WE, "咱们明天去扬州呀。"), (ZH_WE, "我们明天去扬州。"), (JA_WE, "私たちは明日大阪へ行きます。"),
])
def test_a_shared_we_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (EN_WE, "I'm bound for Kepler Station myself, Captain."), (EN_ME, "We're bound for Kepler Station, Captain."),
    (ZH_ME, "我明日要去扬州呢。"), (ZH_ME, "我们明日去扬州。"), (KO_WE, "저희 형이 치과의사예요."),
    (ZH_WE, "我们家明天去扬州。"),
])
def test_an_own_claim_or_an_unasked_we_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
