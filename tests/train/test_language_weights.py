"""data.language_weights: a language in the GRPO batches at a share of its size, checked at load
time, and the sampler's per-epoch draw that carries it out."""

from collections import Counter

import pytest

pytest.importorskip("omegaconf")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import load_config  # noqa: E402
from raiden_r1.train.data import PromptSampler  # noqa: E402

N4 = "worker.rollout.n=4"  # the defaults' n=1 is no group
LABELS = ["en"] * 40 + ["zh"] * 40 + ["ja"] * 20


def _draw(sampler: PromptSampler, k: int) -> Counter:
    return Counter(LABELS[i] for i in sampler.next(k))


def test_a_weighted_language_fills_its_share_of_an_epoch():
    s = PromptSampler(len(LABELS), seed=0, labels=LABELS, rates={"zh": 0.25, "ja": 0.5})
    assert _draw(s, 60) == {"en": 40, "zh": 10, "ja": 10}  # one epoch: 40 + 40/4 + 20/2
    assert (s.epoch, s.cursor) == (1, 0) and s.epoch_size == 60


def test_each_epoch_draws_other_prompts_of_a_weighted_language():
    s = PromptSampler(len(LABELS), seed=0, labels=LABELS, rates={"zh": 0.25})
    first, second = set(s.next(50)), set(s.next(50))
    zh = lambda ids: {i for i in ids if LABELS[i] == "zh"}  # noqa: E731
    assert zh(first) != zh(second)


def test_without_weights_the_order_is_the_unweighted_one():
    plain = PromptSampler(len(LABELS), seed=3)
    labelled = PromptSampler(len(LABELS), seed=3, labels=LABELS, rates={})
    assert plain.next(250) == labelled.next(250)


def test_a_resume_with_other_weights_is_refused():
    s = PromptSampler(len(LABELS), seed=0, labels=LABELS, rates={"zh": 0.25})
    s.next(7)
    other = PromptSampler(len(LABELS), seed=0, labels=LABELS, rates={"zh": 0.5})
    with pytest.raises(RaidenError, match="language_weights"):
        other.load_state_dict(s.state_dict())
    same = PromptSampler(len(LABELS), seed=0, labels=LABELS, rates={"zh": 0.25})
    same.load_state_dict(s.state_dict())
    assert same.next(20) == s.next(20)


def test_weights_load_from_an_override():
    cfg = load_config(None, [N4, "data.language=[en,zh]", "data.language_weights={zh: 0.2}"])
    assert cfg.data.language_weights == {"zh": 0.2}


@pytest.mark.parametrize("overrides, message", [
    (["data.language_weights={zh: 0}"], r"zh: must be in \(0, 1\]"),
    (["data.language_weights={zh: 1.5}"], r"zh: must be in \(0, 1\]"),
    (["data.language_weights={fr: 0.5}"], "'fr' is not a language"),
    (["data.language=[en]", "data.language_weights={zh: 0.5}"], "zh is not in data.language"),
])
def test_bad_weights_are_refused_naming_the_key(overrides, message):
    with pytest.raises(RaidenError, match=rf"data\.language_weights: .*{message}"):
        load_config(None, [N4, *overrides])


def test_the_sft_stage_refuses_weights_it_would_ignore():
    with pytest.raises(RaidenError, match="GRPO only"):
        load_config(None, ["data.language_weights={zh: 0.5}"], grpo=False)


def test_the_quickstarts_sft_keeps_every_language_grpo_samples_even_at_a_share(tmp_path):
    # session 35: a language GRPO weights is in SFT too (session 34 kept it out, and the SFT model
    # answered every zh/ja/ko question in English); the SFT config's own data.language can narrow it
    from raiden_r1.quickstart_sft import sft_overrides

    grpo = load_config(None, [N4, "data.language=[en,zh,ja]", "data.language_weights={zh: 0.25, ja: 0.25}"])
    ov = sft_overrides(grpo, "m", tmp_path / "cot.json", tmp_path / "sft", 4, None, None, [])
    assert load_config(None, ov, grpo=False).data.language == ["en", "zh", "ja"]
    ov = sft_overrides(grpo, "m", tmp_path / "cot.json", tmp_path / "sft", 4, None, None, [], ["en"])
    assert load_config(None, ov, grpo=False).data.language == ["en"]
