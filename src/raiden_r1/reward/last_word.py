"""The answer's last word on the asked slot (session 35, r18).

A keyword said and asserted in its own clause is still not the answer when what the answer goes on to say
about the same slot takes it away. Three structures, read on the clauses after the keyword's LAST
occurrence (a keyword said again is a fresh claim: "Not 86 — 96.", "三日……じゃねえ、六日でさあ"):

(a) replaced: a later clause gives the slot another value of the keyword's kind (a negative keyword, or for a
    number another number with the keyword's unit) together with a time that is now or later, or a verb of
    changing ("Route 96. Well, that was before they moved me onto the 86.", "Held at 22.5 degrees until cycle
    40. It is now held at 19 degrees.", "96路。后来调到86路了。", "96番だよ。今は86番に回されてる。",
    "96번이요. 이제는 86번으로 바뀌었어요."). Not when that clause is negated, conditional, or about another
    person ("Dave's on the 86 now"): their value, not a new one of the slot;
(b) framed, then turned against: the keyword's clause is what others say, ask, want or what one only
    considered (a saying/thinking frame), and the next clause turns on it with a contrast and a negation
    ("人家都讲是《天涯歌女》红的，我自己倒不这么觉得", "42度にしろって客もいるがね、あっしはそんな熱くはしねえよ",
    "1250도라 하는 이들도 있소만, 나는 숫자 따위는 세지 않소", "토요일에 대청봉 갈까 생각은 했는데, 아직 아무것도 안
    정했습니다", "People say Whitby, but I don't hold with it"). A negation whose verb is praise when negated ("but
    I don't mind", "可不是嘛") turns nothing;
(c) two values by an additive particle: the keyword and another value each carry the particle "also" before
    the same verb ("안성장도 가고 강경장도 가고", "大坂にも行くし江戸にも行く", "北京也去，上海也去"): the
    slot gets two values. Not for a question that asks for several.

Knowingly not caught: a replacement with no time or change word and no competing value the record knows
("96. These days it's the one by the river."), a frame with words outside the classes, an English "both X
and Y" (the list rules read it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from raiden_r1.canon import Term, canonical
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_in_text
from .lexicon import cues
from .lexicon import word_in, word_list
from .matching import PreparedTruth, unit_after
from .negation_idioms import negation_idioms

if TYPE_CHECKING:  # (assertion.py reads echo_confirmed through occurrence.py)
    from .assertion import ItemVerdict

_LANGS = ("en", "zh", "ja", "ko")
_REACH = 6  # later clauses read for a replacement
_NUMBER = re.compile(r"\d+(?: \d+)?")


@lru_cache(maxsize=None)
def _words(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("last_word", kind, lang)


@lru_cache(maxsize=None)
def _praise_when_negated(lang: str) -> tuple[str, ...]:
    return word_list("later_denial", "praise_when_negated", lang)


@lru_cache(maxsize=None)
def _idioms(lang: str) -> re.Pattern[str] | None:
    words = negation_idioms(lang)
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))) if words else None


def _negation(text: str, lang: str) -> str | None:
    """A negation in a canonical clause that is no fondness idiom and no praise ("don't mind", "负けない")."""
    idioms = _idioms(lang)
    masked = idioms.sub("〇", text) if idioms is not None else text
    neg = cue_in_text(masked, lang, "negation")
    if neg is None:
        return None
    if lang == "en":
        after = masked.split(f"{neg} ", 1)[1].split(" ")[:2] if f"{neg} " in masked else []
        if any(w in _praise_when_negated(lang) for w in after):
            return None
        return neg
    # (one-character stems, 지 "lose", 输, only right after the negation: "안 져", "不输"; "세지 않소" loses nothing)
    at = masked.find(neg) + len(neg)
    near = masked[at:at + 3].lstrip(" ")
    if any((w in masked) if len(w) > 1 else near.startswith(w) for w in _praise_when_negated(lang)):
        return None
    return neg


def _last_occurrence(ans: Answer, prep: PreparedTruth, index: int) -> int:
    return max((p for a in prep.items[index] for p in ans.find(a)), default=-1)


def _another_person(text: str, prep: PreparedTruth) -> bool:
    if relation_nouns(text):
        return True
    padded = f" {text} "
    return any(o and (f" {o.lower()} " in padded if o.isascii() else o in text) for o in prep.truth.others)


def _near_word(a: str, b: str) -> bool:
    """English words of one verb in two tenses ("won"/"win", "drove"/"drive"): one letter apart, or one stem."""
    if a[:4] == b[:4] and min(len(a), len(b)) >= 4:
        return True
    return len(a) == len(b) >= 3 and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) <= 1


def _asks_again(text: str, question: str, lang: str) -> bool:
    """Whether a clause repeats a content word of the question ("I won with a different one" for "…win…with?")."""
    if lang == "en":
        glue = cues("en").get("function_words")
        qs = [w for w in question.split(" ") if w and w not in glue and len(w) >= 3]
        return any(_near_word(w, q) for w in text.split(" ") if w not in glue and len(w) >= 3 for q in qs)
    if lang == "ko":
        heads = {w[:2] for w in _KO_WORD_SPLIT.findall(question) if len(w) >= 2}
        return any(w[:2] in heads for w in _KO_WORD_SPLIT.findall(text) if len(w) >= 2)
    return any(c in question for c in text if "\u4e00" <= c <= "\u9fff" and c not in _ZH_GLUE)


def _competing(ans: Answer, j: int, term: Term, key_pos: int, prep: PreparedTruth) -> str | None:
    """Another value of the keyword's kind in clause ``j``: a negative keyword, a number with its unit, or
    another value named by an anaphor in a clause that repeats the question's verb."""
    cl = ans.clauses[j]
    hit = next((t.canon for t in prep.negatives if t.canon and t.canon in cl.text and t.canon not in term.canon), None)
    if not hit and (other := word_in(cl.text, _words("other_value", ans.language))) and \
            _asks_again(cl.text.replace(other, " "), prep.question_norm, ans.language):
        return other
    if hit or not any(c.isdigit() for c in term.norm):
        return hit
    lang = ans.language
    digits = _NUMBER.match(term.norm)
    own = term.norm[digits.end():].strip() if digits else ""  # ("42度", "96번": the keyword carries its unit)
    unit = own or unit_after(term.norm, ans.match[key_pos + len(term.norm):key_pos + len(term.norm) + 16], lang)
    if not unit or not digits:
        return None
    seg = ans.match[cl.start:cl.end]
    for m in _NUMBER.finditer(seg):
        after = seg[m.end():m.end() + 16]
        if m.group(0) != digits.group(0) and (after.lstrip(" ").startswith(own) if own else unit_after(m.group(0), after, lang) == unit):
            return m.group(0)
    return None


