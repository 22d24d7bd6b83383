"""Ground truth prepared once, and keyword occurrences found in an analysed answer.

The reward sees the same few thousand ground truths over and over (every rollout of a prompt,
every epoch), so everything derivable from the ground truth alone is computed once and cached:
keyword terms in the canonical match form, which negative keywords are usable, the gold answer
analysed like any answer (which cues its keyword clause carries, so a gold "People call me Iggy"
allows the same wording in a response), the name forms of the character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from raiden_r1.canon import canonical, Term, find_term, make_term, match_form, occurrences
from raiden_r1.canon.spelled_quantities import is_named_day  # (a day's name in thinking says something: 12月24日のクリスマスイブ)
from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth
from raiden_r1.data.perspective import name_forms, relation_nouns, short_name_forms, surname_forms
from raiden_r1.text import LANGUAGES

from .analysis import Answer, analyse, clause_cue, cue_in_text, saying_pieces
from .clock import item_clock
from .fasttext import detect_language_fast, length_units
from .keyword_spellings import spellings
from .lexicon import cues
from .name_readings import name_spellings
from .notation_classes import bare_number_spellings
from .spoken_spellings import converted_spellings
from .own_titles import own_titles
from .similarity import content_units
from .think_substance import known_units

# Cue kinds that void a keyword unless the gold answer's own keyword clause carries them.
GOLD_RELATIVE_CUES = ("negation", "hearsay", "conditional", "uncertain", "rhetorical", "doubt", "future", "former", "ended", "wish",
                      "ignorance", "no_longer", "sarcasm", "abandoned", "mistaken_for")


@dataclass(frozen=True, slots=True)
class PreparedTruth:
    truth: GroundTruth
    language: str
    answer_norm: str  # the gold answer's canonical text
    items: tuple[tuple[Term, ...], ...]  # each item: its alternatives
    negatives: tuple[Term, ...]
    ignored_negatives: tuple[str, ...]  # negatives the gold answer or a keyword itself contains
    gold_units: int
    gold_content: frozenset[str]
    allowed_cues: frozenset[str]  # cue kinds the gold answer's keyword clauses carry
    gold_self_identity: bool  # the gold answer says "I am <keyword>" (a name question)
    names: tuple[str, ...]  # canonical forms of the character's name
    other_norms: tuple[str, ...]  # canonical forms of the profile's other people (names in another script)
    short_names: tuple[str, ...]  # one-character given names (read only as a speaker or a subject)
    surnames: tuple[str, ...]  # the family name of a CJK name (read only with an honorific or a title)
    yes_no: str  # "yes" / "no": the polarity of the gold answer to a yes/no question, else ""
    question_norm: str
    question_units: frozenset[str]
    question_relations: frozenset[str]  # relatives/pets the question names ("你家猫" -> {猫})
    gold_relations: frozenset[str]  # and those the gold answer names
    asks_other_name: bool  # the keyword names someone else (subject "other" and a name is asked)
    asks_name: bool  # the question asks for a name (of anyone: "what's your dog called?")
    gold_negated: bool  # the gold answer carries a negation cue ("I've never had a cat")
    keyword_units: dict[str, str]  # number keyword -> the unit that follows it in the gold answer
    numeric_keys: bool  # some keyword holds a digit (a number or a date)
    keyword_norms: tuple[str, ...] = ()  # every alternative's matched form (quoted words may be in another script)
    think_known: frozenset[str] = frozenset()  # what a think sentence may repeat without saying anything
    titles: tuple[str, ...] = ()  # the character's own titles and their other words (its role: "女将", "sergeant")
    clocks: dict[str, tuple[int, int, bool]] = field(default_factory=dict)  # clock spellings -> clock.item_clock


def _language_tag(tag: object) -> str | None:
    """"zh", "zh-CN", "ZH_hans" -> "zh"; anything that is not one of en/zh/ja/ko -> None (detect)."""
    if not isinstance(tag, str):
        return None
    base = tag.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGUAGES else None


# A question asking for a name ("What's your cat called?", "Who is your father?").
_ASKS_NAME = re.compile(r"\b(?:name|names|called|call|who|whom)\b|名字|叫什么|谁|誰|名前|なんて|何て|이름|누구|뭐라고")
_YES_NO_EN = ("do ", "does ", "did ", "are ", "is ", "was ", "were ", "have ", "has ", "had ", "can ", "could ",
              "will ", "would ", "am ")


def _is_yes_no_question(question: str, language: str) -> bool:
    q = question.strip().lower()
    if not q:
        return False
    if language == "en":
        return q.startswith(_YES_NO_EN)
    # (lexicon question_words: "体重はどのくらいですか？" asks a number, not yes or no)
    folded = canonical(q)
    if any(w in folded for w in cues(language).get("question_words")):
        return False
    ends = {"zh": ("吗", "吗?", "吗？", "没有?", "没有？"), "ja": ("か", "か?", "か？", "の?", "の？"),
            "ko": ("?", "？")}.get(language, ())
    return q.rstrip().endswith(ends)


def _key_says_no(first: str, question: Answer, items: tuple[tuple[Term, ...], ...], language: str) -> bool:
    """A keyword that is itself a negation ("不吃辣", "never touch", "못 먹어요") answers a question that
    does not negate with a no, whatever the gold answer opens with ("唔得啦，我从小不吃辣" asked
    "你能吃辣吗？": a dialect "no" the lexicon does not know). Not where the gold opens with a yes
    ("对，我不吃辣" asked "你不吃辣吗？") or the question itself negates."""
    if cue_in_text(question.canon, language, "negation") or find_cue_first(first, language, "yes"):
        return False
    # (every spelling of the item negates: a reading of 家内, かない, is no negation of 結婚してる)
    return any(alts and all(cue_in_text(a.canon, language, "negation") for a in alts) for alts in items)


def _gold_cues(gold: Answer, items: tuple[tuple[Term, ...], ...], question: str, language: str
               ) -> tuple[frozenset[str], bool]:
    allowed: set[str] = set()
    self_identity = False
    # A keyword the gold answer only ever says as a question is one ("됐거든?", a retort as the
    # catchphrase): asking it is how it is said. ("Marmalade? Yes, Marmalade." says it plainly too.)
    asked = [gold.clauses[gold.clause_index(p)].question for alts in items for t in alts for p in gold.find(t)]
    if asked and all(asked):
        allowed.add("question")
    for alts in items:
        for t in alts:
            for pos in gold.find(t):
                ci = gold.clause_index(pos)
                # the keyword's own characters cue nothing ("无锡" holds 无, "안동" 안): cut it out first
                text = gold.clauses[ci].text
                polar = _is_yes_no_question(question, language)
                # (every keyword's own characters, this item's and the others': "深圳" and "无人机" in
                # "我在深圳做无人机" allow no negation through the 无 of 无人机)
                for alt in (a for other in items for a in other):
                    # (a negative phrase as the key keeps its cue: "can't swim", "不会游泳", "泳げない")
                    phrase = polar or (len(alt.canon.split(" ")) >= 2 if alt.canon.isascii() else len(alt.canon.replace(" ", "")) >= 4)
                    if alt.canon and alt.canon in text and not phrase:
                        text = text.replace(alt.canon, " ")
                    for piece in () if polar else saying_pieces(alt.raw):
                        text = text.replace(piece, " ")  # (a saying's own 不 is quoted, no stance of the gold)
                for kind in GOLD_RELATIVE_CUES:
                    if cue_in_text(text, language, kind) or (language != "en" and text.isascii() is False and
                                                             any("a" <= c <= "z" for c in text) and cue_in_text(text, "en", kind)):
                        allowed.add(kind)
                cl = gold.clauses[ci]
                before = gold.match[cl.start:pos].strip()
                if any(before.endswith(w.strip()) for w in gold.cues.get("self_identity")):
                    self_identity = True
    # "What do you dislike?" / "Anything you can't do?": a negation in the answer is natural.
    asked = analyse(question, language).canon if question else ""
    q = f"{gold.canon} {asked}" if question else gold.canon
    if cue_in_text(q, language, "negative_sentiment") or (language != "en" and cue_in_text(q, "en", "negative_sentiment")):
        allowed.add("negation")
    # "What are you doing tomorrow?" — "夜市に寄るつもりやで": asked for a plan, the plan is the answer.
    if cue_in_text(asked, language, "plan_question") and not cue_in_text(asked, language, "habitual"):
        allowed.add("wish")  # (lexicon plan_question: "明天打算去哪儿？", "週末の予定は？", "토요일에 뭐 하오?")
    if cue_in_text(asked, language, "dream_question"):
        allowed.add("wish")  # (lexicon dream_question: "夢は？" — "薬師になりたいのです": the wish is the dream asked)
    return frozenset(allowed), self_identity


def prepare(truth: GroundTruth) -> PreparedTruth:
    language = _language_tag(truth.language) or detect_language_fast(
        truth.question + " " + truth.answer if truth.question else truth.answer)
    items = tuple(t for t in (tuple(a for a in (make_term(x) for x in name_spellings(
        truth, alts, spellings(alts, language, keywords=True), language)) if a.norm)
                              for alts in truth.keywords) if t)
    clocks = {t.norm: clock for raw_alts, alts in zip(truth.keywords, items)
              if (clock := item_clock(raw_alts)) for t in alts}
    gold = analyse(truth.answer, language)
    items = _with_suffixed_forms(items, f"{gold.match} {canonical(truth.question)}", language)
    items = _with_unit_classes(items, gold, truth.question, language)
    negatives, ignored = [], []
    for raw in spellings(truth.negative_keywords, language):
        t = make_term(raw)
        if not t.norm:
            continue
        # A negative the gold answer or a keyword contains cannot mark a wrong answer.
        inside = find_term(gold.match, t) != -1 or any(find_term(a.norm, t) != -1 or find_term(t.norm, a) != -1
                                                        for alts in items for a in alts)
        if inside:
            ignored.append(raw)
        else:
            negatives.append(t)
    allowed, self_identity = _gold_cues(gold, items, truth.question, language)
    question = analyse(truth.question, language) if truth.question else None
    yes_no = ""
    if question is not None and _is_yes_no_question(truth.question, language) and gold.clauses:
        first = gold.clauses[0]
        # the gold's own first clause may say no by negating ("못 해요", "持っていないんです")
        # ... and in English a key that negates ("can't swim") makes "I can't swim." a no
        en_negative_key = language == "en" and any(cue_in_text(a.canon, "en", "negation") for alts in items for a in alts)
        yes_no = "no" if says_no(first.text, language) or ((language != "en" or en_negative_key) and cue_in_text(
            first.text, language, "negation")) or _key_says_no(first.text, question, items, language) else "yes"
    return PreparedTruth(
        truth=truth,
        language=language,
        answer_norm=gold.canon,
        items=items,
        negatives=tuple(negatives),
        ignored_negatives=tuple(ignored),
        gold_units=length_units(truth.answer, language),
        gold_content=content_units(gold.canon),
        allowed_cues=allowed,
        gold_self_identity=self_identity,
        names=name_forms(truth.character_name, truth.aliases),
        other_norms=tuple(c for o in truth.others if (c := canonical(o))),
        short_names=short_name_forms(truth.character_name, truth.aliases) + _ja_one_kanji_given(truth.character_name, language),
        surnames=surname_forms(truth.character_name, language),
        yes_no=yes_no,
        question_norm=question.canon if question is not None else "",
        question_units=content_units(question.canon) if question is not None else frozenset(),
        question_relations=frozenset(relation_nouns(question.canon)) if question is not None else frozenset(),
        gold_relations=frozenset(relation_nouns(gold.canon)),
        asks_other_name=truth.subject == "other" and bool(_ASKS_NAME.search(truth.question.lower())),
        asks_name=bool(_ASKS_NAME.search(truth.question.lower())),
        gold_negated=cue_in_text(gold.canon, language, "negation") is not None,
        keyword_units=_keyword_units(gold, items, language),
        numeric_keys=any(c.isdigit() for alts in items for a in alts for c in a.norm),
        keyword_norms=tuple(dict.fromkeys(a.norm for alts in items for a in alts)),
        think_known=known_units(truth.question, truth.answer,
                                tuple(a.raw for alts in items for a in alts if not is_named_day(a.canon)),
                                (truth.character_name, *truth.aliases)),
        titles=own_titles(truth.role, language),
        clocks=clocks,
    )


def _ja_one_kanji_given(name: str, language: str) -> tuple[str, ...]:
    """The one-kanji given name of a Japanese name the dictionary splits ("日向葵" -> 葵): read, like the
    given name of a spaced name, only as a speaker or a sentence subject ("葵は二段じゃ")."""
    if language != "ja" or " " in name.strip():
        return ()
    family = surname_forms(name, language)
    rest = canonical(name)[len(family[0]):] if family and canonical(name).startswith(family[0]) else ""
    return (rest,) if len(rest) == 1 else ()


def _with_suffixed_forms(items: tuple[tuple[Term, ...], ...], record_text: str, language: str
                         ) -> tuple[tuple[Term, ...], ...]:
    """Each one-character keyword with the suffixed word the record itself writes for it ("兔" with
    兔子 when the gold answer says "白白的兔子"): a one-character keyword must stand alone, and 兔子
    is the word people say."""
    suffixes = cues(language).get("noun_suffixes")
    if not suffixes:
        return items
    out = []
    for alts in items:
        extra = [make_term(a.norm + s) for a in alts if a.single for s in suffixes if a.norm + s in record_text]
        out.append(tuple(dict.fromkeys((*alts, *extra))) if extra else alts)
    return tuple(out)


def _with_unit_classes(items: tuple[tuple[Term, ...], ...], gold: Answer, question: str, language: str
                       ) -> tuple[tuple[Term, ...], ...]:
    """A bare number keyword spelled as the quantity the gold answer makes it ("50" in "50 years now":
    "half a century"; "12" counted, or asked how many: "a dozen"): notation_classes.py."""
    if not any(a.numeric for alts in items for a in alts):
        return items
    units = _keyword_units(gold, items, language)
    q = canonical(question).lower()
    out = []
    for alts in items:
        extra = [make_term(v) for a in alts if a.numeric
                 for v in (*bare_number_spellings(a.norm, units.get(a.norm), q, language),
                           *converted_spellings(a.norm, units.get(a.norm)))]
        out.append(tuple(dict.fromkeys((*alts, *(t for t in extra if t.norm)))) if extra else alts)
    return tuple(out)


def _keyword_units(gold: Answer, items: tuple[tuple[Term, ...], ...], language: str) -> dict[str, str]:
    out = {}
    for alts in items:
        for t in alts:
            if not t.numeric:
                continue
            for pos in gold.find(t):
                u = unit_after(t.norm, gold.match[pos + len(t.norm):pos + len(t.norm) + 12], language)
                if u:
                    out[t.norm] = u
    return out


@lru_cache(maxsize=8)
def _unit_words(language: str) -> tuple[str, ...]:
    """Unit words as written and in match form (the match text stems "pounds" to "pound"), longest
    first, so that the same text always reads as the same unit (set order changes with the hash seed)."""
    from .lexicon import cues

    words = set(cues("en").get("units")) | set(cues(language).get("units"))
    words |= {match_form(w) for w in words}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def unit_after(number: str, after: str, language: str) -> str | None:
    """The unit word that follows a number: "180 cm", "27歳", "3年生" (a school year)."""
    word = after.strip().split(" ")[0]
    found = next((u for u in _unit_words(language) if word == u or (not u.isascii() and word.startswith(u))), None)
    if found and found in cues(language).get("unit_classifiers") and len(word) > len(found):
        # a measure word between the number and its unit is no unit: "18个小时" is 18小时 (个月, a
        # unit of its own, is read first, longest first: three months are not March)
        found = unit_after(number, word[len(found):], language) or found
    # ("2041年生まれ", "1990年生": a year of birth, not a school year)
    if found == "年生" and (word.startswith("年生まれ") or len(number) >= 3):
        return "年"
    return found


def says_no(first_clause: str, language: str) -> str | None:
    """The "no" cue a first clause answers with: at its start ("No, ..."), or for Korean and
    Japanese, which put polarity at the end, anywhere in it ("자녀는 없어요", "持っていないんです")."""
    cue = find_cue_first(first_clause, language, "no")
    if cue is None and language != "en":
        # ("152cmしかないねん": しかない is "only", no "no")
        for exempt in cues(language).get("negation_exempt"):
            first_clause = first_clause.replace(exempt, " ")
        # (an interjection "no" counts only where it opens the clause: find_cue_first above)
        opening = cues(language).get("no_opening")
        cue = next((w for w in cues(language).get("no") if len(w) >= 2 and w in first_clause and w not in opening), None)
    return cue


def find_cue_first(text: str, language: str, kind: str) -> str | None:
    """A cue of ``kind`` that a clause starts with (or is)."""
    from .analysis import cue_at_start

    return cue_at_start(text, language, kind)


@lru_cache(maxsize=16384)
def _prepare_cached(truth: GroundTruth) -> PreparedTruth:
    return prepare(truth)


@lru_cache(maxsize=16384)
def _prepare_str(s: str) -> PreparedTruth:
    return _prepare_cached(parse_ground_truth(s))


def prepared_truth(ground_truth: Any) -> PreparedTruth:
    """A ground truth in any accepted form (GroundTruth, our JSON string, dict, plain answer),
    prepared and cached. Never raises."""
    if isinstance(ground_truth, PreparedTruth):
        return ground_truth
    if isinstance(ground_truth, str):
        return _prepare_str(ground_truth)
    gt = parse_ground_truth(ground_truth)
    try:
        return _prepare_cached(gt)
    except TypeError:  # unhashable extras
        return prepare(gt)


def reached_items(text: str, prepared: PreparedTruth) -> int:
    """How many keyword items a long text (the thinking) mentions, matched like answers are."""
    if not prepared.items:
        return 0
    ans = analyse(text[:8192], prepared.language)
    return sum(1 for alts in prepared.items if any(find_term(ans.match, a) != -1 for a in alts))
