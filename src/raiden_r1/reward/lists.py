"""Bare lists that dumps.dump_reason leaves alone (docs/reward.md, family 8): the profile's facts
listed beside the keyword ("28/杭州/老师", "41 札幌 パン屋 コタロウ", "25, 부산, 간호사, 나비", "34\\nPortland
\\nfirefighter"), and candidates written with spaces or a middle dot ("团子 咪咪 花花", "부산 서울 대구",
"札幌・函館"). A list of facts answers no question: the keyword in it is one candidate among others."""

from __future__ import annotations

import re

from raiden_r1.canon import find_term, make_term

from .analysis import Answer
from .dumps import is_bare, non_candidates, same_shape
from .matching import PreparedTruth
from .similarity import content_units

_SENTENCE_END = re.compile(r"[.!?。！？]\s*\S")
# A middle dot between two kanji or hangul terms lists them ("札幌・函館", "부산·대구"); between katakana
# it writes one foreign name ("レオナルド・ダ・ヴィンチ").
_DOT_PAIR = re.compile(r"([\u4e00-\u9fff\uac00-\ud7a3]+)[・·]([\u4e00-\u9fff\uac00-\ud7a3]+)")


_LIST_END = re.compile(r"^(?:[・·][\u4e00-\u9fff\uac00-\ud7a3]+)*(?:です|でした|だ|예요|이에요|입니다|이요|요)?[。.!！?？…\s]*$")
_HARD = re.compile(r"[/／;；|｜\n・·]")
_COMMA = re.compile(r"[,，、]")
_INNER_PUNCT = re.compile(r"[,，、.!?。！？;；:：]")
# A Korean verb or adjective: a tense or speech-level ending, or a stem of doing, being, having
_KO_VERB = re.compile(r"(?:았|었|였|겠|했|됐)[가-힣]*$|(?:니다|세요|어요|아요|해요|이에요|예요|지요|죠|하오|했소|았소|었소|이오|네요|군요|"
                      r"구나|거든|잖아|는데|지만)$|^(?:하|않|안|못|있|없|했|되|됐)[가-힣]{0,3}$"
                      # (session 33: a request or an order ends a sentence too, "서희라 불러 주시오", "가져다 주게",
                      # "이리 오너라", "들어 보렴")
                      r"|(?:^|[가-힣])(?:시오|십시오|십쇼|주오|다오|주게|하게|시게|거라|너라|어라|아라|려무나|렴|구려|소서|줘|줘라)$"
                      # (a conditional, "한 그릇이면 최고여잉": a clause; not 라면, 냉면, which are noodles)
                      r"|[가-힣](?:이면|으면|하면|다면|려면|거면)$"
                      # (a dialect's sentence-final 잉 after an ending: Jeolla "최고여잉", "맛있당께잉"; not 보잉)
                      r"|(?:여|야|다|제|께|지|요|네)잉$"
                      # (session 33 r11: Gyeongsang 캤/켔 for 했, and its sentence-final 제 after a tense or a
                      # copula, "백사십오 호라 캤제", "십칠일이제", "맞제"; not 문제, 형제, 숙제)
                      r"|^(?:캤|켔)[가-힣]*$|[가-힣](?:았|었|였|겠|했|됐|캤|켔|이|하|카)제$|^맞제$")


# (session 33 r11) English writes a date's year after a comma ("Ninth of March, 1929", "March 9, 1929"):
# the year is that date's, not one more term of a list
_EN_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b")
_YEAR = re.compile(r"^\s*(?:1[0-9]|20)\d\d\s*[.!?]?\s*$")
_DAY = re.compile(r"\d|(?i:\b(?:first|second|third|\w+th|\w+st|\w+nd|\w+rd)\b)")


