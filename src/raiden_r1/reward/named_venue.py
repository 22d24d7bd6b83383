"""A name keyword glued to a venue word names the venue, not the one asked about (session 34, the
twenty-fourth suite and the shipped tenth and eleventh suites: "I play at the Winifred Hotel" asked a sister's
name, "在下常去听雪楼喝酒" asked a sword's, "楼下阿福面馆的云吞" asked a parrot's). Only a keyword with no digit,
where the question asks no place (longer_place.py reads places), and not where the gold answer says the
keyword with that word itself. English needs the venue word right after the keyword ("Winifred Hotel");
Chinese takes it glued (听雪楼). Table: lexicon/named_venue.yaml."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import Term
from raiden_r1.canon.words import stem

from .analysis import Answer
from .lexicon import word_list
from .longer_place import _asks_place
from .matching import PreparedTruth


def named_venue(ans: Answer, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The venue the keyword names, else None."""
    lang = ans.language
    key = term.norm
    if lang not in ("en", "zh") or not key or any(c.isdigit() for c in key) or _asks_place(prep, lang):
        return None
    # (within the keyword's clause: "Peony. Street markets sell them" is no "Peony Street")
    end = ans.clauses[ans.clause_index(pos)].end
    if lang == "en":
        # (the answer's match text is stemmed: the word after the keyword's words, against stemmed venues)
        words = ans.match[pos:end].split(" ")
        width = len(key.split(" "))
        word = words[width] if len(words) > width else ""
        venue = word if word and word in _en_venues() else None
        joined = f"{key} {venue}"
    else:
        after = ans.match[pos + len(key):end]
        if after.startswith(word_list("named_venue", "exempt_after", "zh")):
            return None
        venue = next((v for v in word_list("named_venue", "venues", "zh") if after.startswith(v)), None)
        joined = f"{key}{venue}"
    if venue is None:
        return None
    gold = _stemmed(prep.answer_norm) if lang == "en" else prep.answer_norm
    if any(joined in t for t in (gold, *prep.keyword_norms)):
        return None  # (the gold answer names that venue itself: "the Winifred Hotel as was")
    return joined


@lru_cache(maxsize=1024)
def _stemmed(text: str) -> str:
    return " ".join(stem(w) for w in text.split(" "))


@lru_cache(maxsize=1)
def _en_venues() -> frozenset[str]:
    return frozenset(stem(v) for v in word_list("named_venue", "venues", "en"))
