"""``data generate --backend local``: the teacher model runs in this process (transformers), behind
the same ``acomplete``/``close`` the endpoint client (raiden_r1.eval's ChatClient) offers, so the
request cache, the bounded re-asking of malformed replies, the JSON parsing, resume and the
counters in stats.json are TeacherPool's, shared with the endpoint path.

JSON mode is approximated (a local model has no grammar-constrained decoding here): every prompt
already ends "Reply with JSON only: {...}"; the assistant's turn is opened with ``{`` so the model
can only continue an object; generation stops as soon as that object is closed (a small model keeps
writing after it), and the reply is cut there. What is still not the JSON asked for is re-asked by
TeacherPool like any endpoint's malformed reply.

One generation at a time in the whole process (a lock): a CPU has no spare cores for two, and a GPU
runs one model's batch of one faster alone. Generation runs on a worker thread, so the event loop
stays free. torch and transformers are imported only when a model is loaded: the endpoint path
never imports them.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

from raiden_r1.errors import RaidenError

JSON_PREFILL = "{"
_GENERATION_LOCK = threading.Lock()


class JsonObjectEnd:
    """Where the first top-level JSON object of a character stream closes, found incrementally
    (braces inside strings, and escaped quotes, do not count)."""

    def __init__(self) -> None:
        self.depth, self.in_string, self.escaped = 0, False, False
        self.seen = 0
        self.end: int | None = None  # index just past the closing brace

    def feed(self, chunk: str) -> bool:
        """True once the object is closed."""
        for ch in chunk:
            self.seen += 1
            if self.end is not None:
                continue
            if self.in_string:
                if self.escaped:
                    self.escaped = False
                elif ch == "\\":
                    self.escaped = True
                elif ch == '"':
                    self.in_string = False
            elif ch == '"' and self.depth:
                self.in_string = True
            elif ch == "{":
                self.depth += 1
            elif ch == "}" and self.depth:
                self.depth -= 1
                if self.depth == 0:
                    self.end = self.seen
        return self.end is not None


def leading_json_object(text: str) -> str:
    """``text`` cut just after its first complete top-level ``{...}`` (what a model writes after
    the object is not part of the reply); the whole text when no object closes."""
    scan = JsonObjectEnd()
    return text[:scan.end] if scan.feed(text) else text


def check_local_backend() -> None:
    """One line naming the install when the local backend's libraries are missing."""
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise RaidenError("--backend local needs torch and transformers: pip install 'raiden-r1[train]'") from None


class LocalChatClient:
    """A chat model from a local directory, answering ``acomplete`` like the endpoint client."""

    def __init__(self, model_path, *, device: str | None = None, dtype: str = "bfloat16",
                 threads: int | None = None) -> None:
        check_local_backend()
        from raiden_r1.eval.backends.local import LocalBackend

        # trust_remote_code stays off: a teacher directory must not run code of its own
        self.backend = LocalBackend(model_path, batch_size=1, dtype=dtype, device=device, trust_remote_code=False,
                                    threads=threads)
        self.model_path = str(model_path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="raiden-teacher-local")
        self._closing = False

    def load(self) -> None:
        """Load now, so a bad directory is one line before the run starts, not a failed unit."""
        self.backend.load()
        self.backend.encode([{"role": "user", "content": "x"}])  # a tokenizer without a chat template: say so now

    def describe(self) -> dict:
        return self.backend.describe()

    async def acomplete(self, messages: list[dict], *, max_tokens: int, temperature: float = 0.0,
                        seed: int | None = None, json_mode: bool = False):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._complete, messages, max_tokens, temperature,
                                          seed, json_mode)

    def _complete(self, messages, max_tokens: int, temperature: float, seed: int | None, json_mode: bool):
        from raiden_r1.eval.backends.openai_api import ApiError, Completion

        with _GENERATION_LOCK:
            if self._closing:
                raise ApiError(f"{self.model_path}: the run is stopping")
            try:
                text, n_in, n_out = self._generate(messages, max_tokens, temperature, seed, json_mode)
            except RaidenError:
                raise
            except (RuntimeError, ValueError) as e:  # out of memory, a prompt the model cannot take
                raise ApiError(f"{self.model_path}: generation failed: {str(e).splitlines()[0]}") from None
        return Completion([text], n_in, n_out, 1)

    def _generate(self, messages, max_tokens: int, temperature: float, seed: int | None,
                  json_mode: bool) -> tuple[str, int, int]:
        import torch
        from transformers import GenerationConfig, StoppingCriteria, StoppingCriteriaList

        from raiden_r1.eval.backends.local import cut_at_stop
        from raiden_r1.eval.backends.openai_api import ApiError

        model, tok = self.backend.load()
        prefill = JSON_PREFILL if json_mode else ""
        ids = self.backend.encode(messages, prefill=prefill)
        window = getattr(model.config, "max_position_embeddings", None)
        budget = max_tokens if not window else min(max_tokens, window - len(ids))
        if budget < 1:
            raise ApiError(f"{self.model_path}: the prompt ({len(ids)} tokens) fills the model's "
                           f"{window}-token window")
        stops = self.backend.stop_ids()
        pad_id = tok.pad_token_id if tok.pad_token_id is not None else min(stops)
        eos = model.generation_config.eos_token_id
        eos = eos if eos is not None else tok.eos_token_id
        scan = JsonObjectEnd()
        scan.feed(prefill)
        prompt_len, client = len(ids), self
        generated_fed = [0]  # generated tokens already given to the scanner

        class Stop(StoppingCriteria):
            """The JSON object is closed (json mode), or the run is being stopped."""

            def __call__(self, input_ids, scores, **kwargs):
                for t in input_ids[0, prompt_len + generated_fed[0]:].tolist():
                    generated_fed[0] += 1
                    if json_mode:
                        scan.feed(tok.decode([t]))
                done = scan.end is not None or client._closing
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        greedy = temperature <= 0
        # a fresh config: a checkpoint's own sampling defaults must not leak into greedy decoding
        cfg = GenerationConfig(max_new_tokens=budget, do_sample=not greedy, eos_token_id=eos, pad_token_id=pad_id,
                               **({} if greedy else {"temperature": temperature, "top_p": 1.0, "top_k": 0}))
        if seed is not None:
            torch.manual_seed(seed)
        input_ids = torch.tensor([ids], device=model.device)
        with torch.inference_mode():
            out = model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                                 generation_config=cfg, stopping_criteria=StoppingCriteriaList([Stop()]))
        new = cut_at_stop(out[0, prompt_len:].tolist(), stops)
        text = prefill + tok.decode(new, skip_special_tokens=True)
        return (leading_json_object(text) if json_mode else text), prompt_len, len(new)

    def close(self) -> None:
        self._closing = True  # a generation in flight stops at its next token
        self._executor.shutdown(wait=True, cancel_futures=True)
        self.backend.close()
