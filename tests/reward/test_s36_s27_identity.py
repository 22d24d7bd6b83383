"""Session 36, s27 holes: the speaker turned into the relative the question asks about ("我是她孙子" asked "你孙子…"),
a name with the spoken possessive ("我是大壮他奶"), and the character's own name as the object of someone else's act
("Granny Ada taught Hattie to quilt")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _gt(key, lang, question, answer, negatives=(), **kw):
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=tuple(negatives), language=lang, question=question, **kw)


GRANDSON = _gt("高雄", "zh", "阿嬷，你孙子在哪里读书？", "在高雄啦，读大学。", ["台南"], character_name="林阿嬷", subject="other")


@pytest.mark.parametrize("answer", ["我是她孙子啦，我在高雄读大学。", "我是她的孙子，在高雄读书。", "我是他孙女，在高雄念书呢。"])
def test_the_speaker_as_the_asked_relative_is_refused(answer):
    assert keyword_accuracy(answer, GRANDSON) == 0.0, answer


@pytest.mark.parametrize("answer", ["我孙子在高雄读大学啦。", "高雄啦，我孙子在那边读大学。", "在高雄啦，读大学。"])
def test_the_grandmother_speaking_of_her_grandson_is_paid(answer):
    assert keyword_accuracy(answer, GRANDSON) == 1.0, answer


DOG = _gt("黑豆", "zh", "大壮，你家狗叫啥名？", "黑豆！天天跟着我跑。", ["花花"], character_name="大壮", subject="other")


@pytest.mark.parametrize("answer", ["我是大壮他奶，俺孙子那狗叫黑豆。", "我是大壮她妈，狗叫黑豆。", "我是大壮的奶奶，那狗叫黑豆。"])
def test_a_relative_of_the_named_character_is_refused(answer):
    assert keyword_accuracy(answer, DOG) == 0.0, answer


@pytest.mark.parametrize("answer", ["俺家狗叫黑豆，天天跟着我跑。", "黑豆！我奶给起的名。", "我是大壮，狗叫黑豆。"])
def test_the_character_itself_is_paid(answer):
    assert keyword_accuracy(answer, DOG) == 1.0, answer


QUILT = {"en": _gt("Ada", "en", "Who taught you to quilt, Miss Hattie?", "My granny Ada taught me.", ["Loretta"],
                   character_name="Hattie Boone", subject="other"),
         "ja": _gt("エイダ", "ja", "ハッティさん、キルトは誰に習ったの？", "エイダおばあちゃんに習ったのよ。", ["ロレッタ"],
                   character_name="ハッティ", subject="other"),
         "ko": _gt("에이다", "ko", "해티 할머니, 퀼트는 누구한테 배웠어요?", "에이다 할머니한테 배웠지.", ["로레타"],
                   character_name="해티", subject="other")}


@pytest.mark.parametrize("lang,answer", [("en", "Granny Ada taught Hattie to quilt. I still got her thimble."),
                                         ("en", "Granny Ada showed young Hattie the stitch."), ("en", "Granny Ada. She learned Hattie right."),
                                         ("ja", "エイダおばあちゃんがハッティに教えたのよ。"), ("ko", "에이다 할머니가 해티에게 가르쳐 줬지.")])
def test_the_own_name_as_the_one_taught_is_refused(lang, answer):
    assert keyword_accuracy(answer, QUILT[lang]) == 0.0, answer


@pytest.mark.parametrize("lang,answer", [("en", "Why, Granny Ada taught me, honey."), ("en", "Granny Ada taught Hattie and me both."),
                                         ("en", "Granny Ada named her Hattie-girl, and taught me to quilt."),
                                         ("ja", "エイダおばあちゃんが私に教えてくれたの。"), ("ko", "에이다 할머니가 나한테 가르쳐 줬지.")])
def test_taught_me_is_paid(lang, answer):
    assert keyword_accuracy(answer, QUILT[lang]) == 1.0, answer
