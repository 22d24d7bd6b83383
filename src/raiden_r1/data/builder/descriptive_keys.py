"""The head that names a value the card writes as a whole descriptive phrase (review 76).

A card's value is often a description with the name inside: 銭湯「松の湯」の主人, 三毛猫のタマ,
東京・深川, 노스님 원응 선사, 절 마당의 흰 개 백구, 쌍계사의 다승, "a colony of earthworms it calls the
Underground Committee". Asked, people say the name (松の湯, タマ, 深川, 원응 선사, 백구, 다승), and a key
that is only the whole phrase refuses them. The forms here are alternatives beside the whole, and
only forms that still name the value: never a bare title or keeper word (主人 is also "husband",
선사 any Zen master), a lone kind (猫), one CJK character or a word the card uses for another fact.
"""

from __future__ import annotations

import re

from .tables import table

_QUOTED = re.compile(r"[「『“\"‘]([^「」『』“”\"‘’]{1,12})[」』”\"’]")
_KINDS = {lang: tuple(sorted(kinds, key=len, reverse=True))
          for lang, kinds in table("negative_fit.yaml", "PET_KINDS").items()}
_NOT_ALONE = frozenset(table("words.yaml", "BARE_TITLES")) | frozenset(table("words.yaml", "KEEPER_WORDS")) \
    | frozenset(table("words.yaml", "JA_BARE_HEADS"))
_KO_TITLES = ("선사", "스님", "대사", "법사", "화상", "선생", "선생님", "대감", "나리", "영감", "어른", "도령")
# a chain of places from the wider to the narrower: 東京・深川, 广东 顺德
_CHAIN = re.compile(r"\s*[・·]\s*")
_EN_CALLED = re.compile(r"\b(?:it|she|he|they|I)\s+calls?\s+(?:it\s+|them\s+)?(?:the\s+)?"
                        r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def other_values(fields: dict[str, str], field_name: str) -> frozenset[str]:
    """The card's other facts as the items they list (``_ok``'s ``others``): a short form that is
    one of them (a pet named like a child) would name another fact."""
    return frozenset(p.strip() for k, v in fields.items() if k != field_name
                     for p in re.split(r"[、,，;；/()（）:：\n]", v) if p.strip())


def _ok(form: str, whole: str, others: frozenset[str]) -> bool:
    """Whether a shorter form may stand for the whole: a word of its own (two characters or more
    in CJK, a name in English), no title or keeper word alone, and none of the card's other facts."""
    form = form.strip()
    if not form or form == whole or form in _NOT_ALONE:
        return False
    if re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]", form):
        return False
    if any(form == k or (len(form) <= 2 and form.endswith(k)) for kinds in _KINDS.values() for k in kinds):
        return False
    return form not in others


def descriptive_heads(term: str, language: str, family: str, others: frozenset[str] = frozenset()) -> list[str]:
    """Shorter forms of ``term`` that name its value (see the module note), in the order an
    answer most likely says them; [] where the term is no descriptive phrase."""
    t = term.strip()
    forms: list[str] = []
    quoted = _QUOTED.search(t)
    if quoted and quoted.group(0) != t:  # 銭湯「松の湯」の主人: 松の湯; a job: 銭湯の主人, 銭湯
        forms.append(quoted.group(1))
        if family in ("occupation", "identity"):
            rest = (t[:quoted.start()] + t[quoted.end():]).replace("のの", "の").strip("のの ")
            before = t[:quoted.start()].strip()
            forms += [rest, before] if re.fullmatch(r"[\u4e00-\u9fff\u30a0-\u30ff]{2,6}", before) else [rest]
    if language in ("ja", "zh") and _CHAIN.search(t) and family in ("hometown", "birthplace", "residence"):
        forms.append(_CHAIN.split(t)[-1])  # 東京・深川: 深川
    if language == "ja":
        m = re.fullmatch(r"(.+)の([\u30a0-\u30ffー]{2,8}|[\u3041-\u3096]{2,6}|[\u4e00-\u9fff]{2,4})", t)
        if m and family == "pets" and any(m.group(1).endswith(k) for k in _KINDS["ja"]):
            forms.append(m.group(2))  # 三毛猫のタマ: タマ
        elif m and family in ("occupation", "identity") and "の" not in m.group(2):
            forms.append(m.group(2))  # 町工場の旋盤工: 旋盤工
    if language == "ko":
        words = t.split()
        if family == "pets" and len(words) >= 2 and words[-2] in _KINDS["ko"]:
            forms.append(words[-1])  # 절 마당의 흰 개 백구: 백구
        # (a person's name before the title, never a clause: "차를 달이는 스님" names no one)
        if family == "relation" and len(words) >= 3 and words[-1] in _KO_TITLES \
                and re.fullmatch(r"[가-힣]{1,4}", words[-2]) and not re.search(r"[는은던을를의한인운]$", words[-2]):
            forms += [" ".join(words[-2:]), words[-2]]  # 노스님 원응 선사: 원응 선사, 원응
        m = re.fullmatch(r"(\S+)의\s+([\uac00-\ud7a3]{2,5})", t)
        if m and family in ("occupation", "identity"):
            forms.append(m.group(2))  # 쌍계사의 다승: 다승
    if language == "zh" and family in ("occupation", "identity"):
        m = re.fullmatch(r"[\u4e00-\u9fff]{2,}[里的]的?([\u4e00-\u9fff]{2,5})", t)
        if m:
            forms.append(m.group(1))  # 瓦子里的说书人: 说书人
    if language == "en" and family == "pets":
        m = _EN_CALLED.search(t)
        if m:
            forms.append(m.group(1))  # a colony of earthworms it calls the Underground Committee
    return [f for f in dict.fromkeys(f.strip() for f in forms) if _ok(f, t, others)]
