"""The subject of the keyword's sentence when a comma parted it from the keyword (session 35, r17):
"She began at the Western Union office on the fourth of March, 1887." is cut into "she began … 3月4日"
and "1887", so the keyword's own clause holds no pronoun, yet "she" is the subject of the whole
statement. voice.py reads a third-person pronoun only before the keyword in its clause; this reads
one that opens the sentence, when no first- or second-person word stands between it and the keyword.

Asked only for the character's own fact with no relative asked about (then "she" has nobody else to
stand for); a pronoun owning a relative ("Her father was born…" — the character's relative, said by
someone else, is read by voice.py), an animal or a vessel the question names ("She's kept at 42",
the bath) and a pronoun with a named antecedent in the sentence (pronoun_antecedent.py) are left alone.
What it does not catch: a pronoun in an earlier sentence ("She started in March. 1887, it was.").
"""

from __future__ import annotations

import functools
import re

from raiden_r1.canon import Term
from raiden_r1.canon.trie import trie_pattern
from raiden_r1.data.perspective import relation_nouns, starts_with_relation

from .analysis import Answer, cue_at_start, cue_in_text
from .asked_thing import animal_pronoun, vessel_pronoun
from .lexicon import cues
from .matching import PreparedTruth
from .pronoun_antecedent import pronoun_not_the_character

# Subject pronouns only: an object or possessive opening a sentence ("Her shop…", "把她…") is another reading.
# (and the possessives owning the asked slot, not a relative: "Her first day was the fourth of March, 1887")
_SUBJECTS = frozenset({"he", "she", "her", "his", "他", "她", "彼は", "彼女は", "彼が", "彼女が", "彼も", "彼女も", "彼の", "彼女の",
                       "그는", "그녀는", "그가", "그녀가", "그녀도", "그도", "그의", "그녀의"})


# A thing of the character's the question asks about ("your truck", "你的船", "あなたの店", "당신의 배"): a
# pronoun may stand for it, so the sentence's pronoun is not read as the character.
_YOUR = {"en": re.compile(r"\b(?:your|yer|ur|thy|thine)\b"), "zh": re.compile(r"(?:你|您)(?:的|家|那|这)"),
         "ja": re.compile(r"(?:あなた|君|きみ|お前|おまえ|あんた|貴方)の"), "ko": re.compile(r"(?:당신의|너의|네 |자네|당신 )")}


def sentence_pronoun(ans: Answer, ci: int, before: str, term: Term, prep: PreparedTruth, lang: str) -> str | None:
    """The third-person subject pronoun opening the keyword's sentence in an earlier clause, or None."""
    cl = ans.clauses[ci]
    earlier = [c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence]
    if not earlier or _YOUR[lang].search(prep.question_norm):
        return None  # (asked about "your truck", "your lighthouse", "she" may be the thing: "She's blue, partner")
    lead = " ".join((*earlier, before)).strip()
    pron = cue_at_start(lead, lang, "third_person")
    if pron is None:
        return None
    word = pron.strip()
    if lang in ("ja", "ko"):  # (the particle makes it a subject: 彼女の店 is an owner)
        word = lead[:len(word) + 1].strip() if lead[len(word):len(word) + 1] in "はがもの는가도의" else word
    if word not in _SUBJECTS:
        return None
    after = lead[len(pron):].lstrip().removeprefix("的").removeprefix("の").removeprefix("의").lstrip()
    if starts_with_relation(after) or cue_in_text(lead, lang, "first_person") or cue_in_text(lead, lang, "second_person"):
        return None
    if (lang == "en" and vessel_pronoun(lead, prep)) or animal_pronoun(lead, prep, lang) or \
            pronoun_not_the_character(lead, pron.strip(), term, prep, lang):
        return None
    return word


