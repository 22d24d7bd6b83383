"""Session 32 (r3): a value held only as a plan of the past or as someone's suggestion, which a later
clause opening with a contrast says was not carried out, is not asserted, whatever tense the question asks
in ("I was going to cut them to 180, but I haven't touched the saw yet"). The value said as done, or the
plan carried out, is still paid; so is a plan for what comes next."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(lang, answer, key, neg, question):
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=(neg,), language=lang, question=question,
                       subject="self")


CUT = {"en": truth("en", "180 centimetres.", "180", "150", "How long did you cut the panels?"),
       "zh": truth("zh", "180厘米。", "180", "150", "你把侧板锯成多长了？")}
DOG = {"en": truth("en", "Pickles.", "Pickles", "Rex", "What's your dog called?"),
       "zh": truth("zh", "豆豆。", "豆豆", "旺财", "你家狗叫什么？")}


@pytest.mark.parametrize("t,answer", [
    (CUT["en"], "I was going to cut them to 180, my friend, but I haven't touched the saw yet."),
    (CUT["en"], "Had planned 180. But I never got round to it."),
    (DOG["en"], "My daughter keeps saying I ought to call him Pickles, but I've not settled on a name."),
    (DOG["en"], "I thought of calling him Pickles, though I never did."),
    (DOG["en"], "I might call him Pickles. But not yet."),
    (CUT["zh"], "本来想锯成180，可是还没动锯子呢。"),
    (DOG["zh"], "我闺女老说让我叫它豆豆，但我还没定下来。"),
    (DOG["zh"], "原想叫豆豆，结果一直没叫开。"),
])
def test_a_plan_or_suggestion_not_carried_out_is_not_asserted(t, answer):
    assert keyword_accuracy(answer, t) == 0.0, answer


@pytest.mark.parametrize("t,answer", [
    (CUT["en"], "180, my friend. I was going to do 150, but no, you wanted tall."),
    (CUT["en"], "I was going to cut them to 180 and I did, no trouble."),
    (DOG["en"], "Pickles. My daughter wanted me to call him Rex, but I didn't."),
    (DOG["en"], "Pickles, and he's a good lad, but not with the postman."),
    (CUT["zh"], "180。本来想锯150，不过你要高的。"),
    (DOG["zh"], "豆豆。我闺女老说让我叫它旺财，可我没听。"),
])
def test_the_value_done_beside_a_plan_is_paid(t, answer):
    assert keyword_accuracy(answer, t) == 1.0, answer


@pytest.mark.parametrize("lang,q,answer,key", [
    ("en", "Where are you going next month?", "I'm going to Lisbon, but not till June.", "Lisbon"),
    ("zh", "你下个月打算去哪儿？", "我打算去杭州，不过还没买票。", "杭州"),
])
def test_a_plan_for_what_comes_next_answers_a_question_about_it(lang, q, answer, key):
    t = GroundTruth(answer=key, keywords=((key,),), negative_keywords=(), language=lang, question=q, subject="self")
    assert keyword_accuracy(answer, t) == 1.0, answer
