"""Does the character assert the keyword? Judged per occurrence, in the clause that carries it.

A keyword present in the final answer earns its item only when some occurrence is asserted by
the character, in its own voice, as the one value: not negated ("I'm not from X"), asked back
("Am I from X?"), conditional ("if I were from X"), attributed to others ("people say X"),
taken back ("X... no wait, Y"), said of the character in the third person ("She is from X",
"<name>'s father is X"), claimed as the character's identity when the keyword names someone else
("I'm Pretzel"), claimed as the character's own when the user said it (CM: "my dog is X"), or
offered next to a competing value ("X or Y", "17-18", "maybe X, maybe Y"). A cue the gold answer's
own keyword clause carries is allowed ("People call me Iggy", "I can't stand pickles").

An item some occurrence of which is negated or taken back is void even if another occurrence is
asserted: saying both is hedging.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import dataclass

from raiden_r1.canon import Term, make_term, match_form
from raiden_r1.canon.readings import kanji_spelled

from raiden_r1.data.perspective import question_subject, relation_nouns, starts_with_relation

from .analysis import Answer, analyse, clause_cue, cue_at_start, cue_in_text
from .lexicon import cues
from .matching import PreparedTruth, find_cue_first, says_no
from .similarity import content_units

# Occurrence problems that void the whole item: saying X and not-X is a hedge, and "Elena ... my
# best friend, Elena" claims the user's friend however bare the first mention was.
_VOIDING = ("negated", "taken back", "claims the user's fact", "third person")


@dataclass(slots=True)
class ItemVerdict:
    matched: bool  # asserted, and not voided
    alternative: str | None  # the alternative found (raw spelling)
    position: int  # offset in Answer.match, -1 if not found
    reason: str | None  # why it earns nothing though present ("negated ('not')", ...)

    @property
    def hedge(self) -> str | None:  # compatibility with the flag "hedged"
        return self.reason if self.reason and self.reason.startswith("hedged") else None


def _before(ans: Answer, ci: int, pos: int) -> str:
    """The canonical text of clause ``ci`` before match offset ``pos`` (stemming keeps tokens
    one-to-one, so the token count locates it)."""
    cl = ans.clauses[ci]
    head = ans.match[cl.start:pos]
    k = head.count(" ")
    tokens = cl.text.split(" ")
    last = head.rsplit(" ", 1)[-1]
    return " ".join(tokens[:k] + [tokens[k][:len(last)] if k < len(tokens) else ""]).strip()


def _after(ans: Answer, ci: int, end: int) -> str:
    cl = ans.clauses[ci]
    tail = ans.match[end:cl.end]
    n = tail.count(" ")
    tokens = cl.text.split(" ")
    return " ".join(tokens[len(tokens) - n - (0 if tail.startswith(" ") else 1):]).strip() if n or tail else ""


def _ends_with_cue(text: str, language: str, kind: str) -> str | None:
    for w in cues(language).get(kind):
        w = w.strip()
        if not w:
            continue
        if text == w or text.endswith(" " + w) or (not w.isascii() and text.endswith(w)):
            return w
    return None


_has = cue_in_text  # a cue of a kind anywhere in a canonical text


def name_subject(text: str, prep: PreparedTruth, language: str, skip: tuple[int, int] | None) -> str | None:
    """The character's own name used as a third-person subject or possessive in ``text``."""
    particles = cues(language).get("name_particles")
    for short in prep.short_names:  # a one-character name only as the clause's first word ("凪は19歳")
        if text.startswith(short) and _subject_particle(text[1:].lstrip(), particles):
            return short
    for name in prep.names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            inside = skip is not None and start < skip[1] and end > skip[0]
            ok_left = start == 0 or not text[start - 1].isalnum() or not name.isascii()
            if not inside and ok_left:
                rest = text[end:].lstrip()
                prev = text[:start].rstrip().rsplit(" ", 1)[-1] if start else ""
                if name.isascii():
                    nxt = rest.split(" ", 1)[0] if rest else ""
                    if nxt in particles or prev == "of":
                        return name
                elif _subject_particle(rest, particles) or prev.endswith("的"):
                    return name
            start = text.find(name, end)
    return None


# "なぎって呼んでね", "凪っていいます": the name quoted to say what one is called, not a subject.
_NAMING_VERB = ("呼", "よん", "よば", "言い", "いい", "いう", "言う", "申")


def _subject_particle(rest: str, particles: tuple[str, ...]) -> bool:
    p = next((p for p in particles if rest.startswith(p)), None)
    return p is not None and not (p == "って" and rest[2:].lstrip().startswith(_NAMING_VERB))


