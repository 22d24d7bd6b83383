"""A negative keyword named to set it apart (session 30, rev66 #63): the answer gives the wrong value
its own owner or its own role, so it is no second answer for the slot asked about:
"你家鹦鹉叫大白，不是旺财，旺财是恁邻居家的", "Mochi. Sooty's my sister's cat", "コタロウくんです。ミケは
お姉さんの猫", "에스카르야. 벨카는 언니 용이고", and the negative as a partner of the verb, not its value
("ミケちゃんとは仲が悪い", "벨카하고는 달라"). An owner the question asks about sets nothing apart
("Sooty's my sister's" asked for the sister's cat is the answer), nor does a copula that offers the
negative ("旺财是它的名字"). What it does not catch: an owner named only by a pronoun-free description
("the one down the lane"), or an owner later in another sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term, canonical
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer
from .clause_text import clause_before
from .lexicon import cues
from .matching import PreparedTruth

# Whose it is, after the negative and its copula or topic particle.
_OWNER_WORDS = {
    "zh": ("邻居", "隔壁", "人家", "别人", "他", "她", "你", "您", "恁", "俺", "我"),
    "en": ("my", "your", "his", "her", "our", "their", "mine", "yours", "hers", "theirs", "next door", "the neighbour", "the neighbor"),
    "ja": ("隣", "となり", "近所", "あなた", "お宅", "うち", "私", "僕", "俺"),
    "ko": ("옆집", "이웃", "우리", "저희", "제", "내", "당신", "그쪽"),
}
_ZH = re.compile(r"^ ?(?:是|呢是|就是|则是|那是|可是)(.{1,10}?)(?:家的|家里的|的)")
_EN = re.compile(r"^ (?:(?:s|is|was) (?:(?:actually|just) )?(.{1,24}?) s(?: \w+)?$|(?:s|is|was) (mine|yours|hers|his|theirs|ours)$|belongs to (.{1,24}))")
_JA = re.compile(r"^(?:ちゃん|くん|さん)?(?:は|って|ってのは) ?(.{1,10}?)(?:さん|ちゃん|くん)?の")
_KO = re.compile(r"^(?:이)?(?:는|은|가) ?(.{1,8}?)(?:네 | ?거|꺼|것|의 )")
# The negative as the partner of the verb ("ミケちゃんとは仲が悪い", "벨카하고는 안 맞아"): no value of the slot.
# (r6, s20ja-082: and its partner inside a noun phrase, "美月ちゃんとのケーキ作り", "미월이와의 약속": the
# attributive との/와의 makes a noun of the act, never the value of "who")
_PARTNER = {"ja": re.compile(r"^(?:ちゃん|くん|さん)?(?:とは|との)"),
            "ko": re.compile(r"^(?:(?:하고는|와는|과는|랑은|이랑은) |(?:하고의|와의|과의|랑의|이랑의) ?)")}


# The negative given another person as its doer (session 32, s21zh-088 "广州是小李去", "Prague's where Dan is
# going", "広州は李さんが行きます", "광저우는 리 씨가 가요"): that person's own slot, not a second value of the one
# asked. Only a third party does it: "广州是你去" asked for the user's trip is the answer after all.
_DOER = {"zh": re.compile(r"^ ?(?:是|就是|那是|则是|呢是|的话是)(.{1,6}?)(?:要去|去|在|住|用|养|订|买|选)"),
         "en": re.compile(r"^ (?:is|s|was) (?:where|what|who|the one) (.{1,24}?) (?:is|s|was|went|goes|go|lives|picked|chose|wants|ordered)\b"),
         "ja": re.compile(r"^(?:は|なら|のほうは|の方は) ?(.{1,8}?)(?:さん|くん|ちゃん)?が"),
         "ko": re.compile(r"^(?:은|는) (.{1,8}?) ?(?:씨|님)?(?:가|이) ")}
_THIRD = {"zh": ("他", "她", "他们", "她们", "别人", "人家", "邻居", "同事"), "en": ("he", "she", "they", "someone else"),
          "ja": ("彼", "彼女", "あの人", "他の人"), "ko": ("그", "그녀", "걔", "그 사람", "다른 사람")}


def _doer(rest: str, lang: str, prep: PreparedTruth) -> bool:
    m = _DOER[lang].match(rest) if lang in _DOER else None
    if not m:
        return False
    who = m.group(1).strip()
    if relation_nouns(who) & prep.question_relations:
        return False
    if who in _THIRD.get(lang, ()) or who in cues(lang).get("kin"):
        return True
    return any(o and (o.lower() == who if lang == "en" else o in who) for o in prep.truth.others)


@lru_cache(maxsize=4)
def _owners(lang: str) -> tuple[str, ...]:
    # (folded as answers are: 隣 reads 邻)
    return tuple(dict.fromkeys((*(canonical(w) for w in _OWNER_WORDS.get(lang, ())), *cues(lang).get("kin"))))


def _names_owner(owner: str, lang: str, prep: PreparedTruth) -> bool:
    if relation_nouns(owner) & prep.question_relations:
        return False  # the owner the question asks about: the negative is its answer after all
    words = f" {owner} "
    if any((f" {w} " in words) if w.isascii() else (w in owner) for w in _owners(lang)):
        return True
    return any(o and o in owner for o in prep.truth.others)


def set_apart(ans: Answer, ci: int, pos: int, t: Term, prep: PreparedTruth) -> bool:
    lang = ans.language
    text = ans.clauses[ci].text
    before = clause_before(ans, ci, pos)
    rest = text[len(before):].lstrip()
    if not t.canon or not rest.startswith(t.canon):
        return False
    rest = rest[len(t.canon):]
    if (p := _PARTNER.get(lang)) and p.match(rest + " "):
        return True
    if _doer(rest if lang != "ko" else rest + " ", lang, prep):
        return True
    pattern = {"zh": _ZH, "en": _EN, "ja": _JA, "ko": _KO}.get(lang)
    m = pattern.match(rest if lang != "en" else rest) if pattern else None
    owner = next((g for g in m.groups() if g), "") if m else ""
    return bool(owner) and _names_owner(owner.strip(), lang, prep)
