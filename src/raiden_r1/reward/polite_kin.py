"""The polite Chinese "your" relatives (令郎 your son, 令尊 your father; lexicon zh.yaml kin and
second_person) and the plain words for the same relative: a question that asks about that relative
("我儿子属什么？") is answered of 令郎, who is then no one else."""

from __future__ import annotations

POLITE_KIN = {
    "令郎": ("儿子", "孩子", "儿"), "令爱": ("女儿", "闺女", "孩子"), "令嫒": ("女儿", "闺女", "孩子"),
    "令尊": ("父亲", "爸爸", "爸", "老爷子"), "令堂": ("母亲", "妈妈", "妈", "老太太"), "令兄": ("哥哥", "哥"),
    "令弟": ("弟弟", "弟"), "令姐": ("姐姐", "姐"), "令妹": ("妹妹", "妹"), "令舅": ("舅舅", "舅"), "令叔": ("叔叔", "叔"),
    "令伯": ("伯伯", "伯父"), "令祖": ("爷爷", "祖父"), "令夫人": ("妻子", "老婆", "夫人", "太太", "媳妇"),
    "令正": ("妻子", "老婆", "夫人", "太太", "媳妇"), "令侄": ("侄子", "侄女"), "令婿": ("女婿",), "令师": ("师父", "老师"),
    "令友": ("朋友",),
}


def asked_polite_kin(kin: set[str], question: str) -> set[str]:
    """The polite relatives of ``kin`` that stand for a relative the question names."""
    return {k for k in kin if k in POLITE_KIN and any(p in question for p in POLITE_KIN[k])}
