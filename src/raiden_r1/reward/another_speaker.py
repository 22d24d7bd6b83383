"""Another person of the profile speaking instead of the character (docs/reward.md, family 4):
speaking as someone's relative ("I'm her mother", "我是他的…", "저는 … 아내"), naming itself as one
of the profile's other people or animals ("I'm Pretzel", "我是陈默", "さくらです"), claiming to be the
person the question asks about or a companion ("我就是你儿子", "I'm the keeper"), or opening with
another speaker's self-introduction ("妻の美弥子です", "아들 준호입니다"). gaming.out_of_character
asks these after its own lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical
from raiden_r1.data.people import person_forms

from .first_of import Guarded, guard_of
from .analysis import Answer
from .lexicon import cues
from .matching import PreparedTruth
from .outside import JA_RELATIONS, alternation
from .servant_voice import servant_voice


def _other_identity_patterns(names: tuple[str, ...], self_name: bool = False) -> list[re.Pattern[str]]:
    n = alternation(names) if names else "(?!)"
    # "こはるの柴犬は…" is how a character who speaks of itself by name says "my shiba".
    n_other = "(?!)" if self_name else n
    return [
        re.compile(rf"(?<![a-z])(?:i m|i am|im|speaking as|this is)\s(?:(?:her|his|their)\s(?!own)|(?:{n}) s\s)"),
        # "as his mother, ..." speaks as her; "as Rumbold's old bosun used to say" quotes someone
        re.compile(rf"(?<![a-z])as\s(?:(?:her|his|their)\s(?!own)|(?:{n}) s\s)(?!(?:\S+\s){{0,4}}(?:used to say|would say|says|said|"
                   rf"puts it|put it|calls it|called it|told me|tells me)\b)"),
        re.compile(rf"(?:我是|作为|身为)(?:她|他|{n})的"),
        re.compile(rf"(?:{n_other}|彼女|彼)(?:ちゃん|さん|くん|様)?の[^\s]{{1,6}}?(?:です|として|でございます|だよ)"),
        re.compile(rf"(?:{n})(?:ちゃん|さん|くん|様)?の(?:{JA_RELATIONS})(?!の)"),
        re.compile(rf"(?:저는|나는|전|난)\s?(?:{n}|그녀|그)의"),
        re.compile(rf"(?:저는|나는|전|난|저)\s?(?:{n})(?:이|의)?\s?(?:{_KO_RELATIONS})(?![가-힣])"),
        re.compile(rf"(?:저는|나는|전|난|저)\s?(?:{n})(?:이|의)?\s?(?:{_KO_RELATIONS})(?=이|인|가|은|는|예요|이에요|입니다|이야|야)"),
        # ("…돌보는 게 보리의 일이에요": a character who speaks of itself by name owns what follows)
        re.compile(rf"(?:{n_other}|그녀|그)의\s?[^\s]{{1,6}}?(?:로서|입니다|이에요|예요)"),
        # "나 도윤이 누나야", "내가 민수 형이야": a bare 나 or a subject 내가/제가 before the character's name
        # and a relation said with a copula (not "나 도윤이 형 있어": owning one)
        re.compile(rf"(?:^|\s)(?:나|내가|제가)\s(?:{n})(?:이|의)?\s?(?:{_KO_RELATIONS})"
                   rf"(?:이에요|예요|입니다|이야|야|이다|이오|요|인데|이고|이라고)(?![가-힣])"),
    ]


_KO_RELATIONS = "남편|아내|엄마|아빠|어머니|아버지|언니|오빠|누나|형|동생|딸|아들|친구|절친|매니저|팀장님?|선배|후배|선생님|주인"


@lru_cache(maxsize=4096)
def identity_patterns(names: tuple[str, ...], self_name: bool) -> list[Guarded]:
    # (guarded: a word-start look-behind in front makes a pattern slow to scan for; first_of.py)
    return [Guarded(p, guard_of(p.pattern)) for p in _other_identity_patterns(names, self_name)]


# ("저는 손녀 지아예요": the grandchildren and in-laws introduce themselves the same way)
_KO_SELF_INTRO = re.compile(rf"(?:저는|나는)\s?(?:[^\s]+\s){{0,2}}(?:{_KO_RELATIONS}|손자|손녀|며느리|사위|조카)\s[가-힣]{{1,4}}(?:이에요|예요|입니다|이야|야)")
_ZH_ROLES = (r"老伴|妻子|丈夫|老公|老婆|爱人|媳妇|经纪人|队友|朋友|同学|助理|秘书|管家|保姆|司机|妈妈|爸爸|女儿|儿子|哥哥|姐姐|弟弟|"
             r"妹妹|邻居|同事|师傅|徒弟|搭档|教练|学生|经理")
# "本人是老金的徒弟刘小川": a role of someone and a name after it introduce another speaker (a character
# who is 陈默's wife says "我是陈默的妻子" and no other name)
_ZH_NAMED_INTRO = re.compile(rf"(?:我|本人|在下|咱)(?:就)?是(?!你|您)[\u4e00-\u9fff]{{1,3}}?的(?:{_ZH_ROLES})([\u4e00-\u9fff]{{2,3}})")
# (any first-person word a speaker uses, dialect and humble ones too: "俺是她老伴", "奴家是他的丫鬟"; and the
# dialect words for a spouse, "俺是他屋里的王氏")
_ZH_SELF_INTRO = re.compile(r"(?:我|俺|咱|本人|在下|老身|奴家|小的|人家|老子|小女子)(?:就)?是(?:他|她|[\u4e00-\u9fff]{1,2}(?:大爷|大妈|爷爷|奶奶|老师|师傅|师父|先生|阿姨|叔叔|大哥|大姐)"
                            r")(?:的)?(老伴|妻子|丈夫|老公|老婆|爱人|媳妇|经纪人|队友|朋友|同学|助理|秘书|管家|保姆|"
                            r"司机|妈妈|爸爸|女儿|儿子|哥哥|姐姐|弟弟|妹妹|邻居|同事|师傅|徒弟|搭档|教练|学生|经理|"
                            r"屋里的|屋里人|屋里头的|家里的|内人|那口子|婆娘|男人|丫鬟|伙计)")
# "아들 준호입니다": a relation and a name with no particle opening the answer, the formula of a
# self-introduction (an answer about that relative would say "아들은 준호입니다").
_KO_BARE_INTRO = re.compile(rf"^({_KO_RELATIONS})\s[가-힣]{{2,4}}(?:입니다|이에요|예요|이옵니다)$")
_JA_SELF_INTRO = re.compile(r"^[^\s]{1,10}の[^\s]{1,6}(?:です|でございます|と申します|っす|じゃ|だ|や)$")


def _other_forms(others: tuple[str, ...], surnames: tuple[str, ...], own: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Name forms of the profile's other people, plus the given name of a relative who shares the
    character's surname ("久世美弥子" -> "美弥子") and the family name of a Latin one who does not
    ("Captain Ortiz speaking" for Ray Ortiz)."""
    out = [f for o in others for f in person_forms(o)]
    owned = " ".join(own)
    out += [w for o in others if o.isascii() and len(ws := canonical(o).split()) >= 2
            for w in ws[-1:] if len(w) >= 3 and w not in owned.split()]
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
        rf"|^(?:\S+\s)?(?:{n})\s(?:here|speaking)\b"
        rf"|^it s (?:{n})$"  # "It's Jenna." as a sentence of its own
        rf"|^(?:says|said|replies|replied|answers|answered) (?:{n})$"  # "…, says D-2.": the line given to them
        rf"|^(?:{n}),? (?:at your service|reporting|speaking|here)\b"
        # "我是药童阿福", "我是她徒弟满满": a word or two of who it is before the name
        # (not "在下的佩剑": 的 after the speaker owns what follows)
        rf"|(?:我是|我就是|我叫|本人|在下|我系|我就系)(?!的)[^\s，。的]{{0,4}}?(?:{n})(?![的之家])"
        rf"|^(?:{n})(?:在此|是也|这厢)"
        rf"|^(?:저는|나는|내는|전|난|저|나|이 몸은|이 몸이|소인은|소승은|소생은|쇤네는|본인은|과인은|이 할미는|이 늙은이는)?"
        rf"\s?(?:[가-힣]{{1,4}}\s)?(?:{n})(?:이에요|예요|입니다|이야|야|이다|다|이요|요|이오|오|이라오|라오|일세|이올시다|올시다|이옵니다|이라고 해요|라고 해요|이랑께|랑께|이당께|당께|이제|제|이라예|라예|이데이|데이|이유|유)(?![가-힣])"
        # (dialect copulas; 여 only ending its clause: "그대여, …" calls someone)
        rf"|^(?:저는|나는|내는|전|난|저|나)?\s?(?:[가-힣]{{1,4}}\s)?(?:{n})(?:이여|여|이여유|여유)$"
        rf"|^(?:저는|나는|전|난) ?(?:[가-힣]{{1,4}}\s)?(?:{n})(?:인데|이고)(?![가-힣])"  # "저는 형 박민호인데"
        # "田辺秀一は私です", "わらわは玉藻じゃ"
        rf"|^(?:{n})(?:さん)?は(?:私|わたし|僕|俺|あたし|わし|わらわ)(?:です|だ|じゃ)"
        rf"|^(?:わらわは|わしは|拙者は|あたくしは|それがしは|おいらは|拙僧は|愚僧は|小生は|某は|身共は|あっしは|わっちは|"
        rf"わては|僕は|俺は|おれは|ぼくは|わたくしは|私は|わたしは|あたしは)(?:{n})"
        rf"(?:じゃ|である|でござる|や|だ|です|と申す|と申します|と申し|にござる|でござい|っす)"
        # "妻の美弥子です": a relation before the name introduces the speaker as that person ("私の妻の…" does not)
        # ("みうのおにいちゃんの蒼太だよ": whose relation, then the relation)
        rf"|^(?:私は|わたしは|わたくしは|僕は|俺は|あたしは)?\s?(?:(?!私|わたし|僕|俺|あたし|うち)\S{{1,6}}?の){{0,2}}(?:{n})"
        rf"(?:です|でございます|と申します|だよ|だ(?![ぁ-ゖ])|っす|でーす|やで|じゃ)"
        # "美咲よ。", "ひなただよ！": the name and a sentence-final particle, a clause of its own
        rf"|^(?:{n})(?:よ|だよ|だわ|やで|やよ)$"
        rf"|^(?:{n})(?:だ|です)(?:わん|にゃん|にゃ|ぴょん|ちゅう|ちゅー|もー|こん|ぽん|けろ|ぶー|がう)"  # "コタロウだワン": the pet talking
        rf"|^(?:{n})(?:どす|だけど|やけど|でございます|でござる)"  # "小菊どす。", "陽太だけど、"
        rf"|^(?:あたしゃ|わたしゃ|わしゃ|おいら)\s?(?:\S{{1,4}}の)?(?:{n})"  # "あたしゃ女房のトメ"
        rf"|^(?:내는|나는|저는)\s?(?:[가-힣]{{1,4}}\s)?(?:{n})(?:이)?(?:다옹|다멍|다냥|다옹이|이다)"  # "나는 나비다옹"
        rf"|^(?:{n})(?:이)?(?:다옹|다멍|다냥|다옹이)(?![가-힣])"  # "나비다옹, 25살이다옹": the pet talking
        # "민수 형이에요": a person of the profile with their relation to the character
        rf"|^(?:{n}) ?(?:형|누나|언니|오빠|동생|엄마|아빠|아내|남편)(?:이에요|예요|입니다|이야|야|이다|이오|요)$")


