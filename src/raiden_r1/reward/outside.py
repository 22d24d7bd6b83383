"""The character seen from outside (docs/reward.md, family 3): narrated by its own name or a
title ("Maisie's dad is ...", "叶老师", "桐生くんは", "Miss Callahan"), described as a profile line
("大河内蓮、寿司職人。函館生まれ。"), or quoted inside a narrated scene ('"Thirty-four," he
mutters', "*Tobias looks up*"). gaming.py asks these after its out-of-character checks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical
from raiden_r1.canon.trie import trie_pattern
from raiden_r1.data.people import pet_names_of
from raiden_r1.data.perspective import relation_nouns

from .address import address_words
from .analysis import Answer, cue_in_text
from .titled_names import ZH_KIN_TITLES, titled_from_outside
from .lexicon import cues
from .matching import PreparedTruth
from .third_person import name_subject
from .name_object import name_as_object

JA_RELATIONS = "母|父|妻|夫|兄|姉|弟|妹|息子|娘|友達|親友|相棒|まねーじゃー|先輩|後輩|先生|上司|部下|同僚|ぺっと|飼い主|主人"


def alternation(words) -> str:
    # A trie, not "|".join(longest first): Python's engine tries a plain alternation's branches one
    # by one at every position (the out-of-character phrase list alone cost ~40 us an answer). Both
    # prefer the longest word that lets the rest of the pattern match: the same matches.
    return _trie(frozenset(words))


@lru_cache(maxsize=4096)
def _trie(words: frozenset[str]) -> str:
    # (the same lexicon lists are joined again for every new profile: build each trie once)
    return trie_pattern(words)


# Speech quoted inside narration: '"Thirty-four," he mutters', '「函館っす」と彼は答えた', '“…”她笑道'.
_EN_SAID = (r"(?:said|says|mutters|muttered|replies|replied|answers|answered|whispers|whispered|laughs|laughed|grins|"
            r"grinned|smiles|smiled|adds|added|shrugs|shrugged|sighs|sighed|declared|announced|beamed|chirped|called)")
_NARRATED_SPEECH = re.compile(
    # (and "'This is Sir Lancelot,' the boy said": single quotes, a person by role, the verb inverted)
    rf"(?:[\"”」』’]|(?<=[,.!?])')\s*,?\s*(?:(?:he|she|they|[A-Z][a-z]+|the (?:old |young |little )?[a-z]+)\s+{_EN_SAID}"
    rf"|{_EN_SAID} (?:he|she|the (?:old |young |little )?[a-z]+|[A-Z][a-z]+))\b"
    r"|[」』]\s*と\s*(?:彼|彼女|[^\s、。「」]{1,6}?)(?:は|が)\s*(?:答え|言っ|言う|笑っ|呟い|つぶやい|返し)"
    r"|[”\"」』]\s*(?:他|她|[\u4e00-\u9fff]{1,3})(?:说道|说|答道|笑道|回答|嘟囔)"
    r"|[”\"」』]\s*(?:라고|하고)\s*(?:그녀|그|[가-힣]{1,4})(?:가|는|이)\s*(?:말했|대답했|웃었|중얼거렸)")
# A narrator's tag before the quote: "那白衣女子掩口一笑，道：“…”", "燕无双冷冷一笑：“…”" (a sentence
# with no first-person word: "我师父常说：“…”" quotes someone, the character still speaking).
# Japanese and Korean narrate in the plain past before the quote: "彼女は微笑んで言った。「…」",
# "그녀가 웃으며 말했다. "…"".
_NARRATED_LEAD = {
    "zh": re.compile(r"(?:^|[。！？!?\n])([^。！？!?\n“”「」\"]{2,30}?(?:笑道|问道|答道|说道|叹道|[，,]\s*道|一笑|一声))\s*[：:]?\s*[“「\"]"),
    "ja": re.compile(r"(?:^|[。！？!?\n])([^。！？!?\n「」]{1,30}?(?:は|が)[^。！？!?\n「」]{0,15}?(?:言った|答えた|笑った|微笑んだ|"
                     r"ほほえんだ|呟いた|つぶやいた|囁いた|ささやいた))[。、：:]?\s*[「『]"),
    "ko": re.compile(r"(?:^|[.!?\n])([^.!?\n\"“”]{1,30}?(?:가|는|이) [^.!?\n\"“”]{0,20}?(?:말했다|대답했다|웃었다|중얼거렸다|속삭였다))"
                     r"[.:]?\s*[\"“]"),
}
_STAGE = re.compile(r"[*＊（(]([^*＊）)]{1,80})[*＊）)]")


def narrated_scene(raw: str, prep: PreparedTruth) -> str | None:
    """A scene told by a narrator, the character's words quoted inside it, or a stage direction
    that names the character ("*Tobias looks up*", "（蓮は包丁を置いて）"): not the character speaking."""
    m = _NARRATED_SPEECH.search(raw[:2000])
    if m:
        return f"narrates the scene ('{m.group(0).strip()}')"
    if prep.language in _NARRATED_LEAD:
        for m in _NARRATED_LEAD[prep.language].finditer(raw[:2000]):
            lead = canonical(m.group(1))
            # ("母はいつも言った。「…」", "我娘常说：“…”": a relative quoted, the character still speaking)
            if not cue_in_text(lead, prep.language, "first_person") and not relation_nouns(lead):
                return f"narrates the scene ('{m.group(0).strip()}')"
    for d in _STAGE.finditer(raw[:2000]):
        inner = canonical(d.group(1))
        name = next((n for n in prep.names if len(n) >= 2 and n in inner), None)
        if name:
            return f"narrates the scene ('{d.group(0)}')"
    return None


_HONORIFICS = {"ja": ("ちゃん", "さん", "くん", "君", "様", "さま", "先生", "殿", "おじさん", "おばさん", "兄ちゃん", "姉ちゃん",
                      "にいちゃん", "ねえちゃん", "じいちゃん", "ばあちゃん", "先輩", "氏",
                      # (session 35, r17) the kin words of address others put after a given name, dialect
                      # forms too ("カマドおばぁの三線", "トメ吉じいさんは"): nobody calls themselves so
                      "おばぁ", "おばあ", "おばー", "ばぁ", "おじぃ", "おじい", "おじー", "じぃ", "ばあさん", "じいさん",
                      "婆さん", "爺さん", "婆ちゃん", "爺ちゃん", "ばっちゃ", "じっちゃ", "おっちゃん", "おばちゃん",
                      "ねえさん", "にいさん", "姐さん", "兄貴", "あにき", "あねご", "姐御", "親方", "師匠", "大将", "女将"),
               "ko": ("양", "씨", "님", "군"),
               "zh": ("老师", "船长", "先生", "小姐", "女士", "医生", "大夫", "师傅", "队长", "老板", "大哥", "大姐", "哥", "姐",
                      "同学", "阿姨", "叔")}
# (and the forms of address others use: "순덕 삼촌은" in Jeju, "민지 씨는", "옥분 할머니가")
@lru_cache(maxsize=2)
def _ko_title_subject(self_name: bool) -> re.Pattern[str]:
    c = cues("ko")
    titles = "|".join(sorted((*c.get("name_titles"), *(() if self_name else c.get("name_kin_titles"))), key=len, reverse=True))
    # (a space before the particle: the normaliser parts Latin letters from hangul, "dj 는")
    return re.compile(rf"(?:{titles})(?:님)? ?(?:은|는|이|가|의|께서(?:는|도)?)(?![가-힣])")


_JA_SUBJECT = frozenset("はがのも")


def _ko_short_titled(text: str, prep: PreparedTruth) -> str | None:
    """(session 35, r17) A one-syllable given name with a title as a subject ("란 사장은 …대답했다",
    "란 씨가…"): the short name is read only as its own word, with a title and a particle after it."""
    for short in prep.short_names:
        k = text.find(f"{short} ")
        while k != -1:
            if (k == 0 or text[k - 1] == " ") and _ko_title_subject(prep.truth.self_name).match(text[k + 2:]):
                return text[k:k + 6].strip()
            k = text.find(f"{short} ", k + 1)
    return None


_KO_OWNED = re.compile(rf"(?:{'|'.join(['강아지', '고양이', '아빠', '엄마', '아버지', '어머니', '언니', '오빠', '누나', '형', '동생', '친구', '남편', '아내', '딸', '아들'])})(?:은|는|이|가|의|예요|이에요|야|입니다|$)")
def narrated_by_name(ans: Answer, prep: PreparedTruth) -> str | None:
    """The character's own name used as a third-person subject or possessive anywhere in the answer
    ("Maisie's dad is ...", "叶知秋平时喜欢...", "久世晴臣は既婚者だ", "한봄 양은 ..."), or with an
    honorific ("颯太くん", "叶老师"). A character whose profile says it speaks of itself by name may
    say "Pip was born here!", but not with an honorific ("ここなちゃんは" is somebody else talking)."""
    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    lang = ans.language if ans.language in _HONORIFICS or ans.language == "en" else "en"
    names = prep.names
    # Surname + title for Chinese names ("叶老师"): the first character of a 2-4 character name.
    if lang == "zh":
        names = names + tuple(n[0] + t for n in names[:1] if 2 <= len(n) <= 4 for t in (*_HONORIFICS["zh"][:11], "同学", "老爷子", "老太太", "老先生",
                                                                                         "大爷", "大妈", "大娘", "大叔", "大婶", *ZH_KIN_TITLES))
    if lang == "en" and prep.names and " " in prep.names[0] and prep.names[0].isascii():
        # "the dog of the Callahan family": the family named from outside (the character says "our")
        family = prep.names[0].rsplit(" ", 1)[-1]
        if re.search(rf"(?<![a-z])the {re.escape(family)}s? (?:family|household|kid|girl|boy)(?![a-z])", ans.canon):
            return f"speaks of the character from outside ('the {family} family')"
        # "Miss Callahan grew up in Duluth": a title and the family name, as others address the character
        m = re.search(rf"(?<![a-z])(?:mr|mrs|miss|ms|mx|dr|madam|madame|sir|lady|master|mister) {re.escape(family)}(?![a-z])",
                      ans.canon) or titled_from_outside(ans.canon, family, prep.names[0])
        if m:
            return f"speaks of the character from outside ('{m.group(0)}')"
    label = _name_as_label(ans, prep)
    if label:
        return label
    surname = _surname_from_outside(ans, prep) if lang == "ja" else None
    if surname:
        return f"speaks of the character from outside ('{surname}')"
    for cl in ans.clauses:
        for n in names:
            k = cl.text.find(n)
            if k == -1:
                continue
            rest = cl.text[k + len(n):].lstrip()
            if lang in _HONORIFICS and rest.startswith(_HONORIFICS[lang]) and len(n) >= 2:
                return f"speaks of the character from outside ('{n}{rest[:3]}')"
            if lang == "ko" and len(n) >= 2 and not prep.truth.self_name and _KO_OWNED.match(rest) and cl.text[k - 1:k] in ("", " "):
                # "민지 강아지예요": the name owning a relative, said by someone else
                return f"speaks of the character from outside ('{n} {rest[:4]}')"
            if lang == "ko" and len(n) >= 2 and not prep.truth.self_name and cl.text[k - 1:k] in ("", " ") and \
                    any(rest.startswith(w) and not re.match("[가-힣]", rest[len(w):len(w) + 1] or " ")
                        for w in cues("ko").get("elder_address")):
                return f"speaks of the character from outside ('{n} {rest[:4]}')"  # "지은 언니 고양이는": a younger one talking
            if lang == "ja" and len(n) >= 2 and any(rest.startswith(t) and rest[len(t):len(t) + 1] in _JA_SUBJECT
                                                    for t in prep.titles if not t.isascii()):
                # (session 35, r17) "御子柴探偵は…", "トメ吉主人の湯は": the name and its card's title as a subject
                return f"speaks of the character from outside ('{n}{rest[:4]}')"
            if lang == "ko" and _ko_title_subject(prep.truth.self_name).match(rest) and len(n) >= 2:
                # "한지훈 형사는 …" narrates; "저는 한지훈 형사입니다" introduces oneself
                return f"speaks of the character from outside ('{n} {rest[:4]}')"
            if n not in prep.names:
                return f"speaks of the character from outside ('{n}')"
        if lang == "ko" and (short := _ko_short_titled(cl.text, prep)):
            return f"speaks of the character from outside ('{short}')"
        if not prep.truth.self_name:
            name = name_subject(cl.text, prep, lang, None)
            if name:
                return f"narrates the character in the third person ('{name}')"
            if lang == "zh" and any(cl.text.startswith(n) and cl.text != n and not cl.text[len(n):].startswith(("，", "啊"))
                                    for n in prep.names if len(n) >= 2):
                return f"narrates the character in the third person ('{cl.text[:6]}')"
            if obj := name_as_object(ans, prep):
                return f"narrates the character in the third person ('{obj}')"  # "taught Hattie" (name_object.py)
            pet = _pet_name_subject(cl.text, prep, lang)
            if pet:
                return f"narrates the character in the third person ('{pet}')"
            rel = _described_by_relation(cl.text, prep, lang) if prep.truth.subject in ("self", "other") else None
            if rel:
                return f"narrates the character in the third person ('{rel}')"
    return None


# The character as somebody's relative or owner, the clause's subject ("민수 동생은 25살", "佐藤家の娘は",
# "林家小妹今年28岁", "团子的主人28岁", "Laura's brother is 34"): said of it from outside.
_RELATION_SUBJECT = {"ko": r"^(?:{n})(?:이|의)? (?:{r})(?:은|는|이|가)(?: |$)",
                     "ja": r"^(?:{n})の(?:{r})(?:さん|ちゃん)?(?:は|が)",
                     "zh": r"^(?:{n})的?(?:{r})(?!的)",
                     "en": r"^(?:{n}) s (?:{r}) (?:is|was|s)\b"}
_OWNER_WORDS = {"ko": ("집사", "주인"), "ja": ("飼い主", "主人"), "zh": ("主人",), "en": ("owner",)}


def _described_by_relation(text: str, prep: PreparedTruth, lang: str) -> str | None:
    if lang not in _RELATION_SUBJECT:
        return None
    # (another person's relative is the character itself only when the fact is its own)
    pat = _relation_subject_pattern(prep.truth.character_name, prep.truth.others if prep.truth.subject == "self" else (),
                                    prep.surnames, lang)
    m = pat.match(text) if pat is not None else None
    return m.group(0).strip() if m else None


@lru_cache(maxsize=1024)
def _relation_subject_pattern(character_name: str, others: tuple[str, ...], surnames: tuple[str, ...],
                              lang: str) -> re.Pattern[str] | None:
    from raiden_r1.data.builder.names import split_name  # (the builder imports the data modules)

    from .fact_owners import other_person_forms

    family = split_name(character_name, lang) if not character_name.isascii() else None
    own = [f"{canonical(family[0])}家"] if family else []  # "林家小妹", "佐藤家の娘": the family from outside
    names = [*(other_person_forms(others, lang, surnames) if others else ()), *own]
    rels = [*cues(lang).get("kin"), *_OWNER_WORDS[lang], *(("小妹", "老大", "丫头", "小子", "闺女", "姑娘", "小姐", "少爷", "公子",
                                                             "千金", "老二", "老三", "老幺") if lang == "zh" else ())]
    if not names or not rels:
        return None
    r = "|".join(re.escape(r) for r in sorted(set(rels), key=len, reverse=True))
    n = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    if lang == "zh":  # "沈家二姑娘", "林家大小姐", "沈二小姐": the family's children counted from outside
        r = f"(?:[大二三四五六七小幺])?(?:{r})"
        if family:
            n = f"{n}|{re.escape(canonical(family[0]))}(?=[大二三四五六七幺](?:小姐|姑娘|少爷|公子|丫头))"
    return re.compile(_RELATION_SUBJECT[lang].format(n=n, r=r))


# What follows a pet name used as a subject: a verb or copula (en), a particle (ja, ko).
_PET_SUBJECT_AFTER = {"en": re.compile(r"^(?:s|is|was|has|turned|stands|lives|works|comes)\b"),
                      "ja": re.compile(r"^(?:は|が|も|って|の)"),
                      "ko": re.compile(r"^(?:는|은|가|이|도|의)(?: |$)")}


def _pet_name_subject(text: str, prep: PreparedTruth, lang: str) -> str | None:
    """A short or pet name of the character's own name as the clause's subject ("Marc is 34", "Hale's
    34", "小梅今年28岁", "健ちゃんは41歳", "훈이는 25살", "김씨는"): the character spoken of by others."""
    for pet in pet_names_of(prep.truth.character_name, lang):
        if not text.startswith(pet) or pet in prep.names:
            continue
        rest = text[len(pet):].lstrip()
        if lang == "zh":
            if rest and not rest.startswith(("的", "，", "啊", "呀")):
                return pet
        elif lang in _PET_SUBJECT_AFTER and _PET_SUBJECT_AFTER[lang].match(rest):
            return pet
    return None


def _name_as_label(ans: Answer, prep: PreparedTruth) -> str | None:
    """"大河内蓮、寿司職人。函館生まれ。", "Declan, a fiddle teacher, hails from Galway.": the full name
    standing alone as a clause, and not one first-person word in the answer: a profile recited or
    the character described, not the character speaking. (A self-naming character may open with
    its name: "ももか、6さい！")"""
    if prep.truth.self_name or len(ans.clauses) < 2 or not prep.names:
        return None
    # (a name that is also a word of address, said after the answer, speaks to the listener: a card
    # called "Sugar" or "Partner" answering "Bath, partner, next month")
    address = address_words(ans.language, prep)
    full = next((n for n in prep.names if len(n) >= 3 and any(c.text == n and (i == 0 or n not in address)
                                                             for i, c in enumerate(ans.clauses[:2]))), None)
    if full is None:
        return None
    lang = ans.language
    if cue_in_text(ans.canon, lang, "first_person") or cue_in_text(ans.canon, lang, "second_person"):
        return None
    return f"speaks of the character from outside ('{full}', then a description)"


@lru_cache(maxsize=1024)
def _surname_pattern(surnames: tuple[str, ...]) -> re.Pattern[str]:
    titles = alternation(cues("ja").get("titles"))
    s2 = alternation([s for s in surnames if len(s) >= 2]) or "(?!)"
    return re.compile(rf"(?:{s2})(?:{alternation(_HONORIFICS['ja'])}|の(?:{JA_RELATIONS}))"
                      rf"|(?:{titles})の(?:{alternation(surnames)})(?:さん|くん)?(?:は|が|も|の)")


def _surname_from_outside(ans: Answer, prep: PreparedTruth) -> str | None:
    """The character's family name with an honorific, a relative or a title ("久世さんの相棒は",
    "久世の娘の凛は", "店長の森は"): somebody else speaking of the character. (Relatives share the
    name, so it is not read alone.)"""
    if not prep.surnames or any(s in a.norm for alts in prep.items for a in alts for s in prep.surnames):
        return None
    m = _surname_pattern(prep.surnames).search(ans.canon)
    return m.group(0) if m else None
