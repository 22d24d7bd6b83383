"""``raiden-r1 chat --model DIR --profile FILE --character NAME``: talk to a model as the character
in the terminal.

Every turn is prompted exactly as training prompts a record (raiden_r1.data.prompt.record_messages
through the engine's encode_messages): the character setting, the conversation so far and the
question with the think/answer instruction, so the model sees the role-play it was trained on. The
history keeps each reply's answer without its ``<think>`` block, as the CM records' histories hold
answers only. Tokens are streamed by the policy backend (train/backend.py: by default the fast
one, the GRPO rollout's decode step; ``--policy-backend reference``: transformers' ``generate``);
the ``<think>`` part is shown dimmed, or hidden (``/think`` toggles); generation stops at the
end-of-turn token.
Commands: ``/think``, ``/reset``, ``/save PATH``, ``/exit`` (or end of input).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import typer

from raiden_r1.errors import RaidenError

DIM, RESET = "\x1b[2m", "\x1b[0m"
OPEN, CLOSE = "<think>", "</think>"
HELP = "commands: /think (show or hide thinking), /reset (forget the conversation), /save PATH, /exit"


class ThinkSplitter:
    """Cuts streamed text into (text, inside_think) pieces, holding back a tail that may be the
    start of a tag split across two chunks ("<thi" + "nk>")."""

    def __init__(self):
        self.inside = False
        self.pending = ""

    def feed(self, chunk: str) -> list[tuple[str, bool]]:
        text, out = self.pending + chunk, []
        while True:
            tag = CLOSE if self.inside else OPEN
            at = text.find(tag)
            if at == -1:
                break
            if at:
                out.append((text[:at], self.inside))
            text, self.inside = text[at + len(tag):], not self.inside
        keep = next((k for k in range(min(len(text), len(CLOSE) - 1), 0, -1)
                     if (CLOSE if self.inside else OPEN).startswith(text[-k:])), 0)
        self.pending = text[len(text) - keep:] if keep else ""
        if len(text) > keep:
            out.append((text[:len(text) - keep], self.inside))
        return out

    def flush(self) -> list[tuple[str, bool]]:
        rest, self.pending = self.pending, ""
        return [(rest, self.inside)] if rest else []


def answer_part(response: str) -> str:
    """The reply without its think block (what the history keeps)."""
    if CLOSE in response:
        return response.rsplit(CLOSE, 1)[1].strip()
    return response.replace(OPEN, "").strip() if OPEN not in response else ""


@dataclass
class _Meta:
    language: str
    focus: str = "conversation_memory"


@dataclass
class _Turn:
    """What record_messages reads of a record, for one chat turn."""

    character_name: str
    character_profile: dict[str, str]
    conversation_history: list[dict[str, str]]
    question: str
    metadata: _Meta


@dataclass
class Session:
    name: str
    profile: dict[str, str]
    language: str
    layout: str = "system"  # data.prompt_layout of the training run
    style: str = "full"  # and its data.prompt_style
    history: list[dict[str, str]] = field(default_factory=list)  # answers only
    transcript: list[dict[str, str]] = field(default_factory=list)  # full replies, for /save

    def messages(self, question: str) -> list[dict[str, str]]:
        from raiden_r1.data.prompt import record_messages
        from raiden_r1.text import detect_language

        lang = detect_language(question, default=self.language)
        return record_messages(_Turn(self.name, self.profile, list(self.history), question, _Meta(lang)), self.layout,
                               self.style)

    def add(self, question: str, response: str) -> None:
        self.history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer_part(response)}]
        self.transcript += [{"role": "user", "content": question}, {"role": "assistant", "content": response}]

    def reset(self) -> None:
        self.history.clear()
        self.transcript.clear()


def find_character(profile_file: Path, character: str):
    from raiden_r1.data.profiles import load_profiles

    profiles = load_profiles(profile_file)
    for p in profiles:
        if p.name == character:
            return p
    folded = [p for p in profiles if p.name.casefold() == character.strip().casefold()]
    if folded:
        return folded[0]
    names = ", ".join(p.name for p in profiles[:20])
    raise RaidenError(f"{profile_file}: no character named {character!r} (have: {names})")


def stream_reply(model, tokenizer, messages, max_new_tokens: int, temperature: float,
                 backend=None) -> Iterator[str]:
    """Text of the reply as ``backend`` (a train.backend.PolicyBackend; default the fast one)
    generates it; stops at the end-of-turn token."""
    from raiden_r1.train.backend import FastBackend
    from raiden_r1.train.data import encode_messages

    ids, _ = encode_messages(tokenizer, messages)
    backend = backend if backend is not None else FastBackend()
    return backend.stream(model, tokenizer, ids, max_new_tokens, temperature)


def _show(pieces, show_think: bool, echo) -> None:
    for text, inside in pieces:
        if not inside:
            echo(text)
        elif show_think:
            echo(f"{DIM}{text}{RESET}")


def chat_loop(session: Session, reply, read=input, echo=None, show_think: bool = True) -> int:
    """The conversation: ``reply(messages)`` yields text chunks. Returns the number of turns."""
    import sys

    def out(s: str) -> None:
        sys.stdout.write(s)
        sys.stdout.flush()

    echo = echo or out
    turns = 0
    echo(f"{session.name} is here. {HELP}\n")
    while True:
        try:
            line = read("you> ").strip()
        except EOFError:
            echo("\n")
            return turns
        if not line:
            continue
        if line == "/exit":
            return turns
        if line == "/think":
            show_think = not show_think
            echo(f"(thinking {'shown, dimmed' if show_think else 'hidden'})\n")
            continue
        if line == "/reset":
            session.reset()
            echo("(conversation forgotten)\n")
            continue
        if line.startswith("/save"):
            _save(session, line[len("/save"):].strip(), echo)
            continue
        if line.startswith("/"):
            echo(f"(unknown command {line.split()[0]}; {HELP})\n")
            continue
        echo(f"{session.name}> ")
        splitter, parts = ThinkSplitter(), []
        if not show_think:
            echo("(thinking...) ")
        for chunk in reply(session.messages(line)):
            parts.append(chunk)
            _show(splitter.feed(chunk), show_think, echo)
        _show(splitter.flush(), show_think, echo)
        echo("\n")
        session.add(line, "".join(parts))
        turns += 1


def _save(session: Session, path: str, echo) -> None:
    from raiden_r1.io_guard import write_text

    if not path:
        echo("(usage: /save PATH)\n")
        return
    try:
        data = {"character": session.name, "profile": session.profile, "messages": session.transcript}
        write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except (RaidenError, OSError) as e:
        echo(f"(not saved: {e})\n")
        return
    echo(f"(saved {len(session.transcript) // 2} exchanges to {path})\n")


def chat_command(
    model: Path = typer.Option(..., "--model", help="A Hugging Face model directory (e.g. a run's model/ or checkpoint)."),
    profile: Path = typer.Option(..., "--profile", help="Profiles file (docs/formats.md §1)."),
    character: str = typer.Option(..., "--character", help="The character's name in that file."),
    layout: str = typer.Option("system", "--layout", help="Prompt layout the model was trained with: system | user."),
    style: str = typer.Option("full", "--style", help="Prompt style it was trained with (data.prompt_style): "
                                                      "full | compact (system layout only)."),
    max_new_tokens: int = typer.Option(256, "--max-new-tokens", min=1),
    temperature: float = typer.Option(0.7, "--temperature", min=0.0, help="0: greedy."),
    seed: int = typer.Option(0, "--seed"),
    hide_think: bool = typer.Option(False, "--hide-think", help="Start with the thinking hidden (/think shows it)."),
    device: str = typer.Option("auto", "--device", help="auto | cpu | cuda"),
    policy_backend: str = typer.Option("fast", "--policy-backend",
                                       help="fast (the GRPO rollout's decode step) | reference (transformers' "
                                            "generate)."),
) -> None:
    """Chat with a model as a character in the terminal (streamed; <think> dimmed or hidden)."""
    if layout not in ("system", "user"):
        raise RaidenError(f"--layout: must be system or user, not {layout!r}")
    if style not in ("full", "compact") or (style == "compact" and layout != "system"):
        raise RaidenError(f"--style: must be full or compact (compact with --layout system), not {style!r}")
    if policy_backend not in ("fast", "reference"):
        raise RaidenError(f"--policy-backend: must be fast or reference, not {policy_backend!r}")
    person = find_character(profile, character)
    from raiden_r1.cpu import tune_allocator

    tune_allocator()
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from raiden_r1.train.backend import policy_backend as make_backend
    from raiden_r1.train.modeling import pick_device

    torch.manual_seed(seed)
    try:
        tok = AutoTokenizer.from_pretrained(model)
        lm = AutoModelForCausalLM.from_pretrained(model).to(pick_device(device)).eval()
    except (OSError, ValueError) as e:
        raise RaidenError(f"--model: cannot load a causal LM from {model}: {str(e).splitlines()[0]}") from None
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    session = Session(person.name, dict(person.fields), person.language, layout, style)
    backend = make_backend(shared_prefix=policy_backend == "fast")
    chat_loop(session, lambda messages: stream_reply(lm, tok, messages, max_new_tokens, temperature, backend),
              show_think=not hide_think)


def register(app: typer.Typer) -> None:
    app.command("chat")(chat_command)
