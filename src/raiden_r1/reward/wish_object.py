"""Whether a wish in the sentence after a bare keyword names an object of its own.

frames.wished_for reads "Dunmara's a lovely town. I've always wanted to visit." as a wish for the
keyword: the wish has no object, so it reaches back to the value just named. A wish that names
something else is about that thing, and the value before it stands: "Carrow, by the eastern sea.
… I still dream of the gulls.", "十番！いつかエースナンバー取るけどな。" (the ace's number is the one
wished for: ten is the number now), "10번이요. 언젠가 에이스 번호를 딸 거예요.". Pronouns and nouns
that point back ("visit the town", "そこに住みたい", "거기에 살고 싶어요") are no object of their own.
Chinese is not read: without word boundaries a verb and its object cannot be told apart here.
The words are data (lexicon/wish_object.yaml).
"""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .lexicon import word_in, word_sets

# Japanese: after the wish cue in the raw answer (katakana is folded away in the canonical text), a
# katakana word, or a kanji word with an object or goal particle ("東京に", "店を"), up to the verb.
_JA_OBJECT = re.compile(r"^[、,\s]*(?:[\u30a0-\u30ffー]{2,}|([\u4e00-\u9fff々]{2,})[をがにへ])")
# Korean: a word with an object or goal particle among the three words after the cue.
_KO_OBJECT = re.compile(r"(?:^| )([가-힣]+(?: [가-힣]+)?(?:을|를|에|로))(?= |$)")


def _get(lang: str, kind: str) -> frozenset[str]:
    return word_sets("wish_object").get(lang, {}).get(kind, frozenset())


def names_own_object(clause: str, cue: str, raw: str, lang: str) -> bool:
    """The wish ``cue`` of the canonical ``clause`` is followed by an object of its own."""
    rest = clause.split(cue, 1)[1] if cue in clause else ""
    if word_in(rest, _get(lang, "back_words")):
        return False  # ("visit the abbey there", "そこの温泉に", "거기 바다를")
    if lang == "en":
        rest = clause.split(f"{cue} ", 1)[1] if f"{cue} " in clause else ""
        words = rest.split()[:4]
        for i, w in enumerate(words[:-1]):
            if w in ("it", "there", "here", "that", "them"):
                return False
            if w in _get("en", "determiners"):
                return words[i + 1] not in _get("en", "back_nouns")
        return False
    if lang == "ja":
        for m in re.finditer(re.escape(cue), raw):
            o = _JA_OBJECT.match(raw[m.end():])
            if o and (o.group(1) is None or canonical(o.group(1)) not in _get("ja", "not_objects")):
                return True
        return False
    if lang == "ko":
        rest = clause.split(cue, 1)[1] if cue in clause else ""
        head = " ".join(rest.split()[:3])
        for o in _KO_OBJECT.finditer(head):
            word = o.group(1)
            if word not in _get("ko", "not_objects") and word.split()[-1] not in _get("ko", "not_objects"):
                return True
        return False
    return False
