"""A number keyword bound to a unit or counter of another class than the one asked (session 35, r19): "二百四十里外"
for a flock of 二百四十只, "since '96" for Route 96, "forty years" asked how many sheep, "40년" for 40마리. The
class the slot wants comes from the gold answer (the unit right after its number, or a label word before it:
"Route 96") and else from the question ("多少只", "何匹", "몇 마리", "how many sheep", "what year"); the class
the answer gives, from the unit right after the occurrence (or an English year written "'96"). Classes live in
lexicon/number_units.yaml (count, length, time, money, weight, degree, times, percent, label). Both must be known and differ.

Knowingly not caught: a unit of the same class ("34 years" for an age of 34 asked as a duration), a noun that
is no unit in the table ("96 trams"), a number without any unit after it."""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term, match_form

from .analysis import Answer
from .lexicon import _load_yaml, cues
from .matching import PreparedTruth

_CLASSES = ("count", "length", "time", "money", "weight", "degree", "times", "percent", "label")
# (an approximation between a number and its unit: "二百四十多只", "四十来年", "四十余里", "四十几年")
_APPROX = re.compile(r"^(?:多|余|来|几|左右)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@functools.lru_cache(maxsize=None)
def _units(lang: str) -> dict[str, str]:
    """unit (in the view it is matched in) -> class."""
    from raiden_r1.canon import canonical
    data = _load_yaml("number_units")
    out: dict[str, str] = {}
    for cls in _CLASSES:
        for w in (data.get(cls) or {}).get(lang) or []:
            # (read after a number, as answers are: the normaliser writes "forty miles" as "40 mi")
            after = re.match(r"7 ?(\D.*)$", canonical(f"7 {w}" if lang == "en" else f"7{w}"))
            for c in {canonical(str(w)), after.group(1) if after else ""}:
                if c:
                    out.setdefault(match_form(c) if lang == "en" else c.replace(" ", ""), cls)
    return out


@functools.lru_cache(maxsize=None)
def _cjk_unit_pattern(lang: str) -> re.Pattern[str]:
    units = sorted(_units(lang), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, units)) + ")") if units else re.compile("(?!)")


def unit_class_after(text: str, lang: str) -> str | None:
    """The class of the unit opening ``text`` (what follows a number), else None."""
    if lang == "en":
        if text.lstrip().startswith("%"):
            return "percent"
        m = re.match(r" ?([a-z]+)", text)
        return _units("en").get(match_form(m.group(1))) if m else None
    rest = _APPROX.sub("", text.lstrip()).lstrip()
    m = _cjk_unit_pattern(lang).match(rest)
    if m is None:
        return None
    if lang == "zh" and m.group(0) in ("年", "日") and rest[1:2] in ("级", "纪", "轻", "龄"):
        return None  # "年级", "年纪", "年轻": no year
    if lang == "zh" and m.group(0) == "个":
        # (the general classifier counts what follows it: "三个多月", "二十个年头" are times)
        after = _APPROX.sub("", rest[1:])
        if after.startswith(_ZH_TIME_NOUNS):
            return "time"
        return unit_class_after(after, lang) or "count"
    return _units(lang)[m.group(0)]


_ZH_TIME_NOUNS = ("月", "年头", "星期", "礼拜", "钟头", "小时", "钟", "周", "季度", "世纪", "晚上", "白天", "春秋", "夏天", "冬天",
                  "秋天", "春天", "寒暑", "半月")


def _label_before(before: str, lang: str) -> bool:
    if lang != "en":
        return False
    m = re.search(r"([a-z]+) $", before)
    # (read unstemmed: a plural or a verb is no label, "my flock numbers forty")
    return bool(m) and match_form(m.group(1)) in _EN_LABEL_WORDS() and m.group(1) not in ("numbers", "numbered")


@functools.lru_cache(maxsize=1)
def _EN_LABEL_WORDS() -> frozenset[str]:
    return frozenset(match_form(w) for w in cues("en").get("number_label_before"))


# What the question asks by its wording: "多少只", "几岁", "何匹", "몇 마리", "how many sheep", "what year".
_ASKED = {
    "zh": re.compile(r"(?:多少|几)(\S{1,3})"),
    "ja": re.compile(r"何(\S{1,3})"),
    "ko": re.compile(r"몇 ?(\S{1,3})"),
}
_EN_ASKED = ((re.compile(r"\bhow old\b|\b(?:what|which) year\b|\bhow many (?:year|day|month|week|hour)"), "time"),
             (re.compile(r"\bhow many\b"), "count"), (re.compile(r"\bhow far\b"), "length"),
             (re.compile(r"\bhow much (?:do|did|does|is|was|are|were|will|would)\b.{0,30}\b(?:cost|pay|paid|charge|earn|spend|spent|sell|sold)"), "money"),
             (re.compile(r"\bwhat temperature"), "degree"))


@functools.lru_cache(maxsize=4096)
def asked_class(answer_norm: str, question_norm: str, number: str, lang: str) -> str | None:
    """The unit class the slot wants: the gold answer's unit after (or label before) its number, else the
    question's wording."""
    gold = answer_norm
    for m in re.finditer(rf"(?<![\d.]){re.escape(number)}(?![\d.])", gold):
        if _label_before(gold[:m.start()], lang):
            return "label"
        cls = unit_class_after(gold[m.end():m.end() + 8], lang)
        if cls:
            return cls
    if lang == "en":
        for pat, cls in _EN_ASKED:
            if pat.search(question_norm):
                noun = re.search(r"\bhow many ([a-z]+)", question_norm) if cls == "count" else None
                return _units("en").get(match_form(noun.group(1)), "count") if noun else cls
        return None
    pat = _ASKED.get(lang)
    m = pat.search(question_norm) if pat else None
    return unit_class_after(m.group(1), lang) if m else None


_EN_YEAR = re.compile(r"(?<![\w.])['’‘](\d{2})(?!\d)")


def other_unit(ans: Answer, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """'<the answer's unit class> for <the asked class>' when this occurrence of a bare number keyword is bound
    to a unit of another class than the slot's, else None."""
    number = term.norm
    if not _NUMBER.fullmatch(number):
        return None
    lang = ans.language if ans.language in ("en", "zh", "ja", "ko") else "en"
    asked = asked_class(prep.answer_norm, prep.question_norm, number, lang)
    if asked is None:
        return None
    end = pos + len(number)
    # (within the number's clause: "Flat 12, second floor" binds no 12 to seconds)
    stop = min(end + 8, ans.clauses[ans.clause_index(pos)].end)
    given = unit_class_after(ans.match[end:stop], lang) if stop > end else None
    if given is None and lang == "en" and asked != "time" and _EN_YEAR.search(ans.raw) and \
            any(m.group(1) == number for m in _EN_YEAR.finditer(ans.raw)):
        given = "time"  # "since '96": a year
    # (a count given never refuses: a counter may count the asked thing's own units, "三十个铜板" for a price)
    if given is None or given == asked or given == "count" or (asked, given) == ("times", "time"):
        return None  # (and "three years running" for how many times: once a year)
    return f"{given} for {asked}"
