"""A person the profile does not name, recognised by the shape of the words right before a value:
"老周才178", "田中さんは170", "민수 씨는 3월 10일이라", "old Tom's only 178". negatives.py reads a
negative keyword said that way as that person's value, set beside the character's own ("185公分，老周
才178"), not as a second answer. Only the whole stretch before the value counts (the person, then at
most a link word): "老周说178" or "田中さんが言うには170" report a value and stay a hedge; a pronoun of
the speaker is no other person ("old me was 178"). The words are data (lexicon/person_address.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical

from .analysis import Answer, cue_in_text
from .lexicon import cues, word_in, word_sets

_PRONOUNS = ("first_person", "second_person", "third_person")


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _data() -> dict[str, dict[str, frozenset[str]]]:
    return word_sets("person_address")


@lru_cache(maxsize=8)
def _pattern(lang: str) -> re.Pattern[str] | None:
    d = _data().get(lang)
    if not d:
        return None
    links = f"(?: ?(?:{_alternation(d['links'])}))?" if d.get("links") else ""
    if lang == "zh":
        from raiden_r1.data.builder.tables import table  # (here: the builder imports the reward)

        surnames = "".join(sorted({canonical(s) for s in table("words.yaml", "NAME_PARTS")["zh_common_surnames"] if len(s) == 1}))
        person = f"(?:(?:{_alternation(d['prefixes'])})[{re.escape(surnames)}]|[{re.escape(surnames)}]{{1,3}}(?:{_alternation(d['suffixes'])}))"
        return re.compile(f"^(?P<person>{person}){links} ?$")
    if lang == "ja":
        return re.compile(f"^(?P<name>[^ 、]{{1,6}}?)(?:{_alternation(d['suffixes'])}){links} ?$")
    if lang == "ko":
        return re.compile(f"^(?P<name>[가-힣]{{1,5}}) ?(?:{_alternation(d['suffixes'])}){links} ?$")
    return re.compile(f"^(?:{_alternation(d['prefixes'])}) (?P<name>[a-z][a-z'-]*){links} ?$")


_REPORT_KINDS = ("hearsay", "hearsay_verbs", "uncertain", "doubt", "first_person")


def reported(clause: str, lang: str) -> bool:
    """A clause that reports, doubts or gives the value to the speaker ("…170って言います",
    "老王说170", "old Tom reckons 170"): no other person's own value."""
    if any(cue_in_text(clause, lang, k) for k in _REPORT_KINDS):
        return True
    return word_in(clause, _data().get(lang, {}).get("reports", ())) is not None


def other_person_before(before: str, lang: str) -> bool:
    """``before`` (the canonical words of a clause before a value) is a person by shape and at
    most a link word: the value is that person's."""
    pattern = _pattern(lang)
    m = pattern.match(before.strip()) if pattern else None
    if not m:
        return False
    name = m.groupdict().get("name")
    if name is None:
        return True  # (a Chinese family name after 老/小/阿 or before 哥/师傅)
    pronouns = {w.strip() for k in _PRONOUNS for w in cues(lang).get(k)}
    return name not in pronouns and (lang == "en" or not any(w.strip() and w.strip() in name for w in cues(lang).get("first_person")))


_DIGITS = re.compile(r"\d")


def persons_clause(ans: Answer, ci: int, j: int) -> bool:
    """Clause ``j`` (not the keyword's clause ``ci``) gives its number to a person named by shape
    ("176，老王才170", "176です。佐藤さんは170"): that person's value, not a second one of the character."""
    if j == ci:
        return False
    text = ans.clauses[j].text
    m = _DIGITS.search(text)
    return m is not None and other_person_before(text[:m.start()], ans.language) and not reported(text, ans.language)
