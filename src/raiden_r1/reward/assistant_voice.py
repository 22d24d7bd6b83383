"""The assistant's voice around a correct answer (docs/reward.md, family 3, "assistant voice"): service
openers and closers ("Great question!", "还有什么可以帮你的吗？"), talk about playing the role ("I'll
answer as Marcus", "設定通り", "김지훈으로서 답하면"), and what an assistant calls itself beyond
ooc.yaml ("身为助理", "人工知能の私は", "인공지능인 저는", "GPT로서"). The phrases live in
lexicon/assistant_voice.yaml; gaming.out_of_character asks this after its own lists.

A character may serve customers or be a robot in its story: phrases a shop clerk or a robot says in
its own voice are left alone when the profile's role says so (see the YAML's comments).
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical

from .analysis import Answer
from .lexicon import _entries, _load_yaml
from .machine_card import in_world
from .matching import PreparedTruth
from .first_of import FirstOf, Guarded
from .outside import alternation


@lru_cache(maxsize=1)
def _table() -> dict:
    data = _load_yaml("assistant_voice")
    out: dict = {}
    for kind, value in data.items():
        where = f"lexicon/assistant_voice.yaml: {kind}"
        if isinstance(value, dict):
            out[kind] = {lang: _entries(words, f"{where}: {lang}") for lang, words in value.items()}
        elif kind == "self_nouns":
            out[kind] = tuple(_entries(group, where) for group in value)
        else:
            out[kind] = _entries(value, where)
    return out


def _any_language(kind: str) -> tuple[str, ...]:
    return tuple(w for words in _table()[kind].values() for w in words)


@lru_cache(maxsize=16)
def _phrase_pattern(kinds: tuple[str, ...]) -> FirstOf:
    words = [w for k in kinds for w in _any_language(k)]
    latin = alternation([w for w in words if w.isascii()]) or "(?!)"
    cjk = alternation([w for w in words if not w.isascii()]) or "(?!)"
    return FirstOf(rf"(?<![a-z0-9])(?:{latin})(?![a-z0-9])", cjk)


def _in_role(role: str, words: tuple[str, ...]) -> bool:
    text = f" {role} "
    return any((f" {w} " in text) if w.isascii() else (w in text) for w in words)


@lru_cache(maxsize=4096)
def _role_canon(role: str) -> str:
    return canonical(role) if role else ""


@lru_cache(maxsize=4096)
def _serves(role: str) -> bool:
    """The role serves customers (lexicon/assistant_voice.yaml: service_roles)."""
    return bool(role) and _in_role(_role_canon(role), _table()["service_roles"])


def _self_ooc() -> dict:
    from .gaming import _ooc  # (gaming imports this module: no cycle at import time)

    return _ooc()


# "an assistant manager", "a robot fan": the noun naming another thing, not the speaker
_EN_COMPOUND = r"(?!\s(?:manager|coach|director|editor|professor|chef|principal|teacher|producer|fan|kit|toy|to|at|of|in|for|with|on))"


@lru_cache(maxsize=256)
def _self_noun_pattern(nouns: tuple[str, ...]) -> Guarded | None:
    if not nouns:
        return None
    # (every branch holds one of the nouns: a text with none of them is not searched branch by branch)
    return Guarded(_self_noun_regex(nouns), re.compile(alternation(nouns)))


def _self_noun_regex(nouns: tuple[str, ...]) -> re.Pattern[str]:
    o = _self_ooc()
    pre, suf = o["self_prefixes"], o["self_suffixes"]
    latin = alternation([n for n in nouns if n.isascii()]) or "(?!)"
    every = alternation(nouns)
    art = r"(?:(?:a|an|the|your|this|just|only|merely|simply|actually|really|not|1)\s)*"
    return re.compile(
        rf"(?<![a-z0-9])(?:{alternation(pre['en'])})\s{art}(?:{latin})(?![a-z0-9]){_EN_COMPOUND}"
        rf"|(?<![a-z0-9])(?:the|your|this) (?:{latin}) here(?![a-z0-9])"
        # "This assistant works at…": the speaker as the subject of its own sentence
        rf"|(?:^|(?<=\s))(?:this|your) (?:{latin}) (?:is|s|am|works|has|thinks|says|would|will|can|knows)(?![a-z])"
        # "身为助理，", "作为机器人的我" (not "我是机器人爱好者")
        rf"|(?:{alternation(pre['zh'])})(?:一个|一名|个|一款|一种|1个|1名|1款|1种)?(?:{every})(?=\s|$|我|的我)"
        # "人工知能の私は", "エーアイとして", "인공지능인 저는", "에이아이로서", "로봇입니다"
        rf"|(?<![a-z])(?:{every})\s?(?:(?:の|である|인|이라는)\s?(?:私|わたし|僕|ぼく|俺|おれ|あたし|自分|저|제가|나는|내가)"
        rf"|(?:{alternation(suf['ja'] + suf['ko'])})(?![ぁ-ゖ가-힣]))"
        # "인공지능 입장에서", "AIの立場から", "从人工智能的角度"
        rf"|(?<![a-z])(?:{every})\s?(?:입장에서|의 입장|の立場|的立场|的角度|角度来看|的视角)")


@lru_cache(maxsize=4096)
def _self_nouns(role: str, gold: str, machine: bool = False) -> tuple[str, ...]:
    role = _role_canon(role)
    keep: list[str] = []
    for group in _table()["self_nouns"]:
        if role and _in_role(role, group):
            continue  # a robot, a shop assistant: what it calls itself is its own
        if machine and in_world(" ".join(group)):
            continue  # (session 35) a machine's card: "私はロボットです", "As an AI, ..." (machine_card.py)
        keep.extend(w for w in group if w not in gold)
    return tuple(keep)


# The branch of _name_pattern that holds no name ("as the character described").
_NAMELESS_BRANCH = r"(?<![a-z])as (?:the|a|an) (?:[a-z]+ ){1,2}described(?![a-z])"
_NAMELESS = re.compile(_NAMELESS_BRANCH)


@lru_cache(maxsize=1024)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """"佐藤健太として答えます", "김지훈으로서 답하면", "以林晓梅的身份回答", "作为林晓梅来回答", "answering as
    Marcus", "in my role as Marcus": the model says whom it plays."""
    n = alternation([x for x in names if len(x) >= 2])
    if not n:
        return None
    verbs = _table()["answer_verbs"]
    ja, ko, zh = (alternation(verbs[lang]) for lang in ("ja", "ko", "zh"))
    return re.compile(
        rf"(?:{n})\s?(?:さん|くん|ちゃん)?として\s?(?:{ja})"
        rf"|(?:{n})\s?(?:の)?(?:役|キャラ)\s?として\s?(?:{ja})"
        rf"|(?:{n})\s?(?:이|가)?\s?(?:역할|캐릭터|입장|배역)?\s?(?:으로서|로서|으로써|로써|으로|로)\s?(?:{ko})"
        rf"|(?:以|作为|用|扮演|代入)\s?(?:{n})\s?(?:的身份|的口吻|的角度|来|去)?\s?(?:{zh})"
        rf"|(?<![a-z])(?:answer|answering|respond|responding|reply|replying|speak|speaking|play|playing|in my role|"
        rf"in the role|talking|write|writing)\s(?:as|of|in the role of)\s(?:{n})(?![a-z])"
        rf"|{_NAMELESS_BRANCH}"
        # "As Marcus, I'm 34": the character introduced as a part the speaker takes up
        rf"|^as (?:{n}) (?=i |i m |my |we )")


