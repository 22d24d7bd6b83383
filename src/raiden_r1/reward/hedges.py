"""Anti-gaming rules of the VRAR reward about the values an answer offers (docs/reward.md, families
7, 8 and 12): competing values next to a keyword (hedges without "or"), keyword dumps and bare
candidate lists, pasted profiles, repetition and padding. Each is a small function on the analysed
answer (analysis.py), so ``raiden-r1 reward explain`` can say which one fired."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from raiden_r1.canon import canonical, find_term, make_term

from .analysis import Answer, clause_cue, cue_in_text
from .address import address_words
from .assertion import ItemVerdict
from .date_parts import date_part_after, date_part_before
from .frames import both_age_systems, is_age
from raiden_r1.data.perspective import relation_nouns, starts_with_relation
from .remarks import degree_remark
from .lexicon import cues
from .matching import PreparedTruth
from .negatives import relatives_clause
from .similarity import content_units
from .slot_values import several_values

# ---- competing values ------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+")
_UNIT_WORD = r"(?:cm|kg|m|岁|살|歳|years?|year old|월|月|日|일|号|年|년)?"
_CONNECT = r"(?:to|through|till|until|or|and|到|至|或|或者|和|から|~|에서|내지|이나|나|、)?"
_NUMBER_BEFORE = re.compile(rf"\d\s?{_UNIT_WORD}\s?{_CONNECT}\s?$")
_NUMBER_AFTER = re.compile(rf"^\s?{_UNIT_WORD}\s?{_CONNECT}\s?\d")
# "34、5歳", "三十四、五", "四十七八": a number and the next units digit, the CJK way to say "34 or 35"
_NEXT_DIGIT = re.compile(r"^ ?([0-9一二三四五六七八九])(?![0-9])")
_CJK_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
# "seven and three quarters", "七岁零三个月", "일곱 살 3개월": a part of the same value, not a second one
_FRACTION = re.compile(r"^\s?(?:quarters?|halfs?|halves|thirds?|months?|个月|个多月|개월|ヶ月|か月|カ月)")


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
    return _OR_IDIOM.sub(lambda m: _OR_WORD.sub("~~", m.group()), text)


def _other_item_near(text: str, prep: PreparedTruth, this: int) -> bool:
    return any(find_term(text, a) != -1 for i, alts in enumerate(prep.items) if i != this for a in alts)


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
        if w in latin_dis and not _other_item_near(window_after if w in after else ans.match[max(0, pos - 24):pos],
                                                   prep, index):
            return f"hedged ('{w}')"
    if not ans.match.isascii():
        dis = [d for d in cues(lang).get("disjunction") if not d.isascii()]
        near_after = ans.match[end:end + 6]
        near_before = ans.match[max(0, pos - 4):pos]
        for d in dis:
            if len(d) == 1 or d in ("とか", "やら", "なり", "이나", "든지"):
                # Particles: only right after the keyword, with something after them.
                if near_after.startswith(d) and len(near_after) > len(d) and not near_after.startswith(("から", "かな", "から")):
                    if d == "か" and (near_after[1:2] in ("ら", "な", "も", "") or near_after[1:2] == " "):
                        continue
                    if not _other_item_near(ans.match[end:end + 16], prep, index):
                        return f"hedged ('{d}')"
                continue
            if (d in near_after or (d in near_before and d not in ("还是", "還是"))) and \
                    not _other_item_near(ans.match[end:end + 16], prep, index):
                return f"hedged ('{d}')"
    if any(c.isdigit() for c in term.norm):
        cl = ans.clauses[ci]
        approx = _approximate(ans, pos, end, cl, prep, is_age(term, prep)) if "uncertain" not in prep.allowed_cues else None
        if approx:
            return f"hedged (approximate: '{approx}')"
        tail = ans.match[end:min(cl.end, end + 24)]
        if lang in ("zh", "ja") and term.norm.isdigit() and (m := _NEXT_DIGIT.match(ans.match[end:end + 4])):
            digits, nxt = term.norm, _CJK_DIGITS.get(m.group(1), m.group(1))
            if nxt == str((int(digits[-1]) + 1) % 10):
                return f"hedged (approximate: '{digits}, {nxt}')"  # "34、5歳", "三十四、五": 34 or 35
        head = ans.match[max(cl.start, pos - 16):pos]
        if (_NUMBER_BEFORE.search(head) and not date_part_before(head, term.norm, tail, prep)) or (
                (m := _NUMBER_AFTER.match(tail)) and not _FRACTION.match(tail[m.end():].lstrip("0123456789"))
                and not date_part_after(term.norm, tail, prep)):
            return "hedged (two numbers: a list or a range)"
        # "58, or maybe 59": another number in a clause that hedges.
        for j, other in enumerate(ans.clauses):
            if j != ci and _NUMBER.search(ans.match[other.start:other.end]) and clause_cue(ans, j, "uncertain"):
                return "hedged (another number, with 'maybe')"
        # "I'm 16, a 15-year-old girl": another number close to the keyword's value in its sentence
        # gives the same slot a second value.
        if term.numeric:
            value = int(term.norm.replace(" ", ""))
            # (a clause giving the age in the other counting system is no second value: "周岁28，虚岁29")
            # (nor a clause about a relative, "엄마는 38, 아빠는 40이야": the father's value, not a second one)
            sentence = " ".join(ans.match[c.start:c.end] for j, c in enumerate(ans.clauses)
                                if c.sentence == ans.clauses[ci].sentence and not both_age_systems(ans, ci, j)
                                and not relatives_clause(ans, ci, j, prep))
            for m in _NUMBER.finditer(sentence):
                other = int(m.group(0)) if len(m.group(0)) < 12 else -1
                if other != value and value > 0 and abs(other - value) <= 0.25 * value:
                    return f"hedged (another value, {other}, in the same sentence)"
    # "maybe X, maybe Y": uncertainty in the keyword's clause and in another clause.
    if clause_cue(ans, ci, "uncertain") and "uncertain" not in prep.allowed_cues:
        others = [j for j in range(len(ans.clauses)) if j != ci and clause_cue(ans, j, "uncertain")]
        if others:
            return "hedged (maybe ..., maybe ...)"
    if "uncertain" not in prep.allowed_cues:
        alt = _alternative_clause(ans, ci, term)
        if alt:
            return f"hedged ('{alt}')"
    if term.norm.isascii() and ans.match[end:end + 3] == "ish" and not ans.match[end + 3:end + 4].isalpha():
        return "hedged ('-ish')"  # "Duluth-ish", "18ish": near the value, not the value
    return _restated(ans, ci, pos, term, prep, index)


_NOT_A_VALUE = frozenset({"why", "because", "how", "that", "what", "the", "a", "an", "part", "one", "said", "true", "fun"})


_UNIT_AFTER = re.compile(r"^\s?(?:cm|centimetres?|centimeters?|kg|kilos?|m|metres?|meters?|km|years? old|years?|yo|岁|周岁|歲|公分|厘米|"
                         r"公里|公斤|斤|米|号|日|点|分|只|个|歳|才|センチ|cm|キロ|匹|人|時|살|세|센티|킬로|마리|명|시|년|月|月|년)?\s?")


# Plain "about" words: approximate only for an age (a measure is often given so).
_LOOSE_BEFORE = frozenset({"about", "approximately", "roughly", "大约", "约", "大概", "約", "およそ", "おおよそ", "だいたい", "大体", "ほぼ",
                           "약", "대략"})


def _approximate(ans: Answer, pos: int, end: int, cl, prep: PreparedTruth, age: bool) -> str | None:
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
                if w in _LOOSE_BEFORE and not age:
                    continue
                return w
        for w in c.get("approx_after"):
            if after == w or after.startswith((w + " ", w) if not w.isascii() else (w + " ",)) or after == w:
                return w
    return None


def _alternative_clause(ans: Answer, ci: int, term) -> str | None:
    """Another clause that offers a value of its own for the slot ("也可能是无锡", "Could also be
    Superior", "울산일 수도 있고요"), not the keyword again."""
    for j, other in enumerate(ans.clauses):
        if j == ci:
            continue
        cue = clause_cue(ans, j, "alternative")
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
        if k == -1:
            continue
        rest = m[k + len(lead):].strip()
        if not rest or find_term(rest, term) == 0 or _other_item_near(rest, prep, index):
            continue  # ("I am stubborn, I am loyal": another item asked for, not another value)
        if _SIMILE_BEFORE.search(m[:k].rstrip()) or _SIMILE_AFTER.search(rest):
            continue  # "…treats me like I'm twelve", "12歳みたいに扱う": a likeness, not a value
        if term.numeric:
            if _NUMBER.match(_FILLER_LEAD.sub("", rest)):
                return "hedged (the same slot with another value)"
        elif rest.split(" ")[0] not in cues("en").get("function_words") and not rest.startswith(("也", "很", "还", "都")):
            if lead.isascii() or len(rest) >= 2:
                return "hedged (the same slot with another value)"
    return None


# ---- dumps, pasted profiles, repetition -------------------------------------------------------------

_LIST_SPLIT = re.compile(r"[,，、;；/|\n・·]|\band\b|\bor\b|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])"
                         r"|(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:と|や)(?=[\u4e00-\u9fff\u30a0-\u30ff])"
                         r"|(?<=[가-힣])(?:랑|하고) ")


def _is_bare(segment: str, language: str) -> bool:
    s = segment.strip(" \t.!?。！？…\"'“”「」()（）")
    if not s:
        return False
    if language in ("zh", "ja"):
        if len(s) > 8:
            return False
        folded = canonical(s)  # 請 is 请 (the cue words are simplified, hiragana)
        if language == "ja":
            return not any(f in folded for f in cues("ja").get("function_words")) or all(
                "\u30a0" <= c <= "\u30ff" or c == "ー" for c in s)
        return not any(f in folded for f in cues("zh").get("function_words"))
    words = canonical(s).split(" ")
    if len(words) > 3:
        return False
    if language == "ko":
        ends = cues("ko").get("function_words")
        return not any(w.endswith(e) for w in words for e in ends if len(w) > 1)
    fw = cues("en").get("function_words")
    return not any(w in fw for w in words)


def bare_extras(ans: Answer, prep: PreparedTruth) -> tuple[int, int]:
    """(bare candidate segments that match no keyword item, all bare segments) of the answer."""
    return _bare_segments(ans, prep)[:2]


# Segments that are one of these words are speech ("Yes", "probably", "no way"), not candidates.
_NOT_CANDIDATES = ("yes", "no", "reject", "uncertain", "negation", "correction", "first_person", "second_person",
                   "interjection")


@lru_cache(maxsize=8)
def _non_candidates(language: str) -> frozenset[str]:
    return frozenset(w.strip() for k in _NOT_CANDIDATES for lang in ("en", language) for w in cues(lang).get(k))


# A short remark beside the value ("嘎嘎高", "老喽", "想比试比试"): a predicate, an adverb of degree or a
# sentence-final particle makes it no candidate.
_COMMENT = {"zh": re.compile(r"(?:喽|了|呢|吧|啦|嘛|哦|呀|啊|哈)$|嘎嘎|很|真|挺|太|怎么|想|比试|高|矮")}

_OR_IDIOM = re.compile(r"\b(?:give or take|more or less|or so|sooner or later|one way or another|whether or not|"
                       r"rain or shine|like it or not|believe it or not|do or die|win or lose|now or never|"
                       r"all or nothing|day or night|night or day)\b", re.IGNORECASE)
_OR_WORD = re.compile(r"\bor\b")


def _bare_segments(ans: Answer, prep: PreparedTruth) -> tuple[int, int, list[str], list[str]]:
    """(extras, bare, the extra segments, the bare segments holding a keyword)."""
    raw = _OR_IDIOM.sub(" ", ans.raw[:4000])
    segments = [s for s in _LIST_SPLIT.split(raw) if s and s.strip()][:128]
    if len(segments) < 2:
        words = raw.split()
        # A run of bare words without a single function word is a list too ("curling chess golf",
        # "篮球 网球 画画 唱歌"), but not two terse sentences ("Imani Soto. Runs Halcyon security now.").
        sentences = re.search(r"[.!?。！？]\s+\S", raw.strip()) is not None
        pieces = [p for p in re.split(r"[.!?。！？]+\s*", raw) if p.strip()]
        if ans.language == "en" and len(words) >= 6 and not sentences and all(_is_bare(w, "en") for w in words):
            segments = words
        elif sentences and len(pieces) >= 3 and all(_is_bare(p, ans.language) for p in pieces):
            segments = pieces  # "Imani. Felix. Hollis.": a list written as sentences
        elif ans.language in ("zh", "ja") and len(words) >= 4 and all(_is_bare(w, ans.language) for w in words):
            segments = words
        else:
            return 0, 0, [], []
    particles = _non_candidates(ans.language)
    address = address_words(ans.language, prep)
    bare = extras = 0
    extra_segments: list[str] = []
    keyword_segments: list[str] = []
    for i, seg in enumerate(segments):
        if not _is_bare(seg, ans.language):
            continue
        t = make_term(seg.strip())
        if not t.norm or t.canon in particles or degree_remark(seg, ans.language):  # "贼拉争气": a remark
            continue
        if t.canon in address and (i == 0 or not seg.strip()[:1].isupper()):
            continue  # "Down South, daddy-o, Louisiana": the listener addressed, no candidate
        if starts_with_relation(t.canon) and not relation_nouns(t.canon[:8]) & prep.question_relations:
            continue  # "哥哥十二岁": another person's value, not a candidate for the slot
        if cue_in_text(t.canon, ans.language, "age_system"):
            continue  # "周岁二十八，虚岁二十九": one age in two counting systems
        bare += 1
        hit = any(find_term(t.norm, a) != -1 or find_term(a.norm, t) != -1 for alts in prep.items for a in alts)
        if not hit and not t.canon.isascii() and any(cue_in_text(t.canon, ans.language, k) for k in _PERSONS):
            continue  # "本座身长八尺，老娘不管": a clause about someone, not a value for the slot
        if hit:
            keyword_segments.append(seg.strip())
        elif t.norm not in prep.answer_norm and not any(t.norm in n or n in t.norm for n in prep.names):
            extra_segments.append(seg.strip())
    # Only extras that could fill the keyword's slot count ("Kettlewick, born and bred": no dump).
    extra_segments = [e for e in extra_segments if any(_same_shape(k, e) for k in keyword_segments)]
    return len(extra_segments), bare, extra_segments, keyword_segments


_PERSONS = ("first_person", "second_person", "third_person")

_COUNTED = re.compile(r"(?i)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|both|the|some|no|\d+) [a-z]")


def _same_shape(a: str, b: str) -> bool:
    """Two bare segments that could fill the same slot: both numbers, both capitalised Latin
    names, or CJK terms of similar length."""
    a, b = a.strip(" .!?。！？"), b.strip(" .!?。！？")
    if not a or not b:
        return False
    if a.replace(" ", "").isdigit() or b.replace(" ", "").isdigit():
        return a.replace(" ", "").isdigit() and b.replace(" ", "").isdigit()
    if a.isascii() and b.isascii():
        # "14th March, every year": a date and a phrase without digits fill different slots;
        # "Two girls, twins: Thandi and Ada": a counted noun is no name
        if bool(_COUNTED.match(a)) != bool(_COUNTED.match(b)):
            return False
        digits = any(c.isdigit() for c in a), any(c.isdigit() for c in b)
        return a[:1].isupper() == b[:1].isupper() and digits[0] == digits[1]
    if a.isascii() != b.isascii():
        return False
    # ("凌晨四点，准点卸门板": a time or a measure and a phrase without a number fill different slots)
    if any(c.isdigit() for c in canonical(a)) != any(c.isdigit() for c in canonical(b)):
        return False
    return 0.5 <= len(a) / len(b) <= 2.0


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in canonical(text))


