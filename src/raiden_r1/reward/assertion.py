"""Does the character assert the keyword? Judged per occurrence, in the clause that carries it.

A keyword present in the final answer earns its item only when some occurrence is asserted by
the character, in its own voice, as the one value: not negated ("I'm not from X"), asked back
("Am I from X?"), conditional ("if I were from X"), attributed to others ("people say X"),
taken back ("X... no wait, Y"), said of the character in the third person ("She is from X",
"<name>'s father is X"), claimed as the character's identity when the keyword names someone else
("I'm Pretzel"), claimed as the character's own when the user said it (CM: "my dog is X"), or
offered next to a competing value ("X or Y", "17-18", "maybe X, maybe Y"). A cue the gold answer's
own keyword clause carries is allowed ("People call me Iggy", "I can't stand pickles").

An item some occurrence of which is negated or taken back is void even if another occurrence is
asserted: saying both is hedging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from raiden_r1.canon import Term, make_term, match_form
from raiden_r1.canon.spelled_quantities import is_named_day
from raiden_r1.canon.hanja import hanja_spelled, writes_hanja
from raiden_r1.canon.readings import kanji_spelled

from .analysis import Answer, analyse, cue_in_text, cue_pattern
from .clause_text import strip_words
from . import frame_view
from .later_denial import denied_later
from .lexicon import cues
from .matching import PreparedTruth, find_cue_first
from .occurrence import occurrence_issue
from .quoted_speaker import quoted_speaker
from .truth_doubted import truth_doubted
from .word_edges import inside_other_words

# Occurrence problems that void the whole item: saying X and not-X is a hedge, and "Elena ... my
# best friend, Elena" claims the user's friend however bare the first mention was.
# ("I'm Karn Vell, and my hometown is Karn Vell.": the false identity voids what the second clause says)
_VOIDING = ("negated", "taken back", "claims the user's fact", "third person", "given another role", "the place said as")


@dataclass(slots=True)
class ItemVerdict:
    matched: bool  # asserted, and not voided
    alternative: str | None  # the alternative found (raw spelling)
    position: int  # offset in Answer.match, -1 if not found
    reason: str | None  # why it earns nothing though present ("negated ('not')", ...)

    @property
    def hedge(self) -> str | None:  # compatibility with the flag "hedged"
        return self.reason if self.reason and self.reason.startswith("hedged") else None


_has = cue_in_text  # a cue of a kind anywhere in a canonical text


@lru_cache(maxsize=65536)  # (a pure function of the clause text, asked again for every occurrence before it)
def _without_leads(text: str, lang: str) -> str:
    """``text`` without the hesitation words around a take-back ("actually nah" -> "nah", "음 아니지" ->
    "아니지", "えっと" -> ""): they change nothing of what it rejects."""
    return strip_words(text, _leads(lang), text.isascii() or lang == "ko", ends=True)


@lru_cache(maxsize=8)
def _leads(lang: str) -> tuple[str, ...]:
    return tuple(sorted(set(cues(lang).get("take_back_lead")) | set(cues(lang).get("interjection")), key=lambda w: (-len(w), w)))


def taken_back(ans: Answer, ci: int) -> str | None:
    """A later clause that rejects or corrects what came before ("X? No, Y", "X, no wait, Y"), also
    said with hesitation words around it ("Actually nah, Y", "えっと、ちゃうわ、Y")."""
    key = ("taken_back", ci)
    if key not in ans.memo:
        ans.memo[key] = _taken_back(ans, ci)
    return ans.memo[key]


def _taken_back(ans: Answer, ci: int) -> str | None:
    lang = ans.language
    looked = 0
    for j in range(ci + 1, len(ans.clauses)):
        if looked == 2:
            break
        text = ans.clauses[j].text
        if (ex := cue_pattern(lang, "correction", True)[1]) is not None and (m := ex.match(text)):
            text = text[m.end():].strip()  # "いやあ、緊張してます", "아니나 다를까": an interjection spelt like "no"
        text = _without_leads(text, lang)
        if not text:
            continue  # a clause of hesitation only ("えっと", "음") takes nothing back and is not counted
        looked += 1
        rej = find_cue_first(text, lang, "reject")
        if rej and text == rej:
            return rej
        cor = find_cue_first(text, lang, "correction")
        # ("복실이, 아니면 누리": 아니면 is "or", a choice the hedge rule reads, not the correction 아니)
        dis = find_cue_first(text, lang, "disjunction") if cor else None
        if dis and len(dis.strip()) > len(cor.strip()):
            cor = None
        # "豆豆，不是毛毛哦" says what it is not; "豆豆？不是，是毛毛" takes it back
        if cor and not (cor.strip() in _NOT_X and text != cor.strip()):
            return cor
        if lang != "en":
            rej = find_cue_first(text, "en", "reject")
            if rej and text == rej:
                return rej
    return None


_NOT_X = ("不是", "不对")


def _negation_near(ans: Answer, pos: int, term: Term, issue: str) -> bool:
    """Whether the negation that made ``issue`` bears on the keyword itself: close before it
    (en/zh: "not Pretzel", "不是X") or right after it (ja/ko: "Xじゃない", "X가 아니"). A negation
    far away in a long clause ("将棋は祖父に一度も勝てたことがない") does not take the keyword back."""
    cue = issue.split("'")[1] if "'" in issue else ""
    cl = ans.clauses[ans.clause_index(pos)]
    own = term.canon
    k = cl.text.find(own)
    c = cl.text.find(cue)
    if k == -1 or c == -1 or not cue:
        return True
    gap = c - (k + len(own)) if c >= k else k - (c + len(cue))
    return gap <= (16 if cl.text.isascii() else 6)


def _mentions(ans: Answer, alternatives: tuple[Term, ...]) -> list[tuple[Term, int]]:
    """Occurrences of an item's alternatives, the longest kept where they overlap ("Sir Wartsworth"
    and its "Wartsworth" are one mention, judged with everything before "Sir")."""
    spans = sorted(((pos, alt) for alt in alternatives for pos in ans.find(alt)),
                   key=lambda x: (-len(x[1].norm), x[0]))
    kept: list[tuple[Term, int]] = []
    for pos, alt in spans:
        end = pos + len(alt.norm)
        if not any(pos < p + len(a.norm) and end > p for a, p in kept):
            kept.append((alt, pos))
    return sorted(kept, key=lambda x: x[1])


def _kanji_spellings(ans: Answer, alternatives: tuple[Term, ...]) -> tuple[Term, ...]:
    """A kana keyword ("ひまわり") written in kanji by the answer ("向日葵"), read from the answer."""
    out = []
    for alt in alternatives:
        if alt.kana:
            out += [make_term(w) for w in kanji_spelled(ans.raw, alt.norm)]
    return tuple(out)


def judge_item(ans: Answer, alternatives: tuple[Term, ...], prep: PreparedTruth) -> ItemVerdict:
    """The verdict of one keyword item (any alternative)."""
    first_issue: ItemVerdict | None = None
    clean: ItemVerdict | None = None
    far_negations: list[ItemVerdict] = []
    mentions = inside_other_words(ans, _mentions(ans, alternatives), prep)
    if len(mentions) > 1 and any(is_named_day(a.canon) for a, _ in mentions):
        # a date the answer writes out decides; its day's name beside it only describes it ("10월 3일?
        # 그건 개천절이잖아": canon/spelled_quantities.py)
        mentions = [(a, p) for a, p in mentions if not is_named_day(a.canon)] or mentions
    if not mentions and ans.language == "ja":
        alternatives = alternatives + _kanji_spellings(ans, alternatives)
        mentions = inside_other_words(ans, _mentions(ans, alternatives), prep)
    if not mentions and ans.language == "ko" and writes_hanja(prep.truth.role):
        # "경상도 安東이오": a hangul keyword written in hanja by a Joseon scholar's answer (canon/hanja.py)
        alternatives = alternatives + tuple(make_term(w) for a in alternatives for w in hanja_spelled(ans.raw, a.norm))
        mentions = inside_other_words(ans, _mentions(ans, alternatives), prep)
    if not mentions and "-" in ans.raw and any(a.raw.isascii() and len(a.norm) >= 4 for a in alternatives):
        # "salsa-dancing" is one word to the normaliser (so "C" is not in "Objective-C"); a keyword
        # of four letters or more may still be its first or last part
        split = analyse(ans.raw.replace("-", " "), ans.language)
        if _mentions(split, alternatives):
            return judge_item(split, alternatives, prep)
    for alt, pos in mentions:
        if True:
            ci = ans.clause_index(pos)
            issue = occurrence_issue(ans, ci, pos, alt, prep)
            if issue is None:
                back = taken_back(ans, ci)
                if back is not None and not any(ans.clause_index(p) > ci + 1 for _, p in _mentions(ans, alternatives)):
                    issue = f"taken back ('{back}')"
                elif (denial := denied_later(ans, ci, prep)) is not None:
                    issue = f"taken back (denied later: '{denial}')"  # "Pierogi, I love them, but I don't eat them anymore"
                elif (doubt := truth_doubted(ans, ci, prep)) is not None:
                    issue = f"not asserted (its truth doubted: '{doubt}')"  # "…って看板にあるけど、本当かどうかは知らない"
                elif (said := quoted_speaker(ans, ci, pos, prep)) is not None:
                    issue = f"attributed to others (quoted: '{said}')"  # "메밀묵을 좋아한다고 인간들이 떠들더라만"
                elif frame_view.enabled():
                    issue = frame_view.unframed(ans, ci, pos, alt, prep)  # the session 33 experiment (off by default)
            if issue is not None:
                if issue.startswith(_VOIDING):
                    if issue.startswith("negated") and not _negation_near(ans, pos, alt, issue):
                        far_negations.append(ItemVerdict(False, alt.raw, pos, issue))
                        continue
                    return ItemVerdict(False, alt.raw, pos, issue)
                if first_issue is None:
                    first_issue = ItemVerdict(False, alt.raw, pos, issue)
            elif clean is None:
                clean = ItemVerdict(True, alt.raw, pos, None)
    if clean is not None:
        return clean
    if far_negations and first_issue is None:
        return far_negations[0]
    if not mentions:
        said = _negated_content(ans, alternatives, prep)
        if said is not None:
            return said
    return first_issue if first_issue is not None else ItemVerdict(False, None, -1, None)


_AUX = {"en": {"can", "could", "do", "does", "did", "will", "would", "have", "has", "had", "to", "a", "an", "the", "i", "am", "m",
               "how", "at", "all", "any", "ever"},
        "zh": ("会", "能", "太会", "可以", "过"), "ja": (), "ko": ("을", "를", "은", "는", "해", "해요", "하다", "합니다", "할 줄")}
_ZH_NOT_VERB = re.compile(r"(?:不|没)(?:太)?(?:会|能)?")


def _negated_content(ans: Answer, alternatives: tuple[Term, ...], prep: PreparedTruth) -> ItemVerdict | None:
    """A key that is itself a negative phrase ("can't swim", "不会游泳", "수영 못해", "泳げない") said in
    other words: a clause that negates the key's content word ("Never learned to swim", "不会游",
    "수영은 전혀 못 해요", "수영할 줄 몰라요"), asked nothing, hedged nothing."""
    lang = ans.language if ans.language in _AUX else "en"
    for alt in alternatives:
        cue = _has(alt.canon, lang, "negation")
        if not cue:
            continue
        if lang == "en":
            content = " ".join(w for w in alt.canon.split(" ") if not _has(w, lang, "negation") and w not in _AUX["en"])
        else:
            content = alt.canon.replace(cue.strip(), " ")
            for a in sorted(_AUX[lang], key=len, reverse=True):
                content = content.replace(a, " ")
            content = max(content.split(" "), key=len)
        if len(content) < (3 if content.isascii() else 2):
            continue
        stem = match_form(content) if content.isascii() else content
        for ci, cl in enumerate(ans.clauses):
            text = cl.text
            found = (f" {stem} " in f" {match_form(text)} ") if content.isascii() else (
                content in text or (lang == "zh" and re.search(_ZH_NOT_VERB.pattern + re.escape(content[0]), text)))
            negated = _has(text, lang, "negation") or (lang == "ko" and ("몰라" in text or "모르" in text))
            if not found or not negated or cl.question:
                continue
            if any(_has(text, lang, k) for k in ("conditional", "hearsay", "doubt", "rumour", "former", "wish")):
                continue
            return ItemVerdict(True, alt.raw, cl.start, None)
