"""`raiden-r1 chat`: the think block is split out of a stream, the history keeps answers, generation
stops at end of turn, and the whole command runs in a pseudo-terminal."""

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from raiden_r1.chat import DIM, Session, ThinkSplitter, answer_part, chat_loop

ROOT = Path(__file__).resolve().parents[1]


def _split(chunks):
    s = ThinkSplitter()
    pieces = [p for c in chunks for p in s.feed(c)] + s.flush()
    think = "".join(t for t, inside in pieces if inside)
    answer = "".join(t for t, inside in pieces if not inside)
    return think, answer


def test_think_tags_split_across_chunks_are_found():
    assert _split(["<thi", "nk>I remember Se", "attle.</th", "ink>\nIn Seattle."]) == (
        "I remember Seattle.", "\nIn Seattle.")


def test_text_that_only_looks_like_a_tag_start_is_kept():
    assert _split(["I <3 ", "kites <", "b>"]) == ("", "I <3 kites <b>")


def test_the_history_keeps_the_answer_without_its_thinking():
    assert answer_part("<think>I live by the sea.</think>\nIn Whitby.") == "In Whitby."


def _session():
    return Session("Mira", {"Name": "Mira", "Hobby": "basketball"}, "en")


def test_a_second_turn_is_prompted_with_the_first_in_the_history():
    seen = []

    def reply(messages):
        seen.append(messages)
        yield "<think>I recall it.</think>"
        yield " Basketball."

    lines = iter(["What do you like?", "And again?", "/exit"])
    out = []
    chat_loop(_session(), reply, read=lambda _: next(lines), echo=out.append)
    system = seen[1][0]["content"]
    assert "What do you like?" in system and "Mira: Basketball." in system and "I recall it" not in system
    assert f"{DIM}I recall it." in "".join(out)  # thinking shown dimmed by default


def test_think_toggle_hides_the_thinking_and_reset_forgets():
    def reply(messages):
        yield "<think>secret plan</think>Hi."

    session = _session()
    lines = iter(["/think", "Hello?", "/reset", "/exit"])
    out = []
    chat_loop(session, reply, read=lambda _: next(lines), echo=out.append)
    assert "secret plan" not in "".join(out) and "Hi." in "".join(out)
    assert session.history == [] and session.transcript == []


def test_generation_stops_at_the_end_of_turn_token(tiny_model_dir):
    torch = pytest.importorskip("torch")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from raiden_r1.chat import stream_reply

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    calls = []

    def end_turn_now(module, inputs, logits):
        calls.append(1)
        bias = torch.zeros_like(logits)
        bias[..., tok.eos_token_id] = 1e4
        return logits + bias

    model.get_output_embeddings().register_forward_hook(end_turn_now)
    text = "".join(stream_reply(model, tok, _session().messages("Hello?"), max_new_tokens=40, temperature=0))
    assert text == "" and len(calls) == 1  # the first token ends the turn: no second forward


def _read_until(fd, marker: str, timeout: float = 120.0) -> str:
    buf, end = b"", time.monotonic() + timeout
    while marker.encode() not in buf:
        left = end - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {marker!r} within {timeout}s; got {buf.decode(errors='replace')[-500:]!r}")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            buf += chunk
    return buf.decode(errors="replace")


def test_chat_in_a_pseudo_terminal(tiny_model_dir, tmp_path):
    profile = tmp_path / "mira.json"
    profile.write_text(json.dumps({"name": "Mira", "profile": {"Name": "Mira", "Hobby": "basketball"}}),
                       encoding="utf-8")
    saved = tmp_path / "chat.json"
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "raiden_r1.cli", "chat", "--model", str(tiny_model_dir),
                             "--profile", str(profile), "--character", "mira", "--max-new-tokens", "6",
                             "--temperature", "0"], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    try:
        _read_until(master, "you> ")
        os.write(master, b"Where do you live?\n")
        assert "Mira> " in _read_until(master, "you> ")
        os.write(master, b"/think\n")
        assert "(thinking hidden)" in _read_until(master, "you> ")
        os.write(master, f"/save {saved}\n".encode())
        assert "(saved 1 exchanges" in _read_until(master, "you> ")
        os.write(master, b"/reset\n")
        assert "(conversation forgotten)" in _read_until(master, "you> ")
        os.write(master, b"/exit\n")
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    messages = json.loads(saved.read_text(encoding="utf-8"))["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant"] and messages[0]["content"] == "Where do you live?"
