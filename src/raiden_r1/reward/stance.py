"""Stances the per-kind cue lists miss (docs/reward.md, twelfth suite): the keyword echoed and wished
for ("34? I wish."), denied with a classical negative ("をかしとも思えず", "好みはべらず"), handed to a
first-person clause that denies it later in the sentence, given to another person ("Marlowe's
Sal's cat", "マンデリンは佐藤さんがいつも頼む豆", "도끼는 토린 녀석이 벼리고", "泰坦是船长常挂在嘴边的地方"),
and the character speaking as someone else ("I'm Niamh, her daughter", "As the ship's assistant AI").
Each returns the cue it read, or None; occurrence.occurrence_issue words the verdict.
"""

from __future__ import annotations

import re

from raiden_r1.canon import canonical
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_at_start, cue_in_text, cue_pattern
from .lexicon import starts_with, word_in, word_list
from .machine_card import in_world
from .matching import PreparedTruth
from .clause_text import clause_before, clause_rest
from .gates import gated
from .misplaced import companion_taken, other_relative


def _table(kind: str, language: str) -> tuple[str, ...]:
    """One list of lexicon/stance.yaml, canonical, longest first."""
    return word_list("stance", kind, language)


@gated(lists=(("stance", "wish_denial"),))
def echo_wished(ans: Answer, ci: int) -> str | None:
    """The clause right after the keyword's is nothing but a wish ("Thirty-four? I wish.", "泰坦？我倒希望。")."""
    nxt = next((c.text.strip() for c in ans.clauses[ci + 1:ci + 3] if not cue_in_text(c.text, ans.language, "interjection")
                or len(c.text.split(" ")) > 1), None)  # (past a bare "Ha!")
    if nxt is None:
        return None
    if len(nxt.split(" ")) > 1 and nxt.split(" ")[-1] in _table("vocatives", ans.language):
        nxt = nxt.rsplit(" ", 1)[0]  # "Dream on, kid" cut as one clause
    words = _table("wish_denial", ans.language) + (_table("wish_denial", "en") if ans.language != "en" else ())
    return next((w for w in words if nxt == w or nxt.rstrip("啊呢吧哦呀ねよなあ요") == w), None)


# A classical negative ending a clause: ず / ぬ / ざり after a verb's a-row or e-row stem ("好まず",
# "はべらず", "思えず", "知らぬ", "好まざりき"), the negative will じ ("吹かじ"), and できず / せず.
_JA_ARCHAIC = re.compile(r"(?:[あかさたなはまやらわがざだばぱえけせてねへめれげぜでべ](?:ず|ぬ|ざりき|ざりけり|ざる|ざれ|ざり)|[かさたらわばが]じ|できず|見ず|来ず|こず)"
                         r"(?:けり|き|よ|や|かし|なり)?$")


# はず after a past, a verb, の or な: the modal "should be", not は + the classical negative ず.
_JA_MODAL_HAZU = re.compile(r"[たるのなだ]はず(?:よ|や|じゃ|です)?$")


def archaic_negation(text: str, language: str) -> str | None:
    """A Japanese clause that ends in a classical negative (not an adverb like まず, 思わず, かならず)."""
    if language != "ja":
        return None
    t = text.rstrip(" 。!?…")
    exempt = cue_pattern(language, "negation")[1]
    if exempt is not None and exempt.search(t):
        t = exempt.sub(" ", t).rstrip(" 。!?…")  # "誰にも負けぬ", "右に出る者はおらぬ": a boast, no denial
    if _JA_MODAL_HAZU.search(t):
        return None  # "23頭と申されたはず": "should be", said from memory (not 言はず, "said not")
    m = _JA_ARCHAIC.search(t)
    # (an adverb is exempt as its own word, "まず", or as a long one ending the clause, "かならず";
    # "まず" inside "好まず" is the negative)
    last = t.split(" ")[-1]
    if not m or any(last == w or (len(w) >= 4 and t.endswith(w)) for w in _table("archaic_exempt", "ja")):
        return None
    return t[max(0, m.start() - 2):]


