"""A Japanese keyword ending in a verb's dictionary form ("星を眺める", "笙を吹く") matches the verb's
conjugated forms (眺め, 眺めて, 吹いて, 吹きます; ja_verb_stems.py); its negation, a wish, a never-done
past and the stem's noun in another phrase ("眺めのいい部屋") stay unpaid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.ja_verb_stems import verb_stems
from raiden_r1.reward.vrar import keyword_accuracy

HOB = GroundTruth(answer="私の趣味は和歌を詠むこと、星を眺めることと笙を吹くことでございます。",
                  keywords=(("和歌を詠むこと", "和歌を詠む", "星を眺めること", "星を眺める", "笙を吹くこと", "笙を吹く"),),
                  language="ja", question="暇な時は何をするのが好きですか？", subject="self")
FISH = GroundTruth(answer="釣りに行くことです。", keywords=(("釣りに行く",),), language="ja", question="趣味は何ですか？",
                   subject="self")


@pytest.mark.parametrize("truth,answer", [
    (HOB, "夜は星を眺め、折々に笙を吹いております。"),
    (HOB, "星を眺めて過ごしております。"),
    (HOB, "和歌を詠んでおります。"),
    (HOB, "笙を吹きます。"),
    (FISH, "週末は釣りに行ってます。"),
])
def test_a_conjugated_verb_key_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOB, "笙を吹かない。"),
    (HOB, "星を眺めたりはいたしませぬ。"),
    (HOB, "笙を吹いたことはございませぬ。"),
    (FISH, "釣りに行ったことはない。"),
    (HOB, "眺めのいい部屋でございます。"),
])
def test_a_negated_or_other_use_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def test_an_ambiguous_one_kanji_ru_verb_gets_no_stem():
    assert verb_stems("星を見る") == ()


def test_a_bare_verb_without_a_particle_gets_no_stem():
    assert verb_stems("眺める") == ()
