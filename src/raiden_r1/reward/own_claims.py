"""The character taking a fact or an identity that is not its own: making itself the doer of a
relative's fact ("俺が発表会で弾くんや", "I got a job in Dundee"), owning the user's fact ("my dog
is X", "Greta. She's my best friend.", "My horse? Thunder") or saying it is the keyword ("阿福就是
小胖", "나는 콩떡이야"). voice.py asks these once it knows whose fact the question is about.
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, analyse, cue_at_start, cue_in_text, cue_pattern
from .clause_text import clause_before, clause_rest, ends_with_cue
from .lexicon import cues
from .matching import PreparedTruth

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


# A clause naming something of its own ("我家狗叫豆豆", "my dog's called Rex"), not an apposition.
OWN_NAMING = re.compile(r"叫|名字|called|named|name is|name s|名前|という|って|이름|라고")


# A naming verb right after the keyword: "<I> X-라고 불러요 / X-って呼んでる / X-と名付けた".
NAMED_BY_ME = {"ko": re.compile(r"^(?:이)?(?:라고|라구) ?(?:불러|부르|부릅|지었|지어|이름 (?:붙|지))"),
                "ja": re.compile(r"^(?:って|と)(?:呼|よ[んば]|名付|なづけ|名づけ)")}
NEVER = re.compile("(?!)")


# The first person as the doer at the start of a clause ("i got", "我考了", "俺が", "제가"); not
# owning ("我的", "我妈"), knowing or saying ("i remember", "我记得", "私が言った" is read by the caller).
_FIRST_PERSON_AGENT = {
    # (an adverb first is still the verb's: "I just call her…"; keeping, owning and naming a pet or
    # a relative is what the character does to its own: "I keep one - Crumpet")
    "en": re.compile(r"^(?:\S+ ){0,2}?(i (?:(?:just|always|only|still|usually|all|really|mostly) )?(?!(?:m|d|ll|ve|s)\b)"
                     r"(?!(?:remember|recall|think|know|knew|told|tell|said|say|mean|"
                     r"guess|believe|bet|hope|see|heard|hear|reckon|suppose|forgot|forget|have|had|got|ve|call|called|name|named|"
                     r"nicknamed|keep|kept|own|owned|adopted|raised|rescued|am|was|just|always|only|still|usually|all|really|mostly)\b)[a-z]+)"),
    "ja": re.compile(r"((?:私|わたし|僕|ぼく|俺|おれ|あたし|わし)(?:が|も)(?!.{0,8}(?:言|聞|覚え|思|知|いる|いた|おる|ある|つけ|付け|名付|呼)))"),
    "ko": re.compile(r"((?:제가|내가|저도|나도)(?!\s?(?:말|기억|생각|알|들|있|없|이름|지어|부르)))"),
    # "我下周要去无锡" (not "我师父住在无锡", "我的…", "我记得…")
    "zh": re.compile(r"(我(?![的们家师妈爸哥姐弟妹老女儿朋同爷奶外丈妻媳孩闺室邻记觉想说听知])[^，。,]{0,4}?(?:要去|去|到|回|住在|搬到|搬))"),
}


def first_person_agent(text: str, lang: str) -> str | None:
    pat = _FIRST_PERSON_AGENT.get(lang)
    m = pat.search(text) if pat is not None else None
    return m.group(1) if m else None


# "May 3, my dear", "Penzance, my lover" (West Country), "my 'ansum": an endearment (lexicon en.yaml:
# endearment) closing the clause, not an owner.
VOCATIVE = re.compile(r"(?:^| )my (?:" + "|".join(sorted(map(re.escape, cues("en").get("endearment")), key=len, reverse=True))
                      + r")$")


def english_i_does(text: str) -> str | None:
    """"i <verb>" in canonical English ("the boat i sail"), unless the verb is one of knowing
    ("as i recall") or saying (the self_said rule decides those)."""
    tokens = text.split(" ")
    knowing = set(cues("en").get("cognition")) | {"said", "say", "told", "mean", "meant", "hope", "bet", "see"}
    for a, b in zip(tokens, tokens[1:]):
        if a == "i" and b not in knowing and b not in ("m", "d", "ll", "ve"):
            return f"i {b}"
    return None


# "Greta. She's my best friend.", "是团子，它是我的猫", "モモ。私の犬です。", "지민이지. 내 여자친구야.": a later
# clause makes the relative or pet the question asks about the character's own.
_RELATION_MINE = {"en": r"^(?:she|he|they|it|that) (?:s|is|are|was) my (?:best |dear |little |big |old )?(?:{r})\b",
                  "zh": r"^(?:她|他|它)(?:是|就是)我(?:的|家的?)?(?:{r})",
                  "ja": r"^(?:私|わたし|僕|俺|あたし|うち)の(?:{r})(?:です|だ|や|よ)",
                  "ko": r"^(?:제|내|우리) (?:{r})(?:예요|이에요|야|이야|이다|입니다)"}


@functools.lru_cache(maxsize=256)
def _relation_mine_pattern(relations: frozenset[str], lang: str) -> re.Pattern[str]:
    return re.compile(_RELATION_MINE[lang].format(r="|".join(re.escape(r) for r in sorted(relations, key=len, reverse=True))))


def relation_claimed(ans: Answer, prep: PreparedTruth, lang: str) -> str | None:
    if lang not in _RELATION_MINE or not prep.question_relations:
        return None
    pat = _relation_mine_pattern(prep.question_relations, lang)
    for c in ans.clauses:
        m = pat.search(c.text)
        if m:
            return m.group(0)
    return None


def claimed_around(ans: Answer, ci: int, lang: str, asked: frozenset[str] = frozenset(), question: str = "") -> str | None:
    """The clauses around a user's fact that make it the character's: an apposition after it
    ("Thunder, my trusty grey steed"), an echoed question before it ("My horse? Thunder"), or the
    character saying it said so ("左利きだと私は言いました", "我说过")."""
    cl = ans.clauses[ci]
    # the character saying it said so, anywhere ("Clara — I told you that earlier.", "モモです。さっき
    # 私が言いましたよね。"): the "you" it was told to is no owner
    for sent in sorted({c.sentence for c in ans.clauses}):
        sentence = " ".join(c.text for c in ans.clauses if c.sentence == sent)
        said = _has(sentence, lang, "self_said")
        # (another sentence only when it says nothing of its own: "Mine is Ember, as I said" is about Ember)
        if said and not _has(sentence.replace(said.strip(), " "), lang, "second_person") and (
                sent == cl.sentence or not _has(sentence, lang, "possessive")):
            return said.strip()
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.sentence == cl.sentence and not VOCATIVE.fullmatch(nxt.text):
        own = cue_at_start(nxt.text, lang, "possessive")
        # (not "是团子，我家狗叫豆豆": the character's own dog, a thing the question does not ask about)
        other_thing = asked and bool(relation_nouns(nxt.text) - asked) and OWN_NAMING.search(nxt.text) is not None
        if own and not _has(nxt.text, lang, "second_person") and not other_thing:
            return own.strip()
    prev = ans.clauses[ci - 1] if ci > 0 else None
    if prev is not None and prev.question and not _read_back(prev.text, question):
        # "My horse? Thunder", "Me? Lisbon", "我？里斯本呗"
        own = cue_at_start(prev.text, lang, "possessive") or (
            prev.text in ("me", "i", "我", "俺", "私", "わたし", "僕", "俺", "저", "저요", "나", "나요") and prev.text)
        if own and not _has(prev.text, lang, "second_person"):
            return own.strip()
    return None


# (Japanese は and Korean 는 mark a topic, not "is": "다온이는 콩떡이 키워요" is the character speaking)
_NAME_COPULA = ("是", "就是", "才是", " is", " s")


def self_name_copula(before: str, prep: PreparedTruth) -> str | None:
    """"阿福就是小胖": a character that speaks of itself by name says "I am" with its name."""
    for n in prep.names:
        for c in _NAME_COPULA:
            if before.endswith(n + c):
                return n + c
    return None


def gold_predicate(prep: PreparedTruth, term: Term, lang: str) -> bool:
    """The gold answer itself says "I am <keyword>" with nothing else as the topic ("아뇨, 외동이에요":
    I am an only child): then "저는 외동이에요" is no claim to be someone else. ("이름은 콩떡이야" has
    the name as its topic: "나는 콩떡이야" is the hamster speaking.)"""
    gold = analyse(prep.truth.answer, lang)
    for pos in gold.find(term):
        ci = gold.clause_index(pos)
        head = clause_before(gold, ci, pos)
        if (not head or ends_with_cue(head, lang, "self_identity")) and COPULA[lang].match(clause_rest(gold, ci, pos, term)):
            return True
    return False


# A copula closing an "I am X" clause, per language (after the keyword, in canonical text).
COPULA = {
    "ja": re.compile(r"^(?:だ|です|でございます|じゃ|や|っす|なの|だよ|だわん|だにゃ)"),
    "ko": re.compile(r"^(?:이야|야|이에요|예요|입니다|이다|란다|이지|지)"),
    "zh": re.compile(r"^(?:$|啊|呀|哦|啦|嘛|呢|哟|吧)"),
    "en": re.compile(r"^$"),  # canonical text has no punctuation: "I'm Pretzel!" -> "i m pretzel"
}


def owned_in_sentence_before(ans: Answer, ci: int, prep: PreparedTruth, lang: str) -> str | None:
    """"I remember my flock well. They're 93 sheep.", "我记得我的鸡。一共12只。": the sentence just before
    the user's fact makes the thing the question asks about the character's own ("my" before a word
    of the question), and the fact's own sentence names no other owner (no "you", "your", "你")."""
    cl = ans.clauses[ci]
    if cl.sentence == 0:
        return None
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    if _has(sentence, lang, "second_person") or _has(sentence, lang, "possessive") or _has(sentence, lang, "you_said"):
        return None
    previous = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence - 1)
    if not previous or _has(previous, lang, "second_person") or VOCATIVE.search(previous):
        return None
    asked = prep.question_norm
    if previous.strip() == asked.strip() or _read_back(previous, asked):
        # "Who did I say my best friend is? Beatrice.", "私の新しい着物は何色でしたっけ？黄土色です。": the user's
        # question restated or read back, its "my" theirs (session 36, p3a and p3b)
        return None
    pattern = cue_pattern(lang, "possessive", False)[0]
    for m in pattern.finditer(f" {previous} ") if pattern is not None else ():
        after = previous[max(0, m.end() - 1):].strip()
        if lang == "en":
            words = [w for w in after.split(" ")[:3] if len(w) >= 3]
            if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", asked) for w in words):
                return m.group(0).strip()
        else:
            # (a hanzi/kanji word by its first two characters, or one kanji before kana ("鶏は"); a
            # Korean one without its particle: "닭은" -> 닭)
            head = re.match(r"[\u4e00-\u9fff\u3400-\u4dbf]{2}|[\u4e00-\u9fff\u3400-\u4dbf](?=[ぁ-ゖ ]|$)|[가-힣]+", after)
            word = head.group(0) if head else ""
            if len(word) > 1 and "\uac00" <= word[0] <= "\ud7a3":
                word = word[:-1]
            if word and word in asked:
                return m.group(0).strip()
    return None



def _read_back(text: str, question: str) -> bool:
    """``text`` is the user's whole question read back ("私の新しい着物は何色でしたっけ？黄土色です。", "제 가장 친한 친구
    이름이 뭐라고 했죠? 지유요."): its "my" is the user's word, quoted, not the character's claim (session 36, p3b).
    Language-independent; a short echo ("My horse? Thunder") stays a claim."""
    flat, q = text.replace(" ", ""), question.replace(" ", "")
    return len(flat) >= 6 and flat in q and len(flat) * 4 >= len(q) * 3
