"""Who a record's fact belongs to, and how the character names itself: read from the record once,
when its ground truth is packed, so the reward can tell "my dog is Biscuit" (the character's
fact) from the same words said of the user's dog.

- :func:`fact_subject`: "self" (a fact about the character), "other" (the keyword names someone
  else of the profile: a relative, a friend, a pet), "user" (a conversation-memory fact the user
  stated), or "" when it cannot be told.
- :func:`refers_to_self_by_name`: the profile says the character speaks of itself by its own name
  or in the third person ("always calls herself \"Pip\"", "用自己的名字自称", "一人称は自分の名前",
  "자기 이름으로 자신을 부른다"); such a character's "Pip was born here!" is in character.
- :func:`name_forms`: how an answer may name the character.
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

from raiden_r1.canon import canonical, is_cjk
from raiden_r1.text import keyword_in, normalize_term

from .name_labels import is_label, unlabelled
from .name_order import patronymic, surname_first
from .self_reference import BY_NAME, NO_PLAIN_I, SELF_REF, is_plain_i, is_self_word, names_after_cue, quoted_self_names, quoted_short

_OTHER_FAMILIES = ("relation", "pets", "pet", "friend", "family", "partner", "rival", "mentor")
# A question about one of these asks for someone else of the profile ("What's your cat called?").
_OTHER_NOUNS = re.compile(
    r"\b(?:pet|pets|cat|dog|horse|bird|father|dad|mother|mom|mum|parents?|brother|sister|sibling|son|daughter|"
    r"child|children|kid|wife|husband|partner|spouse|girlfriend|boyfriend|friend|best friend|rival|enemy|mentor|"
    r"teacher|master|boss|grandmother|grandfather|grandma|grandpa|uncle|aunt|cousin|familiar|companion|"
    r"toad|frog|ferret|rabbit|hamster|parrot|snake|lizard|fish|turtle|owl|horse|pony|puppy|kitten|steed|mare|"
    r"stallion|hawk|falcon|eagle|raven|crow|wolf|dragon|ship|boat|vessel|yacht|car|robot|droid|neighbou?r)\b"
    r"|宠物|猫|狗|竞争对手|父亲|爸爸|母亲|妈妈|爸|妈|哥哥|姐姐|弟弟|妹妹|兄弟|姐妹|儿子|女儿|闺女|孩子|妻子|老婆|媳妇|丈夫|老公|老伴|朋友|对手|师父|师傅|老师|"
    r"爷爷|奶奶|外公|外婆|外孙女|外孙|孙子|孙女|孫|搭档|伴侣|ペット|猫|犬|父|母|お父さん|お母さん|兄|姉|弟|妹|息子|娘|子供|妻|夫|友達|友人|親友|ライバル|師匠|"
    r"先生|祖父|祖母|相棒|船|坐骑|鹰|鷹|邻居|隣人|近所"
    # Korean nouns as words of their own: 형 is not in 형사님, 딸 not in 딸기
    r"|(?<![가-힣])(?:반려\S*|손자|손녀|강아지|고양이|아버지|아빠|어머니|엄마|형|오빠|누나|언니|동생|아드님|따님|아들|딸|아이|아내|남편|친구|라이벌|"
    r"스승님?|선생님|할아버지|할머니|짝꿍|파트너|이웃)(?![가-힣])"
    r"|(?<![가-힣])(?:손자|손녀|강아지|고양이|아버지|아빠|어머니|엄마|형|오빠|누나|언니|동생|아드님|따님|아들|딸|아이|아내|남편|친구|라이벌|스승님?|"
    r"선생님|할아버지|할머니|짝꿍|파트너)(?=은|는|이|가|을|를|의|도|랑|하고|와|과|에게|한테|께서|님)", re.IGNORECASE)

# A relation noun and the name after it, in a user's turn ("my friend Louise", "我朋友老吴",
# "友達の美咲", "제 친구 수아는").
_REL_EN = r"(?:friend|best friend|brother|sister|cousin|mum|mom|dad|father|mother|son|daughter|wife|husband|partner|" \
          r"boss|colleague|neighbou?r|roommate|flatmate|girlfriend|boyfriend|uncle|aunt|grandma|grandpa|coach|teacher)"
_NAMED_OTHER = {
    "en": re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+{_REL_EN}\s*,?\s+([A-Z][a-z]+)"),
    "zh": re.compile(r"(?:朋友|同事|邻居|哥哥|姐姐|弟弟|妹妹|表哥|表姐|同学|室友|老公|老婆|男朋友|女朋友|闺蜜|老板)"
                     r"(?:叫)?((?:老|小|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff]{2})"),
    "ja": re.compile(r"(?:友達|友人|親友|同僚|兄|姉|弟|妹|先輩|後輩|彼氏|彼女|夫|妻|上司|隣人)の([\u4e00-\u9fff\u3041-\u30ff]{1,4}?)"
                     r"(?:さん|くん|ちゃん)?(?:は|が|も|と)"),
    "ko": re.compile(r"(?:친구|동료|언니|오빠|누나|형|동생|남편|아내|남자친구|여자친구|룸메이트|선배|후배|이웃)\s([가-힣]{2,3}?)"
                     r"(?:이는|이가|이도|는|은|이|가|도|랑|하고|씨)"),
}


# What a relative has, not who they are ("妻の誕生日は3月3日", "언니 생일은", "姐姐生日是"): the patterns
# above read these in the name's place.
_THING_WORDS = frozenset({
    "誕生日", "名前", "仕事", "趣味", "出身", "年齢", "実家", "職業", "会社", "学校", "大学", "好物", "部屋", "住所", "電話",
    "結婚式", "命日", "記念日", "予定", "病院", "番号", "車", "家",
    "생일", "이름", "직업", "취미", "고향", "나이", "회사", "학교", "대학", "번호", "주소", "결혼식", "기일", "기념일", "예정",
    "병원", "전화", "집",
    "生日", "名字", "工作", "爱好", "愛好", "老家", "年龄", "年齡", "公司", "学校", "學校", "大学", "大學", "电话", "電話", "地址",
    "婚礼", "婚禮", "忌日", "属相", "屬相", "家里", "家裡",
})


def history_others(user_turns: list[str], language: str | None, question: str = "") -> tuple[str, ...]:
    """Names the user's turns give other people beside a relation noun (see above), except the one
    the question asks about ("my sister Mabel" when asked what my sister does: Mabel is the answer's
    subject, not someone else)."""
    pattern = _NAMED_OTHER.get(language or "", _NAMED_OTHER["en"])
    asked = relation_nouns(question) if question else set()
    out: list[str] = []
    for turn in user_turns:
        for m in pattern.finditer(turn):
            name = m.group(1)
            if name in _THING_WORDS:
                continue
            if asked and relation_nouns(m.group(0)[:m.start(1) - m.start(0)]) & asked:
                continue
            if name not in out:
                out.append(name)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _folded_relations() -> re.Pattern[str]:
    # the Chinese/Japanese nouns as the normaliser writes them (姉 -> 姊, 友達 -> 友达), for canonical text
    words = set(re.findall("[\u3040-\u30ff\u4e00-\u9fff]+", _OTHER_NOUNS.pattern))
    folded = {canonical(w) for w in words} - words
    return re.compile("|".join(sorted(folded, key=len, reverse=True)) or "(?!)")


def relation_nouns(text: str) -> set[str]:
    """The relative, pet and companion nouns a text mentions ("邻居家的狗" -> {邻居, 狗}), as
    written or in canonical form."""
    return set(_relation_nouns(text))  # (a set of its own: callers may add to it)


# (the reward's rules ask this of the same clause texts for every keyword occurrence: scanned once)
@functools.lru_cache(maxsize=65536)
def _relation_nouns(text: str) -> frozenset[str]:
    found = {m.group(0).lower() for m in _OTHER_NOUNS.finditer(text)}
    if not text.isascii():
        found |= {m.group(0) for m in _folded_relations().finditer(text)}
    return frozenset(found)


def starts_with_relation(text: str) -> bool:
    """Whether ``text`` opens with a relative, pet or companion noun ("师父是…", "father is …")."""
    m = _OTHER_NOUNS.search(text[:12])
    return m is not None and m.start() == 0


_ROLE_KEY = re.compile(r"occupation|job|profession|title|\brank\b|職業|职业|職務|身份|工作|军衔|肩書|役職|階級|직업|직책|직위|신분|계급",
                       re.IGNORECASE)


def profile_role(profile: Mapping[str, str]) -> str:
    """What the profile says the character does or is ("温泉旅館の女将", "Sergeant, Royal Engineers"):
    the value of its occupation or title field, shortened. The reward reads the titles in it: a
    character calling itself "the sergeant" or "女将は" narrates itself."""
    # (every such field: a rank and an occupation are both what people call the character by)
    parts = [value.strip() for key, value in profile.items()
             if isinstance(value, str) and value.strip() and _ROLE_KEY.search(str(key))]
    return "; ".join(parts)[:60]


# (ring, stage, pen and code names, courtesy names: 四股名 "剛ノ山", 字 "子美", 호 "다산": the character's too)
_NICKNAME_KEY = re.compile(r"nick|alias|also known|stage name|ring name|pen name|code ?name|call ?sign|handle|"
                           r"昵称|外号|绰号|小名|别名|艺名|笔名|代号|江湖人称|道号|法号|^\s*(?:字|号|字号)\s*$|"
                           r"愛称|あだ名|通称|芸名|四股名|しこ名|源氏名|ペンネーム|雅号|コードネーム|"
                           r"별명|애칭|예명|필명|코드네임|아호|^\s*호\s*$", re.IGNORECASE)
_NAME_KEY = re.compile(r"^\s*(?:name|full name|姓名|名字|名前|이름)\s*$", re.IGNORECASE)
# Profile fields that hold other people or animals: a keyword found there names someone else.
# (a crew, a team or a staff are people too: "Captain: Idris Vale", "Crew: Navigator Tomas Reyes", "部下", "船員",
# "선원"; the character's own job is never asked under such a key)
_OTHER_KEY = re.compile(r"relation|family|friend|pet|partner|spouse|rival|parent|sibling|children|mentor|"
                        r"colleague|co-?worker|neighbou?r|apprentice|disciple|student|master|boss|teacher|companion|"
                        r"\bcaptain\b|\bcrew\b|crewmates?|\bteam(?:mates?| members?)?\b|\bstaff\b|\bsquad\b|subordinates?|"
                        r"船长|舰长|船员|船员们|队长|队员|团队|手下|部属|下属|"
                        r"船長|艦長|船員|乗組員|クルー|隊長|隊員|チーム|スタッフ|"
                        r"선장|함장|선원|승무원|대원|대장|팀원|부하|직원|"
                        r"人物关系|关系|家人|家庭|宠物|朋友|伴侣|对手|同事|邻居|同伴|伙伴|徒弟|弟子|师父|师傅|老师|上司|下属|"
                        r"人間関係|家族|ペット|友人|友達|仲間|相棒|同僚|隣人|弟子|師匠|上司|部下|"
                        r"关系|队友|宿敌|敌人|恋人|同期|ライバル|恋人|관계|가족|반려|친구|동료|동기|이웃|제자|스승|상사|부하|라이벌|연인|애인",
                        re.IGNORECASE)


def _given_names(full: str) -> list[str]:
    """The given name inside an unspaced CJK full name: the kana after a kanji surname
    ("桃瀬ここな" -> "ここな"), the last two of four Han characters ("久世晴臣" -> "晴臣"), the last
    two of three Han characters or hangul syllables ("林小雨" -> "小雨", "정하람" -> "하람")."""
    kana = re.search("[\u3040-\u30ff]", full)
    # (not "剛ノ山", a ring name: kana between kanji joins one name, it starts no given name)
    if kana and kana.start() >= 1 and re.fullmatch("[\u3040-\u30ff]+", full[kana.start():]):
        return [full[kana.start():]]
    # (session 35, r17) a kana given name closed by one kanji, as older Japanese names are written
    # ("木村トメ吉" -> トメ吉, "岡田ヨシ子" -> ヨシ子); a one-kana link inside a ring name ("剛ノ山") is no given name
    if kana and kana.start() >= 2 and re.fullmatch("[\u3040-\u30ff]{2,}[\u4e00-\u9fff]", full[kana.start():]):
        return [full[kana.start():]]
    if kana:
        return []
    if len(full) in (3, 4):
        return [full[len(full) - 2:]]
    return []


# Words before a Latin name that are a title or a way of address, not the name.
_NAME_TITLES = frozenset({"brother", "sister", "father", "mother", "lord", "lady", "sir", "dame", "captain", "doctor", "dr",
                          "uncle", "aunt", "auntie", "master", "miss", "madam", "old", "young", "professor", "sergeant",
                          "mr", "mrs", "ms", "saint", "friar", "abbot", "king", "queen", "prince", "princess",
                          "director", "chief", "officer", "inspector", "detective", "agent", "general", "colonel",
                          "major", "lieutenant", "commander", "admiral", "baron", "baroness", "count", "countess",
                          "duke", "duchess", "earl", "bishop", "reverend", "pastor", "nurse", "coach", "chef", "judge",
                          "mayor", "governor", "president", "chairman", "boss", "mister", "madame", "dame", "elder",
                          # (forms of address a nickname may open with: "Citizen Burin", "Comrade Petrov"; alone
                          # they are how the character speaks to others, "Duchess, citizen.", never its name)
                          "citizen", "citoyen", "citoyenne", "comrade", "monsieur", "mademoiselle", "señor", "señora",
                          "signor", "signora", "herr", "frau", "goodman", "goodwife", "widow", "mistress", "pilgrim",
                          # (a crew's posts before a name: "Navigator Tomas Reyes", "Medic Sun-hee Park")
                          "navigator", "medic", "pilot", "engineer", "ensign", "corporal", "private", "cadet",
                          "gunner", "helmsman", "quartermaster", "bosun", "technician", "scout", "sheriff", "deputy"})
# A nationality written before a name as an epithet ("Dutch Annie", "Swede Nilsson"): no given
# name; alone it names nobody ("some Dutch fella" is not Dutch Annie). The builder reads it too.
NATIONALITY_EPITHETS = frozenset({
    "dutch", "dutchy", "swede", "swedish", "irish", "scotch", "scots", "scottish", "english", "welsh", "french", "frenchy",
    "german", "yankee", "yank", "dane", "danish", "norwegian", "norse", "finnish", "russian", "polish", "spanish",
    "italian", "greek", "chinese", "mexican", "cornish", "portuguese", "canadian", "american", "swiss", "czech",
    "hungarian", "turkish", "cuban", "creole"})


@functools.lru_cache(maxsize=4096)
def name_forms(character_name: str, profile_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Canonical forms an answer may name the character by: the full name, its first part for
    Latin names ("Maisie"), every part of a spaced CJK name, the given name of a three-character
    Chinese name ("林小雨" -> "小雨"), and ``profile_names`` (nicknames, readings the profile
    gives). Forms shorter than 2 characters are left out (they start too many ordinary words)."""
    out: list[str] = []
    for name in (character_name, *profile_names):
        full = canonical(name)
        if not full:
            continue
        parts = full.split(" ")
        cjk = any(is_cjk(c) for c in full)
        if cjk:
            # split the written name, not its canonical form: numerals in a name are rewritten
            # ("灯村千歳" -> "灯村1000 岁"), which would break it at the wrong place
            written = name.split()
            # (a spaced name's parts, and the given name of its full-name part: "고순덕 해녀" -> 순덕)
            extra = [canonical(g) for g in ([x for w in written for x in (w, *_given_names(w))] if len(written) > 1
                                            else _given_names(name.strip()))]
        elif len(parts) > 1 and parts[0] in _NAME_TITLES:
            # "Brother Anselm Kett": "anselm", "brother anselm", never the bare title ("director")
            extra = [parts[1], " ".join(parts[:2])] if len(parts) > 2 else [parts[1]]
        elif surname_first(name):  # "Ong Wei Ling" is Wei Ling, never the bare surname "ong"
            extra = [canonical(surname_first(name)[1])]
        elif patronymic(name):  # "Nurul Aisyah binti Rahman" is Nurul Aisyah, never "binti" nor Rahman
            extra = [canonical(patronymic(name)[0])]
        else:
            extra = parts[:1] if len(parts) > 1 and parts[0] not in NATIONALITY_EPITHETS else []
        for f in (full, full.replace(" ", "") if cjk else full, *extra):
            if len(f) >= 2 and f not in out and f not in ("the", "dr", "mr", "mrs", "ms", "sir", "captain"):
                out.append(f)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def surname_forms(character_name: str, language: str = "") -> tuple[str, ...]:
    """The family name of a CJK full name, canonical: the first part of a spaced name, the kanji
    before the kana of "桃瀬ここな", the first two of four Han characters ("久世晴臣" -> "久世").
    Relatives share it, so it is read only with an honorific or a title ("久世さん", "店長の森は")."""
    name = character_name.strip()
    written = name.split()
    if len(written) > 1:
        head = written[0]
    else:  # only where the split is sure: kana given names and four Han characters
        given = _given_names(name)
        sure = given and (len(name) == 4 or re.search("[\u3040-\u30ff]", given[0]))
        head = name[:len(name) - len(given[0])] if sure else _japanese_surname(name) if language == "ja" else ""
    f = canonical(head) if head and any(is_cjk(c) for c in head) else ""
    return (f,) if f else ()


