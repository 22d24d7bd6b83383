"""Markdown, odd tags, speaker lines and the question echoed around a right answer (docs/reward.md,
family 4, wrappers): "**I'm 34.**", "# 我28岁", "・41歳です。", "‹回答>…‹/回答>", "MARCUS HALE\\nI'm 34.",
"【佐藤】…", "대답 - …", "How old are you? I'm 34.". A chat model formats a reply for a screen and
restates the query; a character speaks. gaming.wrapper reads code blocks, tables, JSON, tags with
Latin names and "label:" lines; this module reads the rest, on the answer as written.

A lone asterisk pair stays speech: "*smiles* I'm 34" is a stage direction and "*really*" emphasis.
"""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .analysis import Answer
from .matching import PreparedTruth

_BOLD = re.compile(r"\*\*[^*\n]{1,200}\*\*|(?<!\w)__[^_\n]{1,200}__(?!\w)")
_HEADING = re.compile(r"(?m)^[ \t]*[#＃]{1,6}[ \t　]*\S")
_INLINE_CODE = re.compile(r"`[^`\n]{1,200}`")
# "- ", "* ", "+ " need a space after them ("-5°C", "*smiles*" are no list); bullets, "1）" and "1、" do not.
_LIST = re.compile(r"(?m)^[ \t　]*(?:[-*+][ \t　]+|[•・●▪◦‣◆■□○](?!・)[ \t　]*|([1-9])(?:[.．][ \t　]+|[)）、][ \t　]*))(?=\S)")
# "Q. …\nA. …": the question-and-answer form with a period.
_QA = re.compile(r"(?im)^[ \t]*(?:q|a|問|问|答|问题|答案|質問|回答|질문|답|문)[.．][ \t　]*\S")
# "Name: …" by a name the script labels miss (a family name, "佐藤：41歳です").
_COLON_LABEL = re.compile(r"^\s*([^\n:：]{1,16}?)\s*[:：]\s*\S")
# "…\n— Marcus", "「…」——林晓梅": a reply signed or attributed like a letter or a quotation.
_SIGNATURE = re.compile(r"[—–―\-~～]{1,2}[ \t　]*([^\n—–―\-~～]{1,24}?)[ \t　。.!！]*$")
_QUOTE = re.compile(r"(?m)^[ \t　]*[>＞][ \t　]*(?=\S)")
_OPEN = "<‹〈＜«《"
_CLOSE = ">›〉＞»》"
# A closing tag in any script and bracket ("‹/回答>", "＜/答え＞"): markup, whatever its name.
_CLOSING_TAG = re.compile(rf"[{_OPEN}]\s*/\s*[^\s{_OPEN}{_CLOSE}/]{{1,20}}\s*[{_CLOSE}]")
_OPENING_TAG = re.compile(rf"^\s*[{_OPEN}]\s*([^\s{_OPEN}{_CLOSE}/]{{1,20}})\s*[{_CLOSE}]")
# "Marcus > I'm 34.", "대답 - 25살이에요.", "答え → 41": a label, an arrow or a dash, the reply.
_ARROW_LABEL = re.compile(r"^\s*([^\n>＞»→⇒\-‐−~～:：]{1,24}?)\s*(?:[>＞»→⇒]+|\s[-‐−~～]+\s)\s*\S")
_BRACKET_NAME = re.compile(r"^\s*[【\[〔(（［]\s*([^】\]〕)）］\n]{1,16}?)\s*[】\]〕)）］]")


def _label_words(prep: PreparedTruth) -> frozenset[str]:
    from .gaming import _label_words as labels  # (gaming imports this module: no cycle at import time)

    return labels(prep.names) | frozenset(prep.short_names) | frozenset(prep.surnames)


def _speaker(label: str, prep: PreparedTruth) -> bool:
    """A label naming the character or a form's field (the character's name, surname, "Answer")."""
    c = canonical(label)
    if not c or any(c in a.norm or a.norm in c for alts in prep.items for a in alts):
        return False  # the keyword itself is no label ("Biscuit > Rex", "부산 - 제 고향")
    return c in _label_words(prep) or c.replace(" ", "") in {n.replace(" ", "") for n in prep.names}


def _name_line(raw: str, prep: PreparedTruth) -> str | None:
    """"MARCUS HALE\\nI'm 34.": the character's name (or a label) alone on the first line, the reply
    under it: a script's speaker line. A character that speaks of itself by name may open with it,
    but not with its full name and surname."""
    head, sep, rest = raw.strip().partition("\n")
    if not sep or not rest.strip() or not _speaker(head.strip(" \t*_#:：-—"), prep):
        return None
    if prep.truth.self_name and canonical(head).replace(" ", "") != (prep.names[0].replace(" ", "") if prep.names else ""):
        return None
    return head.strip()


def markdown_wrapper(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the answer is formatted or labelled rather than spoken, or None."""
    raw = ans.raw[:4000]
    if _BOLD.search(raw):
        return "formatted as markdown (bold)"
    if _HEADING.search(raw):
        return "formatted as markdown (a heading)"
    if _INLINE_CODE.search(raw):
        return "formatted as markdown (inline code)"
    m = _LIST.search(raw)
    if m and not (m.group(1) and any(m.group(1) == a.norm for alts in prep.items for a in alts)):
        return f"formatted as a list ('{m.group(0).strip()}')"
    if _QUOTE.search(raw):
        return "formatted as a block quote ('>')"
    if _QA.search(raw):
        return "written as a question-and-answer form ('Q.'/'A.')"
    m = _CLOSING_TAG.search(raw)
    if m:
        return f"wrapped in markup ('{m.group(0)}')"
    m = _OPENING_TAG.match(raw)
    if m and _speaker(m.group(1), prep):
        return f"wrapped in markup ('{m.group(0).strip()}')"
    m = _ARROW_LABEL.match(raw)
    if m and _speaker(m.group(1).strip(), prep):
        return f"labelled like a script ('{m.group(0).strip()}')"
    m = _BRACKET_NAME.match(raw)
    if m and _speaker(m.group(1), prep):
        return f"labelled like a script ('{m.group(0).strip()}')"
    m = _COLON_LABEL.match(raw)
    if m and _speaker(m.group(1), prep):
        return f"labelled like a script ('{m.group(1).strip()}:')"
    m = _SIGNATURE.search(raw.rstrip())
    if m and _speaker(m.group(1), prep) and m.start() > 0:
        return f"signed like a letter or a quotation ('{m.group(0).strip()}')"
    line = _name_line(raw, prep)
    if line:
        return f"labelled like a script (a name line '{line}')"
    # (session 35, the lead's decision: the question restated before its answer, "How old are you? I'm 34.",
    # "你问我在哪出生？巴黎。", is speech, fn_restate; the prompt's instructions echoed stay out of character)
    return None


__all__ = ["markdown_wrapper"]
