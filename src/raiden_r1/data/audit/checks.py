"""The objective checks of one built record (docs/formats.md §2), each a function
``(record, context) -> list[str]`` of reasons: empty means the record passes.

Every check matches with the reward's own matcher (``raiden_r1.text.keyword_in``: numbers, dates,
script variants and stems folded) or the reward's own judgement (``item_matches``), so "passes"
means what the reward will do with it, not what a looser string test would say. The word lists
(pronouns, assistant phrases, speech-level cues, era cues) live in lexicon.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml

from raiden_r1.reward.vrar import item_matches
from raiden_r1.text import keyword_in, normalize_term

from ..builder.alternatives import is_bare_title
from ..builder.checks import grounded_for_reward
from ..builder.clipped import is_clipped, opens_with_first_person
from ..builder.fields import classify_field
from ..builder.plausible import implausible_counts, invented_world, opposed_trait, plausible_value, real_places_in
from ..builder.setting import card_era, detect_setting
from ..builder.terms import one_cjk_character
from ..builder.voice import is_modern_polite, is_polite, speech_level, states_register
from ..ground_truth import record_ground_truth
from ..perspective import name_forms, refers_to_self_by_name
from ..schema import CM, MTDP, SBK, STV, Record
from ..builder.selfref import self_reference
from .checks_build import CARD_CHECKS
from .checks_card_forms import CARD_FORM_CHECKS
from .checks_everyday import EVERYDAY_CHECKS
from .checks_whole import WHOLE_CHECKS
from .checks_roles import ROLE_CHECKS
from .checks_homes import HOME_CHECKS
from .checks_descriptive import DESCRIPTIVE_CHECKS
from .checks_facts import FACT_CHECKS
from .checks_grammar import GRAMMAR_CHECKS
from .checks_heads import HEAD_CHECKS
from .checks_keys import KEY_CHECKS
from .checks_measures import MEASURE_CHECKS
from .checks_negatives import NEGATIVE_CHECKS
from .checks_places import PLACE_CHECKS
from .checks_said import SAID_CHECKS
from .checks_scope import SCOPE_CHECKS
from .checks_think import THINK_CHECKS
from .checks_spoken import SPOKEN_CHECKS
from .checks_voice import VOICE_CHECKS
from .notation import notation_variants

# A keyword longer than this is a sentence: no natural answer repeats it word for word.
MAX_KEY_CHARS_CJK = 14
MAX_KEY_WORDS = 6


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with resources.files(__package__).joinpath("lexicon.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=64)
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\s*\n\s*", "", pattern), re.IGNORECASE)


@dataclass
class Context:
    """What the checks of one record may look at beyond the record: its character's full card
    (from --profiles, else the record's own profile)."""

    card: dict[str, str]


def items(record: Record) -> list[list[str]]:
    return [[k] if isinstance(k, str) else list(k) for k in record.keywords]


def _card_text(record: Record, ctx: Context) -> str:
    return "\n".join([record.character_name, *ctx.card.values()])


def in_card(record: Record, ctx: Context, term: str) -> bool:
    """Whether the reward's matcher finds ``term`` in the character's name or one of its card's
    values, each on its own and item by item: joined, "虎" of "生肖: 虎" would run into the next
    value's first character ("酷" of "酷、偶尔耍帅" into "偶") and stop standing alone."""
    return any(grounded_for_reward(text, term) for text in (record.character_name, *ctx.card.values()))


def _is_cjk_term(term: str) -> bool:
    return any(ord(c) >= 0x2E80 for c in term)


def _too_long(term: str) -> bool:
    if _is_cjk_term(term):
        return len(re.sub(r"\W", "", term)) > MAX_KEY_CHARS_CJK
    return len(term.split()) > MAX_KEY_WORDS


def check_fields(record: Record, ctx: Context) -> list[str]:
    """Types and shape beyond the schema: the method agrees with the number of keyword items,
    the history is empty for SBK... and present for CM, the answer is not the question."""
    out = []
    n = len(record.keywords)
    want = STV if n == 1 else MTDP
    if n and record.validation_method != want:
        out.append(f"validation_method: {record.validation_method} with {n} keyword item(s)")
    if record.focus == CM and len(record.conversation_history) < 2:
        out.append("conversation_history: a CM record needs a conversation to remember")
    if normalize_term(record.answer) == normalize_term(record.question):
        out.append("answer: repeats the question")
    if not record.keywords:
        out.append("keywords: none (the reward falls back to similarity)")
    return out


def check_keywords(record: Record, ctx: Context) -> list[str]:
    """Every key is a term (not a pronoun, particle or sentence), not given away by the question,
    not a duplicate of another item, and credited in the gold answer by the reward."""
    out = []
    empty = {normalize_term(w) for w in lexicon()["empty_keywords"].get(record.language, [])}
    seen: set[str] = set()
    gold_hits = item_matches(record.answer, record_ground_truth(record))
    for i, alts in enumerate(items(record)):
        for kw in alts:
            if normalize_term(kw) in empty:
                out.append(f"keywords.{i}: {kw!r} is a pronoun or particle")
            if _too_long(kw):
                out.append(f"keywords.{i}: {kw!r} is a sentence, not a term")
            if keyword_in(record.question, kw):
                out.append(f"keywords.{i}: {kw!r} is already in the question")
            if normalize_term(kw) in seen:
                out.append(f"keywords.{i}: {kw!r} repeats another item")
            seen.add(normalize_term(kw))
        if i < len(gold_hits) and not gold_hits[i]:
            out.append(f"keywords.{i}: the reward does not credit {alts[0]!r} in the gold answer")
        # "Director" for Director Ilse Marr pays "Director Dax Holloway": an office is nobody's name
        for kw in alts[1:]:
            if _family(record).startswith(("relation:", "name")) and is_bare_title(kw):
                out.append(f"keywords.{i}: {kw!r} is a bare title, not a name")
    return out


_CLAUSE = re.compile(r"[;；,，、。\n/|]")


def _family(record: Record) -> str:
    return str((record.metadata.model_extra or {}).get("family", ""))


def _true_of_character(record: Record, ctx: Context, term: str) -> bool:
    """Whether the card says ``term`` of the character for what the question asks: anywhere in
    the card, except for a question about one of its people, where the card's other people are
    fair wrong answers and only the clause naming the asked relation counts."""
    family = _family(record)
    if not family.startswith("relation:"):
        return in_card(record, ctx, term)
    label = family.removeprefix("relation:")
    clauses = [c for v in ctx.card.values() for c in _CLAUSE.split(v) if keyword_in(c, label)]
    return any(keyword_in(c, term) for c in clauses)


def _plain_overlap(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def check_negatives(record: Record, ctx: Context) -> list[str]:
    """A negative is wrong for the character (not said of it in its card for SBK; never in the
    gold answer) and never a substring of a positive, either way."""
    out = []
    keys = [normalize_term(kw) for alts in items(record) for kw in alts]
    one_char_slot = bool(keys) and all(one_cjk_character(k) for k in keys)
    for j, neg in enumerate(record.negative_keywords):
        n = normalize_term(neg)
        for i, alts in enumerate(items(record)):
            # as plain text too: a reader sees 静 in 安静 and "6" in "69" where the matcher may not
            if any(keyword_in(kw, neg) or keyword_in(neg, kw) or _plain_overlap(n, normalize_term(kw)) for kw in alts):
                out.append(f"negative_keywords.{j}: {neg!r} overlaps keywords.{i}")
        if one_cjk_character(neg) and not one_char_slot:
            out.append(f"negative_keywords.{j}: {neg!r} is one CJK character, found inside right answers")
        if keyword_in(record.answer, neg):
            out.append(f"negative_keywords.{j}: {neg!r} occurs in the gold answer")
        if record.focus == SBK and _true_of_character(record, ctx, neg):
            out.append(f"negative_keywords.{j}: {neg!r} is in the character's card (true of it)")
    return out


def check_grounding(record: Record, ctx: Context) -> list[str]:
    """SBK keys occur in the card, CM keys in the conversation and not in the card."""
    out = []
    turns = [m.content for m in record.conversation_history]
    for i, alts in enumerate(items(record)):
        if record.focus == CM:
            if not any(keyword_in(turn, kw) for turn in turns for kw in alts):
                out.append(f"keywords.{i}: {alts[0]!r} is not in the conversation")
            if any(in_card(record, ctx, kw) for kw in alts):
                out.append(f"keywords.{i}: {alts[0]!r} is in the card, so it tests no memory")
        elif not any(in_card(record, ctx, kw) for kw in alts):
            out.append(f"keywords.{i}: {alts[0]!r} is not in the character's card")
    return out


def check_notation(record: Record, ctx: Context) -> list[str]:
    """A number, date or measure written another way (the 31st of July, 七月三十一号, 열일곱)
    in place of the key in the gold answer is still credited by the reward."""
    out = []
    truth = record_ground_truth(record)
    for i, alts in enumerate(items(record)):
        key = next((kw for kw in alts if keyword_in(record.answer, kw)), None)
        if key is None or key not in record.answer:
            continue
        after = record.answer[record.answer.index(key) + len(key):]
        for variant in notation_variants(key, record.language, after):
            hits = item_matches(record.answer.replace(key, variant, 1), truth)
            if i < len(hits) and not hits[i]:
                out.append(f"keywords.{i}: {key!r} written as {variant!r} is not credited")
    return out


def card_speech_level(record: Record, ctx: Context) -> str | None:
    """"polite" or "plain" when the card says how the character speaks (ja/ko; the builder's
    cues, builder/voice.yaml), else None."""
    return speech_level(ctx.card, record.language)


_NAME_FAMILIES = frozenset({"name", "nickname", "english_name"})


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?。！？])\s*", text) if s.strip()]


