"""Skill and language keys that name the skill (review 69): "she speaks French" of "ICE-breaking;
she speaks French, English" is the card's third-person clause, which no first-person answer says,
and "English" of an English card is no special skill: every speaker of its setting has it, so
"Skills? I just speak English." must not be paid."""
from __future__ import annotations

import re

from .tables import table
from .terms import unique_terms

Items = list[list[str]]

# "she speaks French", "he can play the lute", "they are fluent in Igbo": the subject is the card's
_SUBJECT = re.compile(r"^(?:she|he|they)\s+(?:(?:can|could|also|is|are)\s+)*", re.IGNORECASE)
# "speaks French", "fluent in Igbo", "会说粤语", "英語が話せる", "영어를 할 줄 안다": the language is the skill
_SPEAKS = re.compile(r"^(?:speaks?|speaking|fluent in|(?:a bit|a little|some) of)\s+(?P<en>[A-Z][\w'-]+)$"
                     r"|^(?:会说|能说|会讲|说|讲)(?P<zh>[\u4e00-\u9fff]{1,4}(?:语|话|文))$"
                     r"|^(?P<ja>[\u4e00-\u9fff\u30a0-\u30ff]{1,6}語)(?:が|を)(?:話せる|話す|喋れる|しゃべれる|できる)$"
                     r"|^(?P<ko>[\uac00-\ud7a3]{1,5}어)(?:를|을)?\s*(?:할 줄 안다|할 줄 앎|잘함|한다|구사)$")
_NATIVE = {lang: frozenset(t.lower() for t in terms) for lang, terms in table("words.yaml", "SETTING_LANGUAGES").items()}


def skill_terms(items: Items, lang: str) -> Items:
    """Items without the card's subject, with the bare language of "speaks X" as an alternative,
    and without the card's own language while another skill is left."""
    out: Items = []
    for alts in items:
        forms: list[str] = []
        for a in alts:
            a = _SUBJECT.sub("", a.strip())
            m = _SPEAKS.match(a)
            # the language first: the gold says "French", never "…, lock spoofing and speaks French"
            forms += [*(g for g in (m.groups() if m else ()) if g), a]
        out.append(unique_terms([f for f in forms if f]))
    native = _NATIVE.get(lang, frozenset())
    kept = [[a for a in alts if a.lower() not in native] for alts in out]
    kept = [alts for alts in kept if alts]
    return kept if kept else out


_ANY_NATIVE = frozenset().union(*_NATIVE.values())


def is_setting_language(text: str) -> bool:
    """Whether a skill part is a language some card's setting shares ("日本語"): coverage.py does not
    miss it where skill_terms left it out."""
    return text.strip().lower() in _ANY_NATIVE


def setting_languages(lang: str) -> frozenset[str]:
    """The language names (lower case) of a card language's setting: the audit's skill_keys check."""
    return _NATIVE.get(lang, frozenset())
