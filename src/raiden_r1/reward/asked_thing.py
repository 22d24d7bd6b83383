"""A ship, a boat, a truck or a lighthouse the question asks about, called "she" in the answer:
"How long is the Kestrel?" - "She's 240 feet", "What's your truck called?" - "Her name's Lucille",
"How tall is your lighthouse?" - "She stands 112 feet"; and the animal it asks about, "he" or "she"
("What's your pet called?" - "He's called Sir Lancelot"). The pronoun is the thing asked about, not
the character seen from outside. Only English genders its things this way; only the pronoun with a
copula or a verb of size or naming, or her/its (his, for an animal) before "name", stands for the
thing ("Her ship is 240 feet" is still someone else's ship, "She calls it Lucille" someone else
speaking, "He's got a tortoise called…" the character narrated)."""

from __future__ import annotations

import re
from functools import lru_cache

from .animal_classes import animal_words
from .lexicon import _load_yaml
from .matching import PreparedTruth


@lru_cache(maxsize=1)
def _vessels() -> frozenset[str]:
    words = _load_yaml("vessels").get("en")
    if not isinstance(words, list):
        raise ValueError("lexicon/vessels.yaml: en: expected a list of nouns")
    return frozenset(str(w).lower() for w in words)


# "she s 240", "she is called lucille", "her name s lucille", "its name is", "she stands 112"
# (canonical text before the keyword; a title may open the name: "he s called sir lancelot")
_VERBS = r"(?:s|is|was|s been|runs|measures|goes by|stands|stood|weighs|rises|reaches)"
_TITLE = r"(?: (?:sir|lady|dame|lord|old|little|big|miss|mister|mr|mrs|captain|king|queen|prince|princess))?"
_THING_PRONOUN = re.compile(rf"(?:^| )(?:(?:she|it) {_VERBS}|(?:her|its) name (?:s|is|was))(?: called| named)?{_TITLE} ?$")
_ANIMAL_PRONOUN = re.compile(rf"(?:^| )(?:(?:he|she|it) {_VERBS}|(?:his|her|its) name (?:s|is|was))(?: called| named)?{_TITLE} ?$")
_THE_NAME = re.compile(r"(?<=.)\bthe ([A-Z][a-z]+)\b")  # "…say the Kestrel is?": a named thing (never a person)


def asks_about_vessel(prep: PreparedTruth) -> bool:
    """The question asks about a vessel: it names one ("your truck"), or a name the role gives one."""
    if prep.language != "en":
        return False
    vessels = _vessels()
    if any(w in vessels for w in prep.question_norm.split()):
        return True
    role = prep.truth.role.lower()
    role_words = set(re.findall(r"[a-z]+", role))
    if role_words.isdisjoint(vessels):
        return False
    return any(m.group(1).lower() in role_words for m in _THE_NAME.finditer(prep.truth.question))


def vessel_pronoun(before: str, prep: PreparedTruth) -> bool:
    """The pronoun right before the keyword (``before``: its clause's canonical text up to it) is the
    vessel the question asks about."""
    words = before.split()
    if not _THING_PRONOUN.search(before):
        return False
    # ("her truck s name is…", "her ship s 240"): a vessel noun after the pronoun is someone else's vessel
    return not any(w in _vessels() for w in words) and asks_about_vessel(prep)


# The pronoun for the animal, right before its name or what it is (canonical text before the keyword):
# "he s called sir", "他叫", "あの子は", "걔 이름은"; nothing else between ("He's got a dog called…" narrates).
_ANIMAL_PRONOUN = {
    "en": re.compile(rf"(?:^| )(?:(?:he|she|it) {_VERBS}|(?:his|her|its) name (?:s|is|was))(?: called| named)?{_TITLE} ?$"),
    "zh": re.compile(r"(?:^| )(?:他|她|它)(?:就)?(?:的名字)?(?:叫|是|名叫|叫做)$"),
    "ja": re.compile(r"(?:^| )(?:彼|彼女|あの子|この子|その子|あいつ|こいつ)(?:の名前)?(?:は|が|って)$"),
    "ko": re.compile(r"(?:^| )(?:그|그녀|걔|얘|쟤|그 애|이 애)(?:는|가|은|이)?(?: ?(?:이름은|이름이))? ?$"),
}


def animal_pronoun(before: str, prep: PreparedTruth, lang: str) -> bool:
    """The pronoun right before the keyword is the animal the question asks about."""
    pat = _ANIMAL_PRONOUN.get(lang)
    if pat is None or not pat.search(before) or not asks_about_animal(prep, lang):
        return False
    # ("her dog s called…", "她的狗叫…": someone else's animal)
    return not any(w in before for w in animal_words(lang)) if lang != "en" else \
        not any(w in animal_words("en") for w in before.split())


def asks_about_animal(prep: PreparedTruth, lang: str) -> bool:
    """The question asks about the character's animal ("have you got a pet?", "你养的猫叫什么？")."""
    words = animal_words(lang)
    if lang == "en":
        return any(w in words for w in prep.question_norm.split())
    return any(w in prep.question_norm for w in words)
