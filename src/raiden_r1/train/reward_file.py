"""The engine's reward from ``worker.reward``: the built-in VRAR, or an EasyR1 reward file.

An EasyR1 reward file is loaded as EasyR1 loads it (verl/workers/reward/function.py):
``./path/file.py:function`` (``:main`` when no name), executed standalone with
``spec_from_file_location``; ``REWARD_TYPE`` "batch" (one call with a list of inputs) or
"sequential" (one call per input); each input is ``{"response", "response_length",
"ground_truth"}`` and ``reward_function_kwargs`` are passed as keyword arguments. So the file
that trains on the cluster trains here, on the same inputs: a record's ground truth is handed over
as the JSON string the converter would have written into the row.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any, Sequence

from raiden_r1.errors import RaidenError

from .config import Config
from .reward import RewardFn, vrar_reward


def split_spec(spec: str) -> tuple[Path, str]:
    """``./path/file.py:function`` -> (file, function name); ``main`` when no name is given."""
    head, sep, name = spec.rpartition(":")
    if sep and name.isidentifier():
        return Path(head), name
    return Path(spec), "main"


def _ground_truth(gt: Any) -> Any:
    to_json = getattr(gt, "to_json", None)
    return to_json() if callable(to_json) else gt


def load_reward_file(spec: str, kwargs: dict[str, Any]) -> RewardFn:
    path, name = split_spec(spec)
    key = "worker.reward.reward_function"
    if not path.is_file():
        raise RaidenError(f"{key}: {path}: file not found (relative paths start at the working directory)")
    module_spec = importlib.util.spec_from_file_location("custom_reward_fn", str(path))
    if module_spec is None or module_spec.loader is None:
        raise RaidenError(f"{key}: {path}: not a Python file")
    module = importlib.util.module_from_spec(module_spec)
    try:
        module_spec.loader.exec_module(module)
    except Exception as e:  # the file is the user's code: any error is theirs to see, in one line
        first = str(e).splitlines()[0] if str(e) else ""
        raise RaidenError(f"{key}: {path}: cannot load: {type(e).__name__}: {first}") from None
    fn = getattr(module, name, None)
    if not callable(fn):
        raise RaidenError(f"{key}: {path} has no function {name!r}")
    kind = getattr(module, "REWARD_TYPE", "batch")
    if kind not in ("batch", "sequential"):
        raise RaidenError(f"{key}: {path}: REWARD_TYPE must be 'batch' or 'sequential', not {kind!r}")

    def reward(responses: Sequence[str], lengths: Sequence[int], ground_truths: Sequence[Any]) -> list[dict]:
        inputs = [{"response": r, "response_length": int(n), "ground_truth": _ground_truth(g)}
                  for r, n, g in zip(responses, lengths, ground_truths)]
        if kind == "batch":
            return list(fn(inputs, **kwargs))
        return [fn(x, **kwargs) for x in inputs]

    return reward


def make_reward(cfg: Config) -> RewardFn:
    r = cfg.worker.reward
    if r.reward_function is None:
        return vrar_reward(**r.reward_function_kwargs)
    return load_reward_file(r.reward_function, dict(r.reward_function_kwargs))
