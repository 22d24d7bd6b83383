"""Parsing semi-structured profile text: "field: value" lines and list-like values.

RAIDEN's ``npc_setting`` (and the online profiles' ``<Character Setting>`` block) is text written
by hand: ASCII ':' and full-width '：' separators, stray trailing commas, values running over
several lines, numbered lists inline or one per line. These functions are pure and small so the
rules can be tested one by one; :mod:`raiden_r1.data.profiles` turns their output into profiles.
"""

from __future__ import annotations

import re

from raiden_r1.text import detect_language, has_cjk

# Brackets that may enclose separators without ending an item: "娜美（第二个伙伴，从橘子镇...），乌索普".
_OPEN = "（(《“「『【[{〈"
_CLOSE = "）)》”」』】]}〉"

# Sentence punctuation never found in a field name; a "key" containing one is prose, not a field.
_SENTENCE_PUNCT = set("，。,！？!?；;、“”\"「」『』《》…")
_PRONOUNS = {"i", "he", "she", "it", "we", "they", "you", "this", "that", "there", "his", "her"}
_MAX_CJK_KEY = 15
_MAX_LATIN_KEY_WORDS = 4
_MAX_LATIN_KEY_CHARS = 32

# A numbered-item marker: "1." "1．" "1、" "1）" "1)" "(1)" "（1）" or a circled digit. Not preceded
# by a Latin letter, digit or dot ("O.W.L.S.", "光轮2000（"), not followed by a digit ("1.5 m").
_NUMBER_MARKER = re.compile(
    r"(?<![0-9A-Za-z.．])(?:[(（]\s*(?P<p>\d{1,2})\s*[)）]|(?P<n>\d{1,2})\s*[.．、)）](?![0-9])|(?P<c>[\u2460-\u2473]))"
)
_NUMBERED_START = re.compile(r"^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、)）]|[\u2460-\u2473])")
_FIELD_LINE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<key>[^:：\n]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
_BRACKET_FIELD_LINE = re.compile(r"^\s*【(?P<key>[^】\n]{1,20})】\s*[:：]?\s*(?P<value>.*)$")
_BULLET = re.compile(r"^\s*[-*•]\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
_VALUE_END = " \t,，;；"
_ITEM_STRIP = " \t\n,，;；、。.!！"
_ETC_SUFFIXES = ("等等", "等", "など", "etc.", "etc")

INTRO_FIELD = {"zh": "简介", "ja": "紹介", "ko": "소개", "en": "Introduction"}
DUPLICATE_SEPARATOR = "\n"


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on any character of ``separators`` that is not inside brackets.

    Unbalanced brackets (a typo in a hand-written profile) would hide every separator after them,
    so then the text is split ignoring brackets.
    """
    parts, buf, depth = [], [], 0
    for c in text:
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE and depth:
            depth -= 1
        if depth == 0 and c in separators:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    parts.append("".join(buf))
    if depth:
        return re.split("[" + re.escape(separators) + "]", text)
    return parts


def _marker_number(m: re.Match) -> int:
    if m.group("c"):
        return ord(m.group("c")) - 0x2460 + 1
    return int(m.group("p") or m.group("n"))


def split_numbered(text: str) -> tuple[str, list[str]]:
    """``(prefix, items)`` of a numbered list written inline or over lines, markers removed.

    Items follow 1, 2, 3, ...; a repeated number is taken as a typo for the next one (RAIDEN's
    路飞 has two "5."). Fewer than two markers in sequence: ``(text, [])``.
    """
    starts: list[tuple[int, int]] = []  # (marker start, item start)
    current = 0
    for m in _NUMBER_MARKER.finditer(text):
        n = _marker_number(m)
        if (not starts and n == 1) or (starts and n in (current, current + 1)):
            starts.append((m.start(), m.end()))
            current = n
    if len(starts) < 2:
        return text, []
    items = []
    for k, (_, item_start) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        items.append(text[item_start:end].strip())
    return text[: starts[0][0]].strip(), items


def strip_number_marker(item: str) -> str:
    """"1）丈夫刘建华" -> "丈夫刘建华": a lone item keeps its marker after :func:`split_numbered`."""
    m = _NUMBERED_START.match(item)
    return item[m.end():].lstrip() if m else item


def strip_value_end(value: str) -> str:
    """A value without the stray separators ending it (RAIDEN writes ``"性别: 男,"``)."""
    return value.rstrip().rstrip(_VALUE_END).rstrip()


def is_field_name(key: str) -> bool:
    """Whether the text before a colon is a field name rather than part of a sentence.

    A field name is short, has no sentence punctuation, holds a letter, and does not start with
    a digit: in "1. 蛇佬腔:。可以听懂蛇的语言" the "1. 蛇佬腔" is a list item that contains a colon,
    and "1997年：签约唱片公司" is a line of a timeline.
    """
    key = key.strip().strip("*").strip()
    if not key or key[0].isdigit() or _NUMBERED_START.match(key) or any(c in _SENTENCE_PUNCT for c in key):
        return False
    if not any(c.isalpha() for c in key):
        return False
    if has_cjk(key):
        return len(key.replace(" ", "")) <= _MAX_CJK_KEY
    words = key.split()
    return (len(words) <= _MAX_LATIN_KEY_WORDS and len(key) <= _MAX_LATIN_KEY_CHARS
            and key[0].isalpha() and words[0].casefold() not in _PRONOUNS)


def match_field_line(line: str) -> tuple[str, str] | None:
    """``(field, value)`` if the line starts a new field, else None (it continues a value)."""
    m = _BRACKET_FIELD_LINE.match(line) or _FIELD_LINE.match(line)
    if not m:
        return None
    key, value = m.group("key").strip().strip("*").strip(), m.group("value")
    if not is_field_name(key) or value.startswith("//"):  # "http://..." is no field
        return None
    return key, value.strip()


_INLINE_KEY = re.compile(r"(?:^|(?<=[，,；;。\s]))(?P<key>[^:：，,；;。\s][^:：，,；;。\n]{0,11}?)\s*[:：]")
# "Detailed Description: Age: 27. Birthday: …": a common Latin field after a full stop or a colon
_LATIN_AFTER_STOP = re.compile(r"(?<=[a-z0-9'\"’”)][.:] )(?P<key>[A-Z][A-Za-z]{1,14}(?: [A-Za-z]{1,14})?)\s*:")


# Field names common enough that, written after a comma inside a line ("姓名：张三，性别：男"),
# they surely start a new field; any other "word：" there may be prose ("他说：明天见").
_COMMON_FIELDS = frozenset({
    "姓名", "名字", "性别", "年龄", "生日", "出生日期", "出生地", "籍贯", "国籍", "民族", "身高", "体重",
    "血型", "星座", "职业", "身份", "学历", "爱好", "性格", "外貌", "口头禅", "居住地", "英文名", "别称",
    "昵称", "name", "gender", "age", "birthday", "occupation", "height", "weight", "hobbies", "hobby",
    "personality", "名前", "年齢", "性別", "職業", "誕生日", "趣味", "身長", "이름", "나이", "성별", "직업",
    "취미", "성격",
    # (review 70: "… Skills: baking. Speaking style: broad Scots, calls everyone 'hen'." inside an
    # English description was left there: no skills record, and no manner, dialect or address)
    "skills", "skill", "likes", "dislikes", "speaking style", "favourite food", "favorite food", "goal", "goals",
    "dream", "pet", "pets", "hometown", "catchphrase",
})


def _inline_field_cuts(line: str, only_common: bool) -> list[int]:
    """Where fields written inline start: "姓名：张三；性别：男" -> [0, 6]."""
    cuts = []
    for m in _INLINE_KEY.finditer(line):
        key = m.group("key").strip()
        before = line[: m.start()].rstrip()
        # A Latin key must follow a separator ("Age: 17, Hobby: chess"); after a plain space it is
        # more likely prose ("he said: ...").
        if not is_field_name(key) or (only_common and key.casefold() not in _COMMON_FIELDS):
            continue
        if not before or before[-1] in "，,；;。" or has_cjk(key):
            cuts.append(m.start())
    if only_common:  # (review 69: the line was left whole, and the card gave no age, birthday or job)
        cuts += [m.start() for m in _LATIN_AFTER_STOP.finditer(line) if m.group("key").casefold() in _COMMON_FIELDS]
    return sorted(set(cuts))


def _one_field_per_line(text: str, only_common: bool) -> str:
    out = []
    for line in text.splitlines():
        cuts = _inline_field_cuts(line, only_common)
        if not cuts or cuts == [0]:
            out.append(line)
            continue
        bounds = [0] + [c for c in cuts if c > 0] + [len(line)]
        out.extend(_sentences_home([line[a:b].strip().rstrip("，,；;").rstrip() for a, b in zip(bounds, bounds[1:], strict=False)]))
    return "\n".join(out)


_NEXT_SENTENCE = re.compile(r"(?<=[a-z0-9'\"’”)][.!?])\s+(?=[A-Z])")


def _sentences_home(parts: list[str]) -> list[str]:
    """"Detailed Description: Age: 27. Birthday: November 3rd. Born in the stacks." cut into fields:
    a sentence after a field's first one ("Born in the stacks.") is the description's, not the
    birthday's (review 69: the line was left whole, and the card gave no age, birthday or job)."""
    head = _FIELD_LINE.match(parts[0])
    if len(parts) < 2 or not head or not _DESCRIPTION_FIELD.search(head.group("key")) or has_cjk(parts[0]):
        return parts
    rest: list[str] = []
    for i, part in enumerate(parts[1:], 1):
        sentences = _NEXT_SENTENCE.split(part)
        parts[i], rest = sentences[0], rest + sentences[1:]
    parts[0] = " ".join([parts[0], *rest]).strip()
    return parts


_DESCRIPTION_FIELD = re.compile(r"description|introduction|background|bio\b|简介|介绍|描述|背景|紹介|説明|소개|설명", re.IGNORECASE)
_SENTENCE_END = tuple(".!?。！？")
_GOES_ON = tuple("，,、；;：:")  # a line ending so is cut mid-sentence: the next line goes on with it


def _stray_sentence(value: str, line: str) -> bool:
    """Whether ``line`` is a sentence of its own after a short one-line value ("Occupation: chief
    engineer of the freighter" then "She has kept the drive running for eleven years."): the card's
    description goes on there, the value does not (review 68)."""
    if "\n" in value or value.endswith(_SENTENCE_END) or len(value) > 80 or not line.endswith(_SENTENCE_END):
        return False
    if value.rstrip().endswith(_GOES_ON):  # "经历：…被凌玄子所救，" then its next line: one value
        return False
    if has_cjk(line):
        return len(line) >= 10
    return line[0].isupper() and len(line.split()) >= 5


def _description(pairs: list[list[str]]) -> list[str] | None:
    """The card's description field ("Detailed Description" before an "Introduction"), or None."""
    found = [p for p in pairs[:-1] if _DESCRIPTION_FIELD.search(p[0])]
    return next((p for p in found if re.search(r"description|描述|説明|설명", p[0], re.IGNORECASE)), found[0] if found else None)


def parse_setting_lines(text: str, _inline_fallback: bool = True) -> list[tuple[str, str]]:
    """Ordered ``(field, value)`` pairs of a "field: value" text; duplicates kept.

    A line without a recognisable field prefix continues the previous value (joined with a
    newline); text before the first field goes to an introduction field named in the text's
    language. Lone ',' lines vanish, and so do separators ending a value ("性别: 男,"); a comma
    ending a line inside a value is ordinary punctuation and stays. Common fields written after a
    comma on one line ("姓名：张三，性别：男") are split apart; a setting with fewer than two
    fields by lines ("姓名：张三；籍贯：山东") is split at every inline field name.
    """
    pairs: list[list[str]] = []
    intro: list[str] = []
    under_header = False  # the current field's own line had no value: "人物关系：" then items
    for raw in _one_field_per_line(text, only_common=True).splitlines():
        line = raw.strip()
        if not line.strip(_VALUE_END) or _MARKDOWN_HEADING.match(line):
            continue  # a lone ',' or a "## 基本信息" section title carries no value
        hit = match_field_line(line)
        if hit and not (under_header and _BULLET.match(line)):
            pairs.append([hit[0], hit[1]])
            under_header = not strip_value_end(hit[1])
        elif pairs and _stray_sentence(pairs[-1][1], line) and (home := _description(pairs)) is not None:
            home[1] = (home[1] + "\n" + line).strip()  # "Occupation: chief engineer" then a sentence about her
        elif pairs:
            pairs[-1][1] = (pairs[-1][1] + "\n" + line).strip()
        else:
            intro.append(line)
    result = [(k, strip_value_end(v)) for k, v in pairs if strip_value_end(v)]
    if len(result) < 2 and _inline_fallback:
        inline = parse_setting_lines(_one_field_per_line(text, only_common=False), _inline_fallback=False)
        if len(inline) >= 2:
            return inline
    if intro:
        body = strip_value_end("\n".join(intro))
        result.insert(0, (INTRO_FIELD[detect_language(body)], body))
    return result


def merge_fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Ordered field -> value; a repeated field's values are joined, never dropped."""
    fields: dict[str, str] = {}
    for key, value in pairs:
        if key in fields:
            if value not in fields[key].split(DUPLICATE_SEPARATOR):
                fields[key] = fields[key] + DUPLICATE_SEPARATOR + value
        else:
            fields[key] = value
    return fields


def parse_npc_setting(text: str) -> dict[str, str]:
    """RAIDEN ``npc_setting`` text -> ordered field -> value map (see :func:`parse_setting_lines`)."""
    return merge_fields(parse_setting_lines(text))


_CHARACTER_SETTING = re.compile(
    r"<\s*character[ _]setting\s*>(?P<body>.*?)(?:<\s*/\s*character[ _]setting\s*>|$)", re.S | re.I)


def extract_character_setting(prompt: str) -> str | None:
    """The text inside ``<Character Setting>...</Character Setting>`` (closing tag optional)."""
    m = _CHARACTER_SETTING.search(prompt)
    return m.group("body").strip() if m else None


# Words that end in 等 without meaning "etc." (平等 equality, 中等 medium, ...).
_DENG_WORDS = ("平等", "中等", "高等", "同等", "均等", "对等", "初等", "优等", "劣等", "上等", "下等",
               "特等", "头等", "相等", "何等", "次等", "一等", "二等", "三等", "甲等", "乙等", "丙等", "丁等")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "prof", "no", "mt"}


