"""The HTTP layer under :mod:`openai_api`: errors, the retry policy, the answer parsers, and the guarded
transport that keeps the key to one origin, a total deadline per request and a cap on what an answer
may weigh (the guarantees are listed in openai_api's module doc)."""

from __future__ import annotations

import importlib
import json
import random
from dataclasses import dataclass
from urllib.parse import urlsplit

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


class Refused(Exception):
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


def retry_after_header(headers) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(str(url))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, (parts.hostname or "").lower(), port


def http_module():
    """The HTTP library the installed SDK is built on (``httpx``, or ``httpx2`` in openai 3)."""
    import openai

    base = next(c for c in openai.DefaultAsyncHttpxClient.__mro__ if c.__name__ == "AsyncClient")
    return importlib.import_module(base.__module__.split(".")[0])


def guarded_client(http, base_origin: tuple[str, str, int], max_bytes: int, timeout: float, with_auth: bool):
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
                    raise Refused(f"answer larger than {max_bytes} bytes: aborted")
                yield chunk

        async def aclose(self) -> None:
            await self.inner.aclose()

    class Guard(http.AsyncBaseTransport):
        def __init__(self):
            self.inner = http.AsyncHTTPTransport()

        async def handle_async_request(self, request):
            if origin(request.url) != base_origin:
                raise Refused(f"refused to send a request to {request.url.scheme}://{request.url.host}: "
                               f"not the origin of --api-base")
            for name in _DROPPED_HEADERS + (() if with_auth else ("authorization",)):
                request.headers.pop(name, None)
            response = await self.inner.handle_async_request(request)
            length = response.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > max_bytes:
                await response.aclose()
                raise Refused(f"answer of {int(length)} bytes is larger than {max_bytes}: aborted")
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
