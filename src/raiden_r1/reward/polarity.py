"""Polarity: a yes/no question answered the other way round from the gold answer, or any question
whose premise the answer denies ("I don't keep a cat ... Marmalade is for toast"), also when the
premise is echoed and denied in an idiom ("Married? Heavens, no.", "형제는 무슨요")."""

from __future__ import annotations

import re

from raiden_r1.data.perspective import relation_nouns

from raiden_r1.canon import canonical

from .analysis import Answer, clause_cue, cue_in_text
from .frames import unattached
from .lexicon import word_in, word_list
from .matching import PreparedTruth, find_cue_first, says_no
from .similarity import content_units


def polarity_flipped(ans: Answer, prep: PreparedTruth) -> str | None:
    """A yes/no question answered the other way round from the gold answer ("No, ..." when the
    character does have a cat), or any question whose premise the answer denies while the gold
    answer does not ("I don't keep a cat ... Marmalade is for toast" asked for the cat's name)."""
    if not ans.clauses:
        return None
    single = unattached(ans, prep)
    if single:
        return single
    if not prep.yes_no:
        return _premise_denied(ans, prep)
    first_clause = next((c for c in ans.clauses if not c.question), None)
    if first_clause is None:
        return None
    first = first_clause.text
    lang = ans.language
    if prep.yes_no == "yes":
        echoed = None if prep.gold_negated else _echo_denied(ans, prep)
        if echoed:
            return echoed
        cue = says_no(first, lang)
        # ("Never have been.": a short clause opening with the no)
        if cue and (first == cue or lang != "en" or (first.startswith(cue) and len(first.split(" ")) <= 3)):
            return f"answers '{cue}' to a yes/no question whose answer is yes"
        # "狗？俺可不养那玩意儿，二哈那种…" asked "养狗没？叫啥名？": the asked thing denied first, in
        # words of its own rather than a bare "no"
        return _premise_denied(ans, prep)
    else:
        cue = find_cue_first(first, lang, "yes")
        if cue and first == cue:
            return f"answers '{cue}' to a yes/no question whose answer is no"
    return None


# A bare "no" that is not one ("No doubt", "No wonder", "Never better").
_NOT_A_NO = re.compile(r"^(?:no (?:doubt|question|wonder|kidding|problem|joke|lie)|not (?:only|just|bad)|never better|"
                       r"nothing (?:like|better))")
# "형제는 무슨예", "결혼은 무슨": the topic waved away, a Korean denial.
_KO_WAVED_AWAY = re.compile(r"(?:은|는|이|가)? ?무슨(?:요|예|)$")
# "Goodness no", "Heavens, no", "Lord no": a "no" after an interjection.
_EN_INTERJECTED_NO = re.compile(r"^(?:oh |good )?(?:goodness|heavens?|lord|god|gosh|gods|hell|christ|mercy|dear me|"
                                r"good grief|saints)(?: alive)? (?:no|never)$")


def _denial(text: str, lang: str) -> str | None:
    """A clause that only says no, in any of its idioms."""
    if lang == "en":
        if _NOT_A_NO.match(text):
            return None
        if _EN_INTERJECTED_NO.match(text):
            return text
        cue = says_no(text, lang)
        return cue if cue and len(text.split(" ")) <= 6 else None
    if lang == "ko" and _KO_WAVED_AWAY.search(text):
        return text
    cue = says_no(text, lang)
    return cue if cue and len(text) <= 14 else None


def _echo_denied(ans: Answer, prep: PreparedTruth) -> str | None:
    """The question's premise echoed and denied right after, before or after the keyword:
    "Married? Goodness no.", "…forty-one years. Married, though? Never saw the need.", "猫？おらんで",
    "형제는 무슨예"."""
    lang = ans.language
    for ci, cl in enumerate(ans.clauses):
        if lang == "ko" and _KO_WAVED_AWAY.search(cl.text) and content_units(cl.text) & prep.question_units:
            return f"denies what the question asks about ('{cl.text}')"
        if not cl.question:
            continue
        # the whole asking sentence ("Married, though?" is two clauses)
        asked = " ".join(c.text for c in ans.clauses[:ci + 1] if c.sentence == cl.sentence)
        if lang == "ko":
            asked = _KO_ECHO_ENDING.sub("", asked)  # "개요?": the thing echoed, politely
        if not (content_units(asked) & prep.question_units or relation_nouns(asked) & prep.question_relations):
            continue
        nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
        if nxt is not None and not _denial(nxt.text, lang):
            # "Heavens, no.": the interjection is a clause of its own
            pair = ans.clauses[ci + 2] if ci + 2 < len(ans.clauses) else None
            if pair is not None and pair.sentence == nxt.sentence and _denial(f"{nxt.text} {pair.text}", lang):
                nxt = pair
        if nxt is not None and not _denial(nxt.text, lang) and _denies_asked_verb(ans, ans.clauses.index(nxt), prep):
            return f"denies what the question asks about ('{asked}? {nxt.text}')"  # "狗？俺可不养那玩意儿"
        if nxt is None or nxt.question or not _denial(nxt.text, lang) or \
                any(a.norm in nxt.text for alts in prep.items for a in alts):  # "No way I'd part with Chikuwa"
            continue
        # "いや、飼うてるで" / "No, I've got two of them": a "no" that the rest of its sentence turns
        # into a yes is a filler, not a denial
        rest = [c for c in ans.clauses[ci + 2:] if c.sentence == nxt.sentence]
        if rest and not any(clause_cue(ans, ans.clauses.index(c), "negation") for c in rest):
            continue
        return f"denies what the question asks about ('{asked}? {nxt.text}')"
    return None