def _dated(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for p in pieces:
        if out and _YEAR.match(p) and _EN_MONTH.search(out[-1]) and _DAY.search(out[-1]):
            out[-1] = f"{out[-1]} {p.strip()}"
        else:
            out.append(p)
    return out


def _segments(ans: Answer) -> list[str]:
    """The answer's pieces where it is written as a list: split by list separators ("/", ";", "・", a
    line break; not "and", "or": "born and bred"), by commas when four or more pieces are all bare
    ("25, 부산, 간호사, 나비"; speech has fewer: "Midwife, love. Poplar district"), or by spaces in an
    answer without punctuation ("团子 咪咪 花花", "34 Portland firefighter")."""
    raw = ans.raw[:2000].strip()
    hard = [p for p in _HARD.split(raw) if p.strip()]
    if len(hard) >= 3:
        return hard
    commas = _dated([p for p in _COMMA.split(raw) if p.strip()])
    if len(commas) >= 4 and all(is_bare(p, ans.language) for p in commas):
        return commas
    words = raw.rstrip(".!?。！？").split()
    if ans.language == "ko" and any(_KO_VERB.search(w) for w in words):
        return []  # "대구라 하지 않았소": a sentence with a verb, no list
    if len(words) >= 3 and not _INNER_PUNCT.search(raw.rstrip(".!?。！？")):
        # (Korean and English write every sentence with spaces: there all words must be bare; a Japanese name in
        # hiragana may look like a particle, so two in three do there)
        need = len(words) if ans.language in ("ko", "en") else 2 / 3 * len(words)
        # (an English phrase of bare words is often speech, "About 165 centimeters tall": a list
        # there holds names or numbers past its first word, "34 Portland firefighter Biscuit")
        names = sum(1 for w in words[1:] if w[:1].isupper() or w.isdigit())
        if sum(is_bare(w, ans.language) for w in words) >= need and (ans.language != "en" or names >= 2):
            return words
    return []


# Words of how often or how whole that the question's frame takes in other words ("each morning" asked,
# "every morning" answered)
_FRAME_WORDS = frozenset(("every", "each", "all", "whole", "single", "very", "same"))


def restates_question(canon: str, prep: PreparedTruth) -> bool:
    """A segment made of the question's own content words (besides words of frequency), with no digit:
    the frame of the question said back ("every morning", "每天早上"), not a value for its slot (session 36, s27)."""
    units = content_units(canon)
    return bool(units & prep.question_units) and not any(c.isdigit() for c in canon) and \
        units - prep.question_units <= _FRAME_WORDS


def list_reason(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the answer is a bare list rather than an answer (see the module doc), or None."""
    if not prep.items:
        return None
    # (Chinese writes a foreign name with the dot: "哈利·詹姆斯·波特")
    pair = _DOT_PAIR.search(ans.raw[:2000]) if ans.language in ("ja", "ko") else None
    # (only a list said alone: "松本・浅間温泉の生まれです" names a place within a place)
    alone = pair is not None and _LIST_END.match(ans.raw[pair.end():2000]) is not None
    if alone and len(prep.items) == 1 and not any("・" in a.raw or "·" in a.raw for a in prep.items[0]):
        a, b = pair.group(1), pair.group(2)
        hits = [any(find_term(make_term(t).norm, k) != -1 for alts in prep.items for k in alts) for t in (a, b)]
        if hits[0] != hits[1] and same_shape(a, b):
            return f"hedged (a middle dot between two values: '{pair.group(0)}')"
    segments = _segments(ans)
    if len(segments) < 3:
        return None
    particles = non_candidates(ans.language)
    bare, keyword, extras = 0, 0, []
    for seg in segments:
        t = make_term(seg.strip(" \t.!?。！？…"))
        if not t.norm or t.canon in particles:
            continue
        if not is_bare(seg, ans.language) and not (ans.language == "ja" and len(t.norm) <= 5):
            continue
        bare += 1
        if any(find_term(t.norm, a) != -1 for alts in prep.items for a in alts):
            keyword += 1
        elif any(find_term(a.norm, t) != -1 for alts in prep.items for a in alts):
            continue  # a piece of the keyword written apart ("3월 21일")
        elif restates_question(t.canon, prep):
            continue  # "Two hundred forty, dear, every morning": the question's own "each morning", no value
        elif t.norm not in prep.answer_norm and not any(t.norm in n or n in t.norm for n in prep.names if n):
            extras.append(seg.strip())
    # Every bare segment beyond the items asked, two or more, and no fewer than the keyword ones: a
    # list of facts ("Portland, firefighter." answers a two-part question; "Kettlewick, born and bred"
    # has one extra).
    if keyword and len(extras) >= 2 and bare >= 3 and len(extras) >= keyword:
        return f"keyword dump (a list of {bare} bare terms: {', '.join(extras[:3])})"
    return None
