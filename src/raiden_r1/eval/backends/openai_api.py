"""OpenAI-compatible chat endpoints (``/v1/chat/completions``): API models and served checkpoints.

Requests go through the ``openai`` SDK (``AsyncOpenAI`` on one event-loop thread per client, so
the evaluation's worker threads can share it), with the SDK's own retries off: the retry policy is
ours and tested. 429, 408, 409, 425 and 5xx answers, timeouts and dropped connections are retried
with exponential backoff and jitter (honouring ``Retry-After``); other answers fail at once.

What a hostile or broken endpoint cannot do:
- get the key sent anywhere else: redirects are never followed, and the transport refuses any
  request to another origin than ``--api-base``'s;
- hang a request: ``timeout`` is a total deadline per request (a server trickling one byte a
  second is cut off at it), not a per-read timeout;
- exhaust memory: an answer (or error body) over ``max_response_bytes`` is aborted there;
- stop the run: a malformed answer (not UTF-8, not JSON, no choices, ``content`` that is not a
  string) is an :class:`ApiError` with the reason, recorded as a failed item;
- get the key written down: the key is read from an environment variable, sent only in the
  Authorization header, and cut out (``***``) of every error message and answer text.
"""

from __future__ import annotations

import asyncio
import math
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any, Iterator, Sequence

from raiden_r1.errors import RaidenError

from .base import Generation, GenerationConfig
from .openai_http import (DEFAULT_MAX_RESPONSE_BYTES, Refused, guarded_client, http_module, origin, parse_usage,
                          retry_after_header)
# (callers import the client's errors, results and parsers from here, where the client is)
from .openai_http import ApiError, Completion, backoff_delay, is_retryable_status, parse_answer  # noqa: F401


