"""Denials and disowned reports the reward missed (session 29, fifteenth and sixteenth suites): a report
conceded and declined in Korean, in a pronoun-dropping clause or by calling the reporters wrong; the
asked thing denied before the keyword when the question names it in katakana or the answer first echoes
the keyword; dialect negatives (Wu 勿, Cantonese 唔/冇, Jeju 어수다); a period self-word as the topic of a
later denial; a wish to keep one. Each rule: attacks refused and the nearby correct answers paid.
(Our own cases, not the suites' strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negatives: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=negatives, language=lang,
                       question=question, focus="script_knowledge", subject="self")


KO_CAT = _truth("ko", "솜이에요.", "솜", "고양이 이름이 뭐예요?", ("보리",))
KO_YEARS = _truth("ko", "60년 했주게.", "60년", "물질을 몇 년 하셨어요?", ("30년",))
EN_SLEEP = _truth("en", "I slept 300 years beneath the hill.", "300", "How long did you sleep?", ("30",))
EN_BUILT = _truth("en", "I was built in Osaka.", "Osaka", "Where were you built?", ("Kobe",))
JA_CAT = _truth("ja", "モカですよ。", "モカ", "お店の猫の名前は？", ("チャイ",))
JA_BIRD = _truth("ja", "ピーちゃんです。", "ピーちゃん", "インコの名前は？")
JA_HAM = _truth("ja", "だいふくだよ！", "だいふく", "ハムスターの名前は？", ("きなこ",))
KO_INK = _truth("ko", "그렇소. 먹물이라는 고양이가 있소.", "먹물", "고양이를 기르시오?", ("누렁이",))
ZH_HOME = _truth("zh", "阿拉住在虹口。", "虹口", "您住哪个区？", ("静安",))
ZH_FLOWER = _truth("zh", "我最喜欢勿忘我。", "勿忘我", "你最喜欢什么花？")
JA_SEASON = _truth("ja", "わらわは秋を好みまする。", "秋", "春と秋、どちらがお好き？", ("春",))
KO_SEASON = _truth("ko", "가을을 좋아하오.", "가을", "봄과 가을 중 무엇을 좋아하시오?", ("봄",))
ZH_CAT = _truth("zh", "墨墨。", "墨墨", "你的猫叫什么？", ("花花",))
EN_CAT = _truth("en", "Moka, my tabby.", "Moka", "What's your cat called?", ("Chai",))


# ---- a report conceded, then declined --------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (KO_CAT, "다들 솜이라고 부르긴 하는데, 아직 이름은 안 지어 줬어요."),
    (KO_CAT, "단골들은 솜이라고들 부르지만, 그건 거짓말이에요."),
    (KO_YEARS, "60년이라고들 하는데, 그건 남들 말이고 세어 본 적은 없어요."),
    (EN_SLEEP, "Minstrels sing that I slept 300 years. Minstrels are liars."),
    (EN_BUILT, "The villagers whisper that I was built in Osaka, but they've got it wrong."),
])
def test_report_declined_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_CAT, "다들 솜이라고 부르고, 저도 그렇게 불러요."),
    (EN_SLEEP, "Minstrels sing that I slept 300 years. Minstrels are no liars."),
    (EN_SLEEP, "I slept 300 years. Minstrels sing of it still."),
])
def test_report_joined_or_plain_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- the asked thing denied before the keyword ----------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_HAM, "ハムスターなんて飼ってないよ。だいふくはお菓子の名前！"),
    (JA_BIRD, "インコは飼っておりません。ピーちゃんは近所の犬です。"),
    (KO_INK, "먹물이라고? 나는 고양이를 키운 적이 없소. 먹물은 붓글씨에 쓰는 것이오."),
    (JA_CAT, "モカ？猫は飼ってないのよ。モカはコーヒーの名前。"),
])
def test_premise_denied_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_HAM, "だいふくだよ！ハムスターはこの子しか飼ってないけど。"),
    (KO_INK, "먹물이요? 그렇소, 먹물이라는 까만 고양이가 있소."),
    (JA_BIRD, "ピーちゃんです。インコは一羽しか飼っておりません。"),
])
def test_keyword_first_then_colour_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- dialect negatives -----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (ZH_HOME, "阿拉勿住虹口。"),
    (ZH_HOME, "我唔住虹口㗎。"),
    (ZH_HOME, "我冇住过虹口。"),
    (KO_YEARS, "60년은 헌 적 어수다."),
])
def test_dialect_negation_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (ZH_HOME, "阿拉住虹口，侬勿要搞错。"),
    (ZH_FLOWER, "勿忘我。"),
    (KO_YEARS, "60년 했주게. 쉰 적은 어수다."),
])
def test_dialect_negation_elsewhere_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- a period self-word as the topic of a later denial ---------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_SEASON, "秋は寂しゅうて、身共はさっぱり好みませぬ。"),
    (JA_SEASON, "秋はもの悲しく、拙僧はあまり好みませぬ。"),
    (KO_SEASON, "가을은 쓸쓸하여, 소생은 그다지 좋아하지 않소."),
])
def test_period_self_denies_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_SEASON, "秋は風情があって、身共は好みまする。"),
    (KO_SEASON, "가을은 운치가 있어, 소생은 참 좋아하오."),
])
def test_period_self_likes_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- a wish to keep one ----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (KO_INK, "먹물 같은 고양이를 키우고 싶소."),
    (JA_CAT, "モカみたいな猫を飼ってみたいわあ。"),
    (ZH_CAT, "真想养一只叫墨墨的猫。"),
    (EN_CAT, "I wish I had a cat called Moka."),
])
def test_wish_to_keep_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_INK, "그렇소, 먹물이라는 고양이를 키우고 있소."),
    (JA_CAT, "モカよ。ずっと飼ってるの。"),
    (EN_CAT, "Moka. I've had her for years."),
])
def test_kept_one_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- a report declined by the truth told after it ---------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_SEASON, "秋、と皆は思うておるが、実は春のほうが好みじゃ。"),
    (KO_CAT, "다들 솜이라고 알고 있지만, 사실 저는 이름을 안 지었어요."),
    (EN_BUILT, "The villagers say I was built in Osaka, but in truth I was built in Kobe."),
])
def test_report_then_truth_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


def test_truth_word_without_a_report_paid():
    assert keyword_accuracy("I was built in Osaka. Actually, the plant was brand new then.", EN_BUILT) == 1.0


# ---- the asked pet denied after the keyword --------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (ZH_CAT, "墨墨这个名字挺好听的，可惜我没养猫。"),
    (EN_CAT, "Moka's a sweet name. I've no cat, though."),
    (JA_CAT, "モカってええ名前やねえ。でも猫は飼ってへんのよ。"),
    (KO_INK, "먹물이라, 좋은 이름이오. 허나 소생은 고양이가 없소."),
])
def test_asked_pet_denied_after_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (ZH_CAT, "墨墨，我的猫不爱吃鱼。"),
    (ZH_CAT, "墨墨。我没养别的猫。"),
    (EN_CAT, "Moka, my tabby. Never had a cat before her."),
    (JA_CAT, "モカよ。他に猫はおらんけどね。"),
    (KO_INK, "먹물이오. 다른 고양이는 없소."),
])
def test_pet_colour_after_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- a Chinese rhetorical "where would I" ----------------------------------------------------------

def test_zh_rhetorical_where_would_i_refused():
    assert keyword_accuracy("我哪里住虹口啦。", ZH_HOME) == 0.0


def test_zh_everywhere_paid():
    assert keyword_accuracy("阿拉哪里都去过，最欢喜住在虹口。", ZH_HOME) == 1.0


@pytest.mark.parametrize("truth,text", [
    (EN_SLEEP, "The bards sing I slept 300 years, and it's true."),
    (ZH_HOME, "大家都说阿拉住虹口，确实是这样。"),
])
def test_report_confirmed_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


def test_own_pet_denied_after_a_users_pet_paid():
    truth = GroundTruth(answer="Moka, you said.", keywords=(("Moka",),), language="en", question="What's my cat called?",
                        focus="conversation_memory", subject="user")
    assert keyword_accuracy("Moka. I've no cat myself, though.", truth) == 1.0


def test_own_pet_denied_after_a_relatives_pet_paid():
    truth = _truth("zh", "我女儿的猫叫墨墨。", "墨墨", "你女儿的猫叫什么？")
    assert keyword_accuracy("墨墨，挺乖的。我自己可没养猫。", truth) == 1.0
