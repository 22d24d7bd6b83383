"""The other people and animals of a profile, read from its relation, family and pet fields: who
they are (`profile_others`), the other ways to name them (`other_name_forms`, `person_forms`), and
the short and pet names others make of the character's own name (`pet_names_of`). The reward reads
them to tell "I'm Pretzel" (another being speaking) and "Pike's 52" (the character spoken of from
outside) from the character's own voice; the ground truth adds a relation person's other names to a
keyword naming them."""

from __future__ import annotations

import functools
import re
from typing import Mapping

from raiden_r1.canon import canonical, is_cjk

from .profiles_text import split_top_level
from .perspective import _NAME_TITLES, _OTHER_KEY, _OTHER_NOUNS, name_forms, relation_nouns, starts_with_relation

_PART_SEPARATORS = ";；,，、/\n"
# (a hyphen between two Latin letters or digits is inside a name: "D-2", "Jean-Luc", "Okonkwo-Reyes")
_ROLE_SEP = re.compile(r"\s*(?:(?<![A-Za-z0-9])-|-(?![A-Za-z0-9])|[–—:：=]|\bis\b)\s*")


# "通称シュウ", "愛称はさっちゃん", "外号小满", "별명 꼬맹이", "nicknamed Feri" inside a relation field.
_OTHER_NICK = re.compile(r"(?:通称|愛称は?|あだ名は?|外号|绰号|昵称|小名|별명|애칭|nicknamed|aka|a\.k\.a\.)\s*[:：]?\s*"
                         r"([^\s,，、;；)）(（]{1,12})")
_QUOTED_NICK = re.compile(r"[\"“「『]([^\"”」』]{1,20})[\"”」』]")
# A name given in prose inside a relation or pet field ("一只叫团子的猫", "a dog called Rex",
# "ポチという名前の犬", "나비라는 고양이"): the name, not the description around it.
_NAMED_IN_PROSE = re.compile(r"(?:名叫|叫做|叫|名为|名唤|called|named)(?![她他我你它们])\s*[\"“「]?([^\s,，、;；)）(（的\"”」]{1,8})"
                             r"|([^\s,，、;；)）(（\"”「」の]{1,8})(?:という名前の|って名前の|という|라는 이름의|이라는|라는)")
# An age written after a relative's name ("儿子小栓16岁", "아들 민수 30살", "娘の花子12歳"): the name is
# what comes before it (a digit alone reads as prose and would drop the person).
_TRAILING_AGE = re.compile(r"\s*[（(]?\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:岁|歲|歳|才|살|세)\s*[)）]?$")
_NAME_SUFFIXES = ("主任", "先生", "さん", "様", "くん", "ちゃん", "社長", "部長", "課長", "店長", "老师", "师傅", "师父", "님", "씨")


# A Japanese relation written as a sentence: role の name は/が what is said (review 73)
_JA_WHO_IS = re.compile(r"^[\u4e00-\u9fff\u3041-\u3096\u30a0-\u30ff]{1,4}?の([\u4e00-\u9fff\u30a0-\u30ff]{2,6}?)(?:は|が)")


