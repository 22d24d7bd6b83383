"""Relationship values -> (relation, person) pairs, for "who is your father?" questions.

Profiles write relationships in several hand-made ways, all handled here:
``"父亲-蒙奇·D·龙-革命军首领;义兄弟-波特卡斯·D·艾斯,萨博"`` (label-dash-names-dash-note),
``"1）丈夫刘建华，支持她的工作"`` (relation word fused to the name, numbered),
``"妻子-昆凌，2015年..."`` (a note after the name), ``"Father: John Smith; Friends: Tom and Ann"``.
A name must look like a name (short, no digits, no sentence punctuation), so notes such as
"2015年1月17日在英国举行婚礼" are never taken for people.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.text import has_cjk, is_cjk_char

from .profiles_text import split_numbered, split_top_level, strip_number_marker

# Relation words that may be written fused to the name with no separator ("丈夫刘建华").
# Longest first, so "男朋友" wins over "朋友". No one-character words: "父母双亡" is no father.
_RELATION_WORDS = sorted({
    "父亲", "母亲", "爸爸", "妈妈", "丈夫", "妻子", "老公", "老婆", "儿子", "女儿", "哥哥", "姐姐",
    "弟弟", "妹妹", "兄弟", "姐妹", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "祖父", "祖母",
    "孙子", "孙女", "叔叔", "阿姨", "舅舅", "姑姑", "伯伯", "婶婶", "表哥", "表姐", "表弟", "表妹",
    "堂哥", "堂姐", "堂弟", "堂妹", "朋友", "好友", "挚友", "闺蜜", "同事", "同学", "室友", "师父",
    "师傅", "老师", "学生", "徒弟", "上司", "老板", "下属", "男友", "女友", "男朋友", "女朋友",
    "未婚夫", "未婚妻", "恋人", "前妻", "前夫", "义父", "义母", "养父", "养母", "养子", "养女",
    "岳父", "岳母", "公公", "婆婆", "邻居", "搭档", "伙伴", "对手", "宿敌", "恩人", "教父", "教母",
    "继父", "继母", "师兄", "师姐", "师弟", "师妹", "队友", "助手", "秘书", "经纪人",
    "导师", "恩师", "主公", "老伴", "媳妇", "闺女", "爱人", "兄长", "知己", "战友", "同伴", "房东",
    "学生代表", "课代表", "班长",
    # dialect and old words for a wife, a mother, a father, a sister ("婆姨刘翠花", "阿爹沈福生")
    "婆姨", "婆娘", "老娘", "老爹", "阿爹", "阿爸", "阿妈", "姆妈", "阿姐", "阿哥", "阿妹",
    "息子", "友人", "親友", "同僚", "先輩",
    "後輩", "彼氏", "彼女", "部下", "師匠", "幼馴染",
}, key=len, reverse=True)
_RELATION_ALTERNATIVES = "|".join(map(re.escape, _RELATION_WORDS))
_FUSED = re.compile(f"^(?:{_RELATION_ALTERNATIVES})")
_NAMED_AS = re.compile(f"(?P<rel>{_RELATION_ALTERNATIVES})"
                       + r"(?:名叫|叫做|叫|名为)\s*(?P<person>[^，,。；;、（(\s]{1,8})")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")  # "张翠山等“武当七侠”": a note, not the name
# Common Chinese surnames (and first characters of compound ones): in "父亲林如海、母亲贾敏" a
# relation word followed by one of these starts a new entry; "女儿很孝顺" does not.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤柳温欧司诸上慕蒙萧楚")
_NAME_PUNCT = set("，。,！？!?；;：:“”\"《》…")
_NOT_IN_NAMES = set("的了是在")
_PRONOUNS = set("他她它我你")


@lru_cache(maxsize=1)
def _description_ends() -> frozenset[str]:
    """The last character of a description written before a name ("法医许慕白", "车夫王二"),
    from the builder's words.yaml (imported here, not at the top: the builder imports this module)."""
    from .builder.tables import table
    return frozenset(table("words.yaml", "NAME_PARTS")["zh_description_ends"])  # function characters: "支持她的工作" is a note, not a name