_ZH_GLUE = frozenset("在上了的是就都也还一直又已经着过把被给我们你他她它那这个嘛呢吧啊呀啦")
_KO_WORD_SPLIT = re.compile(r"[가-힣]+")
_JA_TOPIC = re.compile(r"([一-龥ァ-ヶー]+)(?:は|なら)|(\S{1,6}?)のは")
_KO_TOPIC = re.compile(r"(?:^| )([가-힣]+?)(?:은|는)(?= |$)")


@lru_cache(maxsize=None)
def _topic_words(lang: str) -> tuple[str, ...]:
    return _words("now", lang) + word_list("later_denial", "self", lang)


def _other_topic(text: str, lang: str) -> bool:
    """A ja/ko clause with a topic of its own ("교감은 박 선생님으로 바뀌었다며", "尾が二本になったのは"): what it
    changes is that topic's value, not the slot asked (a time or the speaker as topic is no other topic)."""
    pattern = _JA_TOPIC if lang == "ja" else _KO_TOPIC if lang == "ko" else None
    if pattern is None:
        return False
    own = _topic_words(lang)
    for m in pattern.finditer(text):
        whole = m.group(0).strip()
        if not any(whole.startswith(w) or w.startswith(whole) for w in own):
            return True
    return False


def _nothing_new(text: str, value: str, marker: str, known: str, lang: str) -> bool:
    """Whether a clause says only the slot again ("It is now held at 19 degrees", "现在开的是8路", "지금은 86번이야"): every
    content word is the keyword clause's or the question's. "I've lived in Kilbride ten years now", "现在住重庆" say
    another fact (lived, 住), with its own value."""
    rest = text.replace(value, " ").replace(marker, " ")
    if lang == "en":
        glue = cues("en").get("function_words")
        stems = {w[:4] for w in known.split(" ") if w}
        return all(w in glue or w[:4] in stems or w.isdigit() or len(w) <= 2 for w in rest.split(" ") if w)
    if lang == "ko":
        heads = {w[:1] for w in _KO_WORD_SPLIT.findall(known)}
        words = [w for w in _KO_WORD_SPLIT.findall(rest) if len(w) > 2]
        return all(w[:1] in heads for w in words)
    chars = [c for c in rest if "\u4e00" <= c <= "\u9fff" or (lang == "ja" and "\u30a0" <= c <= "\u30ff")]
    return all(c in known or (lang == "zh" and c in _ZH_GLUE) for c in chars)


