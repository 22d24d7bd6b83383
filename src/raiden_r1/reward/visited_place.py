"""Asked where the character comes from, the keyword demoted to a place once visited ("小生正是汴京本地人，
钱塘不过去游玩过一回", "Born and bred in London; Leeds I only visited once", "金沢は旅行で行っただけ",
"부산은 놀러 가 봤을 뿐"): a trip is no hometown. Not when the clause also says where the character is from
or goes back to ("born in Leeds and went to school there", "老家钱塘，好多年没回去过了"), nor when the gold
answer puts the keyword in such a clause itself. Tables: lexicon/asked_slot.yaml (visit_marks)."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.canon import Term

from .analysis import Answer, analyse, cue_in_text
from .clause_text import clause_rest
from .lexicon import word_in, word_list
from .matching import PreparedTruth

# Going back home is no visit ("went back to", "回去过", "帰った", "돌아갔").
_BACK = ("back", "return", "home", "回去", "回来", "回家", "回到", "老家", "故乡", "家乡", "戻", "帰", "地元", "故郷", "돌아", "고향")


def _visit(text: str, lang: str) -> str | None:
    cue = word_in(text, word_list("asked_slot", "visit_marks", lang))
    if cue is None or any(b in text for b in _BACK) or cue_in_text(text, lang, "origin"):
        return None
    return cue


@lru_cache(maxsize=4096)
def _gold_visit(answer: str, keywords: tuple[str, ...], lang: str) -> bool:
    gold = analyse(answer, lang)
    for k in keywords:
        start = 0
        while k and (p := gold.match.find(k, start)) != -1:
            if _visit(gold.clauses[gold.clause_index(p)].text, lang):
                return True
            start = p + len(k)
    return False


def visited_only(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """The visit cue of the keyword's clause when the question asks for the character's origin."""
    lang = ans.language
    if not cue_in_text(prep.question_norm, lang, "origin"):
        return None
    here = ans.clauses[ci].text
    cue = _visit(here, lang)
    if cue is None and not clause_rest(ans, ci, pos, term).strip() and ci + 1 < len(ans.clauses) and \
            ans.clauses[ci + 1].sentence == ans.clauses[ci].sentence and not cue_in_text(here, lang, "origin") and \
            not cue_in_text(ans.clauses[ci + 1].text, lang, "second_person"):  # ("老家重庆，你去过没得？" asks the user)
        # "钱塘 | 不过去游玩过一回": the keyword a topic of its own, the visit in the next clause with no
        # place after it (not "钱塘，不过去过汴京一回", a visit to another place)
        nxt = ans.clauses[ci + 1].text
        cue = _visit(nxt, lang)
        after = nxt[nxt.find(cue) + len(cue):].replace("而已", "").replace("罢了", "").strip() if cue else ""
        if cue and (len(after.split()) > 3 if after.isascii() else len(after.replace(" ", "")) > 3):
            cue = None
    if cue is None or _gold_visit(prep.truth.answer, prep.keyword_norms, lang):
        return None
    return cue
