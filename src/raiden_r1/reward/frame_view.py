"""An allow-list view of assertion (session 33 experiment, OFF by default: ``RAIDEN_FRAME_VIEW=1``).

The reward pays a keyword occurrence unless one of its deny rules finds a reason not to. This view
adds a precondition: the occurrence must also sit in a recognised assertion frame of its clause,
read per language from the words right before and right after it (``lexicon/frame_view.yaml``):

- en: a bare value opening its clause (at most four words after it, or "is my …", "born and bred"); a lead
  a few words before it ("I'm …", "It's …", "Name's …", "call me", "you said"); a subject (I/you/he/…, the
  character's name or title) up to seven words before it; "my/your <slot> is … K", "my grandson K"; a short
  answer made only of small words, modifiers, the question's words and the other keywords ("Plain old C").
- zh: a bare value with a short tail, particle or counter ("K啦", "20朵"); at most three characters before it;
  a lead within six characters before it (我, 是, 叫, 在, 今年, 喜欢 …; the question's words; the name).
- ja / ko: an ending that asserts it right after it (です/だ/や/じゃ/にて候…; 이에요/예요/요/입니다/야…;
  counters), a copula a few characters on ("陰陽寮の陰陽師でな"), a case particle after it ("15時に開け…",
  "콩이를"), a particle and a verb of stating oneself or of the question, or the value ending its clause.
  Refused: the value followed by a noun or by の/의 without a copula ("みたらし団子", "안동소주").

Every other occurrence is read as unasserted ("not in an assertion frame"); the deny rules still
run first. Only benchmarks and tests switch it on; docs/reward.md (session 33) has its figures.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from raiden_r1.canon import Term, canonical, match_form

from .analysis import Answer
from .lexicon import _load_yaml
from .matching import PreparedTruth

REASON = "not asserted (no assertion frame: frame view)"


# The switch, read once at import (asked on every keyword occurrence, so not from os.environ each
# time): "1" the whole view, "after" only what follows the keyword (an ablation: which side
# generalises). A test sets MODE itself.
MODE = os.environ.get("RAIDEN_FRAME_VIEW", "")


def enabled() -> bool:
    """Whether the experiment is switched on."""
    return MODE in ("1", "after")


def _after_only() -> bool:
    return MODE == "after"


@lru_cache(maxsize=8)
def _lists(lang: str) -> dict:
    raw = _load_yaml("frame_view").get(lang) or {}
    out: dict = {}
    for kind, values in raw.items():
        if isinstance(values, list):
            words = [canonical(str(v)) for v in values]
            if lang == "en":
                words = [match_form(w) for w in words]
            out[kind] = tuple(sorted({w for w in words if w}, key=lambda w: (-len(w), w)))
        else:
            out[kind] = values
    return out


@lru_cache(maxsize=8)
def _en_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    L = _lists("en")
    alt = lambda ws: "|".join(re.escape(w) for w in ws)  # noqa: E731
    openers = re.compile(rf"^(?:(?:{alt(L['openers'])}) )+")
    leads = re.compile(rf"(?:^| )(?:{alt(L['leads'])})(?: \S+){{0,{int(L['gap'])}}}$")
    my = re.compile(rf"(?:^| )(?:my|our)(?: \S+){{1,3}} (?:s|is|was|are|were|be|would be)(?: \S+){{0,{int(L['gap'])}}}$")
    return openers, leads, my


def _strip_openers(text: str, openers: tuple[str, ...]) -> str:
    """``text`` without the interjections that open it ("嗯，", "ええ、"): CJK, no spaces needed."""
    changed = True
    while changed and text:
        changed = False
        for w in openers:
            if text.startswith(w):
                text = text[len(w):].lstrip()
                changed = True
                break
    return text


def _trim_siblings_en(words: list[str], siblings: frozenset[str], connectors: frozenset[str], tail: bool) -> list[str]:
    """``words`` without the other values of a list at the side next to the keyword ("Thandi and | Ada")."""
    changed = True
    while changed and words:
        changed = False
        edge = words[-1] if tail else words[0]
        if edge in connectors or edge in siblings:
            words = words[:-1] if tail else words[1:]
            changed = True
    return words


def en_frame(before: str, after: str, question_words: frozenset[str] = frozenset(),
             names: tuple[str, ...] = (), siblings: frozenset[str] = frozenset()) -> str | None:
    """The English frame around a keyword: ``before``/``after`` are the match-form words of its clause
    on either side of it; ``siblings`` the words of the other keywords (a list "K1 and K2"). Returns the
    frame's name, or None."""
    L = _lists("en")
    openers, leads, my = _en_patterns()
    connectors = frozenset(L["connectors"])
    words = _trim_siblings_en(before.split(), siblings, connectors, tail=True)
    b = openers.sub("", f"{' '.join(words)} ").strip() if words else ""
    aw = _trim_siblings_en(after.split(), siblings, connectors, tail=False)
    a = " ".join(aw)
    if not b:
        if len(aw) <= int(L["after_words"]) or any(a == w or a.startswith(w + " ") for w in L["after"]):
            return "bare value"
        return None
    if leads.search(b):
        return "lead"
    if my.search(b):
        return "my <slot> is"
    if re.search(r"(?:^| )(?:my|our|your|thy)(?: \S+){1,2}$", b):
        return "my <slot> K"  # "My grandson Ethan", "your girl Lily": the value in apposition
    words = b.split()
    subject_words = set(L["subjects"]) | set(names)
    near = words[-int(L["subject_gap"]) - 1:]
    if any(w in subject_words for w in near) or any(f" {s} " in f" {' '.join(near)} " for s in L["subjects"] if " " in s):
        return "a subject before it"
    verbs = set(L["verbs"]) | question_words
    subjects = {"i", "we", "you", "he", "she", "they", "it"} | {n for n in names if " " not in n}
    gap = int(L["gap"])
    for i in range(len(words) - 1, max(-1, len(words) - gap - 4), -1):
        if words[i] in subjects and any(w in verbs for w in words[i + 1:i + 3]):
            return "subject <verb>"
        if words[i] in ("my", "our", "your") or words[i] in names:
            if any(w in ("s", "is", "was", "are", "were", "be") or w in verbs for w in words[i + 1:i + 5]):
                return "my <slot> is"
    small = set(L["short"]) | set(L["modifiers"]) | question_words | siblings | connectors | set(L["openers"])
    if all(w in small or w.isdigit() for w in words):
        return "short answer"
    return None