# Profile values read as names that are not ("대학 동기)", "없음", "无"): left out of the claim check.
_NOT_A_NAME = re.compile(r"[()（）\[\]、,，/]|^(?:없음|없다|无|没有|なし|none|n/a|-)$", re.IGNORECASE)


def claims_to_be_another(ans: Answer, prep: PreparedTruth) -> str | None:
    # A question for one person's name ("陈默" is the answer, not a claim): that person is left out,
    # the others of the profile still are not the speaker ("我是林国栋，我们家狗叫小白").
    others = tuple(o for o in prep.truth.others if not _NOT_A_NAME.search(o) and not any(
        n in a.norm or a.norm in n for alts in prep.items for a in alts for n in person_forms(o)))
    if not others:
        return None
    pat = _other_claim_pattern(_other_forms(others, prep.surnames, prep.names))
    if pat is None:
        return None
    for i, cl in enumerate(ans.clauses[:4]):
        # (the clause splitter cuts "太一だけど" after the name: read it with the next clause too)
        joined = cl.text + ans.clauses[i + 1].text if i + 1 < len(ans.clauses) and ans.language == "ja" else None
        m = pat.search(cl.text) or (pat.search(joined) if joined else None)
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


def claims_a_role(ans: Answer, prep: PreparedTruth) -> str | None:
    """The speaker claims to be the person the question asks about ("我就是你儿子" asked about the
    user's son), or a companion of the character (a keeper, a manager) in an answer that names the
    character: another person speaking."""
    lang = ans.language if ans.language in _ROLE_CLAIM else None
    if lang is None:
        return None
    said = " ".join(c.text for c in ans.clauses[:3])
    golden = prep.answer_norm + " " + " ".join(a.norm for alts in prep.items for a in alts)
    # (a question claims nothing: "友人ですか？藤原清景でございます。" echoes the asked slot, then answers it)
    stated = " ".join(c.text for c in ans.clauses[:3] if not c.question)
    for rel in sorted(prep.question_relations, key=len, reverse=True):
        pat = re.compile(_ASKED_RELATION_CLAIM[lang].format(rel=re.escape(rel)))
        m = pat.search(stated)
        if m and not pat.search(prep.answer_norm):  # the gold answer says so itself: the character is that person
            return f"speaks as another person ('{m.group(0).strip()}')"
    roles = [r for r in cues(lang).get("companion_roles") if r not in golden]
    if not roles or not prep.names:
        return None
    m = re.search(_ROLE_CLAIM[lang].format(role=alternation(roles)), said)
    if m and any(n in ans.canon[:m.start()] + " " + ans.canon[m.end():] for n in prep.names):
        return f"speaks as another person ('{m.group(0).strip()}')"
    return None


