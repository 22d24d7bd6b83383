"""The keyword, the character's own name, as the topic of a third-person description in Chinese,
Japanese or Korean ("沈青霜是个剑客。", "ルル・フェンネルは見習い魔法使いです。", "박순자는 떡 장인이에요."):
the character narrated, as "Adaeze is a pharmacist" is in English. voice.py reads the name at the
keyword's own spot only for English (a CJK keyword is skipped there, so "在下沈青霜" stays a name),
so a name question answered by narration was paid. Not narration: the name alone or introduced
("我叫沈青霜", "박순자예요", "ルル・フェンネルです"), the name said to be the speaker's own ("沈青霜是在下的
本名"), any first-person word in the answer tying the name to the speaker ("沈青霜就是我", "わたしは
ルル・フェンネルです"), the old self-announcements "沈青霜在此" / "沈青霜是也", and a character whose
profile says it speaks of itself by name (GroundTruth.self_name: "ルルはルルなのです！").
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term, canonical

from .analysis import Answer, cue_in_text
from .clause_text import clause_before
from .lexicon import cues, word_list
from .matching import PreparedTruth
from .third_person import names_self, subject_particle

_LANGS = ("zh", "ja", "ko")
# "沈青霜在此！", "在下沈青霜是也": a wuxia hero announcing itself, not a narrator describing it
_ZH_ANNOUNCE = re.compile(r"^(?:是也|在此|在这|来也|到也|到了|来了)")


def _without_leads(before: str, lang: str) -> str:
    """``before`` less the discourse words and frames opening it ("嗯", "我是说", "つまり", "그러니까")."""
    leads = word_list("narration_leads", "lead", lang)
    rest = before.strip()
    if lang == "ko":
        words = rest.split(" ")
        i = 0
        while i < len(words):
            step = next((len(w.split(" ")) for w in leads if words[i:i + len(w.split(" "))] == w.split(" ")), 0)
            if not step:
                break
            i += step
        return " ".join(words[i:])
    while rest:
        lead = next((w for w in leads if rest.startswith(w)), None)
        if lead is None:
            break
        rest = rest[len(lead):].strip()
    return rest


def narrated_own_name(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth, lang: str) -> str | None:
    """Why the keyword at ``pos`` of clause ``ci``, one of the character's own names, is the subject of
    a third-person description, or None."""
    if lang not in _LANGS or prep.truth.self_name or not term.cjk:
        return None
    text = ans.clauses[ci].text
    before = clause_before(ans, ci, pos)
    if _without_leads(before, lang):
        return None  # only the clause's topic: "在下沈青霜", "저는 박순자" have the speaker first
    # (``pos`` is an offset of the whole answer: the name is read where the clause's text before it ends)
    pos = len(before)
    while pos < len(text) and text[pos] == " ":
        pos += 1
    # the longest of the character's names that holds the keyword and starts where it does
    # (or the keyword alone where it is a part of one: "ルル" of "ルル・フェンネル")
    held = [n for n in prep.names if term.norm in n]
    name = max((n for n in (*held, *((term.norm,) if held else ())) if text.startswith(n, pos)), key=len, default=None)
    if name is None:
        return None
    rest = text[pos + len(name):].lstrip()
    if not subject_particle(rest, cues(lang).get("name_particles")) or names_self(rest, lang) or \
            (lang == "zh" and _ZH_ANNOUNCE.match(rest)):
        return None
    whole = " ".join(c.text for c in ans.clauses)
    for frame in word_list("narration_leads", "frame", lang):
        whole = whole.replace(frame, " ")  # "我是说，沈青霜是个剑客": the frame's 我 does not own the name
    for n in sorted({*prep.names, term.norm}, key=len, reverse=True):
        whole = whole.replace(n, " ")  # (a name holding a first-person character, "林吾", says no "I")
    if cue_in_text(whole, lang, "first_person"):
        return None
    word = canonical(prep.truth.self_word) if prep.truth.self_word else ""
    if word and word in " ".join(c.text for c in ans.clauses):
        return None  # the card's own word for "I" ("이 할미")
    return f"third person (the character's own name '{name}')"


__all__ = ["narrated_own_name"]
