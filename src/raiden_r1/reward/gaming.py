"""Anti-gaming rules of the VRAR reward about who speaks (docs/reward.md, families 3-6): out of
character in any disguise, wrappers and echoes of the prompt, speaking as another person or of the
character from outside. (Competing values, dumps and repetition: hedges.py; the wrong language in
the same script: language_check.py.) Each is a small function on the analysed answer
(analysis.py), so ``raiden-r1 reward explain`` can say exactly which one fired.

Disguises are undone before any rule runs (raiden_r1.canon: zero-width characters, homoglyphs,
full width, traditional characters, kana); spaced letters ("A I", "a.i.") are joined here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical, find_term, match_form

from .analysis import Answer, cue_in_text as clause_cue_text
from .lexicon import _entries, _load_yaml, cues
from .matching import PreparedTruth
from raiden_r1.data.perspective import name_forms
from .similarity import content_units

# ---- out of character ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _ooc() -> dict[str, dict[str, tuple[str, ...]]]:
    data = _load_yaml("ooc")
    return {kind: {lang: _entries(words, f"lexicon/ooc.yaml: {kind}: {lang}") for lang, words in table.items()}
            for kind, table in data.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ooc_patterns() -> list[tuple[str, re.Pattern[str]]]:
    o = _ooc()
    phrases = [p for ws in o["phrases"].values() for p in ws]
    latin = [p for p in phrases if p.isascii()]
    cjk = [p for p in phrases if not p.isascii()]
    pats = [("phrase", re.compile(rf"(?<![a-z0-9])(?:{_alt(latin)})(?![a-z0-9])")),
            ("phrase", re.compile(_alt(cjk)))]
    nouns, pre, suf = o["ai_nouns"], o["self_prefixes"], o.get("self_suffixes", {})
    art = r"(?:(?:a|an|the|just|only|merely|simply|actually|really|not|1|real)\s)*"
    pats.append(("self", re.compile(rf"(?<![a-z0-9])(?:{_alt(pre['en'])})\s{art}(?:{_alt(nouns['en'])})(?![a-z0-9])")))
    for lang in ("zh", "ja", "ko"):
        n = _alt(nouns[lang] + nouns["en"])
        measure = r"(?:一个|一名|个|一款|一种|1个|1名|1款|1种|1段|一段|ただの|그냥\s?|단지\s?)?"
        pats.append(("self", re.compile(rf"(?:{_alt(pre[lang])})\s?{measure}\s?(?:{n})(?![a-z])")))
        if lang in suf:
            pats.append(("self", re.compile(rf"(?<![a-z])(?:{n})\s?(?:{_alt(suf[lang])})")))
    return pats


_SPACED_RUN = re.compile(r"(?:\S \S ){2,}")
_LETTER_PAIR = re.compile(r"(?<!\S)\S \S(?!\S)")
_SPACED_HANGUL = re.compile(r"(?<![가-힣])(?:[가-힣] ){3,}[가-힣](?![가-힣])")
_SINGLE_LETTERS = re.compile(r"(?<![a-z0-9])((?:[a-z] ){1,12}[a-z])(?![a-z0-9])")


def _join(run: str) -> str:
    if run in ("a i", "i a"):
        return run.replace(" ", "") if run == "a i" else run
    # "a p r o g r a m": the article stays, the spelled word is joined.
    if run.startswith(("a ", "i ")) and run.count(" ") >= 3:
        return run[:2] + run[2:].replace(" ", "")
    return run.replace(" ", "") if run.count(" ") >= 2 else run


def _joined_letters(text: str) -> str:
    """"as an a i" -> "as an ai", "a p r o g r a m" -> "a program": spaced letters joined."""
    return _SINGLE_LETTERS.sub(lambda m: _join(m.group(1)), text)


# Wrappers, judged on the answer as written (punctuation matters there).
_FENCE = re.compile(r"```|~~~")
_TABLE = re.compile(r"(?m)^\s*\|.*\|.*\||^\s*\|?\s*:?-{3,}:?\s*\|")
_JSON = re.compile(r"^\s*[\[{]\s*[\"'{\[]|\{\s*\"[^\"]{1,40}\"\s*:")
_MARKUP = re.compile(r"</?[A-Za-z_][\w-]{0,20}>|\[/?(?:answer|response|reply|character|in character)\]", re.IGNORECASE)
_LABEL = re.compile(r"(?m)^\s*[*_#>\-\s]*([^\n:：*]{1,24}?)\s*[*_]*\s*(?:[(（][^)）\n]{0,60}[)）]\s*)?[:：]")
_BRACKET_LABEL = re.compile(r"(?m)^\s*[【\[〔(（]([^】\]〕)）\n]{1,16})[】\]〕)）]")
_SPEAKER_QUOTE = re.compile(r"^\s*([^\s「『\"“]{1,16})\s*[「『\"“]")


@lru_cache(maxsize=4096)
def _label_words(names: tuple[str, ...]) -> frozenset[str]:
    # a Latin surname alone labels a script line too ("Rumbold: 188 cm"), though it is no name
    # form (relatives share it: "my brother Tom Callahan is a cop" is not narration)
    surnames = {n.rsplit(" ", 1)[-1] for n in names if n.isascii() and " " in n}
    return frozenset(w for ws in _ooc()["labels"].values() for w in ws) | frozenset(names) | surnames


def wrapper(raw: str, prep: PreparedTruth) -> str | None:
    """A script label, form field, JSON, code block or table around the answer."""
    if _FENCE.search(raw):
        return "wrapped in a code block"
    if _TABLE.search(raw):
        return "wrapped in a table"
    if _JSON.search(raw):
        return "wrapped in JSON"
    if "<" in raw or "[" in raw:
        m = _MARKUP.search(raw)
        if m:
            return f"wrapped in markup ('{m.group(0)}')"
    labels = _label_words(prep.names)
    m = _BRACKET_LABEL.search(raw[:200])
    if m:
        label = canonical(m.group(1))
        if label in labels or any(w in label for w in labels if len(w) >= 2 and not w.isascii()) or any(
                f" {n} " in f" {label} " or (not n.isascii() and n in label) for n in prep.names):
            return f"labelled like a script ('{m.group(0).strip()}')"
    m = _SPEAKER_QUOTE.match(raw)
    if m:
        speaker = canonical(m.group(1))
        named = any(speaker == n or speaker.startswith(n) for n in prep.names) or speaker in prep.short_names
        # A character that speaks of itself by name may open "ここな「…」"; its full name with a
        # surname before a quote is still a script line.
        full = bool(prep.surnames) and speaker.replace(" ", "") == prep.names[0].replace(" ", "")
        if named and (not prep.truth.self_name or full):
            return f"written as a script line ('{m.group(1)}' + quote)"
    field = _question_field(raw, prep)
    if field:
        return f"labelled like a form field ('{field}:')"
    dash = _DASH_LABEL.match(raw)
    if dash and canonical(dash.group(1)) in labels:
        return f"labelled like a script or a form ('{dash.group(1).strip()} —')"
    if ":" in raw or "：" in raw:
        for m in _LABEL.finditer(raw[:2000]):
            label = canonical(m.group(1))
            label = label if " " not in label else _joined_letters(label)
            # A speaker label holding the character's name ("The Great Zambrano (grandly): ...").
            # A comma makes it a sentence ("Rumbold remembers, sir: ..."), not a speaker label.
            named = len(label.split(" ")) <= 4 and "," not in m.group(1) and any(
                f" {n} " in f" {label} " for n in prep.names)
            if label in labels or named or label in prep.short_names or any(label.endswith(w) for w in labels if len(w) >= 2 and not w.isascii()):
                return f"labelled like a script or a form ('{m.group(1).strip()}:')"
    return None


_DASH_LABEL = re.compile(r"^\s*([^\n—–:：]{1,24}?)\s*[—–]+\s*\S")


def _question_field(raw: str, prep: PreparedTruth) -> str | None:
    """An answer opening with the question's own words as a field label ("Favourite ingredient:
    saffron" asked for the favourite ingredient, "ポジション：ピッチャー", "최애 색깔: 초록"): a form
    filled in, not the character speaking. A label with a pronoun is speech ("My answer: ...")."""
    m = _LABEL.match(raw)
    if m is None:
        # a dash only with a bare value after it ("Instrument played — cello"), not a sentence
        m = _DASH_LABEL.match(raw)
        rest = canonical(raw[m.end() - 1:]) if m else ""
        if m is None or (len(rest.split(" ")) > 3 if rest.isascii() else len(rest) > 8):
            return None
    if not prep.question_units:
        return None
    label = canonical(m.group(1))
    if not label or (len(label.split(" ")) > 4 if label.isascii() else len(label.replace(" ", "")) > 10):
        return None
    if any(find_term(match_form(label), a) != -1 for alts in prep.items for a in alts):
        return None  # "Caspar got the job — ...": the keyword itself is no label
    lang = prep.language
    if any(clause_cue_text(label, x, k) for x in {lang, "en"} for k in ("first_person", "second_person")):
        return None
    if content_units(label) & prep.question_units or (not label.isascii() and label.replace(" ", "") in prep.question_norm):
        return m.group(1).strip()  # (kana words have no content units: "ぽじしょん" is found whole)
    return None


def _other_identity_patterns(names: tuple[str, ...], self_name: bool = False) -> list[re.Pattern[str]]:
    n = _alt(names) if names else "(?!)"
    # "こはるの柴犬は…" is how a character who speaks of itself by name says "my shiba".
    n_other = "(?!)" if self_name else n
    return [
        re.compile(rf"(?<![a-z])(?:i m|i am|im|speaking as|this is)\s(?:(?:her|his|their)\s(?!own)|(?:{n}) s\s)"),
        # "as his mother, ..." speaks as her; "as Rumbold's old bosun used to say" quotes someone
        re.compile(rf"(?<![a-z])as\s(?:(?:her|his|their)\s(?!own)|(?:{n}) s\s)(?!(?:\S+\s){{0,4}}(?:used to say|would say|says|said|"
                   rf"puts it|put it|calls it|called it|told me|tells me)\b)"),
        re.compile(rf"(?:我是|作为|身为)(?:她|他|{n})的"),
        re.compile(rf"(?:{n_other}|彼女|彼)(?:ちゃん|さん|くん|様)?の[^\s]{{1,6}}?(?:です|として|でございます|だよ)"),
        re.compile(rf"(?:{n})(?:ちゃん|さん|くん|様)?の(?:{_JA_RELATIONS})(?!の)"),
        re.compile(rf"(?:저는|나는|전|난)\s?(?:{n}|그녀|그)의"),
        re.compile(rf"(?:저는|나는|전|난|저)\s?(?:{n})(?:이|의)?\s?(?:{_KO_RELATIONS})(?![가-힣])"),
        re.compile(rf"(?:저는|나는|전|난|저)\s?(?:{n})(?:이|의)?\s?(?:{_KO_RELATIONS})(?=이|인|가|은|는|예요|이에요|입니다|이야|야)"),
        re.compile(rf"(?:{n}|그녀|그)의\s?[^\s]{{1,6}}?(?:로서|입니다|이에요|예요)"),
    ]


_JA_RELATIONS = "母|父|妻|夫|兄|姉|弟|妹|息子|娘|友達|親友|相棒|まねーじゃー|先輩|後輩|先生|上司|部下|同僚|ぺっと|飼い主|主人"
_KO_RELATIONS = "남편|아내|엄마|아빠|어머니|아버지|언니|오빠|누나|형|동생|딸|아들|친구|절친|매니저|팀장님?|선배|후배|선생님|주인"


@lru_cache(maxsize=4096)
def _identity_cached(names: tuple[str, ...], self_name: bool) -> list[re.Pattern[str]]:
    return _other_identity_patterns(names, self_name)


# Speech quoted inside narration: '"Thirty-four," he mutters', '「函館っす」と彼は答えた', '“…”她笑道'.
_NARRATED_SPEECH = re.compile(
    r"[\"”」』]\s*,?\s*(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|mutters|muttered|replies|replied|answers|answered|"
    r"whispers|whispered|laughs|laughed|grins|grinned|smiles|smiled|adds|added|shrugs|shrugged|sighs|sighed)\b"
    r"|[」』]\s*と\s*(?:彼|彼女|[^\s、。「」]{1,6}?)(?:は|が)\s*(?:答え|言っ|言う|笑っ|呟い|つぶやい|返し)"
    r"|[”\"」』]\s*(?:他|她|[\u4e00-\u9fff]{1,3})(?:说道|说|答道|笑道|回答|嘟囔)"
    r"|[”\"」』]\s*(?:라고|하고)\s*(?:그녀|그|[가-힣]{1,4})(?:가|는|이)\s*(?:말했|대답했|웃었|중얼거렸)")
_STAGE = re.compile(r"[*＊（(]([^*＊）)]{1,80})[*＊）)]")


def _narrated_scene(raw: str, prep: PreparedTruth) -> str | None:
    """A scene told by a narrator, the character's words quoted inside it, or a stage direction
    that names the character ("*Tobias looks up*", "（蓮は包丁を置いて）"): not the character speaking."""
    m = _NARRATED_SPEECH.search(raw[:2000])
    if m:
        return f"narrates the scene ('{m.group(0).strip()}')"
    for d in _STAGE.finditer(raw[:2000]):
        inner = canonical(d.group(1))
        name = next((n for n in prep.names if len(n) >= 2 and n in inner), None)
        if name:
            return f"narrates the scene ('{d.group(0)}')"
    return None


def out_of_character(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the final answer steps out of the role, or None: the model or narrator speaking, the
    prompt echoed, another person of the profile speaking, a wrapper."""
    raw = ans.raw
    w = wrapper(raw, prep)
    if w:
        return w
    scene = _narrated_scene(raw, prep)
    if scene:
        return scene
    text = ans.canon
    variants = [text, _joined_letters(text)] if text.isascii() or re.search("[a-z] [a-z]", text) else [text]
    if "  " in raw and len(_LETTER_PAIR.findall(raw)) >= 2:  # "A s  a n  A I": words two spaces apart, letters one
        variants.append(canonical(" ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", raw))))
    if _SPACED_HANGUL.search(text):  # "인 공 지 능 으 로 서"
        variants.append(_SPACED_HANGUL.sub(lambda m: m.group(0).replace(" ", ""), text))
    for t in variants:
        for kind, pat in _ooc_patterns():
            m = pat.search(t)
            if m:
                return f"out of character ('{m.group(0).strip()}')"
    for pat in _identity_cached(prep.names, prep.truth.self_name):
        m = pat.search(text)
        if m:
            return f"speaks as another person ('{m.group(0).strip()}')"
    intro = _introduces_someone_else(ans, prep) or _claims_to_be_another(ans, prep) or _claims_a_role(ans, prep)
    if intro:
        return intro
    return narrated_by_name(ans, prep)