@lru_cache(maxsize=1)
def _model_patterns() -> tuple[FirstOf, FirstOf]:
    t = _table()
    anywhere = t["models_anywhere"]
    speaker = t["models_as_speaker"]
    latin = alternation([m for m in anywhere if m.isascii()])
    cjk = alternation([m for m in anywhere if not m.isascii()])
    s_latin = alternation([m for m in speaker if m.isascii()])
    s_cjk = alternation([m for m in speaker if not m.isascii()])
    pre = _self_ooc()["self_prefixes"]
    cjk_pre = alternation([p for lang in ("zh", "ja", "ko") for p in pre[lang]])
    return (FirstOf(rf"(?<![a-z0-9])(?:{latin})(?![a-z])", cjk),
            FirstOf(rf"(?<![a-z0-9])(?:i m|i am|im|as|this is|speaking as|it s)\s(?:{s_latin})(?![a-z])",
                    rf"(?<![a-z0-9])(?:{s_latin}) here(?![a-z])",
                    rf"(?:{cjk_pre})\s?(?:{s_latin}|{s_cjk})",
                    rf"(?<![a-z0-9])(?:{s_latin}|{s_cjk})\s?(?:として|로서|으로서|です|입니다|이에요|예요|라서|이라서)"))


def _profile_words(prep: PreparedTruth) -> str:
    return " ".join((*prep.names, *(canonical(o) for o in prep.truth.others), prep.answer_norm))


