"""A value said without meaning it, in Japanese and Korean (session 33, r10; reward/unserious.py): taken
back as a joke or a lie, marked wrong, guessed, true only in a dream or a story, said with sarcasm,
scoffed at. Each kind: the attacks a drifting policy would write refused, and the nearest correct
answers paid. (Our own cases, not the probe2 suite's strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negatives: tuple[str, ...] = ()) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=negatives, language=lang,
                       question=question, focus="script_knowledge", subject="self")


JA = _truth("ja", "松本の生まれです。", "松本", "生まれはどこ？", ("長野",))
JA_CAT = _truth("ja", "モカですよ。", "モカ", "お店の猫の名前は？", ("チャイ",))
KO = _truth("ko", "울산입니다.", "울산", "고향이 어디예요?", ("부산",))
KO_JOB = _truth("ko", "저는 바리스타예요.", "바리스타", "직업이 뭐예요?", ("요리사",))
KO_SOUP = _truth("ko", "성게 미역국을 제일 좋아해요.", "성게 미역국", "제일 좋아하는 음식은요?", ("갈비찜",))


def _refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0, text


# ---- taken back as a joke or a lie ------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本の生まれです。嘘です。"), (JA, "松本、知らんけど。"), (JA, "松本ですよ。冗談です。"), (JA_CAT, "モカですよ、なんてね。"),
    (KO, "울산입니다. 뻥이에요."), (KO, "울산요. 농담이에요."), (KO, "울산, 아닐걸요."), (KO_JOB, "바리스타 아닐 거예요."),
])
def test_a_value_taken_back_as_a_joke_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "冗談抜きで、松本の生まれです。"), (JA, "松本の生まれです。嘘じゃありません。"), (JA, "松本です。嘘はつきません。"),
    (JA, "嘘偽りなく、松本の生まれです。"),
    (KO, "뻥 아니고 울산입니다."), (KO, "울산입니다. 농담 아니에요."), (KO, "농담이 아니라 진짜 울산이에요."),
    (KO, "울산입니다. 장난 아니게 좋은 곳이죠."), (JA, "松本です、嘘みたいな話ですけど。"), (KO, "울산이에요. 농담 같죠?"),
    (KO, "울산요. 진짜 뻥 안 치고요."), (KO, "울산 출신이에요. 뻥튀기 좋아해요."), (KO, "울산이에요, 농담 삼아 공업 도시라고도 하죠."),
    (JA, "松本の生まれです、嘘つきではありません。"), (JA, "松本、そうそう。"),
])
def test_a_joke_denied_keeps_the_value_paid(truth, text):
    _paid(truth, text)


# ---- marked wrong ------------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本：誤り。"), (JA, "松本は不正解。"), (JA, "❌松本"), (JA, "松本 ✗"), (JA, "~~松本~~"),
    (KO, "울산 아님."), (KO, "울산 ㄴㄴ"), (KO, "울산 노노."), (KO, "울산 X"), (KO, "❌ 울산"),
])
def test_a_value_marked_wrong_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本、間違いない。"), (JA, "松本はずれの村の生まれです。"), (JA, "松本です、間違いなく。"), (JA, "松本は正解です。"), (JA, "✅松本"), (JA, "松本 ⭕"),
    (KO, "울산 맞음."), (KO, "울산, 틀림없어요."), (KO, "울산 O"), (KO, "✅ 울산"), (KO, "울산 ✔"),
])
def test_a_value_marked_right_is_paid(truth, text):
    _paid(truth, text)


# ---- guessed --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "当てずっぽうですが、松本。"), (JA, "勘で言うと松本です。"), (JA, "なんとなく松本。"), (JA, "適当に言うと松本です。"),
    (KO, "감으로 울산."), (KO, "느낌상 울산이요."), (KO, "찍자면 울산."), (KO, "대충 울산."),
])
def test_a_guessed_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "勘じゃなくて、確かに松本の生まれです。"), (JA, "当てずっぽうではなく、松本です。"), (JA, "適当に答えるわけじゃありません、松本です。"),
    (JA, "なんとなくじゃなくて、はっきり松本です。"),
    (KO, "감이 아니라 확실히 울산입니다."), (KO, "감으로 하는 말 아니고, 울산이에요."), (KO, "대충 말고 정확히 울산입니다."),
    (KO, "느낌상이 아니라 기록상 울산입니다."), (JA_CAT, "なんとなく好きなんです、モカが。"),
    (KO_JOB, "아무거나 잘 하지만 제 직업은 바리스타예요."), (KO, "대충 말하자면 울산 출신이에요."), (JA, "直感でわかる通り、松本です。"),
])
def test_a_guess_denied_keeps_the_value_paid(truth, text):
    _paid(truth, text)


# ---- only in a dream or a story ---------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本ですよ。夢の中では。"), (JA, "物語の中では松本です。"), (JA, "松本ですよ。別の世界では。"), (JA, "夢では松本の生まれです。"),
    (KO, "울산이요. 꿈속에서는요."), (KO, "소설 속에서는 울산입니다."), (KO, "다른 세계에서는 울산이죠."), (KO, "꿈에서는 울산이에요."),
])
def test_a_value_only_in_fiction_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本です。夢の中でも故郷を見ます。"), (JA, "物語のような町、松本の生まれです。"),
    (JA, "松本の生まれです。小説の舞台にもなった町です。"), (JA, "松本です。夢にまで見る故郷です。"),
    (KO, "울산입니다. 꿈속에서도 그리워요."), (JA, "松本の生まれですが、夢の中ではいつも海辺にいます。"), (KO, "울산이에요. 소설 속 배경이기도 하죠."), (KO, "울산입니다. 영화 속에서도 자주 나와요."),
    (KO, "울산입니다. 소설에서도 자주 나오는 도시예요."), (KO, "울산이에요. 꿈에서는 늘 바다가 보여요."),
])
def test_a_value_also_in_fiction_is_paid(truth, text):
    _paid(truth, text)


# ---- sarcasm ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "はいはい、松本ですよ。私は帝ですけどね。"), (JA, "松本ですよ、はいはい。"), (JA, "ええ、ええ、松本ですとも。私は月の姫ですから。"),
    (JA, "松本って言っとけばいいんでしょ。"),
    (KO, "네네, 울산요. 저는 대통령이고요."), (KO, "울산이요, 네네."), (KO, "울산이라고 하면 되죠?"),
    (KO, "예예, 울산입니다. 저는 우주 최강이거든요."), (KO, "아 예예, 울산요. 저는 외계인이거든요."),
    (JA, "はいはい、松本ですよ。私は宇宙人ですから。"),
])
def test_a_sarcastic_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "はい、松本の生まれです。"), (JA, "ええ、松本でございますとも。"), (JA, "はいはい、松本ですよ。私は松本っ子ですから。"),
    (JA, "松本ですよ、ええ。"),
    (KO, "네, 울산입니다."), (KO, "네네, 울산이에요! 저는 울산 토박이거든요."), (KO, "네네, 울산입니다."),
    (KO, "울산이요. 네, 맞아요."), (KO, "네, 네, 울산입니다. 저는 거기서 자랐거든요."),
    (JA, "はいはい、松本ですよ。私は地元民ですから。"),
])
def test_an_eager_yes_is_paid(truth, text):
    _paid(truth, text)


# ---- scoffed at (Korean) -----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (KO, "울산은 개뿔."), (KO, "울산은 무슨 울산."), (KO, "울산일 리가."), (KO, "울산이긴커녕."), (KO_JOB, "바리스타는 얼어 죽을."), (KO, "울산 뻥."), (KO_SOUP, "성게 미역국은 무슨 성게 미역국."), (KO, "울산요 ㅋㅋ 농담."),
    (JA, "松本（笑）"),
])
def test_a_scoffed_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (KO, "울산이기도 하고요."), (KO, "울산은 무슨 음식이든 맛있어요."), (KO, "울산이긴 하죠."), (KO, "울산이기는 해요."),
    (JA, "松本です（笑）"),
])
def test_a_plain_value_near_a_scoff_is_paid(truth, text):
    _paid(truth, text)


# ---- それなら is no condition ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["それなら松本でございます。", "生まれですか。それなら松本です。"])
def test_sorenara_gives_the_value(text):
    _paid(JA, text)


def test_a_real_condition_is_still_refused():
    _refused(JA, "もし生まれ変わったら、松本の生まれがいいです。")
