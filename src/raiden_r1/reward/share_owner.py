"""The keyword handed, right after it, to someone as their share or charge (session 32): "소금은 칠복이
몫이고", "塩は七福の担当で", "盐归七福管", "the salt's Chilbok's line". Whoever the owner is (a profile person,
a colleague the profile names badly, a stranger), the value is given away; the speaker's own share
("소금은 내 몫", "塩は私の担当") keeps it. other_sense._owner_after asks this first.

Not caught: a share said in another clause ("칠복이가 소금을 맡았소"), a plain possessive without a share
word ("소금은 칠복이 거"), which the named-owner rules read when the owner is a profile person.
"""

from __future__ import annotations

import re

_SELF = r"(?:제|내|나|저|우리|저희|이 몸|소인|쇤네)"
_SHARE = {
    # (not 한몫/두 몫: a number of shares; not 제/내 몫: the speaker's own)
    "ko": re.compile(rf"^(?:은|는|이|가|도)? ?((?!{_SELF}(?:의)? )(?!(?:한|두|세|네|반)$)[가-힣]{{1,6}}?)(?:의)? (?:몫|차지|담당)"),
    "ja": re.compile(r"^(?:は|が|って) ?((?!(?:私|わたし|わたくし|僕|ぼく|俺|おれ|うち|あたし|自分|わし|あっし|おいら)の)"
                     r"[^\s、。はがのを]{1,6}?)の(?:担当|取り分|持ち分|受け持ち|領分)"),
    "zh": re.compile(r"^(?:是|都是|归|都归|由)((?!我|咱|俺|本人)[^\s，。的]{1,4}?)(?:管|负责|的活儿?|的份儿?|卖)"),
    "en": re.compile(r"^ (?:is|s|was|are|were) (?!(?:my|our|mine)\b)([a-z]+) s (?:share|line|job|trade|lot|charge|department)\b"),
}


def share_owner(rest: str, lang: str) -> str | None:
    """``rest`` (the keyword's clause and sentence after it) opens by giving it as another's share."""
    pat = _SHARE.get(lang)
    if pat is None:
        return None
    m = pat.match(rest if lang == "en" else rest.lstrip())
    return m.group(1).strip() if m else None
