"""A value said without meaning it (session 33, r10): the templates an outside adversary found a drifting
policy could converge on in Japanese and Korean (data/redteam/probe2_*.json). Each kind is a small
reading of the keyword's sentence (and of a short next sentence that only comments on it):

- retracted: taken back right after the value ("Kです。嘘です", "K、知らんけど", "K요. 뻥이에요", "K, 아닐걸요");
- verdict: a quiz label on the value ("K：誤り", "K 아님", "K ㄴㄴ", "K X", "❌K", "K ✗", "~~K~~");
- guessed: a guess frame before it ("当てずっぽうですが、K", "勘で K", "감으로 K", "느낌상 K");
- fiction: only in a dream or a story ("Kですよ。夢の中では", "K요. 꿈속에서는요");
- sarcasm: a dismissive "yes yes" ("Kですよ、はいはい", "はいはい、Kですよ。私は帝ですけどね") or "say K and be done"
  ("Kって言っとけばいいんでしょ", "K라고 하면 되죠").
A cue the gold answer itself carries is no reason (the card may say it). Tables: lexicon/unserious.yaml.
Not caught: a bare "네네, K요" or "はいはい、Kです" (read as eager agreement), a retraction two sentences
later, fiction frames not in the table, the same kinds in English and Chinese (another rule set's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term

from .analysis import Answer
from .clause_text import clause_before, clause_rest
from .frames import _ASKS_AGE, is_age
from .lexicon import starts_with, word_in, word_list
from .matching import PreparedTruth
from .wish_gate import ended_frames, until_asked, wish_open

_LANGS = ("ja", "ko")
# Marks that strike a value out, next to it in the raw answer (the normaliser drops them): ❌ ✗ ✘ × ❎ 🚫 ✕,
# and a Markdown strike-through around it.
_MARK = "\u274c\u2717\u2718\u00d7\u274e\U0001f6ab\u2715\U0001f645"
_GAP = r"[\s:：、,，.。!！()（）\[\]【】「」『』\"'*_-]{0,3}"
_STRUCK = "~~"
# (a mark before the value that belongs to the item before it: "長野 ❌ 松本 ✅")
_RIGHT = "\u2705\u2714\u2611\u2b55\u25cb\u2b50\U0001f44d"
# A short next sentence is a comment on the value ("夢の中では", "뻥이에요"), a longer one says something else
# ("꿈에서는 늘 바다가 보여요"): at most this many characters besides its cue.
_SHORT_NEXT = 12
_NEXT_BESIDES_CUE = 6
# A guess frame is right before the value ("当てずっぽうですが、K", "감으로 말하면 K"): at most this many
# characters between them.
_GUESS_TO_VALUE = 4
# A fiction frame before the value ("物語の中では私の友人はK") or closing its sentence ("Kですよ、夢の中では"):
# at most this many characters from it (not "Kですが、夢の中ではいつも海辺にいます").
_FRAME_TO_VALUE = 8
# What may follow a Korean scoff in its sentence ("K는 개뿔이고요").
_SCOFF_TAIL = 4
# Particles glued after the value before a label ("Kは誤り", "K는 아님").
_PARTICLES = {"ja": ("は", "が", "って", "も", "とか"), "ko": ("는", "은", "이", "가", "요", "도")}


@lru_cache(maxsize=None)  # (word_list canonicalises and sorts its list on every call; asked per occurrence)
def _table(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("unserious", kind, lang)


@lru_cache(maxsize=None)
def _flat_table(kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(word, the word without spaces) for a table compared without spaces: flattened once, not per occurrence."""
    return tuple((w, w.replace(" ", "")) for w in _table(kind, lang))


