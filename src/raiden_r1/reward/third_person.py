"""The character seen from outside, as the subject of its own sentence: its name ("Maisie's dad
is…", "凪は19歳"), its title ("The sergeant stands 188 cm", "赵指导身高186"), a role noun with a
demonstrative ("この寿司職人の…", "이 사람은…") or a narrator's verb ("他记着呢", "He smiles.").
voice.py asks these when it judges whether an occurrence is the character speaking of itself.
"""

from __future__ import annotations

import functools
import re

from .analysis import Answer, cue_at_start, cue_in_text
from .lexicon import cues
from .matching import PreparedTruth

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


def name_subject(text: str, prep: PreparedTruth, language: str, skip: tuple[int, int] | None) -> str | None:
    """The character's own name used as a third-person subject or possessive in ``text``."""
    particles = cues(language).get("name_particles")
    for short in prep.short_names:  # a one-character name only as the clause's first word ("凪は19歳")
        if text.startswith(short) and _subject_particle(text[1:].lstrip(), particles):
            return short
    for family in prep.surnames:  # a family name alone as the clause's subject ("佐伯は34歳です")
        if len(family) >= 2 and not family.isascii() and text.startswith(family) and \
                _subject_particle(text[len(family):].lstrip(), particles):
            return family
    if language == "en":
        m = _en_titled_surname(prep.names, prep.titles).match(text)
        if m:  # "Old Thackeray's got three", "Sergeant Brandt was born…": the family name behind a title
            return m.group(0)
    for name in prep.names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            inside = skip is not None and start < skip[1] and end > skip[0]
            ok_left = start == 0 or not text[start - 1].isalnum() or not name.isascii()
            if not inside and ok_left:
                rest = text[end:].lstrip()
                prev = text[:start].rstrip().rsplit(" ", 1)[-1] if start else ""
                if name.isascii():
                    nxt = rest.split(" ", 1)[0] if rest else ""
                    # "Tomasz takes the stage at 9:30": the name as the subject of a verb in -s
                    # (not the rest of the name itself: "Ifeoma Okonkwo-Reyes", the "reyes" no verb)
                    in_name = any(f"{name} {nxt}" in n for n in prep.names)
                    if not in_name and (nxt in particles or prev == "of" or (start == 0 and (
                            _EN_VERB_S.fullmatch(nxt) or _EN_VERB_ED.fullmatch(nxt)))):
                        return name
                elif _subject_particle(rest, particles) or prev.endswith("的"):
                    return name
            start = text.find(name, end)
    return None