def _cjk_lead(before: str, leads, gap: int) -> str | None:
    for w in leads:
        i = before.rfind(w)
        if i != -1 and len(before) - (i + len(w)) <= gap:
            return w
    return None


def _trim_siblings_cjk(text: str, siblings: tuple[str, ...], connectors: tuple[str, ...], tail: bool) -> str:
    """``text`` without the other values of a list next to the keyword ("茶屋と | 三味線", "书法 | 和游泳"):
    a connector goes only together with the sibling value beyond it."""
    changed = True
    while changed and text:
        changed = False
        text = text.strip()
        for c in ("", *connectors):
            side = (text[:-len(c)] if c and text.endswith(c) else text if not c else None) if tail else \
                (text[len(c):] if c and text.startswith(c) else text if not c else None)
            if side is None:
                continue
            side = side.strip()
            for w in siblings:
                if w and (side.endswith(w) if tail else side.startswith(w)):
                    text = side[:-len(w)] if tail else side[len(w):]
                    changed = True
                    break
            if changed:
                break
    return text


def zh_frame(before: str, after: str, question_units: frozenset[str] = frozenset(),
             names: tuple[str, ...] = (), siblings: tuple[str, ...] = ()) -> str | None:
    """The Chinese frame around a keyword (canonical text of its clause either side of it)."""
    L = _lists("zh")
    b = _strip_openers(_trim_siblings_cjk(before.replace(" ", ""), siblings, L["connectors"], True), L["openers"])
    a = _trim_siblings_cjk(after.replace(" ", ""), siblings, L["connectors"], False)
    if len(b) <= int(L["short_before"]):
        if len(a) <= int(L["after_chars"]) or any(a.startswith(w) for w in L["after"]):
            return "bare value" if not b else "short answer"
        if not b:
            return None
    extra = tuple(sorted(set(question_units) | set(names), key=lambda w: (-len(w), w)))
    if _cjk_lead(b, L["leads"], int(L["gap"])) or _cjk_lead(b, extra, int(L["gap"])):
        return "lead"
    return None