def self_denies_later(ans: Answer, ci: int, keyword_norms: tuple[str, ...]) -> str | None:
    """ja/ko: the keyword's clause hands on ("秋は物悲しくて、", "가을은 쓸쓸해서,") to a later clause of the
    sentence whose topic is the character and which is negated ("わらははさらに好みはべらず",
    "저는 별로 안 좋아해요"): the character denies the keyword. zh: the bare keyword, then "吾弗好也"."""
    lang = ans.language
    cl = ans.clauses[ci]
    if lang == "zh":  # "小号，吾弗好也": the bare keyword, then a classical self-word and negative
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) and ans.clauses[ci + 1].sentence == cl.sentence else None
        if nxt is None or not any(k and cl.text.strip(" 嘛呢啊呀") == k for k in keyword_norms):
            return None
        topic = starts_with(nxt.text, _table("self_topic", lang))
        # (an idiom that holds a negative and denies nothing, "在下百吃不厌", "在下不敢说第二", is no denial)
        exempt = cue_pattern(lang, "negation")[1]
        rest = nxt.text[len(topic):] if topic else ""
        cue = topic and (word_in(exempt.sub(" ", rest) if exempt is not None else rest, _table("archaic_negatives", lang))
                         or cue_in_text(rest, lang, "dislike"))  # "桂花糕，在下早已吃腻了"
        return f"{topic} ... {cue}" if cue else None
    if lang not in ("ja", "ko"):
        return None
    waits = lang == "ja" and cl.text.rstrip().endswith(_table("waiting_particles", lang))
    if not waits and not cl.text.rstrip().endswith(_table("hand_on_end", lang)):
        return None
    for nxt in ans.clauses[ci + 1:]:
        if nxt.sentence != cl.sentence:
            return None
        if any(k and k in nxt.text for k in keyword_norms):
            return None  # the keyword's own later clause is judged by itself
        topic = starts_with(nxt.text, _table("self_topic", lang))
        if topic:
            rest = nxt.text[len(topic):]
            cue = archaic_negation(rest, lang) or cue_in_text(rest, lang, "negation")
            return f"{topic} ... {cue.strip()}" if cue else None
        if waits:  # "ほうじ茶なぞ、つゆ好まざりき": the verb the particle waits for, classically negated
            return archaic_negation(nxt.text, lang)
    return None


def owned_by_other(ans: Answer, ci: int, pos: int, term, prep: PreparedTruth) -> str | None:
    """The keyword given to another person in its sentence: "X's Sal's cat", "X, not mine",
    "Xは佐藤さんがいつも頼む豆", "X는 토린 녀석이 벼리고", "X是船长常挂在嘴边的地方"."""
    lang = ans.language
    truth = prep.truth
    if truth.subject == "user" or (truth.focus == "conversation_memory" and truth.subject != "self"):
        return None  # the keyword is someone else's fact ("你女儿的狗叫年糕")
    if any(cue_in_text(r, lang, "kin") or cue_in_text(r, lang, "roles") for r in prep.question_relations):
        return None  # asked about a relative ("娘さんが弾く曲は？"): the keyword is theirs
    cl = ans.clauses[ci]
    sentence = " ".join(c.text for c in ans.clauses[ci:] if c.sentence == cl.sentence)
    cue = word_in(sentence, _table("not_mine", lang))
    if cue:
        return cue
    before = _owner_before(clause_before(ans, ci, pos), lang, prep)
    if before:
        return before
    rest = clause_rest(ans, ci, pos, term).strip()
    owner = _owner_in_rest(rest, lang, prep)
    if owner or rest.strip(" -") or ci + 1 >= len(ans.clauses):
        return owner
    # the keyword alone, then "That's Otto's cat." / "那是老秦的老家。": read the owner after the pointer
    nxt = ans.clauses[ci + 1].text
    lead = starts_with(nxt, _table("pointing_back", lang))
    if lead:
        glue = {"en": "s ", "zh": "是", "ja": "は", "ko": "은 "}[lang] if lang in ("en", "zh", "ja", "ko") else ""
        return _owner_in_rest(glue + nxt[len(lead):].strip(), lang, prep)
    return None


