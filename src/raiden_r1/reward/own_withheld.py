"""The value said of something else, then the character's own withheld: "我最喜欢的画师是杭州的，至于我
自己嘛，秘密啦～", "本仙见过一棵九百年的老槐树，至于本仙自己嘛，呵呵，秘密。" A clause that turns to the speaker
itself ("至于我自己", "至于本仙自己", "as for me", "as for myself") followed closely by a bare refusal ("秘密",
"保密啦", "Secret.", or a refusal cue of the lexicon) says the asked value is not given: the keyword before it
was about the other thing. A bare "秘密" with no such turn ("杭州！秘密哦，别告诉别人") is left alone: there
the secret is the value itself."""

from __future__ import annotations

import re

from .analysis import Answer, cue_in_text

_TURN = {"zh": re.compile(r"^(?:至于|说到|要说|论)(?:我|本[\u4e00-\u9fff]{1,2}|人家|在下|咱)(?:自己|本人|自个儿)?"),
         "en": re.compile(r"^(?:as for|as to|but as for) (?:me|myself|my own)\b")}
_BARE_SECRET = {"zh": re.compile(r"^(?:这|那)?(?:是|可是|就是|还是)?(?:个)?(?:秘密|保密|不说|不告诉你)(?:啦|哦|喔|呀|哟|呢|嘛|的|了)*$"),
                "en": re.compile(r"^(?:(?:that s|it s|that is|it is) )?(?:a )?(?:secret|my secret|a mystery)$")}
_LOOK_AHEAD = 3


def own_withheld(ans: Answer, ci: int, lang: str) -> str | None:
    """The turn to the speaker and its refusal after clause ``ci`` (the keyword's), else None."""
    turn = _TURN.get(lang)
    if turn is None:
        return None
    for i in range(ci + 1, min(len(ans.clauses), ci + 1 + _LOOK_AHEAD)):
        if not turn.match(ans.clauses[i].text):
            continue
        for cl in ans.clauses[i:i + 1 + _LOOK_AHEAD]:
            if _BARE_SECRET[lang].match(cl.text) or cue_in_text(cl.text, lang, "refusal"):
                return f"{ans.clauses[i].text}' ... '{cl.text}"
    return None
