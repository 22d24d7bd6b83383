"""What the character disowns although its answer holds the keyword (docs/reward.md, thirteenth suite):
another's report that it declines ("Tom calls it Greywind, but I never named it", "月影と人は呼びますが、
名などつけておりません", "世人皆言吾剑名秋水，吾不置可否", "사람들은 … 하나, 나는 그리 말한 적 없노라"), the asked
thing kept back in a clause of its own while the keyword answers something else ("14 March is the day I
took command. My birthday I keep to myself."), a past value it no longer knows ("172cmだったのは学生のころの
話で、今は分かりません") and a value it calls made up ("墨墨是我随口编的"). Each returns the cue it read, or
None; occurrence.occurrence_issue words the verdict. Tables: lexicon/disowned.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import Term
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_in_text
from .asked_unknown import asked_unknown
from .clause_text import clause_before, clause_rest
from .disowned_lexicon import starts_with, table, word_in
from .gates import gated
from .handed_over import handed_over
from .own_instead import claimed_instead, relative_as_subject
from .matching import PreparedTruth
from .similarity import content_units


def _holds_keyword(text: str, prep: PreparedTruth) -> bool:
    return any(k and k in text for k in prep.keyword_norms)


# ---- another's report, declined ----------------------------------------------------------------

# ja: a quotative right after the keyword, a speaker with its particle, then a verb of saying or calling.
_JA_REPORT = r"^ ?(?:と|って) ?([^、。 ]{1,12}?(?:は|が|も|みんな|皆|みな)) ?(?:VERBS)"
_ZH_ADVERBS = "都皆也常总还一直向来老早就"


def _first_person(text: str, lang: str) -> bool:
    return bool(cue_in_text(text, lang, "first_person") or cue_in_text(text, lang, "self_subject"))


def _own_or_yours(text: str, lang: str) -> bool:
    """The character's or the user's words ("我叫它", "你说的是"): no report of others to decline."""
    return _first_person(text, lang) or bool(cue_in_text(text, lang, "second_person"))


def _report(ans: Answer, ci: int, pos: int, term: Term) -> str | None:
    """A verb of saying or calling whose speaker is someone other than the character, with the keyword
    as what it says: "Tom calls it X", "X, my brother says", "Xって健太くんは言う", "X、と人は呼びます",
    "世人皆言…X", "사람들은 … X… 하나"."""
    lang = ans.language
    cl = ans.clauses[ci]
    verbs = table("report_verbs", lang)
    not_speakers = table("not_speakers", lang)
    if lang == "en":
        before = clause_before(ans, ci, pos)
        spans = [before]
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        if nxt is not None and nxt.sentence == cl.sentence and len(cl.text.split(" ")) <= 3:
            spans.append(nxt.text)  # "Greywind, my brother says, but ..."
        for span in spans:
            tokens = span.split(" ")
            for i, t in enumerate(tokens):
                # (a speaker of its own: not "I'd never say so", "you said", "it's called")
                if t in verbs and i > 0 and tokens[i - 1] not in not_speakers and \
                        not _own_or_yours(" ".join(w for w in tokens[:i] if w not in ("my", "our")), lang):
                    return f"{tokens[i - 1]} {t}"
        return None
    if lang == "ja":
        rest = clause_rest(ans, ci, pos, term)
        if not rest.strip() and ci + 1 < len(ans.clauses) and ans.clauses[ci + 1].sentence == cl.sentence:
            rest = ans.clauses[ci + 1].text  # "月影、と人は呼びますが"
        m = _ja_report_pattern(verbs).match(rest)
        if m and not _own_or_yours(m.group(1), lang):
            return m.group(0).strip()
        # the speaker first: "皆は月影と言いますけど"
        m = _ja_report_pattern(verbs, True).match(rest)
        who = _JA_SPEAKER.match(clause_before(ans, ci, pos))
        if m and who and not _own_or_yours(who.group(0), lang):
            return f"{who.group(0)} ... {m.group(0).strip()}"
        return None
    if lang == "zh":
        earlier = " ".join(c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence)
        before = f"{earlier} {clause_before(ans, ci, pos)}".strip()
        for v in verbs:
            k = before.find(v)
            if k <= 0:
                continue
            speaker = before[:k].rstrip(_ZH_ADVERBS + " ")
            if speaker and not _own_or_yours(speaker, lang) and not speaker.endswith(not_speakers) \
                    and not speaker.startswith(not_speakers):
                return before[:k + len(v)]
        return None
    if lang == "ko":
        head = " ".join(c.text for c in ans.clauses[:ci + 1] if c.sentence == cl.sentence)
        if starts_with(head, table("self_lead", lang)) or cue_in_text(head, lang, "second_person"):
            return None  # "나는 … 라 하나": the character's own saying; "당신이 … 라 했지만": the user's
        end = max(c.end for c in ans.clauses[ci:] if c.sentence == cl.sentence)
        m = _ko_report_pattern(verbs).search(ans.match[pos:end])
        return m.group(0) if m else None
    return None


@lru_cache(maxsize=4)
def _ja_report_pattern(verbs: tuple[str, ...], bare: bool = False) -> re.Pattern[str]:
    alternation = "|".join(re.escape(v) for v in verbs)
    # (bare: a short noun may stand between the keyword and the quotative, Kyushu "て" among them:
    # "みんな俺のこと長崎の人間て言う")
    # ("行っていい", "住んでいる": a te-form before いい/いる/いた is no quotative)
    return re.compile(rf"^ ?(?:[^、。 ]{{0,4}}(?:と|って|て(?!い[いるた]))) ?(?:{alternation})" if bare else _JA_REPORT.replace("VERBS", alternation))


_JA_SPEAKER = re.compile(r"^(?:[^、。 ]{1,12}?(?:は|が|も)|みんな|皆|みな|周り|まわり)")


@lru_cache(maxsize=4)
def _ko_report_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(re.escape(v) for v in verbs)})(?![0-9가-힣])")


def _declines(text: str, lang: str) -> str | None:
    """A clause in which the character will not stand behind what was reported: it cannot say, or it
    denies naming, saying or knowing it ("I never named it", "名などつけておりません", "그리 말한 적 없노라")."""
    if word_in(text, table("liking", lang)):
        return None  # "…が、私はその名が好きではない": dislikes the name, does not disown it
    cue = word_in(text, table("noncommittal", lang)) or cue_in_text(text, lang, "ignorance")
    if cue:
        return None if word_in(text, table("wh_words", lang)) else cue.strip()  # ("nobody knows why")
    neg = cue_in_text(text, lang, "negation")
    if neg and (_first_person(text, lang) or _dropped_subject(text, lang)) and word_in(text, table("disown_verbs", lang)):
        return neg.strip()
    err = cue_in_text(text, lang, "error")  # "Bards are liars", "那是瞎说", "거짓말이오": the report called wrong
    if err:
        return err.strip()
    lead = starts_with(text, table("truth_lead", lang))  # "…と皆は思うておるが、実は金槌じゃ": the truth told instead
    rest = text[len(lead):].strip() if lead else ""
    # (not a truth that only confirms: "In fact, I did.", "其实是真的")
    if not lead or (len(rest.split(" ")) <= 2 if rest.isascii() else len(rest.replace(" ", "")) <= 3):
        return None
    return lead


def _dropped_subject(text: str, lang: str) -> bool:
    """A Japanese or Korean clause that names no one ("사실 아직 이름을 못 지어 줬어요"): its subject is the
    speaker, dropped as these languages drop it."""
    return lang in ("ja", "ko") and not relation_nouns(text) and not any(
        cue_in_text(text, lang, k) for k in ("second_person", "third_person", "roles", "kin"))


@gated(lists=(("disowned", "report_verbs"),))
def declined_report(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The keyword said as another's words (``_report``) and, after it in its sentence or the next,
    a clause of the character's that declines them; one that joins them ("人は月影と呼びますし、私も
    そう呼んでおります", "and so do I") keeps the keyword."""
    report = _report(ans, ci, pos, term)
    if report is None:
        return None
    lang = ans.language
    sentence = ans.clauses[ci].sentence
    for c in ans.clauses[ci + 1:]:
        if c.sentence > sentence + 1:
            break
        if c.question or _holds_keyword(c.text, prep):
            continue
        if word_in(c.text, table("agree", lang)):
            return None
        cue = _declines(c.text, lang)
        if cue:
            return f"{report} ... {cue}"
    return None


