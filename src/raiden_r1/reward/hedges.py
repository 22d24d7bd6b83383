"""Anti-gaming rule of the VRAR reward about competing values (docs/reward.md, family 7): a second
value of the keyword's slot next to it (hedges without "or": "34、5歳", "I'm 27. Well, I'm like 29.",
"about 180"). Keyword dumps and bare candidate lists are read in dumps.py, repetition and pasted
profiles in repetition.py. Each is a small function on the analysed answer (analysis.py), so
``raiden-r1 reward explain`` can say which one fired."""

from __future__ import annotations

import re

from raiden_r1.canon import find_term, make_term

from .analysis import Answer, clause_cue, cue_in_text
from .assertion import ItemVerdict
from .date_parts import date_part_after, date_part_before
from .frames import both_age_systems, is_age
from .lexicon import cues
from .matching import PreparedTruth
from .negatives import relatives_clause
from .number_lists import listed_numbers
from .others_values import longer_subject, relative_opens
from .or_else import after_items as _after_or_else, joins_items as _or_else_joins, opening_or_else as _opening_or_else
from .past_frame import past_frame as _past_frame
from .person_shape import persons_clause
from .quoted_claim import disowned_clause
from .slot_values import several_values

_NUMBER = re.compile(r"\d+")
_UNIT_WORD = r"(?:cm|kg|m|岁|살|歳|years?|year old|월|月|日|일|号|年|년)?"
_CONNECT = r"(?:to|through|till|until|or|and|到|至|或|或者|和|から|~|에서|내지|이나|나|、)?"
_NUMBER_BEFORE = re.compile(rf"\d\s?{_UNIT_WORD}\s?{_CONNECT}\s?$")
_NUMBER_AFTER = re.compile(rf"^\s?{_UNIT_WORD}\s?{_CONNECT}\s?\d")
# "34、5歳", "三十四、五", "四十七八": a number and the next units digit, the CJK way to say "34 or 35"
# (not "一只不少", "一个都没少", "1匹も欠けず": "not a single one missing" after the count, session 35)
_NEXT_DIGIT = re.compile(r"^ ?([0-9一二三四五六七八九])(?![0-9])(?![只个頭头匹人粒本枚羽件张隻個]?(?:都|也|も)?(?:不|没|沒|欠|漏))")
_CJK_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
# "seven and three quarters", "七岁零三个月", "일곱 살 3개월": a part of the same value, not a second one
_FRACTION = re.compile(r"^\s?(?:quarters?|halfs?|halves|thirds?|months?|个月|个多月|개월|ヶ月|か月|カ月)")

# Set phrases with an "or" that offer no second value (masked here, dropped by dumps.py).
OR_IDIOM = re.compile(r"\b(?:give or take|more or less|or so|sooner or later|one way or another|whether or not|"
                       r"rain or shine|like it or not|believe it or not|do or die|win or lose|now or never|"
                       r"all or nothing|day or night|night or day)\b", re.IGNORECASE)
_OR_WORD = re.compile(r"\bor\b")


# a decade after a round number: 20대, 二十代, 二十多岁 / 二十几岁 / 二十来岁, the 20s
_DECADE = re.compile(r"(?:대|代|多|几|幾|来|來| ?s\b| ?'s\b)")

def _neighbours(ans: Answer, pos: int, end: int, width: int = 2, text: str | None = None) -> tuple[list[str], list[str]]:
    text = ans.match if text is None else text
    before = text[max(0, pos - 48):pos].split()[-width:]
    after = text[end:end + 48].split()[:width]
    return before, after


def _idioms_masked(text: str) -> str:
    """``text`` with the "or" of set phrases ("175 cm, give or take", "rain or shine") masked, same
    length: those offer no second value, but an "or" beside them still does."""
    if "or" not in text:
        return text
    return OR_IDIOM.sub(lambda m: _OR_WORD.sub("~~", m.group()), text)


def _other_item_near(text: str, prep: PreparedTruth, this: int) -> bool:
    return any(find_term(text, a) != -1 for i, alts in enumerate(prep.items) if i != this for a in alts)


