"""Japanese numbers written in kana (after folding, hiragana): "ひゃくろくじゅうご" is 165, "さんびき"
is 3匹, "にじゅうななさい" is 27岁. A child, a casual speaker or a character written in kana says
them so; the keyword is in digits or kanji.

Kana numerals are also everyday words and word parts ("ご" is a prefix, "に" a particle, "せん" ends
"ありません", "ごかい" is 誤解, "くさい" 臭い), so a run is read as a number only when it cannot be
much else: it starts a word, and either it holds a scale (じゅう, ひゃく, せん, まん) and at least
two parts ("にじゅう", not "せん" alone), or it is one unambiguous digit reading followed by a
counter ("さんびき", "ななさい"). Readings that are mostly other words alone (し, く, よ) count
only inside a scaled run ("よんじゅう", "きゅうじゅう").
"""

from __future__ import annotations

import re

_DIGITS = {"いち": 1, "いっ": 1, "に": 2, "さん": 3, "よん": 4, "よ": 4, "し": 4, "ご": 5, "ろく": 6, "ろっ": 6,
           "なな": 7, "しち": 7, "はち": 8, "はっ": 8, "きゅう": 9, "く": 9}
_SCALES = {"じゅう": 10, "じゅっ": 10, "じっ": 10, "ひゃく": 100, "びゃく": 100, "ぴゃく": 100, "せん": 1000, "ぜん": 1000,
           "まん": 10000}
_ALONE = ("いち", "いっ", "さん", "よん", "ろく", "ろっ", "なな", "しち", "はち", "はっ", "きゅう")
# に and ご alone are a particle and a prefix: only before counters that make no common word with
# them (not にほん 日本, にじ 虹, にこにこ, ごかい 誤解, ごほん 咳).
_SHORT = ("に", "ご")
_SHORT_COUNTERS = ("ひき", "びき", "ぴき", "さい", "にん", "まい", "ねん", "がつ", "ふん")
# Counter readings (with their sound changes) and the kanji a keyword writes, as folded.
_COUNTERS = {"ひき": "匹", "びき": "匹", "ぴき": "匹", "さい": "岁", "にん": "人", "ほん": "本", "ぼん": "本", "ぽん": "本",
             "まい": "枚", "かい": "回", "ねん": "年", "がつ": "月", "にち": "日", "じ": "时", "ふん": "分", "ぷん": "分",
             "さつ": "册", "こ": "个", "ど": "度", "せんち": " cm", "きろ": " kg"}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_D, _S, _C = _alt(_DIGITS), _alt(_SCALES), _alt(_COUNTERS)
# A word start: not inside a run of kana, except after a particle ("ねこがさんびき").
_START = "(?:(?<![ぁ-ゖ])|(?<=[がはもをとで]))"
# After the number: a counter, or no further kana, or a particle / copula / sentence-final word.
# (and the copulas and final particles of speech: "さんじゅうごさね", "さんじゅうごじゃ", "さんじゅうごや")
_AFTER = "(?:(?=だ|で|よ|ね|の|は|も|か|と|くらい|ぐらい|ほど|ちょうど|ー|〜|さね|じゃ|や(?![ぁ-ゖ]))|(?![ぁ-ゖ]))"
_SCALED = re.compile(f"{_START}((?:(?:{_D})?(?:{_S}))+(?:{_D})?)(?:({_C})(?![ゃゅょ])|{_AFTER})")
# (a counter じ followed by ゅ is the じゅう of a larger number: "さんじゅう" is no 3時)
_SINGLE = re.compile(f"{_START}(?:({_alt(_ALONE)})({_C})(?![ゃゅょ])|({_alt(_SHORT)})({_alt(_SHORT_COUNTERS)}))")
_PART = re.compile(f"({_D})?({_S})|({_D})")


def _value(run: str, counted: bool) -> int | None:
    """The run's value; None unless it has two parts or a counter ("じゅっさい")."""
    total, section, parts, pos = 0, 0, 0, 0
    while pos < len(run):
        m = _PART.match(run, pos)
        if m is None:
            return None
        digit, scale, last = m.group(1), m.group(2), m.group(3)
        if scale:
            v = _DIGITS[digit] if digit else 1
            if _SCALES[scale] == 10000:
                total += (section + v if digit or section == 0 else section) * 10000
                section = 0
            else:
                section += v * _SCALES[scale]
            parts += 1 + bool(digit)
        else:
            section += _DIGITS[last]
            parts += 1
        pos = m.end()
    return total + section if parts >= 2 or counted else None