def _own_names(character_name: str) -> list[str]:
    """The character's whole name and the forms an answer names it by (순덕 of 민순덕, 権太), no fragment."""
    return [character_name, *(f for f in name_forms(character_name) if len(f) >= 2 and not f.startswith("々"))]


def check_voice(record: Record, ctx: Context) -> list[str]:
    """The gold answer is the character speaking: no assistant phrases, the first person for
    SBK in English and Chinese (ja/ko drop the pronoun, but never name the character in the
    third person), and the speech level the card gives (Korean 반말/존댓말, Japanese 敬語)."""
    lex, lang, ans = lexicon(), record.language, record.answer
    out = []
    if _rx(lex["assistant_voice"][lang]).search(ans):
        out.append("answer: an assistant's words, not the character's")
    self_named = refers_to_self_by_name(record.character_name, ctx.card)
    # (a card whose character talks in fragments and drops the pronoun: "Good at welding." is its
    # voice, "I'm good at welding." ignores it: builder/clipped.py, review 74)
    clipped_card = is_clipped(ctx.card, lang)
    if record.focus == SBK and not self_named:
        # (the card's own first person counts: 自称“阿拉” makes "阿拉今年四十六" first person,
        # though 阿拉 alone is no first person in the lexicon: 阿拉伯)
        own = self_reference(ctx.card, lang)
        # ("This child's 46": the card's word opens the sentence in capitals)
        first = _rx(lex["first_person"][lang]).search(ans) or (own and own.lower() in ans.lower())
        if clipped_card and opens_with_first_person(ans, lang):
            out.append("answer: opens with the first person, the card says the character drops it")
        elif lang in ("en", "zh") and not first and not clipped_card:
            out.append("answer: not in the first person")
        # (review 65: "순덕 손녀는…" names her by the given name alone, from a card whose 이 할미 is her I)
        elif lang in ("ja", "ko") and not first and any(keyword_in(ans, f) for f in _own_names(record.character_name)) \
                and _family(record) not in _NAME_FAMILIES:  # "鷹宮蓮と申します" introduces oneself
            out.append("answer: names the character in the third person")
    level = card_speech_level(record, ctx)
    if level == "archaic":
        if is_modern_polite(ans, lang):
            out.append("answer: modern polite speech, the card asks for old-style (하오체) speech")
    elif level is None and states_register(ctx.card, lang):
        # the card names a register the builder could not resolve: its answers stayed in the
        # tables' polite voice, which may contradict the card; a skip would pass them unread
        out.append("answer: the card states a speech level the builder cannot resolve (card register ambiguous)")
    elif level:
        polite = is_polite(ans, lang)
        if polite != (level == "polite"):
            out.append(f"answer: {'polite' if polite else 'plain'} speech, the card asks for {level} speech")
    return out


