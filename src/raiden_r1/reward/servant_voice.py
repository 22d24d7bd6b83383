"""A servant's voice (session 34, the twenty-fourth suite): the speaker names itself a servant and
speaks of a master or mistress, so the fact it gives is the master's, not its own ("I am but the lady's
handmaiden; my mistress was wed at Winchester", "我家小姐的故乡在临安，奴婢从小伺候她"). another_speaker.speaks_for
asks this after its household introductions, which only read an introduction opening the answer with the
master after it. Not when the character holds that place itself (its role or gold answer says so)."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .analysis import Answer
from .matching import PreparedTruth

_SERVANTS_EN = ("handmaiden|handmaid|maidservant|maid|servant|valet|page|squire|attendant|steward|butler|footman|"
                "lady in waiting|lady s maid|groom|housekeeper|chambermaid|manservant|retainer")
_MASTERS_EN = "lady|lord|master|mistress|ladyship|lordship|king|queen|prince|princess|duke|duchess|earl|countess|knight"
_INTRO = {
    # "I am but the lady's handmaiden", "I'm only her ladyship's maid", "I'm just the master's valet"
    "en": re.compile(rf"(?<![a-z])(?:i m|i am|im)\s(?:but|only|just|merely|simply|naught but|nothing but)?\s?"
                     rf"(?:the|her|his|my)\s(?:(?:{_MASTERS_EN}) s\s)?(?:own\s)?(?:{_SERVANTS_EN})(?![a-z])"),
    # "奴婢从小伺候她", "小的一直服侍我家少爷": a servant's word for "I" and a verb of serving someone
    "zh": re.compile(r"(?:奴婢|小的|老奴|奴才|小人|婢子|婢女|丫鬟我|我这丫鬟)(?:从小|自小|打小|一直|向来|多年|早年|这些年)?"
                     r"(?:就)?(?:伺候|服侍|侍奉|侍候|跟着)(?:着)?(?:她|他|小姐|少爷|老爷|夫人|太太|主子|公子|姑娘)"),
}
_MASTER = {
    "en": re.compile(rf"(?<![a-z])(?:my|our|her|his)\s(?:{_MASTERS_EN})(?![a-z])|(?<![a-z])the\s(?:{_MASTERS_EN})\s(?:s|was|is|had|has)(?![a-z])"),
    "zh": re.compile(r"(?:我家|我们家|咱家|俺家|我们)(?:小姐|少爷|老爷|夫人|太太|主子|公子|姑娘|主母)"),
}
_PLACE = re.compile(rf"{_SERVANTS_EN}|奴婢|丫鬟|婢女|仆|侍女|书童|小厮|家丁")


def servant_voice(ans: Answer, prep: PreparedTruth) -> str | None:
    """The servant's self-introduction, when the answer also speaks of its master or mistress."""
    intro = _INTRO.get(ans.language)
    if intro is None:
        return None
    text = ans.canon
    m = intro.search(text)
    if m is None or not _MASTER[ans.language].search(text.replace(m.group(0), " ")):
        return None
    role = canonical(prep.truth.role) + " " + prep.answer_norm
    if intro.search(prep.answer_norm) or any(p in role for p in _PLACE.findall(m.group(0))):
        return None  # (the character is that servant: "I'm her ladyship's maid" is its own place)
    return f"speaks as another person ('{m.group(0)}')"
