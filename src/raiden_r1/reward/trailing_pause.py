"""An ellipsis that trails off inside a sentence ("小児科で働いている…と言えたらよかった", "ピンク担当…
だったら最高なのに", "…という夢を見た", "청량리까지… 라고들 하더이다"): what follows it opens with a form
that can only be bound to the words before it (a quotative, a conditional copula, a connective ending),
so it is the same sentence, and the frame it carries (a wish, a dream, a report) holds the keyword before
the pause. fold writes the ellipsis as "." and the Japanese full stop as a line break, so in Japanese a
bare "." before such a form is the pause; a Korean sentence never opens with these endings at all.

Not joined: a sentence that opens with a conjunction spelled like them ("だったら、行こう", "というわけで",
"と、いうことで"): as independent words they start a new thought."""

from __future__ import annotations

import re

_BOUND = {
    "ja": re.compile(r"(?:という(?!わけ|か|ことで)|っていう(?!か)|って(?!か|ゆ|いうか)|と(?:言|い[うっわえ]|思|申|聞)|"
                     r"だったら(?=[^ ,])|であったら|なら(?:ば)?(?=[^ ,])|なんて|などと|だと(?=[^ ,])|じゃと|やと|のに)"),
    "ko": re.compile(r"(?:이)?(?:라는|라고|라면|라던|란 )|다(?:는|고|면|던) |(?:했|였|이었)(?:으면|다면)"),
}


def continues_sentence(delim: str, next_body: str, language: str) -> bool:
    """Whether a sentence stop ``delim`` before ``next_body`` is only a trailing pause (module doc)."""
    pattern = _BOUND.get(language)
    if pattern is None or not delim or delim.strip(". ") or not next_body:
        return False
    return pattern.match(next_body.lstrip()) is not None
