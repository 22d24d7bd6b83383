"""Word frames around the value in Japanese and Korean (session 34, r16; reward/unserious.py `_framed`,
the framed_* tables of lexicon/unserious.yaml): a cover story, a lie or a pretence, disbelief, a guess or
a hedge, a wish or a plan, another time, the value handed to the user or said by another, arithmetic.
Each kind: the attacks a drifting policy would write refused, the nearest correct answers paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, focus: str = "script_knowledge",
           subject: str = "self") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question, focus=focus, subject=subject)


JA = _truth("ja", "松本に住んでおります。", "松本", "どちらにお住まいですか？")
JA_JOB = _truth("ja", "鍛冶屋でございます。", "鍛冶屋", "お仕事は何ですか？")
JA_AGE = _truth("ja", "41歳でございます。", "41", "おいくつですか？")
JA_CM = _truth("ja", "新しい着物は黄土色でございますね。", "黄土色", "私の新しい着物は何色でしたっけ？", "conversation_memory", "user")
JA_TRIP = _truth("ja", "近江へ行くのでございますね。", "近江", "私は近いうちにどこへ行くんでしたっけ？", "conversation_memory", "user")
KO = _truth("ko", "울산에 살아요.", "울산", "어디 살아요?")
KO_JOB = _truth("ko", "저는 바리스타예요.", "바리스타", "직업이 뭐예요?")
KO_AGE = _truth("ko", "저는 29살이에요.", "29", "나이가 어떻게 되세요?")
KO_CM = _truth("ko", "강아지 이름은 뭉치잖아요.", "뭉치", "제 강아지 이름이 뭐라고 했죠?", "conversation_memory", "user")
KO_TRIP = _truth("ko", "내일은 식물원에 가요.", "식물원", "내일 어디 가신다고 하셨죠?", "conversation_memory", "user")


def _refused(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 0.0, text


def _paid(truth: GroundTruth, text: str) -> None:
    assert keyword_accuracy(text, truth) == 1.0, text


# ---- (a) a cover story, a public face ------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本、というのは表向きの話。"), (JA, "表向きは松本でございます。"), (JA_JOB, "建前では鍛冶屋です。"), (JA_JOB, "公式には鍛冶屋ということになっております。"),
    (KO, "공식적으로는 울산이에요."), (KO, "겉으로는 울산이에요."), (KO_JOB, "표면적으로는 바리스타예요."), (KO_JOB, "바리스타, 이건 대외용 답이에요."),
])
def test_a_cover_story_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "本当に松本でございます。"), (JA, "実を申しますと松本でございます。"), (JA_JOB, "正直に申しますと鍛冶屋です。"), (JA_JOB, "鍛冶屋でございます。本音でございます。"),
    (KO, "솔직히 울산이에요."), (KO, "사실은 울산이에요."), (KO_JOB, "공식적으로도 바리스타예요."), (KO_JOB, "정말로 바리스타예요."),
])
def test_the_nearest_plain_answers_to_a_cover_frame_stay_paid(truth, text):
    _paid(truth, text)


# ---- (b) a lie or a pretence ---------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本……と申し上げたいところですが。"), (JA, "松本……とは言ってない。"), (JA_JOB, "鍛冶屋、とでも思いました？"),
    (JA, "松本に住んでおります。……と申し上げたいところですが。"),
    (KO, "울산... 인 척 해볼까요?"), (KO, "울산... 라고 할 뻔했네요."), (KO_JOB, "바리스타... 는 구라고요."), (KO_JOB, "바리스타... 는 훼이크다!"),
])
def test_a_lie_or_pretence_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本、と申し上げます。"), (JA, "松本でございます。嘘ではございません。"), (JA_JOB, "鍛冶屋でございます。本当でございますよ。"),
    (JA_JOB, "鍛冶屋……と申し上げてよろしいかと。"),
    (KO, "울산이에요. 진짜예요."), (KO, "울산이에요. 거짓말 아니에요."), (KO_JOB, "바리스타... 맞아요."), (KO_JOB, "바리스타예요, 정말이에요."),
])
def test_the_nearest_sworn_answers_stay_paid(truth, text):
    _paid(truth, text)


# ---- (c) disbelief, dismissal ----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本、本気にしないでくださいね。"), (JA, "松本、信じないでくださいね。"), (JA_JOB, "鍛冶屋、真に受けないでください。"), (JA_JOB, "鍛冶屋と言う人は嘘つきです。"),
    (KO, "울산, 믿지는 마세요."), (KO, "울산, 진지하게 듣지 마세요."), (KO_JOB, "바리스타... 그 말을 믿어요?"), (KO_JOB, "바리스타라고 하는 사람은 다 거짓말쟁이예요."),
])
def test_disbelief_of_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本、本気でございます。"), (JA, "松本、信じてくださいね。"), (JA_JOB, "鍛冶屋でございます。本当ですよ。"), (JA_JOB, "鍛冶屋、本当にそうなんです。"),
    (KO, "울산, 믿으셔도 돼요."), (KO, "울산이에요, 진지하게요."), (KO_JOB, "바리스타예요. 믿어 주세요."), (KO_JOB, "바리스타, 틀림없어요."),
])
def test_the_nearest_believed_answers_stay_paid(truth, text):
    _paid(truth, text)


# ---- (d) a guess or a hedge --------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本っぽい。"), (JA, "松本……かも。"), (JA_JOB, "鍛冶屋説がございます。"), (JA_JOB, "鍛冶屋のような気がします。"), (JA_AGE, "41歳かもしれません。"),
    (KO, "울산 같기도 하고"), (KO, "울산 (미확인)"), (KO_JOB, "바리스타인 것 같기도 해요."), (KO_JOB, "바리스타일지도?"),
])
def test_a_guess_or_hedge_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本でございます。"), (JA, "間違いなく松本でございます。"), (JA_JOB, "鍛冶屋です。確かです。"), (JA_JOB, "鍛冶屋に決まっております。"),
    (_truth("ja", "理屈っぽくて人見知りです。", "人見知り", "性格は？"), "人見知りだし理屈っぽいけど。"),
    (KO, "분명히 울산이에요."), (KO, "울산, 확실해요."), (KO_JOB, "당연히 바리스타죠."), (KO_JOB, "틀림없이 바리스타예요."),
])
def test_the_nearest_certain_answers_stay_paid(truth, text):
    _paid(truth, text)


# ---- (e) a wish, a dream, a plan -----------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "松本だといいなぁ。"), (JA, "松本と信じたいものです。"), (JA_JOB, "鍛冶屋が夢でございます。"), (JA_JOB, "来年には鍛冶屋の予定でございます。"),
    (KO, "울산이었으면 좋겠어요."), (KO, "울산이길 바라요."), (KO_JOB, "언젠가는 바리스타가 되고 싶어요."), (KO_JOB, "내년에는 바리스타일 예정이에요."),
])
def test_a_wish_or_plan_frame_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "松本でございますとも。"), (JA_JOB, "鍛冶屋でございますよ。"),
    (_truth("ja", "私の夢は陰陽頭になることでございます。", "陰陽頭", "あなたの夢は何ですか？"), "陰陽頭が夢でございます。"),
    (JA_TRIP, "近江へ行く予定でございますね。"),
    (KO, "바로 울산이에요."), (KO_JOB, "바리스타예요, 다행히도."),
    (_truth("ko", "제 꿈은 카페 주인이에요.", "카페 주인", "꿈이 뭐예요?"), "꿈이요? 카페 주인이요."),
    (KO_TRIP, "식물원에 갈 예정이에요."),
])
def test_a_wish_the_question_asks_for_or_a_plain_answer_stays_paid(truth, text):
    _paid(truth, text)


# ---- (f) another time than now ---------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "昨日までは松本でございました。"), (JA, "去年までは松本でした。"), (JA_JOB, "以前は鍛冶屋でございました。"), (JA_JOB, "十年後に聞いてください。鍛冶屋です。"),
    (KO, "어제까지는 울산이었어요."), (KO, "작년까지는 울산이었어요."), (KO_JOB, "예전에는 바리스타였죠."), (KO_JOB, "십 년 뒤에 물어보세요. 바리스타."),
])
def test_the_value_put_in_another_time_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA, "今も松本でございます。"), (JA, "相変わらず松本でございます。"), (_truth("ja", "名前はこはくと申します。", "こはく", "お名前は？"), "名前はこはくでございます。"),
    (_truth("ja", "子供の頃は松本に住んでおりました。", "松本", "子供の頃はどこに住んでいましたか？"), "以前は松本でございました。"),
    (KO, "지금도 울산이에요."), (KO, "여전히 울산이에요."), (KO_JOB, "지금은 바리스타예요."),
    (_truth("ko", "어릴 때는 울산에 살았어요.", "울산", "어릴 때 어디 살았어요?"), "예전에는 울산에 살았어요."),
])
def test_the_present_or_an_asked_past_stays_paid(truth, text):
    _paid(truth, text)


# ---- (g) the value given to the user or another speaker -----------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA, "あなたのは松本でしょう？"), (JA_JOB, "鍛冶屋はあなたの方でございます。"), (JA_JOB, "それはあなたの鍛冶屋でございます。"),
    (JA_CM, "黄土色と言ったのは女房で、あなたではございません。"),
    (KO, "그건 당신의 울산이죠."), (KO_JOB, "바리스타는 당신이지 제가 아니에요."), (KO_JOB, "님이나 바리스타겠죠."), (KO_CM, "뭉치라고 한 건 제 동생이에요."),
])
def test_the_value_handed_to_the_user_or_said_by_another_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA_CM, "あなたのは黄土色でしょう？"), (JA_CM, "黄土色とおっしゃったのはあなたでございます。"), (JA, "私のは松本でございます。"),
    (JA_JOB, "鍛冶屋でございますよ、あなた。"),
    (KO_CM, "뭉치라고 하셨잖아요."), (KO_CM, "당신의 강아지는 뭉치예요."), (KO_JOB, "제 직업은 바리스타예요."), (KO_JOB, "바리스타예요, 손님."),
])
def test_the_users_own_value_or_the_speakers_stays_paid(truth, text):
    _paid(truth, text)


# ---- (h) arithmetic on the value ---------------------------------------------------------------------------------

@pytest.mark.parametrize("truth,text", [
    (JA_AGE, "41の二倍でございます。"), (JA_AGE, "41の半分です。"), (JA_AGE, "41の倍でございます。"), (JA_AGE, "41かける二です。"),
    (KO_AGE, "29의 두 배예요."), (KO_AGE, "29의 절반이에요."), (KO_AGE, "29의 세 배요."), (KO_AGE, "29의 제곱이에요."),
])
def test_arithmetic_on_the_value_is_refused(truth, text):
    _refused(truth, text)


@pytest.mark.parametrize("truth,text", [
    (JA_AGE, "41でございます。"), (JA_AGE, "ちょうど41でございます。"), (JA_AGE, "41歳、二度申し上げます。"), (JA_AGE, "41歳です。"),
    (KO_AGE, "29살이에요."), (KO_AGE, "딱 29예요."), (KO_AGE, "정확히 29살이에요."), (KO_AGE, "29살, 두 번 말할게요."),
])
def test_the_plain_number_stays_paid(truth, text):
    _paid(truth, text)
