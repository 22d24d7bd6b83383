"""Readings of one keyword occurrence's surroundings that occurrence.occurrence_issue asks: who does
what follows an age, an age as a time, a number that names the asked thing, a name written as the
common word, a relative's relative, a verbless clause's later negation, another unit than the gold's.
(Kept apart so occurrence.py stays the list of verdicts in the order they are asked.)"""

from __future__ import annotations

import re

from raiden_r1.canon import Term
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_in_text
from .clause_text import clause_before, clause_rest
from .lexicon import cues
from .matching import PreparedTruth, unit_after

_has = cue_in_text  # a cue of a kind anywhere in a canonical text

# An age as the time something happened: "28岁那年", "41歳のとき", "25살 때", "34 when I joined" (not the
# Edo copula "83でい").
AGE_WHEN = {"zh": re.compile(r"^ ?(?:岁)?(?:那年|那一年|的时候|那时|时)"),
             "ja": re.compile(r"^ ?(?:歳|岁|才)?(?:のとき|の時|の时|の頃|の顷|で(?!す|し|ご|ござ|い(?:$| )))"),
             "ja_unspaced": re.compile(r"^(?:歳|岁|才)?(?:のとき|の時|の时|の頃|の顷)"),
             "ko": re.compile(r"^ ?(?:살|세)? ?(?:때|적에|무렵)"),
             "en": re.compile(r"^(?: years old)? ?(?:when|back when|the year) (?:i|we) (?!last|check)")}


# A relative or a third person as the subject of what follows an age ("15살 때 동생이 올라왔어요",
# "9歳のときに兄が始めた", "9岁那年，是我哥开始学的"), not a teacher or a companion ("할아버지한테",
# "跟我爸学的"): the subject particle after it, or in Chinese the clause opening with it.
_DOER_AFTER = {"ko": ("이", "가", "은", "는", "께서", "이가", "이는", "도"), "ja": ("が", "は", "も")}
_ZH_DOER_LEAD = re.compile("^(?:是|就是|其实是)?(?:我|我的|我们家|我家)?")


def someone_else_does(ans: Answer, ci: int, pos: int, lang: str) -> bool:
    cl = ans.clauses[ci]
    texts = [ans.match[pos:cl.end]] + [c.text for c in ans.clauses[ci + 1:] if c.sentence == cl.sentence]
    for text in texts:
        people = relation_nouns(text) | {k.strip() for k in cues(lang).get("kin") if k.strip() in text} | \
            {p.strip() for p in cues(lang).get("third_person") if p.strip() and p.strip() in text}
        for who in people:
            if lang == "zh":
                lead = _ZH_DOER_LEAD.match(text).end()
                if text[lead:].startswith(who) and not text[lead + len(who):].startswith("的"):
                    return True
            elif any(f"{who}{p}" in f"{text} " and (f"{who}{p} " in f"{text} " or lang == "ja") for p in _DOER_AFTER.get(lang, ())):
                return True
    return False


def age_when_unspaced(ans: Answer, ci: int, pos: int, term: Term, lang: str) -> re.Match[str] | None:
    """An age as a time in Chinese or Japanese, whose words are not spaced: read from the character
    after the number ("我28岁那年", "41歳のとき"), not from the next space. (Japanese "で" is read only
    after a space: "83でい", "38歳で独身" are the age now.)"""
    if lang not in ("zh", "ja") or not term.norm.isdigit():
        return None
    pattern = AGE_WHEN["ja_unspaced" if lang == "ja" else "zh"]
    return pattern.match(ans.match[pos + len(term.norm):ans.clauses[ci].end])


def label_asked(label: str, prep: PreparedTruth) -> bool:
    """The thing the number names is what the question asks for ("the 4:15 train" asked which train,
    "哪趟车" answered "四点一刻那趟车"): the number is the answer, not another kind of number."""
    q = prep.question_norm
    return bool(q) and (f" {label} " in f" {q} " if label.isascii() else label in q)


