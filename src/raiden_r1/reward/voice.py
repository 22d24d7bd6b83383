"""Whose voice carries a keyword: is it the character speaking of its own fact (or recalling the
user's as the user's)? Third person about oneself ("She is from X", "<name>'s father is X", "他记着
呢"), the character claiming someone else's fact or identity ("I'm Pretzel", "我就是你女儿"), or
the user's fact claimed as the character's own (CM: "my dog is X") are read here, per occurrence,
over the clause and the sentence that carry it. assertion.py asks, for each occurrence, this and
the other reasons an occurrence does not assert its keyword.
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term, canonical, make_term
from raiden_r1.data.perspective import question_subject, relation_nouns, starts_with_relation

from .analysis import Answer, analyse, cue_at_start, cue_in_text
from .speaker_roles import acts_on_named, ko_humble_i, object_after
from .animal_classes import same_animal
from .lexicon import cues
from .matching import PreparedTruth
from .question_frames import user_acts

def clause_before(ans: Answer, ci: int, pos: int) -> str:
    """The canonical text of clause ``ci`` before match offset ``pos`` (stemming keeps tokens
    one-to-one, so the token count locates it)."""
    cl = ans.clauses[ci]
    head = ans.match[cl.start:pos]
    k = head.count(" ")
    tokens = cl.text.split(" ")
    last = head.rsplit(" ", 1)[-1]
    return " ".join(tokens[:k] + [tokens[k][:len(last)] if k < len(tokens) else ""]).strip()


def clause_after(ans: Answer, ci: int, end: int) -> str:
    cl = ans.clauses[ci]
    tail = ans.match[end:cl.end]
    n = tail.count(" ")
    tokens = cl.text.split(" ")
    return " ".join(tokens[len(tokens) - n - (0 if tail.startswith(" ") else 1):]).strip() if n or tail else ""


def ends_with_cue(text: str, language: str, kind: str) -> str | None:
    words = _stripped_cues(language, kind)
    if not text.endswith(words):  # (each test below needs this one: most texts fail here at once)
        return None
    for w in words:
        if text == w or text.endswith(" " + w) or (not w.isascii() and text.endswith(w)):
            return w
    return None


@functools.lru_cache(maxsize=512)
def _stripped_cues(language: str, kind: str) -> tuple[str, ...]:
    return tuple(w for w in (w.strip() for w in cues(language).get(kind)) if w)


_has = cue_in_text  # a cue of a kind anywhere in a canonical text


def name_subject(text: str, prep: PreparedTruth, language: str, skip: tuple[int, int] | None) -> str | None:
    """The character's own name used as a third-person subject or possessive in ``text``."""
    particles = cues(language).get("name_particles")
    for short in prep.short_names:  # a one-character name only as the clause's first word ("凪は19歳")
        if text.startswith(short) and _subject_particle(text[1:].lstrip(), particles):
            return short
    for family in prep.surnames:  # a family name alone as the clause's subject ("佐伯は34歳です")
        if len(family) >= 2 and not family.isascii() and text.startswith(family) and \
                _subject_particle(text[len(family):].lstrip(), particles):
            return family
    if language == "en":
        m = _en_titled_surname(prep.names, prep.titles).match(text)
        if m:  # "Old Thackeray's got three", "Sergeant Brandt was born…": the family name behind a title
            return m.group(0)
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
                    # "Tomasz takes the stage at 9:30": the name as the subject of a verb in -s
                    # (not the rest of the name itself: "Ifeoma Okonkwo-Reyes", the "reyes" no verb)
                    in_name = any(f"{name} {nxt}" in n for n in prep.names)
                    if not in_name and (nxt in particles or prev == "of" or (start == 0 and _EN_VERB_S.fullmatch(nxt))):
                        return name
                elif _subject_particle(rest, particles) or prev.endswith("的"):
                    return name
            start = text.find(name, end)
    return None


