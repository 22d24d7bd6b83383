"""A Hugging Face model card (README.md) for a trained checkpoint: base model, data, recipe and,
when known, evaluation figures; the YAML front matter is what the hub reads (base_model, tags).

Both engines' checkpoints get one: the local engine's (train/checkpoint.py) and merged EasyR1
checkpoints (easyr1/merge.py). Both configs speak one vocabulary (docs/recipe.md), so one list of
recipe keys describes either. Pure Python: runs wherever a checkpoint is written.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

CARD = "README.md"
# The settings a reader needs to reproduce or judge the run, in EasyR1's names.
RECIPE_KEYS = (
    "algorithm.adv_estimator", "algorithm.use_kl_loss", "algorithm.kl_penalty", "algorithm.kl_coef",
    "algorithm.disable_kl", "data.rollout_batch_size", "data.max_prompt_length", "data.max_response_length",
    "data.prompt_layout", "data.prompt_style", "worker.rollout.n", "worker.rollout.temperature", "worker.rollout.top_p",
    "worker.actor.global_batch_size", "worker.actor.optim.lr", "worker.actor.optim.weight_decay",
    "worker.actor.optim.lr_scheduler_type", "worker.actor.optim.lr_warmup_steps", "worker.actor.clip_ratio_low",
    "worker.actor.clip_ratio_high", "worker.actor.loss_avg_mode", "worker.actor.ppo_epochs",
    "worker.actor.model.lora.rank", "worker.reward.reward_function", "worker.reward.reward_function_kwargs",
    "trainer.total_epochs", "trainer.max_steps",
)
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


@dataclass
class CardFacts:
    title: str
    engine: str  # "the local GRPO engine (raiden-r1 train)" / "EasyR1"
    base_model: str | None = None
    step: int | None = None
    train_files: list[str] = field(default_factory=list)
    val_files: list[str] = field(default_factory=list)
    recipe: dict[str, Any] = field(default_factory=dict)  # dotted key -> value
    evaluation: dict[str, str] = field(default_factory=dict)  # metric -> figure, as text
    evaluation_source: str | None = None


def flat(cfg: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted keys of a nested config (the reward kwargs stay one value)."""
    out: dict[str, Any] = {}
    for k, v in cfg.items():
        key = f"{prefix}{k}"
        if isinstance(v, Mapping) and key != "worker.reward.reward_function_kwargs":
            out.update(flat(v, key + "."))
        else:
            out[key] = v
    return out


def recipe_of(cfg: Mapping[str, Any]) -> dict[str, Any]:
    values = flat(cfg)
    return {k: values[k] for k in RECIPE_KEYS if k in values}


def _files(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [str(value)] if isinstance(value, (str, Path)) else [str(v) for v in value]


def _is_hub_id(name: str | None) -> bool:
    return bool(name) and bool(_HUB_ID.match(name)) and not Path(name).exists()


def render(facts: CardFacts) -> str:
    meta = ["---", "library_name: transformers", "pipeline_tag: text-generation"]
    if _is_hub_id(facts.base_model):
        meta.append(f"base_model: {facts.base_model}")
    meta += ["tags:", "- raiden-r1", "- role-playing", "- grpo", "---", ""]
    lines = [f"# {facts.title}", "",
             f"A role-playing model trained with [RAIDEN-R1](https://arxiv.org/abs/2505.10218) GRPO and the "
             f"Verifiable Role-Awareness Reward (VRAR) on {facts.engine}"
             + (f", checkpoint of step {facts.step}." if facts.step is not None else "."),
             "It answers in character from its profile (script-based knowledge) and remembers what was said "
             "earlier in the conversation (conversation memory), thinking in a `<think>` block first.", "",
             "## Base model", "", facts.base_model or "not recorded", "",
             "## Training data", ""]
    if facts.train_files:
        lines += [f"- train: `{f}`" for f in facts.train_files] + [f"- validation: `{f}`" for f in facts.val_files]
    else:
        lines.append("not recorded")
    lines += ["", "## Recipe", ""]
    if facts.recipe:
        lines += ["| setting | value |", "|---|---|"]
        lines += [f"| `{k}` | `{json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v}` |"
                  for k, v in facts.recipe.items()]
    else:
        lines.append("not recorded")
    lines += ["", "## Evaluation", ""]
    if facts.evaluation:
        lines += ["| metric | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in facts.evaluation.items()]
        if facts.evaluation_source:
            lines += ["", f"Source: {facts.evaluation_source}."]
    else:
        lines.append("Not evaluated yet: `raiden-r1 eval --model <this directory> --data test.json --out DIR` "
                     "measures SBK/CM accuracy with 95% intervals.")
    lines += ["", "## Use", "", "```python", "from transformers import AutoModelForCausalLM, AutoTokenizer", "",
              'model = AutoModelForCausalLM.from_pretrained("<this directory>")',
              'tokenizer = AutoTokenizer.from_pretrained("<this directory>")', "```", ""]
    return "\n".join(meta + lines)


def write_card(directory: str | Path, facts: CardFacts) -> Path:
    """Write ``README.md`` through the output guard (raiden_r1.io_guard: atomic, never over a
    directory or a device)."""
    from raiden_r1.io_guard import write_text

    return write_text(Path(directory) / CARD, render(facts), what="model card")


def eval_figures(metrics: Mapping[str, Any]) -> dict[str, str]:
    """Headline figures of a ``raiden-r1 eval`` run (its metrics.json): accuracies with their 95%
    intervals and item counts, and the mean reward."""
    overall = metrics.get("overall") or {}
    names = {"sbk_accuracy": "SBK accuracy", "cm_accuracy": "CM accuracy", "accuracy": "accuracy (all items)",
             "mean_reward": "mean VRAR reward", "in_character_rate": "in character"}
    out = {}
    for key, label in names.items():
        e = overall.get(key)
        if not isinstance(e, Mapping) or e.get("mean") is None:
            continue
        pct = key != "mean_reward"
        k, unit = (100.0, "%") if pct else (1.0, "")
        text = f"{e['mean'] * k:.1f}{unit}" if pct else f"{e['mean']:.3f}"
        if e.get("low") is not None and e.get("high") is not None:
            text += f" [{e['low'] * k:.1f}, {e['high'] * k:.1f}]" if pct else f" [{e['low']:.3f}, {e['high']:.3f}]"
        out[label] = f"{text} (n={e.get('n')})"
    return out
