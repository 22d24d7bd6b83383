"""The answer opens by asking back about the character as somebody's relative: "主人ですか?42年ですよ",
"夫の誕生日ですか?", "うちの人のたこ焼き?", "ばあちゃんの一番上の孫?", "우리 엄마 가게요?", "제 동생 민호
고양이요?", "我老公的生日?", "My husband's birthday?". The speaker takes the question to be about its own
husband, mother or brother, who is the character: the spouse or the child is speaking, however right
the value after it. Not when the question asks about the user's own people, nor when it names any
relative ("Who is your father?" lets "My old man?" through); the echo must be the first clause, a question,
and short. Not caught: an echo without the relative ("たこ焼きですか?うちのは…"), a relative named
only later ("…って主人が言ってました")."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer
from .lexicon import cues
from .matching import PreparedTruth
from .outside import alternation

# (words for one's spouse or grandparent that the kin lists leave out, as a relative says them)
_MORE = {"ja": ("主人", "うちの人", "ばあちゃん", "じいちゃん", "母ちゃん", "父ちゃん", "兄ちゃん", "姉ちゃん"),
         "ko": ("아우", "형님", "집사람", "애 아빠", "애 엄마"),
         "zh": ("老公", "老婆", "老伴", "我爸", "我妈"),
         "en": ("husband", "wife", "mum", "mom", "dad", "grandma", "grandpa", "nan")}
_POSSESSOR = {"ja": r"(?:うちの|私の|わたしの|僕の|俺の|おれの|あたしの)?",
              "ko": r"(?:(?:제|내|우리|저희) ?)?",
              "zh": r"(?:我的|我家|我们家|我)?",
              "en": r"(?:my |our )"}
_AFTER = {"ja": r"(?:さん|ちゃん)?(?:の|ですか|か|かい|って|$)",
          "ko": r"(?![가-힣])",
          "zh": r"(?:的|$)",
          "en": r"(?: s |s |$)"}
_SHORT = {"ja": 16, "ko": 16, "zh": 12, "en": 40}


@lru_cache(maxsize=None)
def _kin(lang: str) -> tuple[str, ...]:
    return tuple(sorted({canonical(k) for k in (*cues(lang).get("kin"), *_MORE[lang])} - {""}))


@lru_cache(maxsize=None)
def _echo(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^{_POSSESSOR[lang]}({alternation(_kin(lang))}){_AFTER[lang]}")


# Relations that are also ways of addressing the character ("사장님, 가게는…?", "boss, …?"): in the
# question they name no relative of the character.
_ADDRESS = {"ko": ("사장님", "선배", "친구", "이웃", "동료", "룸메이트"), "ja": ("上司", "同僚", "友達", "友人", "親友", "隣人"),
            "zh": ("老板", "朋友", "好朋友", "同事", "邻居", "室友", "师兄", "师姐", "叔叔", "阿姨"),
            "en": ("boss", "friend", "best friend", "neighbour", "neighbor", "colleague", "roommate", "flatmate")}


@lru_cache(maxsize=None)
def _any_kin(lang: str) -> re.Pattern[str]:
    edge = (r"(?<![a-z])", r"(?![a-z])") if lang == "en" else ("", "")
    family = [k for k in _kin(lang) if k not in _ADDRESS[lang]]
    return re.compile(rf"{edge[0]}(?:{alternation(family)}){edge[1]}")


def asks_back_about_a_relative(ans: Answer, prep: PreparedTruth) -> str | None:
    from .voice import fact_subject  # (voice reads gaming's verdicts: imported late)

    lang = ans.language
    if lang not in _MORE or not ans.clauses or len(ans.clauses) < 2:
        return None
    first = ans.clauses[0]
    if not first.question or len(first.text) > _SHORT[lang] or fact_subject(prep) == "user":
        return None
    m = _echo(lang).match(first.text)
    if m is None:
        return None
    if _any_kin(lang).search(prep.question_norm) or relation_nouns(m.group(1)) & prep.question_relations or \
            m.group(1) in prep.answer_norm[:len(first.text) + 4]:
        return None  # ("Who is your father?" lets "My old man?" through: the question's relative in other words)
    return f"speaks as another person (asks back about '{m.group(0).strip()}')"
