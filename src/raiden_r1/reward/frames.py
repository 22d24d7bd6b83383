"""Frames around a keyword that change what it says: when (an age said as next year's, a value of
the past taken back by "now" or an end), who says it (a rumour tagged on, a verb of saying whose
subject is not the character, a relative speaking in a conversation), what role it gets ("Dana's
the neighbour", "虎年出生的是我哥", a relation denied: "never married"), and a question cut off
by an ellipsis. occurrence.py asks these per occurrence; polarity_flipped asks `unattached`. A relative
or another person made the owner of the character's fact is read in fact_owners.py.
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term, make_term
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_at_start, cue_in_text
from .doubting_tail import doubting_tail
from .gates import gated
from .lexicon import cues
from .matching import PreparedTruth
from .speaker_roles import speaks_itself
from .tail_tags import address_words, en_speech_tag
from .clause_text import clause_before, clause_rest, ends_with_cue
from .wish_object import names_own_object

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


# How the next clause opens when it names the source of what was just said, and whether it must be
# in the same sentence: "绍兴吧，听我妈说的"; "僕がC言語で書いている、と思われがち" (a Japanese or Korean
# quotative may follow an ellipsis that ends the sentence: "函館…ってことになってるらしい").
_SOURCE_AFTER = {"zh": (("听", "据"), True), "ja": (("と", "って"), False), "ko": (("라고", "다고", "이라고"), False)}


def source_after(ans: Answer, ci: int, lang: str) -> str | None:
    """A hearsay cue in the clause right after the keyword's that opens as a source does."""
    leads, same_sentence = _SOURCE_AFTER.get(lang, ((), False))
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if not leads or nxt is None or not nxt.text.startswith(leads):
        return None
    if same_sentence and nxt.sentence != ans.clauses[ci].sentence:
        return None
    cue = _has(nxt.text, lang, "hearsay")
    return cue.strip() if cue else None

# A question's tail cut off by an ellipsis ("コタロウくん…でしたっけ？"): the keyword's clause is the question.
_QUESTION_TAILS = ("じゃなかったっけ", "だったっけ", "でしたっけ", "だっけ", "でしたか", "ですか", "だったか", "でしょうか", "かな", "였나", "이었나", "였던가",
                   "이던가", "인가", "吗", "来着", "是吧", "对吧")


def question_tail(ans: Answer, ci: int) -> bool:
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    # (an ellipsis may end the sentence before the tail)
    if nxt is None or not nxt.question:
        return False
    tail = nxt.text.strip()
    return (tail.startswith(_QUESTION_TAILS) and len(tail) <= 9) or tail in _SAY_TAILS or bool(_SAY_TAIL.match(tail)) or doubting_tail(tail, ans.language) or (
        nxt.sentence == ans.clauses[ci].sentence and tail.rstrip("? ") in _ECHO_TAGS) or (
        nxt.sentence == ans.clauses[ci].sentence and tail.rstrip("?？ ") in address_words(ans.language))


# "Teetotal, am I?", "Churro, is it?": a positive tag after the keyword hands it back in disbelief (a negative
# tag, "aren't I?", "isn't it?", confirms it and is not listed).
_ECHO_TAGS = frozenset({"am i", "is it", "are we", "was i", "was it", "is that it", "is that so", "are they", "is he",
                        "is she", "did i", "do i", "have i", "was that it", "were we"})


# "Cream, you say?", "Cream, tha says?", "河间府，你说？": the user's word handed back as a question
# (the next clause of the sentence only asks whether that is what was said)
_SAY_TAILS = frozenset({"you say", "you said", "d you say", "did you say", "do you say", "you re saying", "you mean",
                        "tha says", "tha said", "thou sayest", "ye say", "says you", "say you",
                        "你说", "你是说", "您说", "您是说", "你讲", "って言った", "と言った", "라고요", "이라고요", "라고"})


