"""The keyword found only inside a longer word (fifteenth and sixteenth red-team suites; docs/reward.md,
"Session 29"): a katakana keyword inside a longer katakana word ("ゴンドラ" for a dog called ゴン), a
Korean name keyword with another word's syllables glued before it ("땅콩이" for 콩이). Each: the attack
refused and the nearby correct answer paid (our own cases, not the suites' strings)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question,
                       focus="script_knowledge", subject="self")


JA_DOG = _truth("ja", "ゴンっていうんよ。", "ゴン", "犬の名前は何？")
JA_CAT = _truth("ja", "マリっていう三毛猫です。", "マリ", "猫ちゃんの名前は？")
JA_HAMSTER = _truth("ja", "コロです。", "コロ", "ハムスターの名前、なんだっけ？")
JA_DRINK = _truth("ja", "コーラが好き。", "コーラ", "好きな飲み物は？")
KO_DOG = _truth("ko", "우리 강아지는 콩이예요.", "콩이", "강아지 이름이 뭐예요?")
KO_CAT = _truth("ko", "고양이 이름은 나비야.", "나비", "고양이 이름이 뭐야?")
KO_FRIEND = _truth("ko", "민지요. 제일 친한 친구예요.", "민지", "제일 친한 친구 이름이 뭐예요?")
KO_DOG2 = _truth("ko", "보리예요.", "보리", "강아지 이름이 뭐예요?")


@pytest.mark.parametrize("truth,text", [
    (JA_DOG, "ゴンドラに乗りたいなあ。"),
    (JA_DOG, "ドラゴンの映画、観た？"),
    (JA_DOG, "ゴンザレスさんちの犬は大きいで。"),
    (JA_CAT, "マリオカートばっかりしとる。"),
    (JA_CAT, "マリンスポーツが趣味です。"),
    (JA_HAMSTER, "コロッケ食べたい！"),
    (JA_HAMSTER, "エスカルゴロ…じゃなくて、ゴロゴロしとる。"),
])
def test_katakana_keyword_inside_a_longer_katakana_word_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_DOG, "ゴンだがや。"),
    (JA_DOG, "うちのゴンちゃん、かわいいで。"),
    (JA_DOG, "ゴンー！って呼んだらすぐ来るよ。"),
    (JA_DOG, "ごんっていうの。"),
    (JA_CAT, "マリ。ミケ猫のマリです。"),
    (JA_HAMSTER, "コロ。ちっちゃいハムスター。"),
    (JA_DRINK, "コーラかな、やっぱ。コーラ一択。"),
    (JA_DRINK, "コーラ！キンキンに冷えたやつ。"),
])
def test_katakana_keyword_as_its_own_word_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (KO_DOG, "땅콩이 제일 맛있어."),
    (KO_DOG, "검은콩이 몸에 좋대요."),
    (KO_CAT, "호랑나비가 날아왔어."),
    (KO_FRIEND, "거주민지원금 받았어요."),
    (KO_DOG2, "찰보리빵 먹을래?"),
    (KO_DOG2, "청보리밭이 예뻤어요."),
])
def test_korean_name_inside_another_word_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_DOG, "콩이예요! 하얀 말티즈요."),
    (KO_DOG, "우리콩이 귀엽죠? 콩이예요."),
    (KO_CAT, "나비지, 우리 나비."),
    (KO_FRIEND, "김민지요. 초등학교 때부터 친구예요."),
    (KO_DOG2, "보리요. 막내보리라고도 불러요."),
])
def test_korean_name_as_its_own_word_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_WORK = _truth("ja", "ロケットを作っています。", "ロケット", "お仕事は何を作っているんですか？")


def test_long_katakana_keyword_heading_a_compound_paid():
    assert keyword_accuracy("ロケットエンジンを開発しています。", JA_WORK) == 1.0


ZH_ROLE = _truth("zh", "我唱青衣。", "青衣", "你唱的是哪个行当？")
EN_FLOWER = _truth("en", "Peony, always.", "Peony", "What's your favourite flower?")
JA_FOOD = _truth("ja", "ひよこ豆が好き。", "ひよこ豆", "好きな豆は？")
KO_FRUIT = _truth("ko", "한라봉이요.", "한라봉", "제일 좋아하는 과일이 뭐예요?")
ZH_TOWN = _truth("zh", "我老家在嘉陵。", "嘉陵", "你老家是哪里的？")
EN_SCHOOL = _truth("en", "Harvard.", "Harvard", "Which school did you go to?")


@pytest.mark.parametrize("truth,text", [
    (ZH_ROLE, "我去四川玩过，青衣江边的风景真美。"),
    (EN_FLOWER, "Come find me on Peony Street sometime."),
    (EN_FLOWER, "We walked through Peony Park all afternoon."),
    (KO_FRUIT, "한라봉대교 건너서 왔어요."),
])
def test_keyword_naming_a_place_for_a_question_about_something_else_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (ZH_ROLE, "我唱青衣，在江边练嗓子。"),
    (ZH_TOWN, "嘉陵江边长大的，老家就是嘉陵。"),
    (EN_FLOWER, "Peony. Street markets sell them cheap in May."),
    (EN_SCHOOL, "Harvard University, class of '98."),
])
def test_keyword_beside_a_place_word_for_a_place_question_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (KO_DOG2, "보리차 한 잔 드릴까요?"),
    (KO_CAT, "나비넥타이 맨 사람이 왔어."),
    (KO_DOG, "콩이불 덮고 잤어."),
])
def test_korean_name_with_another_noun_glued_after_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_DOG2, "보리랑 산책 다녀왔어요. 우리 보리요."),
    (KO_DOG2, "보리예요! 보리씨라고도 불러요."),
    (KO_FRIEND, "민지언니요. 제일 친해요."),
    (KO_CAT, "나비야, 이리 와! 나비라고 해."),
    (KO_DOG, "콩이한테 물어봐. 콩이예요."),
])
def test_korean_name_with_a_particle_or_title_glued_after_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


KO_JOB = _truth("ko", "간호사예요.", "간호사", "제 직업이 뭐라고 했죠?")


@pytest.mark.parametrize("truth,text", [
    (KO_JOB, "간호사시잖아요! 다 기억해요."),
    (KO_DOG, "콩이다 아이가, 와 자꾸 묻노?"),
    (KO_JOB, "간호사셨죠? 야간 근무 힘드시다면서요."),
    (KO_JOB, "간호사분이시잖아요. 간호사끼리는 다 알아요."),
    (KO_FRIEND, "민지우다, 제일 친한 벗이우다."),  # Jeju copula
    (KO_DOG2, "우리 강아지 보리유, 순해유."),  # Chungcheong copula
])
def test_korean_name_with_an_honorific_or_dialect_copula_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_HOBBY = _truth("ja", "テニスです。", "テニス", "趣味は何ですか？")


def test_katakana_hobby_heading_a_compound_paid():
    assert keyword_accuracy("週末はいつもテニスコートにおるよ。テニスサークルにも入っとる。", JA_HOBBY) == 1.0
