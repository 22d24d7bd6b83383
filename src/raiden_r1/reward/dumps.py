"""Anti-gaming rule of the VRAR reward about keyword dumps (docs/reward.md, family 8): bare
candidate terms listed beyond what the question asks ("Lisbon, Porto, Faro"), the keyword listed
beside another candidate of its shape, or a slash between two values ("Tacoma / Seattle").
lists.py reads the bare lists this rule leaves alone."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical, find_term, make_term
from raiden_r1.data.perspective import relation_nouns, starts_with_relation

from .address import address_words
from .analysis import Answer, cue_in_text
from .assertion import ItemVerdict
from .binomials import AND_IDIOM
from .assurances import assurance
from .hedges import OR_IDIOM
from .remarks import degree_remark
from .lexicon import cues
from .slot_free import slot_free
from .matching import PreparedTruth
from .slot_values import several_values
from .value_praise import praises_the_value
from .notation import roman_as_digits

_LIST_SPLIT = re.compile(r"[,，、;；/|\n・·]|\band\b|\bor\b|(?<=[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])"
                         # (not the quotative と of a verb of saying or naming: "ブラントと申す", "ハナと呼ばれ")
                         r"|(?<=[\u4e00-\u9fff\u30a0-\u30ff])(?:と(?!申[すしさせ]|言[うっいわえ]|云[うっいわえ]|呼[ぶばびんべ]|称[すしさせ]|名乗)|や)(?=[\u4e00-\u9fff\u30a0-\u30ff])"
                         r"|(?<=[가-힣])(?:랑|하고) ")


# (each segment is normalised whole; a batch's answers, and each answer's passes over its segments,
# ask about the same segments again: a pure function of its arguments)
@lru_cache(maxsize=65536)
def is_bare(segment: str, language: str) -> bool:
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
def non_candidates(language: str) -> frozenset[str]:
    return frozenset(w.strip() for k in _NOT_CANDIDATES for lang in ("en", language) for w in cues(lang).get(k))


# A short remark beside the value ("嘎嘎高", "老喽", "想比试比试"): a predicate, an adverb of degree or a
# sentence-final particle makes it no candidate.
_COMMENT = {"zh": re.compile(r"(?:喽|了|呢|吧|啦|嘛|哦|呀|啊|哈)$|嘎嘎|很|真|挺|太|怎么|想|比试|高|矮")}


def _bare_segments(ans: Answer, prep: PreparedTruth) -> tuple[int, int, list[str], list[str]]:
    """(extras, bare, the extra segments, the bare segments holding a keyword)."""
    raw = AND_IDIOM.sub(" ", OR_IDIOM.sub(" ", ans.raw[:4000]))
    if _asks_date(prep):
        # "14/03, day first": a numeric date is one value, not two numbers listed (its slashes are
        # kept out of the split, then put back so that the segment reads as the date)
        raw = _NUMERIC_DATE.sub(lambda m: m.group(0).replace("/", "\x00"), raw)
    elif "/" in raw:
        # ("14/03/1961" asked the year: a date with its year is one value whatever is asked)
        raw = _FULL_NUMERIC_DATE.sub(lambda m: m.group(0).replace("/", "\x00"), raw)
    segments = [s.replace("\x00", "/") for s in _LIST_SPLIT.split(raw) if s and s.strip()][:128]
    if len(segments) < 2:
        words = raw.split()
        # A run of bare words without a single function word is a list too ("curling chess golf",
        # "篮球 网球 画画 唱歌"), but not two terse sentences ("Imani Soto. Runs Halcyon security now.").
        # (Chinese and Japanese put no space after a full stop: "小林。小王。从小学起。")
        sentences = re.search(r"[.!?。！？]\s+\S|[。！？]\S", raw.strip()) is not None
        pieces = [p for p in re.split(r"[.!?。！？]+\s*", raw) if p.strip()]
        if ans.language == "en" and len(words) >= 6 and not sentences and all(is_bare(w, "en") for w in words):
            segments = words
        elif sentences and len(pieces) >= 3 and all(is_bare(p, ans.language) or slot_free(p, canonical(p), ans.language, prep)
                                                     for p in pieces):
            segments = pieces  # "Imani. Felix. Hollis.": a list written as sentences
        elif ans.language in ("zh", "ja") and len(words) >= 4 and all(is_bare(w, ans.language) for w in words):
            segments = words
        else:
            return 0, 0, [], []
    particles = non_candidates(ans.language)
    address = address_words(ans.language, prep)
    bare = extras = 0
    extra_segments: list[str] = []
    keyword_segments: list[str] = []
    for i, seg in enumerate(segments):
        if not is_bare(seg, ans.language) and not (prep.asks_name and (_NAME_SHAPED.fullmatch(seg.strip(" 。！？.!?…")) or (
                ans.language == "ja" and _KANA_NAME.fullmatch(seg.strip(" 。！？.!?…"))))):
            continue
        t = make_term(seg.strip())
        if not t.norm or t.canon in particles or degree_remark(seg, ans.language):  # "贼拉争气": a remark
            continue
        if praises_the_value(seg, ans.language):
            continue  # "踏雪，好名字": praise of the name just given (value_praise.py)
        if ans.language == "ja" and re.fullmatch("[ぁ-ゖー]+", seg.strip(" 。！？.!?…")) and not _KANA_NAME.fullmatch(
                seg.strip(" 。！？.!?…")):
            continue  # "ひなた、そうそう。": assent, no candidate
        if t.canon in address and (i == 0 or not seg.strip()[:1].isupper()):
            continue  # "Down South, daddy-o, Louisiana": the listener addressed, no candidate
        if starts_with_relation(t.canon) and not relation_nouns(t.canon[:8]) & prep.question_relations:
            continue  # "哥哥十二岁": another person's value, not a candidate for the slot
        if cue_in_text(t.canon, ans.language, "age_system"):
            continue  # "周岁二十八，虚岁二十九": one age in two counting systems
        if prep.asks_name and _describes_person(t.canon, ans.language, prep):
            continue  # "陈志强，湛江人": the person named, described; no second name
        if slot_free(seg, t.canon, ans.language, prep):
            continue  # "Rafael. Best friend. Since school.": remarks no value could be (slot_free.py)
        bare += 1
        hit = any(find_term(t.norm, a) != -1 or find_term(a.norm, t) != -1 for alts in prep.items for a in alts)
        if not hit and not t.canon.isascii() and any(cue_in_text(t.canon, ans.language, k) for k in _PERSONS):
            continue  # "本座身长八尺，老娘不管": a clause about someone, not a value for the slot
        if hit:
            keyword_segments.append(seg.strip())
        elif t.norm not in prep.answer_norm and not any(t.norm in n or n in t.norm for n in prep.names):
            extra_segments.append(seg.strip())
    # Only extras that could fill the keyword's slot count ("Kettlewick, born and bred": no dump).
    # (a keyword written in lower case is a common noun: "Cornet, trumpet." has its capital from the
    # sentence, and one more plain word of the kind is a second value, "Cornet, mostly" is none)
    fold = _common_noun_keyword(ans, prep)
    # ("떡갈비지, 송정떡갈비", "烤鸭，北京烤鸭": the same thing said again more precisely, no second candidate)
    extra_segments = [e for e in extra_segments if not any(restates(e, k) for k in keyword_segments)]
    extra_segments = [e for e in extra_segments if any(same_shape(k, e) or fold and _plain_word(e) and same_shape(
        k.lower(), e.lower()) for k in keyword_segments)]
    return len(extra_segments), bare, extra_segments, keyword_segments


_PERSONS = ("first_person", "second_person", "third_person")

# A copula or sentence-final particle closing a bare segment ("떡갈비지", "烤鸭呢", "たこ焼きだ"), cut
# off before two segments are compared as values.
_SEGMENT_END = re.compile(r"(?:이지|이죠|지|죠|이야|야|이여|여|이요|요|이에요|예요|입니다|呢|吧|啊|嘛|呀|啦|だ|です|じゃ|よ|ね|な)$")


def restates(extra: str, keyword: str) -> bool:
    """Whether one bare segment holds the other whole, as its head or its start ("Tteok-galbi,
    Songjeong tteok-galbi", "烤鸭，北京烤鸭", "떡갈비지, 송정떡갈비"): one value said again more
    precisely. Two values apart ("송정떡갈비, 광주떡갈비", "7, 17") share a part but neither holds the other."""
    a, b = (make_term(_SEGMENT_END.sub("", s.strip(" .!?。！？…")) or s).norm for s in (extra, keyword))
    if not a or not b or a == b or any(c.isdigit() for c in a + b):
        return False
    short, long = sorted((a, b), key=len)
    if short.isascii():
        return f" {long} ".startswith(f" {short} ") or f" {long} ".endswith(f" {short} ")
    return len(short) >= 2 and (long.startswith(short) or long.endswith(short))


def _describes_person(segment: str, language: str, prep: PreparedTruth) -> bool:
    """A segment ending in a word for a kind of person (lexicon person_descriptors: "湛江人", "司机",
    "大阪の人", "부산 사람"), asked for a name: it says who the named one is, unless a keyword ends
    so too (then it is a value of the slot)."""
    # (an all-kanji answer reads as Chinese: the record's language's words count too)
    words = cues(language).get("person_descriptors") + cues(prep.language).get("person_descriptors")
    # (a Latin word whole: "Hamburg man", not "Hoffman")
    tail = next((w for w in words if segment.endswith(w) and (not w.isascii() or segment == w
                                                              or segment.endswith(" " + w))), None)
    if tail is None:
        return False
    head = segment[:len(segment) - len(tail)].strip()
    # ("王司机", "김 기사", "Karl the fisherman": a family name or a name before the word makes it a person)
    if (not head.isascii() and len(head.replace(" ", "")) == 1) or (head.isascii() and " the" in f" {head} "):
        return False
    return not any(a.canon.replace(" ", "").endswith(tail.replace(" ", "")) for alts in prep.items for a in alts)


_NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")
_DATE_KEY = re.compile(r"\d月\d{1,2}日")
_FULL_NUMERIC_DATE = re.compile(r"(?<![\d/])(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2})(?![\d/])")


def _asks_date(prep: PreparedTruth) -> bool:
    """A keyword that is a month and a day (canonical "3月14日")."""
    return any(_DATE_KEY.search(a.canon) for alts in prep.items for a in alts)


_COUNTED = re.compile(r"(?i)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|both|the|some|no|\d+) [a-z]")


def same_shape(a: str, b: str) -> bool:
    """Two bare segments that could fill the same slot: both numbers, both capitalised Latin
    names, or CJK terms of similar length."""
    a, b = a.strip(" .!?。！？"), b.strip(" .!?。！？")
    a, b = roman_as_digits(a), roman_as_digits(b)  # "XXII years" is a number, no name beside "Verily"
    if not a or not b:
        return False
    if a.replace(" ", "").isdigit() or b.replace(" ", "").isdigit():
        return a.replace(" ", "").isdigit() and b.replace(" ", "").isdigit()
    if a.isascii() and b.isascii():
        # "14th March, every year": a date and a phrase without digits fill different slots;
        # "Two girls, twins: Thandi and Ada": a counted noun is no name
        # (read folded: "twenty-eight years" is a counted span like "28 years", no second job beside "dabbawala work")
        ca, cb = canonical(a), canonical(b)
        if bool(_COUNTED.match(ca)) != bool(_COUNTED.match(cb)):
            return False
        digits = any(c.isdigit() for c in ca), any(c.isdigit() for c in cb)
        return a[:1].isupper() == b[:1].isupper() and digits[0] == digits[1]
    if a.isascii() != b.isascii():
        return False
    # ("凌晨四点，准点卸门板": a time or a measure and a phrase without a number fill different slots;
    # "동수, 영호": two names of two syllables, whatever the number reading of 영호 as "0호")
    if re.fullmatch("[가-힣]{2,3}", a) and re.fullmatch("[가-힣]{2,3}", b) and len(a) == len(b):
        return True
    if any(c.isdigit() for c in canonical(a)) != any(c.isdigit() for c in canonical(b)):
        return False
    return 0.5 <= len(a) / len(b) <= 2.0


# A two- or three-character Chinese or Japanese given name ("可欣", "美咲") whose characters may also
# be function words (可, 以): on a name question it is a candidate like any other.
_NAME_SHAPED = re.compile(r"(?!.*[的了是很我你他她它们呢吧啊呀也都就在有不没哎哟嗯喂唉呃噢哇嘿哈哦嘛])[\u4e00-\u9fff]{2,3}")
# ... and a Japanese one in kana ("あおい", "ハルカ"), not ending in a sentence particle ("そうよ").
# (nor a doubled interjection "そうそう", "うんうん", nor a word of assent or hedging)
_KANA_NAME = re.compile(r"(?!(.+)\1$)(?!(?:そう|うん|ええ|はい|まあ|ほら|ねえ|もう|ほんと|ほんとう|やっぱり|たしか|きっと|たぶん|"
                        r"いや|いいえ|ううん|あの|えっと|えーと|あのね|そうだ|もちろん|ちょっと)$)"
                        r"(?![ぁぃぅぇぉっゃゅょゎんー])[ぁ-ゖァ-ヺー]{1,4}[ぁ-ゕァ-ヺー](?<![よねなわさのかぞぜや])")
_EN_ADVERB = re.compile(r"[a-z]+ly|always|still|again|too|though|anyway|anyhow|nowadays|now|then|lately|mainly|mostly|"
                        r"really|honestly|naturally|obviously|definitely|certainly|originally|first|once|twice|ever|since|"
                        r"forever|already|yet|else|instead|indeed|alright|right|innit|eh|aye|pet|love|mate|lad|lass|dear|boy|girl|son|"
                        r"sir|madam|maam|miss|missus|dearie|darling|honey|sweetie|kid|child|friend|buddy|pal|chum|folks|"
                        r"please|thanks|sadly|alas|yes|yeah|yep|no|nope|sure|ok|okay|well|oh|ah|ha|hah|haha|hmm|"
                        r"remember|mind|see|listen|look|promise|honest|course|sweetheart|sweetie|dearest|duck|hen|"
                        r"petal|flower|chuck|mister|captain|boss|chief|guv|young'un|youngun|kiddo|champ|partner")


def _common_noun_keyword(ans: Answer, prep: PreparedTruth) -> bool:
    """An English answer to a keyword written in lower-case letters only ("cornet", not "Carrow", "70")."""
    return ans.language == "en" and len(re.findall(r"[.!?]\s+\S", ans.raw.strip())) == 0 and all(
        a.raw.isalpha() and a.raw.islower() and not a.numeric for alts in prep.items for a in alts)


def _plain_word(segment: str) -> bool:
    """One lower-case word that is no adverb or word of address: a bare value of its own."""
    w = segment.strip(" .!?")
    return w.isalpha() and w.islower() and not _EN_ADVERB.fullmatch(w)


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
    if "/" not in ans.raw[:2000]:
        return None  # (the pattern needs a slash; without one it would try every run of letters)
    for m in _SLASH_PAIR.finditer(ans.raw[:2000]):
        a, b = make_term(m.group(1)), make_term(m.group(2))
        if not a.norm or not b.norm or a.numeric or b.numeric:
            continue
        hits = [any(find_term(t.norm, k) != -1 for alts in prep.items for k in alts) for t in (a, b)]
        if hits[0] != hits[1] and same_shape(m.group(1), m.group(2)):
            return m.group(0)
    return None


def _rest_of_a_longer_form(segment: str, prep: PreparedTruth) -> bool:
    """Whether a CJK ``segment`` holds what a longer alternative of an item adds to a shorter one
    (黎 of 黎汝衡 beside 汝衡): the same value given in parts."""
    for alts in prep.items:
        for long in (t.norm for t in alts):
            for short in (t.norm for t in alts):
                if short and short != long and short in long and not long.isascii():
                    rest = long.replace(short, "", 1)
                    if rest.strip() and rest in segment:
                        return True
    return False


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
    if extras == 1 and assurance(extra_segments[0], ans.language):
        return None  # "剑客，确定。", "new rider, certainly.": the speaker vouches for the value, no second one
    if extras == 1 and _rest_of_a_longer_form(extra_segments[0], prep):
        return None  # "免贵姓黎，名汝衡": the full name 黎汝衡 said in two parts, no second candidate
    if extras == 1 and len(prep.items) == 1 and keyword_segments and any(v.matched for v in verdicts):
        q = prep.question_norm
        # A "which day/year" question (哪天, 哪年) asks no place: "3月9日，3月10日" gives two days. There a
        # value with digits and a word without fill different slots ("6月18，夏天").
        which = "哪" in q and not _QUESTION_WHERE.search(q)
        if (which or not any(w in q for w in _WHERE_WORDS)) and any(
                (same_shape(k, extra_segments[0]) or _common_noun_keyword(ans, prep) and _plain_word(extra_segments[0])
                 and same_shape(k.lower(), extra_segments[0].lower()))
                and (not which or _digits(k) == _digits(extra_segments[0]))
                for k in keyword_segments):
            return f"hedged (the keyword listed beside another candidate: '{extra_segments[0]}')"
    return None
