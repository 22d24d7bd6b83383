"""Which languages the quickstart's SFT trains on (session 35): those GRPO samples, at a share or in
full, that the SFT config keeps. Session 34's SFT kept only the languages GRPO samples in full
(English), and every zh/ja/ko answer after SFT and GRPO came in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from raiden_r1.errors import RaidenError
from raiden_r1.quickstart_sft import sft_overrides
from raiden_r1.train.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def _languages(grpo_languages, sft_languages, user=()):
    cfg = load_config(ROOT / "configs/local_quickstart.yaml")
    if grpo_languages is not None:
        cfg.data.language, cfg.data.language_weights = list(grpo_languages), {}
    ov = sft_overrides(cfg, "m", Path("cot.json"), Path("out"), 4, None, None, list(user), sft_languages)
    values = [o.split("=", 1)[1] for o in ov if o.startswith("data.language=")]
    return values[-1] if values else None


def test_languages_grpo_samples_at_a_share_are_in_sft():
    assert _languages(None, ["en", "zh", "ja", "ko"]) == "[en,zh,ja,ko]"


def test_the_sft_config_can_keep_fewer_languages():
    assert _languages(None, ["en", "zh"]) == "[en,zh]"


def test_a_language_grpo_never_samples_stays_out_of_sft():
    assert _languages(["en", "ja"], ["en", "zh", "ja"]) == "[en,ja]"


def test_the_shipped_sft_config_trains_english_and_chinese():
    # (session 35's whole runs: [en, zh] SBK +35.2, every language +18.9 with ja/ko still at 0%)
    sft = load_config(ROOT / "configs/local_quickstart_sft.yaml", grpo=False)
    assert _languages(None, sft.data.language) == "[en,zh]"


def test_no_language_in_common_is_one_line():
    with pytest.raises(RaidenError, match="none of the languages GRPO samples"):
        _languages(["en"], ["zh"])


def test_the_users_sft_override_comes_last():
    assert _languages(None, ["en", "zh", "ja", "ko"], ["data.language=[en]"]) == "[en]"
