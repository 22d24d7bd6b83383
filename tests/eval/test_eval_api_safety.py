"""The API client against hostile or broken endpoints, all real servers on 127.0.0.1, every test
bounded in time: redirects to another origin, a key echoed back, a server trickling bytes, a 50 MB
answer, malformed answers, one --out reused for another endpoint, invalid settings."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("openai")

from raiden_r1.cli import main  # noqa: E402
from raiden_r1.errors import RaidenError  # noqa: E402
from raiden_r1.eval.backends.openai_api import ApiBackend, ApiError, ChatClient, parse_answer  # noqa: E402

from eval_support import RECORDS  # noqa: E402

KEY = "sk-test-SECRET-0123456789"
ANSWER = {r["question"]: f"<think>I know.</think> {r['answer']}" for r in RECORDS}


class Server:
    """A server on 127.0.0.1 whose ``respond(handler, body)`` writes the whole answer itself, and
    which records every request it gets (method, path, headers)."""

    def __init__(self, respond):
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                outer.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers),
                                       "body": body})
                try:
                    respond(self, body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client hung up: what some tests want

            do_POST = do_GET = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}/v1"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    made = []

    def make(respond):
        s = Server(respond)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


def send(handler, code: int, data: bytes, headers: dict | None = None, content_type="application/json"):
    handler.send_response(code)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for k, v in (headers or {}).items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(data)


def completion(*contents) -> bytes:
    return json.dumps({"id": "x", "object": "chat.completion", "model": "m",
                       "choices": [{"index": i, "message": {"role": "assistant", "content": c},
                                    "finish_reason": "stop"} for i, c in enumerate(contents)]}).encode()


def ask(client: ChatClient, text="q") -> list[str]:
    return client.chat([{"role": "user", "content": text}], max_tokens=8)


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_not_followed_and_the_key_stays_home(server, monkeypatch, code):
    monkeypatch.setenv("EVAL_KEY", KEY)
    elsewhere = server(lambda h, body: send(h, 200, completion("stolen")))
    home = server(lambda h, body: send(h, code, b"{}", {"Location": f"{elsewhere.base}/chat/completions"}))
    client = ChatClient(home.base, "m", api_key_env="EVAL_KEY", max_retries=2, backoff_base=0.01, timeout=5)
    try:
        with pytest.raises(ApiError, match=f"HTTP {code}: redirect to {elsewhere.base}/chat/completions not followed"):
            ask(client)
    finally:
        client.close()
    assert elsewhere.requests == []  # nothing at all reached the other origin
    sent = {k.lower(): v for k, v in home.requests[0]["headers"].items()}
    assert len(home.requests) == 1 and sent["authorization"] == f"Bearer {KEY}"


def _echo_headers(h, body):
    send(h, 400, json.dumps({"error": {"message": f"bad request; you sent {dict(h.headers)}"}}).encode())


def test_a_key_echoed_in_an_error_body_is_never_written_anywhere(server, records_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EVAL_KEY", KEY)
    echo = server(_echo_headers)
    out = tmp_path / "run"
    rc = main(["eval", "--backend", "api", "--api-base", echo.base, "--model", "m", "--data", str(records_file),
               "--out", str(out), "--api-key-env", "EVAL_KEY", "--max-retries", "0", "--timeout", "5",
               "--n-boot", "100"])
    assert rc == 1 and echo.requests  # every item failed, with the server's message
    rows = [json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(r["status"] == "error" and "HTTP 400" in r["error"] and "Bearer ***" in r["error"] for r in rows)
    streams = capsys.readouterr()
    for f in out.rglob("*"):
        if f.is_file():
            assert KEY.encode() not in f.read_bytes(), f.name
    assert KEY not in streams.out and KEY not in streams.err


def test_a_key_echoed_in_an_answer_is_cut_out_of_it(server, monkeypatch):
    monkeypatch.setenv("EVAL_KEY", KEY)
    s = server(lambda h, body: send(h, 200, completion(f"your header was {h.headers.get('authorization')}")))
    client = ChatClient(s.base, "m", api_key_env="EVAL_KEY", timeout=5)
    try:
        assert ask(client) == ["your header was Bearer ***"]
    finally:
        client.close()


def test_without_a_key_no_authorization_header_is_sent(server, monkeypatch):
    monkeypatch.delenv("EVAL_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-of-another-service")  # must not be picked up instead
    monkeypatch.setenv("OPENAI_ORG_ID", "org-private")
    s = server(lambda h, body: send(h, 200, completion("hi")))
    client = ChatClient(s.base, "m", api_key_env="EVAL_KEY", timeout=5)
    try:
        assert ask(client) == ["hi"]
    finally:
        client.close()
    sent = {k.lower() for k in s.requests[0]["headers"]}
    assert "authorization" not in sent and "openai-organization" not in sent


def _trickle_server(head: bytes, body: bytes, stop: threading.Event) -> tuple[socket.socket, int]:
    """A raw server that sends ``head`` at once, then ``body`` one byte per second."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()

    def serve():
        while not stop.is_set():
            try:
                srv.settimeout(0.2)
                conn, _ = srv.accept()
            except (socket.timeout, OSError):
                continue
            with conn:
                try:
                    conn.recv(65536)
                    conn.sendall(head)
                    for b in body:
                        if stop.wait(1.0):
                            break
                        conn.sendall(bytes([b]))
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    return srv, srv.getsockname()[1]


