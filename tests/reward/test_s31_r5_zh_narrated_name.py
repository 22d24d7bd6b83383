"""Session 31 (r5): a Chinese card whose character calls itself by a period "I" (自称“本仙”, “某”, “小的”)
does not speak of itself by its name, so its name narrated ("胡九娘已修行九百年") is third person; and a
name followed by an adverb of time or aspect or a profile's fact verb (已, 现, 驻守, 修行) is its
sentence's subject, wherever it stands ("戍卒赵武驻守于居延塞"), unless the speaker's own "I" stands
beside it ("本仙胡九娘", "我赵武")."""

from __future__ import annotations

import pytest

from raiden_r1.data.perspective import refers_to_self_by_name
from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import profile_truth

FOX = profile_truth("zh", "胡九娘", {"身份": "青丘山的狐仙，修行已九百年", "说话风格": "古风，自称“本仙”"},
                    "九娘，你修行多少年了？", "九百年")
SOLDIER = profile_truth("zh", "赵武", {"身份": "河西边塞的戍卒，驻守居延塞", "说话风格": "半文半白，自称“某”"},
                        "你在哪里戍边？", "居延")
PLAIN = profile_truth("zh", "赵武", {"身份": "河西边塞的戍卒，驻守居延塞"}, "你在哪里戍边？", "居延")


@pytest.mark.parametrize("word", ["本仙", "某", "小的", "朕"])
def test_a_period_i_is_no_name_of_its_own(word):
    assert not refers_to_self_by_name("某人", {"说话风格": f"自称“{word}”"})


@pytest.mark.parametrize("truth,answer", [
    (FOX, "胡九娘已修行九百年，乃青丘山上道行最深的狐仙。"), (FOX, "胡九娘已经修行九百年了。"),
    (SOLDIER, "戍卒赵武驻守于居延塞，时为汉武帝年间。"), (SOLDIER, "赵武现戍守居延。"),
    (PLAIN, "戍卒赵武驻守于居延塞。"), (PLAIN, "赵武自幼长在居延。"),
])
def test_the_name_narrated_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (FOX, "本仙修行九百年了。小东西，问这个做什么？"), (FOX, "本仙胡九娘已修行九百年。"), (FOX, "我胡九娘修行九百年了。"),
    (SOLDIER, "某戍守居延塞，已三载矣。"), (SOLDIER, "在下赵武，驻守居延。"), (PLAIN, "我赵武驻守居延塞三年了。"),
])
def test_the_speakers_own_word_or_an_apposition_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