def _jako_frame(lang: str, before: str, after: str, question_units: frozenset[str], names: tuple[str, ...],
                siblings: tuple[str, ...] = ()) -> str | None:
    """Japanese and Korean put what asserts a value after it, so only that side is read; ``before`` and
    ``names`` are taken for a signature shared with the other languages."""
    L = _lists(lang)
    a = _trim_siblings_cjk(after, siblings, L["connectors"], False).strip()
    if a and any(a.startswith(w) for w in L["after"]):
        return "asserting ending"
    window = a[:int(L["window"]) + 4]
    for w in L["copulas"]:
        if 0 < window.find(w) <= int(L["window"]):
            return "asserting ending"
    if a and any(a.startswith(p) for p in L["case_particles"]):
        return "case particle"
    if a:
        rest = a
        for p in L["particles"]:
            if a.startswith(p):
                rest = a[len(p):]
                break
        if rest != a or after.startswith(" "):
            if any(v in rest for v in L["verbs"]) or any(u in rest for u in question_units):
                return "particle + verb"
        return None
    return "value ending its clause"


def ja_frame(before: str, after: str, question_units: frozenset[str] = frozenset(), names: tuple[str, ...] = (),
             siblings: tuple[str, ...] = ()) -> str | None:
    """The Japanese frame around a keyword (canonical text of its clause either side of it)."""
    return _jako_frame("ja", before, after, question_units, names, siblings)


def ko_frame(before: str, after: str, question_units: frozenset[str] = frozenset(), names: tuple[str, ...] = (),
             siblings: tuple[str, ...] = ()) -> str | None:
    """The Korean frame around a keyword (canonical text of its clause either side of it)."""
    return _jako_frame("ko", before, after, question_units, names, siblings)


def unframed(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """REASON when the occurrence of ``term`` at ``pos`` (in clause ``ci``) sits in no frame."""
    cl = ans.clauses[ci]
    lang = ans.language
    seg = ans.match[cl.start:cl.end]
    k = pos - cl.start
    before, after = seg[:k], seg[k + len(term.norm):]
    others = tuple(n for n in prep.keyword_norms if n and n != term.norm)
    if _after_only() and lang != "ja" and lang != "ko":
        before = ""  # (ja/ko frames read only what follows, unless the keyword ends its clause)
    if lang == "en" or (lang not in ("zh", "ja", "ko") and cl.text.isascii()):
        frame = en_frame(before, after, _question_words(prep.question_norm), _en_names(prep.names + prep.titles),
                         frozenset(w for n in others for w in n.split()))
    else:
        fn = {"zh": zh_frame, "ja": ja_frame, "ko": ko_frame}[lang]
        frame = fn(before, after, prep.question_units, prep.names, others)
    return None if frame else REASON


@lru_cache(maxsize=4096)
def _en_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The character's names in match form, and each of their words ("pippa", "otto")."""
    out = {match_form(n) for n in names if n}
    return tuple(sorted(out | {w for n in out for w in n.split()}))


@lru_cache(maxsize=4096)
def _question_words(question_norm: str) -> frozenset[str]:
    """The question's own words in match form, without the ones every question has."""
    stop = {"what", "where", "who", "when", "how", "which", "why", "do", "did", "does", "are", "is", "was", "were", "you",
            "your", "yours", "s", "the", "a", "an", "of", "to", "in", "on", "at", "for", "have", "has", "ever", "any"}
    return frozenset(w for w in match_form(question_norm).split() if w and w not in stop)