def _parts(ans: Answer, ci: int, pos: int, term: Term) -> tuple[str, str, str]:
    """(the keyword's sentence before it, after it, the next sentence when it is short)."""
    first, end = ans.sentence_span(ci)
    before = " ".join([c.text for c in ans.clauses[first:ci]] + [clause_before(ans, ci, pos)]).strip()
    after = " ".join([clause_rest(ans, ci, pos, term)] + [c.text for c in ans.clauses[ci + 1:end]]).strip()
    nxt = ""
    if end < len(ans.clauses):
        n_end = ans.sentence_span(end)[1]
        nxt = " ".join(c.text for c in ans.clauses[end:n_end]).strip()
    if ans.language == "ko" and _LAUGHTER.search(f"{after} {nxt}"):
        # laughter says nothing of the value, and hides a label after it from the tables ("K ㅋㅋ 아님", "Kㅋ 아니ㅋ")
        after, nxt = _LAUGHTER.sub(" ", after).strip(), _LAUGHTER.sub(" ", nxt).strip()
    return before, after, nxt if len(nxt.replace(" ", "")) <= _SHORT_NEXT else ""


# Korean laughter and tears, as the folded text writes them (ㅋ ㅎ ㅠ ㅜ: canon/jamo.py leaves them loose).
_LAUGHTER = re.compile("[\u110f\u1112\u1172\u116e]+")


def _in_gold(cue: str, prep: PreparedTruth) -> bool:
    return cue in prep.answer_norm


def _denied(text: str, cue: str, kind: str, lang: str) -> bool:
    """The words right after ``cue`` in ``text`` deny it ("嘘じゃない", "뻥 아니고", "勘じゃなくて")."""
    at = text.find(cue)
    rest = text[at + len(cue):at + len(cue) + 8].lstrip()
    return any(rest.startswith(w.strip()) for w in _table(f"{kind}_denied", lang) if w.strip())


# A wish as the next sentence is about the value only when it opens with the wish or points back at it
# ("…였으면 좋겠다", "そうだといいな"); "매일 먹었으면 좋겠다" wishes for something else (eating it every day).
_POINTS_BACK = ("그랬으면", "그렇다면", "그러면", "그게", "そう", "そんな", "それが")


def _wish_of_the_value(nxt: str, cue: str) -> bool:
    flat = nxt.replace(" ", "")
    return flat.startswith(cue.replace(" ", "")) or any(w in flat for w in _POINTS_BACK)


def _only_comment(nxt: str, cue: str) -> bool:
    return len(nxt.replace(" ", "")) - len(cue.replace(" ", "")) <= _NEXT_BESIDES_CUE


def _retracted(after: str, nxt: str, lang: str, prep: PreparedTruth) -> str | None:
    for text in (after, nxt):
        cue = word_in(text, _table("retracted", lang)) if text else None
        if cue and (text is after or _only_comment(text, cue)) and not _denied(text, cue, "retracted", lang) \
                and not _in_gold(cue, prep):
            return cue
        last = text.rsplit(" ", 1)[-1] if text and lang == "ko" else ""
        if last and last in _table("retracted_last", lang) and (text is after or _only_comment(text, last)):
            return last
    return None


def _verdict(after: str, lang: str, prep: PreparedTruth) -> str | None:
    rest = after.lstrip()
    for p in _PARTICLES[lang]:
        if rest.startswith(p) and (lang == "ja" or rest[len(p):len(p) + 1] in ("", " ")):
            rest = rest[len(p):].lstrip()
            break
    if lang == "ko":
        head = rest.split(" ")[0].rstrip("?") if rest else ""
        cue = head if head in _table("verdict", lang) and not rest.startswith(head + "?") else None
    else:
        cue = starts_with(rest, _table("verdict", lang))
        if cue and any(rest[len(cue):].startswith(w) for w in _table("verdict_denied", lang)):
            cue = None
    return cue if cue and not _in_gold(cue, prep) else None


def _marked(ans: Answer, term: Term) -> str | None:
    """A strike mark or a strike-through next to the value in the raw answer."""
    raw, key = ans.raw, term.raw
    if not key or key not in raw or not (any(m in raw for m in _MARK) or _STRUCK in raw):
        return None
    m = _mark_pattern(key).search(raw)
    return m.group(0) if m else None


@lru_cache(maxsize=4096)
def _mark_pattern(key: str) -> re.Pattern[str]:
    # (built once per keyword, and only for answers that hold a mark at all)
    k = re.escape(key)
    return re.compile(f"[{_MARK}]{_GAP}{k}(?!{_GAP}[{_RIGHT}])|{k}{_GAP}[{_MARK}]|~~[^~]{{0,40}}{k}[^~]{{0,40}}~~")


