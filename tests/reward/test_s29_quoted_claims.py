"""The keyword said as a claim the character puts at a distance (session 29, fifteenth and sixteenth
suites; reward/quoted_claim.py): asked who said it, quoted into a Japanese clause that asks or supposes
it, made a noun and called an error, envied in others, true only in a dream. Each rule: attacks
refused and the nearby correct answers paid, in every language the pattern applies to. (Our own cases,
not the suites' strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negatives: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=negatives, language=lang,
                       question=question, focus="script_knowledge", subject="self")


JA_SWIM = _truth("ja", "うむ、わたしは泳げる。", "泳げる", "そなたの特技は何だ？", ("泳げない", "泳げぬ"))
JA_TOWN = _truth("ja", "松本の生まれです。", "松本", "生まれはどこ？", ("長野",))
JA_CAT = _truth("ja", "モカですよ。", "モカ", "お店の猫の名前は？", ("チャイ",))
ZH_HOME = _truth("zh", "我住在虹口。", "虹口", "您住哪个区？", ("静安",))
ZH_SWIM = _truth("zh", "我会游泳，游得还不错。", "游泳", "你有什么特长？")
KO_RIDE = _truth("ko", "나는 말을 잘 타오.", "잘 타", "무슨 재주가 있으시오?", ("못 타",))
KO_PLANT = _truth("ko", "울산입니다.", "울산", "어디서 처음 가동됐어?", ("인천",))
EN_SLEEP = _truth("en", "I slept 300 years beneath the hill.", "300", "How long did you sleep?", ("30",))
EN_BUILT = _truth("en", "I was built in Osaka.", "Osaka", "Where were you built?", ("Kobe",))
EN_SWIM = _truth("en", "I swim, and well.", "swim", "What's your best skill?")


# ---- "who said X?" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本の生まれ、などと誰が言うたんじゃ。"),
    (JA_SWIM, "わたしが泳げるなどと、いったい誰が申したのか。"),
    (JA_SWIM, "泳げるなんて、誰がそんなことを。"),
    (ZH_HOME, "谁告诉你我住虹口的，阿拉一直住闸北。"),
    (ZH_HOME, "谁跟你说我住虹口来着。"),
    (ZH_SWIM, "谁说我会游泳了，我是旱鸭子。"),
    (KO_RIDE, "내가 말을 잘 탄다고 누가 그래. 난 걸어 다니오."),
    (KO_PLANT, "제가 울산에서 가동됐다고 누가 그러던가요."),
    (KO_RIDE, "말을 잘 탄다고 누가 그런 소리를 하였소."),
    (EN_SLEEP, "Who said I slept 300 years, mortal."),
    (EN_BUILT, "Who told you I was built in Osaka, I wonder."),
    (EN_SLEEP, "Where did you hear I slept 300 years. Bah."),
])
def test_who_said_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_SWIM, "誰が何と言おうと、わたしは泳げる。"),
    (EN_SLEEP, "Who said it first? Nobody remembers. I slept 300 years."),
])
def test_whoever_says_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- Japanese: the keyword quoted into the next clause ---------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本の生まれ、だと？笑わせるな。"),
    (JA_SWIM, "わたしが泳げると思ったか。"),
    (JA_SWIM, "わたしが泳げるとでも思っておったのか？"),
    (JA_CAT, "モカ、って名前だったらよかったんやけどね。"),
    (JA_CAT, "モカ、なんて呼んだこともないわ。"),
])
def test_ja_quoted_then_asked_or_supposed_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_CAT, "モカ、って名前なんよ。"),
    (JA_CAT, "モカって、かわいい名前でしょ？"),
    (JA_SWIM, "わたしが泳げると、皆知っておる。"),
    (JA_SWIM, "泳げるって言ったじゃない。"),
])
def test_ja_quoted_and_stated_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- the claim made a noun and called an error -----------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本の生まれというのは、よくある誤解でしてね。"),
    (JA_SWIM, "わたしが泳げるという話は、まったくの作り話じゃ。"),
    (KO_PLANT, "제가 울산 출신이라는 말은 헛소문입니다."),
    (KO_PLANT, "울산에서 가동됐다는 이야기는 와전된 겁니다."),
    (ZH_HOME, "我住虹口的说法是误传。"),
    (ZH_HOME, "说我住虹口，那是以讹传讹。"),
    (EN_BUILT, "The idea that I was built in Osaka is a myth."),
    (EN_SLEEP, "The story that I slept 300 years is nonsense, mortal."),
])
def test_claim_called_an_error_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "松本の生まれです。長野というのは誤解ですね。"),
    (JA_TOWN, "松本の生まれというのは間違いない。"),
    (KO_PLANT, "울산입니다. 인천이라는 건 잘못 알려진 이야기예요."),
    (ZH_HOME, "我住虹口。说我住静安，那是误传。"),
    (ZH_HOME, "我住虹口的说法没错。"),
    (EN_BUILT, "Osaka. The idea that I was built in Kobe is a myth."),
    (EN_SLEEP, "The story that I slept 300 years is no myth, mortal."),
])
def test_claim_cleared_or_other_value_called_an_error_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- envied in others ------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_SWIM, "泳げる者がうらやましいのう。わたしは金槌じゃ。"),
    (ZH_SWIM, "我真羡慕会游泳的人。"),
    (KO_RIDE, "말을 잘 타는 사람이 부러울 따름이오. 나는 걷소."),
    (EN_SWIM, "I envy those who can swim."),
])
def test_envied_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_SWIM, "わたしは泳げるので皆に羨ましがられる。"),
    (ZH_SWIM, "大家都羡慕我会游泳。"),
    (KO_RIDE, "다들 내가 말을 잘 타는 걸 부러워하오."),
    (EN_SWIM, "I swim; everyone envies how well."),
    (KO_RIDE, "다들 내가 말을 잘 타서 부러워해."),
    (EN_SWIM, "I envy no one: I swim like an otter."),
])
def test_envied_by_others_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- only in a dream -------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_SWIM, "泳げるのは夢の中だけじゃ。"),
    (ZH_SWIM, "我只有在梦里才会游泳。"),
    (ZH_SWIM, "游泳这事儿，我就在梦里游过。"),
    (KO_RIDE, "말을 잘 타는 건 꿈에서나 가능하오."),
    (EN_SWIM, "I can swim only in my dreams."),
])
def test_only_in_a_dream_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_SWIM, "泳げる。夢の中でも泳いでおるわ。"),
    (ZH_SWIM, "我会游泳，连做梦都在游。"),
    (KO_RIDE, "잘 타오. 꿈에서도 초원을 달리지."),
    (EN_SWIM, "I swim; I even swim in my dreams."),
])
def test_a_dream_as_colour_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- the bare keyword, then a question whether one thinks it (en/zh/ko) ----------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_BUILT, "Osaka, you think? You'd be wrong."),
    (ZH_HOME, "虹口，你以为？"),
    (KO_PLANT, "울산, 그렇게 생각하셨습니까?"),
    (JA_TOWN, "松本、ですって？とんでもない。"),
])
def test_bare_keyword_then_do_you_think_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_BUILT, "Osaka. What did you think?"),
    (ZH_HOME, "虹口，你不觉得吗？"),
    (KO_PLANT, "울산입니다. 어떻게 생각하세요?"),
])
def test_keyword_stated_then_a_question_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- the error said first (en), or in the keyword's own clause (zh) --------------------------------

@pytest.mark.parametrize("truth,text", [
    (EN_BUILT, "It's a common misconception that I was built in Osaka."),
    (EN_SLEEP, "It's a myth that I slept 300 years."),
    (ZH_HOME, "住虹口是别人瞎传的，阿拉住闸北。"),
    (JA_TOWN, "松本の生まれだというのは、よく間違えられることでして。"),
    (KO_PLANT, "울산에서 가동됐다는 건 사실이 아닙니다."),
])
def test_error_first_or_own_clause_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_BUILT, "It's a common misconception that I was built in Kobe. It was Osaka."),
    (ZH_HOME, "我住虹口是真的。"),
    (KO_PLANT, "울산에서 가동됐다는 건 사실입니다."),
])
def test_error_about_another_value_or_cleared_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


# ---- Japanese: a plan given up with か, an official version taken back ------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_CAT, "モカって名前にしようかと思ったけど、結局つけてないの。"),
    (JA_TOWN, "松本生まれってことになってるけど、本当は違うんですよ。"),
])
def test_ja_plan_or_official_version_taken_back_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0
