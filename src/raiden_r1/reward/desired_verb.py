"""The keyword as the object of a verb of wanting (session 36, p3b): "将棋を習いたいです", "将棋をやってみたいな",
"바둑을 배우고 싶어요", "바둑 두고 싶다" to "What's your hobby?". The desiderative (Japanese verb stem + たい,
Korean -고 싶-) says the character does not do it yet, whatever the verb: the wish tables (lexicon wish) list
only some verbs ("行きたい", "가고 싶"). occurrence.py asks it only where the question opens no wish (a plan or
a dream question makes the wish the answer).

Paid: the same verb of wanting said of going on ("将棋はずっと続けたい", "바둑은 계속 두고 싶어요": it is done
already), eating or drinking it ("鮎が食べたい": a taste said as a craving), adjectives that end in たい ("冷たい", "めでたい"). Not caught: the wish in another sentence than the
keyword's or further than the next clause, English and Chinese ("I'd like to learn chess", "我想学下棋": the same kind,
left to the en/zh rules).
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term

from .analysis import Answer
from .clause_text import clause_rest

# A particle, a short verb (no punctuation, no の: "松本の生まれたい" is Kyushu's copula たい after a noun), then the desiderative: a verb stem ends in an i- or e-row kana
# (習い, みて, 指し, 食べ) or is 見/来/寝/居.
_DESIRED = {"ja": re.compile(r"^(?:を|が|に|は|も|で|と)?[^、。,.!?！？の]{0,8}?"
                             r"(?<=[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ見见来寝居])たい"),
            "ko": re.compile(r"^(?:을|를|이|가|은|는|도|에|에서)? ?[^,.!?]{0,8}?고 ?싶")}
# Wanting to go on with it (it is done already), or to eat or drink it (a taste, said as a craving).
_GOING_ON = {"ja": re.compile("続け|極め|上達|もっと|これからも|今後も|ずっと|また|上手く|うまく|めでたい|食べ|飲み|呑み"),
             "ko": re.compile("계속|더 잘|앞으로도|또|꾸준히|평생|먹고|마시고")}


def desired_verb(ans: Answer, ci: int, pos: int, term: Term, lang: str) -> str | None:
    """The verb of wanting right after the keyword in its clause ("習いたい"), else None."""
    if lang not in _DESIRED:
        return None
    rest = clause_rest(ans, ci, pos, term)
    if not rest.strip() and ci + 1 < len(ans.clauses) and ans.clauses[ci + 1].sentence == ans.clauses[ci].sentence:
        rest = ans.clauses[ci + 1].text  # "将棋、覚えたいんですよね": the verb after a comma
    if lang == "ja":
        rest = rest.replace(" ", "")
    m = _DESIRED[lang].match(rest)
    if m is None or _GOING_ON[lang].search(ans.clauses[ci].text):
        return None
    if lang == "ja" and m.group(0).endswith("みたい") and not m.group(0)[:-3].endswith(("て", "で")):
        return None  # "小屋みたいな家": みたい after a noun is likeness ("like a hut"); てみたい is "want to try"
    return m.group(0).strip()