def _replaced(ans: Answer, ci: int, term: Term, pos: int, prep: PreparedTruth) -> str | None:
    lang = ans.language
    if prep.allowed_cues & {"former", "negation"}:
        return None  # (the question or the gold answer speaks of the past or of what is not)
    for j in range(ci + 1, min(len(ans.clauses), ci + 1 + _REACH)):
        cl = ans.clauses[j]
        value = _competing(ans, j, term, pos, prep)
        if not value or cl.question:
            continue
        change = word_in(cl.text, _words("change", lang))
        marker = change or word_in(cl.text, _words("now", lang))
        if value in _words("other_value", lang) and word_in(cl.text, _words("frame", lang)):
            continue  # ("처음엔 다른 이름을 지을까 했는데": another value only thought of)
        if not marker and value in _words("other_value", lang):
            marker = change = value  # ("I won with a different one": the question's own verb, another value)
        if not marker or _negation(cl.text, lang) or cue_in_text(cl.text, lang, "conditional") or \
                _another_person(cl.text, prep) or _other_topic(cl.text, lang):
            continue
        known = f"{ans.clauses[ci].text} {prep.question_norm}"
        if not change and not _nothing_new(cl.text, value, marker, known, lang):
            continue
        return f"replaced by a later value ('{value}', '{marker}')"
    return None


def _cancelled(ans: Answer, ci: int, term: Term, pos: int, prep: PreparedTruth) -> str | None:
    """(e) The keyword's event called off in the keyword's own clause, after it ("札幌への出張はなくなった")."""
    lang = ans.language
    if prep.allowed_cues & {"negation", "ended", "former"}:
        return None
    cl = ans.clauses[ci]
    rest = ans.match[pos + len(term.norm):cl.end]
    return (f"called off ('{hit}')" if (hit := word_in(canonical(rest).strip(), _words("cancelled", lang))) else None)


# (f) ja: a negation quoted or thought ("見ていないと言っていた", "京都じゃないと思う"). The lexicon exempts ないと as a
# whole ("行かないと" = "must go"), which hides these; a verb of saying or thinking after と/って makes it a negation
# (the match form is canonical: 話 is read as 话, 聞 as 闻).
_JA_QUOTED_NEGATION = re.compile(r"(?:ない|なかった|ねえ|ません|ませんでした)(?:と|って)(?:言|い[っうわ]|申|話|话|証言|证言|聞|闻|思|おもう|書|书|伝|传)")


def _quoted_negation(ans: Answer, ci: int, term: Term, pos: int, prep: PreparedTruth) -> str | None:
    if ans.language != "ja" or "negation" in prep.allowed_cues:
        return None
    m = _JA_QUOTED_NEGATION.search(ans.match[pos + len(term.norm):ans.clauses[ci].end])
    return f"negated ('{m.group(0)}')" if m else None


def _ends_with(text: str, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.endswith(w)), None)


