"""The character's own name as the object of someone else's act (session 36, s27): "Granny Ada taught Hattie to
quilt", "エイダおばあちゃんがハッティに教えた", "에이다 할머니가 해티에게 가르쳐 줬지". A character that does not speak of
itself by name says "taught me"; its name as the one taught, told or given to is a narrator's (or someone
else's) sentence about it. Not read: a clause with a first-person word ("taught Hattie and me", someone else
of the same name beside the speaker), a naming verb ("named/called Hattie"), a self-naming character.
What it does not catch: Chinese, whose object has no particle ("阿达奶奶教哈蒂绗缝"); an object after a verb
outside the small English class below."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer, cue_in_text
from .matching import PreparedTruth

# English: a verb of teaching, telling, giving or raising, or any regular past, right before the name
_EN_VERB = r"(?<![a-z])(?:(?!(?:called|named|nicknamed|dubbed|christened)\b)[a-z]+ed|taught|told|gave|showed|brought|sent|" \
           r"took|left|raised|made|let|teaches|tells|gives|shows|brings|sends|helps|helped)"


@lru_cache(maxsize=1024)
def _pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str] | None:
    forms = {n for n in names if len(n) >= 2}
    if not forms:
        return None
    n = trie_pattern(forms)  # (longest first, as the lexicon patterns are built)
    if lang == "en":
        return re.compile(rf"{_EN_VERB} (?:young |little |old |our |dear )?(?:{n})(?![a-z])(?! s\b)")
    if lang == "ja":
        return re.compile(rf"(?:{n})(?:さん|ちゃん|くん)?(?:に|を)(?:教え|言|話|くれ|あげ|渡|見せ|育て|贈)")
    if lang == "ko":
        return re.compile(rf"(?<![가-힣])(?:{n})(?:이)?(?:에게|한테|를|을) ")
    return None


def name_as_object(ans: Answer, prep: PreparedTruth) -> str | None:
    if prep.truth.self_name or prep.truth.subject == "user":
        return None
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    lang = ans.language
    if not any(len(n) >= 2 and n in cl.text for cl in ans.clauses for n in prep.names):
        return None
    pat = _pattern(prep.names, lang)
    for cl in ans.clauses if pat is not None else ():
        m = pat.search(cl.text)
        if m and not cue_in_text(cl.text, lang, "first_person"):
            return m.group(0)
    return None