def _opens_with_compliance(ans: Answer, prep: PreparedTruth) -> str | None:
    """"Certainly!" / "当然可以！" / "もちろんです！" / "물론이죠!" as its own clause opening the answer to a
    question that asks for nothing and is no yes/no question: compliance with a request nobody made."""
    if not ans.clauses or prep.yes_no or _serves(prep.truth.role):
        return None
    first = ans.clauses[0].text
    opener = next((w for w in _any_language("compliance") if first == w or first == f"{w} {w}"), None)
    if opener is None or prep.answer_norm.startswith(opener) or len(ans.clauses) < 2:
        return None
    if opener in prep.truth.fillers and not _phrase_pattern(("after_filler",)).search(
            " ".join(c.text for c in ans.clauses[1:])):
        return None  # "Sure, you said 30": the card's own brogue ("says 'sure'"), no compliance
    q = prep.question_norm
    if any((f" {r} " in f" {q} ") if r.isascii() else (r in q) for r in _any_language("requests")):
        return None
    if q.startswith(("do ", "does ", "did ", "are ", "is ", "was ", "were ", "have ", "has ", "can ", "could ",
                     "will ", "would ", "should ", "may ")):
        return None
    return opener


def assistant_voice(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the answer speaks as an assistant or about playing the role, or None."""
    text = ans.canon
    gold = prep.answer_norm
    m = _phrase_pattern(("question_offers", "question_praise", "meta")).search(text)
    if m and m.group(0) not in gold:
        return f"out of character, assistant voice ('{m.group(0).strip()}')"
    if not _serves(prep.truth.role):
        m = _phrase_pattern(("help_offers",)).search(text)
        if m and m.group(0) not in gold:
            return f"out of character, assistant voice ('{m.group(0).strip()}')"
    opener = _opens_with_compliance(ans, prep)
    if opener:
        return f"out of character, assistant voice ('{opener}' to a question that asks for nothing)"
    named = [n for n in prep.names if len(n) >= 2]
    # (the names stand in the pattern as written: with none in the answer only its nameless branch
    # can match, compiled once, where the whole pattern is compiled for each new profile)
    pat = None if not named else _name_pattern(prep.names) if any(n in text for n in named) else _NAMELESS
    m = pat.search(text) if pat is not None else None
    if m:
        return f"out of character, plays a role ('{m.group(0).strip()}')"
    t = _table()
    for pat in _model_patterns():
        m = pat.search(text)
        if m and not any(x in m.group(0) and x in _profile_words(prep) for x in (*t["models_anywhere"], *t["models_as_speaker"])):
            return f"out of character, a model's name ('{m.group(0).strip()}')"
    pat = _self_noun_pattern(_self_nouns(prep.truth.role, prep.answer_norm, prep.truth.machine))
    m = pat.search(text) if pat is not None else None
    if m:
        return f"out of character, speaks as an assistant ('{m.group(0).strip()}')"
    return None


__all__ = ["assistant_voice"]