def _same_value_beside(ans: Answer, pos: int, end: int, cue: str, prep: PreparedTruth, index: int) -> bool:
    """"阿娟，或者虾饺娟", "Jo, or Josie": the other side of the "or" is, whole, another keyword of the
    same item (two names of one value), so nothing is left open. Another value beside it stays a hedge,
    and so do two alternatives that are values apart (traits the gold answer lists: "冷淡，或者心软")."""
    if several_values(prep):
        return False
    others = [a.norm for a in prep.items[index] if a.norm and a.norm != ans.match[pos:end]]
    after = ans.match[end:end + 48]
    k = after.find(cue)
    if k != -1:
        rest = after[k + len(cue):].lstrip().split(" ")[0]
        # (a CJK name may take a copula or a final particle: "누리요", "虾饺娟啦", "玉三郎です")
        if any(rest.startswith(o) and (rest == o or (not o.isascii() and len(rest) - len(o) <= 2)) for o in others):
            return True
    before = ans.match[max(0, pos - 48):pos]
    k = before.rfind(cue)
    if k != -1:
        head = before[:k].rstrip()
        return any(head.endswith(o) and head[-len(o) - 1:-len(o)] in ("", " ") for o in others)
    return False


def _negated_list(ans: Answer, ci: int, nor: str) -> bool:
    """"Can't abide city preachers nor that scrip", "neither X nor Y": a "nor" after a negation in its
    sentence joins what is denied or disliked, every value at once; it offers no alternative (the
    negation rules judge the values themselves)."""
    sent = ans.clauses[ci].sentence
    start = next(c.start for c in ans.clauses if c.sentence == sent)
    end = max(c.end for c in ans.clauses if c.sentence == sent)
    k = ans.match.find(f" {nor} ", start, end + 1)
    head = ans.match[start:k] if k != -1 else ""
    return bool(head) and cue_in_text(head, "en", "negation") is not None


# Verbs after which a Korean 나/이나 on an amount means "as much as" ("45년이나 됐어요", "사흘이나 걸렸다").
_KO_AS_MUCH_AS = ("됐", "되었", "되어", "돼", "됩니", "지났", "걸렸", "걸려", "흘렀")


