"""The keyword said, but not as the value asked for: given right after it to a relative ("6月18日是我妈妈
的生日"), a number naming a thing ("41 Harbour Road"), a plan given up ("was the plan"), what others
mistake the character for, a value declined ("年は内緒") or taken back by sarcasm. occurrence.py asks
these per occurrence.
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term, canonical, match_form
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_in_text
from .comparison import best_by_comparison
from .confided import confided
from .lexicon import cues
from .matching import PreparedTruth
from .question_frames import SAID_FRAME
from .mock_claim import mock_claim
from .own_withheld import own_withheld
from .share_owner import share_owner
from .undone_plan import undone_plan
from .clause_text import clause_before, ends_with_cue

_has = cue_in_text

_OWNER_AFTER = {
    "zh": "^(?:是|为)(?:我|我们|我家)?(?:家)?({kin})的",
    "ja": "^(?:は|が)(?:私の|うちの|僕の|俺の)?({kin})の",
    "ko": "^(?:은|는|이|가)? ?(?:(?:제|내|우리|저희) ?)?({kin})(?:의)? ",
    "en": "^ (?:is|are|was|were) (?:my|our) ({kin}) s\\b",
}


def _owner_after(ans: Answer, ci: int, pos: int, prep: PreparedTruth, lang: str) -> str | None:
    """The keyword given, right after it, as a relative's ("6月18日是我妈妈的生日", "3월 14일은 동생
    생일이고", "Ada and Thandi are my sister's girls"), when the question asks about the character;
    or, whoever's fact it is, as a named person's ("Biscuit's Mrs Patel's cat", "Dock 9 is Lieutenant
    Ortiz's repair dock", "…，那是星尘-10的出厂记录", "…は田中さんの猫です")."""
    if (named := named_owner_after(ans, ci, pos, prep, lang)):
        return named
    cl = ans.clauses[ci]
    share_end = max(c.end for c in ans.clauses[ci:] if c.sentence == cl.sentence)
    if (share := share_owner(_after_keyword(ans, pos, share_end, prep), lang)) and share not in prep.question_norm:
        return share  # "소금은 칠복이 몫이고": another's share
    if prep.truth.subject == "user" or lang not in _OWNER_AFTER:
        return None
    pattern = _owner_pattern(lang)
    cl = ans.clauses[ci]
    end = max(c.end for c in ans.clauses[ci:] if c.sentence == cl.sentence)
    rest = _after_keyword(ans, pos, end, prep)
    if lang == "en":
        rest = re.sub(r"^(?: and [a-z]+)+", "", rest)  # "Ada and Thandi are my sister's girls"
    m = pattern.match(rest if lang == "en" else rest.lstrip())
    # (the relative the question asks about is who the value belongs to: "我女儿是…的"; a kin word the gold
    # answer says of the keyword is its title, "박만석 할아버지": "만석 할아버지 개야" is Grandpa Manseok's dog)
    return m.group(1) if m and m.group(1) not in prep.question_relations and m.group(1) not in prep.answer_norm else None


# A named owner right after the keyword: "[biscuit] s mrs patel s cat", "[dock 9] is lieutenant ortiz s
# repair dock" (never my/your/our/the/a: "Biscuit's a beagle", "Dock 9 is your dock"); Chinese in the next
# clause "那是X的…", Japanese a name with an honorific "は田中さんの".
_EN_TITLES = r"(?:mr|mrs|ms|miss|dr|doctor|lieutenant|captain|sergeant|officer|old|young|auntie|uncle|aunt|nurse)"
_NAMED_OWNER = {
    "en": re.compile(rf"^ (?:s|is|was|are|were)(?: (?:just|only|really|actually))? (?:{_EN_TITLES} )?"
                     r"((?!(?:my|your|our|his|her|their|the|a|an|its|not|no|mine|yours|called|named|what|where|when|in|at|on)\b)"
                     r"[a-z]+(?: (?!that|this|who|which)[a-z]+)?) s (?!called\b|named\b|me\b|mine\b|him\b|her\b|us\b)[a-z]"),
    "zh": re.compile(r"^(?:那|这)(?:都)?是((?!我|你|您|咱|本|他|她)[^的在从要去来到出生住做]{2,8})的"),
    "ja": re.compile(r"^(?:は|が|って)([^\s、。はがの]{1,6}?)(?:さん|ちゃん|くん|様|さま)の"),
}


_ZH_PERSON_END = ("先生", "小姐", "女士", "老师", "师傅", "师父", "大哥", "大姐", "阿姨", "叔叔", "大爷", "大妈", "号", "型")


def named_owner_after(ans: Answer, ci: int, pos: int, prep: PreparedTruth, lang: str) -> str | None:
    """Someone named, not the character nor a word of the gold answer, owning the keyword right after it."""
    pat = _NAMED_OWNER.get(lang)
    if pat is None or not prep.names:
        return None  # (with no name of its own, any name may be the character's: "March 3 is Pippa's birthday")
    cl = ans.clauses[ci]
    if lang == "zh":  # (the next clause of the sentence: "2147年、酒泉——那是星尘-10的出厂记录")
        j = ci + 1  # (past the other keywords said bare with it: "2147年、酒泉——那是…")
        keys = {t.canon for alts in prep.items for t in alts}
        while j < len(ans.clauses) and ans.clauses[j].sentence == cl.sentence and ans.clauses[j].text.rstrip("年岁") in keys:
            j += 1
        nxt = ans.clauses[j] if j < len(ans.clauses) else None
        if nxt is None or nxt.sentence != cl.sentence or _after_keyword(ans, pos, cl.end, prep).strip() not in ("", "年", "岁"):
            return None  # (the keyword ends its clause: a value said bare, then owned)
        m = pat.match(nxt.text)
    else:
        end = max(c.end for c in ans.clauses[ci:] if c.sentence == cl.sentence)
        m = pat.match(_after_keyword(ans, pos, end, prep) if lang == "en" else _after_keyword(ans, pos, end, prep).lstrip())
    if m is None:
        return None
    owner = m.group(1).strip()
    if relation_nouns(owner):
        return None  # ("Jenna's husband — that's me": a relation, said of the character)
    if lang == "zh" and not (re.search("[0-9a-z]", owner) or owner.endswith(_ZH_PERSON_END) or
                             any(canonical(o) in owner for o in prep.truth.others)):
        return None  # (a description, "那是戈壁滩上的城市", owns nothing: a name has a number, a title, or is known)
    # (English owners are read in match form, stemmed: "tilli" is the character Tilly)
    names = " ".join((*prep.names, *(match_form(n) for n in prep.names if lang == "en")))
    if (lang == "en" and any(w in names.split() for w in owner.split())) or owner in names or any(n in owner for n in prep.names) \
            or owner in prep.answer_norm or owner in prep.question_norm:
        return None
    return owner


@functools.lru_cache(maxsize=8)
def _owner_pattern(lang: str) -> re.Pattern[str]:
    kin = "|".join(re.escape(k) for k in sorted(cues(lang).get("kin"), key=len, reverse=True))
    return re.compile(_OWNER_AFTER[lang].format(kin=kin))


def _asks_past(prep: PreparedTruth, lang: str) -> bool:
    """The question asks about the past (not only about something said in the past), or about what once
    was in the answer's own words ("你住过哪儿？" answered "住过上海")."""
    q = SAID_FRAME.sub(" ", prep.question_norm)
    return _has(q, lang, "past_question") is not None or _has(q, lang, "no_longer") is not None


def asked_about_now(ans: Answer, prep: PreparedTruth, lang: str) -> bool:
    """A value of the past or a plan given up is no answer: the question asks about now (not the past)
    and the answer does not say the value still holds ("还在", "今も", "지금도")."""
    return not _asks_past(prep, lang) and not _has(ans.canon, lang, "still")


_LABEL_QUESTION = re.compile(r"number|address|flat|room|号|番|번|地址|住所|주소|门牌|部屋")


def asks_label(prep: PreparedTruth) -> bool:
    """The question asks for a number that is a label (a flat, a room, an address, a plate)."""
    return _LABEL_QUESTION.search(prep.question_norm) is not None


_TOPIC = {"zh": "(?:是|为)", "ja": "(?:は|が|も)", "ko": "(?:는|은|가|이|도)", "en": "(?:is|s|was)"}


# A clause after a number that opens with a preposition is a phrase of its own ("1998, on Elm Street",
# "9:30, at the Mill Road depot"), not the thing the number labels ("41, Harbour Road" still is).
_EN_PHRASE_OPENING = re.compile(r"(?:on|at|in|by|near|off|down|up|over|from|just off|right on) ")


def number_label(ans: Answer, pos: int, term: Term, lang: str) -> str | None:
    """A number keyword that names a place or a thing ("41 Harbour Road", "berth 43", "车牌尾号是47",
    "三十七番地", "192cm짜리 책장", "the 9:30 train"), not the quantity asked for."""
    before = ans.match[max(0, pos - 12):pos].rstrip()
    after = ans.match[pos + len(term.norm):pos + len(term.norm) + 24].lstrip()
    after = re.sub(r"^(?:cm|kg|m|km|岁|살|세|센티|미터)\s?", "", after)  # "192cm짜리": past the unit
    end = ans.clauses[ans.clause_index(pos)].end
    if lang == "en" and end < pos + len(term.norm) + 24 and _EN_PHRASE_OPENING.match(ans.match[end:].lstrip()):
        after = ans.match[pos + len(term.norm):end].lstrip()  # "1998, on Elm Street": the street is where, not the number's
    for w in cues(lang).get("number_label_before"):
        if w == "number" and lang == "en" and re.search(rf"\bnumber(?:s|ed) {re.escape(term.canon)}\b", ans.canon) and \
                not re.search(rf"\bnumber {re.escape(term.canon)}\b", ans.canon):
            continue  # "my flock numbers forty": the verb, not a label (rev75)
        if before.endswith(w) and (not w.isascii() or before == w or before.endswith(" " + w)):
            return w
        if not w.isascii() and before.endswith(w + "是"):
            return w
    for w in cues(lang).get("number_label_topic"):
        if re.search(rf"{re.escape(w)} ?{_TOPIC.get(lang, _TOPIC['en'])} ?$", before):
            return w  # "사물함 번호가 25예요", "ロッカーの番号は41", "my locker number is 34"
    head = " ".join(after.split(" ")[:3]) + " "  # "41 Harbour Road": the street word may follow a name
    for w in cues(lang).get("number_label_after"):
        if after.startswith(w) if not w.isascii() else f" {w} " in f" {head}":
            return w
    return None


# A negation right after the keyword in dialect or idiom ("41歳ちゃうわ", "41歳じゃねえ", "부산 아이다",
# "25살은 무슨", "34 minus ten"); not the tags that say yes ("甲州じゃねえか", "大阪やないか").
# (session 33: nor the Kansai plain negative question, "六月二十一日ちゃうかったか？", "ちゃうん？": analysis._TAGS)
_NOT_RIGHT_AFTER = {"ja": re.compile(r"^ ?(?:と|や)?(?:ちゃう(?!(?:か|かった(?:か|ん|んか)|ん|んか|の|のん)$)|ちゃいま|ちゃいます)|^ ?(?:じゃねえ(?!か)|じゃねー(?!か)|やない(?!か)|やあらへん|なんかじゃ)"),
                    "ko": re.compile(r"^ ?(?:이|가|은|는)? ?(?:아이다|아입니더|아이라|아인기라|아니라예|무슨(?:요|예)?$|"
                                      r"(?:아이오|아이요|아임더|아이지러)(?![가-힣]))"),  # (하오체 아이오: "북청이 아이오")
                    "en": re.compile(r"^ (?:minus|my foot|my eye|not)\b")}
# A clause of its own after the keyword's that only denies ("28岁，怎么可能。", "I'm 34... NOT.").
# (and a bare copula's negation after a pause: "4月3日…デハアリマセン", "45년… 아닙니다", "周六……不是")
_DENIAL_CLAUSES = {"en": frozenset({"not", "no way", "not a chance", "yeah right", "as if", "in your dreams", "hardly", "it isn t",
                                    "it wasn t", "or not"}),
                   "zh": frozenset({"怎么可能", "哪有的事", "没有的事", "不可能", "才怪", "开玩笑", "骗你的", "逗你的", "不是", "不是的",
                                    "并不是", "才不是"}),
                   "ja": frozenset({"まさか", "ありえない", "冗談", "冗談です", "うそ", "嘘", "なんてね", "うそです", "嘘です", "ではありません",
                                    "ではない", "じゃない", "じゃありません", "ではございません", "ではなかった", "ではありませんでした",
                                    "じゃなかった", "ちゃう", "ちゃいます"}),
                   "ko": frozenset({"설마", "말도 안 돼", "농담", "농담이에요", "뻥이야", "거짓말", "장난이야", "장난이에요", "아닙니다",
                                    "아니에요", "아니야", "아니다", "아니었어요", "아니었습니다", "은 아니에요", "는 아니에요"})}


# A concessive standing alone as a clause after the keyword's (s34 r13)
_BARE_BUT = frozenset({"だけど", "けど", "けれど", "だけれど", "やけど", "じゃけど", "ですけど", "だが", "が"})


def _after_keyword(ans: Answer, pos: int, end: int, prep: PreparedTruth) -> str:
    """The answer's match text from the keyword occurrence at ``pos`` to ``end``, past the keyword (the
    first alternative it starts with: characters, where clause_rest counts whole Latin tokens)."""
    rest = ans.match[pos:end]
    return rest[next((len(t.norm) for alts in prep.items for t in alts if rest.startswith(t.norm)), 0):]


# The Kansai confirming tag at the end of the keyword's clause, said as a question somewhere in the answer
_KANSAI_TAG_END = re.compile(r"^ ?(?:と|や)?ちゃう(?:か|かった(?:か|ん|んか)|ん|んか|の|のん)$")
_KANSAI_TAG_ASKED = re.compile(r"ちゃう(?:か|かった(?:か|ん|んか)|ん|んか|の|のん) ?[?？]")
_UNIT_AFTER = re.compile(r"^ ?(?:岁|歳|才|살|세|cm|kg|센티|years old)(?![a-z])")


def _place_name(ans: Answer, ci: int, pos: int, prep: PreparedTruth, lang: str) -> str | None:
    """A place word right after a name keyword ("三浦半島", "Lincoln Park", "中山路", "이순신대교"): the
    name of a place, not of the person asked for, unless the gold answer says it so too."""
    rest = _after_keyword(ans, pos, ans.clauses[ci].end, prep)
    if lang == "en":
        word = rest[1:].split(" ")[0] if rest.startswith(" ") else ""
        found = word if word in cues(lang).get("place_features") else None
    else:
        found = next((w for w in cues(lang).get("place_features") if rest.startswith(w)), None)
    if found is None or any(f"{k}{' ' if lang == 'en' else ''}{found}" in prep.answer_norm for k in prep.keyword_norms):
        return None
    return found


def _asks_place(prep: PreparedTruth, lang: str) -> bool:
    """The question asks where (a place keyword may then name its own parts: "울산 조선소", "Lincoln Park")."""
    q = prep.question_norm
    return _has(q, lang, "origin") is not None or _has(q, lang, "place_question") is not None


def _mock_claim(ans: Answer, prep: PreparedTruth) -> str | None:
    """mock_claim once per answer (it reads the whole answer, and is asked per occurrence)."""
    key = ("mock_claim", prep.titles)
    if key not in ans.memo:
        ans.memo[key] = mock_claim(ans.raw, prep.titles)
    return ans.memo[key]


def said_otherwise(ans: Answer, ci: int, pos: int, prep: PreparedTruth, lang: str, allowed: frozenset[str]) -> str | None:
    """The value taken back by sarcasm anywhere in the answer ("…, and I'm the Queen of the Clouds"),
    the value asked for declined in a one-item record ("年は内緒"), the keyword given right after it
    to a relative, or, in its clause, a plan given up ("Thursday was the plan, until…") or what others
    mistake the character for ("金沢出身だってよく間違えられる")."""
    # (Japanese read whole too: the splitter parts "って言うと | でも思った？")
    if "sarcasm" not in allowed and (cue := _has(ans.canon, lang, "sarcasm") or (
            _has(ans.canon.replace(" ", ""), lang, "sarcasm") if lang == "ja" else None)):
        return f"negated (sarcasm: '{cue.strip()}')"
    if "sarcasm" not in allowed and lang == "en" and (cue := _mock_claim(ans, prep)):
        return f"negated (sarcasm: '{cue}')"  # "Oh sure, Port Harcourt. And I'm the Police Commissioner." (mock_claim.py)
    if "refusal" not in allowed and len(prep.items) == 1 and (cue := own_withheld(ans, ci, lang)):
        return f"not asserted (said of another thing, its own withheld: '{cue}')"  # (own_withheld.py)
    if "refusal" not in allowed and len(prep.items) == 1 and (cue := _has(ans.canon, lang, "refusal")) and \
            not confided(ans, ci, lang):  # ("…つまみ食いしてんねん、内緒やで": another thing confided, confided.py)
        # "写真館は三十七番地です。年は内緒。": the value asked for is withheld, the keyword is something else
        return f"not asserted (declines to say: '{cue.strip()}')"
    # (past the unit of a bare number keyword: "41" in "41岁ちゃうわ")
    rest = _UNIT_AFTER.sub("", _after_keyword(ans, pos, ans.clauses[ci].end, prep))
    if lang == "ja" and _KANSAI_TAG_END.match(rest) and not _KANSAI_TAG_ASKED.search(ans.raw):
        return f"negated ('{rest.strip()}')"  # "6月21日ちゃうん。" without the question mark: a plain "it isn't"
    if (pat := _NOT_RIGHT_AFTER.get(lang)) and (m := pat.match(rest)):
        return f"negated ('{m.group(0).strip()}')"  # "41歳ちゃうわ", "부산 아이다", "25살은 무슨", "34 minus ten"
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.text in _DENIAL_CLAUSES.get(lang, ()):
        return f"negated ('{nxt.text}')"  # "28岁，怎么可能。", "I'm 34... NOT.", "Biscuit? Yeah right."
    before = clause_before(ans, ci, pos)
    if lang == "en" and before.endswith(("than", "than a")) and not ends_with_cue(before, lang, "only_before") and \
            not best_by_comparison(before, "", ans.clauses[ci].text, lang):  # ("none other than Ida", "Nothing I love more than pudding")
        return "not asserted (a comparison: 'than')"  # "I'm younger than 34"
    if (prep.asks_name or not _asks_place(prep, lang)) and (place := _place_name(ans, ci, pos, prep, lang)):
        # "三浦半島" asked who the owner is; "青衣江边" asked which role type one sings
        return f"another word (part of a place name: '{place}')"
    if (owner := _owner_after(ans, ci, pos, prep, lang)):
        return f"given another role (a relative's: '{owner}')"
    # (the keyword's own clause: "I was going to be a lawyer, but I became a doctor" is a doctor)
    clause = ans.clauses[ci].text
    if nxt is not None and nxt.sentence == ans.clauses[ci].sentence and nxt.text in _BARE_BUT:
        clause += nxt.text  # ("名前にしたかったん | だけど": the splitter cut the plan from its "but")
    if "abandoned" not in allowed and (cue := _has(clause, lang, "abandoned")) and asked_about_now(ans, prep, lang):
        return f"not asserted (a plan given up: '{cue.strip()}')"
    if "abandoned" not in allowed and (undone := undone_plan(ans, ci, lang)):
        return f"not asserted (a plan or a suggestion not carried out: '{undone}')"  # (undone_plan.py)
    if "mistaken_for" not in allowed and (cue := _has(clause, lang, "mistaken_for")):
        return f"not asserted (what others mistake it for: '{cue.strip()}')"
    # (the mistake named in the next clause of the sentence, the keyword's quoted into it: "振り飛車が
    # 得意だって、よく勘違いされる"; not after a plain clause: "振り飛車です、居飛車とよく間違えられるけど")
    if "mistaken_for" not in allowed and nxt is not None and nxt.sentence == ans.clauses[ci].sentence and \
            clause.endswith(cues(lang).get("quotative_end")) and (cue := _has(nxt.text, lang, "mistaken_for")):
        return f"not asserted (what others mistake it for: '{cue.strip()}')"
    return None
