"""Praise of the value just given, said as a bare segment after it ("踏雪，好名字", "Snowstep. Nice
name.", "ふぶき、よき名じゃ", "눈송이, 좋은 이름이네"): a remark on the name, not a second candidate
for the slot (rev71). Only a whole segment of praise-word + name-noun counts: "踏雪，好马" or "踏雪，黑豆"
still list a second value, and a real second name beside the praise is still read (dumps.py)."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

_TAIL = "[。！？.!?…~～ ]*"
# (zh: 好/妙/美/雅/佳 + 名字/名儿/名; "好听的名字" and "名字真好听" were no bare segment already)
_PRAISE = {
    "zh": re.compile("(?:真是|真|多|好一个|好个|果然是|果然|确是|实乃|乃)?(?:好|妙|美|雅|佳|吉|响亮的|好听的|不错的|漂亮的|可爱的|威风的|气派的)"
                     "(?:名字|名儿|名号|名)(?:啊|呀|呢|哈|嘛|哦|也|矣|哉|噻|嘞|咧|哟)?" + _TAIL),
    "ja": re.compile("(?:実に|本当に|ほんまに|なかなか|とても)?(?:いい|良い|よい|よき|良き|佳い|佳き|ええ|素敵な|すてきな|立派な|かわいい|可愛い|きれいな|綺麗な)"
                     "(?:名前|名|お名前)(?:だ|です|じゃ|じゃな|でござる|ですね|だね|だな|ね|よ|や|やな|やね|ですな)?(?:ね|な|よ|のう|ぞ)?" + _TAIL),
    "ko": re.compile("(?:참|아주|정말|진짜|허벌나게|겁나)? ?(?:좋은|예쁜|이쁜|멋진|고운|근사한|귀여운) ?이름(?:이네|이야|이지|이여|이구먼|이구만|이다|이에요|이네요|입니다|이군|이로구나)?(?:요|잉)?"
                     + _TAIL),
    "en": re.compile("(?:what an? |a |such an? )?(?:nice|good|fine|lovely|fair|noble|proud|grand|pretty|great|beautiful|bonny|splendid|worthy|handsome|cute) "
                     "name(?: indeed| that| too| it is)?" + _TAIL),
}


def praises_the_value(segment: str, language: str) -> bool:
    """Whether a bare list segment is only praise of the name just given ("好名字", "Nice name")."""
    pattern = _PRAISE.get(language)
    if pattern is None:
        return False
    text = segment.strip(" ,，、;；:：")
    return bool(pattern.fullmatch(text) or pattern.fullmatch(canonical(text)))
