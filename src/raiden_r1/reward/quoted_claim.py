"""The keyword said as a claim the character puts at a distance (fifteenth and sixteenth suites): asked
who said it ("泳げる、などと誰が申した", "谁说我住虹口了", "내가 말을 잘 탄다고 누가 그래", "Who said I slept 400
years"), quoted into a Japanese clause that asks, supposes or denies it ("わたしが泳げるとでも思うたか",
"油揚げ、じゃと？", "モカ、なんて名前やったら…"), turned into a noun and called an error ("…が2041年に作られた
というのは、よくある勘違い", "…다는 건 잘못 알려진 이야기", "the idea that … is a myth"), envied in others
("말을 잘 타는 자가 부럽소") or true only in a dream ("泳げるのは夢の中だけ"). Each reader returns the
verdict or None; occurrence.occurrence_issue asks them last. Tables: lexicon/quoted_claim.yaml.
"""

from __future__ import annotations

from raiden_r1.canon import Term

from .analysis import Answer, cue_in_text
from .clause_text import clause_before, clause_rest
from .dreamt import dreamt
from .gates import gated
from .lexicon import starts_with, word_in, word_list
from .matching import PreparedTruth


def _table(kind: str, lang: str) -> tuple[str, ...]:
    return word_list("quoted_claim", kind, lang)


def _sentence_parts(ans: Answer, ci: int, pos: int, term: Term) -> tuple[str, str]:
    """The keyword's sentence before it and after it (canonical clause texts joined by spaces)."""
    first, end = ans.sentence_span(ci)
    earlier = [c.text for c in ans.clauses[first:ci]]
    later = [c.text for c in ans.clauses[ci + 1:end]]
    before = " ".join(earlier + [clause_before(ans, ci, pos)]).strip()
    after = " ".join([clause_rest(ans, ci, pos, term)] + later).strip()
    return before, after


def _found(text: str, kind: str, lang: str) -> str | None:
    cue = word_in(text, _table(kind, lang))
    return None if cue is None or word_in(text, _table(f"{kind}_exempt", lang)) else cue