_WHERE_WORDS = ("where", "哪", "どこ", "어디")
# (哪天, 哪年, 哪位 ask a day, a year, a person, not a place)
_QUESTION_WHERE = re.compile(r"where|どこ|어디|哪(?!一?(?:天|年|月|日|号|位|种|样|个(?:月|人|星期|礼拜)))")


_SLASH_PAIR = re.compile(r"([^\s/,，、。.!?！？]+)\s*/\s*([^\s/,，、。.!?！？]+)")


def _slash_pair(ans: Answer, prep: PreparedTruth) -> str | None:
    """"Tacoma / Seattle": a slash between a keyword and another value of its shape is a choice
    left open, even between two places the gold answer names (numbers have their own rules:
    "183 cm / 6 ft" is one height)."""
    for m in _SLASH_PAIR.finditer(ans.raw[:2000]):
        a, b = make_term(m.group(1)), make_term(m.group(2))
        if not a.norm or not b.norm or a.numeric or b.numeric:
            continue
        hits = [any(find_term(t.norm, k) != -1 for alts in prep.items for k in alts) for t in (a, b)]
        if hits[0] != hits[1] and _same_shape(m.group(1), m.group(2)):
            return m.group(0)
    return None


def dump_reason(ans: Answer, prep: PreparedTruth, verdicts: list[ItemVerdict]) -> str | None:
    """A list of bare candidate terms beyond what the question asks: two or more extra candidates,
    or (for a one-value question) the keyword listed beside another bare candidate."""
    if not prep.items:
        return None
    extras, bare, extra_segments, keyword_segments = _bare_segments(ans, prep)
    if extras >= 2:
        return f"keyword dump ({extras} extra candidates listed)"
    if extras == 1 and several_values(prep):
        return None  # "话少，护短" asked what kind of person: one more trait is part of the answer
    if extras == 1 and bare >= 3:
        return f"keyword dump ({bare} bare candidates, one not asked for)"
    slash = _slash_pair(ans, prep)
    if slash:
        return f"hedged (a slash between two values: '{slash}')"
    if extras == 1 and _COMMENT.get(ans.language) and _COMMENT[ans.language].search(extra_segments[0].strip(" 。！？!?.")):
        return None  # "一米九二，嘎嘎高": a remark about the value, no second value
    if extras == 1 and len(prep.items) == 1 and keyword_segments and any(v.matched for v in verdicts):
        q = prep.question_norm
        # A "which day/year" question (哪天, 哪年) asks no place: "3月9日，3月10日" gives two days. There a
        # value with digits and a word without fill different slots ("6月18，夏天").
        which = "哪" in q and not _QUESTION_WHERE.search(q)
        if (which or not any(w in q for w in _WHERE_WORDS)) and any(
                _same_shape(k, extra_segments[0]) and (not which or _digits(k) == _digits(extra_segments[0]))
                for k in keyword_segments):
            return f"hedged (the keyword listed beside another candidate: '{extra_segments[0]}')"
    return None