def _speaker_asked(record: Record) -> str | None:
    """Whose fact a CM question asks about: the builder's note ``metadata.speaker``, else the
    kind of fact (``cm:own_plan`` is the character's own plan, every other builder kind the
    user's), else None (not judged)."""
    extra = record.metadata.model_extra or {}
    if extra.get("speaker") in ("user", "assistant"):
        return extra["speaker"]
    family = _family(record)
    if family.startswith("cm:"):
        return "assistant" if family == "cm:own_plan" else "user"
    return None


def check_memory(record: Record, ctx: Context) -> list[str]:
    """CM: the asked fact is first stated by the speaker the question asks about, stated by that
    speaker once, and the conversation has distractor turns (other facts of the kind)."""
    if record.focus != CM:
        return []
    out = []
    turns = record.conversation_history
    speaker = _speaker_asked(record)
    for i, alts in enumerate(items(record)):
        said = [t.role for t in turns if any(keyword_in(t.content, kw) for kw in alts)]
        if not said:
            continue  # grounding reports it
        if speaker and said[0] != speaker:
            out.append(f"keywords.{i}: {alts[0]!r} is first said by the {said[0]}, the question asks the {speaker}'s")
        if speaker and said.count(speaker) > 1:
            out.append(f"keywords.{i}: {alts[0]!r} is stated {said.count(speaker)} times by the {speaker}")
    history = "\n".join(t.content for t in turns)
    if not any(keyword_in(history, neg) for neg in record.negative_keywords):
        out.append("conversation_history: no distractor (no negative keyword is said in it)")
    # a fact asked about in the very next turn tests no memory (outside readers, issue 13)
    first_said = [i for i, t in enumerate(turns) for alts in items(record) if any(keyword_in(t.content, kw) for kw in alts)]
    if first_said and min(first_said) >= len(turns) - 2:
        out.append("conversation_history: the asked fact is in the last exchange (no distractor after it)")
    return out


