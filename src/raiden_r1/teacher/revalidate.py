"""``raiden-r1 data validate FILE --llm ...``: the teacher checks of ``data generate`` run on
records from anywhere (``data build``'s rule-built ones above all). Each teacher answers every
question independently (card and history, never the gold answer); a record fails when

- a keyword item (none of its alternatives) is missing from some teacher's answer (STV),
- a negative keyword occurs in some teacher's answer (it may be true),
- the gold answer does not earn full accuracy under the reward, or
- it is not grounded / not in its question's language (``data validate``'s own checks).

The failing records are written, each with ``validation_failures`` (its reasons), to ``--llm-out``;
replies are cached beside it (``<llm-out>.cache.jsonl``), so a rerun asks nothing twice.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.record_checks import record_problems
from raiden_r1.data.records_io import load_records
from raiden_r1.data.schema import Record
from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output, write_text
from raiden_r1.reward.vrar import keyword_accuracy
from raiden_r1.text import keyword_in

from .journal import RequestCache, stable_id
from .models import parse_answer
from .teachers import Dropped, TeacherPool, close_teachers, make_teachers, parse_teacher_specs


@dataclass
class LlmCheckOptions:
    api_base: str
    model: str
    out: Path
    teachers: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    concurrency: int = 8
    timeout: float = 120.0
    max_retries: int = 5
    retry_base: float = 1.0
    json_mode: bool = True
    seed: int = 0


async def record_failures(pool: TeacherPool, record: Record, seed: int) -> list[str]:
    """The reasons ``record`` fails the teacher checks ([] when it passes)."""
    reasons = [p.split(": ", 1)[-1] for p in record_problems(record, "-")]
    if keyword_accuracy(record.answer, record_ground_truth(record)) < 1.0:
        reasons.append("gold_answer_fails_reward: the gold answer does not earn full accuracy")
    context = {"name": record.character_name, "profile": record.character_profile,
               "history": record.conversation_history, "question": record.question}
    try:
        answers = await asyncio.gather(*(pool.ask(t, "answer", record.language, parse_answer, temperature=0.0,
                                                  seed=seed, **context) for t in pool.checkers))
    except Dropped as d:
        return reasons + [f"{d.reason}: a teacher gave no usable answer"]
    for i, item in enumerate(record.keywords):
        alternatives = [item] if isinstance(item, str) else item
        for teacher, answer in zip(pool.checkers, answers):
            if not any(keyword_in(answer, a) for a in alternatives):
                reasons.append(f"teachers_disagree: keywords.{i} {alternatives[0]!r} is not in {teacher.name}'s "
                               f"answer {answer!r}")
    for neg in record.negative_keywords:
        for teacher, answer in zip(pool.checkers, answers):
            if keyword_in(answer, neg):
                reasons.append(f"negative_in_an_answer: {neg!r} is in {teacher.name}'s answer {answer!r}")
    return reasons


def check_file(path: Path, o: LlmCheckOptions) -> tuple[int, int, Counter]:
    """(records checked, records failing, failures by reason); writes the failing records."""
    out = check_output(o.out, [path])
    records = load_records(path)
    specs = parse_teacher_specs(o.model, o.teachers, o.api_base)
    generator, checkers = make_teachers(o.model, o.api_base, specs, api_key_env=o.api_key_env, timeout=o.timeout,
                                        max_retries=o.max_retries, retry_base=o.retry_base, seed=o.seed)
    cache = RequestCache(out.with_name(out.name + ".cache.jsonl"))
    try:
        pool = TeacherPool(generator, checkers, cache, concurrency=o.concurrency, json_mode=o.json_mode)

        async def run_all():
            return await asyncio.gather(*(record_failures(pool, r, o.seed + int(stable_id(i)[:6], 16))
                                          for i, r in enumerate(records)))

        from raiden_r1.eval.backends.openai_api import ApiError

        try:
            results = asyncio.run(run_all())
        except ApiError as e:
            raise RaidenError(f"{path}: the teacher endpoint failed: {e} (rerun: answers so far are cached)") from None
    finally:
        close_teachers(generator, checkers)
        cache.close()
    failing, by_reason = [], Counter()
    for record, reasons in zip(records, results):
        if reasons:
            failing.append({**record.model_dump(mode="json"), "validation_failures": reasons})
            by_reason.update(r.split(":", 1)[0] for r in set(reasons))
    write_text(out, json.dumps(failing, ensure_ascii=False, indent=1) + "\n", [path])
    return len(records), len(failing), by_reason


def llm_check_command(path: Path, api_base: str | None, model: str | None, out: Path | None, **options) -> int:
    """``data validate --llm``: prints one summary line; 1 when any record fails."""
    missing = [flag for flag, value in (("--api-base", api_base), ("--model", model), ("--llm-out", out))
               if not value]
    if missing:
        raise RaidenError(f"data validate --llm needs {', '.join(missing)}")
    checked, failing, by_reason = check_file(path, LlmCheckOptions(api_base=api_base, model=model, out=out, **options))
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(by_reason.items()))
    print(f"{path}: teacher checks: {checked - failing} of {checked} records pass"
          + (f"; {failing} fail ({reasons}), written with reasons to {out}" if failing else f"; wrote {out}"))
    return 1 if failing else 0
