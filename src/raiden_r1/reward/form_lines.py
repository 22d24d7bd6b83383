"""An answer written as a filled-in form: two or more "label: value" entries ("时间：明天下午三点\n目的地：成都",
"Name: Pip / Age: 7", "出身：出雲。年齢：17歳。", "이름: 보리, 나이: 3살"), each label a short noun phrase and each
value a few words, the answer opening with the first. A form is a wrapper, not the character
speaking, unless the record's gold answer is itself written that way. Not caught: one label alone
(gaming._question_field reads that one when the label is the question's own word), a label and a
long sentence after it ("Listen: I was born in Leeds"), labels with a pronoun ("My answer: …")."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical

from .analysis import cue_in_text

# One entry: a short label, a colon (not a clock's "15:00"), a short value, up to an entry break.
_ENTRY = re.compile(r"(?:^|(?<=[\n/|;；。.!！、,，]))\s*[-*•·]?\s*([^\n:：/|;；。.!！,，、]{1,24}?)\s*(?:(?<!\d)[:：]|[:：](?!\d))\s*"
                    r"([^\n:：/|;；。!！]{1,40}?)\s*(?=$|[\n/|;；。!！]|\.(?:\s|$)|[,，、]\s*[^\n:：,，、]{1,24}[:：](?!\d))")


def _short(text: str, words: int, chars: int) -> bool:
    t = text.strip()
    return bool(t) and (len(t.split()) <= words if t.isascii() else len(t.replace(" ", "")) <= chars)


def _pronoun(label: str, lang: str) -> bool:
    c = canonical(label)
    return any(cue_in_text(c, x, k) for x in {lang, "en"} for k in ("first_person", "second_person", "negation"))


def form_entries(raw: str, lang: str) -> list[tuple[str, str]]:
    """The label-value entries of a form that opens the answer (empty when it does not open with one)."""
    text = raw.strip()
    out: list[tuple[str, str]] = []
    if ":" not in text and "：" not in text:
        return out  # (every entry holds a colon: no scan of a long answer that has none)
    pos = 0
    for m in _ENTRY.finditer(text):
        gap = text[pos:m.start()].strip(" \n/|;；。.!！、,，-*•·")
        if gap:
            break  # (a form is one entry after another: prose between them is speech)
        label, value = m.group(1).strip(), m.group(2).strip()
        if not _short(label, 3, 8) or not _short(value, 6, 16) or _pronoun(label, lang) or _pronoun(value, lang):
            break
        out.append((label, value))
        pos = m.end()
    return out


@lru_cache(maxsize=4096)
def _gold_is_form(answer: str, lang: str) -> bool:
    return len(form_entries(answer, lang)) >= 2


def form_wrapper(raw: str, answer: str, lang: str, self_word: str = "") -> str | None:
    """The answer opens with two or more form entries and the gold answer is no form: the first label.
    Not a form that carries the card's own word for "I" (a robot's report: "询问项：本机出厂年份…"), which is
    the character speaking in its own manner."""
    entries = form_entries(raw, lang)
    if len(entries) < 2 or len({canonical(k) for k, _ in entries}) < 2 or _gold_is_form(answer, lang):
        return None
    own = canonical(self_word) if self_word else ""
    if own and own in canonical(raw):
        return None
    return entries[0][0]
