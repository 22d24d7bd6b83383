"""The character seen from outside in a clause's opening: a demonstrative and a role noun ("この寿司職人の",
"이 사람은"), a pronoun and a verb of knowing ("他记着呢"), a stage direction ("She smiles."), an
introduction by name, "her/his <thing>" and "it was made" for "you", and a plain narrator's sentence
after a polite answer. voice.py and gaming.py ask these; third_person.py holds the name and title readings.
"""

from __future__ import annotations

import functools
import re

from .analysis import Answer, cue_at_start, cue_in_text
from .lexicon import cues
from .matching import PreparedTruth

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


# A demonstrative and a person noun opening the clause ("この寿司職人の", "この子は", "이 사람은").
BY_ROLE = {
    "ja": re.compile(r"^(?:この|その|あの)[\u4e00-\u9fff\u30a1-\u30ff]{0,5}(?:職人|职人|者|人|家|師|师|手|員|员|長|长|子|男|女|娘|さん|先生|選手|选手|屋さん)"
                     r"(?:の|は|が|って)"),
    # "이 바리스타의 고향은…": a demonstrative and any noun, owning or as the subject
    # (several words only after 이/저: "이 생선 가게 아주머니는"; "그 대신 눈물이" is "instead")
    "ko": re.compile(r"^(?:(?:이|그|저) ([가-힣]{1,6}?)|(?:이|저) ((?:[가-힣]{1,6} ){1,2}[가-힣]{1,6}?))(?:의|은|는|이|가) "),
    "zh": re.compile(r"^(?:这位|那位|这个|那个)([\u4e00-\u9fff]{1,5}?)(?:的|是|在)"),
}


def points_at_keyword(phrase: str, clause: str, keyword: str) -> bool:
    """A demonstrative opening that describes the keyword itself: the keyword is inside it ("저 큰 청소기가") or
    an attributive 的 ties the phrase to the keyword within two characters ("那个会吼的|吸尘器"), so "that ..." is
    the thing answered, not the character seen from outside (session 36, s27). A topic or subject particle
    before the keyword ("이 꼬마 도깨비는 호박엿을…") leaves the phrase the character's."""
    if not keyword or keyword in phrase:
        return bool(keyword)
    if not phrase.endswith("的"):
        return False
    k = clause.find(phrase)
    rest = clause[k + len(phrase):] if k != -1 else ""
    j = rest.find(keyword)
    return 0 <= j <= 2 and " " not in rest[:j]


def outside_narrator(ans: Answer, ci: int, lang: str) -> str | None:
    """A clause up to the keyword's that opens with a third-person pronoun and a verb of knowing
    ("他记着呢：你下周三去西安", "彼はちゃんと覚えとるよ", "He remembers: ..."): the character
    narrated from outside. Only asked when the question is about the character or the user, so
    the pronoun has no one else to stand for."""
    for cl in ans.clauses[:ci + 1]:
        third = cue_at_start(cl.text, lang, "third_person")
        if third and _has(cl.text, lang, "cognition") and not _has(cl.text, lang, "first_person"):
            return third.strip()
    if lang == "en":
        # Stage directions around the answer: "The old scribe smiles. Born in Lindmoor, he says."
        for cl in ans.clauses:
            m = _EN_STAGE.match(cl.text)
            if m and not _has(cl.text, lang, "first_person"):
                return m.group(0)
    return None


_EN_STAGE = re.compile(r"^(?:(?:the|this|that) (?:old |young |little )?[a-z]+|he|she) (?:smiles|smiled|nods|nodded|laughs|"
                       r"laughed|sighs|sighed|shrugs|shrugged|grins|grinned|chuckles|chuckled|says|said|replies|replied|"
                       r"answers|answered|pauses|leans|winks|frowns|beams)$")


def introduced_by_name(text: str, prep: PreparedTruth, lang: str) -> str | None:
    """The character's name introducing a kind of person to a listener who has never heard of it
    ("ひなたという女の子が飼っている…", "하준이라는 남자아이가…", "一个叫小航的机器人", "a girl called Hinata
    keeps…"): a narrator's words, even from a character that calls itself by name. A self-introduction
    ("私はひなたという女の子です", "I'm a girl called Hinata") says who the speaker is, and is left alone."""
    names = tuple(n for n in prep.names if len(n) >= 2)
    nouns = cues(lang).get("stranger_nouns")
    if not names or not nouns or not any(n in text for n in names):
        return None  # (every pattern holds a name: no profile's pattern is compiled for a text without one)
    m = _introduction_pattern(names, nouns, lang).search(text)
    if m is None or _SELF_LEAD[lang].search(text[:m.start()].rstrip()):
        return None
    return m.group(0)


_SELF_LEAD = {"en": re.compile(r"(?:^| )(?:i m|i am|i was|im|me)(?: (?:just|only|still))?$"),
              "ja": re.compile(r"(?:私|わたし|僕|ぼく|俺|あたし|うち)(?:は|って)$"),
              "ko": re.compile(r"(?:저는|나는|전|난)$"),
              "zh": re.compile(r"(?:我|本人|在下)(?:就|只|不过)?是(?:一个|一位|个)?$")}


