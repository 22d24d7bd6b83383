from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The RAIDEN sample cards are licensed CC BY-NC 4.0 and kept outside the repository.
SAMPLE = Path(os.environ.get("RAIDEN_SHARED_DIR", ROOT.parent / "shared")) / "data" / "raiden_npc_sample.json"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tiny_lm

# Property tests draw the same examples on every run, so a green suite stays green in CI: two builder bugs
# were found this way by a random draw (docs/builder.md). To look for new ones, draw fresh examples with
# `pytest --hypothesis-profile=explore tests/data` (and add each failure as a plain test).
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
    _hypothesis_settings.register_profile("explore", derandomize=False)
    _hypothesis_settings.load_profile("repeatable")
except ImportError:  # the test extra is not installed: the property tests are not collected either
    pass

# No test may reach a hub: fail loudly instead of hanging on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def raiden_sample() -> Path:
    """The 5 real RAIDEN role cards (CC BY-NC 4.0: never copied into this repository). Tests that
    need them are skipped, with this reason, in a clone that has no ../shared beside it."""
    path = SAMPLE
    if not path.is_file():
        pytest.skip(f"RAIDEN sample role cards not found at {path}: they live outside the repository "
                    f"(../shared/data/ beside the checkout, or set RAIDEN_SHARED_DIR)")
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    from tiny_lm import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny_lm"))