# (session 35, r17) A relative of the speaker as the topic the keyword answers: the answer's echo of the
# question ("ウチのおかんの店？「たこ福」やで", "My mum's shop? Takofuku.", "우리 엄마 가게요? 다복이에요") or
# the opening clause of the keyword's own sentence ("我老汉儿嘛，在朝天门挑了三十年", "My dad, he drove the 96")
# makes the asked fact a relative's: the speaker is the character's child, not the character.
_KIN_TOPIC = {"en": r"^(?:\S+ )?(?:my|our|me) (?:late |old |dear )?(?:{kin})(?: s)?\b",
              "zh": r"^(?:我|俺|咱)(?:家|们家)?的?(?:{kin})",
              "ja": r"^(?:私|わたし|うち|僕|ぼく|俺|おれ|あたし|わし|あっし|おいら)(?:ん|とこ)?の(?:{kin})",
              "ko": r"^(?:제|내|우리|저희) ?(?:{kin})(?![가-힣]{{3}})"}


@functools.lru_cache(maxsize=8)
def _kin_topic(lang: str) -> re.Pattern[str] | None:
    kin = cues(lang).get("kin")
    return re.compile(_KIN_TOPIC[lang].format(kin=trie_pattern(frozenset(kin)))) if lang in _KIN_TOPIC and kin else None


def kin_topic(ans: Answer, ci: int, before: str, prep: PreparedTruth, lang: str) -> str | None:
    """The speaker's relative opening the keyword's sentence or the question echoed just before it."""
    pat = _kin_topic(lang)
    if pat is None or relation_nouns(prep.answer_norm) & relation_nouns(ans.canon):
        return None  # (the gold answer names the relative too: "My late husband started it…")
    cl = ans.clauses[ci]
    earlier = [c.text for c in ans.clauses[:ci] if c.sentence == cl.sentence]
    if earlier:
        lead = " ".join((*earlier, before)).strip()
    elif ci > 0 and ans.clauses[ci - 1].text.rstrip().endswith(("?", "？")) and before == "" and \
            sum(c.sentence == ans.clauses[ci - 1].sentence for c in ans.clauses) == 1:
        lead = ans.clauses[ci - 1].text  # the question echoed as a sentence of its own
    else:
        return None
    m = pat.search(lead)
    if m is None or cue_in_text(lead[m.end():], lang, "first_person") or cue_in_text(cl.text, lang, "first_person") \
            or cue_in_text(lead, lang, "second_person"):
        return None
    return m.group(0).strip()


# (session 35, r17) The character's own name owned by the speaker ("我家豆豆最喜欢…", "うちのこはくは…",
# "우리 백구는…", "my Priya won…"): the parent, the owner or the keeper is talking, never the character,
# who may call itself by name but not "mine". English reads the written, capitalised name ("my hope" is none).
_OWN = {"en": r"\b(?:[Mm]y|[Oo]ur) (?:(?:little|dear|sweet|old|wee|own|darling|precious|brave|clever) )?(?:{n})\b",
        "zh": r"(?:我家|我们家|俺家|咱家|我们的|我的|咱们家|咱们的|我们|咱们)的?(?:{n})",
        "ja": r"(?:うちの|私の|わたしの|僕の|ぼくの|俺の|おれの|あたしの|わしの)(?:{n})",
        "ko": r"(?:우리|저희|제|내) (?:{n})(?![가-힣]{2})"}


@functools.lru_cache(maxsize=1024)
def _own_name_pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str] | None:
    forms = [n.title() if lang == "en" else n for n in names if len(n) >= 2]
    if lang == "zh":  # (a Chinese family calls its own 老周, 小周, 阿周: "我家老周在朝天门挑了三十年" is the wife)
        forms += [p + n[0] for n in names[:1] if 2 <= len(n) <= 4 and not n.isascii() for p in ("老", "小", "阿")]
    if not forms or lang not in _OWN:
        return None
    return re.compile(_OWN[lang].replace("{n}", trie_pattern(frozenset(forms))))


def owned_own_name(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    pat = _own_name_pattern(prep.names, lang)
    if pat is None:
        return None
    m = pat.search(ans.raw if lang == "en" else ans.canon)
    return f"speaks as the character's keeper ('{m.group(0)}')" if m else None
