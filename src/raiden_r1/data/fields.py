"""Field-family recognition: which kind of fact a profile field holds, whatever its language.

Profiles name the same fact many ways ("Age", "年龄", "年齢", "나이"; "出生日期", "生日", "Birthday").
The builder asks one natural question per family, so the first job is to map a field name to a
family. Matching is by alias on the normalised field name, in a fixed priority order: the order
matters because names nest ("说话风格及口头禅" is a catch-phrase field, not a speaking-style one;
"不喜欢的东西" is about dislikes, not likes; "Family background" is a story, not a family list).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from raiden_r1.text import (
    contains_term,
    has_cjk,
    normalize,
    normalize_term,
    text_length,
)

# How a family's value turns into key terms (see builder_keys.extract_keys).
KINDS = ("name", "number", "date", "place", "list", "phrases", "free", "relations", "skip")


@dataclass(frozen=True)
class Family:
    name: str
    kind: str
    qtype: str  # schema.QuestionType of the family's questions
    aliases: tuple[str, ...]
    # Several items: True when each part is part of the answer (hobbies: MTDP); False when any
    # one of them answers the question (nicknames, catch-phrases: STV with alternatives).
    all_parts: bool = True


def _f(name: str, kind: str, qtype: str, aliases: str, all_parts: bool = True) -> Family:
    return Family(name, kind, qtype, tuple(a.strip() for a in aliases.split("|") if a.strip()), all_parts)


# Priority order: the first family with an alias found in the field name wins.
FAMILIES: tuple[Family, ...] = (
    _f("catchphrase", "phrases", "what",
       "口头禅|口頭禪|口癖|口ぐせ|決め台詞|말버릇|입버릇|catchphrase|catchphrases|catch phrase|pet phrase", False),
    _f("quotes", "phrases", "what", "经典语录|语录|名言|名台词|名台詞|台詞|座右铭|座右の銘|명대사|명언|quotes|quote|motto", False),
    _f("work_years", "number", "how", "工作年限|从业年限|工龄|教龄|驾龄|years of experience|years in the job"),
    _f("signature_dish", "list", "what", "拿手菜|招牌菜|拿手好菜|得意料理|signature dish|signature dishes"),
    _f("topics", "list", "what", "擅长话题|常聊话题|话题|話題|화제|topics|talking points|favourite topics"),
    _f("source_work", "skip", "what",
       "所属作品|出自|出处|出典|登场作品|登場作品|출연작|appears in|franchise|series|source"),
    _f("death", "skip", "when", "逝世|去世|死亡|忌日|没年|사망|death|died"),
    _f("english_name", "name", "what", "英文名|英語名|英名|영어 이름|영문 이름|english name"),
    _f("nickname", "name", "what",
       "别称|別稱|别名|外号|绰号|昵称|称号|称呼|愛称|あだ名|通称|異名|艺名|芸名|예명|별명|별칭|stage name|nickname|nicknames|alias|aliases|aka|also known as", False),
    _f("food", "list", "what", "食物|美食|吃的|食べ物|음식|favorite food|favourite food|food|foods|dish"),
    _f("pets", "list", "what", "宠物|寵物|ペット|반려동물|애완동물|pet|pets"),
    _f("education_level", "free", "what", "学历|學歷|学歴|학력|degree|education level"),
    _f("school", "place", "where",
       "毕业院校|毕业学校|母校|就读|学校|学院|大学|出身校|학교|school|university|college|alma mater|education"),
    _f("hometown", "place", "where",
       "出生地|籍贯|家乡|故乡|老家|出身地|出身|고향|출신|출생지|hometown|birthplace|place of birth|born in|origin"),
    _f("birthday", "date", "when",
       "出生日期|出生年月|生日|诞辰|誕生日|生年月日|出生|생일|생년월일|birthday|date of birth|birth date|birthdate|dob|born"),
    _f("residence", "place", "where",
       "居住地|现居|居所|住址|住所|居住|所在地|거주지|사는 곳|거주|residence|lives in|home|address|location"),
    _f("age", "number", "how", "年龄|年齡|年纪|年齢|나이|연령|age"),
    _f("height", "number", "how", "身高|身長|신장|키|height"),
    _f("weight", "number", "how", "体重|體重|몸무게|체중|weight"),
    _f("chinese_zodiac", "free", "what", "生肖|属相|干支|띠|chinese zodiac"),
    _f("zodiac", "free", "what", "星座|별자리|zodiac|star sign|astrological sign"),
    _f("blood_type", "free", "what", "血型|血液型|혈액형|blood type"),
    _f("marital", "free", "what",
       "恋爱状态|恋愛状態|婚姻状况|婚姻状态|感情状况|感情状态|婚姻|交际状况|결혼|연애|marital status|relationship status|marital"),
    _f("narrative", "skip", "what",
       "背景|身世|经历|經歷|故事|简介|介绍|生平|事件|情节|成就|荣誉|奖项|経歴|生い立ち|紹介|경력|배경|소개|"
       "background|history|biography|backstory|experience|story|achievements|events|introduction|description|bio"),
    _f("relationships", "relations", "who",
       "人物关系|人际关系|关系|關係|家庭成员|家人|亲属|亲人|家族|人間関係|関係|家族構成|가족|관계|인간관계|"
       "relationships|relationship|family|relatives|family members|relations"),
    _f("speaking_style", "skip", "how",
       "说话风格|语言风格|说话方式|语气|口吻|話し方|口調|말투|speaking style|speech|tone|manner of speaking|voice"),
    _f("appearance", "skip", "what", "外貌|外表|长相|外見|容姿|외모|appearance|looks"),
    _f("gender", "skip", "what", "性别|性別|성별|gender|sex"),
    _f("hair_color", "free", "what", "发色|髪色|发型|头发|머리색|hair color|hair colour|hair"),
    _f("eye_color", "free", "what", "瞳色|眼睛颜色|瞳の色|눈동자|eye color|eye colour|eyes"),
    _f("personality", "list", "what", "性格|个性|個性|성격|personality|character traits|traits|temperament"),
    _f("occupation", "list", "what",
       "职业|職業|工作|职务|职位|仕事|직업|직장|occupation|job|profession|work|career"),
    _f("identity", "list", "what", "身份|头衔|职称|肩书|肩書|신분|직함|title|identity|position|rank"),
    _f("dislikes", "list", "what", "不喜欢|讨厌|厌恶|嫌い|苦手|싫어|dislike|dislikes|hates|hate"),
    _f("sports", "list", "what", "运动|運動|体育|スポーツ|운동|sport|sports"),
    _f("languages", "list", "what", "擅长语言|会说的语言|掌握语言|语言能力|話せる言語|languages|languages spoken"),
    _f("skills", "list", "what",
       "擅长|特长|技能|特技|才能|天赋|能力|得意|乐器|특기|기술|재능|skill|skills|talent|talents|abilities|ability|"
       "specialty|expertise|good at|instruments|instrument"),
    _f("favorite_color", "free", "what", "颜色|顏色|好きな色|색깔|좋아하는 색|colour|color"),
    _f("hobbies", "list", "what",
       "爱好|兴趣|嗜好|喜好|喜欢|趣味|好きなこと|취미|관심사|hobby|hobbies|interests|interest|pastime|pastimes|likes"),
    _f("habits", "list", "what", "习惯|癖好|習慣|습관|habit|habits|routine"),
    _f("dream", "free", "what", "梦想|目标|理想|信仰|愿望|志向|夢|目標|꿈|목표|dream|dreams|goal|goals|ambition|aspiration"),
    _f("possessions", "list", "what", "拥有物品|物品|持ち物|所持品|소지품|possessions|belongings|items"),
    _f("weapon", "free", "what", "武器|兵器|무기|weapon|weapons"),
    _f("era", "free", "when", "所处时代|时代|時代|시대|era"),
    _f("fan_name", "free", "what", "粉丝名称|粉丝|ファン|팬|fan name|fandom|fans"),
    _f("genres", "list", "what", "音乐类型|音乐风格|曲风|ジャンル|장르|genre|genres|music style"),
    _f("works", "list", "what", "代表作|作品|代表曲|작품|대표작|works|notable works|discography|filmography"),
    _f("organization", "free", "what",
       "所属|组织|组织|公司|经纪公司|团队|阵营|势力|会社|事務所|소속|회사|affiliation|organization|organisation|company|team|faction|employer|agency"),
    _f("club", "free", "what", "社团|部活|部活動|동아리|club|clubs|society"),
    _f("nationality", "free", "what", "国籍|國籍|국적|nationality|citizenship"),
    _f("name", "name", "what", "姓名|中文名|名字|本名|全名|名前|氏名|이름|성명|full name|real name|name"),
)

# Families no field name maps to: builder_sbk switches to them from the value ("出生日期: 公元181年"
# is asked as a birth year, not a birthday).
DERIVED: tuple[Family, ...] = (_f("birth_year", "date", "when", ""),)

BY_NAME: dict[str, Family] = {f.name: f for f in FAMILIES + DERIVED}
GENERIC = Family("generic", "free", "what", ())

# A field name this long is a sentence, not a label: never turned into "what is your X".
_MAX_GENERIC_LABEL = 6


@lru_cache(maxsize=4096)
def classify_field(field_name: str) -> Family | None:
    """The family of a field name, GENERIC for an unknown short label, None for an unusable one."""
    norm = normalize(field_name)
    if not norm:
        return None
    for fam in FAMILIES:
        for alias in fam.aliases:
            if contains_term(norm, normalize_term(alias)):
                return fam
    lang = "zh" if has_cjk(norm) else "en"
    if text_length(norm, lang) > (_MAX_GENERIC_LABEL if lang == "zh" else 3):
        return None
    return GENERIC