def report_joined(ans: Answer, ci: int, prep: PreparedTruth) -> bool:
    """The clause right after the keyword's joins the report it is in ("People call it Greywind, and
    so do I", "人は月影と呼びますし、私もそう呼んでおります", "世人皆称秋水，吾亦以此名之"): the value is the
    character's own as well. Not when it also denies or doubts."""
    lang = ans.language
    cl = ans.clauses[ci]
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is None or nxt.question or _holds_keyword(nxt.text, prep):
        return False
    vouch = word_in(nxt.text, table("vouch", lang))
    if vouch and cue_in_text(cl.text, lang, "hearsay_verbs"):
        reported = True  # "My mum says 14 March": a verb of saying, the reporter named
    else:
        reported = bool(cue_in_text(cl.text, lang, "hearsay") or cue_in_text(cl.text, lang, "rumour"))
    if not reported:
        return False
    if vouch:  # "My mum says 14 March, and I've no reason to doubt her" (its next sentence too: "… She'd know.")
        rest = nxt.text.replace(vouch, " ", 1)
        return not word_in(rest, table("vouch_undone", lang)) and not any(cue_in_text(rest, lang, k) for k in ("negation", "doubt", "ignorance", "uncertain"))
    if nxt.sentence != cl.sentence:
        return False
    return bool(word_in(nxt.text, table("agree", lang))) and not any(
        cue_in_text(nxt.text, lang, k) for k in ("negation", "doubt", "ignorance", "uncertain"))