def hedge_reason(ans: Answer, v: ItemVerdict, index: int, prep: PreparedTruth) -> str | None:
    """Whether an asserted occurrence stands next to a competing value: "X or Y", "X か Y",
    "17-18", "17 to 18", "maybe X, maybe Y", a second clause restating the slot with another value."""
    # (an alternative the answer itself spelled, "向日葵" for ひまわり, is not among the prepared ones)
    term = next((a for a in prep.items[index] if a.raw == v.alternative), None) or make_term(v.alternative or "")
    pos, end = v.position, v.position + len(term.norm)
    lang = ans.language
    ci = ans.clause_index(pos)
    before, after = _neighbours(ans, pos, end, text=_idioms_masked(ans.match))
    window_after = ans.match[end:end + 24]
    latin_dis = cues("en").get("disjunction")
    for w in before + after:
        if w == "nor" and _negated_list(ans, ci, w):
            continue
        if w in latin_dis and not _other_item_near(window_after if w in after else ans.match[max(0, pos - 24):pos],
                                                   prep, index) and not _same_value_beside(ans, pos, end, w, prep, index):
            return f"hedged ('{w}')"
    if not ans.match.isascii():
        dis = [d for d in cues(lang).get("disjunction") if not d.isascii()]
        near_after = ans.match[end:end + 6]
        near_before = ans.match[max(0, pos - 4):pos]
        for d in dis:
            if len(d) == 1 or d in ("とか", "やら", "なり", "이나", "든지"):
                # Particles: only right after the keyword, with something after them.
                if near_after.startswith(d) and len(near_after) > len(d) and not near_after.startswith(("から", "かな", "から")):
                    if d == "か" and (near_after[1:2] in ("ら", "な", "も", "っ", "あ", "ぁ", "") or near_after[1:2] == " "):
                        continue
                    if d in ("나", "이나") and "\uac00" <= near_after[len(d):len(d) + 1] <= "\ud7a3":
                        continue  # "마포나루요": a particle ends its word, so 나 with more of the word after it is no "or"
                    if d in ("나", "이나") and ans.match[end + len(d):end + len(d) + 5].lstrip().startswith(_KO_AS_MUCH_AS):
                        continue  # "마흔다섯 해나 됐제": 나 before "has been" stresses the amount, no second value
                    if not _other_item_near(ans.match[end:end + 16], prep, index) and \
                            not _same_value_beside(ans, pos, end, d, prep, index):
                        return f"hedged ('{d}')"
                continue
            if d in near_before and d not in near_after and _after_or_else(ans, ci, prep, index):
                continue  # "바둑 둬요. 아니면 낚시 가고요": a turn of what one does, after another item
            if (d in near_after or (d in near_before and d not in ("还是", "還是"))) and \
                    not _other_item_near(ans.match[end:end + 16], prep, index) and \
                    not _same_value_beside(ans, pos, end, d, prep, index):
                return f"hedged ('{d}')"
    paired = _paired_question(ans, pos, end, lang)
    if paired:
        return f"hedged ('{paired}')"
    if any(c.isdigit() for c in term.norm):
        cl = ans.clauses[ci]
        # (not where the card itself gives the value as approximate: "約64キロ" answered "六十四キロくらい")
        approx = approximate_word(ans, pos, end, cl, is_age(term, prep)) \
            if "uncertain" not in prep.allowed_cues and index not in prep.truth.approximate else None
        if approx:
            return f"hedged (approximate: '{approx}')"
        tail = ans.match[end:min(cl.end, end + 24)]
        if lang in ("zh", "ja") and term.norm.isdigit() and (m := _NEXT_DIGIT.match(ans.match[end:end + 8])):
            digits, nxt = term.norm, _CJK_DIGITS.get(m.group(1), m.group(1))
            if nxt == str((int(digits[-1]) + 1) % 10):
                return f"hedged (approximate: '{digits}, {nxt}')"  # "34、5歳", "三十四、五": 34 or 35
        head = ans.match[max(cl.start, pos - 16):pos]
        if (_NUMBER_BEFORE.search(head) and not date_part_before(head, term.norm, tail, prep)) or (
                (m := _NUMBER_AFTER.match(tail)) and not _FRACTION.match(tail[m.end():].lstrip("0123456789"))
                and not date_part_after(term.norm, tail, prep)):
            return "hedged (two numbers: a list or a range)"
        listed = listed_numbers(ans, ci, pos, end, term.norm, prep)
        if listed:
            return listed
        # "58, or maybe 59": another number in a clause that hedges.
        for j, other in enumerate(ans.clauses):
            # (not a clause holding another keyword item: "15mくらいは潜った。息は2分": its "about" is that
            # value's, the depth's, and leaves the breath's 2分 whole; session 36, s27)
            if j != ci and _NUMBER.search(ans.match[other.start:other.end]) and clause_cue(ans, j, "uncertain") \
                    and not _past_frame(ans, j) and not _other_item_near(ans.match[other.start:other.end], prep, index):
                return "hedged (another number, with 'maybe')"
        # "I'm 16, a 15-year-old girl": another number close to the keyword's value in its sentence
        # gives the same slot a second value.
        if term.numeric:
            value = int(term.norm.replace(" ", ""))
            # (a clause giving the age in the other counting system is no second value: "周岁28，虚岁29")
            # (nor a clause about a relative, "엄마는 38, 아빠는 40이야": the father's value, not a second one)
            sentence = " ".join(ans.match[c.start:c.end] for j, c in enumerate(ans.clauses)
                                if c.sentence == ans.clauses[ci].sentence and not both_age_systems(ans, ci, j)
                                and not relatives_clause(ans, ci, j, prep) and not persons_clause(ans, ci, j)
                                and not relative_opens(ans, ci, j, prep)
                                and (j == ci or not _past_frame(ans, j)))
            for m in _NUMBER.finditer(sentence):
                other = int(m.group(0)) if len(m.group(0)) < 12 else -1
                if other % 10 == 0 and other <= value < other + 10 and _DECADE.match(sentence[m.end():m.end() + 3]):
                    continue  # "26살, 20대 중반이야", "二十多岁的人了": the decade the value is in (session 36, rev77)
                if other != value and value > 0 and abs(other - value) <= 0.25 * value:
                    return f"hedged (another value, {other}, in the same sentence)"
    # "maybe X, maybe Y": uncertainty in the keyword's clause and in another clause.
    if clause_cue(ans, ci, "uncertain") and "uncertain" not in prep.allowed_cues:
        others = [j for j in range(len(ans.clauses)) if j != ci and clause_cue(ans, j, "uncertain")]
        if others:
            return "hedged (maybe ..., maybe ...)"
    if "uncertain" not in prep.allowed_cues:
        alt = _alternative_clause(ans, ci, term, prep, index)
        if alt:
            return f"hedged ('{alt}')"
    if term.norm.isascii() and ans.match[end:end + 3] == "ish" and not ans.match[end + 3:end + 4].isalpha() and \
            index not in prep.truth.approximate:
        return "hedged ('-ish')"  # "Duluth-ish", "18ish": near the value, not the value
    return _restated(ans, ci, pos, term, prep, index)


