"""The RAIDEN benchmark as evaluation input (docs/formats.md §4): ``npc.json`` role cards and
``dialogue.json`` dialogues. Dimension A (script-based knowledge) and K2 (conversation memory)
are kept; their references are free text, so accuracy comes from an LLM judge (eval.judge)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.prompt import record_messages
from raiden_r1.errors import RaidenError
from raiden_r1.text import detect_language

from .items import DEFAULT_PROMPT_LAYOUT, EvalItem

SBK_DIMENSION, CM_DIMENSION = "A", "K2"
DIMENSION_FOCUS = {SBK_DIMENSION: "script_knowledge", CM_DIMENSION: "conversation_memory"}
_CODE = re.compile(r"[A-L]\d*")
# "field: value" with an ASCII or full-width colon; the field is short and has no sentence punctuation.
_FIELD_LINE = re.compile(r"^\s*([^:：，。,\n]{1,16})\s*[:：]\s*(.*)$")


def dimension_codes(metrics: str) -> list[str]:
    """Dimension codes in a ``metrics`` value: "A", "K2", "A,K2", "A K2" or "AK2" all parse."""
    return _CODE.findall(str(metrics).upper())


def parse_setting(text: str) -> dict[str, str]:
    """RAIDEN's semi-structured ``npc_setting`` as ordered field -> value: lines without a field
    (continuations, numbered lists) join the field above; stray trailing commas are dropped."""
    fields: dict[str, str] = {}
    last = None
    for raw in str(text).splitlines():
        line = raw.strip().rstrip(",，")
        if not line:
            continue
        m = _FIELD_LINE.match(line)
        if m and m.group(2).strip():
            key = m.group(1).strip()
            value = m.group(2).strip().rstrip(",，")
            if key in fields:  # a repeated field: keep both values
                fields[key] += "\n" + value
            else:
                fields[key] = value
            last = key
        elif last is not None:
            fields[last] += "\n" + line
        else:
            fields.setdefault("设定", "")
            fields["设定"] = (fields["设定"] + "\n" + line).strip()
            last = "设定"
    return fields


def _read_json_object(path: Path, what: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise RaidenError(f"{path}: file not found ({what})") from None
    except json.JSONDecodeError as e:
        raise RaidenError(f"{path}: line {e.lineno}, column {e.colno}: invalid JSON: {e.msg}") from None
    if not isinstance(data, dict):
        raise RaidenError(f"{path}: expected a JSON object mapping {what}, got {type(data).__name__}")
    return data


def _message(path: Path, did: str, j: int, m) -> dict[str, str]:
    where = f"{path}: dialogue {did}: messages.{j}"
    if not isinstance(m, dict):
        raise RaidenError(f"{where}: expected an object with role and text")
    role = m.get("role")
    text = m.get("text", m.get("content"))
    if role not in ("user", "assistant"):
        raise RaidenError(f"{where}.role: must be 'user' or 'assistant', got {role!r}")
    if not isinstance(text, str):
        raise RaidenError(f"{where}.text: must be a string")
    return {"role": role, "content": text}


def load_raiden(raiden_dir: str | Path, *, layout: str = DEFAULT_PROMPT_LAYOUT, style: str = "full",
                dimensions: tuple[str, ...] = (SBK_DIMENSION, CM_DIMENSION)) -> list[EvalItem]:
    """Items for the dialogues of ``raiden_dir`` scored on any of ``dimensions``, in file order."""
    root = Path(raiden_dir)
    npc_path, dlg_path = root / "npc.json", root / "dialogue.json"
    npcs = _read_json_object(npc_path, "role names to role cards")
    dialogues = _read_json_object(dlg_path, "dialogue ids to dialogues")
    items = []
    for did, d in dialogues.items():
        where = f"{dlg_path}: dialogue {did}"
        if not isinstance(d, dict):
            raise RaidenError(f"{where}: expected an object")
        codes = dimension_codes(d.get("metrics", ""))
        dims = [c for c in (CM_DIMENSION, SBK_DIMENSION) if c in codes and c in dimensions]
        if not dims:
            continue
        name = d.get("npc_name")
        if not isinstance(name, str) or name not in npcs:
            raise RaidenError(f"{where}: npc_name: {name!r} is not a role in {npc_path}")
        card = npcs[name]
        setting = card.get("npc_setting") if isinstance(card, dict) else None
        if not isinstance(setting, str) or not setting.strip():
            raise RaidenError(f"{npc_path}: role {name}: npc_setting: must be a non-empty string")
        msgs = d.get("messages")
        if not isinstance(msgs, list) or not msgs:
            raise RaidenError(f"{where}: messages: must be a non-empty list")
        history = [_message(dlg_path, did, j, m) for j, m in enumerate(msgs)]
        if history[-1]["role"] != "user":
            raise RaidenError(f"{where}: messages: the last message must be the user turn to answer")
        reference = d.get("reference")
        if not isinstance(reference, str) or not reference.strip():
            raise RaidenError(f"{where}: reference: must be a non-empty string")
        question = history[-1]["content"]
        language = detect_language(setting + "\n" + question)
        # The record-shaped view lets the training prompt builder render it: one prompt for both.
        view = SimpleNamespace(character_name=name, character_profile=parse_setting(setting),
                               conversation_history=history[:-1], question=question,
                               metadata=SimpleNamespace(language=language))
        dim = dims[0]  # a dialogue tagged both ways is a memory question first
        focus = DIMENSION_FOCUS[dim]
        items.append(EvalItem(
            id=f"raiden:{did}", messages=record_messages(view, layout, style),
            ground_truth=GroundTruth(answer=reference, language=language, focus=focus, question=question,
                                     character_name=name),
            focus=focus, language=language, reference=reference,
            meta={"dimension": dim, "dimensions": codes, "npc_name": name, "npc_type": card.get("npc_type"),
                  "question": question, "answer": reference, "dialogue_id": str(did)},
        ))
    if not items:
        raise RaidenError(f"{dlg_path}: no dialogue scored on {' or '.join(dimensions)}")
    return items