def repetitions(ans: Answer, prep: PreparedTruth | None = None) -> int:
    """How many clauses repeat an earlier one (a clause of two or more words or three or more CJK
    characters from its second time, a shorter one from its third), plus runs of one word said four
    or more times in a row."""
    seen: dict[str, int] = {}
    repeated = 0
    prep_units = (prep.gold_content | prep.question_units) if prep is not None else frozenset()
    for cl in ans.clauses:
        t = cl.text
        n = seen[t] = seen.get(t, 0) + 1
        long_enough = (" " in t and t.isascii()) or (not t.isascii() and len(t.replace(" ", "")) >= 3)
        # A short clause said twice is emphasis ("Pretzel! Yes, Pretzel."); three times is padding.
        if n > (1 if long_enough else 2):
            repeated += 1
    words = ans.canon.split(" ")
    run = 1
    for a, b in zip(words, words[1:]):
        run = run + 1 if a == b else 1
        if run == 4:
            repeated += 1
    # Padding with filler clauses ("그럼요, 그렇고말고요. 정말 그렇습니다. 네, 맞아요. ..."): many short
    # clauses that carry nothing of the question, the gold answer or a keyword.
    filler = 0 if len(ans.clauses) < 5 else sum(
        1 for cl in ans.clauses if len(cl.text) <= 12 and not (content_units(cl.text) & prep_units))
    if filler >= 5:
        repeated += filler - 4
    # Padding with symbols ("Saffron!!! 🔥🔥🔥...", "야간 🌙🌙🌙..."): the normaliser drops emoji,
    # so they are counted on the answer as written; a few are colour, eight or more padding.
    symbols = sum(1 for c in ans.raw[:4000] if ord(c) > 0x2000 and unicodedata.category(c) == "So")
    if symbols >= 8:
        repeated += symbols // 8
    # Padding with variations ("That's the date. The date is the date."): a long answer that
    # keeps reusing its few words.
    if ans.canon.isascii() and len(words) >= 20 and len(set(words)) < 0.5 * len(words):
        repeated += 1
    elif not ans.canon.isascii():
        chars = ans.canon.replace(" ", "")
        if len(chars) >= 40 and len(set(zip(chars, chars[1:]))) < 0.5 * (len(chars) - 1):
            repeated += 1
    return repeated