def _japanese_surname(name: str) -> str:
    """The family name of a three-kanji Japanese name by the reading dictionary's segmentation
    ("佐伯透" -> 佐伯 / 透): two kanji and one, or nothing when the dictionary splits it otherwise."""
    if len(name) != 3 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return ""
    from raiden_r1.canon.readings import segments  # pykakasi: only for a Japanese record's name

    parts = segments(name)
    return parts[0] if len(parts) == 2 and len(parts[0]) == 2 else ""


@functools.lru_cache(maxsize=4096)
def short_name_forms(character_name: str, profile_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """One-character given names of spaced CJK names ("早乙女 凪" -> "凪"), which name_forms
    leaves out: they are read only where a name stands as a speaker or a sentence subject."""
    out: list[str] = []
    for name in (character_name, *profile_names):
        written = name.split()
        # (a whole name of one character, "楓", is read the same way)
        for part in written if len(written) > 1 else written[:1]:
            f = canonical(part)
            if len(f) == 1 and is_cjk(f) and f not in out:
                out.append(f)
    return tuple(out)


def refers_to_self_by_name(character_name: str, profile: Mapping[str, str]) -> bool:
    """Whether the profile says the character speaks of itself by name / in the third person."""
    forms = name_forms(character_name, profile_names(character_name, profile, quoted=False))
    for key, value in profile.items():
        if not isinstance(value, str):
            continue
        text = f"{key}: {value}"
        m = SELF_REF.search(text) or NO_PLAIN_I.search(text)
        if m is None:
            continue
        # (the plain 'I' a card quotes is what the character never says, review 70)
        found = [q for q in quoted_short(value) if not is_plain_i(q)]
        if found and all(is_self_word(q) for q in found):
            continue  # ("호칭: 자신을 '본 기기'라고 칭함": what it says for "I", not its name)
        if BY_NAME.search(text) or quoted_self_names(text) or NO_PLAIN_I.search(text) \
                or names_after_cue(text, forms, canonical):
            return True
        for q in quoted_short(text):
            cq = canonical(q)
            if cq and any(cq in f or f in cq for f in forms):
                return True
    return False



_NAME_NICK = re.compile(r"(?:^|(?<=\s))['\"“‘「『]([^'\"”’」』]{1,20})['\"”’」』](?=\s|$)")


_QUOTED_CALL = re.compile(r'["“「『]([^"”」』]{1,12})["”」』]')


def profile_names(character_name: str, profile: Mapping[str, str], quoted: bool = True) -> tuple[str, ...]:
    """Other names the profile gives the character: readings in brackets after the name
    ("桃瀬ここな（ももせ ここな）"), and quoted self-names in the speaking style ("calls herself
    \"Pip\"")."""
    # 'Danny "Dee" Alvarez': the nickname quoted inside the name itself (not the O' of O'Brien)
    out: list[str] = [q for q in _NAME_NICK.findall(character_name) if q.strip()]
    for key, value in profile.items():
        if not isinstance(value, str):
            continue
        if _NICKNAME_KEY.search(key) and len(value) <= 40:
            out.extend(p.strip() for p in re.split(r"[,，、/;；]|\bor\b", re.sub(r"[（(].*?[)）]", "", value)) if p.strip())
        if canonical(value).startswith(canonical(character_name)) and ("(" in value or "（" in value):
            inner = re.split(r"[（(]", value, maxsplit=1)[1].split(")")[0].split("）")[0]
            inner = unlabelled(inner)  # ("Kettle (unit K-7)": K-7 is its name, "unit" is none)
            # ('끝순 (주막에서는 "주모"로 불림)': what people call it, quoted in a note, not the note's words)
            called = _QUOTED_CALL.findall(inner)
            out.extend(called or (p for p in re.split(r"[ ,，、/]", inner) if p and not is_label(p)))
        if quoted and SELF_REF.search(f"{key}: {value}"):
            out.extend(quoted_self_names(value))
            own = " ".join(name_forms(character_name, tuple(out)))
            for q in quoted_short(value):
                cq = canonical(q)
                # Only a quoted part of the name ("Pip", "小糖"): not the examples quoted beside it.
                if cq and len(cq) <= 16 and (cq == own or any(w in own.split(" ") for w in cq.split(" "))):
                    out.append(q)
    return tuple(dict.fromkeys(out))


_ASKER_SELF = re.compile(r"\b(?:i|my|me|mine)\b|我|私|僕|俺|あたし|わたし|제가|내가|저는|나는|제 |내 ", re.IGNORECASE)
_ASKER_YOU = re.compile(r"\b(?:you|your)\b|你|您|あなた|君|당신|너", re.IGNORECASE)


def question_subject(question: str) -> str:
    """Whose fact a conversation-memory question asks about, from its own words: "When did I say
    my wedding is?" asks for the user's fact, "Where did you say you're going?" for the character's."""
    if _ASKER_SELF.search(question):
        return "user"
    if _ASKER_YOU.search(question):
        return "self"
    return ""


def fact_subject(record, items: tuple[tuple[str, ...], ...]) -> str:
    """Whose fact the record's keyword states (see the module doc)."""
    if record.metadata.focus == "conversation_memory":
        terms = [a for alts in items for a in alts]
        for m in record.conversation_history:
            if any(keyword_in(m.content, t) for t in terms):
                return "user" if m.role == "user" else "self"
        return question_subject(record.question)
    family = str(getattr(record.metadata, "family", "") or "")
    terms = [a for alts in items for a in alts]
    in_other = in_own = False
    for key, value in record.character_profile.items():
        if not isinstance(value, str):
            continue
        if any(keyword_in(value, t) for t in terms):
            if _OTHER_KEY.search(key):
                in_other = True
            elif not _NAME_KEY.search(key):
                in_own = True
    # Found only where the profile lists other people or animals: the keyword names one of them.
    if in_other and not in_own and not any(normalize_term(record.character_name) in normalize_term(t) for t in terms):
        return "other"
    if family.split(":")[0] in _OTHER_FAMILIES:
        return "other"
    own = normalize_term(record.character_name)
    # A short vocative at the start ("叶老师，您老家是哪里的？") names the character, not a relative.
    vocative = re.match(r"^([^，,。？?！!]{1,8})[，,]\s*", record.question)
    question = record.question[vocative.end():] if vocative else record.question
    if vocative:
        # "할머니, 할머니 고향은 어디예요?", "奶奶，奶奶老家在哪儿？": the word the user calls the character
        # by, said again as the owner, is the character (Korean and Chinese address people so, not "you")
        word = vocative.group(1).strip()
        if len(word) >= 2 and question.startswith(word):
            question = re.sub(r"^(?:의|の|的)?\s*", "", question[len(word):])
    # ("先生是哪里人？": a bare title opening a Chinese question addresses the character)
    question = re.sub(r"^(?:先生|老师|师傅|师父|大夫|郎中|老板|掌柜|大人)(?=[是您你在的今])", "", question)
    # ... and at the end ("Where were you born, Brother?", "어디 사세요, 형님?")
    question = re.sub(r"[，,]\s*[^，,。？?！!]{1,12}([？?！!。.]?)\s*$", r"\1", question)
    if _OTHER_NOUNS.search(question) and not any(
            own in normalize_term(a) for alts in items for a in alts):
        return "other"
    if record.question_type == "who":
        if not any(normalize_term(a) == own or own in normalize_term(a) for alts in items for a in alts):
            return "other"
    return "self"
