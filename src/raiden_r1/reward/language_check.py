"""Same-script wrong-language checks of the VRAR reward (docs/reward.md, family 10): a French or
Spanish answer to an English question, a Chinese answer to a Japanese one (also behind a quoted
kana keyword), kana in an answer to a Korean question."""

from __future__ import annotations

import re
from collections import Counter

from .analysis import Answer
from .lexicon import cues, foreign_latin

def foreign_latin_language(ans: Answer) -> str | None:
    """A Latin-script answer in French, Spanish, German, Italian or Portuguese (two or more of
    that language's function words, more than English ones)."""
    words = ans.canon.split(" ")
    en = cues("en").get("function_words")
    # (a unit after a number is no English word: "42 Meter" is canonical "42 m", and "m" is the "I'm" of English)
    en_count = sum(1 for i, x in enumerate(words) if x in en and not (i and words[i - 1].isdigit()))
    best, best_n = None, 0
    # (each distinct word looked up once per language, its compound parts split once: a long answer
    # repeats its words, and there are eight languages to count)
    counts = Counter(words)
    parts = {x: _JOINS.split(x) for x in counts if len(x) > 6}
    parts = {x: p for x, p in parts.items() if len(p) >= 2}
    for lang, table in foreign_latin().items():
        n = sum(k for x, k in counts.items() if x in table or (x in parts and all(p in table for p in parts[x])))
        if n > best_n:
            best, best_n = lang, n
    if best and best_n >= 2 and best_n > en_count and not _creole_particles(counts, foreign_latin()[best], best_n, en_count):
        return best
    # A short answer with one longer function word of another language and no English at all
    # ("Se llama Biscuit.", "34 años.", "Er heißt Biscuit."); not a one-word loan ("Biscuit, amigo.")
    if best and best_n == 1 and en_count == 0 and len(words) <= 6 and any(
            len(x) >= 3 and (x in foreign_latin()[best] or _compound_of(x, foreign_latin()[best])) for x in words):
        return best
    # Accented words English does not write ("heißt", "años", "è"), with hardly any English.
    accented = 0 if ans.canon.isascii() else sum(1 for x in words if any(c in _FOREIGN_MARKS for c in x))
    if accented >= 2 and en_count <= 1 and accented + best_n >= 3:
        return best or "another language"
    return None


def _creole_particles(counts: Counter, table: frozenset[str], n: int, en_count: int) -> bool:
    """The other language's words are all particles of one or two letters, few, beside English ones: an
    English creole or pidgin ("Na March 14th o! My Adaeze don grow.": na, o), which is English speech, not
    Portuguese (session 36, s27). A whole sentence of French or Spanish has longer function words too."""
    return en_count >= 1 and n <= 3 and all(len(x) <= 2 for x in counts if x in table)


# A number word made of listed ones ("zweiundvierzig", "quarante-deux")
_JOINS = re.compile(r"-|(?<=[a-zäöüß])und(?=[a-zäöüß])")


def _compound_of(word: str, table: frozenset[str]) -> bool:
    """``word`` is two or more words of ``table`` joined ("zweiundvierzig", "quarante-deux")."""
    parts = _JOINS.split(word) if len(word) > 6 else []
    return len(parts) >= 2 and all(p in table for p in parts)


# (with the Romanian, Polish and Czech letters: "zăpadă", "mogę", "potrzymać", "řeka")
_FOREIGN_MARKS = frozenset("àâäçèéêëîïôöùûüÿñßãõáíóúœæåø¿¡ășțşţąęłńśźżćěščřžůőű")


def chinese_for_japanese(ans: Answer, quoted: tuple[str, ...] = ()) -> bool:
    """A kana-less answer to a Japanese question that uses Chinese-only function characters, or one
    whose only kana is a quoted keyword ("我的柴犬叫おはぎ": the は of おはぎ is no particle)."""
    _, han, kana, _ = ans.counts
    if not han:
        return False
    if "岁" in ans.raw or "来自" in ans.raw:  # simplified 岁 (Japanese writes 歳/才), 来自 "come from"
        return True
    only = cues("zh").get("only_chinese")
    n = sum(1 for c in only if c in ans.canon)
    if not kana:
        # (or two simplified characters Japanese never writes, read as written: "午后7时开门")
        return n >= 1 or sum(1 for c in cues("zh").get("simplified_only") if c in ans.raw) >= 2
    rest = without_terms(ans.canon, quoted)
    if not _count(rest, "\u3040", "\u30ff"):
        # (session 35: the only kana are a quoted keyword's, "本店名为「たこ福」，自1987年开业至今": the speech
        # around it is kanji alone, read as the kana-less answer above is)
        raw_rest = without_terms(ans.raw, quoted)
        return sum(1 for c in only if c in rest) >= 1 or \
            sum(1 for c in cues("zh").get("simplified_only") if c in raw_rest) >= 2
    particles = ("は", "が", "を", "に", "で", "です", "ます", "の", "よ", "ね", "だ")
    return n >= 2 and not any(p in rest for p in particles)


