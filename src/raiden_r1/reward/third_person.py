"""The character seen from outside, as the subject of its own sentence: its name ("Maisie's dad
is…", "凪は19歳"), its title ("The sergeant stands 188 cm", "赵指导身高186"), a role noun with a
demonstrative ("この寿司職人の…", "이 사람은…") or a narrator's verb ("他记着呢", "He smiles.").
voice.py asks these when it judges whether an occurrence is the character speaking of itself.
"""

from __future__ import annotations

import functools
import re

from .analysis import cue_at_start
from .lexicon import cues
from .matching import PreparedTruth



def name_subject(text: str, prep: PreparedTruth, language: str, skip: tuple[int, int] | None) -> str | None:
    """The character's own name used as a third-person subject or possessive in ``text``."""
    particles = cues(language).get("name_particles")
    for short in prep.short_names:  # a one-character name only as the clause's first word ("凪は19歳")
        # (not the start of a longer name of the character's: "剛ノ山こと竜崎" for 竜崎剛)
        if text.startswith(short) and _subject_particle(text[1:].lstrip(), particles) and \
                not names_self(text[1:].lstrip(), language) and \
                not any(len(n) > 1 and text.startswith(n) for n in prep.names):
            return short
    for family in prep.surnames:  # a family name alone as the clause's subject ("佐伯は34歳です")
        # (not the head of the keyword itself: "北村ハルだ", a relative of the same family)
        if len(family) >= 2 and not family.isascii() and text.startswith(family) and not (skip and skip[0] == 0) and \
                _subject_particle(text[len(family):].lstrip(), particles) and \
                not names_self(text[len(family):].lstrip(), language):
            return family
    # (each pattern below opens with a part of one of the character's names, or holds its family name:
    # a text without one is not matched, and a new profile's pattern is not compiled for it)
    if language == "ja" and any(text[:2] == n[:2] for n in prep.names) and (m := _ja_honorific_family(prep.names).match(text)):
        return m.group(0)  # "比嘉さんは…" for 比嘉美代子: the family name with an honorific is how others say it
    if language == "zh" and (text[:1] in ("老", "阿") or any(n and text.startswith(n[:1]) for n in prep.names)) and \
            (m := _zh_honorific_family(prep.names, particles).match(text)) and \
            not any(text.startswith(n) for n in prep.names):
        return m.group(0)  # "陈生间茶餐厅喺观塘" for 陳國強: the family name with 生/先生/老板 is how others say it
    if language == "en" and any(n.split(" ")[-1] in text for n in prep.names if " " in n):
        m = _en_titled_surname(prep.names, prep.titles).match(text)
        if m:  # "Old Thackeray's got three", "Sergeant Brandt was born…": the family name behind a title
            return m.group(0)
    for name in prep.names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            inside = skip is not None and start < skip[1] and end > skip[0]
            ok_left = start == 0 or not text[start - 1].isalnum() or not name.isascii()
            rest = text[end:].lstrip()
            if not inside and ok_left and not names_self(rest, language):
                prev = text[:start].rstrip().rsplit(" ", 1)[-1] if start else ""
                if name.isascii():
                    nxt = rest.split(" ", 1)[0] if rest else ""
                    # "Tomasz takes the stage at 9:30": the name as the subject of a verb in -s
                    # (not the rest of the name itself: "Ifeoma Okonkwo-Reyes", the "reyes" no verb)
                    # (whole words: "rook s" is no part of "marco rook silva")
                    in_name = any(f" {name} {nxt} " in f" {n} " for n in prep.names)
                    if nxt in _EN_NARRATED_ADVERBS and not in_name:
                        # (s34) "Edna Pruitt first taught at Maple Hollow": an adverb between the name and its verb
                        nxt = rest.split(" ", 2)[1] if rest.count(" ") >= 1 else ""
                    # (session 35, r17) "Old Peter calls 'er Nell", "Little Priya won…": an epithet or a title
                    # opening the clause before the name is how others speak of the character
                    lead = start == 0 or text[:start].strip() in _EN_EPITHETS or text[:start].strip() in prep.titles
                    if not in_name and (nxt in particles or prev == "of" or (lead and (
                            _EN_VERB_S.fullmatch(nxt) or _EN_VERB_ED.fullmatch(nxt) or _EN_VERB_ETH.fullmatch(nxt)))):
                        return name
                elif _subject_particle(rest, particles) or prev.endswith("的") or (language == "zh" and _ZH_OWNED.match(rest)) \
                        or (language == "ko" and _KO_HONORIFIC_SUBJECT.match(rest)):
                    return name
                elif language == "zh" and _ZH_NARRATED.match(rest) and not _zh_self_apposition(text[:start], name, rest, prep):
                    return name  # "胡九娘已修行九百年", "戍卒赵武驻守于居延塞": a name with an adverb or a verb after it is its subject
            start = text.find(name, end)
    return None


