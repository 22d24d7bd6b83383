from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RAIDEN_SHARED_DIR", ROOT.parent / "shared"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tiny_lm

# No test may reach a hub: fail loudly instead of hanging on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found at {SHARED} (set RAIDEN_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def raiden_sample(shared_dir: Path) -> Path:
    return shared_dir / "data" / "raiden_npc_sample.json"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("torch")
    from tiny_lm import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny_lm"))
