"""An exact designation said in another form (session 35, r19): asked a password, a name, a word or a title, the
answer gives the keyword inflected ("Moonlit eels swim in the cistern" for the password "moonlit eel", "the
Nells" for a dog called Nell), which the stemmed matching view (canon.match_form) takes for the keyword. A
designation is a string, not a thing: its plural or its verb form is another string. English only (the other
languages are matched as written). Not when the keyword is also said as it is anywhere in the answer, nor for
a possessive ("Moonlit eel's the word": "eel s").

Knowingly not caught: a form the stemmer does not fold ("moonlit eeling"), a keyword inside another compound."""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer
from .matching import PreparedTruth

_DESIGNATION = re.compile(r"(?<![a-z])(?:password|passwords|pass word|passphrase|pass phrase|code ?word|watchword|word|phrase|"
                          r"motto|slogan|spell|incantation|title|nickname|name|names|named|called|call)(?![a-z])")


def inflected_form(ans: Answer, term: Term, prep: PreparedTruth) -> str | None:
    """The keyword's inflected form as the answer says it, when it never says the keyword as written."""
    own = term.canon
    if not own or not own.isascii() or not any(c.isalpha() for c in own) or ans.language != "en":
        return None
    if not (prep.asks_name or _DESIGNATION.search(prep.question_norm)):
        return None
    if re.search(rf"(?<![a-z0-9]){re.escape(own)}(?![a-z0-9])", ans.canon):
        return None
    last = own.split(" ")[-1]
    head = own[: len(own) - len(last)]
    m = re.search(rf"(?<![a-z0-9]){re.escape(head)}({re.escape(last[:max(3, len(last) - 2)])}[a-z]*)(?![a-z0-9])", ans.canon)
    return m.group(0) if m and m.group(1) != last else None
