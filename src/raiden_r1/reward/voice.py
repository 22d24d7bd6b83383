"""Whose voice carries a keyword: is it the character speaking of its own fact (or recalling the
user's as the user's)? Third person about oneself ("She is from X", "<name>'s father is X", "他记着
呢"), the character claiming someone else's fact or identity ("I'm Pretzel", "我就是你女儿"), or
the user's fact claimed as the character's own (CM: "my dog is X") are read here, per occurrence,
over the clause and the sentence that carry it. occurrence.py asks, for each occurrence, this and
the other reasons an occurrence does not assert its keyword. The readers it combines live beside
it: third_person.py (the character's name, title or role as a subject), own_claims.py (first-person
claims to another's fact or identity) and clause_text.py (the text around the keyword).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term, canonical, make_term
from raiden_r1.data.perspective import question_subject, relation_nouns, starts_with_relation

from .analysis import Answer, cue_at_start, cue_in_text
from .animal_classes import same_animal
from .asked_thing import animal_pronoun, vessel_pronoun
from .assurances import assurance
from .clause_text import clause_before, clause_rest, ends_with_cue, strip_words
from .lexicon import cues
from .matching import PreparedTruth
from .named_topic import narrated_own_name
from .pronoun_antecedent import pronoun_not_the_character
from .own_claims import (COPULA, NAMED_BY_ME, NEVER, OWN_NAMING, VOCATIVE, claimed_around, english_i_does,
                         first_person_agent, gold_predicate, owned_in_sentence_before, relation_claimed,
                         self_name_copula)
from .question_frames import user_acts
from .asked_demonstrative import names_asked_thing
from .speaker_roles import acts_on_named, ko_humble_i, object_after
from .described_subject import described_from_outside
from .own_intro import introduces_itself
from .sentence_subject import kin_topic, sentence_pronoun
from .owner_shift import conveyance, other_recipient, owns_asked_relative
from .same_as_me import same_as_me
from .shared_surname import keyword_span
from .outside_openings import BY_ROLE, it_for_you, outside_narrator, plain_next_sentence, points_at_keyword, possessive_opening
from .third_person import addressed_by_title, asked_relations, name_subject, own_title_subject, title_owner

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


@lru_cache(maxsize=None)
def _interjections(lang: str) -> tuple[str, ...]:
    # (animal noises open a pet's line the way "oh" opens a person's: "喵～", "汪！", "ニャー")
    extra = {"zh": ("喵", "汪", "咩", "嗐", "嘻嘻", "哼"), "ja": ("にゃー", "にゃ", "わん")}.get(lang, ())
    return tuple(sorted(set(cues(lang).get("interjection")) | set(extra), key=len, reverse=True))

# "We" and "our" of a question that asks about the user and the character together ("repeat our orders:
# where are we going?", "我们几点出发？", "私たちはどこへ行く？"): the answer's "we" is theirs.
_WE = {"en": re.compile(r"(?:^| )(?:we|our|ours|us|we re|we ll|we are|we will)(?= |$)"),
       "zh": re.compile(r"(?:我们|咱们)(?!家)"), "ja": re.compile(r"私たち|わたしたち|僕たち|俺たち|我々|われわれ|うちら")}
# (not Korean: 우리/저희 is also "my" of one's family and home, "저희 형이 치과의사예요"; nor 我们家, "my family")
_I = {"en": re.compile(r"(?:^| )(?:i|my|mine|me|i m|i ll|i am)(?= |$)"), "zh": re.compile(r"我(?!们)"),
      "ja": re.compile(r"私(?!たち)|僕(?!たち)|俺(?!たち)"), "ko": re.compile(r"(?:^| )(?:제가|내가|저는|나는|제|내)(?= |$)")}


def _shared(cue: str, lead: str, prep: PreparedTruth, lang: str) -> bool:
    """The claim is a "we" or "our" the question itself uses of the user and the character, with no
    "I" or "my" of the character's own before the keyword."""
    we, i = _WE.get(lang), _I.get(lang)
    # (the cue may be the 我 of 我们, the 私 of 私たち: the lead's own words decide)
    return bool(we and i and (we.search(cue.strip()) or we.search(lead)) and we.search(prep.question_norm)
                and not i.search(lead))


# The user as the subject of a fact ("you teach piano", "你属虎", "네가 간호사잖아"), not its owner
# ("yours is Thunder", "你闺女的…") and not the one who said it ("you said piano", "你上次说…").
_YOU_DO = {"en": re.compile(r"^you(?: re| are| were| ve| d| ll)? (?!said|told|mentioned|say|just said|named|called|call|nicknamed)[a-z]"),
           "zh": re.compile(r"^(?:你|您)(?:属|是|在|教|弹|当|做|住|叫|喜欢|养|会|学)"),
           "ko": re.compile(r"^(?:네가|니가|당신이|너는|당신은) (?!말|그랬|얘기)")}