_EN_OWNER = re.compile(r"^(?:s|is|was|s actually|is actually|is really)( the)? ([a-z]+) s\b|^(?:belongs|belonged) to( the)? ([a-z]+)\b")
_EN_NOT_OWNER = frozenset({"it", "that", "what", "he", "she", "there", "here", "who", "i", "let", "one", "mine", "my", "our",
                           "this", "everyone", "everybody", "name", "nobody", "me", "us", "you"})
_JA_OWNER = re.compile(r"^(?:は|って|も|なら|ってのは|というのは)(?:、| )?([^、。 ]{1,10}?)(?:が|の)")
_KO_OWNER = re.compile(r"^(?:은|는|도|을|를|이란|란) ?([가-힣]{1,5})(?: ?([가-힣]{1,3}))?(?:(?:이|가|께서|의) | (?:거|것)(?:야|예요|이에요|입니다|이지|지|이다|다|요)?(?![가-힣]))")
_ZH_OWNER = re.compile(r"^(?:那地方|那儿|嘛|啊|呀|呢)?(?:是|乃|属于|归)(.{1,6}?)(?:的|常|最|总|天天|一直|老是|说|挂|爱|喜欢|家|老家|家乡)")


def _person(span: str, lang: str, prep: PreparedTruth) -> bool:
    """Whether a short span names another person: a name the record gives another, a relative, a
    role, a title, or a word with a personal suffix ("佐藤さん", "토린 녀석", "船长"); never the character,
    nor one the gold answer or the question names (the keyword is theirs: "凛が弾くんは『月の光』や")."""
    if not span or any(n and (n in span or span in n) for n in prep.names if len(n) >= 2):
        return False
    core = span.split(" ")[0] if lang in ("en", "ko") else span[:2]
    if core in prep.answer_norm or core in prep.question_norm:
        return False
    if span in _table("other_pronouns", lang):
        return True
    if lang == "zh" and re.fullmatch(r"[老小阿][\u4e00-\u9fff]", span):
        return True  # "老王", "小李", "阿琴": a person however little the record says of them
    if any(o and canonical(o) and (canonical(o) in span or span in canonical(o)) for o in prep.truth.others):
        return True
    if cue_in_text(span, lang, "kin") or cue_in_text(span, lang, "roles"):
        return True  # (people only: the relation nouns hold pets, "the cat's name is X")
    # (a bare title is a person in zh and en, "船长", "the captain"; a bare さん or 씨 is not)
    return any(span.endswith(s) and (span != s or lang in ("zh", "en")) for s in _table("person_suffix", lang))


# The keyword as what another person's thing is: "Sal's cat is X", "佐藤さんの好きな豆はX",
# "토린 녀석이 벼리는 건 X", "船长的老家是X".
_BEFORE = {"en": re.compile(r"(?:^|\b)(?<!\bmy )(?<!\bour )(?<!\byour )(?:the )?([a-z]+) s (?:[a-z]+ ){1,3}?(?:is|was|s|are|is called|is named|name is)$"),
           # ("倅の忠之助の初陣が桶狭間": the subject particle hands it over as the topic one does)
           "ja": re.compile(r"^([^、。 ]{1,10}?)(?:の|が)[^、。]{0,12}(?:は|って|が)$"),
           "ko": re.compile(r"^([가-힣]{1,5})(?: ?([가-힣]{1,3}))?(?:이|가|의) [가-힣 ]{0,12}(?:건|것은|거는|게)$"),
           "zh": re.compile(r"^(.{1,6}?)的[^，。]{0,8}(?:是|叫|就是)$")}


def _owner_before(before: str, lang: str, prep: PreparedTruth) -> str | None:
    m = _BEFORE[lang].search(before.strip()) if lang in _BEFORE else None
    if not m:
        return None
    who = m.group(1)
    if lang == "en":
        if who in _EN_NOT_OWNER or any(who in n.split(" ") for n in prep.names) or not _person(who, lang, prep):
            return None
    elif cue_in_text(who + (" " if lang == "ko" else ""), lang, "first_person") or not (
            _person(who, lang, prep) or (lang == "ko" and m.group(2) and _person(who + m.group(2), lang, prep))):
        return None
    return m.group(0)


