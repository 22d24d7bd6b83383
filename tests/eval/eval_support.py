"""Data and a scripted chat server shared by the eval tests."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PROFILE = {"Name": "Mira", "Age": "17", "Hobby": "basketball and painting", "Home": "Seattle",
           "Pet": "a dog called Biscuit"}


def record(question, answer, keywords, *, focus="script_knowledge", method=None, language="en",
           difficulty="easy", history=None, name="Mira", profile=None, negative=()):
    return {
        "character_name": name, "character_profile": profile or PROFILE,
        "conversation_history": history or [], "question": question, "answer": answer,
        "keywords": keywords, "negative_keywords": list(negative), "question_type": "what",
        "validation_method": method or ("single_term_validation" if len(keywords) == 1 else "multi_term_parsing"),
        "difficulty": difficulty, "metadata": {"language": language, "focus": focus, "source": "test"},
    }


RECORDS = [
    record("What do you like to do after class?", "I play basketball.", ["basketball"]),
    record("Where do you live?", "I live in Seattle.", ["Seattle"], difficulty="medium", negative=["Portland"]),
    record("What are your hobbies?", "Basketball and painting.", ["basketball", "painting"], difficulty="hard"),
    record("What is your dog called?", "Biscuit.", [["Biscuit", "Bisquit"]]),
    record("What did I say my sister's name was?", "You said her name is Lena.", ["Lena"],
           focus="conversation_memory",
           history=[{"role": "user", "content": "My sister is called Lena."},
                    {"role": "assistant", "content": "Lena is a lovely name!"}]),
    record("你住在哪里？", "我住在北京。", ["北京"], language="zh", name="小明",
           profile={"姓名": "小明", "居住地": "北京"}),
]


class ChatServer:
    """A real chat-completions server on 127.0.0.1 whose answers and failures the test scripts.

    ``answer(messages, model) -> str`` gives the reply; ``plan(key, attempt) -> action`` injects failures,
    where key is the last user message and attempt counts that key's requests (0-based); actions:
    None (answer), ("status", code[, retry_after]), ("drop",) (close without a response).
    """

    def __init__(self, answer, plan=None, delay: float = 0.0):
        self.answer, self.plan, self.delay = answer, plan or (lambda key, attempt: None), delay
        self.requests: list[dict] = []
        self.attempts: dict[str, int] = {}
        self.auth_headers: list[str | None] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                key = body["messages"][-1]["content"]
                with server.lock:
                    attempt = server.attempts.get(key, 0)
                    server.attempts[key] = attempt + 1
                    server.requests.append(body)
                    server.auth_headers.append(self.headers.get("Authorization"))
                if self.path != "/v1/chat/completions":
                    return self._send(404, {"error": "not found"})
                action = server.plan(key, attempt)
                if server.delay:
                    time.sleep(server.delay)
                if action is not None and action[0] == "drop":
                    self.close_connection = True
                    return
                if action is not None and action[0] == "status":
                    headers = {"Retry-After": str(action[2])} if len(action) > 2 else {}
                    return self._send(action[1], {"error": {"message": "injected"}}, headers)
                n = int(body.get("n", 1))
                text = server.answer(body["messages"], body["model"])
                choices = [{"index": i, "message": {"role": "assistant", "content": text},
                            "finish_reason": "stop"} for i in range(n)]
                self._send(200, {"id": "x", "object": "chat.completion", "model": body["model"], "choices": choices})

            def _send(self, code, obj, headers=None):
                data = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client was killed mid-answer (the resume test does that)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