class ChatClient:
    """A thread-safe chat-completions client with retries, a deadline and a size cap."""

    def __init__(self, api_base: str, model: str, *, api_key_env: str = "OPENAI_API_KEY", timeout: float = 120.0,
                 max_retries: int = 5, backoff_base: float = 1.0, backoff_cap: float = 30.0, seed: int = 0,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        if not isinstance(api_base, str) or not api_base.startswith(("http://", "https://")):
            raise RaidenError(f"--api-base must start with http:// or https://, got {api_base!r}")
        checks = [("--timeout", isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout > 0,
                   "a number of seconds > 0", timeout),
                  ("--max-retries", isinstance(max_retries, int) and not isinstance(max_retries, bool)
                   and max_retries >= 0, "an integer >= 0", max_retries),
                  ("--retry-base", isinstance(backoff_base, (int, float)) and math.isfinite(backoff_base)
                   and backoff_base >= 0, "a number of seconds >= 0", backoff_base),
                  ("backoff_cap", isinstance(backoff_cap, (int, float)) and backoff_cap >= 0, "a number >= 0",
                   backoff_cap),
                  ("max_response_bytes", isinstance(max_response_bytes, int) and max_response_bytes >= 1,
                   "an integer >= 1", max_response_bytes)]
        for name, ok, what, value in checks:
            if not ok:
                raise RaidenError(f"{name} must be {what}, got {value!r}")
        self.api_base, self.model, self.api_key_env = api_base.rstrip("/"), model, api_key_env
        self.timeout, self.max_retries = float(timeout), max_retries
        self.backoff_base, self.backoff_cap, self.max_response_bytes = backoff_base, backoff_cap, max_response_bytes
        self.url = self.api_base + "/chat/completions"
        self._key = os.environ.get(api_key_env) or None  # never logged, never saved
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sdk = None
        self._start_lock = threading.Lock()
        self._json_mode: bool | None = None  # None: not tried yet; False: the endpoint refused it

    @property
    def has_key(self) -> bool:
        return self._key is not None

    def describe(self) -> dict:
        return {"api_base": self.api_base, "model": self.model, "api_key_env": self.api_key_env,
                "api_key_set": self.has_key, "timeout": self.timeout, "max_retries": self.max_retries}

    def redact(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text

    # ------------------------------------------------------------------ the event-loop thread
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._start_lock:
            if self._loop is None:
                from openai import AsyncOpenAI

                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="raiden-eval-api-loop", daemon=True).start()
                # an explicit key, so the SDK never falls back to $OPENAI_API_KEY when the user named
                # another variable; without one, no Authorization header at all (_auth_header)
                client = guarded_client(http_module(), origin(self.api_base), self.max_response_bytes,
                                         self.timeout, with_auth=self._key is not None)
                self._sdk = AsyncOpenAI(api_key=self._key or "no-key", base_url=self.api_base, max_retries=0,
                                        timeout=self.timeout, http_client=client)
                self._loop = loop
            return self._loop

    def close(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None:
            return
        sdk = self._sdk
        try:
            asyncio.run_coroutine_threadsafe(sdk.close(), loop).result(timeout=5)
        except Exception:  # closing must never hide the run's own outcome
            pass
        for task in asyncio.all_tasks(loop):  # requests still in flight of an interrupted run
            loop.call_soon_threadsafe(task.cancel)
        loop.call_soon_threadsafe(loop.stop)

    # ------------------------------------------------------------------ requests
    def chat(self, messages: list[dict], *, max_tokens: int, temperature: float = 0.0, top_p: float = 1.0,
             n: int = 1, seed: int | None = None) -> list[str]:
        """The contents of ``n`` choices; raises :class:`ApiError` when the endpoint gives up."""
        loop = self._ensure_loop()
        fut = asyncio.run_coroutine_threadsafe(
            self._chat(messages, max_tokens=max_tokens, temperature=temperature, top_p=top_p, n=n, seed=seed), loop)
        try:
            return fut.result()
        except ApiError as e:
            raise ApiError(self.redact(str(e))) from None

    async def _chat(self, messages, *, max_tokens, temperature, top_p, n, seed) -> list[str]:
        texts: list[str] = []
        while len(texts) < n:  # endpoints that ignore ``n`` answer one choice at a time
            want = n - len(texts)
            payload: dict[str, Any] = {"model": self.model, "messages": messages, "max_tokens": max_tokens,
                                       "temperature": temperature, "top_p": top_p}
            if want > 1:
                payload["n"] = want
            if seed is not None:
                payload["seed"] = seed + len(texts)
            got = await self._with_retries(payload)
            texts.extend(self.redact(t) for t in got[:want])
        return texts

    async def acomplete(self, messages: list[dict], *, max_tokens: int, temperature: float = 0.0,
                        seed: int | None = None, json_mode: bool = False) -> Completion:
        """One choice, awaitable from any event loop (the request runs on this client's own loop
        thread). ``json_mode`` asks for ``response_format: json_object`` while the endpoint
        accepts it; one that answers 400/422 to it is asked again without, and never again."""
        future = asyncio.run_coroutine_threadsafe(
            self._complete(messages, max_tokens=max_tokens, temperature=temperature, seed=seed,
                           json_mode=json_mode), self._ensure_loop())
        try:
            return await asyncio.wrap_future(future)
        except ApiError as e:
            raise ApiError(self.redact(str(e)), e.status, e.attempts) from None

    async def _complete(self, messages, *, max_tokens, temperature, seed, json_mode) -> Completion:
        payload: dict[str, Any] = {"model": self.model, "messages": messages, "max_tokens": max_tokens,
                                   "temperature": temperature}
        if seed is not None:
            payload["seed"] = seed
        if json_mode and self._json_mode is not False:
            try:
                done = await self._send({**payload, "response_format": {"type": "json_object"}})
                self._json_mode = True
                return done
            except ApiError as e:
                if self._json_mode or e.status not in (400, 422):
                    raise
                self._json_mode = False
        done = await self._send(payload)
        return Completion([self.redact(t) for t in done.texts], done.prompt_tokens, done.completion_tokens,
                          done.attempts)

    async def _with_retries(self, payload: dict) -> list[str]:
        return (await self._send(payload)).texts

    async def _send(self, payload: dict) -> Completion:
        import openai

        last = ""
        for attempt in range(self.max_retries + 1):
            retry_after = None
            try:
                request = self._sdk.chat.completions.with_raw_response.create(**payload, **self._auth_header())
                resp = await asyncio.wait_for(request, timeout=self.timeout)
                body = resp.http_response.content
                return Completion(parse_answer(body), *parse_usage(body), attempts=attempt + 1)
            except asyncio.TimeoutError:
                last = f"no complete answer within the {self.timeout:g} s deadline"
            except openai.APIStatusError as e:
                status = e.status_code
                if 300 <= status < 400:
                    where = e.response.headers.get("location", "?")
                    raise ApiError(f"{self.url}: HTTP {status}: redirect to {where} not followed (the key is "
                                   f"only sent to --api-base's origin); use the final URL as --api-base",
                               status, attempt + 1) from None
                detail = self._detail(e.response)
                last = f"HTTP {status}: {detail}" if detail else f"HTTP {status}"
                if not is_retryable_status(status):
                    raise ApiError(f"{self.url}: {last}", status, attempt + 1) from None
                retry_after = retry_after_header(e.response.headers)
            except (openai.APIConnectionError, Refused, OSError) as e:
                # (the SDK wraps transport errors in APIConnectionError, or lets them through)
                refused = _refusal(e)
                if refused is not None:
                    raise ApiError(f"{self.url}: {refused}", attempts=attempt + 1) from None
                last = f"{type(e).__name__}: {_root(e)}"
            except Exception as e:  # the HTTP library's own errors (protocol, decoding): retried
                refused = _refusal(e)
                if refused is not None:
                    raise ApiError(f"{self.url}: {refused}", attempts=attempt + 1) from None
                last = f"{type(e).__name__}: {e}"
            if attempt < self.max_retries:
                with self._rng_lock:
                    delay = backoff_delay(attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self._rng,
                                          retry_after=retry_after)
                await asyncio.sleep(delay)
        raise ApiError(f"{self.url}: gave up after {self.max_retries + 1} attempts; last: {last}",
                       attempts=self.max_retries + 1)

    def _auth_header(self) -> dict:
        if self._key:
            return {}
        from openai import Omit

        return {"extra_headers": {"Authorization": Omit()}}

    def _detail(self, response) -> str:
        try:
            raw = response.content[:300]
        except Exception:  # the body could not be read (cut off, too large): the status says enough
            return ""
        return self.redact(raw.decode("utf-8", "replace").strip().replace("\n", " "))


def _chain(e: BaseException):
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        e = e.__cause__ or e.__context__


def _refusal(e: BaseException) -> str | None:
    return next((str(x) for x in _chain(e) if isinstance(x, Refused)), None)


def _root(e: BaseException) -> str:
    *_, last = _chain(e)
    return f"{type(last).__name__}: {last}" if last is not e else str(e)


class ApiBackend:
    name = "api"

    def __init__(self, client: ChatClient, *, concurrency: int = 8) -> None:
        if not isinstance(concurrency, int) or concurrency < 1:
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
        except Exception as e:  # one item's failure, whatever it is, must not end the run
            msg = self.client.redact(f"{type(e).__name__}: {e}")
            return Generation(item.id, None, error=f"{self.client.url}: {msg}", seconds=time.perf_counter() - t0)
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
        self.client.close()
