"""Merge EasyR1's FSDP actor checkpoint into a Hugging Face model, without EasyR1's checkout.

Layout (docs/easyr1-contract.md "Checkpoints"): ``<actor>/model_world_size_<W>_rank_<R>.pt`` (one state
dict per rank), ``<actor>/huggingface/`` (config, generation config, tokenizer, as EasyR1 saved
them), optional ``<actor>/lora_adapter/``. FSDP full-shard splits every parameter along dim 0
across the W ranks (``torch.chunk`` order), as DTensor local shards (placements say how) or as
plain tensors; small replicated entries may be saved whole on every rank. We join them in rank
order, check every shape against the model the config describes, load strictly and save
safetensors in bfloat16, as EasyR1's own merger (scripts/model_merger.py) does: the same bits.

Everything else in ``huggingface/`` travels unchanged, as with EasyR1's merger: the tokenizer
files, generation_config.json, and config.json, whose only edit is the dtype it states. It is not
re-serialised by the transformers version running the merge: transformers 5 would write it in its
own layout (``rope_parameters``), which transformers 4, what EasyR1 and vLLM run, reads back with
the default ``rope_theta``, and the merged model would compute other logits there. A model card
(README.md) is written beside it (raiden_r1.model_card).

    python -m raiden_r1.easyr1.merge --local_dir <...>/global_step_<N>/actor [--out DIR] [--dtype float32]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import defaultdict
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import atomic_output, check_output_dir

from .card import write_merged_card

SHARD_RE = re.compile(r"^model_world_size_(\d+)_rank_(\d+)\.pt$")
WEIGHT_PATTERNS = ("*.safetensors", "*.bin")
DTYPES = ("bfloat16", "float16", "float32")  # bfloat16: EasyR1's merger, and the docs' promise


def find_shards(actor_dir: str | Path) -> list[Path]:
    """The rank files of one checkpoint, in rank order; errors for gaps and mixed world sizes."""
    d = Path(actor_dir)
    if not d.is_dir():
        raise RaidenError(f"{d}: not a directory (expected <save_checkpoint_path>/global_step_<N>/actor)")
    found: dict[int, dict[int, Path]] = defaultdict(dict)
    for p in d.iterdir():
        m = SHARD_RE.match(p.name)
        if m:
            found[int(m.group(1))][int(m.group(2))] = p
    if not found:
        raise RaidenError(f"{d}: no model_world_size_<W>_rank_<R>.pt shards "
                          "(expected <save_checkpoint_path>/global_step_<N>/actor)")
    if len(found) > 1:
        raise RaidenError(f"{d}: shards from different world sizes {sorted(found)}: inconsistent world size; "
                          "keep one checkpoint's files only")
    (world, ranks), = found.items()
    missing = sorted(set(range(world)) - set(ranks))
    if missing:
        raise RaidenError(f"{d}: missing shards for ranks {missing} of world size {world} "
                          f"(model_world_size_{world}_rank_{missing[0]}.pt)")
    extra = sorted(r for r in ranks if r >= world)
    if extra:
        raise RaidenError(f"{d}: rank {extra[0]} is out of range for world size {world}")
    return [ranks[r] for r in range(world)]


def _dtensor_globals() -> list:
    """Classes a DTensor pickle names; allowed explicitly because older torch releases (EasyR1
    environments) do not register them for ``weights_only`` loads."""
    try:
        from torch.distributed.device_mesh import DeviceMesh
        from torch.distributed.tensor import DTensor, _dtensor_spec, placement_types
    except ImportError:  # torch built without distributed: plain-tensor shards only
        return []
    names = [DeviceMesh, DTensor, _dtensor_spec.DTensorSpec, _dtensor_spec.TensorMeta]
    names += [getattr(placement_types, n) for n in ("Shard", "Replicate", "Partial", "_StridedShard")
              if hasattr(placement_types, n)]
    names += [getattr(_dtensor_spec, n) for n in ("ShardOrderEntry",) if hasattr(_dtensor_spec, n)]
    return names


def load_shard(path: Path) -> dict[str, Any]:
    import pickle

    import torch

    logging.getLogger("torch.distributed.device_mesh").setLevel(logging.ERROR)  # "unpickled before PGs"
    safe = getattr(torch.serialization, "safe_globals", None)
    # Only the classes not yet allowed: leaving the context *removes* what it added, and must not
    # take away what torch.distributed.tensor registered for the whole process.
    known = set(map(id, torch.serialization.get_safe_globals())) if safe else set()
    missing = [c for c in _dtensor_globals() if id(c) not in known]
    ctx = safe(missing) if safe and missing else nullcontext()
    try:
        with ctx:
            sd = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except pickle.UnpicklingError as e:
        raise RaidenError(f"{path}: cannot load with weights_only=True: {str(e).splitlines()[0]}") from None
    except (RuntimeError, EOFError, OSError) as e:
        raise RaidenError(f"{path}: not a readable torch checkpoint: {str(e).splitlines()[0]}") from None
    if not isinstance(sd, Mapping):
        raise RaidenError(f"{path}: expected a state dict, got {type(sd).__name__}")
    return dict(sd)


def _split(t: Any) -> tuple[Any, Optional[tuple]]:
    """(local tensor, placements or None for a plain tensor)."""
    if hasattr(t, "_local_tensor") and hasattr(t, "placements"):
        return t._local_tensor, tuple(t.placements)
    return t, None


def merge_entry(key: str, values: Sequence[Any], expected: Optional[tuple[int, ...]] = None):
    """One full tensor from its per-rank pieces."""
    import torch

    pieces, placements = zip(*(_split(v) for v in values))
    if len(set(placements)) > 1:
        raise RaidenError(f"{key}: ranks disagree on the DTensor placement: {sorted(set(map(str, placements)))}")
    place = placements[0]
    if place is not None:
        shards = [p for p in place if p.is_shard()]
        if any(p.is_partial() for p in place):
            raise RaidenError(f"{key}: Partial DTensor placement cannot be merged (not an FSDP checkpoint?)")
        if len(place) > 1 or len(shards) > 1:
            raise RaidenError(f"{key}: placements {place} on a {len(place)}-D device mesh are not supported "
                              "(only 1-D FSDP meshes); use EasyR1's scripts/model_merger.py (--easyr1-home)")
        merged = torch.cat(pieces, dim=shards[0].dim) if shards else pieces[0]
        full = tuple(values[0].shape)
        if tuple(merged.shape) != full:
            raise RaidenError(f"{key}: shape mismatch: the shards join to {tuple(merged.shape)} but the DTensor "
                              f"says {full}")
    elif pieces[0].dim() == 0 or (expected is not None and tuple(pieces[0].shape) == tuple(expected)):
        merged = pieces[0]  # replicated / unsharded entry: every rank holds all of it
    else:
        merged = torch.cat(pieces, dim=0)
    if expected is not None and tuple(merged.shape) != tuple(expected):
        raise RaidenError(f"{key}: shape mismatch: merged {tuple(merged.shape)} but the model config expects "
                          f"{tuple(expected)} (wrong huggingface/config.json, or shards of another model?)")
    return merged.contiguous()


def merge_shards(shards: Sequence[Mapping[str, Any]], expected: Optional[Mapping[str, tuple]] = None,
                 names: Sequence[str] = ()) -> dict[str, Any]:
    """Join per-rank state dicts (rank order) into one; every rank must hold the same keys."""
    names = list(names) or [f"rank {r}" for r in range(len(shards))]
    keys = list(shards[0])
    for name, sd in zip(names[1:], shards[1:]):
        if set(sd) != set(keys):
            miss, extra = sorted(set(keys) - set(sd)), sorted(set(sd) - set(keys))
            raise RaidenError(f"{name}: holds different keys than rank 0 (missing {miss[:3]}, extra {extra[:3]})")
    out = {}
    for k in keys:
        out[k] = merge_entry(k, [sd[k] for sd in shards], None if expected is None else expected.get(k))
    return out


def strip_peft_prefix(sd: Mapping[str, Any]) -> dict[str, Any]:
    """Base-model keys from a PeftModel state dict (LoRA factors live in lora_adapter/)."""
    if not any(k.startswith("base_model.model.") for k in sd):
        return dict(sd)
    out = {}
    for k, v in sd.items():
        if ".lora_" in k:
            continue
        out[k.removeprefix("base_model.model.").replace(".base_layer.", ".")] = v
    return out


def _model_class(config):
    import transformers

    archs = getattr(config, "architectures", None) or ["ForCausalLM"]
    if any(a.endswith("ForTokenClassification") for a in archs):
        return transformers.AutoModelForTokenClassification
    if any(a.endswith("ForConditionalGeneration") for a in archs):
        return getattr(transformers, "AutoModelForImageTextToText", None) or transformers.AutoModelForVision2Seq
    return transformers.AutoModelForCausalLM


def meta_model(hf_dir: Path):
    """The model the config describes, on the meta device (no memory)."""
    import torch
    from transformers import AutoConfig

    if not (hf_dir / "config.json").is_file():
        raise RaidenError(f"{hf_dir}: no config.json (EasyR1 saves it in <actor>/huggingface/)")
    try:
        config = AutoConfig.from_pretrained(str(hf_dir), trust_remote_code=False)
    except (OSError, ValueError, KeyError) as e:
        raise RaidenError(f"{hf_dir}/config.json: cannot load: {str(e).splitlines()[0]}") from None
    with torch.device("meta"):
        model = _model_class(config).from_config(config)
    return model


def check_output(out_dir: str | Path) -> str:
    """The output must reload: a config plus weight files holding every key the model needs."""
    out = Path(out_dir)
    weights = [p for pat in WEIGHT_PATTERNS for p in out.glob(pat)]
    if not weights:
        raise RaidenError(f"{out}: no weight files (*.safetensors or *.bin) after merging")
    model = meta_model(out)
    stored: set[str] = set()
    for w in weights:
        if w.suffix == ".safetensors":
            from safetensors import safe_open

            with safe_open(str(w), "pt") as f:
                stored.update(f.keys())
    needed = set(model.state_dict())
    tied = {k for k in needed if k.endswith("lm_head.weight")} if getattr(model.config, "tie_word_embeddings", False) else set()
    missing = sorted(needed - stored - tied)
    if stored and missing:
        raise RaidenError(f"{out}: weights lack {len(missing)} tensors the config needs, e.g. {missing[0]}")
    n = sum(p.numel() for p in model.parameters())
    return f"{out}: config + {len(weights)} weight file(s), {n / 1e6:.1f}M parameters: loadable"


def side_files(hf_dir: Path) -> dict[str, bytes]:
    """Every file of ``huggingface/`` but weights, as bytes: what the merge carries through."""
    return {p.name: p.read_bytes() for p in sorted(hf_dir.iterdir())
            if p.is_file() and not any(p.match(pat) for pat in WEIGHT_PATTERNS + ("*.index.json",))}


def config_with_dtype(raw: bytes, dtype: str, where: Path) -> bytes:
    """config.json as EasyR1 saved it, its dtype field now stating the weights' dtype; every other
    key, its value and its place are kept (indent 2, as transformers writes it)."""
    try:
        cfg = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise RaidenError(f"{where}: not a JSON config: {e}") from None
    if not isinstance(cfg, dict):
        raise RaidenError(f"{where}: not a JSON object")
    for key in [k for k in ("torch_dtype", "dtype") if k in cfg] or ["torch_dtype"]:  # 4.x: torch_dtype
        cfg[key] = dtype
    return (json.dumps(cfg, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def merge_checkpoint(actor_dir: str | Path, out_dir: str | Path | None = None, dtype: str = "bfloat16") -> Path:
    """Merge ``<actor>`` into ``out_dir`` (default ``<actor>/huggingface``); returns the output dir."""
    import torch

    if dtype not in DTYPES:
        raise RaidenError(f"--dtype: {dtype!r} is not one of {', '.join(DTYPES)}")
    actor = Path(actor_dir)
    paths = find_shards(actor)
    hf_dir = actor / "huggingface"
    out = Path(out_dir) if out_dir else hf_dir
    check_output_dir(out, what="merge output directory")  # a file or an unwritable place: before any loading
    shards = [strip_peft_prefix(load_shard(p)) for p in paths]
    model = meta_model(hf_dir)
    originals = side_files(hf_dir)  # read before anything in out (maybe hf_dir itself) is written
    expected = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    merged = merge_shards(shards, expected, names=[p.name for p in paths])
    del shards
    missing, unexpected = sorted(set(expected) - set(merged)), sorted(set(merged) - set(expected))
    tied = getattr(model.config, "tie_word_embeddings", False)
    missing = [k for k in missing if not (tied and k.endswith("lm_head.weight"))]
    if missing or unexpected:  # strict, except a tied lm_head that a checkpoint may leave out
        raise RaidenError(f"{actor}: shards do not match {hf_dir}/config.json: missing {missing[:3]}, "
                          f"unexpected {unexpected[:3]}")
    # assign=True adopts the merged tensors instead of copying them into fresh memory (a 14B model
    # would otherwise need twice its size in RAM); tie_weights re-links lm_head afterwards.
    model.load_state_dict(merged, strict=False, assign=True)
    model.tie_weights()
    lora = actor / "lora_adapter"
    if lora.is_dir():
        model = _merge_lora(model, lora)  # before any cast: merged in the shards' (fp32) precision
    model = model.to(getattr(torch, dtype))
    model.save_pretrained(str(out))
    for name, data in originals.items():  # what save_pretrained rewrote goes back as it was
        if name == "config.json":
            data = config_with_dtype(data, dtype, hf_dir / name)
        with atomic_output(out / name, binary=True) as f:
            f.write(data)
    return out


def _merge_lora(model, lora_dir: Path):
    try:
        from peft import PeftModel
    except ImportError:
        raise RaidenError(f"{lora_dir}: merging a LoRA adapter needs peft (pip install peft)") from None
    try:
        return PeftModel.from_pretrained(model, str(lora_dir)).merge_and_unload()
    except (OSError, ValueError, KeyError, RuntimeError) as e:
        raise RaidenError(f"{lora_dir}: cannot merge the LoRA adapter: {str(e).splitlines()[0]}") from None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m raiden_r1.easyr1.merge", description=__doc__.splitlines()[0])
    p.add_argument("--local_dir", "--local-dir", required=True, help="<save_checkpoint_path>/global_step_<N>/actor")
    p.add_argument("--out", default=None, help="output directory (default: <local_dir>/huggingface)")
    p.add_argument("--dtype", default="bfloat16", choices=DTYPES,
                   help="weight dtype (default bfloat16, as EasyR1's merger writes; float32 keeps full precision)")
    p.add_argument("--check-only", action="store_true",
                   help="only check that --out (or huggingface/) is loadable, and write its model card")
    args = p.parse_args(argv)
    try:
        out = Path(args.out) if args.out else Path(args.local_dir) / "huggingface"
        if not args.check_only:
            out = merge_checkpoint(args.local_dir, args.out, args.dtype)
            print(f"merged {args.local_dir} -> {out}")
        print(check_output(out))
        print(f"model card: {write_merged_card(args.local_dir, out)}")
    except RaidenError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