# (session 35) the same echo in any register: a second person and a verb of saying or asking, in either order
# ("dost thou say", "sayest thou", "did ye say", "d you ask")
_SAY_TAIL = re.compile(r"^(?:(?:do|did|dost|didst|d|does|doth) )?(?:you|ye|thou|tha|y all|you all) (?:say|says|said|sayest|"
                       r"sayst|saidst|mean|meanest|ask|asked|askest|re saying|re asking)$|"
                       r"^(?:say|sayest|says|said|sayst) (?:you|ye|thou|tha)$")


# What may stand between a keyword and the role it is given: a copula or topic marker, then fillers.
_ROLE_LEAD = {"en": re.compile(r"^(?:s|is|was|s just|is just|was just)(?: (?:the|a|an|just|my|our|only|merely|old|some))* "),
              "zh": re.compile(r"^(?:是|就是|只是|不过是)(?:我的?|我们的?|个|一个|位)?"),
              "ja": re.compile(r"^(?:は|って|も) ?(?:ただの|うちの|私の|僕の|俺の|ただ)?"),
              "ko": re.compile(r"^(?:이는|이가|은|는|이|가)\s?(?:그냥|제|내|우리|그냥 제|그냥 내)?\s?")}


_ZH_WHO_IS = re.compile(r"的(?:人)?(?:是|就是|其实是)(?:我|我的|我们家)(哥哥?|姐姐?|弟弟?|妹妹?|爸爸?|妈妈?|老婆|老公|媳妇|儿子|女儿|爷爷|奶奶|"
                        r"表哥|表姐|表弟|表妹|堂哥|堂姐|朋友|同事|同学|室友)")