def perspective_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why an occurrence is not the character speaking of its own fact, or None."""
    lang = ans.language if ans.language in ("en", "zh", "ja", "ko") else "en"
    cl = ans.clauses[ci]
    before = _before(ans, ci, pos)
    subject = _subject(prep)
    # Person is judged over the keyword's sentence: "Your pet: Pretzel" is one statement.
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    lead_in = " ".join(c.text for c in ans.clauses[:ci + 1] if c.sentence == cl.sentence)
    first = _has(sentence, lang, "first_person")
    second = _has(lead_in, lang, "second_person")  # "58了，你问这干啥？" asks back after answering
    # Third-person pronoun before the keyword with no first-person word between it and the keyword.
    # About the user's people (CM), "her name is Lena" is how the character recalls them.
    third = _has(before, lang, "third_person") if subject != "user" else None
    if third and lang == "zh" and _ZH_OBJECT.search(before[:before.rfind(third.strip())]):
        third = None  # "我给他起名叫雪团": the pronoun is an object, the character the subject
    if third:
        after_third = before[before.rfind(third.strip()) + len(third.strip()):]
        identity = _ends_with_cue(_ARTICLES.sub("", before) if lang == "en" else before, lang, "identity_third")
        own_name = any(n in term.norm or term.norm in n for n in prep.names)
        # "他师父是玄机子", "his master is ...": the pronoun owns the relative, so it stands for the character
        after = after_third.lstrip().removeprefix("的").removeprefix("の").removeprefix("의").lstrip()
        # "这位甜点师的竞争对手": the pronoun with its noun owns the relative
        owner = starts_with_relation(after) or (lang == "zh" and 0 < after.find("的") <= 4
                                                 and starts_with_relation(after[after.find("的") + 1:]))
        if not _has(after_third, lang, "first_person") and (owner or not (identity and subject == "other" and not own_name)):
            return f"third person ('{third.strip()}')"
    if subject in ("self", "user") and not prep.truth.self_name:
        narrator = _narrator(ans, ci, lang)
        if narrator:
            return f"third person ('{narrator}')"
    if not prep.truth.self_name or term.norm in " ".join(prep.names):
        tl = cl.text
        kw = tl.find(term.norm) if term.cjk or not ans.match else -1
        name = name_subject(tl, prep, lang, (kw, kw + len(term.norm)) if kw != -1 else None)
        if name and not (prep.truth.self_name and not third):
            return f"third person (the character's own name '{name}')"
    if subject in ("self", "other"):
        if second and not first:
            if prep.truth.focus == "script_knowledge":
                return f"speaks of itself in the second person ('{second.strip()}')"
            return f"gives its own fact to the user ('{second.strip()}')"
    if subject != "user" and prep.question_relations - _ADDRESS_NOUNS:
        # "俺が発表会で月の光を弾くんや" asked what the daughter plays, "I got a job in Dundee" asked
        # which brother did: the character makes itself the doer of someone else's fact
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        agent = _first_person_agent(f"{earlier} {before}".strip(), lang)
        if agent and not _first_person_agent(prep.answer_norm, lang) and not _has(f"{earlier} {before}", lang, "cognition"):
            return f"claims someone else's fact as its own ('{agent}')"
    if subject == "user":
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        lead = f"{earlier} {before}".strip()
        mine = _has(lead, lang, "self_subject") or _has(cl.text, lang, "possessive") or (
            prep.truth.self_name and name_subject(lead, prep, lang, None))
        if not mine and cue_at_start(lead, lang, "first_person") and not _has(lead, lang, "cognition"):
            mine = cue_at_start(lead, lang, "first_person")  # "I grew up in Penzance" (the user did)
        # "... tell you about my best friend, Elena": the owner right before the keyword decides.
        tail = " ".join(lead.split(" ")[-4:]) if lead.isascii() else lead[-6:]
        if _has(tail, lang, "possessive") and not _has(tail, lang, "second_person"):
            return f"claims the user's fact as its own ('{_has(tail, lang, 'possessive').strip()}')"
        if mine and not _has(lead_in, lang, "second_person"):
            return f"claims the user's fact as its own ('{mine.strip()}')"
        # "Lisbon is where I'm flying", "里斯本是我要去的地方", "リスボンに行くのは私です": the owner after it
        rest = _rest(ans, ci, pos, term)
        after_mine = _has(rest, lang, "self_subject") or (_english_i_does(rest) if lang == "en" else None)
        if after_mine and not _VOCATIVE.search(rest) and not _has(cl.text, lang, "second_person"):
            return f"claims the user's fact as its own ('{after_mine.strip()}')"
        # "Lisbon, like me.", "来週リスボンに行くの、私！": a short next clause of the sentence that names the
        # character as the one it is true of
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        if nxt is not None and nxt.sentence == cl.sentence and len(nxt.text) <= 12 and not _VOCATIVE.fullmatch(nxt.text) \
                and not _has(nxt.text, lang, "second_person") and not _has(nxt.text, lang, "cognition"):
            mine = cue_at_start(nxt.text, lang, "self_subject") or cue_at_start(nxt.text, lang, "first_person")
            if mine and (lang != "en" or nxt.text in ("me", "me too", "like me", "same as me", "so am i", "as do i")
                         or _has(nxt.text, lang, "self_subject")):
                return f"claims the user's fact as its own ('{mine.strip()}')"
        claimed = _claimed_around(ans, ci, lang)
        if claimed:
            return f"claims the user's fact as its own ('{claimed}')"
        other = next((o for o in prep.truth.others if (c := make_term(o).canon) and c in lead), None)
        if other and not _has(lead, lang, "second_person"):
            return f"gives the user's fact to {other}"
        # "Your brother is flying to Lisbon" asked where the user is flying: a relative the
        # question does not name takes the fact
        moved = relation_nouns(lead) - prep.question_relations - prep.gold_relations
        if moved:
            return f"gives the user's fact to someone else ('{sorted(moved)[0]}')"
    if prep.gold_self_identity or term.numeric or any(n in term.norm or term.norm in n for n in prep.names):
        return None
    claim = _ends_with_cue(before, lang, "self_identity")
    if not claim:
        return None
    # "I am <keyword>" where the gold answer never says so: the character claims to be the relative,
    # the pet, the other person the keyword names. On a yes/no question ("봄이는 동물 있어?") or a
    # question about itself, only a copula right after the keyword makes it a claim of identity
    # ("나는 콩떡이야", "ぼくはおはぎだ"): "나는 콩떡이 좋아" is not one.
    if prep.asks_other_name or (subject == "other" and not prep.yes_no):
        return f"claims to be '{term.raw}' ('{claim}')"
    if (prep.asks_name or subject == "other") and _COPULA.get(lang) and \
            _COPULA[lang].match(_rest(ans, ci, pos, term)) and not _gold_predicate(prep, term, lang):
        return f"claims to be '{term.raw}' ('{claim}')"
    return None


# The first person as the doer at the start of a clause ("i got", "我考了", "俺が", "제가"); not
# owning ("我的", "我妈"), knowing or saying ("i remember", "我记得", "私が言った" is read by the caller).
_FIRST_PERSON_AGENT = {
    "en": re.compile(r"^(?:\S+ ){0,2}?(i (?!(?:m|d|ll|ve|s)\b)(?!(?:remember|recall|think|know|knew|told|tell|said|say|mean|"
                     r"guess|believe|bet|hope|see|heard|hear|reckon|suppose|forgot|forget|have|had|got|ve|call|called|name|named|am|was)\b)[a-z]+)"),
    "ja": re.compile(r"((?:私|わたし|僕|ぼく|俺|おれ|あたし|わし)(?:が|も)(?!.{0,8}(?:言|聞|覚え|思|知|いる|いた|おる|ある|つけ|付け|名付|呼)))"),
    "ko": re.compile(r"((?:제가|내가|저도|나도)(?!\s?(?:말|기억|생각|알|들|있|없|이름|지어|부르)))"),
}


# Relation nouns a question uses to address the character ("叶老师，…", "顾师傅", "Master, …"), not a relative.
_ADDRESS_NOUNS = frozenset({"老师", "师傅", "师父", "先生", "兄弟", "teacher", "master", "mentor", "boss", "先生", "師匠", "师匠",
                            "선생님", "스승", "스승님", "형", "오빠", "누나", "언니"})


def _first_person_agent(text: str, lang: str) -> str | None:
    pat = _FIRST_PERSON_AGENT.get(lang)
    m = pat.search(text) if pat is not None else None
    return m.group(1) if m else None


# A Chinese pronoun right after one of these is their object (给他, 把她, 叫他).
_ZH_OBJECT = re.compile("[给把让叫帮跟和对被替为向陪带喂请教送管称]$")

# "She's the Albatross": the article between the identity cue and the name.
_ARTICLES = re.compile(r"(?: (?:the|a|an|called|named|just|old))+$")


# "May 3, my dear": an endearment, not an owner.
_VOCATIVE = re.compile(r"(?:^| )my (?:dear|dearest|darling|love|friend|boy|girl|lad|lass|child|lord|lady|liege|sweet|"
                       r"sweetie|honey|dearie|good (?:man|sir|woman|friend))$")


def _english_i_does(text: str) -> str | None:
    """"i <verb>" in canonical English ("the boat i sail"), unless the verb is one of knowing
    ("as i recall") or saying (the self_said rule decides those)."""
    tokens = text.split(" ")
    knowing = set(cues("en").get("cognition")) | {"said", "say", "told", "mean", "meant", "hope", "bet", "see"}
    for a, b in zip(tokens, tokens[1:]):
        if a == "i" and b not in knowing and b not in ("m", "d", "ll", "ve"):
            return f"i {b}"
    return None


def _claimed_around(ans: Answer, ci: int, lang: str) -> str | None:
    """The clauses around a user's fact that make it the character's: an apposition after it
    ("Thunder, my trusty grey steed"), an echoed question before it ("My horse? Thunder"), or the
    character saying it said so ("左利きだと私は言いました", "我说过")."""
    cl = ans.clauses[ci]
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    said = _has(sentence, lang, "self_said")
    if said and not _has(sentence, lang, "second_person"):
        return said.strip()
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.sentence == cl.sentence and not _VOCATIVE.fullmatch(nxt.text):
        own = cue_at_start(nxt.text, lang, "possessive")
        if own and not _has(nxt.text, lang, "second_person"):
            return own.strip()
    prev = ans.clauses[ci - 1] if ci > 0 else None
    if prev is not None and prev.question:
        # "My horse? Thunder", "Me? Lisbon", "我？里斯本呗"
        own = cue_at_start(prev.text, lang, "possessive") or (
            prev.text in ("me", "i", "我", "俺", "私", "わたし", "僕", "俺", "저", "저요", "나", "나요") and prev.text)
        if own and not _has(prev.text, lang, "second_person"):
            return own.strip()
    return None


def _narrator(ans: Answer, ci: int, lang: str) -> str | None:
    """A clause up to the keyword's that opens with a third-person pronoun and a verb of knowing
    ("他记着呢：你下周三去西安", "彼はちゃんと覚えとるよ", "He remembers: ..."): the character
    narrated from outside. Only asked when the question is about the character or the user, so
    the pronoun has no one else to stand for."""
    for cl in ans.clauses[:ci + 1]:
        third = cue_at_start(cl.text, lang, "third_person")
        if third and _has(cl.text, lang, "cognition") and not _has(cl.text, lang, "first_person"):
            return third.strip()
    return None


def _gold_predicate(prep: PreparedTruth, term: Term, lang: str) -> bool:
    """The gold answer itself says "I am <keyword>" with nothing else as the topic ("아뇨, 외동이에요":
    I am an only child): then "저는 외동이에요" is no claim to be someone else. ("이름은 콩떡이야" has
    the name as its topic: "나는 콩떡이야" is the hamster speaking.)"""
    gold = analyse(prep.truth.answer, lang)
    for pos in gold.find(term):
        ci = gold.clause_index(pos)
        head = _before(gold, ci, pos)
        if (not head or _ends_with_cue(head, lang, "self_identity")) and _COPULA[lang].match(_rest(gold, ci, pos, term)):
            return True
    return False


def _rest(ans: Answer, ci: int, pos: int, term: Term) -> str:
    """The clause's text right after an occurrence (CJK: characters; Latin: whole tokens, since
    stemming keeps the token count but not the length)."""
    if term.cjk:
        return ans.match[pos + len(term.norm):ans.clauses[ci].end].strip()
    end = pos
    for _ in range(term.norm.count(" ") + 1):
        nxt = ans.match.find(" ", end + 1)
        end = len(ans.match) if nxt == -1 else nxt
    return _after(ans, ci, end)


# A copula closing an "I am X" clause, per language (after the keyword, in canonical text).
_COPULA = {
    "ja": re.compile(r"^(?:だ|です|でございます|じゃ|や|っす|なの|だよ|だわん|だにゃ)"),
    "ko": re.compile(r"^(?:이야|야|이에요|예요|입니다|이다|란다|이지|지)"),
    "zh": re.compile(r"^(?:$|啊|呀|哦|啦)"),
    "en": re.compile(r"^$"),  # canonical text has no punctuation: "I'm Pretzel!" -> "i m pretzel"
}


def occurrence_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why one occurrence does not assert its keyword, or None (see the module doc)."""
    cl = ans.clauses[ci]
    allowed = prep.allowed_cues
    if cl.question and "question" not in allowed:
        return "asked back"
    # Cue words inside the keyword itself ("형제가 없", "泳げない") say nothing about asserting it.
    own = term.canon
    text = cl.text.replace(own, " ", 1) if own and own in cl.text else cl.text
    lang = ans.language
    user_fact = prep.truth.subject == "user" or prep.truth.focus == "conversation_memory"
    # A condition or a report opens the whole sentence: "If I had a cat, I'd call him X",
    # "People back home say, well, X".
    earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
    sentence = None
    for kind, label in (("conditional", "conditional"), ("hearsay", "attributed to others"),
                        ("rumour", "attributed to others"), ("doubt", "not asserted (doubt)"), ("negation", "negated")):
        if kind in allowed or (kind == "rumour" and "hearsay" in allowed and not user_fact):
            continue
        if kind == "hearsay" and user_fact:
            continue  # "You said your exam is on March 14" recalls the user's words: right for CM
        scope = text if kind == "negation" or not earlier else f"{earlier} {text}"
        if kind == "rumour" and user_fact:  # "치과의사라고 들었어요, 누군가한테": the source may come after
            sentence = sentence or " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
            scope = sentence.replace(own, " ", 1) if own and own in sentence else sentence
        cue = _has(scope, lang, kind) or (_has(scope, "en", kind) if lang != "en" and text.isascii() is False
                                           and any("a" <= c <= "z" for c in text) else None)
        if cue:
            return f"{label} ('{cue.strip()}')"
    if "rhetorical" not in allowed:
        turn = _has(cl.text, lang, "rhetorical")  # unmasked: "哪会" shares its 会 with "会游泳"
        if turn:
            return f"negated (rhetorical '{turn.strip()}')"
    if lang == "ja" and "negation" not in allowed and _rest(ans, ci, pos, term).startswith(("なんて", "なんか")):
        # "大漁丸なんて船、聞いたこともねえ": なんて sets the keyword up to be dismissed later on
        sentence = " ".join(c.text for c in ans.clauses[ci:] if c.sentence == cl.sentence)
        cue = _has(sentence.replace(own, " ", 1) if own else sentence, lang, "negation")
        if cue:
            return f"negated ('{cue.strip()}')"
    if lang in ("ja", "ko") and "negation" not in allowed:
        # "盆栽も俳句も、私は全然やりません", "바둑도 그림도, 전 안 해요": a topic or object list whose
        # verb comes later in the sentence takes that verb's negation
        cue = _verb_later_negated(ans, ci, lang)
        if cue:
            return f"negated ('{cue}')"
    if "hearsay" not in allowed and "rumour" not in allowed:
        tag = _rumour_tag(ans, ci, lang)
        if tag:
            return f"attributed to others ('{tag}')"
    if "hearsay" not in allowed:
        before = f"{earlier} {_before(ans, ci, pos)}".strip()
        verb = _reported(before, lang, user_fact)
        if verb:
            return f"attributed to others ('{verb}')"
    if lang == "en" and prep.asks_name and _lower_case_name(ans.raw, term.raw):
        return f"not the name ('{term.raw.lower()}' written as a common word)"
    if relation_nouns(term.norm):
        owner = _relatives_relative(_before(ans, ci, pos))
        if owner:
            return f"names another person's relative ('{owner}')"
    if term.numeric:
        unit = _unit_mismatch(ans, pos, term, prep, lang)
        if unit:
            return unit
    return perspective_issue(ans, ci, pos, term, prep)