_DASHES = "-–—"
_STRIP = " \t\n,，;；、。.!！"
_ETC = ("等等", "等", "など", "etc.", "etc")


def _is_separator_dash(text: str, i: int) -> bool:
    """A dash separates label / names / note when spaced or next to CJK; "Jean-Luc" keeps it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() or after.isspace() or is_cjk_char(before) or is_cjk_char(after) \
        or before in "）)" or after in "（("


def _first_separator(text: str, colons: bool = True) -> int:
    depth = 0
    for i, c in enumerate(text):
        if c in "（(":
            depth += 1
        elif c in "）)" and depth:
            depth -= 1
        elif depth == 0 and ((c in _DASHES and _is_separator_dash(text, i)) or (colons and c in ":：")):
            return i
    return -1


def _is_label(label: str) -> bool:
    if not label or any(c.isdigit() or c in _NAME_PUNCT for c in label):
        return False
    if has_cjk(label):
        return len(label.replace(" ", "")) <= 8
    return len(label.split()) <= 4 and label[0].isalpha()


def _clean_name(text: str) -> str:
    name = _BRACKETED.sub("", _QUOTED.sub("", text)).strip(_STRIP)
    for suffix in _ETC:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)].strip(_STRIP)
            break
    return name


def _looks_like_name(name: str, strict: bool) -> bool:
    """``strict`` for names after the first: there a note ("支持她的工作") is the usual risk."""
    if not name or any(c.isdigit() or c in _NAME_PUNCT for c in name):
        return False
    if has_cjk(name):
        if strict and any(c in _NOT_IN_NAMES for c in name):
            return False
        return len(name.replace(" ", "")) <= (10 if strict else 16)
    words = name.split()
    return len(words) <= 5 and name[0].isupper()


def _zh_person_shaped(name: str) -> bool:
    """Whether a Chinese part after a full-width comma is a person, not a note about the one
    before: "许慕白" or "仵作李四" is; "报童出身", "机灵", "常帮他验尸" are not."""
    if any(c in _PRONOUNS for c in name):
        return False
    if 2 <= len(name) <= 4 and name[0] in _SURNAMES:
        return True
    return any(len(name) - i in (2, 3) and name[i] in _SURNAMES and name[i - 1] in _description_ends()
               for i in range(2, len(name)))


def _names(text: str) -> list[str]:
    """People listed in ``text`` ("波特卡斯·D·艾斯,萨博"), up to the first part that is a note.

    In Chinese a full-width comma after a name usually opens a note about that person ("阿福（本名
    陈福生），报童出身，机灵"): a part after it counts only when it is shaped like a person's name;
    "、" and "," list people as before."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(split_top_level(text, "，") if has_cjk(text) else [text]):
        for part in split_top_level(chunk, ",、/"):
            for p in (re.split(r"\s+(?:and|&)\s+", part) if not has_cjk(part) else [part]):
                parts.append((p, i > 0 and part == split_top_level(chunk, ",、/")[0]))
    names: list[str] = []
    for part, after_note_comma in parts:
        name = _clean_name(part)
        if not _looks_like_name(name, strict=bool(names)) or (names and _ja_ko_note(name)):
            break
        # "乌索普等" (an open list) and "罗恩 • 韦斯莱" (a transliterated full name) are people too
        if names and after_note_comma and has_cjk(name) and not _zh_person_shaped(name) \
                and not re.search(r"[·•・]|等$", part.strip(_STRIP)):
            break
        names.append(name)
    return names


# a Japanese clause ("猫を飼っている", "健一は漁師"): a particle between kanji/kana, or a verb ending
_JA_CLAUSE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff][はがをでにへ][\u3040-\u30ff\u4e00-\u9fff]|(?:ている|ていた|です|だ)$")
# a Korean clause ("고양이를 키움"): an object or topic particle, then a verb
_KO_CLAUSE = re.compile(r"[\uac00-\ud7a3](?:을|를|은|는|에서|에)\s+[\uac00-\ud7a3]")