def _scaled(m: re.Match[str]) -> str:
    v = _value(m.group(1), m.group(2) is not None)
    if v is None:
        return m.group(0)
    return f"{v}{_COUNTERS[m.group(2)] if m.group(2) else ''}"


# Readings a dictionary gets wrong or the rules above leave out, where they cannot be other words:
# the period before a time ("ごごさんじ" is 午後3時), the months and hours read し/く ("しがつ", "くじ"),
# and the days of a month after a month ("しがつここのか" is 4月9日; ここのか alone is not read).
_PERIOD = re.compile(r"(ごご|ごぜん)(?=\d|いち|に|さん|よ|ご|ろく|しち|なな|はち|く|じゅう)")
_PERIOD_KANJI = {"ごご": "午后", "ごぜん": "午前"}
_FIXED = re.compile(f"{_START}(しがつ|くがつ|よじ|くじ)")
_FIXED_VALUE = {"しがつ": "4月", "くがつ": "9月", "よじ": "4时", "くじ": "9时"}
_DAYS = {"ついたち": 1, "ふつか": 2, "みっか": 3, "よっか": 4, "いつか": 5, "むいか": 6, "なのか": 7, "ようか": 8,
         "ここのか": 9, "とおか": 10, "じゅうよっか": 14, "はつか": 20, "にじゅうよっか": 24}
# Digits with a counter in kana ("ごご3じ", "4がつ"): the counter's kanji.
_DIGIT_COUNTER = re.compile(r"(\d+)(がつ|にち|じ|さい|ふん|ぷん)(?=です|でした|だ|に|から|まで|の|は|よ|ね|くらい|ぐらい|ごろ|[^ぁ-ゖ]|$)")
_DAY_AFTER_MONTH = re.compile(f"(?<=月)({_alt(_DAYS)})")


# A room or a number read one digit at a time, with a zero ("きゅうまるに号室" is 902号室, "いちまるさん番"):
# only before 号 or 番, where a run of digit readings can be nothing else.
_ONE_BY_ONE_DIGITS = {"いち": 1, "に": 2, "さん": 3, "よん": 4, "ご": 5, "ろく": 6, "なな": 7, "はち": 8, "きゅう": 9,
                      "まる": 0, "ぜろ": 0, "れい": 0}
_ONE_BY_ONE = re.compile(f"(?<![ぁ-ゖ])((?:{_alt(_ONE_BY_ONE_DIGITS)}){{2,4}})(?=号|番)")
_ONE_DIGIT = re.compile(_alt(_ONE_BY_ONE_DIGITS))


def _one_by_one(m: re.Match[str]) -> str:
    digits = _ONE_DIGIT.findall(m.group(1))
    if "".join(digits) != m.group(1) or not any(_ONE_BY_ONE_DIGITS[d] == 0 for d in digits):
        return m.group(0)
    return "".join(str(_ONE_BY_ONE_DIGITS[d]) for d in digits)


def kana_numbers(text: str) -> str:
    """``text`` (folded) with its kana numbers in digits (see the module doc)."""
    if "号" in text or "番" in text:
        text = _ONE_BY_ONE.sub(_one_by_one, text)
    text = _PERIOD.sub(lambda m: _PERIOD_KANJI[m.group(1)], text)
    # (each substitution below only where its precheck, the pattern without the word-start
    # lookbehind that makes it slow to scan, finds something: elsewhere it would change nothing)
    if _FIXED_WORD.search(text):
        text = _FIXED.sub(lambda m: _FIXED_VALUE[m.group(1)], text)
    if _SCALE_WORD.search(text):
        text = _SCALED.sub(_scaled, text)
    if _SINGLE_WORDS.search(text):
        text = _SINGLE.sub(_single, text)
    if _DIGIT_COUNTER_WORDS.search(text):
        text = _DIGIT_COUNTER.sub(lambda m: m.group(1) + _COUNTERS[m.group(2)], text)
    if "月" not in text:
        return text
    return _DAY_AFTER_MONTH.sub(lambda m: f"{_DAYS[m.group(1)]}日", text)


_FIXED_WORD = re.compile("しがつ|くがつ|よじ|くじ")
_SCALE_WORD = re.compile(_S)
_SINGLE_WORDS = re.compile(f"(?:{_alt(_ALONE)})(?:{_C})|(?:{_alt(_SHORT)})(?:{_alt(_SHORT_COUNTERS)})")
_DIGIT_COUNTER_WORDS = re.compile(r"\d(?:がつ|にち|じ|さい|ふん|ぷん)")


def _single(m: re.Match[str]) -> str:
    digit, counter = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{_DIGITS[digit]}{_COUNTERS[counter]}"
