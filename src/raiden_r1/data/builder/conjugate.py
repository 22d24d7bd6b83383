"""Japanese verbs from the polite ます form to the plain one (conjugate.yaml JA_VERBS).

The plain-speech rewrite once ran ending rules ("います" -> "いる", "ました" -> "た") that know
no verb classes: "よく「知らんけど」って言います。" became "言いる", "壁を青に塗りました" "塗りた".
A ます stem is classed by its last kana: e-row or a lone kanji is ichidan (食べる, 見る), an i-row
kana godan (言う, 塗った) unless the stem is a listed ichidan one (起きる, 借りた), し after a
noun is する. ``impossible_forms`` finds what this never makes, for tests and the audit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .tables import table

_KANJI = r"[\u4e00-\u9fff々]"
_END = re.compile(r"^(.*?)(ます|ました)(よね|よ|ね|か)?([。！？!?、…]*)$")


@lru_cache(maxsize=None)
def _verbs() -> dict:
    return table("conjugate.yaml", "JA_VERBS")


def _ichidan(stem: str) -> bool:
    v = _verbs()
    if stem[-1] in v["e_row"] or re.fullmatch(_KANJI, stem[-1]):
        return True
    if any(stem.endswith(s) for s in v["ichidan_i_stems"]):
        # "読んできます": で after ん is a te-form and き is 来る, not できる
        return not re.search(r"んでき$", stem)
    if stem.endswith("い"):  # "猫がいます": the verb いる after a particle or alone
        before = stem[:-1]
        return not before or before[-1] in v["iru_after"]
    return False


def _suru(stem: str) -> bool:
    """Whether a stem ending in し is する after a noun ("勉強し", "どうし") rather than a
    godan stem ("話し", "出し")."""
    before = stem[:-1]
    if not before or not re.search(_KANJI + "$", before):
        return not before or not re.search(r"[\u3041-\u3093]$", before) or before[-1] in "うをにとおがもへでし"
    one_kanji = not re.search(r"(?:" + _KANJI + r"|[\u30a1-\u30fa])$", before[:-1])
    return not one_kanji or before[-1] in _verbs()["suru_one_kanji"]


def plain_verb(stem: str, past: bool) -> str | None:
    """The plain form of the verb whose ます stem is ``stem`` ("言い" -> "言う", past "言った"),
    or None where the stem is no verb this knows (the caller keeps the polite form)."""
    if not stem:
        return None
    v = _verbs()
    # "帰ってきます": き after て is 来る (くる, past きた)
    if re.search(r"[てで]き$", stem) and (re.search(r"んでき$", stem) or stem.endswith("てき")):
        return stem[:-1] + ("きた" if past else "くる")
    if _ichidan(stem):
        return stem + ("た" if past else "る")
    last = stem[-1]
    if last == "し" and _suru(stem):
        return stem[:-1] + ("した" if past else "する")
    if last not in v["godan_dict"]:
        return None
    if past:
        for ending, form in v["past_exceptions"].items():
            # 行き, or the kana いき of "出ていき" (a te-form before it)
            if stem.endswith(ending) and (ending[0] != "い" or stem == ending or stem[-3] in "てで"):
                return stem[: -len(ending)] + form
        return stem[:-1] + v["godan_past"][last]
    return stem[:-1] + v["godan_dict"][last]


def masu_to_plain(sentence: str) -> str:
    """``sentence`` with a final ます/ました verb in plain form ("尾道に行きます。" -> "尾道に行く。");
    unchanged where the stem is not known or the form is a set phrase (ございます)."""
    m = _END.match(sentence)
    if not m:
        return sentence
    head, form, particle, punct = m.groups()
    if any((head + form).endswith(k.replace("ます", form)) for k in _verbs()["keep"]):
        return sentence
    plain = plain_verb(head, form == "ました")
    if plain is None:
        return sentence
    if particle == "か":  # a question in plain speech drops か: "行きますか？" -> "行く？"
        particle = ""
    return plain + (particle or "") + punct


_GODAN_PLAIN_LOOKALIKE = re.compile(
    rf"({_KANJI}+)(い(?=る)|[きぎちにびみり](?=た(?![いかくけさがてらり])))(る|た)")


def impossible_forms(text: str) -> list[str]:
    """Verb forms no Japanese verb has in ``text``: a godan stem with an ichidan ending ("言いる",
    "塗りた", "行きた"); an ichidan stem (起きた, 用いる) and a wish (住みたい) are not."""
    ichidan = _verbs()["ichidan_i_stems"]
    out = []
    for m in _GODAN_PLAIN_LOOKALIKE.finditer(text):
        stem = m.group(1) + m.group(2)
        if not any(stem.endswith(s) for s in ichidan):
            out.append(m.group(0))
    return out


# A verb's ます stem put where a noun belongs, before the copula ("夢は再び仕官しです",
# "…嫁に出しでござる"): a suru verb's し after a kanji compound, or an i-row stem after an object
# or goal particle in the same clause (a lone 連用形 noun, "趣味は釣りです", is a noun and stays).
_COPULA = r"(?=(?:です|でございます|でござる|だ)(?:[、。！？よねな]|$))"
_STEM_BEFORE_COPULA = re.compile(
    rf"(?P<stem>{_KANJI}{{2,}}し|[をにへ][^、。！？はを]*?(?:{_KANJI}[いきぎしちにびみり]|なり)){_COPULA}")


# i-row endings that are adjectives, not verb stems ("…が好きだ", "…が嫌いです")
_NA_ADJECTIVES = r"(?:好き|嫌い|綺麗|幸い|間違い|大違い)$"


def nominalized(sentence: str) -> str:
    """``sentence`` with a verb stem before the copula made a noun the Japanese way: the plain
    form and こと ("再び仕官しでござる" -> "再び仕官することでござる"); unchanged where there is none
    or the stem is no verb this knows."""
    def fix(m: re.Match[str]) -> str:
        text = m.group("stem")
        if re.search(_NA_ADJECTIVES, text):  # "落語を聞くことが好きだ": 好き is no verb stem (review 76: 好くことだ)
            return m.group(0)
        stem = re.search(rf"{_KANJI}+[いきぎしちにびみり]$|なり$", text).group(0)
        plain = plain_verb(stem, past=False)
        return m.group(0) if plain is None else text[: -len(stem)] + plain + "こと"
    return _STEM_BEFORE_COPULA.sub(fix, sentence)


def stem_before_copula(text: str) -> list[str]:
    """The verb stems ``text`` puts before a copula ("仕官しです"), for tests and the audit."""
    return [m.group("stem") for m in _STEM_BEFORE_COPULA.finditer(text) if not re.search(_NA_ADJECTIVES, m.group("stem"))]