def _paired_question(ans: Answer, pos: int, end: int, lang: str) -> str | None:
    """Two values each closed by the same question particle ("高崎か、前橋か", "長野か松本か", "광주인지
    전주인지"): the speaker wonders which, and asserts neither. One value asked back ("松本か？そうよ")
    has no second one after it."""
    marks = cues(lang).get("paired_alternative")
    if not marks:
        return None
    alt = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    value = r"[^\sっと]\S{0,7}?"  # (not a quoting "かって", "かと思うた")
    after = ans.match[end:end + 24]
    m = re.match(rf"({alt}) ?{value}(?:{alt})(?=$| )", after)
    if m:
        return m.group(1)
    before = re.search(rf"(?:^| ){value}({alt}) ?$", ans.match[max(0, pos - 24):pos])
    if before and re.match(rf"(?:{alt})(?=$| )", after):
        return before.group(1)
    return None


_NOT_A_VALUE = frozenset({"why", "because", "how", "that", "what", "the", "a", "an", "part", "one", "said", "true", "fun"})


_UNIT_AFTER = re.compile(r"^\s?(?:cm|centimetres?|centimeters?|kg|kilos?|m|metres?|meters?|km|years? old|years?|yo|pounds?|lbs?|stones?|"
                         r"feet|foot|ft|inch(?:es)?|miles?|岁|周岁|歲|公分|厘米|"
                         r"公里|公斤|斤|米|号|日|点|分|只|个|歳|才|センチ|cm|キロ|匹|人|時|살|세|센티|킬로|마리|명|시|년|月|月|년)?\s?")


# Plain "about" words: approximate only for an age (a measure is often given so).
_LOOSE_BEFORE = frozenset({"about", "approximately", "roughly", "大约", "约", "大概", "約", "およそ", "おおよそ", "だいたい", "大体", "ほぼ",
                           "약", "대략"})
# ... and the same words after the number (session 30: "158公分左右", "158センチくらい", "158센티 정도", "98 kg or so"
# are paid as "About 98 kg" is; an age, a bound ("出头", "以上", "남짓") or a range stays a hedge).
_LOOSE_AFTER = frozenset({"左右", "上下", "前后", "くらい", "ぐらい", "ほど", "前後", "程度", "쯤", "정도", "가량", "내외", "전후",
                          "or so", "or thereabouts", "more or less"})


def _approximate_again(ans: Answer, cl) -> bool:
    """Another clause says the value is rough once more ("182上下，差不多", "About 182, roughly"): the
    vagueness is the point, so a loose "about" is a hedge there too."""
    words = [w for code in dict.fromkeys((ans.language, "en")) for k in ("approx_before", "approx_after") for w in cues(code).get(k)]
    for other in ans.clauses:
        if other is cl:
            continue
        padded = f" {other.text} "
        if any((f" {w} " in padded) if w.isascii() else (w in other.text) for w in words):
            return True
    return False


def approximate_word(ans: Answer, pos: int, end: int, cl, age: bool) -> str | None:
    """A number made approximate by the word right before or after it ("about 41", "大约45岁",
    "182上下", "165センチくらい", "181 정도", "7:40-ish"): near the value, not the value."""
    lang = ans.language
    before = ans.match[max(cl.start, pos - 24):pos].rstrip()
    after = ans.match[end:min(cl.end, end + 24)]
    after = after[_UNIT_AFTER.match(after).end():]
    for code in dict.fromkeys((lang, "en")):
        c = cues(code)
        for w in c.get("approx_before"):
            if before == w or before.endswith((" " + w, w) if not w.isascii() else (" " + w,)):
                # "About 165 centimeters tall" is how people give a measure; an age one knows exactly
                if w in _LOOSE_BEFORE and not age and not _approximate_again(ans, cl):
                    continue
                return w
        for w in c.get("approx_after"):
            if after == w or after.startswith((w + " ", w) if not w.isascii() else (w + " ",)) or after == w:
                if w in _LOOSE_AFTER and not age and not _approximate_again(ans, cl):
                    continue
                return w
    return None


