"""A self-doubting question cut off from the keyword by a pause (session 32): "片道1時間半……になるのかな？",
"북한산…… 이었던가요?", "一个半小时……应该是吧？", "Ninety minutes... was it?". The part after the ellipsis
cannot stand alone (it opens with a particle, a copula or an auxiliary) and ends as the speaker's own
wondering, so the keyword's clause is the question (frames.question_tail asks this for the clause
after the keyword's). Not caught: a doubt said as a statement after the pause ("……だと思う"), which the
hedge rules read; a long question after the pause, which may ask the user something else
("1時間半……って、長いと思います？" is no self-doubt: it opens with って and ends in ます).
"""

from __future__ import annotations

# (text is canonical: punctuation gone but the question mark, ja kanji in their simplified forms)
_OPENS = {
    "ja": ("に", "で", "だ", "じゃ", "くらい", "ぐらい", "ほど", "か", "です", "でしょ", "だろ", "なの", "の"),
    "ko": ("이", "였", "인", "일", "쯤", "정도", "라", "이라"),
    "zh": ("是", "应该", "大概", "好像", "左右", "吧"),
    "en": ("was it", "is it", "i think", "i guess", "i suppose", "or so", "maybe"),
}
_ENDS = {
    "ja": ("かな", "かなあ", "かなぁ", "かね", "っけ", "のか", "でしょうか", "だろうか", "かしら"),
    "ko": ("가", "가요", "나", "나요", "까", "까요", "더라", "던가"),
    "zh": ("吧", "来着", "吗", "呢"),
    "en": ("it", "think", "guess", "suppose", "so", "maybe"),
}
_LONGEST = {"ja": 14, "ko": 8, "zh": 6, "en": 12}


def doubting_tail(tail: str, lang: str) -> bool:
    """``tail`` (the clause after the keyword's, a question) is the speaker's own wondering about it."""
    if lang not in _OPENS:
        return False
    text = tail.rstrip("?？ ")
    if not text or len(text) > _LONGEST[lang] or (lang == "ko" and " " in text):
        return False
    return text.startswith(_OPENS[lang]) and text.endswith(_ENDS[lang])
