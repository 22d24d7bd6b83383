"""The titles a character's role gives it ("篮球队主教练" -> 教练, 指导; "keeper of the lighthouse" ->
keeper): the lexicon's title groups (titles.yaml) and the head noun of each part of the role.
matching.prepare keeps them on the prepared truth, so the reward can tell the character's own
title used as a third-person subject ("The sergeant stands 188 cm")."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .lexicon import head_noun_stop, role_titles


def own_titles(role: str, language: str) -> tuple[str, ...]:
    """The titles a role holds, with their other words ("篮球队主教练" -> 教练, 指导)."""
    if not role:
        return ()
    text = f" {canonical(role)} "
    out: list[str] = []
    for group in role_titles(language):
        if any((f" {t} " in text) if t.isascii() else (t in text) for t in group[:1]):
            out.extend(t for t in group if t not in out)
    out.extend(t for t in _head_nouns(role, language) if t not in out)
    if language in ("ko", "ja"):  # "북방을 지키는 무신(장군)": the title in brackets is one too
        for inner in re.findall(r"[(（]([^()（）]{1,12})[)）]", role):
            out.extend(t for t in _head_nouns(inner, language) if t not in out)
    return tuple(out)


_ROLE_PART = re.compile(r"[;；,，、(（/]")
_JA_HEAD = re.compile(r"(?:[一二三四五六七八九十\d]+代目)?([\u4e00-\u9fff\u30a1-\u30ff]{2,4})$")


def _head_nouns(role: str, language: str) -> list[str]:
    """The head noun of each part of a role ("radio operator, US Army" -> operator, "keeper of the
    lighthouse" -> keeper, "반도체 공정 엔지니어" -> 엔지니어, "大相撲の力士（前頭）" -> 力士). Chinese
    roles have no spaces to find a head by: its lexicon titles only."""
    stop = head_noun_stop(language)
    out: list[str] = []
    for part in role.split(";"):
        part = _ROLE_PART.split(part.strip(), maxsplit=1)[0].strip()
        if language == "en":
            words = canonical(part.split(" of ")[0]).split()
            head = words[-1] if words else ""
            ok = len(head) >= 4 and head.isalpha()
        elif language == "ko":
            words = part.split()
            head = canonical(words[-1]) if words else ""
            ok = len(head) >= 2 and re.fullmatch("[가-힣]+", head) is not None
        elif language == "ja":
            m = _JA_HEAD.search(re.split(r"[の・」』\s]", part)[-1])
            head = canonical(m.group(1)) if m else ""
            ok = bool(head)
        else:
            continue
        if ok and head not in stop and head not in out:
            out.append(head)
    return out
