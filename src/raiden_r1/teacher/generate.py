"""One character's SBK or CM batch ("unit"): the generator writes candidates, the teachers check
them (checks.py), and what survives is appended to the journal as records (docs/formats.md §2).

A candidate ends either as one record or as exactly one drop reason, so for every finished unit
``candidates == kept + sum(candidates_dropped)``; terms thrown away inside a kept or dropped
candidate (a keyword no teacher said, an unconfirmed equivalent, a negative that overlaps a
positive) are counted apart, in ``terms_dropped``.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass

from pydantic import ValidationError

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.record_checks import grounding_problems, language_problems
from raiden_r1.data.schema import CM, MTDP, SBK, STV, Profile, Record
from raiden_r1.reward.vrar import keyword_accuracy
from raiden_r1.text import normalize, normalize_term

from . import checks
from .journal import Journal, stable_id
from .models import CmItem, SbkItem, parse_answer, parse_cm, parse_confirmed, parse_equivalents, parse_monologue, parse_sbk
from .teachers import Dropped, TeacherPool

GENERATION_TEMPERATURE = 0.9  # diversity of questions; the checks run greedy
COT_TRIES = 2


@dataclass(frozen=True)
class Settings:
    per_profile: int = 8
    cm_per_profile: int = 4
    cm_turns: int = 6
    with_cot: bool = False
    language: str = "auto"
    seed: int = 0


def unit_id(profile: Profile, focus: str) -> str:
    return f"{focus}:{stable_id(profile.name, profile.fields)}"


def _unit_seed(seed: int, unit: str) -> int:
    return (seed * 1_000_003 + int(stable_id(unit)[:8], 16)) % (2 ** 31)


class UnitRunner:
    def __init__(self, pool: TeacherPool, journal: Journal, settings: Settings) -> None:
        self.pool, self.journal, self.settings = pool, journal, settings

    def language(self, profile: Profile) -> str:
        return profile.language if self.settings.language == "auto" else self.settings.language

    async def run(self, profile: Profile, focus: str) -> None:
        """Generate, check and record one unit; raises the eval client's ApiError when an
        endpoint fails for good (the unit stays unfinished and a rerun does it again)."""
        unit = unit_id(profile, focus)
        if unit in self.journal.done:
            return
        lang, seed = self.language(profile), _unit_seed(self.settings.seed, unit)
        want = self.settings.per_profile if focus == SBK else self.settings.cm_per_profile
        drops, terms = Counter(), Counter()
        try:
            if focus == SBK:
                batch = await self.pool.ask(self.pool.generator, "sbk", lang, parse_sbk, n=want, seed=seed,
                                                 temperature=GENERATION_TEMPERATURE, name=profile.name,
                                                 profile=profile.fields)
            else:
                batch = await self.pool.ask(self.pool.generator, "cm", lang, parse_cm, n=want, seed=seed,
                                                 temperature=GENERATION_TEMPERATURE, name=profile.name,
                                                 profile=profile.fields, turns=self.settings.cm_turns)
        except Dropped as d:
            drops[d.reason] += 1
            self.journal.finish_unit(unit, 1, 0, drops, terms)  # the batch as one candidate: nothing to check
            return
        items, bad = batch.items, batch.bad
        # a reply without the asked envelope is read (models.py) but counted: stats.json unwrapped_replies
        unwrapped = Counter() if batch.shape == "wrapped" else Counter({batch.shape: 1})
        drops["malformed_item"] += bad
        drops["more_than_asked"] += max(0, len(items) - want)
        unique, seen = [], set()
        for item in items[:want]:
            key = normalize(item.question)
            if key in seen:
                drops["duplicate_question"] += 1
            else:
                seen.add(key)
                unique.append(item)
        reasons = await asyncio.gather(*(self._candidate(profile, focus, lang, item, seed + 7919 * (i + 1), terms)
                                         for i, item in enumerate(unique)))
        drops.update(r for r in reasons if r is not None)
        kept = sum(1 for r in reasons if r is None)
        self.journal.finish_unit(unit, len(items) + bad, kept, +drops, terms, unwrapped)

    async def _candidate(self, profile: Profile, focus: str, lang: str, item: SbkItem | CmItem, seed: int,
                         terms: Counter) -> str | None:
        """None when the candidate became a record, else the reason it was dropped."""
        try:
            return await self._check(profile, focus, lang, item, seed, terms)
        except Dropped as d:
            return d.reason

    async def _check(self, profile: Profile, focus: str, lang: str, item, seed: int, terms: Counter) -> str | None:
        card = checks.card_text(profile.name, profile.fields)
        history = item.history if focus == CM else []
        source = checks.history_text(history) if focus == CM else card
        keywords = checks.ground_keywords(item.keywords, source, item.answer, item.question,
                                          forbidden=card if focus == CM else "", drops=terms)
        if not keywords:
            return "no_grounded_keyword"
        if focus == CM:
            problem = checks.history_problem(history, item.fact_turn, keywords)
            if problem:
                return problem
        context = {"name": profile.name, "profile": profile.fields, "history": history, "question": item.question}
        answers = await asyncio.gather(*(self.pool.ask(t, "answer", lang, parse_answer, temperature=0.0, seed=seed,
                                                       **context) for t in self.pool.checkers))
        keywords = checks.agreed_keywords(keywords, answers, terms)
        if not keywords:
            return "teachers_disagree"
        items: list = list(keywords)
        if len(keywords) > 1:
            items = await self._expand(lang, context, item, keywords, source, seed, terms)
        # CM: a negative said in another turn than the fact's is the distractor the audit asks for
        stated = source if focus == SBK else card + "\n" + history[item.fact_turn].content
        negatives = checks.plausible_negatives(item.negatives, items, [item.answer, *answers], stated, lang, terms)
        if focus == CM and not checks.has_distractor(history, negatives):
            return "cm_no_distractor"
        try:
            record = Record(character_name=profile.name, character_profile=profile.fields,
                            conversation_history=history, question=item.question, answer=item.answer,
                            keywords=items, negative_keywords=negatives, question_type=item.question_type,
                            validation_method=STV if len(items) == 1 else MTDP, difficulty=item.difficulty,
                            metadata={"language": lang, "focus": focus,
                                      "source": f"teacher:{self.pool.generator.name}",
                                      "teachers": [t.name for t in self.pool.checkers]})
        except ValidationError:
            return "record_invalid"
        if grounding_problems(record, "-"):
            return "record_not_grounded"
        if language_problems(record, "-"):
            return "language_mismatch"
        if keyword_accuracy(record.answer, record_ground_truth(record)) < 1.0:
            return "gold_answer_fails_reward"
        # the unit (name and card) in the id: two cards that share a name keep their records apart
        record_id = stable_id(unit_id(profile, focus), item.question, item.answer, [m.model_dump() for m in history])
        record.metadata.record_id = record_id  # type: ignore[attr-defined]  (metadata allows extras)
        if self.settings.with_cot:
            cot, problem = None, None
            for attempt in range(COT_TRIES):
                cot = await self.pool.ask(self.pool.generator, "cot", lang, parse_monologue, seed=seed + 1000 * attempt,
                                          temperature=0.3 if attempt == 0 else 0.8, answer=item.answer,
                                          keywords=[i if isinstance(i, str) else i[0] for i in items], **context)
                problem = checks.cot_problem(cot, item.answer, items, lang)
                if problem is None:
                    break
            if problem:
                return problem
            record.cot = cot
        self.journal.add_record(record_id, record.model_dump(mode="json"))
        return None

    async def _expand(self, lang: str, context: dict, item, keywords: list[str], source: str, seed: int,
                      terms: Counter) -> list:
        """MTDP: equivalents proposed by the generator, kept when grounded or confirmed by a second
        teacher. A malformed proposal costs the expansion, not the record."""
        try:
            raw = await self.pool.ask(self.pool.generator, "equivalents", lang, parse_equivalents, temperature=0.0,
                                      seed=seed, answer=item.answer, keywords=keywords, **context)
        except Dropped as d:
            terms[d.reason] += 1
            return list(keywords)
        by_norm = {normalize_term(k): v for k, v in raw.items()}
        proposals = {kw: by_norm.get(normalize_term(kw), []) for kw in keywords}
        confirmed: dict[str, set[str]] = {}
        second = self.pool.second_teacher()
        for kw, candidates in proposals.items():
            ungrounded = [c for c in candidates if not checks.grounded(source, c)]
            if second is None or not ungrounded:
                continue
            try:
                said = await self.pool.ask(second, "confirm", lang, parse_confirmed, temperature=0.0, seed=seed,
                                           name=context["name"], question=item.question, answer=item.answer,
                                           keyword=kw, candidates=ungrounded)
            except Dropped as d:
                terms[d.reason] += 1
                continue
            confirmed[kw] = set(said) & set(ungrounded)
        return checks.keyword_items(keywords, proposals, confirmed, source, item.negatives, terms)
