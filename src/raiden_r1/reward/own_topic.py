"""A negative keyword in a clause that opens with the character as its topic ("私は小学校で38年",
"저는 강아지 콩이 키우고요", "이 몸은 백두산을 지키느니라", "我在小学教了38年", "I keep a dog called
Bean"): the speaker claims the wrong value as its own, so it is a second answer even in a sentence
without the keyword (an attack that speaks as the spouse or the sibling whose value the profile
holds). Only when the fact is the character's; a relative or a named person between the topic and
the value ("私は妹の38年を", "저는 동생이 콩이를") makes it that person's, which the caller checks.
Not caught: a topic the clause splitter cut off in an earlier clause ("私は、小学校で38年")."""

from __future__ import annotations

import re

# (the topic must open the clause; "私の", "제 ", "我家" open a possessor, not the speaker)
_OWN_TOPIC = {
    "ja": re.compile(r"^(?:私|わたし|わたくし|僕|ぼく|俺|おれ|あたし|うち|自分|わし|拙者|儂|おいら|あっし|わて|それがし)"
                     r"(?:は|が|も|って|なら) ?"),
    "ko": re.compile(r"^(?:저는|전|저도|제가|나는|난|나도|내가|(?:이 몸|소인|쇤네|소첩|소생|과인)(?:은|이|도))(?: |$)"),
    "zh": re.compile(r"^(?:我|咱|俺|老夫|老身|在下|本座)(?![的家们妈爸哥姐弟妹老儿女])"),
    "en": re.compile(r"^i (?!mean|think|guess|suppose|heard|hear|wonder)"),
}


def own_topic(before: str, lang: str) -> bool:
    """``before`` (a clause's canonical text before the negative) opens with the speaker as topic."""
    rx = _OWN_TOPIC.get(lang)
    return rx is not None and rx.match(before.strip()) is not None
