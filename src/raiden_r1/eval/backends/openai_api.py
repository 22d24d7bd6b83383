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
import importlib
import json
import math
import os
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Iterator, Sequence
from urllib.parse import urlsplit

from raiden_r1.errors import RaidenError

from .base import Generation, GenerationConfig

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024  # a chat answer of a few samples is kilobytes
# headers the SDK would add from the environment (OPENAI_ORG_ID, OPENAI_PROJECT_ID): not sent to
# an endpoint the user named for something else
_DROPPED_HEADERS = ("openai-organization", "openai-project")


class ApiError(Exception):
    """The endpoint failed for good (retries exhausted, or a non-retryable answer); ``status`` is
    the HTTP status of a non-retryable answer, when there was one; ``attempts`` the HTTP attempts
    spent on it (a caller's accounting counts failed requests' attempts too)."""

    def __init__(self, message: str, status: int | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts


@dataclass(frozen=True)
class Completion:
    """One request's outcome: the choices' texts, the tokens the endpoint reported (0 when it
    reported none) and how many HTTP attempts it took."""

    texts: list[str]
    prompt_tokens: int = 0
    completion_tokens: int = 0
    attempts: int = 1


class _Refused(Exception):
    """Raised inside the transport; the message is the whole reason."""


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


def origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(str(url))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def _http_module():
    """The HTTP library the installed SDK is built on (``httpx``, or ``httpx2`` in openai 3)."""
    import openai

    base = next(c for c in openai.DefaultAsyncHttpxClient.__mro__ if c.__name__ == "AsyncClient")
    return importlib.import_module(base.__module__.split(".")[0])


def _guarded_client(http, base_origin: tuple[str, str, int], max_bytes: int, timeout: float, with_auth: bool):
    """An async HTTP client that follows no redirect, sends nothing to another origin, drops the
    environment's OpenAI-* identity headers (and any Authorization header when there is no key)
    and stops reading a body at ``max_bytes``. Proxies from the environment are not used: a proxy
    transport would bypass these checks."""

    class CappedStream(http.AsyncByteStream):
        def __init__(self, inner):
            self.inner = inner

        async def __aiter__(self):
            total = 0
            async for chunk in self.inner:
                total += len(chunk)
                if total > max_bytes:
                    raise _Refused(f"answer larger than {max_bytes} bytes: aborted")
                yield chunk

        async def aclose(self) -> None:
            await self.inner.aclose()

    class Guard(http.AsyncBaseTransport):
        def __init__(self):
            self.inner = http.AsyncHTTPTransport()

        async def handle_async_request(self, request):
            if origin(request.url) != base_origin:
                raise _Refused(f"refused to send a request to {request.url.scheme}://{request.url.host}: "
                               f"not the origin of --api-base")
            for name in _DROPPED_HEADERS + (() if with_auth else ("authorization",)):
                request.headers.pop(name, None)
            response = await self.inner.handle_async_request(request)
            length = response.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > max_bytes:
                await response.aclose()
                raise _Refused(f"answer of {int(length)} bytes is larger than {max_bytes}: aborted")
            return http.Response(status_code=response.status_code, headers=response.headers,
                                 stream=CappedStream(response.stream), extensions=response.extensions)

        async def aclose(self) -> None:
            await self.inner.aclose()

    return http.AsyncClient(transport=Guard(), follow_redirects=False, timeout=timeout, trust_env=False)


def parse_answer(body: bytes) -> list[str]:
    """The texts of a chat-completions answer; ApiError naming what is wrong with it."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ApiError(f"malformed answer: not UTF-8 ({e.reason} at byte {e.start})") from None
    try:
        obj = json.loads(text)
    except ValueError as e:
        raise ApiError(f"malformed answer: not JSON ({e})") from None
    choices = obj.get("choices") if isinstance(obj, dict) else None
    if not isinstance(choices, list) or not choices:
        raise ApiError("malformed answer: no choices")
    out = []
    for i, c in enumerate(choices):
        message = c.get("message") if isinstance(c, dict) else None
        content = message.get("content", "") if isinstance(message, dict) else None
        if content is None:
            content = ""  # a refusal or a tool call: no text
        if not isinstance(content, str):
            raise ApiError(f"malformed answer: choices[{i}].message.content is a {type(content).__name__}, "
                           f"not a string")
        out.append(content)
    return out


def parse_usage(body: bytes) -> tuple[int, int]:
    """(prompt_tokens, completion_tokens) of a chat-completions answer; zeros when absent."""
    try:
        usage = json.loads(body.decode("utf-8")).get("usage") or {}
        return int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
    except (ValueError, TypeError, AttributeError):
        return 0, 0


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
                client = _guarded_client(_http_module(), origin(self.api_base), self.max_response_bytes,
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
                retry_after = _retry_after(e.response.headers)
            except (openai.APIConnectionError, _Refused, OSError) as e:
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
    return next((str(x) for x in _chain(e) if isinstance(x, _Refused)), None)


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
