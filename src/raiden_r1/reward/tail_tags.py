"""Short clauses after the keyword's that change whose words or what mood it is (frames.py asks them):
a word of address carrying the question mark ("Kepler Station at 0600, Captain?") and an English
speech tag handing the line to someone else ("'Willow bark,' the townsfolk whisper")."""

from __future__ import annotations

import functools

from raiden_r1.canon import canonical

from .lexicon import cues, word_list


@functools.lru_cache(maxsize=8)
def address_words(language: str) -> frozenset[str]:
    """Words of address that may carry a question mark for the clause before them ("Kepler Station at
    0600, Captain?", "扬州，客官？", "부산, 나리?"): a vocative asks nothing itself, so the question is the
    keyword's clause's."""
    words = {canonical(w).strip() for lang in ("en", language) for w in cues(lang).get("vocative")}
    return frozenset(words | _RANKS)


# Ranks and titles said alone to the listener ("…, Captain?", "…, Doctor?", "…, my lord?").
_RANKS = frozenset({"captain", "commander", "lieutenant", "sergeant", "major", "colonel", "general", "admiral", "ensign",
                    "doctor", "doc", "chief", "boss", "father", "mother", "sister", "brother", "my lord", "my lady",
                    "your majesty", "your highness", "your honour", "your honor", "mister", "miss", "madam", "sire",
                    "master", "officer", "detective", "professor", "coach", "nurse", "love", "dear", "mate"})


def en_speech_tag(nxt: str) -> str | None:
    """An English speech tag after the line it hands to someone else ("'Willow bark,' the townsfolk
    whisper", "Greywind, says my brother", "Elm Street, old Sal reckons"): the words are theirs. Not the
    character's or the listener's own ("Peanuts, you said", "Willow bark, I say")."""
    words = nxt.rstrip("?!. ").split(" ")
    if not 2 <= len(words) <= 4:
        return None
    verbs, not_speakers = _report_words()
    if words[0] in _JOINING:
        return None  # "18:30, like the army says", "Cressida Fane, if one insists": the character agrees or concedes
    if words[-1] in verbs and words[0] not in not_speakers and not any(w in _PERSONAL for w in words[:-1]):
        return nxt  # "the townsfolk whisper", "my brother says"
    if words[0] in verbs and words[1] not in not_speakers and not any(w in _PERSONAL for w in words[1:]):
        return nxt  # "says my brother", "whispered the townsfolk"
    return None


_JOINING = frozenset({"if", "as", "like", "when", "unless", "though", "although", "because", "since", "so", "what", "whatever",
                      "whoever", "just", "how", "or", "and", "but", "than", "whether", "where"})
# (nor a passive naming: "Albert, he was called", "Biscuit, it s called")
_PERSONAL = frozenset({"i", "we", "you", "me", "us", "ya", "ye", "thou", "tha", "is", "was", "be", "been", "are", "were", "s",
                       "it"})


@functools.lru_cache(maxsize=1)
def _report_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(word_list("disowned", "report_verbs", "en")), frozenset(word_list("disowned", "not_speakers", "en"))
