"""Asking the teachers: raiden_r1.eval's ChatClient (the key from an environment variable, no
redirects followed, nothing sent to another origin, retries with backoff honouring Retry-After, a
total deadline per request) under one semaphore, behind the request cache, with malformed replies
asked again a bounded number of times and every request counted."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass
from typing import Any, Callable

from raiden_r1.errors import RaidenError

from . import prompts
from .journal import RequestCache
from .models import MalformedReply

MAX_TOKENS = {"sbk": 2048, "cm": 3072, "answer": 256, "equivalents": 512, "confirm": 256, "cot": 512}
# a batch reply grows with the items asked for: a cut-off JSON reply is a malformed one
TOKENS_PER_ITEM = {"sbk": 200, "cm": 450}


def max_tokens(kind: str, n: int = 0) -> int:
    return max(MAX_TOKENS[kind], 256 + TOKENS_PER_ITEM.get(kind, 0) * n)


class Dropped(Exception):
    """A candidate (or a unit's batch) given up for a reason that goes into stats.json."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class RunCounters:
    """This run's traffic (the request cache keeps the all-runs token tally)."""

    requests: int = 0
    http_attempts: int = 0
    cache_hits: int = 0
    malformed_replies: int = 0
    failed_requests: int = 0
    tokens_in: int = 0
    tokens_out: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Teacher:
    """One model behind one endpoint; ``client`` is a raiden_r1.eval ChatClient."""

    name: str
    client: Any


def parse_teacher_specs(model: str, teachers: str | None, api_base: str | None) -> list[tuple[str, str | None]]:
    """``--teachers a,b@http://host:8001/v1`` -> [(model, api_base)]; without it, the generator
    alone answers the checks (one teacher: STV still asks it independently, without the gold).
    ``api_base`` None (``--backend local``): a NAME without @URL is a local model directory."""
    if not teachers:
        return [(model, api_base)]
    specs = []
    for part in teachers.split(","):
        part = part.strip()
        if not part:
            continue
        name, _, base = part.partition("@")
        if not name:
            raise RaidenError(f"--teachers: {part!r} names no model (expected NAME or NAME@URL)")
        specs.append((name, base or api_base))
    if not specs:
        raise RaidenError("--teachers: no teacher named")
    return specs


@dataclass(frozen=True)
class LocalSettings:
    """``--backend local``: how the in-process models are run (teacher/local.py)."""

    device: str | None = None
    dtype: str = "bfloat16"
    threads: int | None = None


def make_teachers(model: str, api_base: str | None, specs: list[tuple[str, str | None]], *, api_key_env: str,
                  timeout: float, max_retries: int, retry_base: float, seed: int,
                  local: LocalSettings | None = None) -> tuple[Teacher, list[Teacher]]:
    """The generator and the checking teachers (the generator's client shared when it checks too).
    With ``local`` the generator, and every teacher named without @URL, is a model loaded in-process."""
    if any(base is not None for _, base in specs) or local is None:
        try:
            import openai  # noqa: F401  (the client imports it on the first request; say so now)
        except ImportError:
            raise RaidenError("teacher checks need the openai SDK: pip install 'raiden-r1[teacher]'") from None

    def client(name: str, base: str | None, offset: int):
        if base is None:
            return local_client(name, local or LocalSettings())
        from raiden_r1.eval.backends.openai_api import ChatClient

        return ChatClient(base, name, api_key_env=api_key_env, timeout=timeout, max_retries=max_retries,
                          backoff_base=retry_base, seed=seed + offset)

    generator = Teacher(model, client(model, api_base, 0))
    checkers = [generator if (name, base) == (model, api_base) else Teacher(name, client(name, base, i))
                for i, (name, base) in enumerate(specs, 1)]
    return generator, checkers


def local_client(name: str, local: LocalSettings):
    """A loaded in-process model: ``name`` is a directory or the embedded default (smollm2-135m)."""
    from raiden_r1.train.default_model import resolve_model_path

    from .local import LocalChatClient, check_local_backend

    check_local_backend()  # before resolving: converting the default model needs torch too
    client = LocalChatClient(resolve_model_path(name), device=local.device, dtype=local.dtype,
                             threads=local.threads)
    client.load()
    return client


def close_teachers(generator: Teacher, checkers: list[Teacher]) -> None:
    for client in {id(t.client): t.client for t in [generator, *checkers]}.values():
        client.close()


class TeacherPool:
    def __init__(self, generator: Teacher, checkers: list[Teacher], cache: RequestCache, *, concurrency: int,
                 json_mode: bool = True, parse_retries: int = 2, max_new_tokens: int | None = None) -> None:
        if concurrency < 1:
            raise RaidenError(f"--concurrency must be at least 1, got {concurrency}")
        self.generator, self.checkers, self.cache = generator, checkers, cache
        self.json_mode, self.parse_retries = json_mode, parse_retries
        self.max_new_tokens = max_new_tokens  # a cap under every kind's own budget (None: none)
        self.counters = RunCounters()
        self._slots = asyncio.Semaphore(concurrency)

    def second_teacher(self) -> Teacher | None:
        """A teacher other than the generator, to confirm what the generator proposed."""
        return next((t for t in self.checkers if t.name != self.generator.name), None)

    async def ask(self, teacher: Teacher, kind: str, language: str, parse: Callable[[str], Any], *,
                  temperature: float, seed: int, **values: Any) -> Any:
        """The parsed reply; a malformed one is asked again (warmer, another seed) up to
        ``parse_retries`` times, then :class:`Dropped` ``malformed_reply_<kind>``. An endpoint that
        fails for good raises raiden_r1.eval's ApiError (the unit stays unfinished)."""
        messages = prompts.messages(kind, language, **values)
        budget = max_tokens(kind, values.get("n", 0))
        if self.max_new_tokens:
            budget = min(budget, self.max_new_tokens)
        for attempt in range(self.parse_retries + 1):
            warm = temperature if attempt == 0 else max(temperature, 0.7)
            text = await self._text(teacher, messages, temperature=warm, seed=seed + attempt, max_tokens=budget)
            try:
                return parse(text)
            except (MalformedReply, ValueError):
                self.counters.malformed_replies += 1
        raise Dropped(f"malformed_reply_{kind}")

    async def _text(self, teacher: Teacher, messages: list[dict], *, temperature: float, seed: int,
                    max_tokens: int) -> str:
        key = RequestCache.key(teacher.name, messages, temperature=temperature, seed=seed, max_tokens=max_tokens,
                               json_mode=self.json_mode)
        hit = self.cache.get(key)
        if hit is not None:
            self.counters.cache_hits += 1
            return hit["text"]
        async with self._slots:
            self.counters.requests += 1
            try:
                done = await teacher.client.acomplete(messages, max_tokens=max_tokens, temperature=temperature,
                                                      seed=seed, json_mode=self.json_mode)
            except Exception as e:
                self.counters.failed_requests += 1
                # a request that failed for good still cost its attempts (retries after timeouts above all)
                self.counters.http_attempts += getattr(e, "attempts", 1)
                raise
        self.counters.http_attempts += done.attempts
        self.counters.tokens_in += done.prompt_tokens
        self.counters.tokens_out += done.completion_tokens
        text = done.texts[0] if done.texts else ""
        self.cache.put(key, text, done.prompt_tokens, done.completion_tokens)
        return text
