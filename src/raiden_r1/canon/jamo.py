"""Hangul spelled letter by letter ("ㅇㅕㄱㅎㅏㄹㄱㅡㄱ ㄲㅡㅌ" = 역할극 끝), as a policy may write a phrase to
hide it from a reader of syllables: NFKC joins each initial consonant to its vowel (여, 하, 그) but
leaves a final consonant as an initial one (ᄀ) with no vowel after it. Such a consonant is the final
of the syllable before it; it is put back there. A consonant that has no final form (ㄸ, ㅃ, ㅉ) or that
follows a syllable already closed stays as written. Laughter is not spelling: ㅋ never closes a syllable
("아니ㅋ" stays 아니 + ㅋ, not 닠), and ㅎ only where a syllable follows it ("ㅈㅗㅎㅇㅏ" = 좋아, but "그래ㅎㅎ")."""

from __future__ import annotations

import re

# Initial consonant (U+1100 + i) -> final consonant index (U+11A7 + j); None where no final exists.
_FINAL = (1, 2, 4, 7, None, 8, 16, 17, None, 19, 20, 21, 22, None, 23, 24, 25, 26, 27)
# An open syllable, then an initial consonant that no vowel follows.
_LOOSE = re.compile("([\uac00-\ud7a3])([\u1100-\u1112])(?![\u1161-\u1175])")
HAS_JAMO = re.compile("[\u1100-\u1112]")
_LAUGH_K, _LAUGH_H = "\u110f", "\u1112"
_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def _close(m: re.Match[str]) -> str:
    syllable, consonant = m.group(1), m.group(2)
    final = _FINAL[ord(consonant) - 0x1100]
    if final is None or (ord(syllable) - 0xAC00) % 28 or consonant == _LAUGH_K:
        return m.group(0)
    if consonant == _LAUGH_H and not _SYLLABLE.match(m.string, m.end()):
        return m.group(0)
    return chr(ord(syllable) + final)


def compose_jamo(text: str) -> str:
    """``text`` (after NFKC) with loose final consonants joined to their syllables (see the module doc)."""
    return _LOOSE.sub(_close, text)