def keyword_overuse(ans: Answer, prep: PreparedTruth) -> int:
    """Keyword mentions beyond three per item ("a clockmaker, and as a clockmaker I make clocks,
    because being a clockmaker ..."): padding that repeats the paid word."""
    extra = 0
    for alts in prep.items:
        spans = sorted((p, p + len(a.norm)) for a in alts for p in ans.find(a))
        n, end = 0, -1
        for s, e in spans:  # overlapping alternatives ("C" in "C言語") are one mention
            if s >= end:
                n += 1
            end = max(end, e)
        extra += max(0, n - 3)
    return extra


_COLONS = (":", "：")
MAX_COLONS = 256
_LABEL_BREAKS = ("\n", ",", "，", "、", ";", "；", "。", ".", "!", "?", "！", "？", ":", "：")


def profile_labels(answer: str, enough: int = 3) -> int:
    """How many "label: value" pairs the raw answer holds, counting up to ``enough`` (a pasted
    profile has many; speech has at most one or two). A label is a short run (<= 12 characters)
    since the last line break or separator; colons between digits (10:30) are not labels."""
    if answer.count(":") + answer.count("：") < enough:
        return 0
    count = 0
    n = len(answer)
    for colon in _COLONS:
        i = answer.find(colon)
        for _ in range(MAX_COLONS):
            if i == -1 or count >= enough:
                break
            if not (0 < i < n - 1 and answer[i - 1].isdigit() and answer[i + 1].isdigit()):
                lo = max(0, i - 24)
                cut = max(answer.rfind(b, lo, i) for b in _LABEL_BREAKS)
                if cut != -1 or lo == 0:
                    if 0 < len(answer[cut + 1:i].strip()) <= 12:
                        count += 1
            i = answer.find(colon, i + 1)
    return count
