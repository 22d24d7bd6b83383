"""A negated comparison with the keyword as its standard makes the keyword the best, not denied:
"プリンほど好きなものはない", "Nothing beats pudding", "没有比布丁更好吃的了", "푸딩만큼 좋은 건
없어요". The negation denies every rival. (Not "プリンほどではない", "没有布丁", nor a comparison of
dislike: "Nothing I hate more than pudding".)"""

from __future__ import annotations

import re

from .analysis import cue_in_text

# Read on canonical text: the clause before the keyword, and the clause after it.
_BEFORE = {
    "en": re.compile(r"(?:(?:^| )(?:there s |there is )?(?:nothing|nothin|nuffink|nuffin|nowt|no [a-z]+|none)(?: [a-z]+){0,4}? "
                     r"(?:beats|beat|tops|compares to|compares with|comes close to|like|better than|more than)"
                     # "You can't beat pie and mash", "can't go wrong with a pasty": the same praise, said of
                     # whoever tries (session 36, rev77: read as a negation)
                     r"|(?:^| )(?:you |ya |one |i |we )?(?:can t|cannot|can not|couldn t|could not) (?:ever )?"
                     r"(?:beat|top|better|improve on|go wrong with|get enough of|say no to|resist))"
                     # (an article and at most one word before the keyword: "nothing beats a fat sardine",
                     # "can't beat a bit of pie")
                     r"(?: (?:a|an|the|some|good old)(?: [a-z]+)?(?: of)?)?$"),
    "zh": re.compile(r"(?:没有|没)(?:什么|哪样|哪个|一样|任何)?[^ ]{0,6}?(?:比得上|比得过|赛过|胜过|比)$"),
}
_AFTER = {
    "ja": re.compile(r"^(?:ほど|より)[^ ]{0,12}?(?:もの|の|こと|やつ|奴|ところ|場所|人)(?:は|が|も)?"
                     r"(?:ない|無い|ありません|ございません|ござらん|ござらぬ|ねえ)"),
    "ko": re.compile(r"^(?:이)?(?:만큼|보다) (?:[가-힣]+ ){0,3}?[가-힣]*(?:건|게|것은|것이|거|것도|데는|데가|곳은|곳이) ?없"),
}
# zh: after 比 the comparison goes on with 更/还 ("没有比布丁更好吃的"); after 比得上 nothing is needed.
_ZH_MORE = re.compile(r"^(?:更|还)")


def best_by_comparison(before: str, rest: str, clause: str, lang: str) -> bool:
    """The keyword's clause denies that anything is more (or as) whatever than the keyword."""
    if cue_in_text(clause, lang, "dislike") or cue_in_text(clause, lang, "negative_sentiment"):
        return False
    if lang in _AFTER:
        return bool(_AFTER[lang].match(rest))
    m = _BEFORE.get(lang)
    if m is None or not m.search(before):
        return False
    return lang != "zh" or not before.endswith("比") or bool(_ZH_MORE.match(rest))