def _lower_case_name(raw: str, name: str) -> bool:
    """A name asked for ("Marmalade") that an answer which capitalises its sentences only ever writes
    in lower case ("toast with marmalade"): the common word, not the name."""
    if not name[:1].isupper() or " " in name.strip() or not name.isascii():
        return False
    found = [m.group(0) for m in re.finditer(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", raw, re.IGNORECASE)]
    return bool(found) and all(f[:1].islower() for f in found) and raw.lstrip()[:1].isupper()


def _relatives_relative(before: str) -> str | None:
    """"父の兄", "爸爸的哥哥", "아버지의 형", "my father's brother": a relation keyword owned by another
    relative is that relative's, not the character's."""
    for mark in ("の", "的", "의", " s"):
        if before.endswith(mark):
            head = before[: len(before) - len(mark)].rstrip()
            tail = head.rsplit(" ", 1)[-1] if head.isascii() else head[-4:]
            found = relation_nouns(tail)
            if found:
                return f"{sorted(found)[0]}{mark.strip()}"
    return None


_VERBLESS_END = {"ja": ("も", "は", "を", "が", "とか", "なんて", "なんか", "や"), "ko": ("도", "은", "는", "을", "를", "이나", "나")}


def _verb_later_negated(ans: Answer, ci: int, lang: str) -> str | None:
    """The negation of the verb that a verbless clause (ending in a particle) waits for, later in its
    sentence and before any other verb clause."""
    cl = ans.clauses[ci]
    if not cl.text.endswith(_VERBLESS_END[lang]):
        return None
    for nxt in ans.clauses[ci + 1:]:
        if nxt.sentence != cl.sentence:
            return None
        if nxt.text.endswith(_VERBLESS_END[lang]):
            continue  # the list goes on
        cue = _has(nxt.text, lang, "negation")
        return cue.strip() if cue else None
    return None


def _rumour_tag(ans: Answer, ci: int, lang: str) -> str | None:
    """A rumour cue tagged on as the next clause of the sentence ("A raven, reportedly.",
    "Albatross, they say.")."""
    if ci + 1 >= len(ans.clauses) or ans.clauses[ci + 1].sentence != ans.clauses[ci].sentence:
        return None
    nxt = ans.clauses[ci + 1].text
    cue = cue_at_start(nxt, lang, "rumour")
    if cue is None:
        return None
    rest = nxt[len(cue.strip()):].strip()
    return cue.strip() if (len(rest.split(" ")) <= 2 if nxt.isascii() else len(rest) <= 3) else None


def _reported(before: str, language: str, user_fact: bool = False) -> str | None:
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
                if not user_fact or any(p in rumoured for p in prev) or not any(p in second for p in prev):
                    return t
        return None
    if user_fact:
        return None  # CJK: the rumour cues name the unnamed source themselves (有人说, 誰か, 누가)
    for w in words:
        k = before.find(w)
        if k > 0 and not any(before[max(0, k - len(f)):k] == f for f in first):
            return w
    return None


# Spellings of one unit.
_UNIT_SAME = {"year": "years", "old": "years", "세": "살", "才": "岁", "歳": "岁", "kilos": "kg", "lbs": "pounds",
              "ft": "feet", "キロ": "kg", "킬로": "kg", "公斤": "kg"}


def _unit_mismatch(ans: Answer, pos: int, term: Term, prep: PreparedTruth, language: str) -> str | None:
    """A number keyword followed by another unit than the gold answer gives it: another quantity."""
    gold_unit = prep.keyword_units.get(term.norm)
    if not gold_unit:
        return None
    after = ans.match[pos + len(term.norm):pos + len(term.norm) + 12].strip().split(" ")[0]
    units = _units(language)
    found = next((u for u in units if after == u or (not u.isascii() and after.startswith(u))), None)
    if found and _UNIT_SAME.get(found, found) != _UNIT_SAME.get(gold_unit, gold_unit):
        return f"another quantity ('{term.raw} {found}', the answer is in {gold_unit})"
    return None


@lru_cache(maxsize=8)
def _units(language: str) -> frozenset[str]:
    """Unit words as written and in match form (the answer's match text stems "pounds" to "pound")."""
    words = set(cues("en").get("units")) | set(cues(language).get("units"))
    return frozenset(words | {match_form(w) for w in words})


def _taken_back(ans: Answer, ci: int) -> str | None:
    """A later clause that rejects or corrects what came before ("X? No, Y", "X, no wait, Y")."""
    lang = ans.language
    for j in range(ci + 1, min(len(ans.clauses), ci + 3)):
        text = ans.clauses[j].text
        rej = find_cue_first(text, lang, "reject")
        if rej and text == rej:
            return rej
        cor = find_cue_first(text, lang, "correction")
        # "豆豆，不是毛毛哦" says what it is not; "豆豆？不是，是毛毛" takes it back
        if cor and not (cor.strip() in _NOT_X and text != cor.strip()):
            return cor
        if lang != "en":
            rej = find_cue_first(text, "en", "reject")
            if rej and text == rej:
                return rej
    return None


_NOT_X = ("不是", "不对")


def _negation_near(ans: Answer, pos: int, term: Term, issue: str) -> bool:
    """Whether the negation that made ``issue`` bears on the keyword itself: close before it
    (en/zh: "not Pretzel", "不是X") or right after it (ja/ko: "Xじゃない", "X가 아니"). A negation
    far away in a long clause ("将棋は祖父に一度も勝てたことがない") does not take the keyword back."""
    cue = issue.split("'")[1] if "'" in issue else ""
    cl = ans.clauses[ans.clause_index(pos)]
    own = term.canon
    k = cl.text.find(own)
    c = cl.text.find(cue)
    if k == -1 or c == -1 or not cue:
        return True
    gap = c - (k + len(own)) if c >= k else k - (c + len(cue))
    return gap <= (16 if cl.text.isascii() else 6)


def _mentions(ans: Answer, alternatives: tuple[Term, ...]) -> list[tuple[Term, int]]:
    """Occurrences of an item's alternatives, the longest kept where they overlap ("Sir Wartsworth"
    and its "Wartsworth" are one mention, judged with everything before "Sir")."""
    spans = sorted(((pos, alt) for alt in alternatives for pos in ans.find(alt)),
                   key=lambda x: (-len(x[1].norm), x[0]))
    kept: list[tuple[Term, int]] = []
    for pos, alt in spans:
        end = pos + len(alt.norm)
        if not any(pos < p + len(a.norm) and end > p for a, p in kept):
            kept.append((alt, pos))
    return sorted(kept, key=lambda x: x[1])


def _kanji_spellings(ans: Answer, alternatives: tuple[Term, ...]) -> tuple[Term, ...]:
    """A kana keyword ("ひまわり") written in kanji by the answer ("向日葵"), read from the answer."""
    out = []
    for alt in alternatives:
        if alt.kana:
            out += [make_term(w) for w in kanji_spelled(ans.raw, alt.norm)]
    return tuple(out)


def judge_item(ans: Answer, alternatives: tuple[Term, ...], prep: PreparedTruth) -> ItemVerdict:
    """The verdict of one keyword item (any alternative)."""
    first_issue: ItemVerdict | None = None
    clean: ItemVerdict | None = None
    far_negations: list[ItemVerdict] = []
    mentions = _mentions(ans, alternatives)
    if not mentions and ans.language == "ja":
        alternatives = alternatives + _kanji_spellings(ans, alternatives)
        mentions = _mentions(ans, alternatives)
    for alt, pos in mentions:
        if True:
            ci = ans.clause_index(pos)
            issue = occurrence_issue(ans, ci, pos, alt, prep)
            if issue is None:
                back = _taken_back(ans, ci)
                if back is not None and not any(ans.clause_index(p) > ci + 1 for _, p in _mentions(ans, alternatives)):
                    issue = f"taken back ('{back}')"
            if issue is not None:
                if issue.startswith(_VOIDING):
                    if issue.startswith("negated") and not _negation_near(ans, pos, alt, issue):
                        far_negations.append(ItemVerdict(False, alt.raw, pos, issue))
                        continue
                    return ItemVerdict(False, alt.raw, pos, issue)
                if first_issue is None:
                    first_issue = ItemVerdict(False, alt.raw, pos, issue)
            elif clean is None:
                clean = ItemVerdict(True, alt.raw, pos, None)
    if clean is not None:
        return clean
    if far_negations and first_issue is None:
        return far_negations[0]
    return first_issue if first_issue is not None else ItemVerdict(False, None, -1, None)


def negatives_asserted(ans: Answer, prep: PreparedTruth, items: list[ItemVerdict]) -> list[str]:
    """Negative keywords the answer offers as a value: asserted (a negated one, "not Duluth", is
    no hedge) and either in a sentence with a keyword, or bare ("Pretzel. Ember."), or in an
    answer without any keyword. A negative in a sentence about something else ("My dog is
    Pretzel. Anchor is my neighbour's dog.") is colour, not a second value."""
    kw_sentences = {ans.clauses[ans.clause_index(v.position)].sentence for v in items if v.position >= 0}
    subject = _subject(prep)
    out = []
    for t in prep.negatives:
        for pos in ans.find(t):
            ci = ans.clause_index(pos)
            cl = ans.clauses[ci]
            # A cue inside the negative itself ("无锡", "未婚") negates nothing.
            own = cl.text.replace(t.canon, " ", 1) if t.canon and t.canon in cl.text else cl.text
            doubt = cl.question and _has(cl.text, ans.language, "self_doubt")
            if (cl.question and not doubt) or _has(own, ans.language, "negation") or _taken_back(ans, ci):
                continue
            if _conceded(ans, ci, items):
                continue  # "カレーも好きだけど、一番は肉じゃが": a concession beside the answer
            if _owned_by_the_other_speaker(ans, ci, subject) or (
                    (_has(cl.text, ans.language, "possessive") or _has(cl.text, ans.language, "first_person"))
                    and relation_nouns(cl.text) - prep.question_relations):
                continue  # "Yours is Thunder. Mine's Ember.": the other one's value, not a second answer
            bare = len(cl.text.split(" ")) <= 3 if cl.text.isascii() else len(cl.text.replace(" ", "")) <= len(t.norm) + 3
            if not kw_sentences or cl.sentence in kw_sentences or bare or doubt or _offered_as_value(ans, ci, pos, t):
                out.append(t.raw)
                break
    return out


def _offered_as_value(ans: Answer, ci: int, pos: int, t: Term) -> bool:
    """A negative offered as the value by a copula ("干支は卯です", "두부였죠", "제빵사이기도 하고요",
    "三鷹やったか", "一番はショートケーキかな", "其实是草莓蛋糕", "the best one is Toffee"): a second
    answer even in a sentence without the keyword, unlike "ショートケーキより" or "개성은 지나가는 길이오"."""
    lang = ans.language
    before = _before(ans, ci, pos)
    if cues(lang).get("copula_before") and _ends_with_cue(before, lang, "copula_before"):
        return True
    rest = ans.clauses[ci].text[len(before):].lstrip()
    if not t.canon or not rest.startswith(t.canon):
        return False
    rest = rest[len(t.canon):]
    return any(rest.startswith(w.strip()) for w in cues(lang).get("copula_after") if w.strip())


def _conceded(ans: Answer, ci: int, items: list[ItemVerdict]) -> bool:
    """A negative in a clause that concedes it ("糖醋排骨也还行吧", "カレーも好きだけど", "된장찌개도
    좋지만", "fish and chips is fine too, though") while the keyword is asserted in another clause,
    without a 'maybe' on either side."""
    text = ans.clauses[ci].text
    if ci + 1 < len(ans.clauses) and ans.clauses[ci + 1].sentence == ans.clauses[ci].sentence:
        text += " " + ans.clauses[ci + 1].text  # the splitter may cut the connective off ("かれーも好き", "だけど")
    if not _has(text, ans.language, "concession") or _has(ans.clauses[ci].text, ans.language, "superlative"):
        return False  # "though the best is lemon tart" offers the negative, it does not concede it
    kw = {ans.clause_index(v.position) for v in items if v.matched and v.position >= 0}
    if not kw or ci in kw:
        return False
    return not any(clause_cue(ans, j, "uncertain") for j in (ci, *kw))


def _subject(prep: PreparedTruth) -> str:
    return prep.truth.subject or ("self" if prep.truth.focus == "script_knowledge" else
                                  question_subject(prep.truth.question))


def _owned_by_the_other_speaker(ans: Answer, ci: int, subject: str) -> bool:
    """A clause that gives its value to the other party of the conversation (or, in the caller,
    to someone the question does not ask about: "毛毛是我邻居家的狗"): the character's own
    ("mine's Ember", "我邻居家的") when the question asks about the user's, the user's ("yours is
    Ember", "あなたはバラ") when it asks about the character's."""
    text = ans.clauses[ci].text
    lang = ans.language
    first = _has(text, lang, "first_person") or _has(text, lang, "possessive")
    second = _has(text, lang, "second_person")
    if subject == "user":
        return bool(first) and not second
    return bool(second) and not first


def polarity_flipped(ans: Answer, prep: PreparedTruth) -> str | None:
    """A yes/no question answered the other way round from the gold answer ("No, ..." when the
    character does have a cat), or any question whose premise the answer denies while the gold
    answer does not ("I don't keep a cat ... Marmalade is for toast" asked for the cat's name)."""
    if not ans.clauses:
        return None
    if not prep.yes_no:
        return _premise_denied(ans, prep)
    first_clause = next((c for c in ans.clauses if not c.question), None)
    if first_clause is None:
        return None
    first = first_clause.text
    lang = ans.language
    if prep.yes_no == "yes":
        cue = says_no(first, lang)
        if cue and (first == cue or lang != "en"):
            return f"answers '{cue}' to a yes/no question whose answer is yes"
    else:
        cue = find_cue_first(first, lang, "yes")
        if cue and first == cue:
            return f"answers '{cue}' to a yes/no question whose answer is no"
    return None


def _premise_denied(ans: Answer, prep: PreparedTruth) -> str | None:
    if not prep.question_units or prep.gold_negated:
        return None
    keyword_clauses = {ans.clause_index(p) for alts in prep.items for a in alts for p in ans.find(a)}
    if not keyword_clauses:
        return None
    # Only a denial that comes first sets the answer's frame: a negation after the answer is
    # colour ("깨비는 312살이지! 깨비보다 나이 많은 도깨비는 없어!").
    for ci, cl in enumerate(ans.clauses[:min(keyword_clauses)]):
        if cl.question:
            continue
        cue = clause_cue(ans, ci, "negation")
        if cue and content_units(cl.text) & prep.question_units:
            return f"denies what the question asks about ('{cl.text}')"
    return None