def check_setting(record: Record, ctx: Context) -> list[str]:
    """CM: the conversation mentions nothing the card's world does not have (buses for a pirate,
    a pop concert for a 1940s soldier, strings of cash for an office worker)."""
    if record.focus != CM:
        return []
    era = card_era(_card_text(record, ctx))
    if era is None:
        return []
    text = "\n".join(t.content for t in record.conversation_history) + "\n" + record.answer
    banned = lexicon()["anachronisms"]
    kinds = {"ancient": ("ancient", "early"), "early": ("early",), "modern": ("modern",)}[era]
    for kind in kinds:
        m = _rx(banned[kind]).search(text)
        if m:
            return [f"conversation_history: {m.group(0)!r} does not belong to the card's world ({era})"]
    return []


def check_plausible(record: Record, ctx: Context) -> list[str]:
    """What a reader would not believe (builder/plausible.yaml): a count outside what its noun
    allows ("an inn with 902 rooms"), a real place in the conversation of a card whose world is
    its own (Dover for a Karn Vell veteran), an SBK key that is no value of its field ("发色: 粽"),
    a wrong trait that may well be true of the character (not the opposite of one of its own)."""
    out = []
    lang = record.language
    if record.focus == CM:
        text = "\n".join([*(t.content for t in record.conversation_history), record.answer])
        out += [f"conversation_history: {c!r} is not a believable count" for c in implausible_counts(text, lang)]
        if invented_world(ctx.card, lang, detect_setting(ctx.card)):
            out += [f"conversation_history: {p!r} is a real place; the card's world is its own"
                    for p in dict.fromkeys(real_places_in(text, lang))]
    elif record.focus == SBK:
        family = _family(record)
        for i, alts in enumerate(items(record)):
            if not plausible_value(family, alts[0], lang):
                out.append(f"keywords.{i}: {alts[0]!r} is not a {family} value")
        if family == "personality":  # traits are not exclusive: a wrong one is an opposite
            own = "\n".join(v for k, v in ctx.card.items() if getattr(classify_field(k), "name", None) == "personality")
            out += [f"negative_keywords.{j}: {neg!r} is no opposite of the card's traits"
                    for j, neg in enumerate(record.negative_keywords) if not opposed_trait(neg, own, lang)]
    return out


def check_replies(record: Record, ctx: Context) -> list[str]:
    """CM: the character's own turns of the conversation speak as its card says (a タメ口
    character does not answer "覚えておきます" before a plain gold answer)."""
    # Only plain cards are judged: a polite ending is unmistakable, its absence is not plain
    # speech ("아, 지호." is a polite character's reply too).
    if record.focus != CM or card_speech_level(record, ctx) != "plain":
        return []
    return [f"conversation_history.{i}: polite speech, the card asks for plain speech"
            for i, t in enumerate(record.conversation_history)
            if t.role == "assistant" and is_polite(t.content, record.language)]


CHECKS: dict[str, Callable[[Record, Context], list[str]]] = {
    "fields": check_fields,
    "keywords": check_keywords,
    "negatives": check_negatives,
    "grounding": check_grounding,
    "notation": check_notation,
    "voice": check_voice,
    "memory": check_memory,
    "setting": check_setting,
    "plausible": check_plausible,
    "replies": check_replies,
}
CHECKS.update({name: (lambda check: lambda record, ctx: check(record, ctx.card))(check)
               for name, check in {**CARD_CHECKS, **VOICE_CHECKS, **KEY_CHECKS, **PLACE_CHECKS,
                                      **MEASURE_CHECKS, **SCOPE_CHECKS, **THINK_CHECKS, **HEAD_CHECKS, **GRAMMAR_CHECKS,
                                       **SPOKEN_CHECKS, **SAID_CHECKS, **FACT_CHECKS, **CARD_FORM_CHECKS, **WHOLE_CHECKS,
                                       **EVERYDAY_CHECKS, **ROLE_CHECKS, **HOME_CHECKS, **NEGATIVE_CHECKS,
                                       **DESCRIPTIVE_CHECKS}.items()})
# Checks of records against each other (run by the audit over the whole file): listed in the
# table after the per-record ones.
FILE_CHECKS = ("consistency", "openings", "dialect_marks")


# Checks that judge only CM records (SBK records are not counted in their pass rate).
CM_ONLY = frozenset({"memory", "setting", "replies", "era", "openings", "own_place", "reach"})
