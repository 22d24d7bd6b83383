"""The keyword found only inside a longer word of the answer (docs/reward.md, family 8: substrings).

The normaliser folds katakana into hiragana, so "ゴンドラ" holds "ごん" for a dog called ゴン; and a
Korean name is found in whatever word ends with it ("땅콩이" holds 콩이). Both are other words: a
katakana word runs on in katakana ("ゴンドラ", "ドラゴン"; a particle or copula after it is written in
hiragana: "ゴンだがや", "ゴンちゃん"), and a Korean word starts where its spacing starts ("우리 콩이"). What
may stand glued before a name in Korean is the speaker's "our"/"my", a family name or a word of
affection (lexicon/ko.yaml `name_glued_prefix`, `surnames`): "김민지예요", "우리콩이"; after it, a
particle, a copula, a title or a kin word (`name_glued_suffix`: "보리랑", "민지언니"), not another noun
("보리차", "나비넥타이"). Asked where, a Korean place keyword with 님 glued after it is a person or a
title ("기장님이 그러는데": the captain, not 기장). Judged on the
answer as written (NFKC only), since the canonical form has lost the script.
"""

from __future__ import annotations

import re
import unicodedata

from raiden_r1.canon import Term

from .analysis import Answer
from .lexicon import cues
from .longer_place import _asks_place
from .longer_word import longer_word
from .matching import PreparedTruth

_KATAKANA_WORD = re.compile("^[\u30a1-\u30fa\u30fc\u30fb]+$")
_KATA_BEFORE = re.compile("[\u30a1-\u30fa\u30fc]")
_KATA_AFTER = re.compile("[\u30a1-\u30fa]")  # (a long-vowel mark after a name draws it out: "ポチー！")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def _inside_katakana(raw: str, kata: str) -> int:
    """How many times ``kata`` is written in ``raw`` as part of a longer katakana word."""
    n, start = 0, raw.find(kata)
    while start != -1:
        end = start + len(kata)
        if (start > 0 and _KATA_BEFORE.match(raw[start - 1])) or (end < len(raw) and _KATA_AFTER.match(raw[end])):
            n += 1
        start = raw.find(kata, start + 1)
    return n


# (session 35) What may stand glued to a hiragana name in speech: a particle before it ("うちのぽんた", "名前はぽんた"),
# a particle, copula or suffix after it ("ぽんただよ", "ぽんたちゃん", "ぽんたって"). Other hiragana on both sides make
# the name a piece of another word ("ぽんぽんたたく" holds ぽんた).
_HIRA = re.compile("[\u3041-\u3096]")
_NAME_BEFORE_OK = frozenset("のはがをにともでへやかよねなさ")
_NAME_AFTER_OK = ("だ", "で", "は", "が", "を", "に", "の", "と", "も", "や", "ちゃ", "くん", "さ", "っ", "よ", "ね", "か", "じゃ",
                  "な", "ぁ", "ー", "ま", "し", "へ", "ば", "ら", "す", "ど", "ぞ", "ぜ", "わ", "ち")


def _inside_hiragana(raw: str, kana: str, prep: PreparedTruth) -> bool:
    """Every writing of the hiragana name ``kana`` in ``raw`` has hiragana glued on both sides that no particle,
    copula or suffix explains (and the gold answer does not write it so)."""
    if not kana or not all("\u3041" <= c <= "\u3096" for c in kana) or kana not in raw:
        return False
    start, glued, n = raw.find(kana), 0, 0
    while start != -1:
        n += 1
        end = start + len(kana)
        before = raw[start - 1] if start else ""
        after = raw[end:end + 2]
        if before and _HIRA.match(before) and before not in _NAME_BEFORE_OK and after and _HIRA.match(after[0]) and \
                not after.startswith(_NAME_AFTER_OK):
            glued += 1
        start = raw.find(kana, start + 1)
    return glued == n and not _glued_in_gold(prep, kana)


def _glued_in_gold(prep: PreparedTruth, kana: str) -> bool:
    gold = unicodedata.normalize("NFKC", prep.truth.answer or "")
    i = gold.find(kana)
    return i > 0 and bool(_HIRA.match(gold[i - 1])) and gold[i - 1] not in _NAME_BEFORE_OK


def _glued_korean(ans: Answer, pos: int) -> str | None:
    """The hangul glued before the occurrence at ``pos`` of a name keyword, when it is no word that may
    stand so ("땅" in "땅콩이"), else None."""
    text = ans.match
    start = pos
    while start > 0 and _HANGUL.match(text[start - 1]):
        start -= 1
    prefix = text[start:pos]
    if not prefix:
        return None
    c = cues("ko")
    if prefix in c.get("name_glued_prefix") or prefix in c.get("surnames"):
        return None
    return prefix


def _glued_after(ans: Answer, end: int) -> str | None:
    """The hangul glued after a name keyword when it begins no particle, copula, title or kin word
    ("차" in "보리차", "넥타이" in "나비넥타이"), else None."""
    text = ans.match
    stop = end
    while stop < len(text) and _HANGUL.match(text[stop]):
        stop += 1
    rest = text[end:stop]
    if not rest or rest.startswith(cues("ko").get("name_glued_suffix")):
        return None
    return rest


def inside_other_words(ans: Answer, mentions: list[tuple[Term, int]], prep: PreparedTruth) -> list[tuple[Term, int]]:
    """``mentions`` without those inside a longer word of the answer (see the module doc)."""
    if not mentions:
        return mentions
    out = mentions
    if ans.language == "ja":
        raw = unicodedata.normalize("NFKC", ans.raw)
        for alt in {a for a, _ in mentions}:
            kata = unicodedata.normalize("NFKC", alt.raw.strip())
            # (a longer word heads its compounds: "ロケットエンジン" is still a rocket, "テニスコート" tennis;
            # a short one, a name most often, is a piece of another word: "ゴンドラ", "コロッケ")
            if not _KATAKANA_WORD.match(kata) or len(kata) > (3 if prep.asks_name else 2) or _inside_katakana(unicodedata.normalize("NFKC", prep.truth.answer), kata):
                continue  # (the gold answer's own compound, "ポチタマ", is how the record says it)
            found = [m for m in out if m[0] == alt]
            # (only when every mention is such a word: the folded text cannot say which one was)
            if _inside_katakana(raw, kata) >= len(found):
                out = [m for m in out if m[0] != alt]
        if prep.asks_name:
            out = [(a, p) for a, p in out if not _inside_hiragana(raw, unicodedata.normalize("NFKC", a.raw.strip()), prep)]
    elif ans.language == "zh":
        # (a compound or an idiom holding the keyword: "灰色地带", "望穿秋水"; longer_word.py)
        out = [(a, p) for a, p in out if not longer_word(ans.match, p, a.norm, prep.answer_norm)]
    elif ans.language == "ko" and _asks_place(prep, "ko"):
        # (님 makes a person or a title of what it follows: asked where, "기장님이 그러는데" names the captain)
        out = [(a, p) for a, p in out if not ans.match.startswith("님", p + len(a.norm))]
    if ans.language == "ko" and prep.asks_name:
        out = [(a, p) for a, p in out if not (_HANGUL.match(a.norm[:1] or " ") and len(a.norm) >= 2 and
                                              (_glued_korean(ans, p) or _glued_after(ans, p + len(a.norm))))]
    return out