def profile_others(character_name: str, profile: Mapping[str, str]) -> tuple[str, ...]:
    """Names of the other people and animals the profile lists in its relation, family and pet
    fields ("母亲 - 林秀英；丈夫 - 陈默" -> 林秀英, 陈默; "호떡 (치즈 고양이)" -> 호떡; "dog - Pretzel"
    -> Pretzel). A character claiming to be one of them speaks as someone else."""
    own = set(name_forms(character_name))
    out: list[str] = []
    for key, value in profile.items():
        if not isinstance(value, str) or not _OTHER_KEY.search(key):
            continue
        # Nicknames in brackets or quotes are names too ("田辺秀一（しゅういち、通称シュウ）",
        # 'Ferenc "Feri" Dobos'): after the parts, called ones first, then quoted ones.
        entries = _relation_parts(value)
        nicknames = [n for _, called, _ in entries for n in called] + [n for _, _, quoted in entries for n in quoted]
        for part in [*(bare for bare, _, _ in entries), *nicknames]:
            part = re.sub(r"\s+", " ", part).strip()
            if not part:
                continue
            pieces = _ROLE_SEP.split(part, maxsplit=1)
            name = _without_role_words(_TRAILING_AGE.sub("", (pieces[1] if len(pieces) == 2 else pieces[0]).strip()))
            said = _JA_WHO_IS.match(part) if not name.isascii() else None
            if said:  # "父の賀茂忠行は七十歳の老陰陽師で": the name before は, not what is said of him
                name = said.group(1)
            elif not name.isascii():
                name = name.rsplit("の", 1)[-1]  # "白狐の玉藻": the name after what it is
                for title in _NAME_SUFFIXES:
                    if name.endswith(title) and len(name) - len(title) >= 2:
                        name = name[: -len(title)].strip()  # "黒田主任" -> 黒田
                        break
            if len(pieces) == 1 and name.isascii():  # "best friend Elena": the capitalised words at the end
                # (of the words before what is said of them: "rival captain Silas Crane of the Black Heron",
                # "cousin Ana from Lisbon", "who sailed the Osprey")
                name = re.split(r"(?:^| )(?:of|from|who|which|that|at|in|on|with|aboard)\b", name, maxsplit=1)[0]
                m = re.search(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*$", name)
                name = m.group(0) if m else ""
            name = name.split(" (")[0].strip(" .。!！")
            short = len(name.split()) <= 3 if name.isascii() else 2 <= len(name.replace(" ", "")) <= 5 and not (
                _PROSE.search(name) or _DEMONYM.fullmatch(name))
            if name and short and canonical(name) not in own and name not in out:
                out.append(name)
        # ("邻居家的狗旺财最爱鸡胸肉", "옆집 고양이 나비는 닭가슴살을 좋아함", "brother Sam has a guinea pig
        # called Pickle": a sentence about someone, whose name follows the noun of what they are)
        for part in _top_level_parts(value):
            for pat in _NAME_AFTER_NOUN:
                for m in pat.finditer(part):
                    name = m.group(1)
                    if canonical(name) not in own and name not in out and not _PROSE_WORD.fullmatch(name):
                        out.append(name)
    return tuple(out[:12])


# A relative's, pet's or companion's noun, then a name, then what the sentence says of them.
_ZH_NOUNS = "狗|猫|狗狗|猫咪|鹦鹉|兔子|仓鼠|机器人|女儿|儿子|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|师父|师傅|徒弟|师弟|师兄|师姐|师妹|朋友|同事|邻居|搭档|队友|对手"
# (not after an elder's title, 언니/형/선배: "세라 언니" is how the character addresses her, and a name
# read from prose here would make it "Sera's sister" in the reward's eyes)
_KO_NOUNS = "강아지|고양이|개|앵무새|토끼|햄스터|아들|딸|남편|아내|동생|친구|동료|이웃|스승|제자|라이벌|후배"
_JA_NOUNS = "猫|犬|ねこ|いぬ|インコ|うさぎ|ハムスター|息子|娘|夫|妻|兄|姉|弟|妹|友人|友達|同僚|師匠|弟子|ライバル|相棒"
_EN_NOUNS = ("dog|cat|puppy|kitten|parrot|rabbit|hamster|horse|pony|son|daughter|husband|wife|brother|sister|friend|"
             "colleague|neighbou?r|rival|mentor|apprentice|partner|cousin")
_NAME_AFTER_NOUN = (
    # (longest noun first: "猫咪团团" is 猫咪 and 团团, not 猫 and 咪团团)
    re.compile(rf"(?:{'|'.join(sorted(_ZH_NOUNS.split('|'), key=len, reverse=True))})(?:叫|名叫)?"
               rf"((?:阿|小|老)?[\u4e00-\u9fff]{{2,3}}?)(?=最|爱|喜欢|是|很|也|总|常|特别|会|在|住|今年|[，,。；;]|$)"),
    re.compile(rf"(?<![가-힣])(?:{_KO_NOUNS})\s([가-힣]{{2,3}}?)(?:이는|이가|는|은|가)\s"),
    re.compile(rf"(?:{_JA_NOUNS})の([ぁ-ねは-ゖァ-ヺー\u4e00-\u9fff]{{2,5}}?)(?:ちゃん|くん|さん)?(?:は|が|も)"),
    re.compile(rf"(?i:\b(?:{_EN_NOUNS}))\s+([A-Z][a-z]{{2,}})\b(?!\s+[A-Z])"),
)
# What such a pattern may catch that is no name ("猫咪", "朋友们"): a word the nouns above name.
_PROSE_WORD = re.compile(rf"(?:{_ZH_NOUNS}|{_KO_NOUNS}|{_JA_NOUNS})\S*|\S*[的了是在们很多少都也还就没不有个些这那什么谁]\S*")


# Kin words and forms of address a relation entry may put around a name with no separator
# ("女儿孙小蕙", "妻・坂口房江", "남동생 억쇠", "나무꾼 돌쇠 할아버지").
_LEADING_KIN = re.compile(r"^(?:[\u4e00-\u9fff]{0,2}?(?:女儿|儿子|丈夫|妻子|老婆|老公|父亲|母亲|哥哥|姐姐|弟弟|妹妹|"
                          r"师父|师傅|徒弟|爷爷|奶奶|伙计|朋友|同事|邻居|师弟|师兄|师姐|师妹|养子|养女|长子|长女|次子|次女|"
                          r"男友|女友|恋人|未婚妻|未婚夫|义兄|义弟|义父|义母|队友|搭档|知己|"
                          # (a job glued before a colleague's name: "护士小林", "司机老王")
                          r"护士|医生|大夫|司机|厨师|保安|保姆|秘书|助理|管家|店员|伙计|学徒|会计|护工|实习生|"
                          # (a crew's posts: "领航员赵海川", "大副周立")
                          r"领航员|导航员|大副|二副|三副|轮机长|轮机员|水手长|水手|舵手|船医|副官|副队长|队长|队员|通讯员|机械师|工程师)|(?:妻|夫|父|母|兄|姉|弟|妹|息子|娘|祖父|祖母)[・·])")
_KO_ADDRESS = frozenset({"할아버지", "할머니", "아저씨", "아주머니", "아줌마", "선생님", "어르신", "영감", "도령", "아씨", "님"})


def _without_role_words(name: str) -> str:
    """A relation entry's name without the kin word glued before it or, in Korean, the words of
    what the person is before it and a form of address after it: who would answer to it."""
    if name.isascii():
        return name
    # ("초등학교 5학년 누나 박서진": a grade or an age among the words before the name)
    if re.fullmatch(r"[가-힣0-9]+(?: [가-힣0-9]+)+", name) and re.fullmatch("[가-힣]+", name.split()[-1]):
        words = [w for w in name.split() if w not in _KO_ADDRESS]
        return words[-1] if words else name
    m = _LEADING_KIN.match(name)
    if m and len(name) - m.end() >= 2:
        return name[m.end():]
    # "宇宙飛行士候補生・真壁航": what the person is, then the name; "友人・ジョン・スミス": the katakana
    # name is the run of parts at the end ("德拉科·马尔福" is one Chinese-written name: no ・ there)
    parts = [p for p in name.split("・") if p]
    if len(parts) >= 2:
        katakana = [bool(re.fullmatch("[\u30a0-\u30ffー]+", p)) for p in parts]
        start = len(parts)
        while start > 0 and katakana[start - 1]:
            start -= 1
        tail = "・".join(parts[start:]) if start < len(parts) else parts[-1]
        if start > 0 and 2 <= len(tail.replace("・", "")) <= 12:
            return tail
    return name


def _top_level_parts(value: str) -> list[str]:
    """``value`` cut at list separators outside brackets ("아내 - 이수진 (애칭 '수수'), 여동생 - 박소영")."""
    return [p for p in split_top_level(value, _PART_SEPARATORS) if p.strip()]


def _relation_parts(value: str) -> list[tuple[str, list[str], list[str]]]:
    """A relation field's people, one per part: (the part without its brackets and quoted names, the
    nicknames it calls them by ("通称シュウ", "애칭: 꼬맹이"), the quoted ones ('"Feri"'))."""
    out = []
    for part in _top_level_parts(value):
        # (outside brackets: "林小满（大家叫她“满满”）" names 林小满, the bracket only a nickname)
        named = [m.group(1) or m.group(2) for m in _NAMED_IN_PROSE.finditer(re.sub(r"[（(][^（()）]*[)）]", " ", part))]
        called = [m.group(1) for m in _OTHER_NICK.finditer(part)] + named
        quoted = _QUOTED_NICK.findall(part)
        # (a name given in prose leaves a description behind: "一只叫团子的猫" is no second person)
        bare = "" if named else re.sub(r"[（(][^（()）]*[)）]", " ", _QUOTED_NICK.sub(" ", part))
        # ("佩剑“流云”": a CJK description with the name quoted after it; 'Ferenc "Feri" Dobos' keeps its name)
        if quoted and not part.isascii() and re.search(r"[\"”」』]\s*$", part.strip()) and len(bare.strip()) <= 4:
            bare = ""
        out.append((bare, called, quoted))
    return out


def other_name_forms(profile: Mapping[str, str], language: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each person a relation field names, the other ways to name them: the nicknames the field
    gives ("弟子：田辺秀一（通称シュウ）", 'Ferenc "Feri" Dobos', "김은지 (애칭: 꼬맹이)") and the given name
    of a full name. A keyword naming that person is said by any of them ("シュウです" for 秀一).
    The given name comes from the builder's reading of a name's shape (a known family name before
    it), never from cutting any three characters: "伏地魔" has no "地魔", "까마귀 '먹물'" no "까마귀"."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for key, value in profile.items():
        if not isinstance(value, str) or not _OTHER_KEY.search(key):
            continue
        for bare, called, quoted in _relation_parts(value):
            nicks = [n for n in called + quoted if n.strip()]
            name = _entry_name(bare)
            if not name and not nicks:
                continue
            lang = language or _script_language(name or nicks[0])
            forms = [*(person_forms(name, lang) if name else ()), *(canonical(n) for n in nicks)]
            out.append((name or nicks[0], tuple(dict.fromkeys(f for f in forms if len(f) >= 2 or (f and is_cjk(f))))))
    return tuple(out)


_DEMONYM = re.compile("[\u4e00-\u9fff]{2,3}人")  # "同事许曼丽，杭州人": where a person is from, no name
# Prose in a relation entry ("在御器厂当差", "使路飞踏上海贼之路的关键人物"): a description, not a name.
_PROSE = re.compile(r"[的了在是与把被从对给让使等他她它们将仍但也都很就会还已]|\d|(?:[은는을를에의]|하고|에서) ")


def _entry_name(bare: str) -> str:
    """The person's name in one relation entry: the part of "role - name - what they do" that is a
    name (the other parts may be a description: "香克斯-使路飞踏上海贼之路的关键人物"), without
    numbering, the kin word glued before it and a trailing "等"."""
    bare = re.sub(r"^\s*\d+\s*[)）.、]\s*", "", bare.strip())
    pieces = [" ".join(p.split()) for p in _ROLE_SEP.split(bare) if p.strip()]
    for piece in pieces[1:] + pieces[:1]:
        name = _without_role_words(_TRAILING_AGE.sub("", piece)).removesuffix("等人").removesuffix("等").strip(" .。")
        if "の" in name:  # "柴犬のコタロウ": the name after what it is ("白い文鳥の" alone names nobody)
            name = name.rsplit("の", 1)[-1]
            name = name if len(name) >= 2 else ""
        if not name or len(name) > 24 or starts_with_relation(name) and len(relation_nouns(name)) == 1 and \
                _OTHER_NOUNS.fullmatch(name):
            continue
        if name.isascii():
            if len(pieces) == 1:  # "best friend Elena": the capitalised words at the end
                m = re.search(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*$", name)
                name = m.group(0) if m else ""
            if name[:1].isupper() and len(name.split()) <= 4:
                return name
        elif not _PROSE.search(name) and len(re.sub(r"[\s·•・]", "", name)) <= 8:
            return name
    return ""


def _name_parts(name: str, language: str) -> list[str]:
    """Short forms of one relation entry's name: the builder's given name ("周耀中" -> "耀中"), the
    first part of a transliterated name ("赫敏 • 格兰杰" -> "赫敏"), and in a Chinese entry where a
    title runs into the name ("铁面判官雷震", "红颜知己柳如烟") the name at its end, led by a family name."""
    # (imported here: the builder imports this module)
    from raiden_r1.data.builder.names import _ZH_SURNAMES as surnames, name_part_alternatives

    out = list(name_part_alternatives(name, language, family_ok=False))
    dotted = [p for p in re.split(r"\s*[·•・]\s*", name) if p]
    if len(dotted) == 2 and len(dotted[0]) >= 2 and not name.isascii():
        out.append(dotted[0])
    if language == "zh" and re.fullmatch("[\u4e00-\u9fff]{5,8}", name):
        for n in (3, 2):
            tail = name[-n:]
            if tail[0] in surnames or tail[0] in "阿老小":
                out += [tail, *name_part_alternatives(tail, "zh", family_ok=False)]
                break
    return out


@functools.lru_cache(maxsize=4096)
def pet_names_of(character_name: str, language: str) -> tuple[str, ...]:
    """The short and pet names others make of the character's name, canonical, that an answer uses
    only when it speaks of the character from outside: "Marc"/"Hale"/"M. Hale" of Marcus Hale,
    "小梅"/"梅梅"/"老林" of 林晓梅, "健ちゃん" of 佐藤健太, "훈이"/"김씨" of 김지훈."""
    from raiden_r1.data.builder.names import split_name  # (the builder imports this module)

    name = character_name.strip()
    out: list[str] = []
    if name.isascii():
        parts = [p for p in re.split(r"[\s.]+", name) if p]
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            out += [last, f"{first[0]} {last}", f"{first} {last[0]}"]
            if len(first) >= 6:
                out.append(first[:4])
    else:
        split = split_name(name, language)
        if split:
            family, given = split
            if language == "zh" and len(given) == 2:
                out += [given[-1] * 2, "小" + given[-1], "阿" + given[-1], "老" + family]
            elif language == "ja":
                head = given[:1] if re.match("[\u4e00-\u9fff]", given) else given[:2]
                out += [head + h for h in ("ちゃん", "くん", "さん", "っち", "たん")]
            elif language == "ko":
                out += [given[-1] + "이", family + "씨", family + " 씨"]
    own = {canonical(f) for f in name_forms(character_name)}
    return tuple(dict.fromkeys(c for f in out if (c := canonical(f)) and c not in own and len(c) >= 2))


@functools.lru_cache(maxsize=4096)
def person_forms(name: str, language: str = "") -> tuple[str, ...]:
    """How an answer may name another person of the profile, canonical: a Latin name by its words
    (name_forms), a CJK one whole and by the given name its shape shows ("周耀中" -> "耀中"), never
    by any last two characters ("杭州人" has no "州人", "伏地魔" no "地魔")."""
    if name.isascii():
        parts = canonical(name).split(" ")
        # (another person's title goes with the family name too: "Captain Idris Vale" is "Captain Vale")
        titled = (" ".join(parts[1:]), f"{parts[0]} {parts[-1]}") if len(parts) >= 3 and parts[0] in _NAME_TITLES else ()
        return tuple(dict.fromkeys((*name_forms(name), *titled)))
    forms = [canonical(name), canonical(name).replace(" ", ""),
             *(canonical(g) for g in _name_parts(name, language or _script_language(name)))]
    return tuple(dict.fromkeys(f for f in forms if f))


def _script_language(text: str) -> str:
    if re.search("[\u3040-\u30ff]", text):
        return "ja"
    if re.search("[가-힣]", text):
        return "ko"
    return "zh" if any(is_cjk(c) for c in text) else "en"
