"""The character introduced by a narrator (session 32, s21en-114, s21zh-116): a description before its name
("The fox spirit Rusty flicks his tail: …", "机器人小安回答说，…", "ロボットの小安は答えた", "로봇 소안이 대답했다") or a
narrator's speech tag after it ("小安答道", "Rusty replied", "小安は言った", "소안이 말했다"). A character who speaks of
itself by name says "小安记得…" or "Pip was born here!", never "the robot Pip" nor a tag in the narrative past.
What it does not catch: a narrator's line with no name ("He flicks his tail: …", left to the other voice rules).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon.trie import trie_pattern

from .analysis import Answer, cue_in_text
from .matching import PreparedTruth

# en: "the <up to three words> Name <verb>": a narrator's definite description of the speaker
_EN_TAGS = r"(?:says|said|replies|replied|answers|answered|whispers|whispered|murmurs|murmured|grins|grinned|smiles|smiled|" \
           r"nods|nodded|laughs|laughed|chuckles|chuckled|sighs|sighed|flicks|flicked|tilts|tilted|leans|leaned|shrugs|shrugged)"
_ZH_TAGS = r"(?:回答说|回答道|答道|说道|笑道|笑着说|应道|回应道|低声道|开口道)"
_JA_TAGS = r"(?:答えた|言った|答える|微笑んだ|笑った|頷いた|うなずいた|つぶやいた|呟いた)"
_KO_TAGS = r"(?:대답했다|말했다|답했다|웃었다|중얼거렸다|고개를 끄덕였다)"


@lru_cache(maxsize=1024)
def _patterns(names: tuple[str, ...], lang: str, self_name: bool) -> re.Pattern[str] | None:
    forms = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    n = "|".join(re.escape(f) for f in forms)
    if lang == "en":
        # (a character that speaks of itself by name may style itself "The Great Grimbald": only the tag then)
        described = "(?!)" if self_name else rf"^the (?:[a-z]+ ){{1,3}}(?:{n}) (?:[a-z]+s|[a-z]+ed)\b"
        return re.compile(rf"{described}|^(?:{n}) {_EN_TAGS}$")
    if lang == "zh":
        # ("机器人小安回答说": a description of one to four characters, or the tag itself)
        # (not "主人让小安说": a verb of asking before the name makes it an object)
        return re.compile(rf"^[\u4e00-\u9fff]{{0,5}}[^\s让叫跟和对给问替帮向请](?:{n}){_ZH_TAGS[:-1]}|说|笑着|回答)"
                          rf"|^(?:{n}){_ZH_TAGS}")
    if lang == "ja":
        return re.compile(rf"^(?:\S{{1,8}}の)?(?:{n})(?:は|が){_JA_TAGS}")
    if lang == "ko":
        return re.compile(rf"^(?:\S+ )?(?:{n})(?:은|는|이|가) {_KO_TAGS}")
    return None


def narrator_tag(ans: Answer, prep: PreparedTruth) -> str | None:
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    # (every pattern holds a name of two characters or more: a clause without one is not searched, and
    # a new profile's patterns are not compiled for answers that never name it, most of them)
    if not any(len(n) >= 2 and n in cl.text for cl in ans.clauses[:3] for n in prep.names):
        return None
    pat = _patterns(prep.names, ans.language, prep.truth.self_name)
    if pat is None:
        return None
    for cl in ans.clauses[:3]:
        m = pat.search(cl.text)
        # (English: the name capitalised as written, so "the wild rose grows" names no character Rose)
        if m and (ans.language != "en" or any(n.title() in ans.raw for n in prep.names if n in m.group(0))):
            return f"narrates the character ('{m.group(0)}')"
    return None


# (session 35, r17) A narrator's report of the character's answer: the sentence opens with the character
# (any form of its name, its family name, its title or the title's head noun: "御子柴探偵は", "란 사장은",
# "白泽") and closes with a speech verb in the narrative past after a quotative ("…午後三時だと答えた",
# "…다낭이라고 대답했다", "…答道：…"). The character speaking says "三時だよ" or "I told him three"; it
# never reports its own answer in a novel's past tense. Not caught: a report with no subject at all
# ("手帳をめくり、午後三時だと答えた。"), left to the other voice rules.
_JA_REPORT = r"(?:と|って) ?(?:答えた|言った|告げた|述べた|返した|応じた|応えた|説明した|つぶやいた|呟いた|付け加えた|話した|教えた|" \
             r"断言した|即答した|言い切った|言い添えた|笑った|微笑んだ|頷いた|うなずいた)$"
_KO_REPORT = r"(?:라고|다고|냐고|라며|다며) ?(?:대답했다|말했다|답했다|설명했다|전했다|덧붙였다|중얼거렸다|말하였다|대답하였다|답하였다|" \
             r"알려 주었다|알려줬다|알려 줬다|일러 주었다|답변했다|웃었다|속삭였다)$"
_ZH_REPORT = r"(?:答道|回答道|说道|笑道|应道|回道|回答说|答曰|笑着说|缓缓道|沉声道|淡淡道|开口道|低声道|回应道|告诉[^，。]{0,6}说)"


@lru_cache(maxsize=1024)
def _report_pattern(forms: tuple[str, ...], lang: str) -> re.Pattern[str] | None:
    if not forms:
        return None
    n = trie_pattern(frozenset(f for f in forms if len(f) >= 2)) or "(?!)"
    if lang == "ko":  # (a one-syllable name or surname only as its own word before a title: "란 사장은")
        one = "|".join(re.escape(f) for f in sorted(forms) if len(f) == 1) or "(?!)"
        verb = _KO_REPORT[_KO_REPORT.index("(?:대답했다"):]
        who = rf"(?:(?:{n})\S{{0,3}}|(?:{one}) \S{{1,4}})(?:은|는|이|가|도)"
        return re.compile(rf"^(?:\S+ )?{who} .*{_KO_REPORT}|(?:라고|다고) (?:\S+ )?{who} (?:\S+ )?{verb}")
    if lang == "ja":  # (the subject first, or after the quote: "「午後三時だ」と御子柴は答えた")
        verb = _JA_REPORT[_JA_REPORT.index("(?:答えた"):]
        return re.compile(rf"^(?:\S{{1,8}}の)?(?:{n})\S{{0,4}}?(?:は|が|も) ?.*{_JA_REPORT}"
                          rf"|(?:と|って) ?(?:{n})\S{{0,4}}?(?:は|が) ?\S{{0,8}}?{verb}")
    if lang == "zh":
        return re.compile(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{n})[^，。！？]{{0,10}}?{_ZH_REPORT}")
    return None


# A novel's speech tags in Chinese, whoever the subject ("老人捋了捋胡子，答道：三十年。"): nobody speaking says
# 答道 of a reply, its own or another's; only a first or second person before it makes it a quotation.
# (the tag ends its clause, as before a colon or a quote: "回道长的话" and "说道说道" are no tags)
_ZH_NOVEL_TAG = re.compile(r"^[^我吾俺咱你您]{0,16}?(?:答道|回答道|说道|笑道|应道|缓缓道|沉声道|淡淡道|开口道|低声道|回应道|叹道|喃喃道)$")


def narrated_report(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language
    if lang == "zh":
        for cl in ans.clauses:
            if (m := _ZH_NOVEL_TAG.match(cl.text)) and not cue_in_text(m.group(0), lang, "first_person") and \
                    not cue_in_text(m.group(0), lang, "second_person"):
                return f"narrates the character's answer ('{m.group(0)}')"
    if lang not in ("ja", "ko", "zh") or prep.truth.self_name and lang == "zh":
        return None  # (a Chinese self-namer may say "白泽答你：…")
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    heads = {t[-2:] for t in prep.titles if not t.isascii() and len(t) >= 3}
    forms = tuple(f for f in {*prep.names, *prep.surnames, *prep.short_names, *(t for t in prep.titles if not t.isascii()), *heads}
                  if f and (len(f) >= 2 or lang == "ko"))
    sentences: dict[int, list[str]] = {}
    for cl in ans.clauses:
        sentences.setdefault(cl.sentence, []).append(cl.text)
    for parts in sentences.values():
        text = " ".join(parts)
        if not any(f in text for f in forms):
            continue
        pat = _report_pattern(forms, lang)
        m = pat.search(text) if pat else None
        if m and not any(cue_in_text(text[:m.start() + 24], lang, k) for k in ("first_person", "second_person")):
            return f"narrates the character's answer ('{text[:16]}…{text[-6:]}')"
    return None