def without_terms(text: str, quoted: tuple[str, ...]) -> str:
    """``text`` with the quoted keywords blanked out, longest first (a keyword may be in another script)."""
    for q in sorted(quoted, key=len, reverse=True):
        text = text.replace(q, " ")
    return text


def _count(text: str, lo: str, hi: str) -> int:
    return sum(1 for c in text if lo <= c <= hi)


def japanese_for_korean(ans: Answer, quoted: tuple[str, ...] = ()) -> bool:
    """Kana in an answer to a Korean question ("釜山出身です。부산."): Korean never writes kana, so
    outside a quoted keyword (a Japanese name) it is Japanese."""
    if not ans.counts[2]:
        return False
    rest = without_terms(ans.canon, quoted)
    return _count(rest, "\u3040", "\u30ff") >= 2


def chinese_for_korean(ans: Answer, quoted: tuple[str, ...] = ()) -> bool:
    """An answer to a Korean question whose own words are Chinese, hangul only in the quoted
    keywords ("我父亲叫박만길"): Korean text around a hanja keyword would still hold hangul."""
    _, han, _, hangul = ans.counts
    if not han:
        return False
    rest = without_terms(ans.canon, quoted)
    return _count(rest, "\u4e00", "\u9fff") >= 2 and _count(rest, "\uac00", "\ud7af") == 0


def english_for_cjk(ans: Answer, quoted: tuple[str, ...] = ()) -> bool:
    """An answer to a Chinese, Japanese or Korean question that is English speech ("I'm 24.", "I
    live in 서울."), not a bare keyword or unit ("178cm", "C."), which the script check lets through:
    no CJK outside the quoted keywords, and English function words."""
    if not ans.counts[0]:
        return False
    # (a CJK unit after a number keyword is no CJK speech: "I'm 28岁.")
    rest = without_terms(_CJK_UNITS.sub(" ", ans.canon), quoted)
    words = cues("en").get("function_words")
    english = sum(1 for w in rest.split(" ") if w in words)
    cjk = sum(1 for c in rest if not c.isascii() and c.isalpha())
    # ("I'm 飞机献子陈思远, and I recall my name without effort": English speech around a garbled name)
    return english >= 1 if not cjk else (english >= 3 and cjk <= 4)


def cjk_for_english(ans: Answer, quoted: tuple[str, ...] = ()) -> bool:
    """An answer to an English question whose own words are Chinese, Japanese or Korean around a Latin
    keyword ("是Blaze。", "Olympus Monsだよ。", "Marta Greaves입니다."; session 36): the keyword carries the
    Latin letters that make the detector read English. Not a CJK name or word quoted in English speech
    ("My friend is 霍长风", "I love 拉面, truly"): there English function words stand outside the keywords."""
    _, han, kana, hangul = ans.counts
    if not (han or kana or hangul):
        return False
    rest = without_terms(ans.canon, quoted)
    if sum(1 for c in rest if not c.isascii() and c.isalpha()) < 1:
        return False
    words = cues("en").get("function_words")
    # (a lone letter is a keyword's leftover: "olympus mon" quoted leaves the "s" of "Olympus Mons")
    return not any(w in words for w in rest.split(" ") if w.isascii() and len(w) >= 2)


def japanese_for_chinese(ans: Answer) -> bool:
    """A kana-less answer to a Chinese question written with a Japanese-only form ("今年二十八歳")."""
    return not ans.counts[2] and any(c in ans.raw for c in _JAPANESE_ONLY)


_JAPANESE_ONLY = frozenset("歳々円駅")
_CJK_UNITS = re.compile(r"(?<=\d) ?(?:岁|歳|才|살|세)")