_KO_INTRO_END = r"\s?(?:입니다|이에요|예요|이옵니다|이라고 합니다|라고 합니다|이라고 해요|라고 해요)"
_KO_MORE_RELATIONS = "손자|손녀|할머니|할아버지|외할머니|외할아버지|동료|비서|조카|며느리|사위"


@lru_cache(maxsize=1024)
def _name_intro_pattern(names: tuple[str, ...], lang: str) -> re.Pattern[str] | None:
    """"하은이 엄마입니다", "김판석 어르신의 손자이옵니다", "みなとの弟の湊です": the speaker introduced by
    its relation to the character, named."""
    n = alternation([x for x in names if len(x) >= 2])
    if not n:
        return None
    if lang == "ko":
        return re.compile(rf"^(?:저는|나는|전|난|소인은|제가)?\s?(?:{n})(?:이|의)?\s?(?:어르신의\s|님의\s|씨의?\s)?(?:{_KO_RELATIONS}|{_KO_MORE_RELATIONS}){_KO_INTRO_END}")
    if lang == "ja":
        return re.compile(rf"^(?:{n})(?:さん|くん|ちゃん|様|にいちゃん|ねえちゃん)?の(?:{JA_RELATIONS}|孫|祖母|祖父)(?:の[^\s]{{1,6}})?"
                          rf"(?:です|でございます|と申します|だよ|っす)")
    return None