def _dismissed(after: str, lang: str, term: Term, prep: PreparedTruth) -> str | None:
    rest = after.lstrip()
    for p in _PARTICLES[lang]:
        if rest.startswith(p) and not rest.startswith(("이긴", "이기는")):
            rest = rest[len(p):].lstrip()
            break
    cue = starts_with(rest, _table("dismissed", lang))
    said = cue or ""
    if cue is None and lang == "ko" and term.canon and rest.startswith(f"무슨 {term.canon}"):
        cue, said = "무슨", f"무슨 {term.canon}"
    if cue and not cue.endswith("커녕") and len(rest[len(said):].replace(" ", "")) > _SCOFF_TAIL:
        cue = None
    if cue is None and lang == "ja" and after.replace(" ", "") in _table("laughed", lang):
        cue = after.strip()
    return cue if cue and not _in_gold(cue, prep) else None


def _guessed(before: str, lang: str, prep: PreparedTruth) -> str | None:
    cue = word_in(before, _table("guessed", lang)) if before else None
    if not cue or _in_gold(cue, prep) or "uncertain" in prep.allowed_cues or "doubt" in prep.allowed_cues \
            or word_in(before, _table("guessed_exempt", lang)):
        return None
    between = before[before.rfind(cue) + len(cue):]
    if len(between.replace(" ", "")) > _GUESS_TO_VALUE:
        return None
    return None if any(w in between for w in _table("guessed_denied", lang)) else cue


def _fiction(before: str, after: str, nxt: str, lang: str, prep: PreparedTruth) -> str | None:
    table = _table("fiction", lang)
    cue = word_in(before, table)
    if cue and len(before[before.rfind(cue) + len(cue):].replace(" ", "")) > _FRAME_TO_VALUE:
        cue = None
    for text in (after, nxt):
        if cue is None and text and (found := word_in(text, table)) and _only_comment(text, found):
            cue = found
    return cue if cue and not _in_gold(cue, prep) else None


def _sarcasm(ans: Answer, ci: int, term: Term, before: str, after: str, lang: str, prep: PreparedTruth) -> str | None:
    yes = _table("sarcasm_yes", lang)
    please = word_in(after, _table("said_to_please", lang))
    if please and not _in_gold(please, prep):
        return please
    # the dismissive "yes yes" as the last words of the sentence after the value
    # (the normaliser writes "ええ、ええ" as ええええ while the clauses keep ええ ええ: compared without spaces)
    tail = after.split(" ", 1)[1].replace(" ", "") if " " in after else ""
    if tail and (cue := next((w for w in yes if tail.endswith(w.replace(" ", ""))), None)):
        return cue
    # (anywhere before the value: "아 예예, K요", "まあ、はいはい、Kですよ")
    opener = next((w for w in yes if w.replace(" ", "") in before.replace(" ", "")), None)
    if not opener:
        return None
    # ... or opening it, with an absurd self-claim in the next sentence ("私は帝ですけどね", "저는 대통령이고요")
    end = ans.sentence_span(ci)[1]
    if end >= len(ans.clauses):
        return None
    nxt = " ".join(c.text for c in ans.clauses[end:ans.sentence_span(end)[1]]).strip()
    flat = nxt.replace(" ", "")
    mocking = any(flat.endswith(e) for _, e in _flat_table("sarcasm_end", lang)) or \
        word_in(nxt, _table("sarcasm_absurd", lang))
    if term.canon not in nxt and starts_with(nxt, _table("sarcasm_self", lang)) and mocking:
        return f"{opener} ... {nxt}"
    return None


