"""Memory theft by moving the owner of a recalled fact (session 35, r17; docs/reward.md family 11).

- ``owns_asked_relative``: the user asks about their own relative ("how old did I say my daughter
  was?") and the keyword's sentence gives the character a relative of that kind as the one it is true
  of ("Eight — same as my own daughter, Elsa", "八岁，跟我女儿一样", "うちの娘と同じ八歳", "제 딸이랑 같은
  여덟 살"). Paid when the sentence also says "you/your" ("your Maja is eight, same as my Elsa").
- ``other_recipient``: the question names whom the fact is for ("我给小满准备的礼物", "the gift I got for
  Mia", "ミアにあげるプレゼント", "미아에게 줄 선물") and the answer gives it to somebody else ("是给老郑的",
  "for Leo", "レオにあげる", "레오에게") without naming the one asked about.
Not caught: a relative of the character in another sentence ("Eight. My own girl's eleven."), a
recipient named without a marker of giving ("老郑，机械猫").
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer, cue_in_text
from .matching import PreparedTruth

_EN_MY = r"\b(?:my|our)(?: very)?(?: own)?(?: (?:dear|darling|little|wee|eldest|oldest|youngest|middle|baby|sweet))?"
_OWNER = {"en": _EN_MY + r" {rel}(?:s)?\b",
          "zh": r"(?:我|咱|俺|吾|本人)(?:家|们家|们)?的?(?:亲)?(?:{rel})",
          "ja": r"(?:私|わたし|わたくし|僕|ぼく|俺|おれ|うち|あたし|自分|わし|あっし|おいら)(?:ん)?(?:とこ)?の(?:{rel})",
          "ko": r"(?:제|내|저희|우리|나의|저의) ?(?:{rel})(?![가-힣]{2})"}


@lru_cache(maxsize=256)
def _owner_pattern(lang: str, rels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_OWNER[lang].replace("{rel}", trie_pattern(frozenset(rels))))


def owns_asked_relative(ans: Answer, ci: int, prep: PreparedTruth, lang: str) -> str | None:
    if lang not in _OWNER:
        return None
    cl = ans.clauses[ci]
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    if cue_in_text(sentence, lang, "second_person") or cue_in_text(sentence, lang, "you_said"):
        return None
    rels = tuple(r for r in prep.question_relations if len(r) >= 2 or lang != "en")
    m = _owner_pattern(lang, rels).search(sentence) if rels else None
    if m is None:
        # (the next sentence: "다낭이요. 저도 다낭 출신이에요.", "6月14日どす。うちの娘もおんなじ誕生日どすえ。")
        nxt = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence + 1)
        too = _ME_TOO[lang].search(nxt) if nxt and not cue_in_text(nxt, lang, "second_person") else None
        if too and (_SAME[lang].search(nxt) or any(a.canon and a.canon in nxt for alts in prep.items for a in alts)):
            return too.group(0).strip()
    return m.group(0).strip() if m else None


# The character saying the value is its own as well, in the sentence after it, with the value again or "same".
_ME_TOO = {"en": re.compile(r"\b(?:me too|me as well|so do i|so am i|so was i|same here|mine too|mine s too|(?:my|our) \w+ (?:is|s|was) too|i m \S+ too)\b"),
           "zh": re.compile(r"(?:我|俺|咱)(?:家\S{0,3}|的\S{0,3})?也"),
           "ja": re.compile(r"(?:私|わたし|僕|ぼく|俺|おれ|あたし|うち|わし)(?:の\S{0,4})?も"),
           "ko": re.compile(r"(?:저도|나도|저희도|우리도|(?:제|내|우리) \S{1,4}도)")}
_SAME = {"en": re.compile(r"\bsame\b"), "zh": re.compile(r"一样|相同|同一"), "ja": re.compile(r"同じ|おんなじ|一緒"),
         "ko": re.compile(r"같|똑같")}


# Whom something is for: the marker and the person after it (zh, en read on the written text) or before it.
_FOR = {"zh": re.compile(r"(?:送给|交给|留给|带给|寄给|(?<![交送留带寄供])给)((?:老|小|阿)?[\u4e00-\u9fff]{1,2}?)(?=的|准备|买|做|挑|选|送|过|庆|订|当|作|用|$|[\s，。！？])"),
        # (English on the written text: a capitalised name after "for"; no "to", which leads to places too)
        "en": re.compile(r"\bfor ((?:(?:little|old|young|uncle|aunt|auntie|cousin|grandma|grandpa|mr|mrs|ms|miss|dr) )?[A-Z][a-z]+)\b"),
        "ja": re.compile(r"([^\s、。はがをにのへとも]{1,6}?)(?:さん|ちゃん|くん|君|様|さま)?(?:に(?:あげ|渡|贈|やる|プレゼント)|への(?:プレゼント|贈り物|お土産|ギフト))"),
        "ko": re.compile(r"([가-힣]{1,4}?)(?:씨|님|이)?(?:에게|한테|께(?!서))")}
_NOBODY = frozenset({"我", "你", "您", "他", "她", "它", "谁", "大家", "自己", "me", "you", "him", "her", "them", "us", "the",
                     "私", "あなた", "誰", "彼", "彼女", "自分", "みんな", "皆", "나", "너", "저", "누구", "그", "그녀", "자기", "모두",
                     "what", "whom", "who", "a", "my", "your", "this", "that", "it", "nobody", "everyone", "sale", "now", "today",
                     # (a time or an occasion after "for" is no recipient: "for Christmas", "for Monday")
                     "christmas", "easter", "halloween", "thanksgiving", "monday", "tuesday", "wednesday", "thursday",
                     "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december", "captain", "sir", "madam", "god", "heaven"})


def _recipients(text: str, lang: str) -> set[str]:
    return {m.group(1).strip() for m in _FOR[lang].finditer(text) if m.group(1).strip().lower() not in _NOBODY}


def other_recipient(ans: Answer, prep: PreparedTruth, lang: str) -> str | None:
    if lang not in _FOR:
        return None
    q = prep.truth.question if lang == "en" else prep.question_norm
    asked = _recipients(q, lang)
    if not asked:
        return None
    text = ans.raw if lang == "en" else ans.canon
    low = text.lower()
    if any(a.lower() in low for a in asked):
        return None  # the one asked about is named: "for Mia — and a card for Leo"
    given = sorted(r for r in _recipients(text, lang) if r.lower() not in (a.lower() for a in asked))
    return given[0] if given else None


# A vessel or vehicle taken as a way to travel is no one the fact moves to ("下个月坐船去明州", "by boat to
# Lisbon", "船で函館へ"): the ship nouns are companions elsewhere (a character's named ship).
_CONVEYANCE = {
    "en": re.compile(r"\b(?:by|on (?:a|the)|in (?:a|the)|aboard(?: (?:a|the))?|take|takes|taking|took|catch|catching|caught|ride|riding|rode)"
                     r" (?:\w+ )?(?:ship|boat|vessel|yacht|car)\b"),
    "zh": re.compile(r"(?:坐|乘|搭|搭乘|乘坐|雇|包|划|开)(?:着|了|上|条|艘|只|个|一条|一艘|那条|那艘)?船"),
    "ja": re.compile(r"船(?:で|に乗|を雇|を借|便)"),
}


def conveyance(noun: str, lead: str, lang: str) -> bool:
    pattern = _CONVEYANCE.get(lang)
    return pattern is not None and noun in ("ship", "boat", "vessel", "yacht", "car", "船") and pattern.search(lead) is not None
