"""The title the question addresses the character by, used in the answer for whom the fact belongs to:
asked "기사님, 아까 그 그림 그린 손녀 이름이 뭐라고 하셨죠?", the answer "기사님 손녀는 하은이죠" is the user talking
to the driver, not the driver; so is "運転手さんのお孫さんは結衣ちゃんでしょう". Korean 님 and Japanese さん/様
honour someone else: nobody says them of himself. Only a vocative that opens the question with one of
them, only the title followed by a particle or a noun (an owner or a subject), not a character who
speaks of itself in the third person nor a gold answer that says the title itself. Not caught: the
title without its honorific ("기사 손녀는"), a vocative elsewhere in the question."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .analysis import Answer
from .matching import PreparedTruth

_VOCATIVE = {"ko": re.compile(r"^\s*([가-힣]{1,6}님)\s*[,，、!！]"),
             "ja": re.compile(r"^\s*([^\s、,，。!！?？]{1,8}(?:さん|様|さま))\s*[、,，!！]")}
# (a particle ends its word: "기사님이라니" quotes the title, "기사님이" makes it the subject)
_OWNER_AFTER = {"ko": r"(?:(?:의|은|는|이|가|께서|께)(?![가-힣])| [가-힣])",
                "ja": r"(?:の|は|が|も)"}


def addressed_title_owns(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language
    rx = _VOCATIVE.get(lang)
    if rx is None or prep.truth.self_name or lang != prep.language:
        return None
    m = rx.match(prep.truth.question or "")
    if m is None:
        return None
    title = canonical(m.group(1))
    if not title or title in prep.answer_norm:
        return None
    found = re.search(rf"(?:^|[ ]){re.escape(title)}{_OWNER_AFTER[lang]}" if lang == "ko" else
                      rf"{re.escape(title)}{_OWNER_AFTER[lang]}", ans.canon)
    if found is None:
        return None
    return f"speaks to the character, not as it ('{found.group(0).strip()}')"
