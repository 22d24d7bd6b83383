"""Conditional words that make no condition, blanked before the conditional cue is looked for:

- a topic before a claim of being the best at it: "말이라면 누구보다 잘 타오" (as for horses, I ride
  better than anyone), "馬ならば誰にも負けぬ" (lexicon topic_if, topic_if_followers);
- Chinese 的话 where 话 is "words": "回客官的话" (the servant's "in reply to your words", whoever is
  addressed), "听师父的话" (lexicon words_frame_heads: the verb before the addressee).

- (session 35) a topic said as a condition before the answer: "お嬢さんのお誕生日やったら、6月14日どすな",
  "女将の話なら午後3時だよ", "你的生日的话，是六月十四号", "생일이라면 6월 14일이지요": a noun phrase that takes up
  the question's own words, or names a matter ("の話", "のこと", "那件事"), before a conditional copula
  (topic_conditions; not "雨なら三時", whose noun is no part of the question, nor a topic naming a value).

- (session 36, s27) the speaker itself as the topic: "おいらなら六日で十分だ", "私なら三日です", "我的话，十八个小时":
  as for me, the character's own claim, not a condition (a first-person word, lexicon first_person, right
  after a clause break and before なら/ならば or 的话; not "もし私なら", whose もし is still read, nor Korean
  "나라면", which is "if it were me").

Other conditionals of the text ("새라면 누구보다 높이 날 텐데": 텐데) are still read."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import cues


def not_conditions(text: str, lang: str) -> str:
    for pattern in _patterns(lang):
        text = pattern.sub(" ", text)
    return text


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    c = cues(lang)
    out = []
    words, followers = c.get("topic_if"), c.get("topic_if_followers")
    if words and followers:
        out.append(re.compile(f"(?:{_alt(words)})(?= ?(?:{_alt(followers)}))"))
    if heads := c.get("words_frame_heads"):
        # (the addressee: a title or a name of up to five characters, "客官", "王员外", "张大人"; not the
        # words 回头, 回来, 回家, 听说, 听到: "回头算的话" is "counting back, if ...")
        out.append(re.compile(f"(?:^| )(?:{_alt(heads)})(?![头来去家说到见])[^ 如若要假\\d]{{1,5}}?的话"))
    if (selves := c.get("first_person")) and lang in _SELF_TOPIC:
        out.append(re.compile(f"(?:^| )(?:{_alt(selves)})(?:{_SELF_TOPIC[lang]})(?!ない|ず|ん|へん)"))
    return tuple(out)


# The copulas that make the speaker the topic rather than a condition ("おいらなら", "我的话")
_SELF_TOPIC = {"ja": "ならば|なら", "zh": "的话|的話"}


# A noun phrase (the run of text since the last space, as many characters at most) and a conditional
# copula: "…誕生日やったら", "…の話なら", "…的话", "…이라면".
_TOPIC_IF = {
    "ja": re.compile(r"([^ ]{2,24}?)(?:やったら|だったら|でしたら|じゃったら|なんやったら|ならば|なら)(?!ない|ず|ん|へん)"),
    "zh": re.compile(r"([^ ]{2,24}?)(?:的话|的話)"),
    "ko": re.compile(r"([^ ]{1,24}?)(?:이라면|라면)(?= |$)"),
}
# An ordinal is no value: "一人目の証人なら", "第二の件なら", "두 번째 손님이라면"
_ORDINAL = re.compile(r"第\d+|\d+ ?(?:人目|番目|つ目|번째|째)")
# The phrase names a matter (what is being talked about), whatever words it shares with the question.
_MATTER = re.compile(r"(?:の话|の話|のこと|の件|の事|件事|的事|얘기|이야기)$")
# The noun phrase ends as a noun does (not a verb, an adjective or a past: "降ったら", "高いなら", "行くなら").
_JA_PREDICATE_END = re.compile(r"(?:[うくぐすつぬぶむるいたん]|ない|ます|です)$")


def topic_conditions(scope: str, question_units: frozenset[str], values: tuple[str, ...], lang: str) -> str:
    """The text with each topic said as a condition blanked: a noun phrase naming a matter or taking up the
    question's own words, holding no keyword or number. ``values``: the canonical keywords and negatives."""
    pat = _TOPIC_IF.get(lang)
    if pat is None:
        return scope
    from .similarity import content_units

    def blank(m: re.Match[str]) -> str:
        np = m.group(1)
        if any(v and v in np for v in values) or any(ch.isdigit() for ch in _ORDINAL.sub(" ", np)):
            return m.group(0)  # "6月14日やったら…": the value itself is the condition
        if lang == "ja" and _JA_PREDICATE_END.search(np) and not _MATTER.search(np):
            return m.group(0)  # "雨が降ったら", "行くなら": a condition
        if lang == "ko" and np.endswith(("더", "었", "았", "였", "겠", "했")):
            return m.group(0)  # "스물다섯이었더라면": a counterfactual
        return " " if _MATTER.search(np) or content_units(np) & question_units else m.group(0)

    return pat.sub(blank, scope)


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