def _strip_etc(item: str) -> str:
    if item.endswith(_DENG_WORDS):
        return item
    for suffix in _ETC_SUFFIXES:
        if item.endswith(suffix) and len(item) > len(suffix):
            return item[: -len(suffix)].rstrip(" ,，、")
    return item


def _clean_items(parts: list[str]) -> list[str]:
    items = [p.strip(_ITEM_STRIP) for p in parts]
    items = [p for p in items if p]
    if len(items) >= 2:
        items[-1] = _strip_etc(items[-1]) or items[-1]
    return items


def split_sentences(text: str) -> list[str]:
    """Sentences, ending punctuation kept; Latin abbreviations ("Mr. Smith") do not end one."""
    parts = []
    for piece in split_top_level(text.replace("。", "。\0").replace("！", "！\0").replace("？", "？\0"), "\0"):
        start = 0
        for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"'“])", piece):
            last_word = re.findall(r"(\w+)\W*$", piece[start:m.start()])
            if last_word and last_word[0].casefold() in _ABBREVIATIONS:
                continue
            parts.append(piece[start:m.start()])
            start = m.end()
        parts.append(piece[start:])
    return [p.strip() for p in parts if p.strip()]


_HONORIFIC_NAME = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Father|Sister|Brother|Uncle|Aunt|Auntie|Captain|Professor)\.?\s+[A-Z][\w'-]+$")
_ROLE_END = re.compile(r"\b(?:the|my|our|his|her|their)\s+[a-z][\w'-]*$")


def _with_appositives(items: list[str]) -> list[str]:
    """"the foreman, Mr. Howells": a titled name after a role is that role's name, no item of its own
    (review 77 split the man from his title and keyed both)."""
    out: list[str] = []
    for item in items:
        if out and _HONORIFIC_NAME.match(item.strip()) and _ROLE_END.search(out[-1].strip()):
            out[-1] = f"{out[-1].rstrip()}, {item.strip()}"
        else:
            out.append(item)
    return out


def _split_english_and(items: list[str]) -> list[str]:
    """"basketball, painting and chess": the last comma item holds two items."""
    items = _with_appositives(items)
    last = re.sub(r"^(?:and|or)\s+", "", items[-1])
    pieces = re.split(r",?\s+(?:and|or|&)\s+", last)
    if len(pieces) == 2 and all(0 < len(p.split(", ")[0].split()) <= 3 for p in pieces):
        return items[:-1] + pieces
    return items[:-1] + [last]


def _titles(value: str) -> list[str]:
    """"音乐：《七里香》《以父之名》等。" -> the titles, when the value is nothing but titles."""
    titles = re.findall(r"《[^《》]+》", value)
    rest = re.sub(r"《[^《》]+》", "", re.sub(r"^[^《》:：]{0,8}[:：]", "", value.strip()))
    if len(titles) >= 2 and not rest.strip(_ITEM_STRIP + "和及与").removesuffix("等").strip(_ITEM_STRIP):
        return titles
    return []


def _real_parts(parts: list[str]) -> int:
    return sum(1 for p in parts if p.strip(_ITEM_STRIP))


def split_items(value: str) -> list[str]:
    """The items of a list-like value, for keywords; a single item when the value is no list.

    Splits at the strongest separator present, outside brackets: numbered items, then lines,
    then '；' / ';', then sentences, then commas ('，' ',' '、' together: Chinese mixes them in
    one list and Japanese uses '、' for both). "等" (etc.) after the last item is dropped.
    A run of titles ("《七里香》《晴天》") is split into the titles.
    """
    value = value.strip()
    if not value:
        return []
    _, numbered = split_numbered(value)
    if numbered:
        return _clean_items(numbered)
    lines = [ln for ln in value.splitlines() if ln.strip()]
    if len(lines) >= 2:
        return _clean_items([_BULLET.sub("", ln) for ln in lines])
    parts = split_top_level(value, "；;")
    if _real_parts(parts) >= 2:
        return _clean_items(parts)
    sentences = split_sentences(value)
    if len(sentences) >= 2:
        return _clean_items(sentences)
    parts = split_top_level(value, "，,、")
    if _real_parts(parts) >= 2:
        items = _clean_items(parts)
        return items if has_cjk(value) else _split_english_and(items)
    # "rock and roll" without commas is more likely one thing than a list of two.
    return _titles(value) or _clean_items([value])