_EN_ADDRESS = ("old", "young", "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "good old")


@functools.lru_cache(maxsize=1024)
def _en_titled_surname(names: tuple[str, ...], titles: tuple[str, ...]) -> re.Pattern[str]:
    surnames = {n.split(" ")[-1] for n in names if n.isascii() and " " in n and len(n.split(" ")[-1]) >= 3}
    if not surnames:
        return re.compile("(?!)")
    before = "|".join(re.escape(t) for t in sorted({*_EN_ADDRESS, *(t for t in titles if t.isascii())}, key=len, reverse=True))
    verbs = "|".join(re.escape(p) for p in cues("en").get("name_particles"))
    fam = "|".join(re.escape(x) for x in sorted(surnames))
    return re.compile(rf"^(?:the )?(?:{before}) (?:{fam}) (?:{verbs})\b")


_EN_VERB_S = re.compile(r"[a-z]{2,}[^su\W]s|[a-z]+(?:ches|shes|sses|xes|ies)")
# "Dorothy started at Langley in 1953": the name opening its sentence before a verb in the past
_EN_VERB_ED = re.compile(r"[a-z]{2,}(?:[^e\W]ed|ied)")


# "なぎって呼んでね", "凪っていいます": the name quoted to say what one is called, not a subject.
_NAMING_VERB = ("呼", "よん", "よば", "言い", "いい", "いう", "言う", "申")


def _subject_particle(rest: str, particles: tuple[str, ...]) -> bool:
    for p in particles:
        if not rest.startswith(p) or (p == "って" and rest[2:].lstrip().startswith(_NAMING_VERB)):
            continue
        # a Korean particle ends its word: "월선이 서른" narrates, "월선이에요"/"월선이오" names the speaker
        if _HANGUL.match(p) and _HANGUL.match(rest[len(p):len(p) + 1]):
            continue
        return True
    return False


_HANGUL = re.compile("[가-힣]")


# Relation nouns a question uses to address the character ("叶老师，…", "顾师傅", "Master, …"), not a relative.
_ADDRESS_NOUNS = frozenset({"老师", "师傅", "师父", "先生", "兄弟", "teacher", "master", "mentor", "boss", "先生", "師匠", "师匠",
                            "선생님", "스승", "스승님", "형", "오빠", "누나", "언니"})
_YOUR = ("你", "您", "your ", "あなたの", "君の", "네 ", "당신의 ", "당신 ")


def asked_relations(prep: PreparedTruth) -> set[str]:
    """The relatives the question asks about: an address noun ("叶老师，…") only with "your" ("你师父")."""
    return {r for r in prep.question_relations
            if r not in _ADDRESS_NOUNS or any(y + r in prep.question_norm for y in _YOUR)}


@functools.lru_cache(maxsize=1024)
def _title_pattern(titles: tuple[str, ...], surnames: tuple[str, ...], lang: str) -> re.Pattern[str]:
    t = "|".join(re.escape(x) for x in sorted(titles, key=len, reverse=True) if lang != "zh" or len(x) > 1) or "(?!)"
    fam = "|".join(re.escape(x) for x in surnames) or "(?!)"
    if lang == "en":
        # "The sergeant stands 188 cm", "Captain Varga is 43"
        # ("The keeper recalls that…": any verb in -s after the title)
        return re.compile(rf"^(?:(?:the|this|our|your|old|good) (?:old )?({t})(?: [a-z]+)?|({t}) [a-z]+) "
                          rf"(?:is|was|s|has|stands|lives|likes|loves|came|comes|grew|\d|{_EN_VERB_S.pattern}\b)"
                          rf"|^(?:the|this|our|your|old|good) (?:old )?({t}) s [a-z]+")  # "The sergeant's birthday falls…"
    if lang == "ja":
        # ("この店の主人は": what it is the head of between)
        return re.compile(rf"^(?:この|その|あの|うちの)?(?:(?!私|わたし|僕|俺)[^\s]{{1,3}}の)?(?:{fam})?({t})(?:さん|様|さま)?(?:は|が|も|って|の)")
    if lang == "ko":
        # "선수는…", "최 선수 키는…" (not "선수 생활은 10년": a noun after the bare title is the career)
        return re.compile(rf"^(?:(?:이 |우리 |저희 )?({t})(?:님)?(?:은|는|이|가|의|께서)|"
                          rf"(?:이 |우리 |저희 |(?:{fam}) ?)({t})(?:님)?(?:은|는|이|가|의|께서| [가-힣]{{1,3}}(?:은|는|이|가)))")
    # "赵指导身高186", "我们队长是…" (not "当教练十年了": the title as an object)
    # (a one-character title only after the family name: "林工的生日", never "工的…")
    t1 = "|".join(re.escape(x) for x in titles if len(x) == 1) or "(?!)"
    return re.compile(rf"^(?:我们|咱们|这位|那位|咱)?(?:(?:{fam})?({t})|(?:{fam})({t1}))(?!们)"
                      rf"(?=是|的|身高|今年|在|家|老家|出生|来自|祖籍|住|喜欢|爱|最|也|就|呢|啊| |$)")


def title_owner(text: str, title: str, prep: PreparedTruth) -> bool:
    """"The detective's cat is called…" asked about the character's cat: its own ``title`` (found
    by own_title_subject) owns the relative asked about (any other subject after the title may be
    that relative's title)."""
    rest = text[text.find(title) + len(title):].lstrip()
    rest = rest.removeprefix("s ").lstrip("の的의 ")
    return any(rest.startswith(r) for r in asked_relations(prep))


def addressed_by_title(title: str, prep: PreparedTruth, lang: str) -> bool:
    """The question calls the character by its title ("기사님 고향이랑 아드님…", "店長さん、…", "赵指导，
    您儿子…", "Sergeant, how old is your son?"): that title in the answer is the character, even when
    the question also asks about a relative."""
    q = prep.question_norm
    if lang == "ko":
        return f"{title}님" in q
    if lang == "ja":
        return f"{title}さん" in q or q.startswith(title)
    if lang == "zh":
        return 0 <= q.find(title) <= 2
    return q.startswith(f"{title} ") or q.endswith(f" {title}")


def own_title_subject(text: str, prep: PreparedTruth, lang: str) -> str | None:
    """The character's own title as the subject its sentence opens with ("The sergeant stands 188
    cm", "女将は来月…", "赵指导身高186", "최 선수 키는…"): itself seen from outside."""
    family = prep.surnames
    if lang in ("zh", "ko") and not family and prep.names and 2 <= len(prep.names[0]) <= 4 and not prep.names[0].isascii():
        family = (prep.names[0][0],)  # "赵指导", "최 선수": a one-character family name
    if lang == "ko":
        family = (*family, *prep.names)  # "최현우 엔지니어는", "유나 연습생의": the name and the title
    m = _title_pattern(prep.titles, family, lang).match(text)
    return next((g for g in m.groups() if g), None) if m else None


# A demonstrative and a person noun opening the clause ("この寿司職人の", "この子は", "이 사람은").
BY_ROLE = {
    "ja": re.compile(r"^(?:この|その|あの)[\u4e00-\u9fff\u30a1-\u30ff]{0,5}(?:職人|职人|者|人|家|師|师|手|員|员|長|长|子|男|女|娘|さん|先生|選手|选手|屋さん)"
                     r"(?:の|は|が|って)"),
    # "이 바리스타의 고향은…": a demonstrative and any noun, owning or as the subject
    # (several words only after 이/저: "이 생선 가게 아주머니는"; "그 대신 눈물이" is "instead")
    "ko": re.compile(r"^(?:(?:이|그|저) ([가-힣]{1,6}?)|(?:이|저) ((?:[가-힣]{1,6} ){1,2}[가-힣]{1,6}?))(?:의|은|는|이|가) "),
    "zh": re.compile(r"^(?:这位|那位|这个|那个)([\u4e00-\u9fff]{1,5}?)(?:的|是|在)"),
}


def outside_narrator(ans: Answer, ci: int, lang: str) -> str | None:
    """A clause up to the keyword's that opens with a third-person pronoun and a verb of knowing
    ("他记着呢：你下周三去西安", "彼はちゃんと覚えとるよ", "He remembers: ..."): the character
    narrated from outside. Only asked when the question is about the character or the user, so
    the pronoun has no one else to stand for."""
    for cl in ans.clauses[:ci + 1]:
        third = cue_at_start(cl.text, lang, "third_person")
        if third and _has(cl.text, lang, "cognition") and not _has(cl.text, lang, "first_person"):
            return third.strip()
    if lang == "en":
        # Stage directions around the answer: "The old scribe smiles. Born in Lindmoor, he says."
        for cl in ans.clauses:
            m = _EN_STAGE.match(cl.text)
            if m and not _has(cl.text, lang, "first_person"):
                return m.group(0)
    return None


_EN_STAGE = re.compile(r"^(?:(?:the|this|that) (?:old |young |little )?[a-z]+|he|she) (?:smiles|smiled|nods|nodded|laughs|"
                       r"laughed|sighs|sighed|shrugs|shrugged|grins|grinned|chuckles|chuckled|says|said|replies|replied|"
                       r"answers|answered|pauses|leans|winks|frowns|beams)$")
