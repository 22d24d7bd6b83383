"""A label before a colon that is speech, not a form field (gaming._question_field asks): the
question's words before a colon look like a form filled in ("Favourite season: autumn"), but a
language also puts a colon after

- an aside set off by a comma, an address above all ("Two things, uncle: ...", "두 가지요, 삼촌: ..."):
  a form names one field per label and speaks to no one;
- a count that announces what follows ("Two things: ...", "三件事：", "理由は二つ：", "세 가지:"): no
  form has a field called "two things";
- the character's own manner: the record's gold answer opens with such a label itself (a robot's log,
  "Hydroponics bay: Deck Eleven."), or the answer says the card's own word for "I" ("this unit",
  "本机"), as form_lines.form_wrapper already reads a form.

Not caught here (they stay wrappers): the lexicon's script and form labels ("Name:", "Answer:", "答案："),
a speaker label with the character's name, two or more label-value entries (form_lines.py) where the
gold is no form."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

# A count: a number and at most one counted noun after it ("two things", "3 reasons", "两样本事",
# "二つ", "세 가지"), or after its topic ("理由は二つ", "原因有两个"). Latin labels are read canonical
# (number words as digits); CJK ones as written, since canonical reads "千鶴" as 1000 and a name.
_COUNT_LATIN = re.compile(r"^(?:(?:just|only|these|those|the)\s)?\d+\s?[a-z]{0,12}$")
_CJK_NUM = r"(?:[一二两三四五六七八九十几]|\d)"
# (a numeral and its counter: "一郎" is a name, "两样" a count)
_COUNTER = r"(?:个|個|件|样|樣|点|點|条|條|种|種|句|项|項|桩|つ|回|度|人|名|ヶ所|か所)"
_COUNT_CJK = re.compile(rf"^{_CJK_NUM}+{_COUNTER}\S{{0,4}}$|^\S{{1,8}}?(?:は|が|有|是)\s?{_CJK_NUM}+{_COUNTER}?\S{{0,2}}$"
                        r"|^(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s?(?:가지|개|번|마디|군데|명)\S{0,3}$")
# "Two things, uncle": a comma inside the label (Japanese writes its comma 、; Chinese 、 lists
# fields, "姓名、年龄：", so it is no aside there)
_ASIDE = {"ja": re.compile(r"[,，、]")}
_ASIDE_DEFAULT = re.compile(r"[,，]")


def spoken_label(label: str, language: str) -> bool:
    """Whether the label before a colon is speech: an aside after a comma, or a count."""
    if (_ASIDE.get(language) or _ASIDE_DEFAULT).search(label):
        return True
    label = label.strip()
    return bool(_COUNT_LATIN.match(canonical(label)) if label.isascii() else _COUNT_CJK.match(label))


def own_manner(answer: str, gold_label: str | None, self_word: str) -> bool:
    """The character labels its answers itself: its gold answer does so, or it says its card's word
    for "I" in this one."""
    if gold_label:
        return True
    own = canonical(self_word) if self_word else ""
    return bool(own) and own in canonical(answer)