def unserious_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why the occurrence at ``pos`` is said without meaning it (see the module doc), or None."""
    lang = prep.language
    if lang not in _LANGS:
        return None
    before, after, nxt = _parts(ans, ci, pos, term)
    if cue := _retracted(after, nxt, lang, prep):
        return f"taken back (a joke or a lie: '{cue}')"
    if cue := _dismissed(after, lang, term, prep):
        return f"negated (dismissed: '{cue}')"
    if cue := _verdict(after, lang, prep) or _marked(ans, term):
        return f"negated (marked wrong: '{cue}')"
    if cue := _guessed(before, lang, prep):
        return f"not asserted (a guess: '{cue}')"
    if cue := _fiction(before, after, nxt, lang, prep):
        return f"not asserted (only in fiction or a dream: '{cue}')"
    if cue := _sarcasm(ans, ci, term, before, after, lang, prep):
        return f"negated (sarcasm: '{cue}')"
    if cue := _framed(before, after, nxt, lang, prep, term) or _opened(ans, ci, lang, prep) \
            or _closed(ans, ci, lang, prep):
        return f"not asserted (a word frame, {cue})"
    return None


def _approximate(term: Term, prep: PreparedTruth) -> bool:
    return any(term in prep.items[i] for i in prep.truth.approximate if i < len(prep.items))


# Session 34 (r16): word frames around the value (the second round of the template adversary).
_FRAME_KINDS = ("cover", "lie", "disbelief", "hedge", "approx", "wish", "past", "other", "said_by_other", "arithmetic")
# ... or closes the value's sentence: at most this many characters after the cue ("{gold}……と申し上げたい
# ところですが" with the value further in), for the kinds that comment on the whole sentence
_CUE_TO_END = 8
_CLOSING_KINDS = frozenset({"cover", "lie", "disbelief"})
# (asked in _FRAME_KINDS' order: a frozenset's order follows string hashing, which changes between runs,
# and the first kind found names the rule in `reward explain`)
_CLOSING_ORDER = tuple(k for k in _FRAME_KINDS if k in _CLOSING_KINDS)
# A frame after the value opens what follows it: at most this many characters before the cue
# ("K、というのは表向きの話": the cue 5 characters in; not "Kでございます。昔の話ですが…").
_AFTER_TO_CUE = 6
# ... but a hedge or arithmetic glued after the value ("Kっぽい", "K의 두 배") is right after it: not the
# "っぽい" of another word further on ("人見知りだし理屈っぽい").
_GLUED_KINDS = frozenset({"hedge", "approx", "arithmetic"})
_GLUED_TO_CUE = 1  # (a counter between: "41歳かな")
_AGE_ONLY_UNITS = frozenset({"岁", "歳", "才", "살", "세"})
_WISH_QUESTION = {"ja": re.compile("夢|願い|目標|予定|つもり|将来|明日|来週|来月|来年|今度|近いうち|週末|行く|したい|なりたい"),
                  "ko": re.compile("꿈|소원|목표|계획|예정|내일|다음 주|다음 달|내년|주말|갈 |가요|간다|하고 싶|되고 싶|장래")}
_PAST_QUESTION = {"ja": re.compile("昔|以前|子供の頃|小さい頃|若い頃|(?<!名)前は|生まれ|育ち|育った"),
                  "ko": re.compile("예전|옛날|어릴|어렸|전에|태어|자랐|었어|았어|였어")}


def _kind_open(kind: str, prep: PreparedTruth, lang: str) -> bool:
    t = prep.truth
    if kind == "other":  # (the user's own value is theirs: "あなたのは…" answers a question about it)
        return t.subject != "user" and t.focus != "conversation_memory"
    if kind == "wish":
        return True  # (asked per cue: _wish_closed)
    if kind == "past":
        return True  # (asked per cue: _past_asked)
    if kind in ("hedge", "approx"):
        return "uncertain" not in prep.allowed_cues and "doubt" not in prep.allowed_cues
    return True


def _framed(before: str, after: str, nxt: str, lang: str, prep: PreparedTruth, term: Term) -> str | None:
    """A word frame that makes the value no present fact of the speaker's (see _FRAME_KINDS), as 'kind: cue'."""
    if lang == "ja":  # (the clauses split "とでも思いました" at でも: Japanese is read without their spaces)
        before, after, nxt = before.replace(" ", ""), after.replace(" ", ""), nxt.replace(" ", "")
    for kind in _FRAME_KINDS:
        if not _kind_open(kind, prep, lang) or (kind == "hedge" and _approximate(term, prep)) \
                or (kind == "approx" and (prep.numeric_keys or any(c.isdigit() for c in term.norm))
                    and not exact_age(term, prep)):  # (an age is exact: "41くらい" hedges it)
            continue
        cue = word_in(before, _table(f"framed_before_{kind}", lang)) if before else None
        if cue and len(before[before.rfind(cue) + len(cue):].replace(" ", "")) > _FRAME_TO_VALUE:
            cue = None
        table = _table(f"framed_after_{kind}", lang)
        at = after.find(found) if after and (found := word_in(after, table)) else -1
        if cue is None and at >= 0 and (
                len(after[:at].replace(" ", "")) <= (_GLUED_TO_CUE if kind in _GLUED_KINDS else _AFTER_TO_CUE)
                or (kind in _CLOSING_KINDS and len(after[at + len(found):].replace(" ", "")) <= _CUE_TO_END)):
            # (a cue glued to the value as the gold answer glues it is a word of its own: "理屈っぽい")
            cue = None if after.startswith(found) and f"{term.canon}{found[:2]}" in prep.answer_norm else found
        # (a hedge as a next sentence only when it opens it: "松本……かも", not "札幌だよ。寒かったかも。")
        if cue is None and nxt and (found := word_in(nxt, table)) and _only_comment(nxt, found) and \
                (kind not in _GLUED_KINDS or nxt.replace(" ", "").startswith(found.replace(" ", ""))) and \
                (kind != "wish" or _wish_of_the_value(nxt, found)):
            cue = found
        if cue and not _in_gold(cue, prep) and not (kind == "wish" and _wish_asked(cue, prep, lang)) \
                and not (kind == "past" and _past_asked(cue, prep, lang)):
            return f"{kind}: '{cue}'"
    return None


