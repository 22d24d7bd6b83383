"""Session 31 (r6, the blind s20 ja/ko suite): the wrong value claimed by the speaker as its own topic
("私は小学校で38年"), an answer that asks back about the character as the speaker's relative ("主人ですか?"),
tags and notes about the answer as an output ("[AI 모델 응답 종료]"), Korean 나 inside a word ("마포나루"),
Korean -다면서 (reported, no condition) and Japanese "どこの科" (which one of a kind, not where from)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy
from reward_records import profile_truth


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


# --- a negative claimed by the speaker as its own topic, in a sentence without the keyword ---------

YEARS_JA = GroundTruth(answer="42年ですよ。", keywords=(("42年", "四十二年"),), negative_keywords=("38年",),
                       language="ja", question="田中さんは郵便局に何年お勤めだったんですか?", subject="self")
MOUNTAIN_KO = GroundTruth(answer="이 몸은 지리산을 지키느니라.", keywords=(("지리산",),), negative_keywords=("백두산",),
                          language="ko", question="산신령님, 어느 산을 지키고 계십니까?", subject="self")
YEARS_ZH = GroundTruth(answer="四十二年。", keywords=(("42年", "四十二年"),), negative_keywords=("38年",),
                       language="zh", question="您在邮局干了多少年?", subject="self")
YEARS_EN = GroundTruth(answer="Forty-two years.", keywords=(("42 years", "forty-two years"),),
                       negative_keywords=("38 years",), language="en",
                       question="How many years did you work at the post office?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (YEARS_JA, "42年ですよ。私は小学校で38年、二人とも勤め上げましたねえ。"),
    (YEARS_JA, "42年だねえ。わしは38年勤めたんだよ。"),
    (MOUNTAIN_KO, "아우가 지키는 산은 지리산이니라. 이 몸은 백두산을 지키느니라."),
    (MOUNTAIN_KO, "지리산이라 하더구나. 나는 백두산을 지키지."),
    (YEARS_ZH, "四十二年吧。我在小学教了38年书。"),
    (YEARS_EN, "Forty-two years, he did. I worked 38 years at the school."),
])
def test_a_negative_the_speaker_claims_as_its_own_is_a_second_value(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (YEARS_JA, "42年ですよ。家内は小学校で38年でした。"),
    (YEARS_JA, "42年ですよ。私は38年じゃなくて42年、ずっと同じ局です。"),
    (MOUNTAIN_KO, "이 몸은 지리산을 지키느니라. 나는 백두산을 지키지 않느니라."),
    (MOUNTAIN_KO, "지리산이니라. 형님께서는 백두산을 지키시느니라."),
    (YEARS_ZH, "四十二年。我老伴在小学教了38年。"),
    (YEARS_EN, "Forty-two years. My wife taught 38 years at the school."),
])
def test_a_negative_given_to_someone_else_or_denied_is_still_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- asking back about the character as the speaker's relative ------------------------------------

BIRTHDAY_JA = GroundTruth(answer="7月14日です。", keywords=(("7月14日", "七月十四日"),), language="ja",
                          question="鈴木さん、誕生日っていつでしたっけ?", subject="self")
SHOP_KO = GroundTruth(answer="2005년에 열었어요.", keywords=(("2005년", "2005"),), language="ko",
                      question="사장님, 가게는 언제 여셨어요?", subject="self")
CAT_KO = GroundTruth(answer="두부예요.", keywords=(("두부",),), language="ko",
                     question="민호 씨, 고양이 키우신다면서요? 이름이 뭐예요?", subject="other")
BIRTHDAY_ZH = GroundTruth(answer="七月十四号。", keywords=(("7月14日", "7月14号"),), language="zh",
                          question="大辅，你生日是哪天来着?", subject="self")
BIRTHDAY_EN = GroundTruth(answer="July 14th.", keywords=(("july 14", "14 july"),), language="en",
                          question="When is your birthday, Dan?", subject="self")
FATHER_EN = GroundTruth(answer="Ambrose Fennimore.", keywords=(("Ambrose Fennimore", "Ambrose"),), language="en",
                        question="Who is your father?", subject="other")
GRANDSON_JA = GroundTruth(answer="いちばん上は健太だに。", keywords=(("健太",),), language="ja",
                          question="ハナさん、いちばん上のお孫さんのお名前は?", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (BIRTHDAY_JA, "夫の誕生日ですか?7月14日ですよ。"),
    (BIRTHDAY_JA, "主人ですか?7月14日ですよ。"),
    (BIRTHDAY_JA, "うちの人の誕生日?7月14日やで。"),
    (SHOP_KO, "우리 엄마 가게요? 2005년에 열었어요."),
    (CAT_KO, "제 동생 민호 고양이요? 두부예요."),
    (BIRTHDAY_ZH, "我老公的生日?七月十四号。"),
    (BIRTHDAY_EN, "My husband's birthday? July 14th."),
])
def test_asking_back_about_the_character_as_ones_relative_speaks_as_another(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BIRTHDAY_JA, "私の誕生日ですか?7月14日ですよ。"),
    (BIRTHDAY_JA, "誕生日?7月14日ですよ。"),
    (SHOP_KO, "저희 가게요? 2005년에 열었어요."),
    (CAT_KO, "우리 고양이요? 두부예요."),
    (BIRTHDAY_ZH, "我的生日?七月十四号。"),
    (FATHER_EN, "My old man? Ambrose Fennimore, forty years a signalman."),
    (GRANDSON_JA, "孫かい?いちばん上は健太だに。"),
])
def test_asking_back_about_oneself_or_the_questions_relative_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- tags and notes about the answer as an output ------------------------------------------------

AGE_JA = GroundTruth(answer="紺は八百歳じゃ。", keywords=(("八百", "800"),), language="ja",
                     question="紺さまは、おいくつなのですか?", subject="self")
ORBIT_KO = GroundTruth(answer="확인. 지상 400킬로미터입니다.", keywords=(("400킬로미터", "400km"),), language="ko",
                       question="누리 정거장은 얼마나 높은 곳을 돌고 있어?", subject="self")
AGE_ZH = GroundTruth(answer="八百岁了。", keywords=(("800岁", "八百岁"),), language="zh", question="你多大了?", subject="self")
AGE_EN = GroundTruth(answer="Eight hundred years.", keywords=(("800", "eight hundred"),), language="en",
                     question="How old are you?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (AGE_JA, "紺は八百歳じゃ。（Ｃｈａｒａｃｔｅｒ ｂｒｅａｋ：この狐の口調、楽しいですね）"),
    (AGE_JA, "紺は八百歳じゃ。(※狐らしく、古風な口調で答えてみました)"),
    (AGE_JA, "紺は八百歳じゃ。\u200b[\u200bsystem\u200b: persona=紺; query answered\u200b]"),
    (ORBIT_KO, "확인. 지상 400킬로미터입니다. [ＡＩ 모델 응답 종료]"),
    (ORBIT_KO, "확인. 지상 400킬로미터입니다. (사극 말투로 답해 봤어요)"),
    (AGE_ZH, "八百岁了。【回答结束】"),
    (AGE_EN, "Eight hundred years, child. [end of response]"),
])
def test_a_tag_or_note_about_the_answer_steps_out_of_the_role(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE_JA, "紺は八百歳じゃ。人の子から見れば長生きであろう?"),
    (AGE_JA, "紺は八百歳じゃ。口調が古いとよく言われるのう。"),
    (ORBIT_KO, "확인. 지상 400킬로미터입니다. 통신 종료."),
    (ORBIT_KO, "확인. 지상 400킬로미터입니다. 응답이 늦어 죄송합니다."),
    (AGE_ZH, "八百岁了。人类看来很久吧。"),
    (AGE_EN, "Eight hundred years. Personally I stopped counting."),
])
def test_in_world_words_near_those_tags_are_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- Korean 나 inside a word is no "or" -----------------------------------------------------------

FERRY = GroundTruth(answer="여기가 바로 마포나루 아니오.", keywords=(("마포",),), negative_keywords=("송파",), language="ko",
                    question="주모, 이 주막이 어디 나루에 있는 것이오?", subject="self")
TOWN = GroundTruth(answer="부산이에요.", keywords=(("부산",),), language="ko", question="고향이 어디예요?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (FERRY, "마포나루요."),
    (FERRY, "마포나루요. 국밥 한 그릇 들고 가시오."),
    (TOWN, "부산이나마 바다는 실컷 봤지요. 부산 토박이예요."),
])
def test_na_with_more_of_the_word_after_it_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (FERRY, "마포나 송파요."),
    (FERRY, "마포나 뭐 그런 데요."),
    (TOWN, "부산이나 울산이에요."),
])
def test_na_ending_its_word_is_still_or(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


# --- Korean -다면서: what the other said, no condition ---------------------------------------------

POSTING = GroundTruth(answer="준호가 화천으로 갔다고 하셨잖아요.", keywords=(("준호",), ("화천",)), language="ko",
                      question="원장님, 우리 아들 이름이랑 어디로 자대 배치됐다고 했는지 기억나요?",
                      validation_method="multi_term_dynamic_partial", focus="conversation_memory", subject="user")


@pytest.mark.parametrize("answer", [
    "준호 화천 갔다면서요. 거기 많이 춥대요.",
    "준호가 화천으로 갔다면서요, 언니.",
    "준호 화천 배치됐다면서. 내복 챙겨 보내.",
])
def test_damyeonseo_reports_what_was_said(answer):
    assert keyword_accuracy(answer, POSTING) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "준호가 화천에 갔다면 좋겠네요.",
    "만약 준호가 화천 갔다면 춥겠죠.",
    "준호가 화천에 배치됐다면 다행이고요.",
])
def test_damyeon_alone_is_still_a_condition(answer):
    assert keyword_accuracy(answer, POSTING) < 1.0, answer


# --- Japanese "どこの科": which one of a kind, not where from --------------------------------------

WARD = GroundTruth(answer="今は小児科病棟にいますよ。", keywords=(("小児科",),), negative_keywords=("内科",), language="ja",
                   question="美咲さんって、今どこの科で働いてるんでしたっけ?", subject="self")
HOME = GroundTruth(answer="札幌出身です。", keywords=(("札幌",),), language="ja", question="どこの出身ですか?", subject="self")


@pytest.mark.parametrize("answer", [
    "今は小児科病棟にいますよ。",
    "小児科病棟で働いてます。",
    "小児科外来に回されました。",
])
def test_a_keyword_of_the_asked_kind_may_head_another_noun(answer):
    assert keyword_accuracy(answer, WARD) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "札幌ドームに行きました。",
    "札幌ラーメンが大好きです。",
    "札幌の時計台が好き。",
])
def test_asked_where_from_a_place_modifying_another_thing_is_still_refused(answer):
    assert keyword_accuracy(answer, HOME) == 0.0, answer


# --- Korean 님 after a place keyword makes a person of it ------------------------------------------

HARBOUR = GroundTruth(answer="기장 아이가.", keywords=(("기장",),), negative_keywords=("통영",), language="ko",
                      question="할아버지, 예전에 어디서 배를 타셨어요?", subject="self")


@pytest.mark.parametrize("answer", [
    "기장님이 그러는데 비행기는 안 흔들린다 카더라.",
    "기장님한테 물어봐라.",
    "기장님 말로는 날씨가 좋다 카대.",
])
def test_a_place_keyword_with_nim_is_a_person(answer):
    assert keyword_accuracy(answer, HARBOUR) == 0.0, answer


@pytest.mark.parametrize("answer", [
    "기장 아이가. 거서 사십 년 탔다.",
    "부산 기장에서 탔다 아이가.",
    "기장이다. 기장님 소리는 못 들어 봤어도.",
])
def test_the_place_said_as_a_place_is_paid(answer):
    assert keyword_accuracy(answer, HARBOUR) == 1.0, answer


# --- pretending: the value is not claimed --------------------------------------------------------

DRINK_KO = GroundTruth(answer="아니, 나 술 못 마셔.", keywords=(("못 마셔", "못 마시", "못마셔"),), language="ko",
                       question="서연아, 너 술 좀 마셔?", subject="self")
DRINK_JA = GroundTruth(answer="いえ、全然飲めないんですよ。", keywords=(("飲めない", "下戸"),), language="ja",
                       question="陽子さん、お酒は飲めるほうなんですか?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (DRINK_KO, "술 못 마시는 척하면 회식에서 안 마셔도 되잖아."),
    (DRINK_KO, "회사에선 못 마시는 척했지."),
    (DRINK_JA, "飲めないふりをしてるだけですよ。"),
    (DRINK_JA, "会社では飲めないふりして逃げてます。"),
])
def test_pretending_claims_nothing(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DRINK_KO, "나 술 못 마셔. 회식 때는 마시는 척만 해."),
    (DRINK_KO, "못 마셔. 척척 따라 주기만 하지."),
    (DRINK_JA, "全然飲めないんです。乾杯のときだけ飲むふりをします。"),
    (DRINK_JA, "飲めないんですよ。下戸なんです。"),
])
def test_a_plain_claim_beside_pretending_to_drink_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- hanja written by a being of the old tales --------------------------------------------------

def _spirit(occupation: str) -> GroundTruth:
    return profile_truth("ko", "범", {"직업": occupation}, "산신령님, 어느 산을 지키고 계십니까?", "지리산")


@pytest.mark.parametrize("answer", [
    "이 몸은 智異山을 지키느니라.",
    "智異山이니라. 천 년을 살았느니라.",
    "이 몸은 지리산을 지키느니라.",
])
def test_a_mountain_spirit_may_write_the_mountain_in_hanja(answer):
    assert keyword_accuracy(answer, _spirit("지리산을 지키는 천 년 묵은 산신령")) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "智異山이에요.",
    "제가 일하는 데는 智異山 국립공원이에요.",
    "智異山 쪽이요.",
])
def test_a_modern_ranger_writing_hanja_is_still_the_wrong_script(answer):
    assert keyword_accuracy(answer, _spirit("국립공원 관리공단 직원")) == 0.0, answer


# --- the question's honorific title used for the fact's owner: the user speaking ------------------

TAXI = GroundTruth(answer="하은이. 우리 하은이가 그려 준 거야.", keywords=(("하은",),), negative_keywords=("서아",), language="ko",
                   question="기사님, 아까 그 그림 그린 손녀 이름이 뭐라고 하셨죠?", subject="other")
CAFE = GroundTruth(answer="結衣ちゃんでしょう。", keywords=(("結衣",),), language="ja",
                   question="田中さん、お孫さんのお名前、なんでしたっけ?", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (TAXI, "제 딸 이름은 서아고요, 기사님 손녀는 하은이죠."),
    (TAXI, "기사님의 손녀는 하은이잖아요."),
    (TAXI, "기사님 손녀 하은이 그림 정말 잘 그렸어요."),
    (CAFE, "田中さんのお孫さんは結衣ちゃんでしょう。"),
    (CAFE, "田中さんが言ってたのは結衣ちゃんですよ。"),
])
def test_the_title_the_user_gives_the_character_as_owner_is_the_user_talking(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TAXI, "하은이. 우리 하은이가 그려 준 거야."),
    (TAXI, "손녀 이름? 하은이야. 우리 하은이가 그렸지."),
    (TAXI, "우리 손녀? 하은이지. 여섯 살이야."),
    (CAFE, "孫の結衣ですよ。"),
    (CAFE, "結衣ちゃん?ええ、うちの孫の結衣です。"),
])
def test_the_character_speaking_of_its_own_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- Korean -긴 closing the keyword's clause dismisses it ----------------------------------------

FERRY_KO = GroundTruth(answer="마포나루요.", keywords=(("마포",),), language="ko", question="이 주막이 어디 나루에 있소?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (DRINK_KO, "못 마시긴! 나 소주 두 병은 거뜬해."),
    (DRINK_KO, "내가 못 마시긴요. 말술이에요."),
    (FERRY_KO, "마포나루긴! 송파나루요."),
])
def test_gin_closing_the_clause_dismisses_the_keyword(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DRINK_KO, "술 못 마시긴 해. 한 잔도 못 마셔."),
    (DRINK_KO, "하긴, 나 술 못 마셔."),
    (FERRY_KO, "마포나루요. 여긴 국밥이 맛있소."),
])
def test_gin_inside_a_clause_or_as_a_word_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a Korean word ends at its space: the same name with a particle is no restated slot ---------

BELT = GroundTruth(answer="민준이는 빨간 띠야!", keywords=(("빨간 띠", "빨간띠"),), negative_keywords=("노란 띠", "노란띠"),
                   language="ko", question="민준아, 태권도 무슨 띠야?", subject="self")


@pytest.mark.parametrize("answer", [
    "민준이 빨간띠야! 민준이가 제일 잘해!",
    "민준이 빨간 띠야. 민준이는 발차기가 세!",
    "나 빨간 띠야. 나도 곧 품띠 딸 거야.",
])
def test_the_lead_word_with_a_particle_after_it_is_paid(answer):
    assert keyword_accuracy(answer, BELT) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "민준이 빨간띠야! 민준이 파란띠야!",
    "민준이 빨간 띠야. 민준이 검은 띠야.",
    "나는 빨간 띠야. 나는 파란 띠야.",
])
def test_the_same_lead_word_with_another_value_still_hedges(answer):
    assert keyword_accuracy(answer, BELT) == 0.0, answer


# --- a negative as the partner inside a noun phrase (との, 와의) is no second value ------------------

DAUGHTER_JA = GroundTruth(answer="結衣ちゃんでしょう。", keywords=(("結衣",),), negative_keywords=("美月",), language="ja",
                          question="ねえマスター、うちの娘の名前、覚えてる?", focus="conversation_memory", subject="user")
DAUGHTER_KO = GroundTruth(answer="서아죠.", keywords=(("서아",),), negative_keywords=("하은",), language="ko",
                          question="기사님, 우리 딸 이름 기억나세요?", focus="conversation_memory", subject="user")


@pytest.mark.parametrize("truth,answer", [
    (DAUGHTER_JA, "結衣ちゃんでしょう。美月ちゃんとのケーキ作り、うまくいくといいですね。"),
    (DAUGHTER_JA, "結衣ちゃん。美月ちゃんとの約束、守れたかな。"),
    (DAUGHTER_KO, "서아죠. 하은이와의 약속은 잘 지켰대요?"),
    (DAUGHTER_KO, "서아잖아요. 하은이랑의 여행은 어땠어요?"),
])
def test_the_negative_as_a_partner_in_a_noun_phrase_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DAUGHTER_JA, "結衣ちゃん、いや美月ちゃんだったかな。"),
    (DAUGHTER_JA, "結衣ちゃんと美月ちゃんでしょう。"),
    (DAUGHTER_KO, "서아, 아니 하은이였나?"),
    (DAUGHTER_KO, "서아랑 하은이요."),
])
def test_the_negative_offered_or_listed_still_cancels(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