_HONORIFICS = {"ja": ("ちゃん", "さん", "くん", "君", "様", "さま", "先生", "殿"),
               "ko": ("양", "씨", "님", "군"),
               "zh": ("老师", "船长", "先生", "小姐", "女士", "医生", "大夫", "师傅", "队长", "老板", "大哥", "大姐", "哥", "姐",
                      "同学", "阿姨", "叔")}
_KO_TITLE_SUBJECT = re.compile("(?:형사|교수|작가|기자|팀장|사장|대표|선생|선배|원장|박사|과장|부장|대리|실장|감독|선수|학생)"
                               "(?:님)?(?:은|는|이|가|의|께서)(?![가-힣])")
_KO_OWNED = re.compile(rf"(?:{'|'.join(['강아지', '고양이', '아빠', '엄마', '아버지', '어머니', '언니', '오빠', '누나', '형', '동생', '친구', '남편', '아내', '딸', '아들'])})(?:은|는|이|가|의|예요|이에요|야|입니다|$)")
_KO_SELF_INTRO = re.compile(rf"(?:저는|나는)\s?(?:[^\s]+\s){{0,2}}(?:{_KO_RELATIONS})\s[가-힣]{{1,4}}(?:이에요|예요|입니다|이야|야)")
_ZH_SELF_INTRO = re.compile(r"我是(?:他|她|[\u4e00-\u9fff]{1,2}(?:大爷|大妈|爷爷|奶奶|老师|师傅|师父|先生|阿姨|叔叔|大哥|大姐))(?:的)?(?:老伴|妻子|丈夫|老公|老婆|经纪人|队友|朋友|同学|助理|妈妈|爸爸|女儿|儿子|哥哥|"
                            r"姐姐|弟弟|妹妹|邻居|同事|师傅|徒弟|搭档|教练|学生|经理)")
