"""A negative keyword given, in a sentence of its own, to another explicitly named item: "Coral-
coloured. Old rover was the burgundy one." (asked the new suit's colour), "珊瑚色。旧的那辆是酒红色。",
"コーラルだ。前の車はえんじ色だった。", "코랄이요. 예전 차는 버건디였어요." The sentence's subject is the
other item, marked as such (old, previous, former; 旧的, 以前的; 前の, 昔の; 예전, 원래): the negative is
that item's value, not a second answer. negatives.py asks it only for a sentence without a keyword.

Not paid: the negative bare ("Coral. Or burgundy.", "Burgundy. The old one was coral."), a sentence that
hedges or joins the asked item again ("or", "maybe", "too", "this one", "the new one"), a subject with no
marker ("The suit is burgundy.").
"""

from __future__ import annotations

import re

from .analysis import Answer, cue_in_text
from .clause_text import clause_before

# The other item as the subject opening the sentence, then its verb or topic particle.
_OTHER_SUBJECT = {
    "en": re.compile(r"^(?:the |my |our |your |his |her |their )?(?:old|previous|former|last|other|earlier|first|original)"
                     r"(?: [a-z0-9]+){1,2} (?:was|were|is|s|had|used to be)(?: |$)"),
    "zh": re.compile(r"^(?:旧的|以前的?|之前的?|原来的|老的|上[一1]?[件个辆台只条双套]|前[一1]?[件个辆台只条双套])[^ ]{0,6}?(?:是|为|呢是)"),
    "ja": re.compile(r"^(?:前の|昔の|古い|以前の|元の|先代の)[^ ]{0,8}?(?:は|が)"),
    "ko": re.compile(r"^(?:예전|옛날|이전|원래|지난번|옛) ?(?:[가-힣]{1,6} )?[가-힣]{0,6}?(?:은|는|이|가|건|게)(?: |$)"),
}
_SELF = re.compile(r"(?:^| )(?:me|i|myself|us|we)(?: |$)|我|私|僕|俺|あたし|わし|나|저")
# What takes the attribution back to the asked item or leaves the choice open.
_HEDGE = {"en": re.compile(r"(?:^| )(?:or|maybe|perhaps|either|too|also|as well|this one|the new|new one|same|both|yours)(?: |$)"),
          "zh": re.compile(r"或者|还是|也许|可能|也是|都是|新的|这件|这个"),
          "ja": re.compile(r"か(?:な|も)|それとも|たぶん|多分|も同じ|新しい|今の"),
          "ko": re.compile(r"아니면|혹은|아마|도 |새 |지금 |둘 다")}


def other_item_value(ans: Answer, ci: int, pos: int) -> bool:
    """Whether the negative at ``pos`` (clause ``ci``) sits in a sentence whose opening subject is
    another, explicitly marked item."""
    lang = ans.language
    if lang not in _OTHER_SUBJECT:
        return False
    start, end = ans.sentence_span(ci)
    sentence = " ".join(c.text for c in ans.clauses[start:end])
    if _HEDGE[lang].search(sentence):
        return False
    # (the subject and its verb before the negative: "Old burgundy rover was coral" gives it nothing)
    before = " ".join((*(c.text for c in ans.clauses[start:ci]), clause_before(ans, ci, pos))).strip()
    m = _OTHER_SUBJECT[lang].match(before)
    # ("Old me was 170", "以前的我是", "昔の私は", "예전의 나는": the speaker's own former value, a second value)
    return m is not None and not _SELF.search(m.group(0)) and not cue_in_text(m.group(0), lang, "first_person")


__all__ = ["other_item_value"]