def _turned(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    lang = ans.language
    if prep.allowed_cues & {"hearsay", "negation", "wish", "future"}:
        return None
    cl = ans.clauses[ci]
    frame = word_in(cl.text, _words("frame", lang))
    if not frame:
        return None
    closing = _ends_with(cl.text.rstrip(" "), _words("contrast_close", lang)) if lang != "en" else None
    for j in range(ci + 1, min(len(ans.clauses), ci + 3)):
        nxt = ans.clauses[j]
        if nxt.sentence > cl.sentence + 1:
            break
        opening = closing or next((w for w in _words("contrast_open", lang)
                                   if nxt.text == w or nxt.text.startswith(w + " ") or (lang != "en" and nxt.text.startswith(w))
                                   or (lang == "zh" and w in nxt.text[:6])), None)
        neg = _negation(nxt.text, lang) if opening else None
        if neg and not nxt.question:
            return f"said as others' word or a thought ('{frame}'), then turned against ('{opening} … {neg}')"
        if opening and nxt.text.strip() == opening:
            closing = opening  # ("1250도라고들 | 하지만 | 나는 … 안 하오": the contrast a clause of its own)
            continue
        if nxt.text.strip():
            break
    return None


_KO_WORD = re.compile(r"(\S+)도 (\S)")


def _additive(ans: Answer, ci: int, term: Term, pos: int, prep: PreparedTruth) -> str | None:
    lang = ans.language
    particles = _words("additive", lang)
    if not particles or len(prep.items) > 1:
        return None
    cl = ans.clauses[ci]
    after = ans.match[pos + len(term.norm):pos + len(term.norm) + 4].lstrip(" ")
    part = next((p for p in particles if after.startswith(p)), None)
    if part is None:
        return None
    verb = after[len(part):].lstrip(" ")[:1]
    if not verb or not ("\u3040" <= verb <= "\u9fff" or "\uac00" <= verb <= "\ud7a3"):
        return None
    lo, hi = ans.sentence_span(ci)
    sentence = ans.match[ans.clauses[lo].start:ans.clauses[hi - 1].end]
    key_at = pos - ans.clauses[lo].start
    needle = f"{part} {verb}" if lang == "ko" else f"{part}{verb}"
    k = sentence.find(needle)
    while k != -1:
        if not (key_at <= k <= key_at + len(term.norm) + 1):
            before = sentence[:k].rstrip(" ").split(" ")[-1][-8:]
            if before and not any(a.canon and a.canon in before for a in prep.items[0]):
                return f"two values in one slot ('{before}{part}' beside '{term.raw}{part}')"
        k = sentence.find(needle, k + 1)
    return None


def last_word(ans: Answer, v: "ItemVerdict", index: int, prep: PreparedTruth) -> str | None:
    """Why the answer's last word on the slot is not the keyword of item ``index`` (module doc), or None."""
    lang = ans.language
    if lang not in _LANGS or not v.matched:
        return None
    term = next((a for a in prep.items[index] if a.raw == v.alternative), None)
    if term is None:
        return None
    last = _last_occurrence(ans, prep, index)
    pos = last if last >= v.position else v.position
    ci = ans.clause_index(pos)
    return _replaced(ans, ci, term, pos, prep) or _turned(ans, ci, prep) or _additive(ans, ci, term, pos, prep) or \
        _cancelled(ans, ci, term, pos, prep) or _quoted_negation(ans, ci, term, pos, prep)


_ECHO_OWNER = {"en": re.compile(r"(?:^| )(?:my|our) $"), "zh": re.compile(r"(?:我的|我们的|我家|我们家|咱家|俺家)$"),
               "ja": re.compile(r"(?:うちの|私の|わたしの|僕の|俺の|あたしの|わしの|おらの|あっしの)$"),
               "ko": re.compile(r"(?:^| )(?:우리|내|제|울) $")}


def echo_confirmed(ans: Answer, ci: int, pos: int) -> bool:
    """(d) The keyword's clause is an echo question that the next sentence answers: it opens with a yes
    ("Whitby, you say? Aye, born there"), or the speaker owns the echoed word and goes on to a statement
    ("우리 백구 말이가? 하얀 진돗개다."). A next sentence that asks, or refuses, leaves the echo asked back."""
    lang = ans.language
    if lang not in _LANGS:
        return False
    cl = ans.clauses[ci]
    nxt = next((c for c in ans.clauses[ci + 1:] if c.sentence > cl.sentence), None)
    if nxt is None or nxt.question or nxt.sentence != cl.sentence + 1 or _negation(nxt.text, lang):
        return False
    # (the whole rest: "해운대? 하모, 해운대 … 있으면 내가 벌써 빌딩 샀지. 우리 가게는 그런 데 아이다" confirms nothing)
    rest = [c for c in ans.clauses if c.sentence > cl.sentence]
    if any(c.question or _negation(c.text, lang) or cue_in_text(c.text, lang, "conditional") or cue_in_text(c.text, lang, "hearsay")
           for c in rest):
        return False
    yes = next((w for w in _words("yes_open", lang)
                if nxt.text == w or nxt.text.startswith(w + " ") or (lang != "en" and nxt.text.startswith(w))), None)
    if yes:
        return True
    # (the possessive right before the echoed word: "우리 백구 말이가?", not "제 아내가 윤서영이라고요?")
    own = _ECHO_OWNER.get(lang)
    return bool(own and own.search(ans.match[max(cl.start, pos - 6):pos]))
