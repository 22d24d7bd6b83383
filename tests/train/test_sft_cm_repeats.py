"""data.cm_repeats: SFT sees each conversation-memory example that many times an epoch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")

from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.train.config import load_config  # noqa: E402
from raiden_r1.train.sft import load_examples  # noqa: E402


def _records(tmp_path):
    sbk = {"character_name": "Mira", "character_profile": {"Name": "Mira", "Hobby": "basketball"},
           "conversation_history": [], "question": "What do you like to do after class?",
           "answer": "I love basketball.", "keywords": ["basketball"], "question_type": "what",
           "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "en", "focus": "script_knowledge"}, "cot": "I play it every day."}
    cm = dict(sbk, conversation_history=[{"role": "user", "content": "My dog is called Rex."},
                                         {"role": "assistant", "content": "Rex, noted."}],
              question="What did I say my dog is called?", answer="Your dog is Rex.", keywords=["Rex"],
              metadata={"language": "en", "focus": "conversation_memory"}, cot="They told me: Rex.")
    path = tmp_path / "cot.json"
    path.write_text(json.dumps([sbk, cm]), encoding="utf-8")
    return path


def _cfg(model_dir, *overrides):
    return load_config(None, [f"worker.actor.model.model_path={model_dir}", "data.max_prompt_length=4000",
                              *overrides], grpo=False)


def test_conversation_memory_examples_come_cm_repeats_times(tiny_model_dir, tmp_path):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    once, _, _ = load_examples(_cfg(tiny_model_dir), tok, [str(_records(tmp_path))])
    thrice, _, _ = load_examples(_cfg(tiny_model_dir, "data.cm_repeats=3"), tok, [str(_records(tmp_path))])
    assert len(once) == 2 and len(thrice) == 4
    cm_target = once[1].target_ids
    assert [e.target_ids == cm_target for e in thrice] == [False, True, True, True]


def test_cm_repeats_is_refused_in_grpo_and_below_one():
    with pytest.raises(RaidenError, match="data.cm_repeats: SFT only"):
        load_config(Path(__file__).resolve().parents[2] / "configs" / "local_quickstart.yaml", ["data.cm_repeats=2"])
    with pytest.raises(RaidenError, match="data.cm_repeats"):
        load_config(None, ["data.cm_repeats=0"], grpo=False)