def _owner_in_rest(rest: str, lang: str, prep: PreparedTruth) -> str | None:
    if lang == "en":
        m = _EN_OWNER.match(rest)
        who = (m.group(2) or m.group(4)) if m else ""
        # (a name the record does not know is another's only where the character's own names are known)
        if who and who not in _EN_NOT_OWNER and not any(who in n.split(" ") for n in prep.names) and (
                _person(who, lang, prep) or (prep.names and m.group(1) is None and m.group(3) is None)):
            return f"{who} s"
        return None
    if lang == "ja":
        m = _JA_OWNER.match(rest)
        if m and _person(m.group(1), lang, prep) and not cue_in_text(m.group(1), lang, "first_person"):
            return m.group(0)
        return None
    if lang == "ko":
        m = _KO_OWNER.match(rest)
        if m and not cue_in_text(m.group(1) + " ", lang, "first_person"):
            head = m.group(1) + (" " + m.group(2) if m.group(2) else "")
            if _person(head.replace(" ", ""), lang, prep) or (m.group(2) and m.group(2) in _table("person_suffix", lang)) \
                    or _person(m.group(1), lang, prep):
                return m.group(0).strip()
        return None
    if lang == "zh":
        m = _ZH_OWNER.match(rest)
        if m and not m.group(1).startswith(("我", "俺", "咱", "本")) and (
                _person(m.group(1), lang, prep)):
            return m.group(0)
    return None


_EN_SELF_REL = re.compile(r"\b(?:i m|i am|im)(?: [a-z]+)? (?:her|his|their) (?:[a-z]+ )??([a-z]+)\b")
_EN_AS_MACHINE = re.compile(r"^(?:as|speaking as|being) (?:the|a|an|your|this) (?:[a-z]+ s )?(?:[a-z]+ ){0,3}?"
                            r"(ai|assistant|computer|chatbot|bot|language model|virtual assistant|ai model)$")
_PARENTS_CHILD = {"en": re.compile(r"^(?:daddy|mummy|mommy|papa|mama|dad|mum|mom) s (?:girl|boy|daughter|son|little girl|little boy)$"),
                  "zh": re.compile(r"^(?:爸爸|妈妈|爹|娘|老爸|老妈|爹爹|娘亲)的(?:女儿|儿子|闺女|宝贝|乖女儿|乖儿子)$"),
                  "ja": re.compile(r"^(?:ぱぱ|まま|お父さん|お母さん|父さん|母さん|おとうさん|おかあさん|父上|母上)の(?:娘|息子|子)$"),
                  "ko": re.compile(r"^(?:아빠|엄마|아버지|어머니)(?:의)? ?(?:딸|아들)$")}
_NEVER = re.compile(r"(?!)")
_ZH_SELF_REL = re.compile(r"我(?:是|乃)(?:他|她|他们|她们)的?([\u4e00-\u9fff]{1,2})(?:$|[，。,. 啦呀啊哦])")
_JA_SELF_REL = re.compile(r"(?:私|わたし|僕|ぼく|あたし|俺|おれ|うち)は(?:彼|彼女|あの人|その人|あの方)の([^、。 ]{1,4}?)(?:です|だよ|だ|でございます|よ)")
_KO_SELF_REL = re.compile(r"(?:저는|나는|전|난) (?:그분|그녀|그 사람|그)(?:의)? ([가-힣]{1,4}?)(?:이에요|예요|입니다|이야|야|이오|이올시다)")