@gated(lists=(("quoted_claim", "who_said"),))
def who_said(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """"Who said X?" in the keyword's sentence: the claim denied, unless a negation stands between
    the question and the keyword ("谁说我不会游泳", "泳げぬなどと誰が申した": a double negative says yes)."""
    lang = ans.language
    # (en/zh ask it before the keyword in its clause, "Who said I slept 300 years"; ja/ko after it in its
    # sentence, "泳げる、などと誰が申した": not a whoever-says clause elsewhere, "谁说的都不重要，我住虹口")
    if lang in ("en", "zh"):
        span = clause_before(ans, ci, pos)
    else:
        span = _sentence_parts(ans, ci, pos, term)[1]
    cue = _found(span, "who_said", lang)
    if cue is None:
        return None
    k = span.find(cue)
    between = span[k + len(cue):] if lang in ("en", "zh") else span[:k]
    return None if cue_in_text(between, lang, "negation") else cue


@gated(lists=(("quoted_claim", "think_verbs"), ("quoted_claim", "quote_open"), ("quoted_claim", "quote_end")))
def quoted_into_next(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Japanese: the keyword ends its clause, quoted by the next one ("油揚げ、じゃと？", "泳げる、などと…",
    "わたしが泳げると | でも思うたか"), and that clause asks it back, supposes it or denies saying it."""
    allowed = prep.allowed_cues
    if ans.language != "ja":
        return "asked back" if "question" not in allowed and _think_question_next(ans, ci, pos, term) else None
    rest = clause_rest(ans, ci, pos, term).strip()
    if "question" not in allowed and _asks_what_you_think(ans.clauses[ci], rest):
        return "asked back"  # "わたしが泳げると思ったか。"
    if ci + 1 >= len(ans.clauses):
        return None
    cl, nxt = ans.clauses[ci], ans.clauses[ci + 1]
    if nxt.sentence != cl.sentence:
        return None
    opener = starts_with(nxt.text, _table("quote_open", "ja"))
    if nxt.question and opener == nxt.text and "question" not in allowed:
        return "asked back"  # "松本の生まれ、だと？": the whole clause echoed
    if rest:
        if rest not in _table("quote_end", "ja"):
            return None
    elif opener is None:
        return None
    text = nxt.text
    if cue_in_text(text, "ja", "rhetorical_yes"):
        return None  # "泳げるって言ったじゃない": a reminder, no doubt
    negated = cue_in_text(text, "ja", "negation")
    if nxt.question and "question" not in allowed and not negated and (
            text == opener or word_in(text, _table("think_verbs", "ja"))):
        return "asked back"
    cond = "conditional" not in allowed and cue_in_text(text, "ja", "conditional")
    if cond:
        return f"conditional ('{cond.strip()}')"
    if negated and "negation" not in allowed and word_in(text, _table("say_verbs", "ja")):
        return f"negated ('{negated.strip()}')"
    return None


def _think_question_next(ans: Answer, ci: int, pos: int, term: Term) -> bool:
    """en/zh/ko: the bare keyword, then a question of its sentence asking whether one thinks it ("Osaka,
    you think?", "虹口，你以为？", "울산, 그렇게 생각하셨습니까?")."""
    lang = ans.language
    if clause_rest(ans, ci, pos, term).strip() or clause_before(ans, ci, pos).strip() or ci + 1 >= len(ans.clauses):
        return False
    nxt = ans.clauses[ci + 1]
    return nxt.sentence == ans.clauses[ci].sentence and nxt.question and not cue_in_text(nxt.text, lang, "negation") \
        and bool(word_in(nxt.text, _table("think_verbs", lang)))


def _asks_what_you_think(cl, rest: str) -> bool:
    """The keyword's own clause goes on to ask whether one thinks it ("…と思ったか", "…とでも思っておるのか")."""
    quote = starts_with(rest, _table("quote_end", "ja"))
    if not quote or cue_in_text(rest, "ja", "negation"):
        return False
    return bool(word_in(rest, _table("think_verbs", "ja"))) and (cl.question or rest.endswith(("か", "のか", "かい", "かね")))


@gated(lists=(("quoted_claim", "mistake"), ("quoted_claim", "mistake_before")))
def called_mistaken(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """The keyword's statement made a noun ("…というのは", "…다는 건", "the idea that …", "…的说法") and called
    an error after the keyword in its sentence."""
    lang = ans.language
    before, after = _sentence_parts(ans, ci, pos, term)
    if lang in ("ja", "ko"):
        nominal = word_in(after, _table("claim_nominal", lang))
        tail = after[after.find(nominal) + len(nominal):] if nominal else ""
    elif lang == "zh":
        nominal = word_in(f"{before} {after}", _table("claim_nominal", lang))
        tail = after
        own = clause_rest(ans, ci, pos, term)
        if not nominal and (k := own.find("是")) != -1:
            nominal, tail = "是", own[k:]  # "住虹口是别人瞎传的": the keyword's clause itself called an error
    else:
        nominal = word_in(before, _table("claim_nominal", lang)) or ("that" if before.startswith("that ") else None)
        tail = after
        if not nominal and (first := word_in(clause_before(ans, ci, pos), _table("mistake_before", lang))):
            return first  # "It's a common misconception that I was built in Osaka"
    if not nominal:
        return None
    cue = _found(tail, "mistake", lang)
    return f"{nominal} ... {cue}" if cue else None


def disowned_clause(ans: Answer, j: int) -> str | None:
    """Clause ``j`` stands in a sentence that calls a claim an error ("说我住静安，那是误传", "인천이라는 건 잘못
    알려진 이야기예요") or asks who said it: the value it holds is no second answer."""
    lang = ans.language
    cl = ans.clauses[j]
    sentence = " ".join(c.text for c in ans.clauses if c.sentence == cl.sentence)
    nominal = word_in(sentence, _table("claim_nominal", lang))
    if nominal and _found(sentence[sentence.find(nominal) + len(nominal):], "mistake", lang):
        return nominal
    return _found(sentence, "who_said", lang)


@gated(lists=(("quoted_claim", "envy"),))
def envied(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """Envy in the keyword's clause: others have it, the character has not."""
    cl = ans.clauses[ci]
    text = cl.text.replace(term.canon, " ", 1) if term.canon else cl.text
    return _found(text, "envy", ans.language)


@gated(lists=(("quoted_claim", "dream_only"),), words=("梦", "꿈"))  # (dreamt.py: the dream itself)
def dream_only(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """The keyword true only in a dream, in its sentence."""
    before, after = _sentence_parts(ans, ci, pos, term)
    return _found(f"{before} {after}", "dream_only", ans.language) or dreamt(f"{before} {after}", ans.language)


@gated(lists=(("quoted_claim", "dream_scene"),))
def dream_scene(ans: Answer, ci: int, pos: int) -> str | None:
    """The keyword as where a dream took the speaker: a dream cue before it in its clause, or a short
    clause of the same sentence just before it that sets the dream ("昨夜梦里，又回到了扬州")."""
    cl = ans.clauses[ci]
    spans = [clause_before(ans, ci, pos)]
    if ci > 0 and (prev := ans.clauses[ci - 1]).sentence == cl.sentence and (
            len(prev.text.split(" ")) <= 6 if prev.text.isascii() else len(prev.text.replace(" ", "")) <= 10):
        spans.append(prev.text)
    return next((cue for text in spans if text and (cue := _found(text, "dream_scene", ans.language))), None)


def quoted_claim_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    allowed = prep.allowed_cues
    if "rhetorical" not in allowed and "negation" not in allowed and (cue := who_said(ans, ci, pos, term)):
        return f"negated (asked who said it: '{cue}')"
    issue = quoted_into_next(ans, ci, pos, term, prep)
    if issue:
        return issue
    if "error" not in allowed and (cue := called_mistaken(ans, ci, pos, term)):
        return f"taken back (called an error: '{cue}')"
    if "wish" not in allowed and (cue := envied(ans, ci, pos, term)):
        return f"not yet (envied in others: '{cue}')"
    if cue := dream_only(ans, ci, pos, term) or dream_scene(ans, ci, pos):
        return f"not asserted (only in a dream: '{cue}')"
    return None
