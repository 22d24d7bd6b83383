"""One normaliser for the whole project: the reward's matcher, its anti-gaming rules, evaluation
and the data builder's grounding checks all read text through it, so a disguise one of them
undoes cannot slip past another.

Three levels, each computed from the previous one:

- :func:`fold` (fold.py): characters. Zero-width and format characters removed, NFKC, case
  folding, Latin look-alikes from other scripts, katakana -> hiragana, traditional -> simplified
  Chinese. Punctuation kept.
- :func:`canonical`: text. Numbers, dates and units in one form (numbers.py); punctuation and
  whitespace collapsed to single spaces; spaces between Chinese/Japanese characters removed
  ("人 工 智 能" is 人工智能; Korean keeps its spaces, they separate words there).
- :func:`match_form`: words. English words reduced to a stem with British spellings made
  American (words.py), for keyword matching only.

:func:`find_term` finds a keyword in a match form: Latin and digit edges on word boundaries ("C"
is not in "C++", "17" is not in "170" or "2017"), CJK terms as substrings, except that a
one-character CJK term must stand as a word (용 is not in 용기, 蛇 is not in 蛇足).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .fold import fold, warm as _warm_fold
from .numbers import canonical_numbers
from .words import stem

__all__ = ["Term", "canonical", "find_term", "fold", "is_cjk", "make_term", "match_form", "warm"]

_WORD_RUN = re.compile(r"[^\W_]+")
_HYPHENATED = re.compile(r"(?<=[a-z])-(?=[a-z])")
_LATIN_LETTER = re.compile("[a-z]")
_LATIN_CJK = re.compile(r"(?<=[a-z])(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
                        r"|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])(?=[a-z])")
# A space between a number and the CJK counter or unit after it carries nothing either.
_DIGIT_CJK_SPACE = re.compile(r"(?<=\d) (?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af])")
# A space between two Chinese/Japanese characters carries nothing (hangul excluded).
_CJK_SPACE = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]) (?=[\u3040-\u30ff\u3400-\u4dbf"
                        r"\u4e00-\u9fff\uf900-\ufaff])")
_CJK = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
                  r"\u3130-\u318f\uff66-\uff9d\U00020000-\U0002fa1f]")


def is_cjk(c: str) -> bool:
    return _CJK.match(c) is not None


def collapse(text: str) -> str:
    """Punctuation and whitespace runs to one space, stripped; spaces inside CJK runs removed."""
    if "-" in text:
        text = _HYPHENATED.sub("", text)  # "bird-watching" is one word, and "C" is not in "Objective-C"
    out = " ".join(_WORD_RUN.findall(text))
    if not out.isascii():
        if " " in out:
            out = _CJK_SPACE.sub("", out)
            out = _DIGIT_CJK_SPACE.sub("", out)  # "400 公里" is 400公里, "2 마리" is 2마리
        # A Latin word glued to CJK text is a word of its own ("我最喜欢basketball了").
        out = _LATIN_CJK.sub(" ", out)
    return out


def canonical(text: str) -> str:
    """The canonical form of ``text``: folded, numbers/dates/units canonical, punctuation collapsed."""
    return collapse(canonical_numbers(fold(text)))


def canonical_keep_punct(folded: str) -> str:
    """Numbers/dates/units made canonical in already folded text, punctuation kept (for the
    clause splitter, which cuts on it)."""
    return canonical_numbers(folded)


def match_form(canon: str) -> str:
    """The matching view of a canonical text: English words stemmed (words.py)."""
    if _LATIN_LETTER.search(canon) is None:
        return canon
    canon = _N_AND.sub(" and ", canon)  # "red beans 'n' rice", "rock n roll": and
    return " ".join(map(stem, canon.split(" ")))


_N_AND = re.compile(r"(?<=[a-z]) n (?=[a-z])")


@dataclass(frozen=True, slots=True)
class Term:
    raw: str  # as the ground truth wrote it
    norm: str  # its match form
    cjk: bool  # holds a CJK character: matched as a substring
    single: bool  # exactly one CJK character: must stand as a word
    numeric: bool  # only digits (and spaces): a number keyword
    kana: bool = False  # only hiragana (katakana is folded to it): must end where a word ends
    canon: str = ""  # its canonical form (not stemmed), as it reads in a clause's text


def canonical_light(text: str) -> str:
    """``canonical`` with the cheaper fold (fold.fold_light): for long text feeding soft signals."""
    from .fold import fold_light

    return collapse(canonical_numbers(fold_light(text)))


@lru_cache(maxsize=65536)
def light_term(raw: str) -> Term:
    """A keyword as ``canonical_light`` writes it (for matching in text folded that way)."""
    t = make_term(raw)
    from dataclasses import replace

    return replace(t, norm=canonical_light(raw))


@lru_cache(maxsize=65536)
def make_term(raw: str) -> Term:
    canon = canonical(raw)
    norm = match_form(canon)
    cjk = _CJK.search(norm) is not None
    # Written in hiragana (a name like "きなこ"): katakana loanwords take any ending ("データアナリストたい").
    kana = bool(norm) and all("\u3041" <= c <= "\u309f" or c == "ー" for c in raw.strip()) and len(norm) >= 2
    return Term(raw, norm, cjk, cjk and len(norm) == 1, bool(norm) and norm.replace(" ", "").isdigit(), kana, canon)


def _word_char(c: str) -> bool:
    """A Latin letter or digit (the characters a Latin word boundary must not cut through)."""
    return c.isalnum() and not is_cjk(c)


# After a one-character CJK term: a particle, a suffix of the same word class (年, 座, 띠), or no
# character at all. Anything else makes it part of a longer, different word. (The final particles of
# regional speech too: 咧/哩 northwest, 噻 southwest, 呗/嗷 northeast, "属马咧", "属龙噻".)
# (and dialect final particles, session 30: Sichuan 撒/嗦, Cantonese 嘅/喇/咩, Wu 噶: "属虎撒", "系虎嘅")
_SINGLE_FOLLOW = frozenset("的了呢吧啊呀哦嘛啦喔哟咯喽嘞哇咧哩噻呗呐嗷唻哈年人座属型生はがのをにでともやかよねなだじすさ은는이가을를의도만에와과랑야예요입띠해년"
                           "撒嗦嘅喇咩噶")


def _single_ok(text: str, pos: int) -> bool:
    after = text[pos + 1:pos + 2]
    if after and after == text[pos] and is_cjk(after) and not "\uac00" <= after <= "\ud7a3":
        # a doubled noun is the same word in child talk ("兔兔啦", "狗狗"): read what follows the pair
        return _single_ok(text, pos + 1)
    # A kanji followed by kana: a particle or the quoting っ ("航って"), except after kana; in Japanese
    # the end of a compound read as another word is not the keyword ("葛藤ばかり" holds no 藤).
    if after and "\u3040" <= after <= "\u309f" and not ("\u3040" <= text[pos] <= "\u30ff"):
        return not (pos > 0 and _HAN.match(text[pos - 1]) and _compound_hides(text, pos))
    if after and is_cjk(after) and after not in _SINGLE_FOLLOW:
        return False
    before = text[pos - 1:pos]
    c = text[pos]
    if "\uac00" <= c <= "\ud7a3" and before and "\uac00" <= before <= "\ud7a3":
        return False  # a hangul syllable inside a word ("공룡")
    if "\uac00" <= c <= "\ud7a3" and after in _KO_PARTICLE_START and "\uac00" <= text[pos + 2:pos + 3] <= "\ud7a3":
        # a particle-like syllable that goes on is the next syllable of a longer word ("불가능",
        # "물가", "불과하다", "용이하다"), unless it goes on as a particle or copula does ("불이에요")
        return text[pos + 1:].startswith(_KO_PARTICLE_GOES_ON)
    return True


# A particle or copula after a one-syllable Korean keyword, written on past its first syllable
# (the zodiac's 띠, a year's 년 and the like are suffixes of the word itself: any ending may follow).
_KO_PARTICLE_START = frozenset("은는이가을를의도만에와과랑야예요입")
_KO_PARTICLE_GOES_ON = ("이에요", "이예요", "이야", "이지", "이죠", "이라", "이고", "이다", "이니", "이었", "이던", "이면",
                        "이랑", "이나", "이든", "이에", "이요", "입니다", "입니까", "이십", "에서", "에게", "에는", "에도",
                        "에요", "예요", "이네", "이군", "이구", "이오", "이옵", "이외", "이여", "이유", "이제",
                        "도요", "만요", "만이", "만은", "만을", "은요", "는요", "을요", "요", "해요", "년생", "년에",
                        "띠예요", "띠야", "띠에", "띠라", "띠고", "띠죠", "띠입")


def _compound_hides(text: str, pos: int) -> bool:
    from .readings import compound_hides  # (pykakasi: loaded only for such a Japanese occurrence)

    start = pos
    while start > 0 and _HAN.match(text[start - 1]) and pos - start < 5:
        start -= 1
    if start > 0 and text[start - 1].isdigit():
        return False  # "3日月" is how the normaliser writes 三日月: its kanji are read no more
    return compound_hides(text[start:pos + 1], pos - start)


def _edges_ok(text: str, term: Term, pos: int) -> bool:
    end = pos + len(term.norm)
    if _word_char(term.norm[0]) and pos > 0 and _word_char(text[pos - 1]):
        return False
    if _word_char(term.norm[-1]) and end < len(text) and _word_char(text[end]):
        return False
    if term.single and not _single_ok(text, pos):
        return False
    if term.kana and end < len(text) and "\u3041" <= text[end] <= "\u3096":
        short = len(term.norm) == 2  # (a two-kana word ends before a particle only: "あきた" is 秋田)
        if text[end] not in (_KANA_FOLLOW_SHORT if short else _KANA_FOLLOW) and \
                not text.startswith(_KANA_FOLLOW_SHORT_WORDS if short else _KANA_FOLLOW_WORDS, end):
            return False  # "きなこ" is not in "きなこもち"
    if term.kana and len(term.norm) == 2 and pos > 0 and ("\u3041" <= text[pos - 1] <= "\u3096" and
                                                          text[pos - 1] not in _KANA_PRECEDE or _HAN.match(text[pos - 1])):
        return False  # "つり" is not in "おつり", "なら" not in "大阪なら": a two-kana word must start a word
    return True


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# What may come before a two-kana keyword: a particle, an adjective's or verb's ending.
_KANA_PRECEDE = frozenset("のはがもをとでにへやかよねないたるう")
# What may follow a keyword written in kana: a particle, a copula, an honorific, quoting っ.
_KANA_FOLLOW = frozenset("はがのをにでともやへかよねなさだじすっちくみたしばぞぜわど")
# ... and the particles of two kana or more whose first kana is none of those ("あきこそ", "いがより").
# (and dialect copulas and tags glued on, session 30: Shizuoka "おはぎずら", Okayama "おはぎけぇ", "おはぎじゃん")
_KANA_FOLLOW_WORDS = ("こそ", "まで", "より", "ほど", "ぐらい", "ごろ", "ゆえ", "ずら", "けぇ", "けえ", "じゃん", "ぞな")
# After a two-kana word, whose next kana too often continue another word (はるさめ, あきた, いがく):
# the case particles and copulas, and whole particles and honorifics.
_KANA_FOLLOW_SHORT = frozenset("はがのをにでともやへよねだじっ")
_KANA_FOLLOW_SHORT_WORDS = (*_KANA_FOLLOW_WORDS, "くらい", "しか", "さん", "さま", "ちゃん", "くん", "など", "なら", "かな", "かも")

# Occurrences of one term inspected: enough for any honest answer (a text repeating a keyword
# more often is a dump, penalised for that).
MAX_OCCURRENCES = 32


def find_term(text: str, term: Term, start: int = 0) -> int:
    """Offset of the first occurrence of ``term`` in the match form ``text`` at or after
    ``start``, or -1 (see the module doc for the boundary rules)."""
    if not term.norm:
        return -1
    pos = text.find(term.norm, start)
    for _ in range(MAX_OCCURRENCES):
        if pos == -1 or _edges_ok(text, term, pos):
            return pos
        pos = text.find(term.norm, pos + 1)
    return -1


def occurrences(text: str, term: Term) -> list[int]:
    """Every occurrence (up to MAX_OCCURRENCES)."""
    out = []
    pos = find_term(text, term)
    while pos != -1 and len(out) < MAX_OCCURRENCES:
        out.append(pos)
        pos = find_term(text, term, pos + 1)
    return out


def warm() -> None:
    _warm_fold()
    canonical("warm up 二十七 스물아홉 살 August 9")