# After a name, "is my full name" ("Call me Ada. Adaeze is my full name", "沈青霜是在下的本名",
# "ルル・フェンネルが本名なのです", "박순자가 내 본명이여"): the speaker naming itself, no subject of a
# narration. Only a naming noun with a copula or at the end, not a name doing something to a name
# ("박순자가 내 이름을 불렀다", "Adaeze is my friend's name", "Adaeze is the name of my shop").
_OWN_NAME = {
    "en": re.compile(r"(?:is|s) (?:my|the) (?:(?:full|real|actual|proper|given|first|last|legal|official|whole|true|"
                     r"birth|christian|maiden|middle|family) )?(?:name|surname)(?: (?!of\b|for\b|s\b)|$)"),
    "zh": re.compile(r"(?:就|才|正|便)?(?:是|乃)(?:我|在下|本人|额|俺|咱|老子|本姑娘|小女子|奴家|本座|洒家|人家)的?"
                     r"(?:全名|本名|真名|大名|名字|姓名|原名|真实姓名|名讳|名号)(?![的里])"),
    "ja": re.compile(r"(?:が|は|こそ|っていうのが|というのが)(?:(?:私|わたし|僕|ぼく|俺|おれ|あたし|うち|わし|わたくし)の)?"
                     r"(?:本名|ふるねーむ|本当の名前|ほんとうの名前|正式な名前|名前|なまえ|真名|実名|氏名)(?![をにへとのが]|で(?!す|し|ご))"),
    "ko": re.compile(r"(?:이가|이|가|은|는) (?:(?:내|제|나의|저의|이 몸의) )?(?:본명|진짜 이름|원래 이름|이름|풀네임|전체 이름|"
                     r"정식 이름|실명|성함|진명)(?=이|입|예|야|여|요|라|$| |[.,!?])(?! ?[을를에])"),
}


# (session 34, r13) the full name with the honorific others give it, as a subject: "고순자 할머니는 주로 전복과
# 소라를 잡는다", "한도윤 씨가…" (not 언니/누나/오빠/형, which a speaker may call itself: "민지 언니가 해 줄게")
_KO_HONORIFIC_SUBJECT = re.compile(r"^(?:씨|님|할머니|할아버지|여사|여사님|어르신|옹)(?:은|는|이|가|의|께서)(?: |$)")


def names_self(rest: str, language: str) -> bool:
    """Whether ``rest``, the canonical text right after the character's name (katakana folded to
    hiragana), says that name is the speaker's own."""
    own = _OWN_NAME.get(language)
    return own is not None and own.match(rest) is not None


# Chinese owns home and kin without 的 ("我老家", "他妈", "小翠儿老家是河间府"): a name right before one
# of these is their owner, as "小翠儿的老家" would be.
# What follows a Chinese subject and never a vocative or an object: an adverb of time or aspect
# (已, 早已, 一向, 自幼) or a verb a profile states its facts with (驻守, 修行, 担任, 毕业于).
_ZH_NARRATED = re.compile(r"^(?:已经|已|早已|早就|曾经|乃是|乃|现为|现任|现在|现|如今|向来|一向|自幼|从小|常年|正在|"
                          r"驻守|戍守|驻扎|修行|修炼|担任|任职|就读|毕业|出身|经营|生于|长于|居住)")
