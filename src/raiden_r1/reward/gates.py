"""Rule gating (session 34, speed only): a per-occurrence rule that can only fire on words of its own
tables does not run on an answer that holds none of them.

A gated rule declares its trigger with ``@gated(...)``: every table whose words it must find in the
answer for its verdict to be anything but None (lexicon cue kinds, lists of a lexicon/NAME.yaml file,
literal strings in its code). The words of every language count, so a rule that reads another
language's table (English words in a Chinese answer) is covered too. Whether any trigger occurs is
asked once per answer (one trie scan, kept in ``Answer.memo``); a rule whose trigger is absent
returns None without running.

Exact by construction: the rules read canonical clause texts and slices of the match form, joined or
cut at spaces, and their tables' words are found as substrings (a Latin one as a whole word, which is
stricter). So a table word found in any text a rule builds holds each of its space-free pieces, and
each piece lies inside one clause's canonical text or match form: if no piece of any trigger word is
in ``Answer.canon`` or ``Answer.match``, the rule finds no word and returns None. A rule that compares
texts with their spaces removed (``chars=``) declares single characters instead, which any such
match also holds. Rules whose verdict can come from anything else (the question, the card, punctuation)
stay ungated. tests/reward/test_rule_gating.py runs every shipped red-team suite and randomised
answers with gating on and off and compares every score.

``RAIDEN_RULE_GATING=0`` switches it off (read once, at import; that test flips ``ON`` instead).
"""

from __future__ import annotations

import functools
import os
import re

from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer
from .lexicon import LANGUAGE_FILES, cues, word_list

ON = os.environ.get("RAIDEN_RULE_GATING", "1") != "0"

# Every declared trigger, in the order the rule modules were imported: one scan per answer answers
# them all (_Scan is rebuilt when a later import adds one).
_TRIGGERS: list[tuple] = []  # gated()'s arguments, read into pieces when the first answer is scanned


def _piece(word: str) -> str:
    """The longest space-free run of ``word``: any text that holds the word holds it."""
    return max(word.split(), key=len, default="")


def _pieces(cue_kinds: tuple[str, ...], lists: tuple[tuple[str, str], ...], words: tuple[str, ...],
            chars: tuple[tuple[str, str], ...]) -> frozenset[str]:
    out: set[str] = set(filter(None, map(_piece, words)))
    for kind in cue_kinds:
        for lang in LANGUAGE_FILES:
            out.update(filter(None, map(_piece, cues(lang).get(kind))))
    for name, kind in lists:
        for lang in LANGUAGE_FILES:
            out.update(filter(None, map(_piece, word_list(name, kind, lang))))
    for name, kind in chars:
        for lang in LANGUAGE_FILES:
            out.update(w.replace(" ", "")[:1] for w in word_list(name, kind, lang) if w.strip())
    return frozenset(out)


class _Scan:
    """All triggers' pieces as one trie. A search finds the leftmost piece, the longest one starting
    there; the pieces inside it count as found with it, and where a piece could start inside it and
    run past its end the scan goes on from the next character instead of its end: so the set found
    is exactly the set of pieces the text holds."""

    def __init__(self, triggers: list[tuple]):
        self.size = len(triggers)
        self.triggers = [_pieces(*t) for t in triggers]
        pieces = sorted(frozenset().union(*self.triggers))
        self.pattern = re.compile(trie_pattern(pieces)) if pieces else None
        self.inner = {p: frozenset(q for q in pieces if q in p) for p in pieces}
        starts = {p[:k] for p in pieces for k in range(1, len(p))}  # (proper prefixes: a piece that runs on)
        self.straddles = {p: any(p[k:] in starts for k in range(1, len(p))) for p in pieces}

    def found(self, text: str) -> set[str]:
        out: set[str] = set()
        pos, search = 0, self.pattern.search if self.pattern is not None else None
        while search is not None and (m := search(text, pos)):
            piece = m.group(0)
            out |= self.inner[piece]
            pos = m.start() + 1 if self.straddles[piece] else m.end()
        return out


_SCAN: list[_Scan] = []


def _scan() -> _Scan:
    if not _SCAN or _SCAN[0].size != len(_TRIGGERS):
        _SCAN[:] = [_Scan(_TRIGGERS)]
    return _SCAN[0]


def _haystack(ans: Answer) -> str:
    """The answer's canonical text and the tokens of its match form that differ from every canonical
    token (stemmed English words): a piece has no space, so it lies inside one token of either."""
    if ans.match == ans.canon:
        return ans.canon
    canon = set(ans.canon.split(" "))
    return ans.canon + "\n" + " ".join(t for t in dict.fromkeys(ans.match.split(" ")) if t not in canon)


def present(ans: Answer, trigger: int) -> bool:
    """Whether a word of trigger number ``trigger`` occurs in the answer (one scan per answer)."""
    scan = _scan()
    found = ans.memo.get(("gates", scan.size))
    if found is None:
        found = ans.memo[("gates", scan.size)] = scan.found(_haystack(ans))
    return not found.isdisjoint(scan.triggers[trigger])


def gated(*, cue_kinds: tuple[str, ...] = (), lists: tuple[tuple[str, str], ...] = (), words: tuple[str, ...] = (),
          chars: tuple[tuple[str, str], ...] = ()):
    """Skip the decorated rule (first argument: the Answer) when none of its trigger words occurs in
    the answer: ``cue_kinds`` of the main lexicon, ``lists`` (file, kind) of lexicon/FILE.yaml,
    literal ``words``, and ``chars``: lists a rule compares without spaces, whose first characters
    stand in for them."""

    def wrap(rule):
        number = len(_TRIGGERS)
        _TRIGGERS.append((tuple(cue_kinds), tuple(lists), tuple(words), tuple(chars)))

        @functools.wraps(rule)
        def run(ans, *args, **kwargs):
            if ON and not present(ans, number):
                return None
            return rule(ans, *args, **kwargs)
        run.trigger = number
        return run
    return wrap
