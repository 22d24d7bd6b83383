"""Sentences about the character that run on after a field's value on the same line.

"Favourite food: his mam's cawl and bara brith. He dislikes the dark, rats and the foreman." The
second sentence is the card's prose (its subject is the character), not a second food: read as
part of the value it gave the food record "rats" and "the foreman" as keys (review 77). Such a
sentence is moved to the card's description field, where the prose belongs; a card without one
keeps the value as written (nothing is dropped).
"""

from __future__ import annotations

import re

from .profiles_text import split_sentences

_DESCRIPTION = re.compile(r"description|introduction|background|\bbio\b|简介|介绍|描述|背景|紹介|説明|소개|설명", re.I)
_DETAILED = re.compile(r"description|描述|説明|설명", re.I)
# A sentence whose subject is the character (a pronoun): "He dislikes ...", "她讨厌…", "彼は…", "그는 …".
_SUBJECT_START = re.compile(
    r"^(?:(?:He|She|They|I)\s+[a-z]|(?:His|Her|Their|My)\s+[a-z]"
    r"|(?:他|她)(?!们)[^\s，,。]|(?:彼|彼女)(?:は|が|の|も)|(?:그는|그녀는|그가|그녀가|그의|그녀의|그도|그녀도)\s)")


# A field about someone else (family, a pet, a rival): its "He ..." / "她…" may be that one, not the character.
_OTHERS = re.compile(r"famil|relation|friend|partner|spouse|wife|husband|rival|mentor|teacher|pet|companion"
                     r"|关系|家人|家庭|家族|亲属|朋友|宠物|师|関係|家族|友|ペット|師|가족|관계|친구|반려|스승|라이벌", re.I)


def _home(fields: dict[str, str]) -> str | None:
    found = [k for k in fields if _DESCRIPTION.search(k)]
    return next((k for k in found if _DETAILED.search(k)), found[0] if found else None)


def spill_prose(fields: dict[str, str]) -> dict[str, str]:
    """``fields`` with each one-line value's trailing subject-led sentences moved to the description."""
    home = _home(fields)
    if home is None:
        return fields
    out, moved = dict(fields), []
    for key, value in fields.items():
        if key == home or _DESCRIPTION.search(key) or _OTHERS.search(key) or "\n" in value:
            continue
        # (split_sentences wants a capital after ". "; a Korean sentence starts with Hangul)
        sentences = [p for s in split_sentences(value) for p in re.split(r"(?<=[.!?])\s+(?=[가-힣])", s)]
        cut = next((i for i, s in enumerate(sentences) if i and _SUBJECT_START.match(s)), None)
        if cut is None:
            continue
        glue = "" if re.search(r"[。！？]", value) else " "
        kept = glue.join(sentences[:cut]).rstrip(" .。")
        if kept:
            out[key] = kept
            moved.append(glue.join(sentences[cut:]))
    if moved:
        out[home] = "\n".join([out[home].rstrip(), *moved]).strip()
    return out