# A name beside the speaker's own word for itself is an apposition ("本仙胡九娘已修行", "我赵武驻守", "胡九娘我…").
_ZH_SELF_BEFORE = re.compile(r"(?:本仙|本座|在下|某|我|俺|吾|老夫|奴家|本姑娘|咱)$")


def _zh_self_apposition(before: str, name: str, rest: str, prep: PreparedTruth) -> bool:
    said = before + name
    # (from the start of the longest name said: "本仙胡九娘" found at its given name 九娘)
    longest = max((n for n in prep.names if said.endswith(n)), key=len, default=name)
    before = said[:-len(longest)].rstrip()
    return bool(_ZH_SELF_BEFORE.search(before)) or cue_at_start(rest, "zh", "first_person") is not None


_ZH_OWNED = re.compile(r"^(?:老家|家乡|故乡|家里|家在|家住|爸|妈|爹|娘|爷爷|奶奶|姥姥|姥爷|外婆|外公|哥哥|姐姐|弟弟|妹妹|老婆|老公|媳妇)")


@functools.lru_cache(maxsize=1024)
def _ja_honorific_family(names: tuple[str, ...]) -> re.Pattern[str]:
    """The leading two or three kanji of a written name (its family name, which the profile does not
    split off) with an honorific and a subject or owner particle: nobody says "さん" of themselves."""
    heads = {n[:k] for n in names if _KANJI.fullmatch(n[:2] or "x") for k in (2, 3) if len(n) - k >= 1 and _KANJI.fullmatch(n[:k])}
    if not heads:
        return re.compile("(?!)")
    return re.compile(rf"^(?:{'|'.join(sorted(heads, key=len, reverse=True))})(?:さん|さま|様|ちゃん|くん|先生)(?:は|が|の|も|って(?!\s?(?:{'|'.join(_NAMING_VERB)}))|っての)")


_KANJI = re.compile(r"[\u4e00-\u9fff]+")

# What others put after a Chinese family name to address or speak of its bearer (Cantonese 生/太 too).
_ZH_FAMILY_TITLES = ("先生", "生", "太太", "太", "小姐", "师傅", "老板", "老板娘", "掌柜", "老师", "大夫", "医生", "经理", "总",
                     "伯", "叔", "婶", "姨", "婆婆", "阿婆", "公公", "大侠", "大人", "老爷", "夫人", "姑娘", "公子", "sir")


@functools.lru_cache(maxsize=1024)
def _zh_honorific_family(names: tuple[str, ...], particles: tuple[str, ...]) -> re.Pattern[str]:
    """The family name of a two-to-four-character Chinese name (its first character, the first two of
    four) behind 老/阿 or before a title, then a subject or owner word: nobody says "陈生" of himself."""
    heads = {n[:2] if len(n) == 4 else n[:1] for n in names if 2 <= len(n) <= 4 and _KANJI.fullmatch(n)}
    if not heads or not particles:
        return re.compile("(?!)")
    fam = "|".join(sorted(heads, key=len, reverse=True))
    titles = "|".join(sorted(_ZH_FAMILY_TITLES, key=len, reverse=True))
    after = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    return re.compile(rf"^(?:(?:老|阿)(?:{fam})|(?:{fam})(?:{titles}))(?:{after})")

_EN_EPITHETS = frozenset(("old", "young", "little", "big", "wee", "poor", "dear", "good old", "dear old", "poor old", "auntie",
                          "aunt", "uncle", "granny", "grandma", "grandpa", "gran", "nana", "papa", "mama", "ma", "pa", "sister",
                          "brother", "father", "mother", "lady", "lord", "sir", "dame", "master", "mistress", "miss", "mr",
                          "mrs", "ms", "dr", "doctor", "captain", "commander", "sergeant", "officer", "professor", "coach",
                          "chef", "nurse", "detective", "saint", "lil", "ol", "old man", "old lady", "young master"))
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
# (session 32) The archaic third person, as a chronicle writes of someone: "Brother Aldric hath laboured",
# "Aldric keepeth the rolls", "saith", "doth"
# Adverbs a narrator puts between a name and its verb ("Edna Pruitt first taught…", "Kettle once lived…")
_EN_NARRATED_ADVERBS = frozenset(("first", "once", "still", "always", "already", "later", "then", "also", "only", "just",
                                  "finally", "never", "often", "eventually", "originally", "soon", "proudly", "happily"))
