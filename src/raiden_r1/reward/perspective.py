"""Does the final answer speak as the character, or about the character from outside?

A small policy under GRPO finds that echoing its profile pays: asked "What do you call your pet?",
SmolLM2-135M learned to answer "Your pet: Pretzel" and "Maisie Callahan is a loyal ..." (seen in
a sweep of quickstart runs: held-out keyword accuracy soared while no answer spoke as Maisie).
That steps out of the role as surely as "As an AI ...", so it is scored the same way: no
conclusion credit and no accuracy (vrar.md, "Out of character").

The rules are narrow on purpose, to keep terse in-character answers ("Pretzel.", "Dan Callahan,
my dad") and answers about the user ("Your exam is on March 14" to "When did I say my exam is?")
whole. An answer breaks perspective only when it holds no first-person word at all and
- (script-knowledge questions) it opens with the second-person possessive ("Your pet: ...",
  "你的宠物是...", "あなたのペットは..."), or with "you are" + the character's name, or
- it opens with the character's own name used as a third-person subject or possessive
  ("Maisie Callahan is ...", "Maisie's dog ...", "林小雨是...", "花子は...").
"""

from __future__ import annotations

import functools

from raiden_r1.text import is_cjk_char

from .fasttext import collapse, fold
from .matching import PreparedTruth

_HEAD_CHARS = 2000  # first-person words are looked for in the answer's head (long answers are penalised anyway)

_FIRST_PERSON_LATIN = frozenset("i me my mine myself we us our ours ourselves".split())
_NAME_VERBS_LATIN = frozenset("s is was has had lives lived likes loves works worked".split())

_FIRST_PERSON_CJK = {
    "zh": ("我", "咱", "俺", "本人", "老子", "本姑娘", "在下"),
    "ja": ("私", "わたし", "わたくし", "僕", "ぼく", "俺", "おれ", "あたし", "うち", "自分", "わし", "拙者"),
    "ko": ("저는", "저의", "제가", "저도", "저를", "저한테", "나는", "내가", "나의", "나도", "나를", "나한테", "내 ", "제 "),
}
_SECOND_POSSESSIVE_CJK = {"zh": ("你的", "您的"), "ja": ("あなたの", "君の", "きみの", "お前の"),
                          "ko": ("당신의", "너의", "네 ")}
_SECOND_IS_CJK = {"zh": ("你是", "您是", "你叫", "您叫"), "ja": ("あなたは", "君は", "きみは", "お前は"),
                  "ko": ("당신은", "너는")}
_NAME_PARTICLES_CJK = {"zh": ("是", "的", "有", "今年", "住", "喜欢", "出生"), "ja": ("は", "の", "が"),
                       "ko": ("은", "는", "의", "이", "가")}


@functools.lru_cache(maxsize=4096)  # one per character, asked for every response scored
def _name_forms(character_name: str) -> tuple[str, ...]:
    """How an answer may name the character: the normalised full name, plus its first part for
    Latin names ("Maisie"), every part for spaced CJK names ("佐藤", "花子") and the given name of
    a three-character Chinese name ("林小雨" -> "小雨"). Parts shorter than 2 characters are left
    out (too likely to start an ordinary word)."""
    full = collapse(fold(character_name))
    if not full:
        return ()
    parts = full.split(" ")
    cjk = any(is_cjk_char(c) for c in full)
    extra = parts if cjk and len(parts) > 1 else parts[:1] if len(parts) > 1 else []
    if cjk and len(parts) == 1 and len(full) == 3:
        extra = [full[1:]]
    return (full, *(p for p in extra if len(p) >= 2 and p != full))


def _latin_break(words: list[str], focus_sbk: bool, names: tuple[str, ...]) -> str | None:
    if any(w in _FIRST_PERSON_LATIN for w in words):
        return None
    if focus_sbk and words[0] == "your":
        return "speaks of itself as 'your ...'"
    for name in names:
        k = name.count(" ") + 1
        if words[:k] != name.split(" "):
            if focus_sbk and words[:2] in (["you", "are"], ["you", "re"], ["you", "were"]) and \
                    words[2:2 + k] == name.split(" "):
                return "speaks of itself as 'you are <name>'"
            continue
        if len(words) > k and words[k] in _NAME_VERBS_LATIN:
            return "speaks of itself in the third person"
    return None


def _cjk_break(head: str, language: str, focus_sbk: bool, names: tuple[str, ...]) -> str | None:
    if any(p in head for p in _FIRST_PERSON_CJK[language]):
        return None
    start = head.lstrip()
    if focus_sbk and start.startswith(_SECOND_POSSESSIVE_CJK[language]):
        return "speaks of itself in the second person"
    compact = start.replace(" ", "")
    for name in names:
        n = name.replace(" ", "")
        if focus_sbk and any(compact.startswith(p + n) for p in _SECOND_IS_CJK[language]):
            return "speaks of itself as 'you are <name>'"
        if compact.startswith(n) and compact[len(n):].startswith(_NAME_PARTICLES_CJK[language]):
            return "speaks of itself in the third person"
    return None


def perspective_break(norm_answer: str, truth: PreparedTruth, language: str) -> str | None:
    """Why the (normalised) final answer, written in ``language``, does not speak as the
    character, or None."""
    head = norm_answer[:_HEAD_CHARS]
    if not head:
        return None
    gt = truth.truth
    focus_sbk = gt.focus == "script_knowledge"
    names = _name_forms(gt.character_name)
    if not focus_sbk and not names:
        return None
    if language in _FIRST_PERSON_CJK:
        return _cjk_break(head, language, focus_sbk, names)
    return _latin_break(head.split(" "), focus_sbk, names)