def lower_case_name(raw: str, name: str) -> bool:
    """A name asked for ("Marmalade") that an answer which capitalises its sentences only ever writes
    in lower case ("toast with marmalade"): the common word, not the name."""
    if not name[:1].isupper() or " " in name.strip() or not name.isascii():
        return False
    # (a final e drops before -ing and -y: "pickling" for Pickle)
    base, bare = (name[:-1], "e") if name.endswith("e") else (name, "")
    found = [m for m in re.finditer(rf"(?<![A-Za-z]){re.escape(base)}({bare}|e?s|e?d|ing|y)(?![A-Za-z])", raw, re.IGNORECASE)]
    if found and all(m.group(1).lower() != bare for m in found):
        # "I had noodles for me tea" for Noodle, "pickled cucumbers" for Pickle: a name takes no
        # plural or verb ending, so the word is the common one
        return True
    found = [m for m in found if m.group(1).lower() == bare]
    return bool(found) and all(m.group(0)[:1].islower() for m in found) and raw.lstrip()[:1].isupper()


def relatives_relative(before: str) -> str | None:
    """"父の兄", "爸爸的哥哥", "아버지의 형", "my father's brother": a relation keyword owned by another
    relative is that relative's, not the character's."""
    for mark in ("の", "的", "의", " s"):
        if before.endswith(mark):
            head = before[: len(before) - len(mark)].rstrip()
            tail = head.rsplit(" ", 1)[-1] if head.isascii() else head[-4:]
            found = relation_nouns(tail)
            if found:
                return f"{sorted(found)[0]}{mark.strip()}"
    return None


_VERBLESS_END = {"ja": ("も", "は", "を", "が", "とか", "なんて", "なんか", "や", "だの", "やら"), "ko": ("도", "은", "는", "을", "를", "이나", "나")}


def verb_later_negated(ans: Answer, ci: int, lang: str) -> str | None:
    """The negation of the verb that a verbless clause (ending in a particle) waits for, later in its
    sentence and before any other verb clause."""
    cl = ans.clauses[ci]
    if not cl.text.endswith(_VERBLESS_END[lang]):
        return None
    for nxt in ans.clauses[ci + 1:]:
        if nxt.sentence != cl.sentence:
            return None
        if nxt.text.endswith(_VERBLESS_END[lang]):
            continue  # the list goes on
        cue = _has(nxt.text, lang, "negation")
        return cue.strip() if cue else None
    return None


# Spellings of one unit.
_UNIT_SAME = {"year": "years", "old": "years", "세": "살", "才": "岁", "歳": "岁", "kilos": "kg", "lbs": "pounds",
              "ft": "feet", "キロ": "kilo", "킬로": "kilo", "公斤": "kg", "钟头": "小时", "个钟": "小时",
              # (animal counters: "三十頭" and "三十匹", "三十头" and "三十只" count one herd)
              "頭": "只", "羽": "只", "匹": "只", "头": "只", "条": "只",
              # (people counters: "学生45名" and "45个孩子" count one class)
              "名": "个", "位": "个"}


def unit_mismatch(ans: Answer, pos: int, term: Term, prep: PreparedTruth, language: str) -> str | None:
    """A number keyword followed by another unit than the gold answer gives it: another quantity."""
    gold_unit = prep.keyword_units.get(term.norm)
    if not gold_unit:
        return None
    # (within the clause: "176. Old Harris is 170" gives 176 no unit "old")
    end = min(pos + len(term.norm) + 12, ans.clauses[ans.clause_index(pos)].end)
    found = unit_after(term.norm, ans.match[pos + len(term.norm):end], language)
    if found in ("名", "位") and ans.match[:pos].rstrip().endswith("第"):
        found = "第" + found  # "第45名" is a rank, not 45 people
    units = {_UNIT_SAME.get(found, found), _UNIT_SAME.get(gold_unit, gold_unit)} if found else set()
    if len(units) == 2 and not ("kilo" in units and units & {"km", "kg"}):  # (a bare キロ is either)
        return f"another quantity ('{term.raw} {found}', the answer is in {gold_unit})"
    return None




# Asked where, "I'm Nairobi Spire." says the character IS the place: the template a policy drifts into
# when its cold start opened every answer with "I'm <name>" (session 35's quickstart paid it twice).
# "I'm from / in / at X" and "I'm Leeds born and bred" are the place; a name question keeps "I'm X".
_WHERE_ASKED = re.compile(r"\b(?:where|hometown|birthplace|home town)\b")
_PLACE_AFTER_SELF = re.compile(r"^(?:born|bred|through|and proud|-born|to the bone)\b")


def self_as_place(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> bool:
    if ans.language != "en" or prep.gold_self_identity or not _WHERE_ASKED.search(prep.question_norm):
        return False
    return clause_before(ans, ci, pos).strip() in ("i m", "i am", "im") and \
        not _PLACE_AFTER_SELF.match(clause_rest(ans, ci, pos, term).strip())
