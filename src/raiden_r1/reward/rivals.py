"""A second value for the slot a keyword fills, offered without an "or" word (docs/reward.md, family 7):
a correction after a full assertion ("Biscuit. Actually it's Rex.", "41歳です。本当は45歳です。"), a
joining word ("札幌と函館", "부산이자 대구", "它叫团子，又叫咪咪", "Biscuit, aka Rex", "ひなたか、あおい"), or
the slot the question asks given another value while the keyword stands elsewhere in another sense
("札幌ラーメンが好きですが、出身は東京です。", "团子是点心，猫叫咪咪").

A rival must have the keyword's shape (a number near its value, a short term of its kind), and is
none of what the gold answer, the keywords or the character's names already say: a longer form of
the same name ("Sir Biscuit of Hale") or a value of another slot ("函館育ち" beside a birthplace) is no
rival. The cue words are data (lexicon/*.yaml: rival_lead, rival_naming, rival_tail, rival_join,
rival_copula, rival_filler)."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import find_term, make_term
from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer, clause_cue, cue_in_text
from .assertion import ItemVerdict
from .lexicon import cues
from .matching import PreparedTruth

_DIGITS = re.compile(r"\d+")
# Question words: a slot phrase read from the question never holds them ("どこ" is no slot).
_INTERROGATIVE = ("什么", "哪", "谁", "几", "多大", "どこ", "何", "なに", "誰", "だれ", "いくつ", "어디", "뭐", "무엇", "누구", "몇", "어떤")
_JA_VERB_ENDS = ("ます", "ました", "ません", "ましょう", "った", "って")
_WHERE = ("where", "哪", "どこ", "どちら", "어디")
# A clause of these states no value the character holds now ("Ma wanted to call her Soot", "if it were
# Domino", "it's not Domino", "used to be Domino"): its value is no rival.
_NOT_HELD = ("negation", "conditional", "wish", "abandoned", "former", "mistaken_for")
# zh has no spaces: a value ends where a clause goes on ("咪咪都是它的名字").
_ZH_CUT = re.compile(r"(?:都|是|的|也|很|了|呢|吧)")


@lru_cache(maxsize=8)
def _fill(lang: str) -> tuple[str, ...]:
    # (Korean: only the copulas of rival_filler; "요" alone ends a verb, "친해요" is no value)
    extra = set(cues(lang).get("copula_after")) if lang != "ko" else set()
    return tuple(sorted(set(cues(lang).get("rival_filler")) | extra, key=lambda w: (-len(w), w)))


def _strip(text: str, lang: str, joined: bool = False) -> str:
    """``text`` without the filler words around a value ("it's Rex now" -> "rex", "대구예요" -> "대구"); the
    words inside stay ("Max is my neighbour's dog" is a sentence, not a value). ``joined``: the text
    follows a joining word, where a Chinese clause goes on after the value ("咪咪都是它的名字")."""
    fill = _fill(lang)
    if lang == "en":
        words = text.split()
        while words and words[0] in fill:
            words.pop(0)
        while words and words[-1] in fill:
            words.pop()
        return " ".join(words)
    s = text.replace(" ", "") if lang != "ko" else text.strip()
    if lang == "zh":
        s = s.lstrip("".join(f for f in fill if len(f) == 1))
        m = _ZH_CUT.search(s, 1) if joined else None
        s = s[:m.start()] if m else s
    changed = True
    while changed and s:
        changed = False
        for f in fill:
            if len(s) > len(f) and s.endswith(f):
                s, changed = s[:-len(f)].rstrip(), True
            elif len(s) > len(f) and s.startswith(f) and lang != "ko":
                s, changed = s[len(f):], True
    return s


def _bare_value(value: str, lang: str) -> bool:
    """A value alone, not a clause ("咪咪", "函館", "대구"; not "很忙", "札幌の北の方", "대구도 가봤어요")."""
    if not value or " " in value and lang != "en":
        return False
    if lang == "en":
        return 1 <= len(value.split()) <= 3 and not any(w in cues("en").get("function_words") for w in value.split())
    if lang == "ja":
        kana = [("\u3040" <= c <= "\u309f") for c in value]
        if all(kana):  # a name in hiragana ("あおい", "みお") may hold particle characters, not a verb's end
            return len(value) <= 5 and not value.endswith(_JA_VERB_ENDS)
        if any(kana):
            return False  # kanji with kana endings is a word being conjugated ("申し", "一緒に"), not a name
    if lang == "ko":  # a word ending in a particle or a verb ending ("친해요") is no bare noun
        return not any(value.endswith(e) for e in cues("ko").get("function_words"))
    return not any(w in value for w in cues(lang).get("function_words"))


def _is_rival(value: str, term, prep: PreparedTruth, lang: str, raw: str) -> bool:
    if not value or not _bare_value(value, lang):
        return False
    v = make_term(value)
    if not v.norm or find_term(v.norm, term) != -1 or find_term(term.norm, v) != -1 or \
            v.norm.startswith(term.norm) or term.norm.startswith(v.norm):
        return False  # the keyword again, or a longer or shorter form of it ("Golang" for Go)
    if any(find_term(v.norm, a) != -1 or find_term(a.norm, v) != -1 for alts in prep.items for a in alts):
        return False
    if v.norm in prep.answer_norm or any(v.norm in n or n in v.norm for n in prep.names if n):
        return False
    known = prep.truth.aliases + prep.truth.others
    if any(v.norm in make_term(k).norm for k in known if k):
        return False  # a nickname or a person the profile gives
    regions = cues(lang).get("region_suffixes")
    if any(v.norm.endswith(r) and not term.norm.endswith(r) for r in regions) and not term.numeric:
        return False  # "長野県" beside 松本: the region holding the town, not another town
    if cue_in_text(v.canon, lang, "origin") or cue_in_text(v.canon, lang, "negation"):
        return False  # "函館育ち": where one was raised, another slot than where one was born
    if term.numeric or term.norm.isdigit():
        m = _DIGITS.fullmatch(v.norm.replace(" ", ""))
        if not m or not term.norm.isdigit():
            return False
        x, k = int(m.group()), int(term.norm)
        return x != k and k > 0 and 0.5 * k <= x <= 2 * k
    if any(c.isdigit() for c in v.norm):
        return False
    if term.cjk != v.cjk:
        return False
    if lang == "en":
        # A name keyword has a name rival ("Rex"), a common noun a common noun ("accountant").
        at = raw.lower().find(value.split()[0])
        kw = raw.lower().find(term.norm.split()[0])
        if at == -1 or kw == -1 or raw[at].isupper() != raw[kw].isupper():
            return False
        return True
    return 0.4 <= len(v.norm) / max(1, len(term.norm)) <= 2.5 and len(v.norm) <= 8


@lru_cache(maxsize=8)
def _cue_probe(lang: str) -> re.Pattern[str] | None:
    """Whether a text holds any cue _after_cue looks for, in one scan (most clauses hold none, and
    the cue lists are long): a whole word in English, a substring otherwise, as there."""
    words = {c for kind in ("rival_lead", "rival_naming", "rival_tail") for c in cues(lang).get(kind) if len(c) >= 2}
    if not words:
        return None
    body = trie_pattern(words)
    return re.compile(rf"(?<![^ ])(?:{body})(?![^ ])" if lang == "en" else body)


def _after_cue(text: str, lang: str) -> list[tuple[str, bool]]:
    """The texts a rival cue in ``text`` points at, each with whether its value must be said as one
    (after a correction: "其实叫咪咪", not "其实说来话长"): what follows a leading or naming cue, what
    precedes a trailing one ("みおとも呼びます", "accountant by night")."""
    out = []
    probe = _cue_probe(lang)
    if probe is None or probe.search(text) is None:
        return out
    for kind in ("rival_lead", "rival_naming", "rival_tail"):
        for c in cues(lang).get(kind):
            if len(c) < 2:
                continue  # a one-character joiner ("と", "跟", "과") joins only right after the keyword
            k = f" {text} ".find(f" {c} ") if lang == "en" else text.find(c)
            if k == -1:
                continue
            t = text[:max(0, k - (lang == "en"))] if kind == "rival_tail" else text[k + len(c):]
            # (an English name is capitalised after a naming word too: "also called the best" is praise)
            out.append((t, kind == "rival_lead" or (lang == "en" and kind == "rival_naming")))
    return out


def _said_as_value(text: str, value: str, lang: str, raw: str) -> bool:
    """After a correction, a value said as one: a number; an English name (capitalised: "Actually,
    Rex", not "actually, a long story"); a Chinese value after 叫/是; a Japanese or Korean value
    before its copula ("実はさくらです", "사실 대구예요")."""
    if not value.strip():
        return False
    if value.replace(" ", "").isdigit():
        return True
    if lang == "en":
        at = raw.lower().find(value.split()[0])
        return at != -1 and raw[at].isupper()
    cop = cues(lang).get("rival_copula")
    t = text.strip(" .!?。！？…~")
    if lang == "zh":
        return t.lstrip("我它他她 ").startswith(cop)
    return t.endswith(cop)


def _ends_with_cue(text: str, lang: str) -> bool:
    """A clause that is, or ends in, a rival cue ("really", "though really", "开玩笑的")."""
    whole, ends = _lead_endings(lang)
    return text in whole or text.endswith(ends)


@lru_cache(maxsize=8)
def _lead_endings(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    # (built once: str.endswith takes them all at once)
    lead = cues(lang).get("rival_lead")
    return frozenset(lead), tuple(" " + c for c in lead) if lang == "en" else tuple(c for c in lead if len(c) > 1)


def _occurrence_end(ans: Answer, ci: int, term, pos: int) -> str:
    cl = ans.clauses[ci]
    if ans.language == "en":
        k = cl.text.find(term.norm)
        return cl.text[k + len(term.norm):] if k != -1 else ""
    return ans.match[pos + len(term.norm):cl.end]


def _single_slot(prep: PreparedTruth, term) -> bool:
    """The question asks one value that cannot be two at once: a name, a place of origin, a number (a
    hobby or a job may be two: "釣りと将棋", "Python和Go")."""
    if len(prep.items) != 1:
        return False
    q = prep.question_norm
    return prep.asks_name or term.numeric or term.norm.isdigit() or any(w in q for w in _WHERE) or \
        cue_in_text(q, prep.language, "origin") is not None


def _later_rival(ans: Answer, ci: int, pos: int, term, prep: PreparedTruth) -> str | None:
    lang = ans.language
    interj = set(cues(lang).get("interjection"))
    # 1. a joining word right after the keyword in its clause ("札幌と函館", "부산이자 대구", "团子跟咪咪")
    rest = _occurrence_end(ans, ci, term, pos).strip() if _single_slot(prep, term) else ""
    for c in (cues(lang).get("rival_join") + cues(lang).get("rival_lead") + cues(lang).get("rival_naming")) if rest else ():
        # (a Latin or Korean joining word is a word of its own: "전주랑께" is a dialect copula)
        spaced = lang in ("en", "ko") or c.isascii()
        if c != "か" and (rest.startswith(c + " ") if spaced else rest.startswith(c)):
            # ("札幌かな" is a doubt; "札幌か函館" the disjunction rule's)
            value = _strip(rest[len(c):], lang, joined=True)
            if _is_rival(value, term, prep, lang, ans.raw):
                return f"hedged (a second value joined to it: '{value}')"
    # "松本、それと長野です", "Duluth, and Fargo": a pause, then a joining word and another value
    nxt = ans.clauses[ci + 1] if _single_slot(prep, term) and ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.sentence == ans.clauses[ci].sentence and not rest:
        for c in cues(lang).get("rival_join"):
            if len(c) > 1 and (nxt.text.startswith(c + " ") if lang == "en" else nxt.text.startswith(c)):
                value = _strip(nxt.text[len(c):], lang)  # (whole: "还有开封也待过" is a sentence)
                if _is_rival(value, term, prep, lang, ans.raw):
                    return f"hedged (a second value joined to it: '{value}')"
    # "ひなたか、あおいです", "团子跟，咪咪": the joining word, a pause, then another value
    if rest and len(rest) == 1 and rest in cues(lang).get("rival_join") and ci + 1 < len(ans.clauses) and \
            ans.clauses[ci + 1].sentence == ans.clauses[ci].sentence:
        value = _strip(ans.clauses[ci + 1].text, lang)
        if _is_rival(value, term, prep, lang, ans.raw):
            return f"hedged ('{rest}' and another value: '{value}')"
    # 2. another clause with a rival cue ("其实叫咪咪", "Actually it's Rex", "aka Rex", "又叫咪咪"), or a
    # clause of a cue or an interjection alone, then the value ("开玩笑的，我30岁", "아, 대구였나?")
    for j, cl in enumerate(ans.clauses):
        if j == ci:
            continue
        texts = _after_cue(cl.text, lang)
        prev = ans.clauses[j - 1].text.strip() if j > 0 else ""
        if j > ci and j - 1 != ci and (prev in interj or _ends_with_cue(prev, lang)):
            texts.append((cl.text, True))  # ("Though really, Domino.", "开玩笑的，我30岁")
        # (most clauses point at no value: the dearer checks only for those that do)
        if not texts or find_term(ans.match[cl.start:cl.end], term) != -1 or any(clause_cue(ans, j, k) for k in _NOT_HELD):
            continue
        for t, correction in texts:
            value = _strip(t, lang)
            if correction and not _said_as_value(t, value, lang, ans.raw):
                continue
            if _is_rival(value, term, prep, lang, ans.raw):
                return f"hedged (another value for the same slot: '{value}')"
    return None


# What follows a slot noun that the next words fill ("出身は東京", "고향은 서울", "猫叫咪咪").
_ALSO = {"ja": ("も",), "ko": ("도",), "zh": ("也是", "也算")}
_SLOT_PARTICLE = {"ja": ("は", "が", "も"), "ko": ("은", "는", "이", "가", "도"), "zh": ("是", "叫", "在")}


def _slot_phrases(prep: PreparedTruth) -> tuple[str, ...]:
    if prep.language not in _SLOT_PARTICLE or len(prep.items) != 1:
        return ()
    return _question_slots(prep.question_norm, prep.language)


@lru_cache(maxsize=4096)
def _question_slots(q: str, language: str) -> tuple[str, ...]:
    """Nouns of the question that name the slot it asks ("出身", "猫叫", "고향"): runs of two to four
    han or hangul characters, no question word."""
    out = set()
    for run in re.findall(r"[\u4e00-\u9fff\uac00-\ud7a3]{2,}", q):
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 4) + 1):
                if not any(w in run[i:j] for w in _INTERROGATIVE):
                    out.add(run[i:j])
    if cue_in_text(q, language, "origin"):
        out |= set(cues(language).get("origin_nouns"))
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


def _own_or_bare(lead: str, lang: str) -> bool:
    """Nothing before the slot noun but the character's own possessive ("我家", "私の", "제", "my")."""
    lead = lead.strip()
    if not lead:
        return True
    # (first-person words only: the possessive list holds "我爱人", "my wife"'s slot is hers)
    for w in cues(lang).get("first_person"):
        if lead == w or lead.replace(" ", "") in (w + "的", w + "の", w + "家", w + "的家"):
            return True
    return False


def _slot_restated(ans: Answer, ci: int, term, prep: PreparedTruth) -> str | None:
    """Another clause gives the slot the question asks a value that is not the keyword ("出身は東京で
    す", "고향은 서울이고요", "猫叫咪咪"): the keyword elsewhere ("札幌ラーメン", "부산 돼지국밥", "团子是点心")
    is said in another sense."""
    lang = ans.language
    phrases = _slot_phrases(prep) if lang == prep.language else []
    for j, cl in enumerate(ans.clauses):
        if not phrases or j == ci or cl.question or find_term(ans.match[cl.start:cl.end], term) != -1 or \
                any(clause_cue(ans, j, k) for k in _NOT_HELD):
            continue
        text = cl.text
        for s in phrases:
            k = text.find(s)
            if k == -1 or (lang == "ko" and k > 0 and text[k - 1] != " "):
                continue
            # "函館も故郷です", "대구도 고향이고요", "开封也是老家": a second value for the slot
            before = text[:k].rstrip()
            also = next((p for p in _ALSO.get(lang, ()) if before.endswith(p)), None)
            if also and _is_rival(_strip(before[:-len(also)], lang), term, prep, lang, ans.raw):
                return f"hedged (the question's slot given a second value: '{before}{s}')"
            if not _own_or_bare(text[:k], lang):
                break  # "隔壁的猫叫咪咪", "妹の出身は東京": another one's slot, not the character's
            after = text[k + len(s):]
            particle = next((p for p in _SLOT_PARTICLE[lang] if after.startswith(p)), None)
            if particle is None and not (lang == "zh" and s.endswith(_SLOT_PARTICLE["zh"])):
                break
            value = _strip(after[len(particle or ""):], lang)
            if _is_rival(value, term, prep, lang, ans.raw):
                return f"the question's slot given another value ('{s}' {value}): the keyword in another sense"
            break
    return None


def rival_reason(ans: Answer, v: ItemVerdict, index: int, prep: PreparedTruth) -> str | None:
    """Why an asserted keyword occurrence is not the answer because a rival value of its slot stands
    beside it (see the module doc), or None."""
    term = next((a for a in prep.items[index] if a.raw == v.alternative), None) or make_term(v.alternative or "")
    if not term.norm or ans.language not in ("en", "zh", "ja", "ko"):
        return None
    ci = ans.clause_index(v.position)
    return _later_rival(ans, ci, v.position, term, prep) or _slot_restated(ans, ci, term, prep)