def _names_relative_intro(ans: Answer, prep: PreparedTruth) -> str | None:
    # (the pattern holds a name of two characters or more: not compiled for answers that open without one)
    named = any(len(n) >= 2 and n in cl.text for cl in ans.clauses[:2] for n in prep.names)
    pat = _name_intro_pattern(prep.names, ans.language) if named and ans.language in ("ko", "ja") else None
    if pat is None:  # (a self-naming character says "하은이 엄마는 …", not "하은이 엄마입니다")
        return None
    for cl in ans.clauses[:2]:
        m = pat.match(cl.text)
        if m:
            return m.group(0)
    return None


def introduces_someone_else(ans: Answer, prep: PreparedTruth) -> str | None:
    """An answer that opens by introducing its speaker as somebody else of the profile ("我是他老伴王秀芹",
    "저는 팀장님 딸 다온이에요", "妻の美弥子です。主人とは…")."""
    text = ans.canon
    for pat in (_KO_SELF_INTRO, _ZH_SELF_INTRO):
        m = pat.search(text)
        # (not when the gold answer gives the character that very role: "我是老金的徒弟" asked whose apprentice)
        if m and not pat.search(prep.answer_norm):
            return f"speaks as another person ('{m.group(0)}')"
    m = _ZH_NAMED_INTRO.search(text) if ans.language == "zh" else None
    if m and not any(m.group(1) in n or n in m.group(1) for n in prep.names) and not _ZH_NAMED_INTRO.search(prep.answer_norm):
        return f"speaks as another person ('{m.group(0)}')"
    named = _names_relative_intro(ans, prep)
    if named:
        return f"speaks as another person ('{named}')"
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


# A go-between: someone answering for the character ("Mr Odell, speaking for the Captain", "替我家公子回话",
# "主人に代わってお答えします", "사장님 대신 말씀드리면"), a servant or a spouse introducing itself by its
# place in the household ("小的是书童阿福", "집사람입니더", "家内でございます"), or a stranger's sign-on
# ("Bolt speaking!"). {who}: the character's titles and names, or a word for one's master or spouse.
_FOR_WHOM = {"en": r"(?:the |my |our |your )?(?:{who}|master|mistress|lady|lord)",
             "zh": r"(?:我家|我们家|咱家)?(?:{who}|公子|老爷|少爷|小姐|主人|东家|掌柜)(?:的)?",
             "ja": r"(?:{who}|主人|ご主人|旦那様|旦那|お嬢様|奥様|主|社長|親方)(?:さん|様|さま)?",
             "ko": r"(?:{who}|주인|사장|어르신|선생)(?:님)?"}