def given_role(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """A person asked about given another role right after the keyword ("Dana's the neighbour",
    "许蔓是我前女友", "蒼はいとこなの", "세나는 사촌이야"), a role the question and the gold answer
    do not give; or, in Chinese, the keyword's fact given to a relative ("虎年出生的是我哥")."""
    rest = clause_rest(ans, ci, pos, term)
    if ans.language == "zh" and prep.truth.focus == "script_knowledge":
        m = _ZH_WHO_IS.search(rest)
        if m and m.group(1) not in prep.question_norm and m.group(1) not in prep.answer_norm:
            return m.group(1)
    lead = _ROLE_LEAD.get(ans.language)
    if lead is None or not (prep.asks_name or prep.question_relations or _family_question(prep, ans.language)):
        return None
    if ci + 1 < len(ans.clauses) and len(rest) <= 3:  # "千鶴は | ただの常連さんだ": the clause ends at the topic
        rest = f"{rest} {ans.clauses[ci + 1].text}"
    m = lead.match(rest)
    if not m:
        return None
    head = rest[m.end():]
    for role in cues(ans.language).get("roles"):
        r = role.strip()
        ok = head.startswith(r) and (not r.isascii() or head[len(r):len(r) + 1] in ("", " "))
        if ok and r not in prep.answer_norm and r not in prep.question_norm:
            return r
    return None


_AGE_UNITS = frozenset({"岁", "歳", "才", "살", "세", "years", "year", "yo"})
_ASKS_AGE = ("how old", "your age", "几岁", "多大", "年龄", "年纪", "何岁", "何歳", "いくつ", "年齢", "몇 살", "몇살", "나이")


def is_age(term: Term, prep: PreparedTruth) -> bool:
    return prep.keyword_units.get(term.norm) in _AGE_UNITS or any(q in prep.question_norm for q in _ASKS_AGE)


def rumour_tag(ans: Answer, ci: int, lang: str) -> str | None:
    """A rumour cue tagged on as the next clause of the sentence ("A raven, reportedly.",
    "Albatross, they say.")."""
    if ci + 1 >= len(ans.clauses) or ans.clauses[ci + 1].sentence != ans.clauses[ci].sentence:
        return None
    nxt = ans.clauses[ci + 1].text
    cue = cue_at_start(nxt, lang, "rumour")
    if cue is None:
        return en_speech_tag(nxt) if lang == "en" else None
    rest = nxt[len(cue.strip()):].strip()
    return cue.strip() if (len(rest.split(" ")) <= 2 if nxt.isascii() else len(rest) <= 3) else None


_ADVERB_END = re.compile("(?:常常|经常|总是|一直|向来|老是|时常|每每|从来|常|总|老|就|也|还|都)$")


def reported(before: str, language: str, user_fact: bool = False, after: str = "") -> str | None:
    """A verb of saying or believing before the keyword whose subject is not the character
    ("my coach reckons X", "别人都说X"); "I'd say X" and "I think X" are the character's own.
    In conversation memory "you said X" is right too: there the verb must have neither the
    character nor the user near it ("some fellow at the docks said X")."""
    words = cues(language).get("hearsay_verbs")
    if not words:
        return None
    first = set(w.strip() for w in cues(language).get("first_person"))
    if before.isascii():
        second = set(w.strip() for w in cues(language).get("second_person"))
        own = set(w.strip() for w in cues(language).get("possessive"))
        rumoured = set(cues(language).get("rumour_subjects"))
        tokens = before.split(" ")
        for i, t in enumerate(tokens):
            if t in words and i > 0:
                prev = tokens[max(0, i - 3):i]
                # "I reckon", "I'd say" are the character's own; "my coach reckons" is not ("my" owns the subject)
                if any((p in first and p not in own) or p in ("d", "ll") for p in prev[-2:]):
                    continue
                if not user_fact and speaks_itself(" ".join(tokens[:i]), language):
                    continue  # "I only ever say one thing: Enough"
                if not user_fact or any(p in rumoured for p in prev) or not any(p in second for p in prev):
                    return t
        return None
    if user_fact:
        return None  # CJK: the rumour cues name the unnamed source themselves (有人说, 誰か, 누가)
    for w in words:
        k = before.find(w)
        if k <= 0:
            continue
        # "我跟你说", "告诉你说": the character telling the user, a discourse marker
        # (the character's own saying, also with an adverb between: "我常说", "我总是说", "俺一直讲")
        head = before[:k]
        m = _ADVERB_END.search(head)
        speaker = head[:m.start()] if m else head
        own = any(f and (head.endswith(f) or speaker.endswith(f)) for f in first) or speaks_itself(head, language)
        if own and cue_in_text(head, language, "first_person_exempt"):
            own = False  # "我老娘常说": 老娘 here is the mother, not the brash "I"
        if not own and before[max(0, k - 2):k] not in _TO_YOU \
                and not before[k:].startswith(_SPEECH_NOT_REPORT) and before[max(0, k - 2):k + 1] not in ("老实说", "实话说") \
                and not speaking_not_reporting(before, k, w, after):
            return w
    return None


# "我这人说话直爽", "说实话": speaking, not reporting what someone said.
_SPEECH_NOT_REPORT = ("说话", "讲话", "说实话", "说真的", "说白了", "说起来", "说到", "说来", "讲真")
# The storyteller's openings ("话说列位看官", "且说", "却说"): the narrator taking up the tale, no source.
_STORY_OPENING = re.compile(r"(?:^|[\s，。！？])(?:话|且|却|单)$")
# A verb of saying with its object: a language ("讲塔马舍克话", "说一口上海话", "会说英语") or what is
# performed or done by talking ("说书", "讲故事", "讲价"): an activity, not a report of what was said.
_SPOKEN_OBJECT = re.compile(r"^(?:得|着|了)?(?:一口|几句)?(?:[^\s，。！？的说讲]{0,8}?(?:话|语|文)(?![言音])|"
                            r"书|评书|相声|故事|笑话|课|价|经)")


def speaking_not_reporting(before: str, k: int, verb: str, after: str) -> bool:
    """The Chinese verb of saying at ``before[k:]`` opens a tale or takes its object (a language, a
    story, a price), and no other verb of saying follows it ("话说回来，人家都说…" still reports)."""
    if verb not in ("说", "讲"):
        return False
    rest = before[k + len(verb):]
    if "说" in rest or "讲" in rest:
        return False
    return bool(_STORY_OPENING.search(before[:k]) or _SPOKEN_OBJECT.match(rest if rest.strip() else after))

_SPEAKER_MARK = ("は", "が", "も", "는", "은", "가", "이", "도", "说", "讲", "告诉", "跟我说")


def relative_speaks(text: str, lang: str, asked: frozenset[str] = frozenset(), value: str = "") -> bool:
    """A relative opening the clause as its subject ("弟は…って言ってた", "我哥说…"): in a conversation
    the saying is that relative's, not the user's. Not the relation the question asks about with the
    value right after it ("親友はキヨだって言ってた" asked who the user's best friend is: the slot, said
    back as the user's words; rev76)."""
    if _has(text, lang, "second_person"):
        return False
    head = text.removeprefix("我").removeprefix("うちの").removeprefix("우리 ")
    for rel in relation_nouns(head[:6]):
        if head.startswith(rel) and head[len(rel):].lstrip().startswith(_SPEAKER_MARK):
            after = head[len(rel):].lstrip()
            mark = next(m for m in _SPEAKER_MARK if after.startswith(m))
            # (the caller blanks the keyword out of its clause: a space where the value was)
            # (a topic marker only: "동생이 민수라고 하더라" with the subject marker is the brother speaking)
            if rel in asked and value and mark in ("は", "는", "은") and after[len(mark):].startswith((" ", value)):
                continue
            return True
    return False


_TO_YOU = ("跟你", "和你", "给你", "对你", "诉你", "跟您", "和您")


def _family_question(prep: PreparedTruth, lang: str) -> bool:
    return cue_in_text(prep.question_norm, lang, "family_topic") is not None


def unattached(ans: Answer, prep: PreparedTruth) -> str | None:
    """"Never been married", "独り身だよ", "외동이거든" asked about a spouse or a sibling the gold
    answer names: the relation itself denied."""
    lang = ans.language
    if not (prep.question_relations or prep.gold_relations or _family_question(prep, lang)):
        return None
    cue = cue_in_text(ans.canon, lang, "unattached")
    if cue and not cue_in_text(prep.answer_norm, lang, "unattached") and not cue_in_text(prep.question_norm, lang, "unattached"):
        return f"denies the relation asked about ('{cue.strip()}')"
    return None


_WHY = ("why", "how come", "为什么", "为啥", "怎么", "なぜ", "なんで", "どうして", "왜", "어째서")


@gated(cue_kinds=("ignorance",))
def later_doubt(ans: Answer, ci: int, lang: str) -> str | None:
    """A short clause after the keyword's saying the character does not know ("好像是西安吧？我记不太清了",
    "豆豆也不知道呀"): the value was a guess. Not "I don't know why, I just love it"."""
    for c in ans.clauses[ci + 1:]:
        cue = _has(c.text, lang, "ignorance")
        # (not "忘れたんですか？": asking whether the user forgot)
        if not cue or c.question or any(w in c.text for w in _WHY) or _has(c.text, lang, "second_person"):
            continue
        rest = c.text.replace(cue.strip(), " ", 1)
        if (len(rest.split()) <= 2) if c.text.isascii() else (len(rest.replace(" ", "")) <= 4):
            return cue.strip()
        # "ほんまはもう忘れてしもたんどす", "Actually, I can't remember now": owned up to, however long
        if cue_at_start(c.text, lang, "rival_lead") and c.text.find(cue.strip()) < (40 if c.text.isascii() else 12):
            return cue.strip()
    return None


@gated(cue_kinds=("error",))
def said_in_error(ans: Answer, ci: int, lang: str) -> str | None:
    """A value given a source ("what the Oban Times printed", "报纸上写的是") that a later clause
    calls an error ("they got it wrong", "那是写错了的")."""
    sentence = " ".join(c.text for c in ans.clauses[slice(*ans.sentence_span(ci))])
    if not (_has(sentence, lang, "source") or _has(sentence, lang, "hearsay")):
        return None
    for c in ans.clauses[ci + 1:]:
        cue = _has(c.text, lang, "error")
        if cue:
            return cue.strip()
    return None


_BACK = ("back", "again", "return", "home", "回", "再", "老家", "故乡", "家乡", "戻", "帰", "地元", "故郷", "다시", "돌아", "고향")


@gated(cue_kinds=("wish",))
def wished_for(ans: Answer, ci: int, text: str, lang: str, names: tuple[str, ...],
               others: tuple[str, ...] = ()) -> str | None:
    """A value wished for or planned ("shall move to Blackpool one day", "我将来打算去自贡定居",
    "I'd love to be 178"), in the keyword's clause, or in the next sentence after one that does not
    say the value is the character's own ("Dunmara's a lovely town. I've always wanted to visit"),
    unless that wish is another person's of the profile or names an object of its own
    (wish_object.py: "… I still dream of the gulls")."""
    cue = _has(text, lang, "wish")
    if cue:
        return cue.strip()
    cl = ans.clauses[ci]
    sentence = " ".join(c.text for c in ans.clauses[slice(*ans.sentence_span(ci))])
    if _has(sentence, lang, "first_person") or any(n in sentence for n in names):
        return None  # ("루나는 목포에서 태어났어요! … 고향 가고 싶어요": the name is the character's "I")
    for c in ans.clauses[ci + 1:]:
        if c.sentence != cl.sentence + 1:
            continue
        cue = _has(c.text, lang, "wish")
        # (not another person's wish: "北京师范大学！这丫头打小就想当心理咨询师")
        if cue and not any(b in c.text for b in _BACK) and not relation_nouns(c.text) and \
                not _has(c.text, lang, "third_person") and not _OTHER_CHILD.search(c.text) and \
                not any(len(o) >= 2 and o in c.text for o in others) and \
                not names_own_object(c.text, cue.strip(), ans.raw, lang):
            return cue.strip()
    return None


_OTHER_CHILD = re.compile("这丫头|那丫头|这孩子|那孩子|这小子|あの子|この子|그 애|이 애|그 아이|이 아이|that kid|the kid")


_FILLERS = frozenset({"well", "um", "uh", "hmm", "er", "oh", "嗯", "呃", "哎", "えっと", "まあ", "うーん", "음", "뭐", "그게"})


@gated(cue_kinds=("ended",))
def ended_next(ans: Answer, ci: int, lang: str) -> str | None:
    """A short clause right after the keyword's that ends what it said ("Married. Well, separated.")."""
    j = ci + 1
    while j < len(ans.clauses) and ans.clauses[j].text in _FILLERS:
        j += 1  # "Well, separated."
    if j >= len(ans.clauses):
        return None
    nxt = ans.clauses[j].text
    short = len(nxt.split()) <= 3 if nxt.isascii() else len(nxt.replace(" ", "")) <= 7
    cue = _has(nxt, lang, "ended") if short else None
    return cue.strip() if cue else None


_ZH_ALL = ("都", "全", "皆")
_ZH_TOO = ("还", "也")


@gated(cue_kinds=("except_before", "except_after", "only_before", "only_after"))
def excluded(ans: Answer, ci: int, pos: int, term: Term, lang: str) -> tuple[str, bool] | None:
    """The keyword named as the one value it is not ("Anything but Dunmara", "除了自贡，哪儿都有可能",
    "札幌以外ならどこでも", "부산 빼고 다 가 봤어요"): (cue, False). With a negation after it, the
    keyword is the only value ("札幌以外に住んだことない", "除了苏州我哪儿都没住过"): (cue, True).
    "除了游泳，我还喜欢跑步" (besides) is neither."""
    key = ("excluded", ci, pos, term, lang)  # (occurrence.py asks twice per occurrence)
    if key not in ans.memo:
        ans.memo[key] = _excluded(ans, ci, pos, term, lang)
    return ans.memo[key]


def _excluded(ans: Answer, ci: int, pos: int, term: Term, lang: str) -> tuple[str, bool] | None:
    before = clause_before(ans, ci, pos)
    earlier = " ".join(c.text for c in ans.clauses[ans.sentence_span(ci)[0]:ci])
    rest = clause_rest(ans, ci, pos, term)
    sentence_rest = " ".join([rest] + [c.text for c in ans.clauses[ci + 1:ans.sentence_span(ci)[1]]])
    cue = ends_with_cue(f"{earlier} {before}".strip(), lang, "except_before")  # ("anything | but Dunmara")
    if cue and lang == "zh" and (not any(a in sentence_rest for a in _ZH_ALL) or any(t in sentence_rest for t in _ZH_TOO)):
        cue = None
    if not cue:
        cue = next((w for w in cues(lang).get("except_after") if rest.lstrip().startswith(w)), None)
    if not cue:
        return _only(f"{earlier} {before}".strip(), rest, sentence_rest, lang)
    return cue.strip(), _has(sentence_rest.replace(cue, " ", 1), lang, "negation") is not None


def _only(before: str, rest: str, sentence_rest: str, lang: str) -> tuple[str, bool] | None:
    """"Nothing but X", "Xしか…ない", "X밖에 안 …": the keyword as the one value, (cue, True). しか and 밖에
    mean "only" with a negation after them; alone (집 밖에 "outside the house") they do not."""
    cue = ends_with_cue(before, lang, "only_before") if lang == "en" else None
    if cue:
        return cue.strip(), True
    cue = next((w for w in cues(lang).get("only_after") if rest.lstrip().startswith(w)), None)
    if cue and _has(sentence_rest.replace(cue, " ", 1), lang, "negation"):
        return cue.strip(), True
    return None


def both_age_systems(ans: Answer, ci: int, cj: int) -> bool:
    """Two different clauses that each name an age-counting system ("周岁二十八，虚岁二十九", "満で27、
    数えだと28", "만으로 27, 한국 나이로는 28"): one age said two ways, not two ages."""
    return ci != cj and all(cue_in_text(ans.clauses[k].text, ans.language, "age_system") for k in (ci, cj))


_NUMBER = re.compile(r"\d+")


def breakdown_part(ans: Answer, ci: int, term: Term, keyword_positions: list[int], total: int | None) -> bool:
    """A count the answer splits into parts ("Three: one white and two grey", "两只，一只橘猫一只
    白猫"): a part equal to a negative ("2") is not a second value. The parts are the answer's other
    numbers; they must sum to the keyword's count, be two or more, and each stand in a clause with
    words of its own (a bare list "3, 1, 2" is a hedge, not a breakdown) and no "or"."""
    if total is None or not term.numeric and not _NUMBER.match(term.norm):
        return False
    parts = [(m.start(), int(m.group())) for m in _NUMBER.finditer(ans.match) if m.start() not in keyword_positions]
    if len(parts) < 2 or sum(v for _, v in parts) != total or ci not in {ans.clause_index(p) for p, _ in parts}:
        return False
    for p, _ in parts:
        text = ans.clauses[ans.clause_index(p)].text
        rest = _NUMBER.sub(" ", text)
        own = len(rest.split()) >= 1 + len(parts) if text.isascii() else len(rest.replace(" ", "")) >= 3
        if not own or _has(text, ans.language, "disjunction"):
            return False
    return True


def count_of(alternative: str) -> int | None:
    """The number a keyword states ("3匹" -> 3, "27" -> 27), or None."""
    m = _NUMBER.search(make_term(alternative).norm)
    return int(m.group()) if m else None