_EN_ADDRESS = ("old", "young", "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "good old")


@functools.lru_cache(maxsize=1024)
def _en_titled_surname(names: tuple[str, ...], titles: tuple[str, ...]) -> re.Pattern[str]:
    surnames = {n.split(" ")[-1] for n in names if n.isascii() and " " in n and len(n.split(" ")[-1]) >= 3}
    if not surnames:
        return re.compile("(?!)")
    before = "|".join(re.escape(t) for t in sorted({*_EN_ADDRESS, *(t for t in titles if t.isascii())}, key=len, reverse=True))
    verbs = "|".join(re.escape(p) for p in cues("en").get("name_particles"))
    fam = "|".join(re.escape(x) for x in sorted(surnames))
    return re.compile(rf"^(?:the )?(?:{before}) (?:{fam}) (?:{verbs})\b")


# The user as the subject of a fact ("you teach piano", "你属虎", "네가 간호사잖아"), not its owner
# ("yours is Thunder", "你闺女的…") and not the one who said it ("you said piano", "你上次说…").
_YOU_DO = {"en": re.compile(r"^you(?: re| are| were| ve| d| ll)? (?!said|told|mentioned|say|just said|named|called|call|nicknamed)[a-z]"),
           "zh": re.compile(r"^(?:你|您)(?:属|是|在|教|弹|当|做|住|叫|喜欢|养|会|学)"),
           "ko": re.compile(r"^(?:네가|니가|당신이|너는|당신은) (?!말|그랬|얘기)")}

_LATIN_WORD = re.compile(r"[a-z]")
# A clause naming something of its own ("我家狗叫豆豆", "my dog's called Rex"), not an apposition.
_OWN_NAMING = re.compile(r"叫|名字|called|named|name is|name s|名前|という|って|이름|라고")
_ALSO = {"en": re.compile(r"\b(?:too|also|as well)\b"), "zh": re.compile("也"), "ja": re.compile("も"),
         "ko": re.compile(r"[가-힣]도(?: |$)")}
_EN_VERB_S = re.compile(r"[a-z]{2,}[^su\W]s|[a-z]+(?:ches|shes|sses|xes|ies)")

# "なぎって呼んでね", "凪っていいます": the name quoted to say what one is called, not a subject.
_NAMING_VERB = ("呼", "よん", "よば", "言い", "いい", "いう", "言う", "申")


def _subject_particle(rest: str, particles: tuple[str, ...]) -> bool:
    for p in particles:
        if not rest.startswith(p) or (p == "って" and rest[2:].lstrip().startswith(_NAMING_VERB)):
            continue
        # a Korean particle ends its word: "월선이 서른" narrates, "월선이에요"/"월선이오" names the speaker
        if _HANGUL.match(p) and _HANGUL.match(rest[len(p):len(p) + 1]):
            continue
        return True
    return False


_HANGUL = re.compile("[가-힣]")


_SIGN_ON = re.compile(r"^(?:here|speaking|reporting|in the house|checking in)$")


def perspective_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why an occurrence is not the character speaking of its own fact, or None."""
    lang = ans.language if ans.language in ("en", "zh", "ja", "ko") else "en"
    cl = ans.clauses[ci]
    before = clause_before(ans, ci, pos)
    subject = fact_subject(prep)
    # Person is judged over the keyword's sentence: "Your pet: Pretzel" is one statement.
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    opening = next(c.text for c in ans.clauses if c.sentence == cl.sentence)  # the sentence's first clause
    lead_in = " ".join(c.text for c in ans.clauses[:ci + 1] if c.sentence == cl.sentence)
    first = _has(sentence, lang, "first_person") or (
        prep.truth.self_name and next((n for n in prep.names if n in lead_in), None))  # "老金跟您说啊，老金是…"
    second = _has(lead_in, lang, "second_person")  # "58了，你问这干啥？" asks back after answering
    # Third-person pronoun before the keyword with no first-person word between it and the keyword.
    # About the user's people (CM), "her name is Lena" is how the character recalls them.
    third = _has(before, lang, "third_person") if subject != "user" else None
    if third and lang == "zh" and _ZH_OBJECT.search(before[:before.rfind(third.strip())]):
        third = None  # "我给他起名叫雪团": the pronoun is an object, the character the subject
    if third and lang == "en" and third.strip() == "her" and _EN_OBJECT_HER.search(before):
        third = None  # "I'm meeting her at 7:40": "her" the object of the character's verb, not "her father"
    if third:
        after_third = before[before.rfind(third.strip()) + len(third.strip()):]
        identity = ends_with_cue(_ARTICLES.sub("", before) if lang == "en" else before, lang, "identity_third")
        own_name = any(n in term.norm or term.norm in n for n in prep.names)
        # "他师父是玄机子", "his master is ...": the pronoun owns the relative, so it stands for the character
        after = after_third.lstrip().removeprefix("的").removeprefix("の").removeprefix("의").lstrip()
        # "这位甜点师的竞争对手": the pronoun with its noun owns the relative
        owner = starts_with_relation(after) or (lang == "zh" and 0 < after.find("的") <= 4
                                                 and starts_with_relation(after[after.find("的") + 1:]))
        # "Which city is your cousin in now?" - "She is in Lisbon": the pronoun stands for the relative asked about
        # (in a conversation, and only a subject pronoun: "her father is X" is still the character narrated)
        asked = prep.truth.focus == "conversation_memory" and bool(_asked_relations(prep)) and \
            third.strip() in _SUBJECT_PRONOUNS and not after.startswith(("的", "の", "의"))
        if not _has(after_third, lang, "first_person") and (owner or not ((identity and subject == "other" and not own_name)
                                                                        or asked)):
            return f"third person ('{third.strip()}')"
    if lang == "en" and subject == "self" and not prep.truth.self_name and not _asked_relations(prep):
        # "Born in Galway, so he was.": a tag after the fact names who it is about
        tag = next((c.text for c in ans.clauses[ci + 1:] if c.sentence == cl.sentence and _EN_TAG.fullmatch(c.text)), None)
        if tag:
            return f"third person ('{tag}')"
    if subject in ("self", "user") and not prep.truth.self_name:
        narrator = _narrator(ans, ci, lang)
        if narrator:
            return f"third person ('{narrator}')"
    if subject == "self" and not _asked_relations(prep) and lang in _BY_ROLE:
        # "この寿司職人の出身は函館です": the character as "this sushi chef", seen from outside
        # (or its sentence's opening clause: "この子はね、きなこもちが…")
        m = _BY_ROLE[lang].match(cl.text) or _BY_ROLE[lang].match(before) or _BY_ROLE[lang].match(opening)
        own = next((g for g in m.groups() if g), None) if m and m.groups() else None
        if own and any(own in n or n in own for n in prep.names):
            m = None  # "이 연화가 태어난 곳은…": the character's own name, said with a flourish
        if m and lang == "ko" and ko_humble_i(m.group(0), prep):
            m = None  # "저 오이 진짜 못 먹어요": 저 is "I" (its particle dropped) before the value itself
        if m:
            return f"third person ('{m.group(0)}')"
    if subject == "other" and lang in _BY_ROLE:
        # "그 아이의 염소는…", "この子の犬は…": the character as "that child", owning what is asked about
        m = _BY_ROLE[lang].match(opening)
        if m and m.group(0).rstrip().endswith(("의", "の", "的")):
            return f"third person ('{m.group(0).strip()}')"
    if subject in ("self", "other") and prep.titles and (subject == "other" or not _asked_relations(prep)
                                                         or _title_owner(opening, prep, lang)):
        title = _own_title_subject(opening, prep, lang)
        # (a profile that says the character calls itself by the title: "refers to herself as 'the Captain'")
        if title and not prep.truth.self_name:
            return f"third person (its own title '{title}')"
    if not prep.truth.self_name or term.norm in " ".join(prep.names):
        tl = cl.text
        kw = tl.find(term.norm) if term.cjk or not ans.match else -1
        name = name_subject(tl, prep, lang, (kw, kw + len(term.norm)) if kw != -1 else None)
        if name and not (prep.truth.self_name and not third):
            return f"third person (the character's own name '{name}')"
    if prep.truth.self_name and subject == "self" and (name := name_subject(cl.text, prep, lang, None)):
        # "阿琴嬷的摊子在饶河街夜市，她每天五点出摊": a character that names itself does not go on
        # to call itself "she": the name and the pronoun narrate it (unless someone else came between)
        later = " ".join(c.text for c in ans.clauses[ci + 1:] if c.sentence == cl.sentence)
        pron = cue_at_start(later, lang, "third_person") if later else None
        if pron and not relation_nouns(later) and not any(make_term(o).canon in later for o in prep.truth.others):
            return f"third person ('{name}' … '{pron.strip()}')"
    if subject == "self":
        said = _has(sentence, lang, "you_said")
        if said:  # "周三，你自己说的呀", "お客様がおっしゃってましたよね": its own fact, given to the user
            return f"gives its own fact to the user ('{said.strip()}')"
    if subject in ("self", "other"):
        if second and not first:
            if prep.truth.focus == "script_knowledge":
                return f"speaks of itself in the second person ('{second.strip()}')"
            return f"gives its own fact to the user ('{second.strip()}')"
    if subject != "user" and _asked_relations(prep):
        # "俺が発表会で月の光を弾くんや" asked what the daughter plays, "I got a job in Dundee" asked
        # which brother did: the character makes itself the doer of someone else's fact
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        agent = _first_person_agent(f"{earlier} {before}".strip(), lang)
        if agent and prep.asks_name and not _has(f"{earlier} {before}", lang, "ended") and \
                acts_on_named(before, clause_rest(ans, ci, pos, term), _first_person_agent(before, lang), lang):
            agent = None  # "I walk her every morning, Crumpet": the character does something to the one named
        if agent and not _first_person_agent(prep.answer_norm, lang) and not _has(f"{earlier} {before}", lang, "cognition"):
            return f"claims someone else's fact as its own ('{agent}')"
    if subject == "user" and prep.question_relations and lang in ("en", "zh", "ko"):
        # "You teach piano, don't you?" asked what the user's sister does: the relative's fact given
        # to the user (not "Your sister teaches piano", "你儿子属虎")
        you = _YOU_DO[lang].match(opening)
        # (not "네가 콩이라고 했잖아": the user said it, which is how the fact is recalled)
        # (nor "You went with Juniper" asked what the user named the hamster: the user's own act)
        if you and not relation_nouns(sentence) and not cue_in_text(sentence, lang, "kin") and \
                not cue_in_text(sentence, lang, "you_said") and not user_acts(prep.question_norm, lang):
            return f"gives the fact of the user's {'/'.join(sorted(prep.question_relations))} to the user ('{you.group(0).strip()}')"
    if subject == "user":
        if _ALSO[lang].search(cl.text) and relation_nouns(cl.text) - prep.question_relations - prep.gold_relations:
            return None  # "우리 누나 이름도 지민인데", "我家狗也叫团子": the same value, of something else of mine
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        lead = f"{earlier} {before}".strip()
        # (English words in a CJK answer are read as English too: "I'm 4월 9일이에요" claims the date)
        mine = _has(lead, lang, "self_subject") or _has(cl.text, lang, "possessive") or (
            lang != "en" and _LATIN_WORD.search(lead) is not None and _has(lead, "en", "self_subject")) or (
            prep.truth.self_name and name_subject(lead, prep, lang, None))
        if not mine and cue_at_start(lead, lang, "first_person") and not _has(lead, lang, "cognition"):
            mine = cue_at_start(lead, lang, "first_person")  # "I grew up in Penzance" (the user did)
        # "... tell you about my best friend, Elena": the owner right before the keyword decides.
        tail = " ".join(lead.split(" ")[-4:]) if lead.isascii() else lead[-6:]
        if _has(tail, lang, "possessive") and not _has(tail, lang, "second_person"):
            return f"claims the user's fact as its own ('{_has(tail, lang, 'possessive').strip()}')"
        if mine and not _has(lead, lang, "second_person"):
            return f"claims the user's fact as its own ('{mine.strip()}')"
        # "Lisbon is where I'm flying", "里斯本是我要去的地方", "リスボンに行くのは私です": the owner after it
        rest = clause_rest(ans, ci, pos, term)
        after_mine = _has(rest, lang, "self_subject") or (_english_i_does(rest) if lang == "en" else None)
        if after_mine and not _VOCATIVE.search(rest) and not _has(cl.text, lang, "second_person"):
            return f"claims the user's fact as its own ('{after_mine.strip()}')"
        # "Lisbon, like me.", "来週リスボンに行くの、私！": a short next clause of the sentence that names the
        # character as the one it is true of
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        if nxt is not None and nxt.sentence == cl.sentence and len(nxt.text) <= 12 and not _VOCATIVE.fullmatch(nxt.text) \
                and not _has(nxt.text, lang, "second_person") and not _has(nxt.text, lang, "cognition"):
            mine = cue_at_start(nxt.text, lang, "self_subject") or cue_at_start(nxt.text, lang, "first_person")
            if relation_nouns(nxt.text) - prep.question_relations and _OWN_NAMING.search(nxt.text):
                mine = None  # "是团子，我家狗叫豆豆": the character's own dog named, not the cat asked about
            if mine and (lang != "en" or nxt.text in ("me", "me too", "like me", "same as me", "so am i", "as do i")
                         or _has(nxt.text, lang, "self_subject")):
                return f"claims the user's fact as its own ('{mine.strip()}')"
        claimed = _claimed_around(ans, ci, lang, prep.question_relations) or _relation_claimed(ans, prep, lang)
        if claimed:
            return f"claims the user's fact as its own ('{claimed}')"
        other = next((o for o in prep.truth.others if (c := make_term(o).canon) and c in lead), None)
        if other and not _has(lead, lang, "second_person"):
            return f"gives the user's fact to {other}"
        # "Your brother is flying to Lisbon" asked where the user is flying: a relative the
        # question does not name takes the fact
        named = prep.question_relations | prep.gold_relations
        # ("You called the wee bird Noodle" asked about the parrot: its class names the same animal)
        moved = {n for n in relation_nouns(lead) - named
                 if not same_animal(n, named, canonical(f"{prep.truth.question} {prep.truth.answer}"))}
        if moved:
            return f"gives the user's fact to someone else ('{sorted(moved)[0]}')"
    if prep.gold_self_identity or term.numeric or any(n in term.norm or term.norm in n for n in prep.names):
        return None
    if not before and _SIGN_ON.match(clause_rest(ans, ci, pos, term)):
        return f"claims to be '{term.raw}' ('{term.raw} here')"  # "Moss here!", "Moss speaking"
    claim = ends_with_cue(before, lang, "self_identity") or (_self_name_copula(before, prep) if prep.truth.self_name else None)
    if not claim or _NAMED_BY_ME.get(lang, _NEVER).match(clause_rest(ans, ci, pos, term)) or \
            object_after(clause_rest(ans, ci, pos, term), lang):
        return None  # ("저는 백구라고 불러요", "私はこむぎって呼んでる", "私がこむぎを散歩させる": names it, acts on it)
    # "I am <keyword>" where the gold answer never says so: the character claims to be the relative,
    # the pet, the other person the keyword names. On a yes/no question ("봄이는 동물 있어?") or a
    # question about itself, only a copula right after the keyword makes it a claim of identity
    # ("나는 콩떡이야", "ぼくはおはぎだ"): "나는 콩떡이 좋아" is not one.
    if prep.asks_other_name or (subject == "other" and not prep.yes_no):
        return f"claims to be '{term.raw}' ('{claim}')"
    if (prep.asks_name or subject == "other") and _COPULA.get(lang) and \
            _COPULA[lang].match(clause_rest(ans, ci, pos, term)) and not _gold_predicate(prep, term, lang):
        return f"claims to be '{term.raw}' ('{claim}')"
    return None


# A naming verb right after the keyword: "<I> X-라고 불러요 / X-って呼んでる / X-と名付けた".
_NAMED_BY_ME = {"ko": re.compile(r"^(?:이)?(?:라고|라구) ?(?:불러|부르|부릅|지었|지어|이름 (?:붙|지))"),
                "ja": re.compile(r"^(?:って|と)(?:呼|よ[んば]|名付|なづけ|名づけ)")}
_NEVER = re.compile("(?!)")


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


# Relation nouns a question uses to address the character ("叶老师，…", "顾师傅", "Master, …"), not a relative.
_ADDRESS_NOUNS = frozenset({"老师", "师傅", "师父", "先生", "兄弟", "teacher", "master", "mentor", "boss", "先生", "師匠", "师匠",
                            "선생님", "스승", "스승님", "형", "오빠", "누나", "언니"})


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "他", "她", "彼は", "彼女は", "彼が", "彼女が", "그는", "그녀는", "그가", "그녀가"})
_YOUR = ("你", "您", "your ", "あなたの", "君の", "네 ", "당신의 ", "당신 ")


def _asked_relations(prep: PreparedTruth) -> set[str]:
    """The relatives the question asks about: an address noun ("叶老师，…") only with "your" ("你师父")."""
    return {r for r in prep.question_relations
            if r not in _ADDRESS_NOUNS or any(y + r in prep.question_norm for y in _YOUR)}


def _first_person_agent(text: str, lang: str) -> str | None:
    pat = _FIRST_PERSON_AGENT.get(lang)
    m = pat.search(text) if pat is not None else None
    return m.group(1) if m else None


# "her" as an object, after a first-person subject, with a preposition, a time word or a number
# (not a noun) after it.
_EN_OBJECT_HER = re.compile(r"(?:^| )(?:i|we|i m|i ll|i d|i ve|we re|we ll)(?: \S+){1,3} her "
                            r"(?:at|on|in|to|for|from|with|about|by|around|after|before|tomorrow|today|tonight|"
                            r"again|every|once|\d)(?: |$)"
                            # "I call her Pretzel", "we named her Biscuit": her, the one named, is the object
                            r"|(?:^| )(?:i|we|i ve|we ve|i d|we d)(?: (?:just|always|only|all|usually|still|ve))? "
                            r"(?:call|called|name|named|nicknamed|christened|dubbed) her ?$")
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


# "Greta. She's my best friend.", "是团子，它是我的猫", "モモ。私の犬です。", "지민이지. 내 여자친구야.": a later
# clause makes the relative or pet the question asks about the character's own.
_RELATION_MINE = {"en": r"^(?:she|he|they|it|that) (?:s|is|are|was) my (?:best |dear |little |big |old )?(?:{r})\b",
                  "zh": r"^(?:她|他|它)(?:是|就是)我(?:的|家的?)?(?:{r})",
                  "ja": r"^(?:私|わたし|僕|俺|あたし|うち)の(?:{r})(?:です|だ|や|よ)",
                  "ko": r"^(?:제|내|우리) (?:{r})(?:예요|이에요|야|이야|이다|입니다)"}


@functools.lru_cache(maxsize=256)
def _relation_mine_pattern(relations: frozenset[str], lang: str) -> re.Pattern[str]:
    return re.compile(_RELATION_MINE[lang].format(r="|".join(re.escape(r) for r in sorted(relations, key=len, reverse=True))))


def _relation_claimed(ans: Answer, prep: PreparedTruth, lang: str) -> str | None:
    if lang not in _RELATION_MINE or not prep.question_relations:
        return None
    pat = _relation_mine_pattern(prep.question_relations, lang)
    for c in ans.clauses:
        m = pat.search(c.text)
        if m:
            return m.group(0)
    return None


def _claimed_around(ans: Answer, ci: int, lang: str, asked: frozenset[str] = frozenset()) -> str | None:
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
    if nxt is not None and nxt.sentence == cl.sentence and not _VOCATIVE.fullmatch(nxt.text):
        own = cue_at_start(nxt.text, lang, "possessive")
        # (not "是团子，我家狗叫豆豆": the character's own dog, a thing the question does not ask about)
        other_thing = asked and bool(relation_nouns(nxt.text) - asked) and _OWN_NAMING.search(nxt.text) is not None
        if own and not _has(nxt.text, lang, "second_person") and not other_thing:
            return own.strip()
    prev = ans.clauses[ci - 1] if ci > 0 else None
    if prev is not None and prev.question:
        # "My horse? Thunder", "Me? Lisbon", "我？里斯本呗"
        own = cue_at_start(prev.text, lang, "possessive") or (
            prev.text in ("me", "i", "我", "俺", "私", "わたし", "僕", "俺", "저", "저요", "나", "나요") and prev.text)
        if own and not _has(prev.text, lang, "second_person"):
            return own.strip()
    return None


_EN_TAG = re.compile(r"(?:so |and )?(?:he|she) (?:was|is|did|does|has|had|will|would)(?: so)?")

@functools.lru_cache(maxsize=1024)
def _title_pattern(titles: tuple[str, ...], surnames: tuple[str, ...], lang: str) -> re.Pattern[str]:
    t = "|".join(re.escape(x) for x in sorted(titles, key=len, reverse=True) if lang != "zh" or len(x) > 1) or "(?!)"
    fam = "|".join(re.escape(x) for x in surnames) or "(?!)"
    if lang == "en":
        # "The sergeant stands 188 cm", "Captain Varga is 43"
        # ("The keeper recalls that…": any verb in -s after the title)
        return re.compile(rf"^(?:(?:the|this|our|your|old|good) (?:old )?({t})(?: [a-z]+)?|({t}) [a-z]+) "
                          rf"(?:is|was|s|has|stands|lives|likes|loves|came|comes|grew|\d|{_EN_VERB_S.pattern}\b)"
                          rf"|^(?:the|this|our|your|old|good) (?:old )?({t}) s [a-z]+")  # "The sergeant's birthday falls…"
    if lang == "ja":
        # ("この店の主人は": what it is the head of between)
        return re.compile(rf"^(?:この|その|あの|うちの)?(?:(?!私|わたし|僕|俺)[^\s]{{1,3}}の)?(?:{fam})?({t})(?:さん|様|さま)?(?:は|が|も|って|の)")
    if lang == "ko":
        # "선수는…", "최 선수 키는…" (not "선수 생활은 10년": a noun after the bare title is the career)
        return re.compile(rf"^(?:(?:이 |우리 |저희 )?({t})(?:님)?(?:은|는|이|가|의|께서)|"
                          rf"(?:이 |우리 |저희 |(?:{fam}) ?)({t})(?:님)?(?:은|는|이|가|의|께서| [가-힣]{{1,3}}(?:은|는|이|가)))")
    # "赵指导身高186", "我们队长是…" (not "当教练十年了": the title as an object)
    # (a one-character title only after the family name: "林工的生日", never "工的…")
    t1 = "|".join(re.escape(x) for x in titles if len(x) == 1) or "(?!)"
    return re.compile(rf"^(?:我们|咱们|这位|那位|咱)?(?:(?:{fam})?({t})|(?:{fam})({t1}))(?!们)"
                      rf"(?=是|的|身高|今年|在|家|住|喜欢|爱|最|也|就|呢|啊| |$)")


def _title_owner(text: str, prep: PreparedTruth, lang: str) -> bool:
    """"The detective's cat is called…" asked about the character's cat: its own title owns the
    relative asked about (any other subject after the title may be that relative's title)."""
    t = _own_title_subject(text, prep, lang)
    if not t:
        return False
    rest = text[text.find(t) + len(t):].lstrip()
    rest = rest.removeprefix("s ").lstrip("のの的의 ")
    return any(rest.startswith(r) for r in _asked_relations(prep))


def _own_title_subject(text: str, prep: PreparedTruth, lang: str) -> str | None:
    """The character's own title as the subject its sentence opens with ("The sergeant stands 188
    cm", "女将は来月…", "赵指导身高186", "최 선수 키는…"): itself seen from outside."""
    family = prep.surnames
    if lang in ("zh", "ko") and not family and prep.names and 2 <= len(prep.names[0]) <= 4 and not prep.names[0].isascii():
        family = (prep.names[0][0],)  # "赵指导", "최 선수": a one-character family name
    if lang == "ko":
        family = (*family, *prep.names)  # "최현우 엔지니어는", "유나 연습생의": the name and the title
    m = _title_pattern(prep.titles, family, lang).match(text)
    return next((g for g in m.groups() if g), None) if m else None


# A demonstrative and a person noun opening the clause ("この寿司職人の", "この子は", "이 사람은").
_BY_ROLE = {
    "ja": re.compile(r"^(?:この|その|あの)[\u4e00-\u9fff\u30a1-\u30ff]{0,5}(?:職人|职人|者|人|家|師|师|手|員|员|長|长|子|男|女|娘|さん|先生|選手|选手|屋さん)"
                     r"(?:の|は|が|って)"),
    # "이 바리스타의 고향은…": a demonstrative and any noun, owning or as the subject
    # (several words only after 이/저: "이 생선 가게 아주머니는"; "그 대신 눈물이" is "instead")
    "ko": re.compile(r"^(?:(?:이|그|저) ([가-힣]{1,6}?)|(?:이|저) ((?:[가-힣]{1,6} ){1,2}[가-힣]{1,6}?))(?:의|은|는|이|가) "),
    "zh": re.compile(r"^(?:这位|那位|这个|那个)([\u4e00-\u9fff]{1,5}?)(?:的|是|在)"),
}


def _narrator(ans: Answer, ci: int, lang: str) -> str | None:
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


# (Japanese は and Korean 는 mark a topic, not "is": "다온이는 콩떡이 키워요" is the character speaking)
_NAME_COPULA = ("是", "就是", "才是", " is", " s")


def _self_name_copula(before: str, prep: PreparedTruth) -> str | None:
    """"阿福就是小胖": a character that speaks of itself by name says "I am" with its name."""
    for n in prep.names:
        for c in _NAME_COPULA:
            if before.endswith(n + c):
                return n + c
    return None


def _gold_predicate(prep: PreparedTruth, term: Term, lang: str) -> bool:
    """The gold answer itself says "I am <keyword>" with nothing else as the topic ("아뇨, 외동이에요":
    I am an only child): then "저는 외동이에요" is no claim to be someone else. ("이름은 콩떡이야" has
    the name as its topic: "나는 콩떡이야" is the hamster speaking.)"""
    gold = analyse(prep.truth.answer, lang)
    for pos in gold.find(term):
        ci = gold.clause_index(pos)
        head = clause_before(gold, ci, pos)
        if (not head or ends_with_cue(head, lang, "self_identity")) and _COPULA[lang].match(clause_rest(gold, ci, pos, term)):
            return True
    return False


def clause_rest(ans: Answer, ci: int, pos: int, term: Term) -> str:
    """The clause's text right after an occurrence (CJK: characters; Latin: whole tokens, since
    stemming keeps the token count but not the length)."""
    if term.cjk:
        return ans.match[pos + len(term.norm):ans.clauses[ci].end].strip()
    end = pos
    for _ in range(term.norm.count(" ") + 1):
        nxt = ans.match.find(" ", end + 1)
        end = len(ans.match) if nxt == -1 else nxt
    return clause_after(ans, ci, end)


# A copula closing an "I am X" clause, per language (after the keyword, in canonical text).
_COPULA = {
    "ja": re.compile(r"^(?:だ|です|でございます|じゃ|や|っす|なの|だよ|だわん|だにゃ)"),
    "ko": re.compile(r"^(?:이야|야|이에요|예요|입니다|이다|란다|이지|지)"),
    "zh": re.compile(r"^(?:$|啊|呀|哦|啦|嘛|呢|哟|吧)"),
    "en": re.compile(r"^$"),  # canonical text has no punctuation: "I'm Pretzel!" -> "i m pretzel"
}

def fact_subject(prep: PreparedTruth) -> str:
    return prep.truth.subject or ("self" if prep.truth.focus == "script_knowledge" else
                                  question_subject(prep.truth.question))