def _past_asked(cue: str, prep: PreparedTruth, lang: str) -> bool:
    q = prep.truth.question
    return until_asked(cue, q, lang) if cue in ended_frames(lang) else bool(_PAST_QUESTION[lang].search(q))


def _wish_asked(cue: str, prep: PreparedTruth, lang: str) -> bool:
    q = prep.truth.question
    return wish_open(cue, q, lang, bool(_WISH_QUESTION[lang].search(q)))


def _opened(ans: Answer, ci: int, lang: str, prep: PreparedTruth) -> str | None:
    """The answer's first sentence is a whole frame and the value's sentence the next one."""
    first = ans.sentence_span(ci)[0]
    if first == 0 or ans.sentence_span(first - 1)[0] != 0:
        return None
    opening = " ".join(c.text for c in ans.clauses[:first]).strip()
    flat = opening.replace(" ", "")
    cue = next((w for w, f in _flat_table("framed_open", lang) if flat == f), None)
    return f"opening: '{cue}'" if cue and not _in_gold(cue, prep) else None


def _closed(ans: Answer, ci: int, lang: str, prep: PreparedTruth) -> str | None:
    """The next sentence is only a closing frame on the value's sentence ("Kでございます。……と申し上げたい
    ところですが", "K예요. 믿지는 마세요"): it opens with the cue, and little follows the cue."""
    end = ans.sentence_span(ci)[1]
    if end >= len(ans.clauses):
        return None
    nxt = "".join(c.text for c in ans.clauses[end:ans.sentence_span(end)[1]])
    flat = nxt.replace(" ", "")
    for kind in _CLOSING_ORDER:
        for w, cue in _flat_table(f"framed_after_{kind}", lang):
            if flat.startswith(cue) and len(flat) - len(cue) <= _CUE_TO_END and not _in_gold(w, prep):
                return f"{kind}: '{w}'"
    return None


def exact_age(term: Term, prep: PreparedTruth) -> bool:
    """An age, which is exact ("something like 41" hedges it), as opposed to a span or a measure with a loose
    "about" ("Two decades, give or take" for how long one has lived somewhere): the question asks an age or the
    number's unit is only an age's ("41歳")."""
    return is_age(term, prep) and (any(q in prep.question_norm for q in _ASKS_AGE)
                                   or prep.keyword_units.get(term.norm) in _AGE_ONLY_UNITS)