def _alternative_clause(ans: Answer, ci: int, term, prep: PreparedTruth, index: int) -> str | None:
    """Another clause that offers a value of its own for the slot ("也可能是无锡", "Could also be
    Superior", "울산일 수도 있고요"), not the keyword again, nor another keyword item after "or else"."""
    for j, other in enumerate(ans.clauses):
        if j == ci or _or_else_joins(ans, ci, j, prep, index) or (j == ci - 1 and _after_or_else(ans, ci, prep, index)):
            continue
        cue = clause_cue(ans, j, "alternative")
        if cue is None and j > ci and (w := _opening_or_else(ans, j)) in cues(ans.language).get("disjunction") and \
                not any(find_term(ans.match[other.start:other.end], a) != -1 for a in prep.items[index]):
            cue = w  # "부산이에요. 아니면 울산이요.": an "or" opening the next clause offers a rival value (not "누리" for 복실이)
        if cue and other.text.isascii() and cue.strip().endswith(" be"):
            nxt = other.text[other.text.find(cue.strip()) + len(cue.strip()):].split()[:1]
            if nxt and nxt[0] in _NOT_A_VALUE:
                continue  # "Could also be why I love winter": a reason, not another value
        if cue and find_term(ans.match[other.start:other.end], term) == -1 and len(other.text) > len(cue.strip()) + 1:
            return cue.strip()
    return None


# A value said as a likeness: "like I'm twelve", "as if I were five" (not "I'm like 29", a hedge);
# in CJK the marker follows ("12岁似的", "12歳みたい", "열두 살처럼").
_SIMILE_BEFORE = re.compile(r"(?:^| )(?:like|as if|as though)$")
_SIMILE_AFTER = re.compile(r"^\S{0,4}(?:似的|一样|一樣|みたい|のよう|처럼|같이)")


# Words a speaker puts before a second number without changing that it is one ("I'm 27. Well, I'm
# like 29.", "I'm actually 29").
_FILLER_LEAD = re.compile(r"^(?:(?:like|kinda|sorta|basically|actually|really|literally|nearly|almost|about|around|"
                          r"probably|maybe|perhaps|possibly|more like|turning|technically|honestly) )+")


_EN_JOIN = re.compile(r"^(?:and|but|while|whereas|though) ")


def _named_other_opens(text: str, prep: PreparedTruth) -> bool:
    """An English clause whose subject is a person the profile or the conversation names ("Dan's the one…",
    "Dan is flying…"): a value of theirs, not a second one of the slot asked."""
    if not text.isascii():
        return False
    head = _EN_JOIN.sub("", text).split(" ")[0]
    return len(head) >= 2 and any(o.isascii() and head == o.lower().split(" ")[0] for o in prep.truth.others)


def _restated(ans: Answer, ci: int, pos: int, term, prep: PreparedTruth, index: int) -> str | None:
    """Another clause that opens like the keyword's clause but gives another value ("I'm 17. I'm
    19.", "我叫A。我叫B。")."""
    cl = ans.clauses[ci]
    lead = ans.match[cl.start:pos].strip()
    if not lead:
        return None
    if lead.isascii():
        lead_words = lead.split(" ")[-3:]
        if len(lead_words) < 2 and not term.numeric:
            return None
        lead = " ".join(lead_words)
    else:
        lead = lead.replace(" ", "")[-3:]
        if len(lead) < 2:
            return None
    for j, other in enumerate(ans.clauses):
        if j == ci:
            continue
        m = ans.match[other.start:other.end]
        k = f" {m} ".find(f" {lead} ") if lead.isascii() else m.find(lead)
        if k == -1 or (not lead.isascii() and longer_subject(m, k)):
            continue  # ("校长先生は60岁" beside "先生は40岁": another person's value)
        if ans.language == "ko" and ans.match[pos - 1:pos] == " " and m[k + len(lead):k + len(lead) + 1] not in (" ", ""):
            continue  # ("민준이 빨간띠야! 민준이가 제일 잘해!": a Korean word ends at its space; 민준이가 is another word)
        rest = m[k + len(lead):].strip()
        if not rest or find_term(rest, term) == 0 or _other_item_near(rest, prep, index):
            continue  # ("I am stubborn, I am loyal": another item asked for, not another value)
        if disowned_clause(ans, j):
            continue  # "我住虹口。说我住静安，那是误传": the other value called an error
        if _named_other_opens(m, prep):
            continue  # (s32) "Lisbon, on the 3rd — Dan's the one going to Prague on the 10th": Dan's value
        if _SIMILE_BEFORE.search(m[:k].rstrip()) or _SIMILE_AFTER.search(rest):
            continue  # "…treats me like I'm twelve", "12歳みたいに扱う": a likeness, not a value
        if term.numeric:
            if _NUMBER.match(_FILLER_LEAD.sub("", rest)):
                return "hedged (the same slot with another value)"
        elif rest.split(" ")[0] not in cues("en").get("function_words") and not rest.startswith(("也", "很", "还", "都")):
            if lead.isascii() or len(rest) >= 2:
                return "hedged (the same slot with another value)"
    return None
