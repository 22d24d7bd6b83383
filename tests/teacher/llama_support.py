"""A real OpenAI-compatible server for the opt-in end-to-end test and the benchmark: llama.cpp's
Python server (``pip install 'llama-cpp-python[server]'``, an optional tool, never a dependency of
the project) serving the quickstart's SmolLM2-135M GGUF on 127.0.0.1.

It is run as ``python -m llama_cpp.server`` in a child process (never imported here: the package
is optional and loads a native library), stopped on exit whatever happens.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ENV_FLAG = "RAIDEN_LLAMA_SERVER"
# what ``python -m llama_cpp.server`` imports on start (the [server] extra of llama-cpp-python)
SERVER_MODULES = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "starlette_context", "pydantic_settings")
MODEL_ALIAS = "smollm2-135m"


def missing_reason() -> str | None:
    """Why the real server cannot run here (None: it can)."""
    absent = [m for m in SERVER_MODULES if importlib.util.find_spec(m) is None]
    if absent:
        return (f"llama.cpp server not installed ({', '.join(absent)} missing): "
                f"pip install 'llama-cpp-python[server]' (builds from source, ~5 min on 2 cores)")
    try:
        gguf_path()
    except Exception as e:  # the project's RaidenError naming the wheel to install
        return f"the SmolLM2 GGUF is not installed: {e}"
    return None


def gguf_path() -> Path:
    from raiden_r1.train.default_model import locate_gguf

    return locate_gguf()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """``with LlamaServer() as server: server.base`` -> ``http://127.0.0.1:PORT/v1``.

    ``n_ctx`` is the context window of the one slot llama-cpp-python's server has (it decodes one
    request at a time). Its log goes to a temporary file, quoted when it fails to start."""

    def __init__(self, *, n_ctx: int = 8192, threads: int | None = None, start_timeout: float = 120.0) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/v1"
        self.n_ctx, self.threads, self.start_timeout = n_ctx, threads or 1, start_timeout
        self.proc: subprocess.Popen | None = None
        self.log = Path(tempfile.mkstemp(prefix="llama-server-", suffix=".log")[1])

    def command(self) -> list[str]:
        return [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()), "--model_alias", MODEL_ALIAS,
                "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(self.n_ctx),
                "--n_threads", str(self.threads), "--n_threads_batch", str(self.threads)]

    def __enter__(self) -> "LlamaServer":
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                         env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                raise RuntimeError(f"llama.cpp server exited with {self.proc.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.base + "/models", timeout=2) as r:
                    if r.status == 200 and json.load(r).get("data"):
                        return self
            except OSError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"llama.cpp server not up within {self.start_timeout:g} s: {self.log_tail()}")

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)

    def log_tail(self, chars: int = 1500) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:].replace("\n", " | ")
