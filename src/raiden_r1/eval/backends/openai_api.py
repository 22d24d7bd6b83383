"""OpenAI-compatible chat endpoints (``/v1/chat/completions``): API models and served checkpoints.

Plain ``urllib`` keeps the core install light and makes the retry policy ours and testable:
429, 408 and 5xx answers, timeouts and dropped connections are retried with exponential backoff
and jitter (honouring ``Retry-After``); other 4xx answers fail at once. The API key is read from
an environment variable, sent only in the Authorization header, and never logged or saved.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Iterator, Sequence

from raiden_r1.errors import RaidenError

from .base import Generation, GenerationConfig


class ApiError(Exception):
    """The endpoint failed for good (retries exhausted, or a non-retryable answer)."""


def is_retryable_status(status: int) -> bool:
    return status in (408, 409, 425, 429) or status >= 500


def backoff_delay(attempt: int, *, base: float, cap: float, rng: random.Random,
                  retry_after: float | None = None) -> float:
    """Seconds to wait before retry ``attempt`` (0-based): the server's Retry-After when it gave
    one, else ``base * 2**attempt`` capped, half of it fixed and half random ("equal jitter", so
    many workers that failed together do not retry together)."""
    if retry_after is not None and retry_after >= 0:
        return min(cap, retry_after)
    d = min(cap, base * 2.0 ** attempt)
    return d / 2.0 + rng.uniform(0.0, d / 2.0)


def _retry_after(headers) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


@dataclass
class ChatClient:
    """A minimal, thread-safe chat-completions client with retries."""

    api_base: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = 120.0
    max_retries: int = 5
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    seed: int = 0

    def __post_init__(self) -> None:
        if not self.api_base.startswith(("http://", "https://")):
            raise RaidenError(f"--api-base must start with http:// or https://, got {self.api_base!r}")
        self.url = self.api_base.rstrip("/") + "/chat/completions"
        self._key = os.environ.get(self.api_key_env) or None  # never logged, never saved
        self._rng = random.Random(self.seed)
        self._rng_lock = threading.Lock()

    @property
    def has_key(self) -> bool:
        return self._key is not None

    def describe(self) -> dict:
        return {"api_base": self.api_base, "model": self.model, "api_key_env": self.api_key_env,
                "api_key_set": self.has_key}

    def _post(self, payload: dict) -> dict:
        headers = {"Content-Type": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        req = urllib.request.Request(self.url, data=json.dumps(payload).encode("utf-8"), headers=headers,
                                     method="POST")
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def chat(self, messages: list[dict], *, max_tokens: int, temperature: float = 0.0, top_p: float = 1.0,
             n: int = 1, seed: int | None = None) -> list[str]:
        """The contents of ``n`` choices; raises :class:`ApiError` when the endpoint gives up."""
        texts: list[str] = []
        while len(texts) < n:  # endpoints that ignore ``n`` answer one choice at a time
            want = n - len(texts)
            payload = {"model": self.model, "messages": messages, "max_tokens": max_tokens,
                       "temperature": temperature, "top_p": top_p}
            if want > 1:
                payload["n"] = want
            if seed is not None:
                payload["seed"] = seed + len(texts)
            body = self._with_retries(payload)
            try:
                got = [c["message"]["content"] or "" for c in body["choices"]]
            except (KeyError, TypeError, IndexError):
                raise ApiError(f"{self.url}: answer without choices[].message.content") from None
            if not got:
                raise ApiError(f"{self.url}: answer with no choices")
            texts.extend(got[:want])
        return texts

    def _with_retries(self, payload: dict) -> dict:
        last = ""
        for attempt in range(self.max_retries + 1):
            retry_after = None
            try:
                return self._post(payload)
            except urllib.error.HTTPError as e:
                detail = e.read(300).decode("utf-8", "replace").strip().replace("\n", " ")
                last = f"HTTP {e.code}: {detail}" if detail else f"HTTP {e.code}"
                if not is_retryable_status(e.code):
                    raise ApiError(f"{self.url}: {last}") from None
                retry_after = _retry_after(e.headers)
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, socket.timeout,
                    TimeoutError) as e:
                last = f"{type(e).__name__}: {getattr(e, 'reason', e)}"
            except json.JSONDecodeError:
                last = "answer is not JSON"
            if attempt < self.max_retries:
                with self._rng_lock:
                    delay = backoff_delay(attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self._rng,
                                          retry_after=retry_after)
                time.sleep(delay)
        raise ApiError(f"{self.url}: gave up after {self.max_retries + 1} attempts; last: {last}")


class ApiBackend:
    name = "api"

    def __init__(self, client: ChatClient, *, concurrency: int = 8) -> None:
        if concurrency < 1:
            raise RaidenError(f"--concurrency must be at least 1, got {concurrency}")
        self.client = client
        self.concurrency = concurrency

    def describe(self) -> dict:
        return {"backend": self.name, **self.client.describe(), "concurrency": self.concurrency}

    def _one(self, item, cfg: GenerationConfig) -> Generation:
        t0 = time.perf_counter()
        try:
            texts = self.client.chat(item.messages, max_tokens=cfg.max_new_tokens, temperature=cfg.temperature,
                                     top_p=cfg.top_p, n=cfg.samples, seed=cfg.seed)
        except ApiError as e:
            return Generation(item.id, None, error=str(e), seconds=time.perf_counter() - t0)
        return Generation(item.id, texts, seconds=time.perf_counter() - t0)

    def generate(self, items: Sequence, cfg: GenerationConfig) -> Iterator[Generation]:
        pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="raiden-eval-api")
        try:
            futures = [pool.submit(self._one, it, cfg) for it in items]
            for fut in as_completed(futures):
                yield fut.result()
        finally:
            # An interrupted run must not keep sending requests in the background.
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        pass