@pytest.mark.parametrize("where", ["body", "headers"])
def test_a_server_sending_one_byte_a_second_is_cut_off_at_the_deadline(where):
    data = completion("x" * 50)
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n".encode()
    head, body = (head, data) if where == "body" else (b"", head + data)
    stop = threading.Event()
    srv, port = _trickle_server(head, body, stop)
    client = ChatClient(f"http://127.0.0.1:{port}/v1", "m", timeout=2, max_retries=0)
    outcome: dict = {}

    def call():
        t0 = time.monotonic()
        try:
            ask(client)
        except ApiError as e:
            outcome["error"] = str(e)
        outcome["seconds"] = time.monotonic() - t0

    t = threading.Thread(target=call, daemon=True)
    t.start()
    t.join(timeout=15)  # bounded even if the deadline did not work (the old per-read timeout hangs)
    stop.set()
    client.close()
    srv.close()
    assert not t.is_alive(), "the request outlived its deadline"
    assert "no complete answer within the 2 s deadline" in outcome["error"] and outcome["seconds"] < 4


@pytest.mark.parametrize("declared", [True, False])
def test_a_50_mb_answer_is_aborted_at_the_size_cap(server, declared):
    sent = {"bytes": 0}
    chunk = b"x" * 65536

    def huge(h, body):
        total = 50 * 1024 * 1024
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        if declared:
            h.send_header("Content-Length", str(total))
        else:
            h.send_header("Connection", "close")  # no length: the body runs until the connection ends
        h.end_headers()
        for _ in range(total // len(chunk)):
            h.wfile.write(chunk)
            sent["bytes"] += len(chunk)

    s = server(huge)
    client = ChatClient(s.base, "m", timeout=20, max_retries=0, max_response_bytes=1024 * 1024)
    t0 = time.monotonic()
    try:
        with pytest.raises(ApiError, match=r"larger than 1048576.*aborted"):
            ask(client)
    finally:
        client.close()
    assert time.monotonic() - t0 < 10
    assert sent["bytes"] < 50 * 1024 * 1024  # the client hung up long before the end


@pytest.mark.parametrize("body, reason", [
    (b'{"choices": [{"message": {"content": "caf\xe9"}}]}', "not UTF-8"),
    (b"<html>oops</html>", "not JSON"),
    (json.dumps({"choices": [{"message": {"content": ["a", "b"]}}]}).encode(),
     r"choices\[0\]\.message\.content is a list"),
    (json.dumps({"choices": [{"message": {"content": 42}}]}).encode(), r"choices\[0\]\.message\.content is a int"),
    (json.dumps({"id": "x"}).encode(), "no choices"),
    (json.dumps({"choices": []}).encode(), "no choices"),
    (json.dumps([1, 2]).encode(), "no choices"),
])
def test_malformed_answers_are_errors_with_their_reason(body, reason):
    with pytest.raises(ApiError, match=f"malformed answer: {reason}"):
        parse_answer(body)


def test_malformed_answers_fail_their_item_and_the_run_goes_on(server, records_file, tmp_path):
    bad = {RECORDS[0]["question"]: b'{"choices": [{"message": {"content": "\xff\xfe"}}]}',
           RECORDS[1]["question"]: json.dumps({"choices": [{"message": {"content": [{"type": "text"}]}}]}).encode(),
           RECORDS[2]["question"]: json.dumps({"choices": [{"message": {"content": 7}}]}).encode(),
           RECORDS[3]["question"]: json.dumps({"object": "error"}).encode()}

    def respond(h, body):
        q = body["messages"][-1]["content"].split("\n\n")[0]
        send(h, 200, bad.get(q) or completion(ANSWER[q]))

    s = server(respond)
    out = tmp_path / "run"
    rc = main(["eval", "--backend", "api", "--api-base", s.base, "--model", "m", "--data", str(records_file),
               "--out", str(out), "--max-retries", "0", "--timeout", "5", "--n-boot", "100"])
    assert rc == 1  # some items unscored
    rows = {r["meta"]["question"]: r for r in map(json.loads, (out / "items.jsonl").read_text().splitlines())}
    assert [rows[q]["status"] for q in ANSWER] == ["error"] * 4 + ["ok"] * 2
    reasons = [rows[q]["error"].split("malformed answer: ")[1] for q in list(ANSWER)[:4]]
    assert reasons[0].startswith("not UTF-8") and reasons[1].startswith("choices[0].message.content is a list")
    assert reasons[2].startswith("choices[0].message.content is a int") and reasons[3] == "no choices"
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["counts"] == {"items": 6, "scored": 2, "errors": 4, "missing": 0}


def test_reusing_out_with_another_endpoint_is_a_one_line_error(server, records_file, tmp_path, capsys):
    a = server(lambda h, body: send(h, 200, completion(ANSWER[body["messages"][-1]["content"].split("\n\n")[0]])))
    b = server(lambda h, body: send(h, 200, completion("other")))
    out = tmp_path / "run"
    args = ["--model", "m", "--data", str(records_file), "--out", str(out), "--timeout", "5", "--n-boot", "100"]
    assert main(["eval", "--backend", "api", "--api-base", a.base, *args]) == 0
    before = (out / "items.jsonl").read_bytes()
    assert main(["eval", "--backend", "api", "--api-base", b.base + "/", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err == (f"error: {out}: holds results of {a.base} (model m); this run asks {b.base} (model m): "
                   f"use a new --out, or --overwrite to discard them")
    assert b.requests == [] and (out / "items.jsonl").read_bytes() == before
    assert main(["eval", "--backend", "api", "--api-base", a.base + "/", *args]) == 0  # same endpoint: resumes


def test_a_store_made_before_endpoints_were_recorded_resumes_with_the_same_endpoint(tmp_path):
    from raiden_r1.eval.runner import config_conflicts

    old = {"model": "m", "backend": "api", "generation": {}, "prompt_layout": "system", "judges": [],
           "backend_details": {"api_base": "http://127.0.0.1:9/v1"}}
    same = dict(old, endpoint="http://127.0.0.1:9/v1", judge_endpoint=None)
    assert config_conflicts(old, same) == []
    assert config_conflicts(old, dict(same, endpoint="http://127.0.0.1:10/v1")) == ["endpoint"]


@pytest.mark.parametrize("kwargs, message", [
    ({"max_retries": -1}, "--max-retries must be an integer >= 0, got -1"),
    ({"timeout": 0}, "--timeout must be a number of seconds > 0, got 0"),
    ({"timeout": float("nan")}, "--timeout must be a number of seconds > 0"),
    ({"timeout": -5}, "--timeout must be a number of seconds > 0, got -5"),
    ({"backoff_base": -1}, "--retry-base must be a number of seconds >= 0, got -1"),
    ({"max_response_bytes": 0}, "max_response_bytes must be an integer >= 1, got 0"),
])
def test_invalid_client_settings_are_refused_by_the_constructor(kwargs, message):
    with pytest.raises(RaidenError, match=message.replace("[", r"\[").replace("(", r"\(")):
        ChatClient("http://127.0.0.1:9/v1", "m", **kwargs)


def test_invalid_concurrency_is_refused():
    with pytest.raises(RaidenError, match="--concurrency must be at least 1, got 0"):
        ApiBackend(ChatClient("http://127.0.0.1:9/v1", "m"), concurrency=0)


def test_the_cli_refuses_max_retries_minus_one_before_sending_anything(server, records_file, tmp_path, capsys):
    s = server(lambda h, body: send(h, 200, completion("x")))
    rc = main(["eval", "--backend", "api", "--api-base", s.base, "--model", "m", "--data", str(records_file),
               "--out", str(tmp_path / "run"), "--max-retries", "-1"])
    assert rc == 2 and "--max-retries" in capsys.readouterr().err
    assert s.requests == [] and not Path(tmp_path / "run" / "items.jsonl").exists()