_EN_VERB_ETH = re.compile(r"hath|doth|saith|[a-z]{3,}(?<!teeth)eth")


# "なぎって呼んでね", "凪っていいます": the name quoted to say what one is called, not a subject.
_NAMING_VERB = ("呼", "よん", "よば", "言い", "いい", "いう", "言う", "申")


# (session 33) "辰五郎ってもんだ", "凪って者です": "one called X", the speaker giving the name (っていう者 contracted)
_JA_CALLED_ONE = re.compile(r"^ ?(?:ぇ|え|ー)?(?:もん|者|もの)(?:だ|です|でい|でさ|でござ|じゃ|や|さ|よ|っす|ッス|で$|$)")


def _subject_particle(rest: str, particles: tuple[str, ...]) -> bool:
    for p in particles:
        if not rest.startswith(p) or (p == "って" and (rest[2:].lstrip().startswith(_NAMING_VERB) or _JA_CALLED_ONE.match(rest[2:]))):
            continue
        # a Korean particle ends its word: "월선이 서른" narrates, "월선이에요"/"월선이오" names the speaker
        if _HANGUL.match(p) and _HANGUL.match(rest[len(p):len(p) + 1]):
            continue
        return True
    return False


_HANGUL = re.compile("[가-힣]")
subject_particle = _subject_particle  # (named_topic.py reads the particle after a keyword that is the name)


# Relation nouns a question uses to address the character ("叶老师，…", "顾师傅", "Master, …"), not a relative.
_ADDRESS_NOUNS = frozenset({"老师", "师傅", "师父", "先生", "兄弟", "teacher", "master", "mentor", "boss", "先生", "師匠", "师匠",
                            "선생님", "스승", "스승님", "형", "오빠", "누나", "언니"})
_YOUR = ("你", "您", "your ", "あなたの", "君の", "네 ", "당신의 ", "당신 ")


def asked_relations(prep: PreparedTruth) -> set[str]:
    """The relatives the question asks about: an address noun ("叶老师，…") only with "your" ("你师父")."""
    return {r for r in prep.question_relations
            if r not in _ADDRESS_NOUNS or any(y + r in prep.question_norm for y in _YOUR)}


# "店長の私が…", "主人のわしが…": the title in apposition to "I" is the character speaking
_JA_I = "私|わたし|僕|ぼく|俺|おれ|あたし|わし|わたくし|わらわ|拙者|それがし"


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
        return re.compile(rf"^(?:この|その|あの|うちの)?(?:(?!私|わたし|僕|俺)[^\s]{{1,3}}の)?(?:{fam})?({t})(?:さん|様|さま)?(?:は|が|も|って|の(?!{_JA_I}))")
    if lang == "ko":
        # "선수는…", "최 선수 키는…" (not "선수 생활은 10년": a noun after the bare title is the career)
        return re.compile(rf"^(?:(?:이 |우리 |저희 )?({t})(?:님)?(?:은|는|이|가|의|께서)|"
                          rf"(?:이 |우리 |저희 |(?:{fam}) ?)({t})(?:님)?(?:은|는|이|가|의|께서| [가-힣]{{1,3}}(?:은|는|이|가)))")
    # "赵指导身高186", "我们队长是…" (not "当教练十年了": the title as an object)
    # (a one-character title only after the family name: "林工的生日", never "工的…")
    t1 = "|".join(re.escape(x) for x in titles if len(x) == 1) or "(?!)"
    # ("赵总镖头", "老船长", "大掌柜": a rank word before the title)
    return re.compile(rf"^(?:我们|咱们|这位|那位|咱)?(?:(?:{fam})?(?:总|大|老)?({t})|(?:{fam})({t1}))(?!们)"
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
