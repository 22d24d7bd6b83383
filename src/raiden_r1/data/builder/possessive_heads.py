"""The heads of a possessive phrase key (review 74): "반장의 욕설" was keyed only as written and
as "반장 욕설", and "반장님 욕하시는 게 제일 싫어요" was refused. A key "X의 Y" / "X的Y" / "XのY" /
"the Y of the X" is said "X Y" (and "X님 Y", "XさんのY" of a title), its verbal noun by the short
form a speaker makes a verb of ("반장 욕", "老板骂"), and by its head Y alone ("욕설", "nagging");
sbk.py then drops a form another fact of the card says (fragment_keys.py)."""

from __future__ import annotations

import re

from .pairs import is_generic_dish
from .tables import table

_KO_TITLES = frozenset(table("possessive_heads.yaml", "KO_HONORED_TITLES")) \
    | frozenset(table("everyday_forms.yaml", "KO_SURNAME_TITLES"))
_JA_HONORED = frozenset(table("possessive_heads.yaml", "JA_HONORED"))
_SHORT: dict[str, dict[str, str]] = table("possessive_heads.yaml", "VERBAL_SHORT")
_EMPTY = frozenset(table("possessive_heads.yaml", "EMPTY_HEADS"))

_KO = re.compile(r"^([가-힣]{1,6})의\s+([가-힣]{2,6})$")
_ZH = re.compile(r"^([\u4e00-\u9fff]{1,6})的([\u4e00-\u9fff]{2,6})$")
_JA = re.compile(r"^([\u3040-\u30ff\u4e00-\u9fff]{1,6})の([\u3040-\u30ff\u4e00-\u9fff]{2,6})$")
_EN_OF = re.compile(r"^(?:the\s+)?([a-z][\w-]+)\s+of\s+(?:the|my|his|her|their)\s+([a-z][\w-]+)$", re.IGNORECASE)
_EN_S = re.compile(r"^(?:the\s+)?([a-z][\w-]+)'s\s+([a-z][\w-]+)$", re.IGNORECASE)
# a way of cooking a named fish or meat (鮎の塩焼き): what is before の is the ingredient, never a cook (母の煮物)
_JA_METHODS = frozenset(table("words.yaml", "JA_COOKING_METHODS"))
_FAMILIES = frozenset({"likes", "dislikes", "hobbies", "habits", "fears", "food", "generic", "skills"})


def possessive_forms(term: str, language: str, family: str = "", others: tuple[str, ...] = ()) -> list[str]:
    """The forms of a possessive ``term`` an answer says (none where it is no possessive); ``others``,
    the card's other facts: a form whose head or short form one of them says is left out ("욕" of a
    card whose catchphrase field is "욕 좀 그만해" would pay that other fact)."""
    if family and family not in _FAMILIES:
        return []
    term = term.strip()
    out: list[str] = []
    if language == "ko" and (m := _KO.match(term)):
        owner, head = m.groups()
        owners = [owner] + ([owner + "님"] if owner in _KO_TITLES else [])
        short = _SHORT["ko"].get(head)
        # the short and honoured forms first: a long list of keys keeps only its first forms (any_of)
        out = [f"{o} {h}" for o in owners[::-1] for h in dict.fromkeys([short or head, head])]
    elif language == "zh" and (m := _ZH.match(term)):
        owner, head = m.groups()
        out = [owner + h for h in dict.fromkeys([head, _SHORT["zh"].get(head, head)])]
    elif language == "ja" and (m := _JA.match(term)):
        owner, head = m.groups()
        owners = [owner] + ([owner + "さん"] if owner in _JA_HONORED else [])
        short = _SHORT["ja"].get(head, head)
        out = [f"{o}の{head}" for o in owners[1:]] + ([short] if short != head else [])  # "店長に怒鳴られる"
    elif language == "en" and ((m := _EN_OF.match(term)) or (m := _EN_S.match(term))):
        head, owner = m.groups() if m.re is _EN_OF else m.groups()[::-1]
        out = [f"{owner}'s {head}"]
    else:
        return []
    if head.casefold() not in _EMPTY and len(head) >= 2:
        out.insert(1, head)
    said = {w for w in {head, *(_SHORT.get(language, {}).get(head, head),)} if any(w in o for o in others)}
    if family == "food" and language == "ja" and head in _JA_METHODS and "と" not in owner and not is_generic_dish(owner):
        out.append(owner)  # "鮎の塩焼き": the fish is said ("鮎を塩焼きにしたもの"), the method names many dishes
    # (a food's head that is a bare dish kind or cooking method, 塩焼き of 鮎の塩焼き, names many dishes)
    return [f for f in dict.fromkeys(out) if f != term and not any(f.endswith(w) or f.endswith(" " + w) for w in said)
            and not (family == "food" and is_generic_dish(f))]
