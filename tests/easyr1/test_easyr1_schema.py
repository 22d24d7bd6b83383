"""The schema generator (ast over EasyR1's config dataclasses), the introspection used when EasyR1
is importable, and the value check against what OmegaConf 2.3 really accepts.

EasyR1 itself is not installable here, so a small checkout of the same shape is written per test:
the same file layout, the same annotation styles (Optional, Tuple[str], tuple[float, float],
field(default_factory=...), init=False auto keys, docstrings under fields, relative imports)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Optional, Tuple

import pytest

from raiden_r1.easyr1 import schema as schema_mod
from raiden_r1.easyr1.schema import Schema, introspect, value_problem
from raiden_r1.easyr1.schema_gen import main, schema_from_checkout
from raiden_r1.errors import RaidenError

FILES = {
    "verl/__init__.py": '__version__ = "9.9.9.dev0"\n',
    "verl/trainer/__init__.py": "",
    "verl/workers/__init__.py": "",
    "verl/workers/actor/__init__.py": "from .config import ActorConfig\n",
    "verl/workers/critic/__init__.py": "",
    "verl/workers/reward/__init__.py": "",
    "verl/workers/rollout/__init__.py": "",
    "verl/trainer/config.py": '''
from dataclasses import dataclass, field
from typing import Optional, Tuple
from ..workers.config import WorkerConfig

@dataclass
class DataConfig:
    train_files: str = ""
    max_prompt_length: int = 512
    mini_rollout_batch_size: Optional[int] = None

@dataclass
class TrainerConfig:
    logger: Tuple[str] = ("console", "wandb")
    """logger type"""
    max_steps: Optional[int] = None

@dataclass
class PPOConfig:
    data: DataConfig = field(default_factory=DataConfig)
    worker: WorkerConfig = field(default_factory=WorkerConfig)
    trainer: TrainerConfig = field(default_factory=TrainerConfig)
''',
    "verl/workers/config.py": '''
from dataclasses import dataclass, field
from .actor.config import ActorConfig
from .rollout.config import RolloutConfig
from .reward.config import RewardConfig

@dataclass
class WorkerConfig:
    hybrid_engine: bool = True
    actor: ActorConfig = field(default_factory=ActorConfig)
    rollout: RolloutConfig = field(default_factory=RolloutConfig)
    reward: RewardConfig = field(default_factory=RewardConfig)
''',
    "verl/workers/actor/config.py": '''
from dataclasses import dataclass, field
from typing import Any, Optional

@dataclass
class OptimConfig:
    lr: float = 1e-6
    betas: tuple[float, float] = (0.9, 0.999)
    training_steps: int = field(default=-1, init=False)

@dataclass
class ActorConfig:
    global_batch_size: int = 256
    """number of samples per minibatch"""
    optim: OptimConfig = field(default_factory=OptimConfig)
    kl_coef: float = field(default=0.0, init=False)
''',
    "verl/workers/critic/config.py": "",
    "verl/workers/reward/config.py": '''
from dataclasses import dataclass, field
from typing import Optional

@dataclass
class RewardConfig:
    reward_function: Optional[str] = None
    reward_function_kwargs: dict = field(default_factory=dict)
''',
    "verl/workers/rollout/config.py": '''
from dataclasses import dataclass, field
from typing import Any

@dataclass
class RolloutConfig:
    n: int = 1
    top_k: int = -1
    val_override_config: dict[str, Any] = field(default_factory=dict)
''',
}
EXPECTED_KEYS = ["data.train_files", "data.max_prompt_length", "data.mini_rollout_batch_size", "worker.hybrid_engine",
                 "worker.actor.global_batch_size", "worker.actor.optim.lr", "worker.actor.optim.betas",
                 "worker.actor.optim.training_steps", "worker.actor.kl_coef", "worker.rollout.n",
                 "worker.rollout.top_k", "worker.rollout.val_override_config", "worker.reward.reward_function",
                 "worker.reward.reward_function_kwargs", "trainer.logger", "trainer.max_steps"]


@pytest.fixture
def checkout(tmp_path) -> Path:
    root = tmp_path / "EasyR1"
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_generator_reads_the_dataclasses_without_importing_them(checkout):
    s = schema_from_checkout(checkout)
    assert list(s["keys"]) == EXPECTED_KEYS
    assert s["easyr1"]["version"] == "9.9.9.dev0" and s["easyr1"]["commit"] is None  # not a git checkout
    k = s["keys"]
    assert k["data.mini_rollout_batch_size"] == {"annotation": "Optional[int]", "type": "int", "nullable": True,
                                                 "default": None}
    assert k["trainer.logger"] == {"annotation": "Tuple[str]", "type": "list", "nullable": False, "items": "str",
                                   "default": ["console", "wandb"]}
    assert k["worker.actor.optim.betas"]["length"] == 2 and k["worker.actor.optim.betas"]["default"] == [0.9, 0.999]
    assert k["worker.actor.optim.training_steps"]["auto"] is True and k["worker.actor.kl_coef"]["auto"] is True
    assert "auto" not in k["worker.actor.optim.lr"]
    assert k["worker.reward.reward_function_kwargs"]["type"] == "dict"
    assert "doc" not in k["worker.actor.global_batch_size"]  # no text of EasyR1's is copied


def test_generator_reads_a_git_revision_and_records_the_commit(checkout, tmp_path):
    def git(*args):
        return subprocess.run(["git", "-C", str(checkout), *args], check=True, capture_output=True, text=True,
                              timeout=30).stdout.strip()

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x")
    (checkout / "verl/workers/rollout/config.py").write_text("")  # the work tree changes; the commit does not
    out = tmp_path / "schema.json"
    assert main([str(checkout), "--rev", "HEAD", "--out", str(out)]) == 0
    written = json.loads(out.read_text())
    assert written["easyr1"]["commit"] == git("rev-parse", "HEAD")
    assert "worker.rollout.top_k" in written["keys"]


def test_generator_on_a_directory_that_is_not_easyr1_is_one_line(tmp_path, capsys):
    assert main([str(tmp_path), "--out", str(tmp_path / "s.json")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "verl/trainer/config.py" in err and "\n" not in err


def test_introspection_of_an_importable_easyr1_agrees_with_the_generator(checkout, monkeypatch):
    monkeypatch.syspath_prepend(str(checkout))
    for name in [m for m in sys.modules if m == "verl" or m.startswith("verl.")]:
        monkeypatch.delitem(sys.modules, name)
    schema_mod.load_schema.cache_clear()
    try:
        loaded = schema_mod.load_schema()
        assert loaded.source == "EasyR1 9.9.9.dev0 (installed)"
        generated = schema_from_checkout(checkout)["keys"]
        strip = ("annotation",)
        assert {k: {a: b for a, b in v.items() if a not in strip} for k, v in generated.items()} == loaded.keys
    finally:
        schema_mod.load_schema.cache_clear()
        for name in [m for m in sys.modules if m == "verl" or m.startswith("verl.")]:
            del sys.modules[name]


def test_without_easyr1_the_vendored_schema_is_used():
    schema_mod.load_schema.cache_clear()
    assert schema_mod.load_schema().source.startswith("EasyR1 0.3.3.dev0 (b44b311")


def test_unsupported_annotation_is_named(checkout):
    (checkout / "verl/workers/rollout/config.py").write_text(
        "from dataclasses import dataclass\n@dataclass\nclass RolloutConfig:\n    n: set[int] = None\n")
    with pytest.raises(RaidenError, match=r"unsupported annotation set\[int\]"):
        schema_from_checkout(checkout)


# value_problem against OmegaConf 2.3 itself (the version EasyR1 pins): each (type, value) pair
# is merged into a structured config; OmegaConf's accept/reject must equal ours. Fixed-length
# tuples and lists nested in a list of strings are left out: OmegaConf 2.3 checks neither (torch's
# AdamW and EasyR1's logger factory fail on them later), so we are stricter there on purpose.
PROBES = [("an_int", v) for v in (3, "3", "four", 3.0, True, None, [1], {"a": 1})] + \
         [("a_float", v) for v in (1, 1.5, "1e-2", "x", True, None)] + \
         [("a_bool", v) for v in (True, 0, 2, "yes", "off", "1", "maybe", 1.5, None)] + \
         [("a_str", v) for v in ("a", 3, True, None, [1])] + \
         [("opt_int", v) for v in (None, "5", "x")] + \
         [("logger", v) for v in (["file"], ["a", "b", "c"], "file", [1])] + \
         [("kwargs", v) for v in ({"a": {"b": 1}}, 5, "x")]


@dataclasses.dataclass
class Probe:
    an_int: int = 1
    a_float: float = 1.0
    a_bool: bool = True
    a_str: str = "a"
    opt_int: Optional[int] = None
    logger: Tuple[str] = ("console",)
    kwargs: dict = dataclasses.field(default_factory=dict)


@pytest.mark.parametrize("field_name,value", PROBES)
def test_value_check_agrees_with_omegaconf(field_name, value):
    omegaconf = pytest.importorskip("omegaconf")
    base = omegaconf.OmegaConf.structured(Probe)
    try:
        omegaconf.OmegaConf.to_object(omegaconf.OmegaConf.merge(base, {field_name: value}))
        omegaconf_ok = True
    except omegaconf.errors.OmegaConfBaseException:
        omegaconf_ok = False
    ours = introspect(Probe, "probe")
    assert isinstance(ours, Schema)
    assert (value_problem(field_name, ours.keys[field_name], value) is None) == omegaconf_ok
