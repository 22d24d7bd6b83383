"""What a pet says, whistles or sings, quoted in a pet field (review 69: "一只叫“黑蛋”的八哥，会说
“师傅走不走”" gave a second pet 师傅走不走): a catchphrase, never a pet's name (keys.pet_name_keys,
the audit's pet_speech check)."""
from __future__ import annotations

import re

_OPEN, _CLOSE, _INSIDE = "[\"“「『'‘]", "[\"”」』'’]", "[^\"“”「」『』'‘’]{1,40}"
# what a pet says, whistles or sings ("会说“师傅走不走”", 'that says "hello sailor"', 「おはよう」と喋る,
# '안녕'이라고 말함): a catchphrase, never a second pet's name ("という" names it: と is kept)
_QUOTED_SPEECH = re.compile(
    rf"(?:会说|能说|爱说|常说|说|讲|学|唱|喊|says?|saying|whistles?|sings?|squawks?|repeats?|shouts?|yells?)\s*[:：]?\s*{_OPEN}{_INSIDE}{_CLOSE}"
    rf"|{_OPEN}{_INSIDE}{_CLOSE}\s*(?:と(?:しゃべ|喋|言|鳴|話|歌)|(?:이)?라고\s*(?:말|하|외|노래|울))")


def without_quoted_speech(value: str) -> str:
    return _QUOTED_SPEECH.sub(" ", value)


def quoted_speech(value: str) -> list[str]:
    """What a pet is said to say in ``value``, with its verb: the audit's pet_speech check."""
    return [m.group(0) for m in _QUOTED_SPEECH.finditer(value)]
