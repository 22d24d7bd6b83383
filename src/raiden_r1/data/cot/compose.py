"""Role-aware chain of thought without an endpoint: the character's first-person inner monologue
for a record (docs/formats.md §2, ``cot``), built from the record itself.

The monologue walks the steps RAIDEN-R1's cold start teaches: who I am (name, and trade when the
profile gives one), what is asked (the profile field, the relation, or the topic of the earlier
conversation), where the answer lies (my own story for SBK; for CM who said it earlier, the user or
I, and which nearby details are *not* it), how I would say it (my speaking style), and a closing
line that leads into the keyword-bearing answer. Sentences come from per-language phrase tables
(``phrases/<lang>.yaml``); one is drawn per slot with an RNG seeded by (seed, record content), so a
record's monologue does not depend on its position in the file.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import yaml

from raiden_r1.data.builder.decoys import is_kin
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.selfref import card_self_word, with_self_reference
from raiden_r1.data.schema import CM, Record
from raiden_r1.errors import RaidenError
from raiden_r1.text import detect_language, keyword_in

LANGUAGES = ("en", "zh", "ja", "ko")
SLOTS = ("who_role", "who", "ask_sbk", "ask_cm_topic", "ask_cm", "where_sbk", "where_sbk_plain", "where_cm_user",
         "where_cm_self", "contrast_cm", "mood", "how_style", "how", "close")
# Whose fact a question is about, beside the character's own: the user's (a CM fact the user
# said) or a relative's (an SBK relation question). A phrase table may give any slot a variant
# for one of them (``mood_user``, ``who_kin``); a line about "my own life" is wrong for both.
SUBJECTS = ("user", "kin")
# A table may give any slot (or subject variant) a shorter form, ``short_<slot>``, that ``short``
# monologues take: a CJK character costs SmolLM2 about two tokens, and the short monologue and
# the answer must fit the quickstart's 112-token response budget (docs/tuning.md, session 34).
SHORT = "short_"
# A profile value is cut to its first clause; longer than this (characters for CJK, words for
# en/ko) it is a paragraph, not a trade or a style, and is left out.
_MAX_CLAUSE = {"en": 7, "ko": 6, "zh": 16, "ja": 18}
_CLAUSE_END = re.compile(r"[,;，；、。.!?！？()（）\n]")
# quoted examples after a colon, up to the end of the value's sentence
_EXAMPLES = re.compile(r"\s*[:：]\s*[\"'“‘「『].*?(?=[.。;；\n]|$)")
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "「": "」", "『": "』"}
_OPEN_QUOTE = re.compile(r"""(?<![A-Za-z])['"“‘「『]""")
# what stands between two items of a listed answer ("A、B和C", "A, B and C", "AとB", "A, B")
_LIST_JOINER = re.compile(r"\s*(?:[、,，;；/]\s*(?:and\s+|or\s+)?|和|与|及|跟|还有|と|や|과|와|랑|하고|\s+and\s+|\s+or\s+)\s*")
# Distractors of a CM record named in the monologue as "not this one".
_MAX_OTHERS = 2


@dataclass(frozen=True)
class Phrases:
    language: str
    first_person: tuple[str, ...]
    join: str
    join_last: str
    quote: str  # how a fact is set off in a sentence, e.g. 「{}」 in Japanese
    slots: dict[str, tuple[str, ...]]
    cm_topics: dict[str, str]
    # (ja) a trait that is a clause, not a noun: how to tell, how to end it, the lines that fit it
    clause_trait: str = ""
    clause_ends: tuple = ()
    mood_clause: tuple[str, ...] = ()
    # (en) words that keep their capital inside a sentence ("Cockney", "Southern drawl")
    proper_words: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def phrases(language: str) -> Phrases:
    if language not in LANGUAGES:
        raise RaidenError(f"cot: no phrase table for language {language!r} (have: {', '.join(LANGUAGES)})")
    name = f"phrases/{language}.yaml"
    data = yaml.safe_load(resources.files("raiden_r1.data.cot").joinpath(name).read_text("utf-8"))
    missing = [s for s in SLOTS if not data.get(s)]
    if missing:
        raise RaidenError(f"raiden_r1/data/cot/{name}: missing slot(s) {', '.join(missing)}")
    variants = {f"{s}_{who}": tuple(data[f"{s}_{who}"]) for s in SLOTS for who in SUBJECTS if data.get(f"{s}_{who}")}
    known = {*SLOTS, *(f"{s}_{who}" for s in SLOTS for who in SUBJECTS)}
    short = {k: tuple(v) for k, v in data.items() if k.startswith(SHORT) and v}
    unknown = sorted(k for k in short if k[len(SHORT):] not in known)
    if unknown:
        raise RaidenError(f"raiden_r1/data/cot/{name}: {', '.join(unknown)} shorten no slot "
                          f"(slots: {', '.join(SLOTS)})")
    return Phrases(language, tuple(data["first_person"]), data["join"], data["join_last"], data.get("quote", "{}"),
                   {**{s: tuple(data[s]) for s in SLOTS}, **variants, **short}, dict(data.get("cm_topics") or {}),
                   data.get("clause_trait", ""), tuple(map(tuple, data.get("clause_ends") or ())),
                   tuple(data.get("mood_clause") or ()), tuple(data.get("proper_words") or ()))


def _clause(value: str, language: str, card: str = "") -> str:
    """The first clause of a profile value, or '' when even that is too long to fit a sentence. A
    list of quoted examples after a colon ("thick mountain speech: 'reckon', 'yonder'") is left out,
    and a quote mark is stripped only from a clause quoted whole (never half a pair)."""
    head = _CLAUSE_END.split(_EXAMPLES.sub("", value.strip()), 1)[0].strip()
    if len(head) > 1 and head[0] in _QUOTES and head[-1] == _QUOTES[head[0]]:
        head = head[1:-1].strip()
    while _unclosed(head):  # cut before the quote the clause end left open
        head = head[:[m.start() for m in _OPEN_QUOTE.finditer(head)][-1]].rstrip(" :：-—–(（")
    size = len(head) if language in ("zh", "ja") else len(head.split())
    if not head or size > _MAX_CLAUSE[language]:
        return ""
    if language == "en" and head[:1].isupper() and not head[1:2].isupper() and not _proper(head.split()[0], card):
        head = head[0].lower() + head[1:]  # "Lighthouse keeper" inside a sentence
    return head


def _proper(word: str, card: str) -> bool:
    """Whether an English value's first word is a name that keeps its capital ("Missouri river
    drawl", "Cockney"): one of the table's, or one the card writes capitalised inside a sentence
    ("Cape Girardeau, Missouri")."""
    word = word.strip(",.;:'\"")
    return word in phrases("en").proper_words or bool(re.search(rf"(?<=[\w,;:)] ){re.escape(word)}\b", card))


def _unclosed(head: str) -> bool:
    """Whether a quote opened in ``head`` is not closed there (pairs read left to right: the
    closing mark of "'소인'이라" opens nothing)."""
    at = 0
    while (m := _OPEN_QUOTE.search(head, at)) is not None:
        close = head.find(_QUOTES[m.group()], m.end())
        if close < 0:
            return True
        at = close + 1
    return False


def _profile_value(record: Record, family: str) -> str:
    for label, value in record.character_profile.items():
        fam = classify_field(label)
        if fam is not None and fam.name == family and value.strip():
            return _clause(value, record.metadata.language, "\n".join(record.character_profile.values()))
    return ""


def _fits(text: str, language: str) -> bool:
    """Whether a label can sit in a sentence of ``language`` without changing its script (a
    Japanese monologue may hold an all-kanji label)."""
    found = detect_language(text, default=language)
    return found == language or (language == "ja" and found == "zh")


def _topic(record: Record) -> str:
    lang = record.metadata.language
    family = str(getattr(record.metadata, "family", "") or "")
    if family.startswith("cm:"):
        return phrases(lang).cm_topics.get(family[3:], "")
    if family.startswith("relation:"):
        label = family.split(":", 1)[1]
    else:
        label = str(getattr(record.metadata, "field", "") or "") or _source_field(record)
    if not label or not _fits(label, lang):
        return ""
    return label.lower() if lang == "en" else label


def _source_field(record: Record) -> str:
    """The profile field that holds the first keyword (records without metadata.field)."""
    for label, value in record.character_profile.items():
        if any(keyword_in(value, alt) for alt in _alternatives(record.keywords[0])):
            return label
    return ""


def _alternatives(item) -> list[str]:
    return [item] if isinstance(item, str) else list(item)


def _grounded(item, sources: Sequence[str]) -> str:
    """The alternative of a keyword item that the sources hold (the one the character knows)."""
    alts = _alternatives(item)
    return next((a for a in alts if any(keyword_in(s, a) for s in sources)), alts[0])


def _said(item, answer: str, sources: Sequence[str]) -> list[str]:
    """The alternatives of a keyword item the gold answer lists, in its order (a list answer
    "听沪剧、搓麻将和腌咸菜" names all three, and so does the monologue), none inside another
    (浅紫 inside 浅紫色); the one the answer says when it says one, or parts of one phrase
    ("直隶省静海县": no list); else the grounded one."""
    low = answer.casefold()
    found = sorted((low.find(a.casefold()), -len(a), a) for a in _alternatives(item) if a and a.casefold() in low)
    found = [(at, a) for at, _, a in found if not any(a != b and a.casefold() in b.casefold() for _, _, b in found)]
    if len(found) > 1 and all(_LIST_JOINER.fullmatch(answer[at + len(a):nxt])
                              for (at, a), (nxt, _) in zip(found, found[1:])):
        return [a for _, a in found]
    if len(found) == 1:
        return [found[0][1]]
    return [_grounded(item, sources)]


def _join(terms: list[str], p: Phrases) -> str:
    terms = [p.quote.format(t) for t in terms]
    if len(terms) == 1:
        return terms[0]
    return p.join.join(terms[:-1]) + p.join_last + terms[-1]


def _pronoun(record: Record, p: Phrases) -> str:
    """Japanese has many first-person pronouns: the card's own (一人称は「あっし」, or the name it
    calls itself by), else the one the gold answer uses, else the first."""
    own = card_self_word(record.character_profile, record.metadata.language, record.character_name)
    if own:
        return own
    found = [(record.answer.find(w), w) for w in p.first_person if w in record.answer]
    return min(found)[1] if found else p.first_person[0]


def compose_cot(record: Record, seed: int = 0, short: bool = False) -> str:
    """The character's inner monologue for ``record``, ending where its answer begins.
    ``short``: only who is speaking, where the fact comes from and the decision to say it (about
    half the tokens): the form a small model can learn and be rewarded for within a short
    response budget (the quickstart's)."""
    lang = record.metadata.language
    p = phrases(lang)
    rng = random.Random(f"{seed}\x00{record.character_name}\x00{record.question}\x00{record.answer}")
    cm = record.metadata.focus == CM
    history = [m.content for m in record.conversation_history]
    sources = history if cm else [record.character_name, *record.character_profile.values()]
    terms = list(dict.fromkeys(t for item in record.keywords for t in _said(item, record.answer, sources)))
    facts = _join(terms, p)
    values = {"name": record.character_name, "facts": facts, "topic": _topic(record), "I": _pronoun(record, p),
              "role": _profile_value(record, "occupation"), "style": _profile_value(record, "speaking_style"),
              "trait": _profile_value(record, "personality")}

    said_by_user = cm and any(m.role == "user" and any(keyword_in(m.content, t) for t in terms)
                              for m in record.conversation_history)
    family = str(getattr(record.metadata, "family", "") or "")
    kin = family.startswith("relation:") and is_kin(family.split(":", 1)[1])  # a neighbour is no family
    subject = "user" if said_by_user else "kin" if kin else ""

    def pick(slot: str) -> str:
        return rng.choice(_lines(p, slot, subject, short))

    lines = [pick("who_role") if values["role"] else pick("who")]
    if cm:
        lines.append(pick("ask_cm_topic") if values["topic"] else pick("ask_cm"))
        lines.append(pick("where_cm_user") if said_by_user else pick("where_cm_self"))
        others = [n for n in record.negative_keywords if any(keyword_in(h, n) for h in history)][:_MAX_OTHERS]
        if others:
            values["others"] = _join(others, p)
            lines.append(pick("contrast_cm"))
    else:
        lines.append(pick("ask_sbk") if values["topic"] else "")
        lines.append(pick("where_sbk") if values["topic"] else pick("where_sbk_plain"))
    if short and len(lines) > 2:
        del lines[1]  # the question restated: the recall line names the topic again
    tail = []
    if values["trait"] and not short:
        tail.append(_mood(values, p, rng, subject))
    if not short:
        tail.append(pick("how_style") if values["style"] else pick("how"))
    rng.shuffle(tail)  # the mood and the manner come in either order: no two records one outline
    lines += tail
    lines.append(pick("close"))
    sep = " " if lang in ("en", "ko") else ""
    said = [line.format(**values) for line in lines if line]
    if lang == "en":  # a line that opens with a value ("burgundy and lavender came up too")
        said = [s[:1].upper() + s[1:] for s in said]
    return _in_own_words(sep.join(said), record)


def _lines(p: Phrases, slot: str, subject: str, short: bool) -> tuple[str, ...]:
    """The lines a slot draws from: the subject's own where the table has them (the user's wedding
    date is not "my life"), and in a short monologue the short form of that (a short line for the
    character's own life never stands in for a line about the user's or a relative's)."""
    keys = [f"{slot}_{subject}", slot] if subject else [slot]
    if short:
        keys = [k for key in keys for k in (SHORT + key, key)]
    return next(p.slots[k] for k in keys if k in p.slots)


def _mood(values: dict, p: Phrases, rng: random.Random, subject: str = "") -> str:
    """A line on the character's trait; a trait written as a clause ("気が短く") is ended as one
    and said only in the lines that take a clause (never 「…気が短い」な)."""
    if p.clause_trait and re.search(p.clause_trait, values["trait"]):
        for pattern, replacement in p.clause_ends:
            values["trait"] = re.sub(pattern, replacement, values["trait"])
        if re.search(p.clause_trait, values["trait"]) and p.mood_clause:
            return rng.choice(p.mood_clause)
    return rng.choice(p.slots.get(f"mood_{subject}") or p.slots["mood"])


def _in_own_words(text: str, record: Record) -> str:
    """The monologue with the first person the answers use (额, 소인, the name 阿巧 or 순덕이):
    the think text and the answer never disagree on it. (Japanese takes it as {I}; English
    thinks in the first person.)"""
    lang = record.metadata.language
    word = card_self_word(record.character_profile, lang, record.character_name) if lang in ("zh", "ko") else None
    if not word:
        return text
    keys = [a for k in record.keywords for a in _alternatives(k)]
    for _ in range(text.count(" ") + 1 if lang == "ko" else 1):  # Korean: one subject a pass
        new = with_self_reference(text, word, lang, keys)
        if new == text:
            break
        text = new
    return text


def add_cots(records: Iterable[Record], seed: int = 0, short: bool = False) -> tuple[list[Record], int]:
    """Records with a ``cot`` each; one that already has a cot (a teacher's) keeps it. Returns
    (records, number written here)."""
    out, written = [], 0
    for rec in records:
        if rec.cot and rec.cot.strip():
            out.append(rec)
            continue
        out.append(rec.model_copy(update={"cot": compose_cot(rec, seed, short)}))
        written += 1
    return out, written
