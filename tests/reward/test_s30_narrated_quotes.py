"""A narrator's tag around the quoted answer ("'This is Sir Lancelot,' the boy said", "那白衣女子掩口一笑，
道：“…”", "彼女は微笑んで言った。「…」", "그녀가 웃으며 말했다. "…""): a scene told from outside,
not the character speaking. The character quoting itself ("我笑道", "\"Duluth,\" I said") or a
relative ("母はいつも言った。「…」", "My dad always said, '…'") is still speaking."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

HOME = {"en": ("Duluth", "Where did you grow up?"), "zh": ("延安", "你老家在哪儿？"),
        "ja": ("函館", "出身はどこ？"), "ko": ("부산", "고향이 어디예요?")}


def truth(lang):
    key, question = HOME[lang]
    return GroundTruth(answer=key, keywords=((key,),), negative_keywords=(), language=lang, question=question)


@pytest.mark.parametrize("lang,answer", [
    ("en", "'Duluth,' the sailor replied."), ("en", "'Duluth,' said the old man, and went back to his nets."),
    ("zh", "那老汉掩口一笑，道：“延安。”"), ("zh", "他哈哈一笑：“延安。”"),
    ("ja", "彼女は微笑んで言った。「函館よ」"),
    ("ko", "그녀가 웃으며 말했다. \"부산이에요.\""),
])
def test_a_narrators_tag_around_the_quoted_answer_is_refused(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "\"Duluth,\" I said, and he laughed."), ("en", "My dad always said, 'Duluth is home.' And it is: I grew up in Duluth."),
    ("zh", "我笑道：“延安。”"), ("zh", "我娘常说：“延安的小米最香。”俺就是延安人。"),
    ("ja", "母はいつも言った。「函館は寒い」って。でも私は函館生まれ。"), ("ja", "私は笑って言った。「函館よ」"),
    ("ko", "나는 웃으며 말했다. \"부산이에요.\""),
])
def test_the_character_quoting_itself_or_a_relative_is_paid(lang, answer):
    assert keyword_accuracy(answer, truth(lang)) == 1.0, answer