@functools.lru_cache(maxsize=1024)
def _introduction_pattern(names: tuple[str, ...], nouns: tuple[str, ...], lang: str) -> re.Pattern[str]:
    n = "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True))
    k = "|".join(re.escape(x) for x in sorted(nouns, key=len, reverse=True))
    if lang == "ja":  # (then a particle: "ひなたという子です" ends in a copula, and names the speaker)
        return re.compile(rf"(?:{n})(?:という|っていう|って|と言う|といった)(?:{k})(?:が|は|の|も|を|に)")
    if lang == "ko":
        return re.compile(rf"(?:{n})(?:이)?라는 (?:{k})(?:가|이|는|은|의|도|를|을)(?![가-힣])")
    if lang == "zh":
        return re.compile(rf"(?:名)?叫(?:做)?(?:{n})的(?:{k})(?![们])")
    return re.compile(rf"(?:^| )an? (?:little |young |old )?(?:{k}) (?:called|named) (?:{n})\b")


# A sentence opening with a third person's possession set apart ("Her ship, the Kestrel, is 240 feet",
# "她的飞艇，红隼号，长240英尺"): the appositive cuts the pronoun off from the keyword's clause, but
# it is still the sentence's subject.
_POSSESSIVE_OPENING = {"en": re.compile(r"^(?:her|his) [a-z]+(?: [a-z]+)?$"),
                       "zh": re.compile(r"^(?:她|他)的[\u4e00-\u9fff]{1,4}$"),
                       "ja": re.compile(r"^(?:彼女|彼)の[^\s]{1,5}$"),
                       "ko": re.compile(r"^(?:그녀|그)의 [가-힣]{1,5}$")}


def possessive_opening(opening: str, lang: str) -> str | None:
    """The sentence's first clause when it is only a third-person possessive and its noun."""
    m = _POSSESSIVE_OPENING.get(lang, _POSSESSIVE_OPENING["en"]).match(opening)
    return m.group(0) if m else None


# "它是由林工程师开发的" asked "你是谁开发的？": "it" answering a question about "you" itself (not "your
# car", "what you said") narrates the robot, the pet, the thing the character is. English, Japanese and
# Korean open sentences with a dummy "it"/"それは"/"그건" ("It was Cork", "それは内緒"): there only a
# question about who made "you" counts.
_MADE = r"(?:made|built|created|designed|invented|programmed|assembled|developed)"
_ASKS_YOU_ITSELF = {"en": re.compile(rf"\b{_MADE} you\b|\bwere you {_MADE}\b"),
                    "zh": re.compile(r"(?:你|您)(?:刚才说|说)?(?:你|您)?(?:就|到底)?(?:是|由)(?!不是)"),
                    "ja": re.compile(r"(?:あなた|君|きみ|お前|おまえ)を(?:作|造|つく|開発|設計|生み出)"),
                    "ko": re.compile(r"(?:너를|널|당신을|너|당신)\s?(?:누가\s)?(?:만든|만들었|개발|제작|설계)")}
_IT_OPENING = {"en": re.compile(rf"^it (?:was|were|got) {_MADE}\b"),
               "zh": re.compile(r"^它(?!们)(?:是|由|被|在|的|今年|出生|来自)"),
               "ja": re.compile(r"^(?:それ|そいつ|これ)(?:は|が)"),
               "ko": re.compile(r"^(?:그것은|그것이|그건|이것은|이것이|이건)")}


def it_for_you(opening: str, prep: PreparedTruth, lang: str) -> str | None:
    """The sentence opens with "it" as its subject when the question asks about the character itself."""
    ask, it = _ASKS_YOU_ITSELF.get(lang), _IT_OPENING.get(lang)
    if ask is None or not ask.search(prep.question_norm) or it.match(prep.answer_norm):
        return None
    m = it.match(opening)
    return m.group(0) if m else None


# Japanese and Korean plain narrative endings ("製造された", "働いている", "태어났다"), not the polite ones
# a character speaks in ("製造サレマシタ", "태어났습니다"): a story told of someone, not a reply.
_PLAIN_END = {"ja": re.compile(r"(?:た|だ|である|いる|ない)$"), "ko": re.compile(r"(?<!니)다$")}
_POLITE = {"ja": re.compile("です|ます|ました|でした|ございま"), "ko": re.compile("요|니다|니까")}


def plain_next_sentence(ans: Answer, ci: int, lang: str) -> str | None:
    """The text of the sentence after clause ``ci``'s when that sentence opens with a third-person
    pronoun and both are in plain narrative form (Japanese and Korean only: an English "He's called
    Sir Lancelot" after the character's name is mostly its pet)."""
    if lang not in _PLAIN_END:
        return None
    here = ans.clauses[ci].sentence
    cur = [c.text for c in ans.clauses if c.sentence == here]
    nxt = [c.text for c in ans.clauses if c.sentence == here + 1]
    if not nxt or not cue_at_start(nxt[0], lang, "third_person"):
        return None
    for sent in (cur, nxt):
        last = sent[-1].rstrip()
        if not _PLAIN_END[lang].search(last) or any(_POLITE[lang].search(t) for t in sent):
            return None
    return " ".join(nxt)
