"""Negative keywords asserted: a wrong value the answer offers as the character's own (not one it
compares with, concedes, gives another person or names as the other speaker's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term
from raiden_r1.data.people import person_forms
from raiden_r1.data.perspective import relation_nouns, starts_with_relation

from .animal_classes import same_animal
from .other_item import other_item_value
from .analysis import Answer, clause_cue, cue_in_text
from .assertion import ItemVerdict, taken_back
from .frames import both_age_systems, breakdown_part, count_of
from .lexicon import cues
from .matching import PreparedTruth
from .person_shape import other_person_before, reported
from .own_topic import own_topic
from .past_frame import past_frame
from .quoted_claim import called_mistaken, who_said
from .reported_wrong import reported_then_called_wrong
from .set_apart import set_apart
from .other_role import given_other_role
from .share_owner import share_owner
from .slot_restated import slot_restated
from .clause_text import clause_before, ends_with_cue
from .voice import fact_subject
from .polite_kin import asked_polite_kin
from .reckoned import reckoned_same
from .undone_plan import undone_plan

_has = cue_in_text


def negatives_asserted(ans: Answer, prep: PreparedTruth, items: list[ItemVerdict]) -> list[str]:
    """Negative keywords the answer offers as a value: asserted (a negated one, "not Duluth", is
    no hedge) and either in a sentence with a keyword, or bare ("Pretzel. Ember."), or in an
    answer without any keyword. A negative in a sentence about something else ("My dog is
    Pretzel. Anchor is my neighbour's dog.") is colour, not a second value."""
    kw_sentences = {ans.clauses[ans.clause_index(v.position)].sentence for v in items if v.position >= 0}
    kw_clauses = {ans.clause_index(v.position) for v in items if v.position >= 0}
    subject = fact_subject(prep)
    positions = [v.position for v in items if v.position >= 0]
    out = []
    for t in prep.negatives:
        for pos in ans.find(t):
            ci = ans.clause_index(pos)
            cl = ans.clauses[ci]
            # A cue inside the negative itself ("无锡", "未婚") negates nothing.
            own = cl.text.replace(t.canon, " ", 1) if t.canon and t.canon in cl.text else cl.text
            doubt = cl.question and _has(cl.text, ans.language, "self_doubt")
            if (cl.question and not doubt) or _has(own, ans.language, "negation") or taken_back(ans, ci):
                continue
            if undone_plan(ans, ci, ans.language):
                continue  # "180. I was going to do 150, but no": a plan not carried out (undone_plan.py)
            if ci not in kw_clauses and _has(prep.question_norm, ans.language, "origin") and \
                    _has(cl.text, ans.language, "moved_on") and not _has(cl.text, ans.language, "origin"):
                continue  # "我是自贡人，现在住重庆" asked for the hometown: where it lives now, another slot
            if any(both_age_systems(ans, ci, k) for k in kw_clauses):
                continue  # "周岁二十八，虚岁二十九": the same age in the other counting system
            if any(breakdown_part(ans, ci, t, positions, count_of(v.alternative)) for v in items if v.matched):
                continue  # "Three: one white and two grey": a part of the count, not a second count
            if ci not in kw_clauses and kw_clauses and any(c.isdigit() for c in t.norm) and past_frame(ans, ci) \
                    and not _has(prep.question_norm, ans.language, "past_question"):
                continue  # "172cmです。学生のころは170cmでした": a former value of a measure, asked for now
            if called_mistaken(ans, ci, pos, t) or who_said(ans, ci, pos, t) or reported_then_called_wrong(ans, ci):
                continue  # "울산입니다. 인천이라는 건 잘못 알려진 이야기예요", "Max says pizza but he's wrong": disowned
            if given_other_role(ans, ci, pos, t, prep, kw_clauses):
                continue  # "リオさんです！ダンさんは前衛": another person's own part, not the name asked (other_role.py)
            if set_apart(ans, ci, pos, t, prep) or _given_as_share(ans, ci, pos, t):
                continue  # "旺财是恁邻居家的", "ミケちゃんとは仲が悪い": the wrong value given its own owner or role
            if ci not in kw_clauses and kw_clauses and reckoned_same(cl.text, ans.language):
                out.append(t.raw)  # "22 years, though Father Benedict reckons it 15": two figures (reckoned.py)
                break
            if _conceded(ans, ci, items) and not (subject == "self" and own_topic(clause_before(ans, ci, pos), ans.language)
                                                  and _offered_as_value(ans, ci, pos, t)):
                continue  # "カレーも好きだけど、一番は肉じゃが": a concession beside the answer ("あたしは神田ですけど": a claim)
            if slot_restated(ans, ci, pos, t.canon, kw_clauses):
                out.append(t.raw)  # "…2041年に製造。姉妹機と同じく2039年の製造です": the same fact, another value
                break
            before = clause_before(ans, ci, pos)
            own_subject = _OWN_SUBJECT_END.get(ans.language, _OWN_SUBJECT_END["en"]).search(before) is not None
            if own_subject and subject != "user":
                pass  # "…저는 뱀띠예요": the character's own value, whoever else the clause names
            elif _owned_by_the_other_speaker(ans, ci, subject) or (
                    (_has(cl.text, ans.language, "possessive") or _has(cl.text, ans.language, "first_person")
                     or _has(cl.text, ans.language, "second_person") or (ans.language == "en" and _EN_NAMED_OWNER.search(cl.text)))
                    and {n for n in (relation_nouns(cl.text) | _kin_in(cl.text, ans.language, prep.question_norm)) - prep.question_relations
                         if not same_animal(n, prep.question_relations)}):  # ("your pup" is the puppy asked about)
                continue  # "Yours is Thunder. Mine's Ember.": the other one's value, not a second answer
            if not own_subject and _someone_else_subject(before, prep, ans.language, ci in kw_clauses) or \
                    _compared_with(ans, ci, pos, t):
                continue  # "남편은 뱀띠예요", "哥哥十二岁", "Oliver is fourteen": another person's value
            if ci not in kw_clauses and kw_clauses and other_person_before(before, ans.language) and \
                    not reported(cl.text, ans.language):
                continue  # "185公分，老周才178", "田中さんは170": a person the profile does not name
            if kw_sentences and cl.sentence not in kw_sentences and other_item_value(ans, ci, pos):
                continue  # "Coral-coloured. Old rover was the burgundy one.": another item's value (other_item.py)
            bare = len(cl.text.split(" ")) <= 3 if cl.text.isascii() else len(cl.text.replace(" ", "")) <= len(t.norm) + 3
            if not kw_sentences or cl.sentence in kw_sentences or bare or doubt or _offered_as_value(ans, ci, pos, t) \
                    or _claimed_as_much(ans, ci) or (subject == "self" and own_topic(before, ans.language)):
                out.append(t.raw)
                break
    return out


# "Mrs Patel's cat is Pudding": someone named owns the other one
_EN_NAMED_OWNER = re.compile(r"(?<![a-z])(?!(?:it|that|what|who|there|here|he|she|let)\b)[a-z]{2,} s (?!called|named)[a-z]")
# ("the wife", "the missus": the speaker's own, as British speech says it)
_POSSESSOR = re.compile(r"^(?:(?:my|our|your|his|her|the) |我的|我家|我们家|你的|你家|你|我|咱家|私の|うちの|あなたの|僕の|俺の|"
                        r"(?:제|내|우리|저희|너희|네) ?)")
_CLAUSE_JOIN = re.compile(r"(?:^| )(?:and|but|while|whereas) ")


# The character as the subject right before a value ("저는 뱀띠예요", "我属蛇", "I'm 14").
_OWN_SUBJECT_END = {"en": re.compile(r"(?:^| )(?:i m|i am|i was|mine is|mine s|i turned)$"),
                    "zh": re.compile(r"(?:^|[^家们的])我(?:是|属|叫|今年|也是|也属)?$"),
                    "ja": re.compile(r"(?:私|わたし|僕|ぼく|俺|おれ|あたし)(?:は|が|も)$"),
                    "ko": re.compile(r"(?:저는|전|나는|난|제가|내가|저도|나도) ?$")}
_THAN_AFTER = ("より", "보다", "than")
_HONORIFIC = re.compile(r"^ ?(?:さん|様|さま|くん|ちゃん|先生|씨|님|선생님)")


def _compared_with(ans: Answer, ci: int, pos: int, t: Term) -> bool:
    """A negative the answer compares with ("部長の山本さんよりは優しい", "比大伟高", "kinder than Sato"),
    not one it offers."""
    rest = ans.clauses[ci].text[len(clause_before(ans, ci, pos)):].lstrip()
    rest = rest[len(t.canon):] if t.canon and rest.startswith(t.canon) else ""
    rest = _HONORIFIC.sub("", rest).lstrip()
    before = clause_before(ans, ci, pos)
    return rest.startswith(_THAN_AFTER) or before.endswith(("比", " than", "than"))


def _kin_in(text: str, lang: str, question: str = "") -> set[str]:
    words = f" {text} "
    found = {k for k in cues(lang).get("kin") if (k in text if not k.isascii() else f" {k} " in words)}
    # ("令郎属兔" asked "我儿子属什么？": the polite "your son" is the son asked about)
    return found - asked_polite_kin(found, question) if lang == "zh" and question else found


@lru_cache(maxsize=1024)
def _other_forms(name: str) -> tuple[str, ...]:
    return person_forms(name)


def _someone_else_subject(before: str, prep: PreparedTruth, lang: str, with_keyword: bool) -> bool:
    """The words before a negative (from the last "and"/"but" of its clause) open with another
    person as the subject: a relative the question does not ask about, or a person the profile
    names ("爷爷周长寿是种茶的", "남편은 뱀띠예요", "and Oliver is fourteen", "我家许文属蛇")."""
    parts = _CLAUSE_JOIN.split(before)
    head = parts[-1].strip() if parts else before
    if not head or (with_keyword and len(parts) < 2):
        return False  # (in the keyword's own clause only after "and"/"but": "9 and 14" is a list)
    if lang == "zh" and head.startswith(("我家", "咱家", "我们家")):
        tail = head.removeprefix("我们家").removeprefix("我家").removeprefix("咱家")
        if len(tail) >= 2 and not tail.startswith(("在", "住", "是", "有", "里", "乡", "的")):
            return True  # "我家许文属蛇": a person of the family
    rest = _POSSESSOR.sub("", head, count=1).lstrip()
    rels = relation_nouns(rest[:8]) if starts_with_relation(rest) else set()
    rels |= {k for k in cues(lang).get("kin") if rest.startswith(k) and (not k.isascii() or rest[len(k):len(k) + 1] in ("", " "))}
    if rels:
        if lang == "zh" and asked_polite_kin(rels, prep.question_norm):
            return False  # "令郎属兔" asked "我儿子属什么？": the son asked about
        return not rels & prep.question_relations
    if any(rest.startswith(n) for n in prep.names):
        return False
    words = f"{rest} "
    # (a one-kanji given name, "茂の船は", "茂のは", only with the particle that makes it the owner or the topic)
    return any((words.startswith(f + " ") if f.isascii() else rest.startswith(f)) and
               (len(f) >= 2 or (not f.isascii() and rest[1:2] in _ONE_CHARACTER_NAME_PARTICLES))
               for o in prep.truth.others for f in _other_forms(o))


_ONE_CHARACTER_NAME_PARTICLES = ("の", "は", "が", "も", "的", "는", "가", "의")


def _given_as_share(ans: Answer, ci: int, pos: int, t: Term) -> bool:
    """"비단은 칠복이 몫이오", "琵琶は姉の担当": the wrong value handed to someone as their share."""
    end = max(c.end for c in ans.clauses[ci:] if c.sentence == ans.clauses[ci].sentence)
    return share_owner(ans.match[pos + len(t.norm):end], ans.language) is not None


def _offered_as_value(ans: Answer, ci: int, pos: int, t: Term) -> bool:
    """A negative offered as the value by a copula or a verb of saying ("干支は卯です", "두부였죠", "제빵사이기도 하고요",
    "三鷹やったか", "一番はショートケーキかな", "其实是草莓蛋糕", "the best one is Toffee"): a second
    answer even in a sentence without the keyword, unlike "ショートケーキより" or "개성은 지나가는 길이오"."""
    lang = ans.language
    before = clause_before(ans, ci, pos)
    if cues(lang).get("copula_before") and ends_with_cue(before, lang, "copula_before"):
        return True
    if cues(lang).get("hearsay_verbs") and ends_with_cue(before, lang, "hearsay_verbs"):
        return True  # "176. Old Harris reckons 170": a second value, reported
    rest = ans.clauses[ci].text[len(before):].lstrip()
    if not t.canon or not rest.startswith(t.canon):
        return False
    rest = rest[len(t.canon):]
    return any(rest.startswith(w.strip()) for w in cues(lang).get("copula_after") if w.strip())


def _claimed_as_much(ans: Answer, ci: int) -> bool:
    """A negative said to be held as much as the keyword, in its clause or the rest of its sentence
    ("でも居飛車も同じくらい得意、どっちもです", "Orthodox too, just as good", "华山也一样拿手"): a second
    answer, not colour."""
    sentence = ans.clauses[ci].sentence
    return any(c.sentence == sentence and _has(c.text, ans.language, "both_values") for c in ans.clauses[ci:])


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
    if not kw or ci in kw or _claimed_as_much(ans, ci):
        return False  # (s34) "…though some days I ride Tsukikage and call him mine" concedes nothing
    return not any(clause_cue(ans, j, "uncertain") for j in (ci, *kw))



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


def relatives_clause(ans: Answer, ci: int, j: int, prep: PreparedTruth) -> bool:
    """Clause ``j`` opens with a relative that neither the question nor the keyword's clause is about."""
    text = ans.clauses[j].text
    if j == ci or not starts_with_relation(text):
        return False
    return not relation_nouns(text[:8]) & (prep.question_relations | relation_nouns(ans.clauses[ci].text[:8]))
