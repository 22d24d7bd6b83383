"""Small grammar rules the answer templates need: English articles, Japanese trait lists.

Templates put profile terms into sentences ("I work as {v}"); the term as written in a profile
("forensic accountant", "University of Toronto") often needs an article to be English, and a list
of Japanese adjectives needs conjugating to be Japanese. Each rule keeps every term verbatim in the
sentence, so the keywords stay in the gold answer.
"""

from __future__ import annotations

import re

# Vowel letters that sound like a consonant ("a university", "a one-eyed cat", "a European") and
# silent h words that sound like a vowel ("an hour", "an honest man").
_YU_OR_W = re.compile(r"^(?:uni(?!nt|mp|nd|ns|ll)|use|usu|ute|uro|eu|ewe|one\b|once\b|ubiq|uk\b|u\.)", re.IGNORECASE)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)
# Initialisms read letter by letter: "an MRI technician", "a UN envoy", "an FBI agent".
_LETTER_VOWEL_SOUND = frozenset("AEFHILMNORSX")


def indefinite_article(phrase: str) -> str:
    """"a" or "an" for the word that follows, by its sound as far as spelling tells."""
    word = phrase.strip().split(" ", 1)[0] if phrase.strip() else ""
    if not word:
        return "a"
    if re.fullmatch(r"[A-Z]{2,}s?", word.split("-")[0]):  # an initialism
        return "an" if word[0] in _LETTER_VOWEL_SOUND else "a"
    if _SILENT_H.match(word):
        return "an"
    if _YU_OR_W.match(word):
        return "a"
    if word[0].isdigit():
        return "an" if re.match(r"(?:8|11|18)(?!\d)|8\d", word) else "a"
    return "an" if word[0] in "aeiouAEIOU" else "a"


_DETERMINERS = re.compile(r"^(?:a|an|the|my|our|his|her|their|its|one|some|any|no|this|that)\b", re.IGNORECASE)
# Words that describe a state, not a post: "I'm retired", never "I'm a retired".
_NO_ARTICLE = frozenset({"retired", "unemployed", "self-employed", "freelance", "between jobs"})
# An institution named "X of Y" takes "the": "the University of Toronto", "the Guild of Chartmakers".
_OF_INSTITUTION = re.compile(r"^(?:[A-Z][\w'-]*\s+)*(?:University|College|Academy|Institute|School|Guild|Society|"
                             r"Order|Church|Conservatory|Museum|Bank|Ministry|Department|House|Court|Royal)\b.*\bof\b")


_TITLE_OF = re.compile(r"^[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2} of (?:the )?[A-Z]")
_ORDINAL_OF = re.compile(r"\d{1,2}(?:st|nd|rd|th) of ", re.IGNORECASE)
# A proper name followed by the kind of place it is ("Olympus Shelf colony") reads with "the".
_NAMED_PLACE = re.compile(r"(?:[A-Z0-9][\w'-]*\s+)+[a-z]+|(?:[A-Z][\w'-]*\s+)+of\s+[A-Z][\w' -]*")  # "the South Side of Chicago"


def with_article(term: str, family: str) -> str:
    """An English profile term as it reads after "I'm" / "I work as" / "I studied at".

    Jobs and titles written as common nouns get "a"/"an" ("a forensic accountant"); a capitalised
    one is a title or a name and stays bare ("Chief Inspector", "Frozen Gears"). Institutions
    named "X of Y" get "the". A term that already has a determiner is left alone.
    """
    if not term or _DETERMINERS.match(term):
        return term
    if family in ("occupation", "identity"):
        if term[0].islower() and term.lower() not in _NO_ARTICLE:
            return f"{indefinite_article(term)} {term}"
        # a title held of a named thing is the one such post: "the Guardian of the Sunken Library"
        return f"the {term}" if _TITLE_OF.match(term) else term
    if family in ("school", "organization", "club") and _OF_INSTITUTION.match(term):
        return f"the {term}"
    if family in ("hometown", "residence") and _NAMED_PLACE.fullmatch(term):  # "the Olympus Shelf colony"
        return f"the {term}"
    if family in ("birthday", "date") and _ORDINAL_OF.match(term):  # "the 1st of Harvestmoon"
        return f"the {term}"
    return term


def fix_indefinite_articles(text: str) -> str:
    """"a apple" -> "an apple", "an university" -> "a university", in text already rendered."""
    def pick(m: re.Match[str]) -> str:
        article = indefinite_article(m.group(2))
        if m.group(1)[0].isupper():
            article = article.capitalize()
        return f"{article} {m.group(2)}"

    return re.sub(r"\b([Aa]n?) (\S+)", pick, text)


# --- Japanese --------------------------------------------------------------------------------------

# Words ending in い that are not i-adjectives: they conjugate with な/で ("きれいな", "嫌いで").
_NOT_I_ADJECTIVE = ("きれい", "綺麗", "嫌い", "きらい", "おっちょこちょい", "ていねい", "丁寧", "ゆうめい", "有名",
                    "あいまい", "曖昧")


def is_i_adjective(word: str) -> bool:
    return word.endswith("い") and not word.endswith(_NOT_I_ADJECTIVE) and len(word) >= 2


def ja_traits(terms: list[str]) -> str | None:
    """Traits joined to stand before 性格: "世話好きで、せっかちで、涙もろい" / "冷静で、お人好しな".

    Only the last trait may be an i-adjective (its te-form "涙もろくて" would hide the keyword),
    so one such trait moves to the end; with two or more there is no such sentence: None.
    """
    i_adj = [t for t in terms if is_i_adjective(t)]
    if len(i_adj) > 1:
        return None
    ordered = [t for t in terms if not is_i_adjective(t)] + i_adj
    head = "".join(t + "で、" for t in ordered[:-1])
    last = ordered[-1]
    return head + last + ("" if is_i_adjective(last) else "な")




# A Korean name ending in 이 ("콩이", "복순이") before a copula that drops its own 이 after a vowel
# ("콩이다", "콩이여", "콩이라오") reads as the name without it (콩 + 이다): the copula keeps its 이
# there ("콩이이다", "콩이 아이가" after the Busan tag). 콩이야/콩이예요 stay: 야/예요 are no 이-form.
_KO_BARE_COPULA = re.compile(r"(다|여|라오|라)(?=[.!?~,]|$)")
_KO_NAME_FAMILIES = ("name", "nickname", "pets", "relation", "cm:")


def ko_name_copula(text: str, keys: list[str], family: str) -> str:
    """``text`` with every name key ending in 이 kept whole before the copula (see above)."""
    if not family.startswith(_KO_NAME_FAMILIES):
        return text
    for key in sorted({k for k in keys if re.fullmatch(r"[가-힣]{1,3}이", k)}, key=len, reverse=True):
        text = re.sub(rf"(?<![가-힣]){re.escape(key)}(?={_KO_BARE_COPULA.pattern})", key + "이", text)
    return text
