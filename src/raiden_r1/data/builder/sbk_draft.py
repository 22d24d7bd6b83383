"""One SBK draft from a (questions, answers) phrasing table: the gold answer says the items in the
card's words, the question is one that does not already name them. sbk.py and story_drafts.py
build every SBK draft with it."""

from __future__ import annotations

import random

from raiden_r1.text import contains_term, normalize, normalize_term

from ..schema import SBK as SBK_FOCUS
from ..schema import Profile
from .answer_text import answer_value as _answer_value, grammar_extras as _grammar_extras, memo_stems
from .checks import Draft
from .keys import Items
from .phrases import render
from .places import near_phrasing


def sbk_draft(profile: Profile, table: tuple, rng: random.Random, *, family: str, field_name: str, items: Items,
           source: str, qtype: str, difficulty: str, keywords: Items | None = None, unsaid: frozenset[str] = frozenset(),
           **extra: str) -> Draft:
    """A draft whose gold answer says ``items`` (not their ``unsaid`` forms: another word for the
    card's); its keywords are ``keywords`` (an any-of item of the whole list) or, without them, ``items``."""
    keywords = keywords or items
    questions, answers = table
    lang = profile.language
    said = [[a for a in alts if a not in unsaid] or alts for alts in items]
    v = _answer_value(said, family, lang)
    grammar = _grammar_extras(said, family, lang)  # "口は悪いが" cut from its clause is a key, never said
    extra = {**extra, **{k: g for k, g in grammar.items() if g is not None}}
    stems: set[str] = set()
    if grammar.get("v_adn"):  # a memo said in its spoken form: its stem is a key too (the card has it mid-word)
        widened = memo_stems(keywords, lang)
        stems = {a for alts in widened for a in alts} - {a for alts in keywords for a in alts}
        keywords = widened
    # A template needing a form this value has none of ("涙もろくて" would hide a keyword) is not used.
    answers = tuple(a for a in answers if not any(g is None and "{" + k + "}" in a for k, g in grammar.items()))
    # A phrasing that already names the answer ("结婚了吗？还是单身？") is passed over for another.
    options = [render(q, lang, v=v, **extra) for q in rng.sample(questions, len(questions))]
    keys = [normalize_term(a) for alts in keywords for a in alts]
    question = next((q for q in options if not any(contains_term(normalize(q), k) for k in keys)), options[0])
    draft = Draft(
        character=profile.name, profile_fields=dict(profile.fields), language=lang, focus=SBK_FOCUS,
        family=family, field_name=field_name, question=question,
        answer=near_phrasing(render(rng.choice(answers), lang, v=v, **extra)), keywords=keywords, source_text=source,
        question_type=qtype, difficulty=difficulty, source=profile.source, pool_terms=[alts[0] for alts in items],
    )
    draft.variants |= stems
    return draft