def _denies_asked_verb(ans: Answer, i: int, prep: PreparedTruth) -> bool:
    """A clause negating what the question asks with its own verb ("俺可不养那玩意儿" after "狗？"
    asked "你家养狗没？"), not a bare "no" and not a keyword's clause."""
    cl = ans.clauses[i]
    cue = clause_cue(ans, i, "negation")
    if not cue or cl.question or any(a.norm in cl.text for alts in prep.items for a in alts):
        return False
    if content_units(cl.text) & prep.question_units:
        return True
    if ans.language in ("zh", "ja"):
        at = cl.text.find(cue)
        verb = cl.text[at + len(cue):at + len(cue) + 1] if at != -1 else ""
        return bool(verb) and not verb.isascii() and verb in prep.question_norm
    if ans.language == "ko":  # "안 키워요" asked "키우세요?": the verb's stem, conjugated otherwise
        m = _KO_NEGATED_VERB.search(cl.text)
        return bool(m) and m.group(1) in prep.question_norm
    return False


_KO_ECHO_ENDING = re.compile(r"요$")
_KO_NEGATED_VERB = re.compile(r"(?:^| )(?:안|못) ([가-힣])")


def _premise_denied(ans: Answer, prep: PreparedTruth) -> str | None:
    if not prep.question_units or prep.gold_negated:
        return None
    # (an echo question "먹물이요?" is no answer yet: the frame is set by what comes before the keyword's
    # first statement, "먹물이요? 소생은 고양이를 길러 본 적이 없소. 먹물은 벼루에…")
    keyword_clauses = {ans.clause_index(p) for alts in prep.items for a in alts for p in ans.find(a)
                       if not ans.clauses[ans.clause_index(p)].question}
    if not keyword_clauses:
        return None
    echoed = _echo_denied(ans, prep)
    if echoed:
        return echoed
    # Only a denial that comes first sets the answer's frame: a negation after the answer is
    # colour ("깨비는 312살이지! 깨비보다 나이 많은 도깨비는 없어!").
    for ci, cl in enumerate(ans.clauses[:min(keyword_clauses)]):
        if cl.question:
            continue
        cue = None if _double_negative(ans, ci) else clause_cue(ans, ci, "negation") or _rhetorical_denial(ans, ci)
        # ("豆豆家没有狗狗" asked for the dog's name: the relative or pet asked about, denied)
        if cue and (content_units(cl.text) & prep.question_units or relation_nouns(cl.text) & prep.question_relations
                    or _katakana_word_of_question(cl.text, prep)):
            return f"denies what the question asks about ('{cl.text}')"
    return _pet_or_kin_denied_after(ans, prep, min(keyword_clauses))


def _pet_or_kin_denied_after(ans: Answer, prep: PreparedTruth, first: int) -> str | None:
    """After the keyword, the character denies having the pet or relative the question asks about ("墨墨这个
    名字挺好听的，可惜我没养猫", "Moka's a sweet name. I've no cat, though"): the keyword named nothing of
    its own. Not another one denied ("我没养别的猫", "no other cat"), nor a sentence that holds the keyword."""
    # (only the character's own pet or relative, asked alone: "What's my cat called?" - "Moka. I've no cat
    # myself" and "你女儿的猫叫什么" - "…我可没养猫" deny someone else's)
    if len(prep.question_relations) != 1 or prep.truth.subject in ("user", "other"):
        return None
    lang = ans.language
    keys = [a.norm for alts in prep.items for a in alts]
    for ci in range(first + 1, len(ans.clauses)):
        cl = ans.clauses[ci]
        if cl.question or any(k and k in cl.text for k in keys) or word_in(cl.text, word_list("quoted_claim", "another_one", lang)):
            continue
        cue = None if _double_negative(ans, ci) else clause_cue(ans, ci, "negation")
        found = relation_nouns(cl.text)
        if cue and found & prep.question_relations and not found - prep.question_relations and \
                word_in(cl.text, word_list("quoted_claim", "have_verbs", lang)) and not cue_in_text(cl.text, lang, "third_person"):
            return f"denies what the question asks about ('{cl.text}')"
    return None


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]{3,}")


def _katakana_word_of_question(text: str, prep: PreparedTruth) -> bool:
    """A Japanese loanword of the question ("ハムスター") in the clause: the normaliser reads katakana as
    hiragana, where content units (kanji bigrams) no longer see it as a word."""
    if prep.language != "ja":
        return False
    return any((w := canonical(m.group(0))) and w in text for m in _KATAKANA_WORD.finditer(prep.truth.question))


def _double_negative(ans: Answer, ci: int) -> bool:
    """"我哪能不养猫呢", "飼わないわけがない": a rhetorical turn around a negation says yes."""
    cue = clause_cue(ans, ci, "rhetorical")
    return cue is not None and cue_in_text(ans.clauses[ci].text.split(cue, 1)[-1], ans.language, "negation") is not None


def _rhetorical_denial(ans: Answer, ci: int) -> str | None:
    """A rhetorical turn that denies ("我哪有养猫呀", "猫なんて飼ってるわけない"), not one that asserts by a
    double negative ("我哪能不养猫") or a rhetorical yes ("怎么会忘")."""
    cue = clause_cue(ans, ci, "rhetorical")
    return None if cue is None or clause_cue(ans, ci, "rhetorical_yes") or _double_negative(ans, ci) else cue