_LATIN_WORD = re.compile(r"[a-z]")

_ALSO = {"en": re.compile(r"\b(?:too|also|as well)\b"), "zh": re.compile("也"), "ja": re.compile("も"),
         "ko": re.compile(r"[가-힣]도(?: |$)")}


def own_self_word(text: str, prep: PreparedTruth) -> bool:
    """Whether a canonical ``text`` holds the card's own word for "I" (GroundTruth.self_word:
    "this child", "이 할미"), a Latin one as whole words."""
    word = canonical(prep.truth.self_word) if prep.truth.self_word else ""
    if not word:
        return False
    tail = r"(?![a-z0-9])" if word.isascii() else ""
    return re.search(r"(?<!\w)" + re.escape(word) + tail, text) is not None


_ZH_NIN_TAG = re.compile("您(?:呐|哪|内)")
# A friend called closest in other words ("dearest", "truest", "bosom"): the best friend the question asks about.
_CLOSE_FRIEND = re.compile(r"(?:^| )(?:dearest|closest|truest|bosom|very best|bestest|nearest and dearest|best) friend(?: |$)")
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
        prep.truth.self_name and next((n for n in prep.names if n in lead_in), None)) or (  # "老金跟您说啊，老金是…"
        own_self_word(sentence, prep))  # "this child's daughter is Sally": the card's own word for I
    # "58了，你问这干啥？" asks back after answering; Beijing "您呐" is a polite tag, not "you" as a subject
    second = _has(_ZH_NIN_TAG.sub(" ", lead_in) if lang == "zh" else lead_in, lang, "second_person")
    if second and lang in ("zh", "ja"):
        # "名汝衡": a "you" character (汝) inside the character's own name or the keyword is no "you"
        masked = lead_in
        for n in sorted({*prep.names, term.norm}, key=len, reverse=True):
            masked = masked.replace(n, " ") if n and not n.isascii() else masked
        second = _has(_ZH_NIN_TAG.sub(" ", masked) if lang == "zh" else masked, lang, "second_person")
    own_key = next((k for k in (term.canon, term.norm) if k and len(k) >= 3 and k in lead_in), None)
    if second and lang in ("ko", "en") and own_key:
        # (session 33 r11) "값 깎는 손님이 제일 싫다": the "you" noun (손님) belongs to the keyword, a phrase
        # about others that the character names, not a word for the one it speaks to
        second = _has(lead_in.replace(own_key, " "), lang, "second_person")
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
        asked = prep.truth.focus == "conversation_memory" and bool(asked_relations(prep)) and \
            third.strip() in _SUBJECT_PRONOUNS and not after.startswith(("的", "の", "의"))
        # "Sorry, what was your husband's name?" - "His name was Albert": the name of the relative asked about
        asked = asked or (bool(asked_relations(prep)) and prep.asks_name and after.startswith(_NAME_NOUNS))
        asked = asked or (subject in ("self", "other") and (
            (lang == "en" and vessel_pronoun(before, prep)) or animal_pronoun(before, prep, lang)))
        # "你闺女属啥？" - "俺家那丫头属兔": a first-person word just before the role noun makes it the
        # character's own relative, the one the question asks about (not the character narrated)
        k = before.rfind(third.strip())
        asked = asked or (bool(asked_relations(prep)) and k > 0 and bool(_has(before[max(0, k - 4):k], lang, "first_person")))
        # ("…glued to her phone and Dev…", "…for his pudding…" asked of his lordship: pronoun_antecedent.py)
        asked = asked or (not owner and pronoun_not_the_character(before, third.strip(), term, prep, lang))
        if not _has(after_third, lang, "first_person") and (owner or not ((identity and subject == "other" and not own_name)
                                                                        or asked)):
            return f"third person ('{third.strip()}')"
    if subject == "self" and not third and not asked_relations(prep) and not prep.truth.self_name and \
            (pron := sentence_pronoun(ans, ci, before, term, prep, lang)):
        return f"third person ('{pron}')"  # "She began … on the fourth of March, 1887." (sentence_subject.py)
    if subject == "self" and not asked_relations(prep) and (kin := kin_topic(ans, ci, before, prep, lang)):
        return f"claims to be a relative's child ('{kin}')"  # "ウチのおかんの店？「たこ福」やで" (sentence_subject.py)
    if subject == "self" and not third and not asked_relations(prep) and opening != cl.text and not first and \
            (poss := possessive_opening(opening, lang)):
        return f"third person ('{poss}')"
    if subject == "self" and not asked_relations(prep) and not first and (it := it_for_you(opening, prep, lang)):
        return f"third person ('{it}')"
    if lang == "en" and subject == "self" and not prep.truth.self_name and not asked_relations(prep):
        # "Born in Galway, so he was.": a tag after the fact names who it is about
        tag = next((c.text for c in ans.clauses[ci + 1:] if c.sentence == cl.sentence and _EN_TAG.fullmatch(c.text)), None)
        if tag:
            return f"third person ('{tag}')"
    if subject in ("self", "user") and not prep.truth.self_name:
        narrator = outside_narrator(ans, ci, lang)
        if narrator:
            return f"third person ('{narrator}')"
    if subject == "self" and not asked_relations(prep) and lang in BY_ROLE:
        # "この寿司職人の出身は函館です": the character as "this sushi chef", seen from outside
        # (or its sentence's opening clause: "この子はね、きなこもちが…")
        m = BY_ROLE[lang].match(cl.text) or BY_ROLE[lang].match(before) or BY_ROLE[lang].match(opening)
        own = next((g for g in m.groups() if g), None) if m and m.groups() else None
        if own and any(own in n or n in own for n in prep.names):
            m = None  # "이 연화가 태어난 곳은…": the character's own name, said with a flourish
        if m and lang == "ko" and ko_humble_i(m.group(0), prep):
            m = None  # "저 오이 진짜 못 먹어요": 저 is "I" (its particle dropped) before the value itself
        if m and any(m.group(0).startswith(w) for w in cues(lang).get("first_person") if " " in w.strip()):
            m = None  # "이 몸이 좋아하는 건…": "this body" is an old haughty "I", not "this person"
        if m and own_self_word(m.group(0), prep):
            m = None  # "이 할미는…" from a card whose character calls herself so (GroundTruth.self_word)
        if m and points_at_keyword(m.group(0), cl.text, term.canon):
            m = None  # "那个会吼的吸尘器", "저 큰 청소기가 무서워": the demonstrative points at the thing named (session 36)
        if m and names_asked_thing(m.group(0), prep, lang):
            m = None  # "이 전차는 청량리까지 가오" asked "이 전차는 어디까지 가오?": the thing asked (asked_demonstrative.py)
        if m:
            return f"third person ('{m.group(0)}')"
    if subject == "self" and not asked_relations(prep) and \
            (desc := described_from_outside(ans, ci, term.canon, prep.truth.self_word, prep.question_norm, lang)):
        return f"third person (described from outside: '{desc}')"  # (described_subject.py)
    if subject == "other" and lang in BY_ROLE:
        # "그 아이의 염소는…", "この子の犬は…": the character as "that child", owning what is asked about
        m = BY_ROLE[lang].match(opening)
        if m and m.group(0).rstrip().endswith(("의", "の", "的")):
            return f"third person ('{m.group(0).strip()}')"
    if subject in ("self", "other") and prep.titles and not prep.truth.self_name:
        # (not for a profile that says the character calls itself by the title: "refers to herself as 'the Captain'")
        title = own_title_subject(opening, prep, lang)
        if title and introduces_itself(" ".join(c.text for c in ans.clauses if c.sentence == cl.sentence), title, prep, lang):
            title = None  # "陰陽師の賀茂晴明にございます", "Detective Kenji Sato.": it introduces itself (own_intro.py)
        if title and (subject == "other" or not asked_relations(prep) or title_owner(opening, title, prep)
                      or any(addressed_by_title(t, prep, lang) for t in (title, *prep.titles))):
            return f"third person (its own title '{title}')"
    if not prep.truth.self_name or term.norm in " ".join(prep.names):
        tl = cl.text
        # (the keyword's longer spelling around it: "北村はる" around はる, the family shared)
        name = name_subject(tl, prep, lang, keyword_span(tl, term, prep) if term.cjk or not ans.match else None)
        if name and not (prep.truth.self_name and not third):
            return f"third person (the character's own name '{name}')"
    if subject == "self" and (named := narrated_own_name(ans, ci, pos, term, prep, lang)):
        return named  # "沈青霜是个剑客。": the keyword, the name, narrated (named_topic.py)
    if prep.truth.self_name and subject == "self" and (name := name_subject(cl.text, prep, lang, None)):
        # "阿琴嬷的摊子在饶河街夜市，她每天五点出摊": a character that names itself does not go on
        # to call itself "she": the name and the pronoun narrate it (unless someone else came between)
        later = " ".join(c.text for c in ans.clauses[ci + 1:] if c.sentence == cl.sentence)
        pron = cue_at_start(later, lang, "third_person") if later else None
        if pron is None and (nxt := plain_next_sentence(ans, ci, lang)):
            # "ミライ7は…製造された。彼は現在…": the next sentence, told in plain narrative form, goes on with 彼/그
            later, pron = nxt, cue_at_start(nxt, lang, "third_person")
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
    if subject != "user" and asked_relations(prep):
        # "俺が発表会で月の光を弾くんや" asked what the daughter plays, "I got a job in Dundee" asked
        # which brother did: the character makes itself the doer of someone else's fact
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        agent = first_person_agent(f"{earlier} {before}".strip(), lang)
        rest = clause_rest(ans, ci, pos, term)
        if agent and prep.asks_name and not _has(f"{earlier} {before}", lang, "ended") and \
                (acts_on_named(before, rest, first_person_agent(before, lang), lang) or NAMED_BY_ME.get(lang, NEVER).match(rest)):
            # "I walk her every morning, Crumpet": the character does something to the one named;
            # "내가 콩이라고 지어 줬어": it named it
            agent = None
        if agent and not first_person_agent(prep.answer_norm, lang) and not _has(f"{earlier} {before}", lang, "cognition"):
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
    if subject == "user" and (mine := owns_asked_relative(ans, ci, prep, lang)):
        return f"claims the user's fact as its own ('{mine}')"  # "Eight — same as my own daughter" (owner_shift.py)
    if subject == "user" and (same := same_as_me(ans, ci, lang)):
        return f"claims the user's fact as its own ('{same}')"  # "요리사죠. 우리 둘 다." (same_as_me.py)
    if subject == "user" and (whom := other_recipient(ans, prep, lang)):
        return f"gives the user's fact to someone else ('{whom}')"  # "机械猫团子是给老郑的" (owner_shift.py)
    if subject == "user":
        # (the relative before the keyword, owning it: "接我闺女" after "我也得去T3" is whom I fetch there)
        if _ALSO[lang].search(cl.text) and relation_nouns(cl.text if lang == "en" else f"{before}") - prep.question_relations - prep.gold_relations:
            return None  # "우리 누나 이름도 지민인데", "我家狗也叫团子": the same value, of something else of mine
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        lead = f"{earlier} {before}".strip()
        # (English words in a CJK answer are read as English too: "I'm 4월 9일이에요" claims the date)
        mine = _has(lead, lang, "self_subject") or _has(VOCATIVE.sub(" ", cl.text), lang, "possessive") or (
            lang != "en" and _LATIN_WORD.search(lead) is not None and _has(lead, "en", "self_subject")) or (
            # (a self-namer recalling it, "KESTREL-9 recalls the rabbit's name:", is "I recall", review 70)
            prep.truth.self_name and not _has(lead, lang, "cognition") and name_subject(lead, prep, lang, None))
        # ("巧了，我明儿下午三点也飞成都": an exclamation clause first, then "I" opens the keyword's own clause)
        # ("喵～本喵明天要去…", "Oh, I'm off to…": an interjection glued before the "I" is no owner of its own)
        opener = cue_at_start(lead, lang, "first_person") or (earlier and cue_at_start(before, lang, "first_person")) or \
            cue_at_start(strip_words(lead, _interjections(lang), lang in ("en", "ko")), lang, "first_person")
        if not mine and opener and not _has(lead, lang, "cognition"):
            mine = opener  # "I grew up in Penzance" (the user did)
        # "... tell you about my best friend, Elena": the owner right before the keyword decides.
        tail = " ".join(lead.split(" ")[-4:]) if lead.isascii() else lead[-6:]
        own = _has(tail, lang, "possessive")
        if own and not _has(tail, lang, "second_person") and not _shared(own, lead, prep, lang):
            return f"claims the user's fact as its own ('{own.strip()}')"
        if mine and not _has(lead, lang, "second_person") and not _shared(mine, lead, prep, lang):
            return f"claims the user's fact as its own ('{mine.strip()}')"
        # "Lisbon is where I'm flying", "里斯本是我要去的地方", "リスボンに行くのは私です": the owner after it
        rest = clause_rest(ans, ci, pos, term)
        after_mine = _has(rest, lang, "self_subject") or (english_i_does(rest) if lang == "en" else None)
        if after_mine and not VOCATIVE.search(rest) and not _has(cl.text, lang, "second_person"):
            return f"claims the user's fact as its own ('{after_mine.strip()}')"
        # "Lisbon, like me.", "来週リスボンに行くの、私！": a short next clause of the sentence that names the
        # character as the one it is true of
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        if nxt is not None and nxt.sentence == cl.sentence and len(nxt.text) <= 12 and not VOCATIVE.fullmatch(nxt.text) \
                and not _has(nxt.text, lang, "second_person") and not _has(nxt.text, lang, "cognition") \
                and not assurance(nxt.text, lang):  # ("93, I'm sure.": the speaker vouching, no owner)
            mine = cue_at_start(nxt.text, lang, "self_subject") or cue_at_start(nxt.text, lang, "first_person")
            if relation_nouns(nxt.text) - prep.question_relations and OWN_NAMING.search(nxt.text):
                mine = None  # "是团子，我家狗叫豆豆": the character's own dog named, not the cat asked about
            if mine and (lang != "en" or nxt.text in ("me", "me too", "like me", "same as me", "so am i", "as do i")
                         or _has(nxt.text, lang, "self_subject")):
                return f"claims the user's fact as its own ('{mine.strip()}')"
        claimed = claimed_around(ans, ci, lang, prep.question_relations, prep.question_norm) or relation_claimed(ans, prep, lang) or \
            owned_in_sentence_before(ans, ci, prep, lang)
        if claimed:
            return f"claims the user's fact as its own ('{claimed}')"
        # (not the person the question asks about: "민재가 어디로 이사 갔다고 했죠?" — "민재 씨는 대전")
        other = next((o for o in prep.truth.others if (c := make_term(o).canon) and c in lead and c not in prep.question_norm), None)
        if other and not _has(lead, lang, "second_person"):
            return f"gives the user's fact to {other}"
        # "Your brother is flying to Lisbon" asked where the user is flying: a relative the
        # question does not name takes the fact
        named = prep.question_relations | prep.gold_relations
        if "best friend" in named and _CLOSE_FRIEND.search(lead):
            named = named | {"friend"}  # "Thy dearest friend is Thomas" asked the best friend: the same one
        # ("You called the wee bird Noodle" asked about the parrot: its class names the same animal)
        moved = {n for n in relation_nouns(lead) - named
                 if not same_animal(n, named, canonical(f"{prep.truth.question} {prep.truth.answer}"))
                 and not conveyance(n, lead, lang)}
        if moved:
            return f"gives the user's fact to someone else ('{sorted(moved)[0]}')"
    if prep.gold_self_identity or term.numeric or any(n in term.norm or term.norm in n for n in prep.names):
        return None
    if not before and _SIGN_ON.match(clause_rest(ans, ci, pos, term)):
        return f"claims to be '{term.raw}' ('{term.raw} here')"  # "Moss here!", "Moss speaking"
    claim = ends_with_cue(before, lang, "self_identity") or (self_name_copula(before, prep) if prep.truth.self_name else None)
    if not claim or NAMED_BY_ME.get(lang, NEVER).match(clause_rest(ans, ci, pos, term)) or \
            object_after(clause_rest(ans, ci, pos, term), lang):
        return None  # ("저는 백구라고 불러요", "私はこむぎって呼んでる", "私がこむぎを散歩させる": names it, acts on it)
    # "I am <keyword>" where the gold answer never says so: the character claims to be the relative,
    # the pet, the other person the keyword names. On a yes/no question ("봄이는 동물 있어?") or a
    # question about itself, only a copula right after the keyword makes it a claim of identity
    # ("나는 콩떡이야", "ぼくはおはぎだ"): "나는 콩떡이 좋아" is not one.
    if prep.asks_other_name or (subject == "other" and not prep.yes_no):
        return f"claims to be '{term.raw}' ('{claim}')"
    if (prep.asks_name or subject == "other") and COPULA.get(lang) and \
            COPULA[lang].match(clause_rest(ans, ci, pos, term)) and not gold_predicate(prep, term, lang):
        return f"claims to be '{term.raw}' ('{claim}')"
    return None


_NAME_NOUNS = ("name", "名字", "名前", "이름")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "他", "她", "彼は", "彼女は", "彼が", "彼女が", "그는", "그녀는", "그가", "그녀가"})

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


_EN_TAG = re.compile(r"(?:so |and )?(?:he|she) (?:was|is|did|does|has|had|will|would)(?: so)?")


def fact_subject(prep: PreparedTruth) -> str:
    return prep.truth.subject or ("self" if prep.truth.focus == "script_knowledge" else
                                  question_subject(prep.truth.question))
