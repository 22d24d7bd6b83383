"""The right keyword put in the wrong place: on another relative than the one asked about ("我儿子是
萧红袖" asked who the junior sister is), or the user's plan with a companion taken over by the
character ("Samir and I are going to X" asked "Where am I going with Samir?"). Both were paid in a
quickstart's answers after training."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical

from .analysis import Answer
from .lexicon import _load_yaml
from .matching import PreparedTruth


@lru_cache(maxsize=None)
def _kin_groups(language: str) -> tuple[tuple[str, ...], ...]:
    groups = _load_yaml("kin_slots").get(language) or []
    return tuple(tuple(canonical(str(w)) for w in g) for g in groups)


def _present(group: tuple[str, ...], text: str, latin: bool) -> bool:
    padded = f" {text} "
    return any((f" {w} " in padded) if latin else (w in text) for w in group)


def other_relative(before: str, prep: PreparedTruth, lang: str) -> str | None:
    """The last kin word before the keyword in its clause, when its slot is not one the question or
    the gold answer names."""
    # (English kin words too when the answer mixes them in: "my son is 萧红袖" to a Chinese question)
    langs = [lang] + (["en"] if lang != "en" and re.search("[a-z]", before) else [])
    last, where, last_lang = None, -1, lang
    for lg in langs:
        latin = lg == "en"
        for group in _kin_groups(lg):
            for w in group:
                i = f" {before} ".rfind(f" {w} ") if latin else before.rfind(w)
                if i > where:
                    last, where, last_lang = group, i, lg
    if last is None:
        return None
    latin = last_lang == "en"
    question, gold = prep.question_norm, prep.answer_norm
    if _present(last, question, latin) or _present(last, gold, latin):
        return None
    if not _asks_kin(question, tuple(sorted({lang, prep.truth.language}))) and not prep.question_relations:
        return None
    return last[0]


@lru_cache(maxsize=1024)
def _asks_kin(question: str, languages: tuple[str, ...]) -> bool:
    """Whether a question names a kin slot at all ("你的师妹是谁" does, "你叫什么" not): once per
    question, not per keyword occurrence."""
    return any(_present(g, question, lg == "en") for lg in languages for g in _kin_groups(lg))


_WITH_ME = {
    "en": re.compile(r"\b([a-z][a-z'-]+) and i\b|\bi and ([a-z][a-z'-]+)\b|\bme and ([a-z][a-z'-]+)\b"),
    "zh": re.compile(r"我(?:和|跟|同)([\u4e00-\u9fffA-Za-z]{1,6}?)(?:一起|要|去|会|打算|准备|是)|"
                     r"([\u4e00-\u9fffA-Za-z]{1,6}?)(?:和|跟)我(?:一起|要|去|会)"),
    # (the pronoun not inside a word: "近いうちに小太郎と" holds no うち "I")
    "ja": re.compile(r"([^\s、。はがのと]{1,8})と(?:私|僕|俺|わたし|あたし)(?:で|は|が)|"
                     r"(?<![\u3040-\u309f])(?:私|僕|俺|わたし|あたし)(?:は|が)?([^\s、。はがのと]{2,8})と"),
    "ko": re.compile(r"(?:저|나)(?:랑|하고|와|는) ?([가-힣A-Za-z]{1,8}?)(?:랑|하고|와|과|이랑)|"
                     r"([가-힣A-Za-z]{1,8}?)(?:이랑|랑|하고|와|과) (?:저|나|제가|내가)"),
}


def companion_taken(ans: Answer, prep: PreparedTruth, lang: str) -> str | None:
    """The user's companion named in the question, now going with the character ("Samir and I",
    "我和萨米尔", "サミールと私", "사미르랑 저"): the user's plan made the character's own."""
    pat = _WITH_ME.get(lang)
    if pat is None:
        return None
    for cl in ans.clauses:
        if cl.question:
            continue  # ("Samir and I? No - you and Samir…": asked back, then put right)
        for m in pat.finditer(cl.text):
            name = next((g for g in m.groups() if g), "")
            if len(name) >= 2 and name in prep.question_norm and name not in ("you", "your"):
                return m.group(0)
    return None
