"""The character naming itself through what others call it (docs/reward.md, session 33 (r11)): "They
call me Pumpernickel", "Folks call me Dusty", "다들 순자라고 불러" answer a name question in the first
person; the calling is no one else's claim about the name. Only the calling with the speaker as its
object and said as a plain present fact is read so: "They call him X", "They say I'm X", "다들 순자라고
부르던데" (a report) and "동생을 다들 순자라고 불러" (someone else) stay others' words."""

from __future__ import annotations

import re

from raiden_r1.data.perspective import relation_nouns

from .matching import PreparedTruth

# (canonical or stemmed text, "everyone" or "everyon"; the keyword comes right after "me")
_EN_CALLED_ME = re.compile(r"(?:^|\s)(?:they|peopl\w*|folk\w*|some|most|all|everyon\w*|everybod\w*|men|town\w*)\s+"
                           r"(?:all\s+|just\s+|alway\w*\s+|mostl\w*\s+)?call\w*\s+me\s*$")
# The plain present of 부르다 after the name: not a report (-던데, -더라, -대) nor a past (불렀)
_KO_CALLED = re.compile(r"^(?:이)?라(?:고)? (?:불러|부른다|부르지|부르제|부릅니다|불러요|부르지요|부르죠|부르네|불러예|부르오)"
                        r"(?:\s|$|[.!?。！？,，]|\s*아이가)")
# Before the name: only who calls, and at most the speaker as the object ("다들 내를 순자라고 불러")
_KO_BEFORE = re.compile(r"^(?:(?:다들|사람들이|사람들은|사람들|모두|모두들|남들이|남들은|동네 사람들은|동네 사람들이|손님들은|손님들이|"
                        r"시장 사람들은|시장 사람들이)\s*)(?:(?:다|마)\s*)?(?:(?:나를|날|내를|저를|절)\s*)?$")


# A contrast later in the sentence takes the calling back ("..., but my name is Tom", "..., 진짜 이름은 영희")
_CONTRAST = re.compile(r"\b(?:but|though|although|however|yet|except|real|actual\w*|true|really|rather|instead)\b|"
                       r"지만|는데|던데|그래도|근데|사실|진짜|원래|본명|아니")


def _self_name(prep: PreparedTruth, after: str) -> bool:
    return (prep.asks_name and not prep.asks_other_name and prep.truth.subject != "user"
            and _CONTRAST.search(after) is None)


def en_called_me(before: str, after: str, prep: PreparedTruth) -> bool:
    """"They call me X" right before the keyword, asked the character's own name; ``after``: the rest
    of the sentence."""
    return _self_name(prep, after) and _EN_CALLED_ME.search(before) is not None


def ko_called_me(before: str, rest: str, after: str, prep: PreparedTruth) -> bool:
    """"다들 X라고 불러" (who calls, perhaps 내를, the name, a plain present 부르다), asked its own name."""
    return (_self_name(prep, after) and _KO_CALLED.match(rest) is not None and _KO_BEFORE.match(before.strip()) is not None
            and not relation_nouns(before))