def stance_issue(ans: Answer, ci: int, pos: int, term, prep: PreparedTruth, text: str, allowed: frozenset[str]) -> str | None:
    """The verdict of this module's rules on one occurrence (``text``: its clause with the keyword
    masked), or None."""
    lang = ans.language
    if "wish" not in allowed and (wish := echo_wished(ans, ci)):
        return f"negated (a wish: '{wish}')"
    if "negation" not in allowed and (cue := archaic_negation(text, lang) or self_denies_later(ans, ci, prep.keyword_norms)):
        return f"negated ('{cue}')"  # "秋はさらに好まず", "秋は物悲しくて、わらははさらに好みはべらず"
    if "hearsay" not in allowed and (owner := owned_by_other(ans, ci, pos, term, prep)):
        return f"attributed to others ('{owner}')"
    if (who := other_identity(ans, prep)):
        return f"speaks as someone else ('{who}')"
    subject = prep.truth.subject
    if subject == "other" and "hearsay" not in allowed and (rel := other_relative(clause_before(ans, ci, pos), prep, lang)):
        return f"gives the fact to another relative ('{rel}')"  # "我儿子是萧红袖" asked who the 师妹 is
    if subject == "user" and (pair := companion_taken(ans, prep, lang)):
        return f"claims the user's fact as its own ('{pair}')"  # "Samir and I are going to X"
    return None


def other_identity(ans: Answer, prep: PreparedTruth) -> str | None:
    """The answer speaks as someone else: "I'm <another person of the record>", "I'm her daughter",
    "我是她女儿", "私は娘です", "저는 그분 딸이에요", or a machine role the character is not ("As the
    ship's assistant AI, ..."). A relation the gold answer or a keyword holds is the character's own."""
    # (a reading of the whole answer, asked again for every keyword occurrence: kept on the answer,
    # per prepared truth by identity)
    done = ans.memo.get(("other_identity", id(prep)))
    if done is None or done[0] is not prep:
        done = ans.memo[("other_identity", id(prep))] = (prep, _other_identity(ans, prep))
    return done[1]


_YOUR = {"en": ("your ",), "zh": ("你", "您", "你的", "您的", "你家", "您家"), "ja": ("あなたの", "お前の", "おまえの"),
         "ko": ("당신 ", "너희 ", "네 ", "니 ", "당신의 ")}


def _asked_as_yours(rel: str, question: str, lang: str) -> bool:
    """The question asks about the character's own ``rel`` ("your grandson", "你孙子")."""
    return any(f"{y}{rel}" in question for y in _YOUR.get(lang, ()))