# "아들 준호입니다": a relation and a name with no particle opening the answer, the formula of a
# self-introduction (an answer about that relative would say "아들은 준호입니다").
_KO_BARE_INTRO = re.compile(rf"^({_KO_RELATIONS})\s[가-힣]{{2,4}}(?:입니다|이에요|예요|이옵니다)$")
_JA_SELF_INTRO = re.compile(r"^[^\s]{1,10}の[^\s]{1,6}(?:です|でございます|と申します|っす|じゃ|だ|や)$")


def _other_forms(others: tuple[str, ...], surnames: tuple[str, ...]) -> tuple[str, ...]:
    """Name forms of the profile's other people, plus the given name of a relative who shares the
    character's surname ("久世美弥子" -> "美弥子")."""
    out = [f for o in others for f in name_forms(o)]
    for o in others:
        c = canonical(o).replace(" ", "")
        out += [c[len(s):] for s in surnames if c.startswith(s) and len(c) - len(s) >= 2]
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _other_claim_pattern(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """"I'm Pretzel", "我是陈默", "저 호떡이다옹", "이옥자예요", "さくらです", "林秀英在此", "Dan here": the
    speaker names itself as one of the profile's other people or animals (not "我是陈默的妻子")."""
    forms = sorted({f for f in forms if len(f) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    n = "|".join(re.escape(f) for f in forms)
    return re.compile(
        rf"(?<![a-z])(?:i m|i am|this is|it s me)\s(?:{n})(?:$|\s(?:and|but|here|speaking|reporting))"
        rf"|^(?:{n})\s(?:here|speaking)\b"
        rf"|(?:我是|我就是|我叫|本人|在下)(?:{n})(?![的之家])"
        rf"|^(?:{n})(?:在此|是也|这厢)"
        rf"|^(?:저는|나는|전|난|저|나)?\s?(?:{n})(?:이에요|예요|입니다|이야|야|이다|이옵니다|이라고 해요|라고 해요)"
        # "妻の美弥子です": a relation before the name introduces the speaker as that person ("私の妻の…" does not)
        rf"|^(?:私は|わたしは|わたくしは|僕は|俺は|あたしは)?\s?(?:(?!私|わたし|僕|俺|あたし|うち)\S{{1,4}}の)?(?:{n})"
        rf"(?:です|でございます|と申します|だよ|だ(?![ぁ-ゖ])|っす)")


# Profile values read as names that are not ("대학 동기)", "없음", "无"): left out of the claim check.
_NOT_A_NAME = re.compile(r"[()（）\[\]、,，/]|^(?:없음|없다|无|没有|なし|none|n/a|-)$", re.IGNORECASE)


def _claims_to_be_another(ans: Answer, prep: PreparedTruth) -> str | None:
    # A question for one person's name ("陈默" is the answer, not a claim): that person is left out,
    # the others of the profile still are not the speaker ("我是林国栋，我们家狗叫小白").
    others = tuple(o for o in prep.truth.others if not _NOT_A_NAME.search(o) and not any(
        n in a.norm or a.norm in n for alts in prep.items for a in alts for n in name_forms(o)))
    if not others:
        return None
    pat = _other_claim_pattern(_other_forms(others, prep.surnames))
    if pat is None:
        return None
    for cl in ans.clauses[:4]:
        m = pat.search(cl.text)
        if m:
            return f"speaks as another person ('{m.group(0).strip()}')"
    return None


# "I'm your son", "我就是你儿子", "私はあなたの息子です", "저는 당신 아들이에요": the speaker as the very
# person the question asks about ({rel}); the possessor is optional ("I'm the son").
_ASKED_RELATION_CLAIM = {
    "en": r"(?<![a-z])(?:i m|i am|it s me|this is)\s(?:(?:your|the|his|her|their)\s)?(?:own\s)?{rel}(?![a-z])",
    "zh": r"我(?:就|才|正|便)?是(?:你|您|他|她)?(?:的|家)?(?:那个)?{rel}",
    "ja": r"(?:^|私|わたし|僕|ぼく|俺|おれ|あたし|わたくし)(?:は|が)?(?:あなた|君|きみ|お前|おまえ)?の?{rel}(?:です|でございます|だ|や|っす|なんです)",
    "ko": r"(?:저는|나는|전|난|제가|내가)\s?(?:당신|너|네|댁)?(?:의)?\s?{rel}(?:이에요|예요|입니다|이야|야|이다|이라고요|라고요)",
}
# "我是饲养员", "저는 스텔라핀 매니저입니다", "I'm the keeper": a companion role claimed by the speaker.
_ROLE_CLAIM = {
    "en": r"(?<![a-z])(?:i m|i am|this is)\s(?:\S+\s){{0,2}}?(?:{role})(?![a-z])",
    "zh": r"我(?:就|才)?是(?:\S{{0,4}}?的)?(?:{role})",
    "ja": r"(?:私|わたし|僕|ぼく|俺|おれ|あたし|わたくし)(?:は|が)(?:\S{{0,8}}?の)?(?:{role})",
    "ko": r"(?:저는|나는|전|난|제가|내가)\s(?:\S+\s){{0,2}}?(?:{role})(?:이에요|예요|입니다|이야|야|이다|이고|고)",
}


def _claims_a_role(ans: Answer, prep: PreparedTruth) -> str | None:
    """The speaker claims to be the person the question asks about ("我就是你儿子" asked about the
    user's son), or a companion of the character (a keeper, a manager) in an answer that names the
    character: another person speaking."""
    lang = ans.language if ans.language in _ROLE_CLAIM else None
    if lang is None:
        return None
    said = " ".join(c.text for c in ans.clauses[:3])
    golden = prep.answer_norm + " " + " ".join(a.norm for alts in prep.items for a in alts)
    for rel in sorted(prep.question_relations, key=len, reverse=True):
        pat = re.compile(_ASKED_RELATION_CLAIM[lang].format(rel=re.escape(rel)))
        m = pat.search(said)
        if m and not pat.search(prep.answer_norm):  # the gold answer says so itself: the character is that person
            return f"speaks as another person ('{m.group(0).strip()}')"
    roles = [r for r in cues(lang).get("companion_roles") if r not in golden]
    if not roles or not prep.names:
        return None
    m = re.search(_ROLE_CLAIM[lang].format(role=_alt(roles)), said)
    if m and any(n in ans.canon[:m.start()] + " " + ans.canon[m.end():] for n in prep.names):
        return f"speaks as another person ('{m.group(0).strip()}')"
    return None


def _introduces_someone_else(ans: Answer, prep: PreparedTruth) -> str | None:
    """An answer that opens by introducing its speaker as somebody else of the profile ("我是他老伴王秀芹",
    "저는 팀장님 딸 다온이에요", "妻の美弥子です。主人とは…")."""
    text = ans.canon
    for pat in (_KO_SELF_INTRO, _ZH_SELF_INTRO):
        m = pat.search(text)
        if m:
            return f"speaks as another person ('{m.group(0)}')"
    if ans.language == "ko" and ans.clauses:
        m = _KO_BARE_INTRO.match(ans.clauses[0].text)
        if m and m.group(1) not in prep.question_relations:
            return f"speaks as another person ('{m.group(0)}')"
    if ans.language == "ja" and len(ans.clauses) > 1:
        first = ans.clauses[0]
        if _JA_SELF_INTRO.match(first.text) and not any(
                ans.clause_index(p) == 0 for alts in prep.items for a in alts for p in ans.find(a)):
            return f"speaks as another person ('{first.text}')"
    return None


def narrated_by_name(ans: Answer, prep: PreparedTruth) -> str | None:
    """The character's own name used as a third-person subject or possessive anywhere in the answer
    ("Maisie's dad is ...", "叶知秋平时喜欢...", "久世晴臣は既婚者だ", "한봄 양은 ..."), or with an
    honorific ("颯太くん", "叶老师"). A character whose profile says it speaks of itself by name may
    say "Pip was born here!", but not with an honorific ("ここなちゃんは" is somebody else talking)."""
    from .voice import name_subject

    if any(n in a.norm or a.norm in n for alts in prep.items for a in alts for n in prep.names):
        return None  # a name question: the name is the answer
    lang = ans.language if ans.language in _HONORIFICS or ans.language == "en" else "en"
    names = prep.names
    # Surname + title for Chinese names ("叶老师"): the first character of a 2-4 character name.
    if lang == "zh":
        names = names + tuple(n[0] + t for n in names[:1] if 2 <= len(n) <= 4 for t in (*_HONORIFICS["zh"][:11], "同学", "老爷子", "老太太", "老先生"))
    if lang == "en" and prep.names and " " in prep.names[0] and prep.names[0].isascii():
        # "the dog of the Callahan family": the family named from outside (the character says "our")
        family = prep.names[0].rsplit(" ", 1)[-1]
        if re.search(rf"(?<![a-z])the {re.escape(family)}s? (?:family|household|kid|girl|boy)(?![a-z])", ans.canon):
            return f"speaks of the character from outside ('the {family} family')"
        # "Miss Callahan grew up in Duluth": a title and the family name, as others address the character
        m = re.search(rf"(?<![a-z])(?:mr|mrs|miss|ms|mx|dr|madam|madame|sir|lady|master|mister) {re.escape(family)}(?![a-z])",
                      ans.canon)
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
            if lang == "ko" and _KO_TITLE_SUBJECT.match(rest) and len(n) >= 2:
                # "한지훈 형사는 …" narrates; "저는 한지훈 형사입니다" introduces oneself
                return f"speaks of the character from outside ('{n} {rest[:4]}')"
            if n not in prep.names:
                return f"speaks of the character from outside ('{n}')"
        if not prep.truth.self_name:
            name = name_subject(cl.text, prep, lang, None)
            if name:
                return f"narrates the character in the third person ('{name}')"
            if lang == "zh" and any(cl.text.startswith(n) and cl.text != n and not cl.text[len(n):].startswith(("，", "啊"))
                                    for n in prep.names if len(n) >= 2):
                return f"narrates the character in the third person ('{cl.text[:6]}')"
    return None


def _name_as_label(ans: Answer, prep: PreparedTruth) -> str | None:
    """"大河内蓮、寿司職人。函館生まれ。", "Declan, a fiddle teacher, hails from Galway.": the full name
    standing alone as a clause, and not one first-person word in the answer: a profile recited or
    the character described, not the character speaking. (A self-naming character may open with
    its name: "ももか、6さい！")"""
    if prep.truth.self_name or len(ans.clauses) < 2 or not prep.names:
        return None
    full = next((n for n in prep.names if len(n) >= 3 and any(c.text == n for c in ans.clauses[:2])), None)
    if full is None:
        return None
    lang = ans.language
    if clause_cue_text(ans.canon, lang, "first_person") or clause_cue_text(ans.canon, lang, "second_person"):
        return None
    return f"speaks of the character from outside ('{full}', then a description)"


@lru_cache(maxsize=1024)
def _surname_pattern(surnames: tuple[str, ...]) -> re.Pattern[str]:
    titles = _alt(cues("ja").get("titles"))
    s2 = _alt([s for s in surnames if len(s) >= 2]) or "(?!)"
    return re.compile(rf"(?:{s2})(?:{_alt(_HONORIFICS['ja'])}|の(?:{_JA_RELATIONS}))"
                      rf"|(?:{titles})の(?:{_alt(surnames)})(?:さん|くん)?(?:は|が|も|の)")


def _surname_from_outside(ans: Answer, prep: PreparedTruth) -> str | None:
    """The character's family name with an honorific, a relative or a title ("久世さんの相棒は",
    "久世の娘の凛は", "店長の森は"): somebody else speaking of the character. (Relatives share the
    name, so it is not read alone.)"""
    if not prep.surnames or any(s in a.norm for alts in prep.items for a in alts for s in prep.surnames):
        return None
    m = _surname_pattern(prep.surnames).search(ans.canon)
    return m.group(0) if m else None


__all__ = ["narrated_by_name", "out_of_character", "wrapper"]