# ---- the asked thing withheld ------------------------------------------------------------------


def slot_withheld(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """A clause without the keyword that names what the question asks about and keeps it back ("My
    birthday I keep to myself", "誕生日は胸にしまっております", "생일은 비밀로 하지요"), while the keyword's
    own clause does not name it: the keyword answered something else ("14 March is the day I took
    command"). One-item records only, as the lexicon's refusals."""
    if len(prep.items) != 1 or not prep.question_units:
        return None
    lang = ans.language
    own: frozenset[str] | set[str] | None = None
    here = ans.clauses[ci].sentence
    for sentence, text, cue in _withheld_sentences(ans, prep):
        if sentence == here:  # the keyword's own sentence: only its clauses after the keyword
            texts = [c.text for c in ans.clauses[ci + 1:] if c.sentence == here and not c.question]
            if not texts:
                continue
            text = " ".join(texts)
            cue = _withheld_cue(text, lang, prep)
        if not cue:
            continue
        topic = text[:text.find(cue)] if cue in text else text  # the asked thing as the topic before the cue
        first = next(j for j, c in enumerate(ans.clauses) if c.sentence == sentence)
        if first > ci + 1 and ans.clauses[first - 1].question:
            topic = f"{ans.clauses[first - 1].text} {topic}"  # echoed as a question first: "My birthday? Not telling."
        asked = {u for u in content_units(topic) & prep.question_units
                 if lang != "ko" or any(t.startswith(u) for t in topic.split(" "))}  # (not an ending: "사이예요")
        if own is None:
            own = content_units(ans.clauses[ci].text)
        if asked and not asked & own:
            return cue
    return None


def _withheld_cue(text: str, lang: str, prep: PreparedTruth) -> str | None:
    words = table("withheld", lang)
    cue = word_in(text, words) or (word_in(text.replace(" ", ""), words) if lang in ("zh", "ja") else None)
    return None if not cue or _holds_keyword(text, prep) else cue


# slot_withheld reads every sentence again for each keyword occurrence: the whole sentences' texts
# and cues, for the answer being judged (kept by identity, so no other answer's are reused).
_WITHHELD_MEMO: list = [None, None, []]


def _withheld_sentences(ans: Answer, prep: PreparedTruth) -> list[tuple[int, str, str | None]]:
    """(sentence, its clauses' texts but questions, the withheld cue or None) per sentence in order
    (a cue may be cut in two: "秘 | 而不宣")."""
    memo = _WITHHELD_MEMO
    if memo[0] is ans and memo[1] is prep:
        return memo[2]
    spans: dict[int, list[str]] = {}
    for c in ans.clauses:
        if not c.question:
            spans.setdefault(c.sentence, []).append(c.text)
    out = []
    for sentence, texts in spans.items():
        text = " ".join(texts)
        out.append((sentence, text, _withheld_cue(text, ans.language, prep)))
    memo[:] = [ans, prep, out]
    return out


# ---- a past value, now unknown -----------------------------------------------------------------


@gated(lists=(("disowned", "past_value"),))
def past_now_unknown(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The keyword's clause says the value of the past ("172cmだったのは学生のころの話で", "That was
    back in school") and a later clause says the character does not know it now ("今は測っていないので
    分かりません", "now I've no idea", "现在说不清", "지금은 모르겠어요")."""
    lang = ans.language
    was = word_in(ans.clauses[ci].text, table("past_value", lang))
    if not was:
        return None
    for c in ans.clauses[ci + 1:]:
        if c.question or _holds_keyword(c.text, prep) or not cue_in_text(c.text, lang, "now"):
            continue
        unknown = word_in(c.text, table("unknown_now", lang)) or cue_in_text(c.text, lang, "ignorance")
        if unknown:
            return f"{was} ... {unknown.strip()}"
    return None


# ---- made up ------------------------------------------------------------------------------------


def made_up(ans: Answer, ci: int, prep: PreparedTruth) -> str | None:
    """The keyword's clause, or the clause after it in its sentence, calls the value made up ("墨墨是我
    随口编的", "Mochi? I was kidding", "適当に言っただけ", "지어낸 이름이야")."""
    lang = ans.language
    # (a word of the list in a clause is in the answer's canonical text, its clauses joined by
    # spaces: an answer without one, most answers, is looked at once, not once per occurrence)
    key = ("made_up_words", lang)
    if key not in ans.memo:
        ans.memo[key] = word_in(ans.canon, table("made_up", lang)) is not None
    if not ans.memo[key]:
        return None
    cl = ans.clauses[ci]
    spans = [cl.text]
    if ci + 1 < len(ans.clauses) and ans.clauses[ci + 1].sentence in (cl.sentence, cl.sentence + 1):
        spans.append(ans.clauses[ci + 1].text)
    for text in spans:
        if cue_in_text(text, lang, "negation") and text is not cl.text:
            continue  # "I wasn't joking": the next clause denies making it up
        cue = word_in(text, table("made_up", lang))
        if cue:
            return cue
    return None


def disowned_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth, allowed: frozenset[str]) -> str | None:
    """The verdict of this module's rules and handed_over.py's on one occurrence, or None."""
    if "hearsay" not in allowed and (cue := declined_report(ans, ci, pos, term, prep)):
        return f"taken back (attributed to others, then declined: '{cue}')"  # (voids the item: saying both hedges)
    if (cue := handed_over(ans, ci, pos, term, prep)):
        return f"given to someone else ('{cue}')"
    if (cue := claimed_instead(ans, ci, pos, prep)):
        return f"given to someone else ({cue})"
    if (cue := relative_as_subject(ans, ci, pos, prep)):
        return f"given to someone else (the subject is '{cue}')"
    if (cue := slot_withheld(ans, ci, prep)):
        return f"not asserted (the asked thing withheld: '{cue}')"
    if "ignorance" not in allowed and (cue := asked_unknown(ans, ci, prep)):
        return f"not asserted (the asked thing unknown after it: '{cue}')"
    if "former" not in allowed and "ignorance" not in allowed and (cue := past_now_unknown(ans, ci, prep)):
        return f"taken back (true once, unknown now: '{cue}')"
    if "sarcasm" not in allowed and (cue := made_up(ans, ci, prep)):
        return f"taken back (made up: '{cue}')"
    return None