def _other_identity(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language
    canon = ans.canon
    own = prep.answer_norm + " " + " ".join(prep.keyword_norms) + " " + prep.truth.role + " " + prep.question_norm
    for o in prep.truth.others:
        name = canonical(o).split(" ")[0] if lang == "en" else canonical(o)
        if not name or len(name) < 2 or any(name in n for n in prep.names):
            continue
        said = rf"^(?:i m|i am|im|my name is|my name s|call me) {re.escape(name)}\b(?! s\b)" if lang == "en" else \
            rf"(?:^|[^\u4e00-\u9fff])(?:我是|我叫|私は|わたしは|僕は|저는|나는|전|난) ?{re.escape(name)}(?!的|の|의|씨의|님의)" \
            rf"(?!って呼|と呼|って名|と名|(?:이)?라고 ?(?:불|부르|부릅|지었|지어))"  # (naming it: "私はこむぎって呼んでる")
        # (the pattern holds the name: a clause without it is not searched, nor the pattern compiled)
        if any(name in c.text and re.search(said, c.text) for c in ans.clauses):  # (within one clause: "I am — Ines is my wife")
            return name
    pat = {"en": _EN_SELF_REL, "zh": _ZH_SELF_REL, "ja": _JA_SELF_REL, "ko": _KO_SELF_REL}.get(lang)
    for m in (pat.finditer(canon) if pat else ()):
        rel = m.group(1)
        # (the relation the question asks of the character, "你孙子在哪里读书？", answered "我是她孙子": the
        # speaker has become that relative; session 36, s27)
        if relation_nouns(rel) and (rel not in own or _asked_as_yours(rel, prep.question_norm, lang)):
            return m.group(0)
    # (session 35) "ひなただよ、パパの娘。", "Hinata, Daddy's girl": a clause that is only a parent's child, the
    # child speaking of itself, which the gold answer does not say
    for c in ans.clauses[1:]:
        if (m := _PARENTS_CHILD.get(lang, _NEVER).match(c.text)) and m.group(0) not in prep.answer_norm:
            return m.group(0)
    first = ans.clauses[0].text if ans.clauses else ""
    m = _EN_AS_MACHINE.match(first) if lang == "en" else _ZH_AS.match(first) if lang == "zh" else None
    noun = m and (m.group(1) if lang == "en" else _ends(m.group(1), _table("machine_nouns", "zh")))
    if noun and noun not in own and not (prep.truth.machine and len(m.group(0).split()) <= 3 and in_world(m.group(0))):
        return m.group(0)  # (a machine's card says "As an AI, ..." of itself; not "as the ship's assistant AI")
    # "I'm Tock, Pip's sibling unit", "我是小菜的搭档": someone of the character's, not the character
    for n in (n for n in prep.names if len(n) >= 2):
        said = rf"\b(?:i m|i am)(?: (?!{re.escape(n)}\b)[a-z]+)? {re.escape(n)} s\b" if lang == "en" else \
            rf"(?:我是|私は|わたしは|僕は|ぼくは|저는|나는|전|난) ?{re.escape(n)} ?(?:的|の|의|他(?=[\u4e00-\u9fff])|她(?=[\u4e00-\u9fff]))"
        # ("我是大壮他奶": 他/她 after a name is the spoken possessive, "Dazhuang's grandma"; session 36, s27)
        if any(n in t and re.search(said, t) for t in (_sentences(ans) if lang == "en" else [c.text for c in ans.clauses])):
            return n  # (English across the comma of "I'm Tock, Pip's ...")
    return None


def _sentences(ans: Answer) -> list[str]:
    out: dict[int, list[str]] = {}
    for c in ans.clauses:
        out.setdefault(c.sentence, []).append(c.text)
    return [" ".join(v) for v in out.values()]


_ZH_AS = re.compile(r"^(?:作为|身为)(.{1,12})$")


def _ends(text: str, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.endswith(w)), None)


def former_then_now(ans: Answer, ci: int, lang: str, was: str | None) -> tuple[str, str] | None:
    """A value of the past (``was``: a "former" cue of the keyword's clause, or one in the next clause
    of its sentence: "小号嘛，曾经吹过，现在不吹了") and a later clause that says how things are now:
    opening with "now"/"现在" (past a connective) or carrying a "now" cue with a negation ("but alas, I
    keep no dog now"). Returns the two cues."""
    start, weak = ci + 1, False
    if not was:
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        was = nxt is not None and nxt.sentence == ans.clauses[ci].sentence and cue_in_text(nxt.text, lang, "former")
        start = ci + 2
    if not was:  # "Had a spaniel called X once. No dog these days.": only with a denial now
        sentence = [c for c in ans.clauses if c.sentence == ans.clauses[ci].sentence]
        was = word_in(" ".join(c.text for c in sentence), _table("weak_former", lang))
        last = sentence[-1]  # (list.index compares clauses field by field; an equal one has its start)
        start, weak = next(i for i, c in enumerate(ans.clauses) if c.start == last.start and c == last) + 1, True
    if not was:
        return None
    for c in ans.clauses[start:]:
        negated = cue_in_text(c.text, lang, "negation")
        if not negated and (cue_in_text(c.text, lang, "still") or word_in(c.text, _table("still_now", lang))):
            return None  # "现在也天天吹", "and now she's still mine": it holds now too
        lead = starts_with(c.text, _table("lead_connectives", lang))
        cue = cue_at_start(c.text[len(lead):].strip() if lead else c.text, lang, "now")
        # (a past cue read from the next clause is taken back only by a denial: "曾经吹过，现在不吹了")
        if cue and (start == ci + 1 and not weak or negated):
            return was, cue
        cue = cue_in_text(c.text, lang, "now")
        if cue and negated:
            return was, cue
    return None