# an age ("三百歳のエルフ", "七十岁的老人", "칠십 살"): a part that gives one is about the person before it
_AGE_NOTE = re.compile(r"[〇零一二三四五六七八九十百千万两\d]\s*(?:歳|才|岁|세|살)|[일이삼사오육칠팔구십백천]{2,}\s*(?:세|살)")
# "三百歳のエルフ", "村一番の鍛冶屋": a noun phrase joined by の describes; a new person opens with a
# relation word before の ("妹のお蝶"), which _starts_ja_entry knows
_JA_DESCRIBED = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff\d]の[\u4e00-\u9fff\u30a0-\u30ff]")


def describes_person(part: str) -> bool:
    """Whether a part of a relation value is an apposition about the person before it ("三百歳の
    エルフ", "九十岁的隐士"), not a second person: the audit's apposition check."""
    return bool(_AGE_NOTE.search(part) or (_JA_DESCRIBED.search(part) and not _starts_ja_entry(part)))


def _ja_ko_note(name: str) -> bool:
    """Whether a ja/ko part after a name is a note about that person, not a second person: an
    apposition ("大魔導士エルヴィラ、三百歳のエルフ") describes one person twice."""
    from .builder.tables import table
    if describes_person(name):
        return True
    return name in table("words.yaml", "RELATION_NOTE_WORDS") or bool(
        re.search(r"[\u3040-\u309f]", name) and _JA_CLAUSE.search(name)) or bool(_KO_CLAUSE.search(name))


def _labelled(entry: str) -> list[tuple[str, str]] | None:
    """"父亲-蒙奇·D·龙-革命军首领" / "Father: John" -> pairs; None if the entry has no label."""
    i = _first_separator(entry)
    if i <= 0:
        return None
    label = entry[:i].strip(_STRIP + _DASHES)
    if not _is_label(label):
        return None
    rest = entry[i + 1:].strip(_STRIP + _DASHES)
    j = _first_separator(rest, colons=False)
    names = _names(rest[:j] if j > 0 else rest)
    return [(label, n) for n in names]


def _fused(entry: str) -> list[tuple[str, str]]:
    """"丈夫刘建华，支持她的工作" / "刘建华（丈夫）" / "丈夫名叫刘建华" -> pairs."""
    head = split_top_level(entry, "，,。;；")[0].strip(_STRIP)
    m = _FUSED.match(head)
    if m:
        name = _clean_name(head[m.end():].lstrip(" :：-是为・·"))
        if _looks_like_name(name, strict=True):
            return [(m.group(0), name)]
    m = re.match(r"^(?P<person>[^（(]+)[（(](?P<rel>[^）)]{1,8})[）)]$", head)
    if m and (_FUSED.match(m.group("rel")) or m.group("rel").casefold() in _ENGLISH_RELATIONS):
        name = _clean_name(m.group("person"))
        if _looks_like_name(name, strict=True):
            return [(m.group("rel"), name)]
    pairs = []
    for m in _NAMED_AS.finditer(entry):
        name = _clean_name(m.group("person"))
        if _looks_like_name(name, strict=True):
            pairs.append((m.group("rel"), name))
    return pairs


_ENGLISH_RELATIONS = {
    "father", "mother", "dad", "mom", "husband", "wife", "son", "daughter", "brother", "sister",
    "grandfather", "grandmother", "uncle", "aunt", "cousin", "friend", "best friend", "colleague",
    "classmate", "roommate", "teacher", "mentor", "student", "boss", "partner", "boyfriend",
    "girlfriend", "fiancé", "fiancee", "rival", "neighbor", "neighbour", "pet",
}


