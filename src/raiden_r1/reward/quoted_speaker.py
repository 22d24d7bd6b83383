"""The keyword quoted as someone else's words, the speaker named between the quotative and the verb
(session 32): "메밀묵을 좋아한다고 인간들이 떠들더라만", "메밀묵이라고 마을 사람들이 수군거리더군",
"いちごがすきって、ママがいってた", "深川の生まれだと皆が言うけどね". The lexicon's hearsay cues read the
quotative right before the verb ("다고 하", "って聞"); here a subject stands between them. The character
does not assert what others say of it. assertion.py asks this per occurrence (not void: another
occurrence may assert it) unless the gold answer's keyword clause reports so too ("인제라고 혔잖여").

Not caught: the speaker being the character or the user ("내가 … 했잖아", "君が言った"), which the
conversation-memory rules read; reports in Chinese and English (their own rules: hearsay_verbs, report).
"""

from __future__ import annotations

import re

from .analysis import Answer
from .matching import PreparedTruth

_KO_SELF_OR_YOU = r"(?:내|제|나|저|난|전|당신|네|니|자네|그대|너)"
_REPORT = {
    "ko": re.compile(r"(?:다고|라고|이라고|다구|라구|다며|라며)(?:들)? "
                     rf"(?:[가-힣]{{1,6}} )?(?:(?!{_KO_SELF_OR_YOU}(?:가|는|도)? )[가-힣]{{1,8}}(?:들이|들은|들도|이|가|은|는|도) |다들 |모두 |남들 |남들이 )"
                     r"(?:[가-힣]{1,6} )?(?:말하|말을 하|말들|하더|하던|하지|한다|해|했|그러|그랬|그런다|떠들|떠든|수군|쑥덕|이야기하|얘기하|이야기들|얘기들)"),
    "ja": re.compile(r"(?:って|と|て) ?((?!(?:私|わたし|わたくし|僕|ぼく|俺|おれ|あたし|うち|自分|あなた|君|きみ|お前|おまえ|あんた)"
                     r"(?:が|は|も))[^\s、。]{1,8}?(?:たちが|たちは|らが|どもが|どもは|が|は|も)) ?"
                     r"(?:言|いう|いっ(?!ちゃん)|いわ|ゆう|ゆっ|話して|噂|うわさ|呼|よん)"),
}


def quoted_speaker(ans: Answer, ci: int, pos: int, prep: PreparedTruth) -> str | None:
    """The report of others the keyword at ``pos`` is quoted into (see the module doc), or None."""
    lang = ans.language
    pat = _REPORT.get(lang)
    if pat is None or "hearsay" in prep.allowed_cues:
        return None
    cl = ans.clauses[ci]
    end = max(c.end for c in ans.clauses[ci:] if c.sentence == cl.sentence)
    rest = ans.match[pos:end]
    # (past the keyword itself: "ぽすと" ends with the quotative と)
    rest = rest[max((len(k) for k in prep.keyword_norms if k and rest.startswith(k)), default=0):]
    m = pat.search(rest)
    if m is None:
        return None
    if lang == "ja" and any(n and n in m.group(1) for n in prep.names):
        return None  # (the character by its own name: "ももかがいったの")
    return m.group(0).strip()