_SPEAKS_FOR_WORDS = {"en": (" for ", " on behalf of "), "zh": ("替", "代"), "ja": ("代",), "ko": ("대신",)}
_SPEAKS_FOR = {"en": r"(?<![a-z])(?:speaking|answering|replying|talking|writing) (?:for|on behalf of) {w}(?![a-z])",
               "zh": r"(?:替|代|代替)(?:{w})(?:回话|回答|答话|作答|说|答)",
               "ja": r"{w}(?:に代わって|の代わりに|の代理で)",
               "ko": r"{w}\s?(?:을|를)?\s?대신(?:해서|하여|해)?\s?(?:말씀|대답|답|전해)"}
_HOUSEHOLD_INTRO = {
    "zh": re.compile(r"(?:^|[，。！])(?:小的|小人|奴婢|奴才|老奴|属下|我)(?:就)?是(?:[\u4e00-\u9fff]{0,4}的)?"
                     r"(?:书童|丫鬟|丫头|管家|仆人|小厮|随从|侍卫|家丁|长随|侍女|婢女|下人|跟班)"),
    "ja": re.compile(r"^(?:私は|わたくしは|あたしは)?(?:家内|女房|妻|嫁|主人|夫|亭主|執事|女中|使用人)"
                     r"(?:です|でございます|と申します|だ|や|っす|じゃ)$"),
    "ko": re.compile(r"^(?:저는|전|내는|나는)?\s?(?:집사람|안사람|마누라|와이프|바깥양반|남편|아내|며느리|비서|집사)"
                     r"(?:입니다|입니더|이에요|예요|이라예|라예|임다|이올시다|이오|이다|이데이|이랑께)$"),
}
# ... and then the character as a third party: "妻です" alone may answer "who is that?"
_MASTER_AFTER = {"zh": r"(?:我家|我们家|咱家)(?:公子|老爷|少爷|小姐|主人|东家|掌柜|先生|太太)",
                 "ja": r"(?:主人|夫|旦那|うちの人|亭主|家内|妻|女房|旦那様|奥様|お嬢様)(?:の|は|が)",
                 "ko": r"(?:우리|이|그|저|바깥)\s?(?:양반|영감|남편|집사람|안사람|마누라|사장님|어르신)"}
# (not "here": "Over here!", "Right here, in the bell tower")
_SIGN_ON = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:speaking|reporting)\s*[!.,:]")


def speaks_for(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language if ans.language in _SPEAKS_FOR else None
    if lang is None:
        return None
    who = alternation([*prep.titles, *prep.names, *prep.short_names]) if (prep.titles or prep.names) else "(?!)"
    said = " ".join(c.text for c in ans.clauses[:4])
    # (each pattern holds one of these words: without them the profile's pattern is not compiled)
    m = re.search(_SPEAKS_FOR[lang].format(w=_FOR_WHOM[lang].format(who=who)), said) \
        if any(w in said for w in _SPEAKS_FOR_WORDS[lang]) else None
    if m and not re.search(_SPEAKS_FOR[lang].format(w=_FOR_WHOM[lang].format(who=who)), prep.answer_norm):
        return f"speaks for the character ('{m.group(0).strip()}')"
    intro = _HOUSEHOLD_INTRO.get(lang)
    for cl in ans.clauses[:2] if intro else ():
        m = intro.search(cl.text)
        # (not when the character holds that place itself: its own role or its gold answer says so)
        if m is None:
            continue
        later = ans.canon[ans.canon.find(m.group(0)) + len(m.group(0)):]
        third = re.search(_MASTER_AFTER[lang], later) or any(n in later for n in (*prep.names, *prep.titles) if len(n) >= 2)
        if third and not intro.search(prep.answer_norm) and not any(w in canonical(prep.truth.role) for w in _place(m.group(0))):
            return f"speaks as another person ('{m.group(0).strip('，。！')}')"
    if (servant := servant_voice(ans, prep)) is not None:
        return servant
    m = _SIGN_ON.match(ans.raw.strip()) if lang == "en" else None
    if m and not any(canonical(m.group(1)) in n or n in canonical(m.group(1)) for n in (*prep.names, *prep.titles)):
        return f"speaks as another person ('{m.group(0).strip()}')"
    return None


def _place(intro: str) -> list[str]:
    return re.findall(r"书童|丫鬟|丫头|管家|仆人|小厮|随从|侍卫|家丁|长随|侍女|婢女|下人|跟班|家内|女房|妻|嫁|主人|夫|亭主|執事|女中|使用人|"
                      r"집사람|안사람|마누라|와이프|바깥양반|남편|아내|며느리|비서|집사", intro)