@lru_cache(maxsize=1)
def _fused_tables() -> dict:
    from .builder.tables import table
    return table("words.yaml", "FUSED_RELATIONS")


@lru_cache(maxsize=1)
def _spaced_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = _fused_tables()
    def alt(words):
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    en = re.compile(rf"^(?i:the\s+)?(?P<rel>(?i:(?:(?:{alt(t['en_modifiers'])})\s+)*(?:{alt(t['en'])})))\s+"
                    r"(?P<person>(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Lady|Lord|the Reverend|Reverend|Captain)\.?\s+)?"
                    # a nickname quoted inside the name is part of it: 'bandleader Earl "Fatha" Hinton'
                    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[\"“][A-Z][\w'’ .-]{0,20}[\"”])){0,3})(?=$|[\s,(（;])")
    ko = re.compile(rf"^(?P<rel>{alt(t['ko'])})\s+(?P<person>[\uac00-\ud7a3]{{2,4}})(?=$|[\s,(（])")
    # "商売敵の弁士・白河 夢声": the relation may be followed by the person's trade before the name
    ja = re.compile(rf"^(?P<rel>[^・（(]{{0,10}}?(?:{alt(t['ja_role_ends'])})(?:の[^・（(の]{{1,4}})?)・(?P<person>.+)$")
    return en, ko, ja


@lru_cache(maxsize=1)
def _ja_of_pattern() -> re.Pattern[str]:
    """"妹のお蝶（十九歳）": a relation word, の, then the name (the relation word is whole: 妹, 宿敵)."""
    ends = "|".join(sorted(map(re.escape, _fused_tables()["ja_role_ends"]), key=len, reverse=True))
    # the relation word may be qualified: "一人息子の新太", "弁士の師匠の染井 柳水" (one の before it)
    return re.compile(rf"^(?P<rel>(?:[^の・、（(]{{1,6}}の)?[^の・、（(]{{0,3}}?(?:{ends}))の(?P<person>[^の・、]+)$")


def _starts_ja_entry(part: str) -> bool:
    """Whether a 、-part of a Japanese list opens a new person ("剣の師匠・秋月玄斎", "妹のお蝶")."""
    head = _BRACKETED.sub("", part.strip())
    return bool(_spaced_patterns()[2].match(head) or _ja_of_pattern().match(head))


def _spaced(entry: str) -> list[tuple[str, str]]:
    """"younger brother Ezra Kitto, a fisherman" -> (younger brother, Ezra Kitto); "아내 김순자(…)"
    -> (아내, 김순자); "妹分の舞妓・豆鈴（十五歳）" -> (妹分の舞妓, 豆鈴); a description before the name
    in Japanese ("贔屓の客・西陣の織元の若旦那、松井清之助") gives the name after it."""
    en, ko, ja = _spaced_patterns()
    head = entry.strip()
    m = en.match(head)
    if m and m.group("person")[0].isupper():
        rel = m.group("rel")
        return [(rel[0].lower() + rel[1:], m.group("person").strip())]
    m = ko.match(head)
    if m:
        person = _ko_described_person(head[m.start("person"):])
        return [(m.group("rel"), person)] if person else []
    m = ja.match(head)
    if m:
        parts = [_clean_name(p) for p in split_top_level(m.group("person"), "、,，")]
        names = [p for p in parts if p and "の" not in p and _looks_like_name(p, strict=True)]
        return [(m.group("rel"), names[0])] if names else []
    m = _ja_of_pattern().match(_BRACKETED.sub("", head).strip(_STRIP))
    if m:
        name = _clean_name(m.group("person"))
        return [(m.group("rel"), name)] if _looks_like_name(name, strict=True) and not _ja_ko_note(name) else []
    return []


def _ko_described_person(rest: str) -> str | None:
    """The person of a Korean entry after its relation word: "정태식(…)" -> 정태식; "국밥집 주인 홍씨
    아저씨" -> 홍씨 아저씨 (the shop is what (s)he keeps, the address after the family name is the
    head); None where a keeper word is followed by no one ("철물점 일꾼")."""
    words = re.split(r"\s+", re.split(r"[,(（，]", rest, maxsplit=1)[0].strip())
    t = _fused_tables()
    # "홍씨 아저씨", "김 영감": a family name (with 씨) and the address, wherever the entry ends so
    if len(words) >= 2 and words[-1] in t["ko_addresses"] and re.fullmatch(r"[\uac00-\ud7a3]|[\uac00-\ud7a3]씨", words[-2]):
        return " ".join(words[-2:])
    keepers = [i for i, w in enumerate(words) if w in t["ko_keepers"]]
    if not keepers:
        return words[0]  # "제니 쌤": the name, its title after it
    tail = words[keepers[-1] + 1:]
    if len(tail) == 1 and re.fullmatch(r"[\uac00-\ud7a3]{2,4}", tail[0]):
        return tail[0]  # "이웃 빵집 사장 박만수"
    return None


def _starts_fused_entry(part: str) -> bool:
    m = _FUSED.match(part.strip())
    # "好友 王芳": a space between the relation word and the name still opens an entry
    rest = part.strip()[m.end():].lstrip(" ") if m else ""
    return bool(rest) and (rest[0] in _SURNAMES or rest[0].isupper())


def _starts_spaced_entry(part: str) -> bool:
    """Whether a comma part opens a new person written "relation Name" ("…, keeps a cat, father Tan
    Boon Huat", "…(대학생), 아버지 김철수"): the note before it must not swallow that entry."""
    en, ko, _ = _spaced_patterns()
    head = part.strip()
    m = en.match(head)
    return bool((m and m.group("person")[0].isupper()) or ko.match(head))


def _entries(value: str) -> list[str]:
    """One entry per relation: numbered items, else parts between ';' / lines; a comma also
    starts an entry when a new label follows it ("父亲-张三，母亲-李四")."""
    _, numbered = split_numbered(value)
    # "。" ends an entry as "；" does: "妹妹：林小雨，在读大学。丈夫：陈国强" names two people
    chunks = numbered or [c for line in value.splitlines() for c in split_top_level(line, "；;。")]
    entries = []
    for chunk in chunks:
        chunk = strip_number_marker(_BULLET.sub("", chunk.strip(_STRIP)))
        current, offset = "", 0
        for part in split_top_level(chunk, "，,、"):
            # the separator before this part is kept: "，" may open a note, "," and "、" list people
            sep = chunk[offset - 1] if offset and chunk[offset - 1] in "，,、" else "，"
            offset += len(part) + 1
            i = _first_separator(part)
            if current and ((i > 0 and _is_label(part[:i].strip())) or _starts_fused_entry(part)
                            or _starts_ja_entry(part) or _starts_spaced_entry(part)):
                entries.append(current)
                current = part
            else:
                current = f"{current}{sep}{part}" if current else part
        entries.append(current)
    return [e.strip(_STRIP) for e in entries if e.strip(_STRIP)]


def is_relation_word(label: str) -> bool:
    """Whether a field name is itself a relation ("师父: 唐僧", "Father: Owen")."""
    label = label.strip()
    return label in _RELATION_WORDS or label.casefold() in _ENGLISH_RELATIONS


def parse_relationships(value: str) -> list[tuple[str, str]]:
    """``[(relation, person), ...]`` in the order written, without duplicates.

    A relation listing several people yields one pair each ("义兄弟-波特卡斯·D·艾斯,萨博" ->
    (义兄弟, 波特卡斯·D·艾斯), (义兄弟, 萨博)); bracketed notes and a trailing "等" are dropped from
    names. Entries that name nobody recognisably are skipped rather than guessed.
    """
    pairs: list[tuple[str, str]] = []
    for entry in _entries(value):
        found = _labelled(entry) or _fused(entry) or _spaced(entry)
        for pair in found:
            if pair not in pairs:
                pairs.append(pair)
    return pairs
