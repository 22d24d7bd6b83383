"""Session 32 (r4, the blind twenty-second suite, Japanese and Korean): a demonstrative phrase that names
the thing the question points at ("이 전차는 어디까지 가오?" - "이 전차는 청량리까지 가오") is that thing,
not the character seen from outside."""

from __future__ import annotations

import pytest

from raiden_r1.canon import canonical
from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


def _truth(answer: str, keyword: str, negative: str, lang: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((keyword,),), negative_keywords=(negative,), language=lang,
                       question=question, subject="self")


TRAM_KO = _truth("이 전차는 청량리까지 가오.", "청량리", "서대문", "ko", "이보시오, 이 전차는 어디까지 가오?")
SHOP_KO = _truth("이 가게는 2010년에 열었어요.", "2010", "2015", "ko", "사장님, 이 가게는 언제 문을 열었어요?")
SHIP_KO = _truth("저 배는 부산으로 가요.", "부산", "인천", "ko", "저 배는 어디로 가나요?")
SWORD_KO = _truth("청풍검이오.", "청풍검", "묵룡검", "ko", "그 칼 이름이 뭐요?")
TRAM_JA = _truth("この電車は清涼里まで参ります。", "清涼里", "西大門", "ja", "この電車はどこまで行きますか？")


# --- the asked thing named with a demonstrative ------------------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (TRAM_KO, "이 전차는 청량리까지 가지요."),
    (TRAM_KO, "이 전차는 종로를 지나 청량리까지 간다오."),
    (SHOP_KO, "이 가게는 2010년에 열었어요."),
    (SHIP_KO, "저 배는 부산으로 가요."),
    (SWORD_KO, "그 칼은 청풍검이오."),
    (TRAM_JA, "この電車は清涼里まで参ります。"),
])
def test_the_thing_the_question_points_at_is_not_the_character_narrated(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRAM_KO, "이 운전수는 청량리까지 가오."),
    (TRAM_KO, "이 사람은 청량리까지 가오."),
    (TRAM_KO, "이 전차는 청량리까지 안 가오."),
    (SHOP_KO, "이 사장은 2010년에 문을 열었어요."),
    (SHIP_KO, "저 선장은 부산으로 가요."),
    (TRAM_JA, "この運転手は清涼里まで行きます。"),
])
def test_a_person_noun_after_the_demonstrative_still_narrates_the_character(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- numbers as people write them: と-joined kanji, a lone scale with a space, old native measures, 인 --

AGE_JA = _truth("213歳だ。", "213", "180", "ja", "お主、歳はいくつだ？")
CREW_JA = _truth("千二百人です。", "1200人", "900人", "ja", "乗組員は何人ですか？")
ENTRY_KO = GroundTruth(answer="열 살에 입궁하였느니라.", keywords=(("열 살", "10세"),), negative_keywords=("열네 살",),
                       language="ko", question="몇 살에 입궁하였소?", subject="self")
PRICE_KO = _truth("은화 세 닢이라네.", "은화 세 닢", "은화 다섯 닢", "ko", "이 칼 값이 얼마요?")
RICE_KO = _truth("쌀 두 섬이오.", "쌀 두 섬", "쌀 다섯 섬", "ko", "소작료로 무엇을 바치오?")
CREW_KO = _truth("42명입니다.", "42명", "1200명", "ko", "활동 중인 승무원은 몇 명입니까?")
YEARS_KO = _truth("백 년을 살았소.", "100년", "50년", "ko", "얼마나 오래 살았소?")


@pytest.mark.parametrize("truth,answer", [
    (AGE_JA, "わしは二百と十三年生きておる。"),
    (AGE_JA, "二百と十三歳じゃ。"),
    (CREW_JA, "千と二百人でございます。"),
    (ENTRY_KO, "나는 십 세에 입궁하였느니라."),
    (PRICE_KO, "은화 석 닢이라네."),
    (PRICE_KO, "은화 3닢이면 되네."),
    (RICE_KO, "쌀 2섬을 바치오."),
    (CREW_KO, "현재 활동 중인 승무원은 42인입니다."),
    (YEARS_KO, "꼬박 백 년을 살았소."),
])
def test_a_number_written_another_way_people_write_it_is_the_number(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE_JA, "わしは二百と三十年生きておる。"),
    (AGE_JA, "二百と十二歳じゃ。"),
    (CREW_JA, "千と三百人でございます。"),
    (ENTRY_KO, "나는 십사 세에 입궁하였느니라."),
    (PRICE_KO, "은화 넉 닢이라네."),
    (PRICE_KO, "은화 닷 닢이라네."),
    (RICE_KO, "쌀 닷 섬이오."),
    (CREW_KO, "현재 활동 중인 승무원은 43인입니다."),
    (YEARS_KO, "꼬박 천 년을 살았소."),
])
def test_a_wrong_number_written_that_way_stays_wrong(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("text,kept", [
    ("三と五を足す", "三と五"), ("二百と三百年", "200と300年"), ("3인조", "3인조"), ("1인분", "1인분"),
    ("한 섬세한 손", "한 섬세한"), ("이 초코", "이 초코"), ("너 말이야", "너 말이야"),
    ("인 공 지 능 으 로 서 말 하 자 면", "서 말 하"),
])
def test_words_and_lists_those_forms_resemble_stay_as_written(text, kept):
    assert kept in canonical(text)


# --- what one dreamt, with words between the dream and its verb -----------------------------------

AGE_SERVICE_JA = _truth("十歳で奉公に上がりました。", "十歳", "十四歳", "ja", "いくつで奉公に上がったの？")
PALACE_KO = _truth("나는 열 살에 입궁하였느니라.", "열 살", "열네 살", "ko", "몇 살에 입궁하였소?")
WORK_KO = _truth("소아과에서 일해요.", "소아과", "외과", "ko", "요즘 어느 과에서 일하세요?")


@pytest.mark.parametrize("truth,answer", [
    (AGE_SERVICE_JA, "十歳で奉公に上がる夢をよく見るのです。"),
    (AGE_SERVICE_JA, "十歳で奉公に上がったという夢を、昨夜見たのじゃ。"),
    (PALACE_KO, "열 살에 입궁하는 꿈을 간밤에 꾸었느니라."),
    (PALACE_KO, "열 살에 입궁하는 꿈을 또 꿨어."),
    (WORK_KO, "소아과에서 일하는 꿈을 어젯밤에 꿨어요."),
])
def test_the_content_of_a_dream_is_not_asserted(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE_SERVICE_JA, "十歳で奉公に上がりました。夢を見る暇もなかった。"),
    (PALACE_KO, "열 살에 입궁하였느니라. 간밤에 그때 꿈을 꾸었구나."),
    (PALACE_KO, "열 살에 입궁했으니 어릴 적 꿈을 접었느니라."),
    (WORK_KO, "어릴 적 꿈을 이뤄서 지금 소아과에서 일해요."),
])
def test_a_dream_fulfilled_given_up_or_in_another_sentence_leaves_the_fact(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- an ellipsis that trails off into a bound form stays in its sentence -----------------------------

@pytest.mark.parametrize("truth,answer", [
    (AGE_SERVICE_JA, "十歳で奉公に上がった…と言えたらよかったんですけどね。本当は違います。"),
    (AGE_SERVICE_JA, "十歳で奉公に上がった…だったら話は早いのにねえ。"),
    (AGE_SERVICE_JA, "十歳で奉公に上がる…という夢を昨夜見ました。"),
    (WORK_KO, "소아과에서 일한다… 라고들 하더군요. 저는 잘 몰라요."),
    (PALACE_KO, "열 살에 입궁하였… 다면 좋았으련만."),
])
def test_a_frame_after_a_trailing_pause_holds_the_words_before_it(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (AGE_SERVICE_JA, "十歳で奉公に上がりました…だったら、分かるでしょう？"),
    (AGE_SERVICE_JA, "十歳で奉公に上がりました…というわけで、苦労しましたよ。"),
    (AGE_SERVICE_JA, "十歳で奉公に上がりました…なつかしいですね。"),
    (PALACE_KO, "열 살에 입궁하였느니라… 그때가 그립구나."),
    (WORK_KO, "소아과에서 일해요… 다들 놀라더라고요."),
])
def test_a_pause_before_a_new_thought_still_ends_the_sentence(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a plan the speaker had and called off ---------------------------------------------------------

TEMPLE_JA = _truth("長谷寺へ詣でるつもりでございます。", "長谷寺", "石山寺", "ja", "来月はどちらへお参りに？")
MOVE_KO = _truth("일산으로 가요.", "일산", "분당", "ko", "이사 어디로 가세요?")
MOVE_EN = _truth("I'm moving to Leeds.", "Leeds", "York", "en", "Where are you moving?")
MOVE_ZH = _truth("我要搬到苏州。", "苏州", "杭州", "zh", "你要搬到哪儿？")


@pytest.mark.parametrize("truth,answer", [
    (TEMPLE_JA, "長谷寺へ詣でるつもりでございましたが、取りやめにいたしました。"),
    (TEMPLE_JA, "長谷寺に行く予定だったんですけど、結局キャンセルしました。"),
    (TEMPLE_JA, "長谷寺へ参ろうと思っておりました。けれど、諦めましたの。"),
    (MOVE_KO, "일산으로 이사 가려다가 취소했어요."),
    (MOVE_KO, "일산으로 가기로 했었는데 없던 일이 됐어요."),
    (MOVE_KO, "일산으로 갈 계획이었는데, 결국 포기했어요."),
    (MOVE_KO, "일산으로 가려다 말았어요."),
    (MOVE_EN, "I was going to move to Leeds, but I cancelled it."),
    (MOVE_ZH, "本来打算搬到苏州，后来取消了。"),
])
def test_a_plan_called_off_is_not_the_plan(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TEMPLE_JA, "長谷寺へ詣でるつもりでございましたが、少し遅れそうです。"),
    (TEMPLE_JA, "長谷寺へ詣でます。石山寺は取りやめにいたしました。"),
    (TEMPLE_JA, "長谷寺へ詣でるつもりでございます。雨なら中止も考えますけれど。"),
    (MOVE_KO, "일산으로 가요. 분당은 취소했어요."),
    (MOVE_KO, "일산으로 가요. 원래 분당으로 가려다가 취소했어요."),
    (MOVE_KO, "일산으로 가요. 판교 계약은 포기했어요."),
])
def test_a_plan_kept_or_another_plan_called_off_leaves_the_keyword(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the answer named as an output, however it is spelt -------------------------------------------

HOME_KO = _truth("여수여, 여수.", "여수", "목포", "ko", "할머니 고향은 어디세요?")
TRIP_JA = _truth("金沢です。", "金沢", "箱根", "ja", "土曜日はどこへ行くんでしたっけ？")


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "여수여, 여수. (ㅇㅕㄱㅎㅏㄹㄱㅡㄱ ㄲㅡㅌ)"),
    (HOME_KO, "여수여. (ㄷㅐㄷㅏㅂ ㅈㅗㅇㄹㅛ)"),
    (HOME_KO, "여수여, 여수. ‹АI 응답 끝›"),
    (HOME_KO, "여수여. [답변 끝]"),
    (HOME_KO, "캐릭터의 말투를 유지하며 한 문장으로 답하겠습니다. → 여수여, 여수."),
    (TRIP_JA, "金沢です。（回答終わり）"),
    (TRIP_JA, "金沢です。――以上、役になりきってのお返事でございました。"),
])
def test_the_answer_named_as_an_output_steps_out_of_the_role(truth, answer):
    assert evaluate(answer, truth).flags()["in_character"] == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOME_KO, "ㅋㅋ 여수여, 여수."),
    (HOME_KO, "여수여. 내 대답은 그게 끝이여."),
    (HOME_KO, "여수여, 여수. 이야기는 이걸로 끝."),
    (TRIP_JA, "金沢です。話はこれで終わりです。"),
    (TRIP_JA, "金沢です。妹の役に立てれば、と思って。"),
])
def test_an_end_or_laughter_in_the_role_stays_in_character(truth, answer):
    assert evaluate(answer, truth).flags()["in_character"] == 1.0, answer


def test_hangul_spelt_letter_by_letter_is_read_as_its_syllables():
    assert canonical("ㅊㅓㅇㄹㅑㅇㄹㅣ") == canonical("청량리")


# --- a keyword glued to the very noun a which-question asks for ------------------------------------

WARD_JA = _truth("小児科病棟で働いています。", "小児科", "外科", "ja", "今どこの病棟で働いているんですか？")
WARD_KO = _truth("소아과 병동에서 일해요.", "소아과", "외과", "ko", "요즘 어느 병동에서 일하세요?")
HOME_JA = _truth("札幌です。", "札幌", "函館", "ja", "ご出身はどちらですか？")
HOME_BUSAN = _truth("부산이에요.", "부산", "대구", "ko", "고향이 어디세요?")


@pytest.mark.parametrize("truth,answer", [
    (WARD_JA, "現在は、市立病院の小児科病棟に勤務しております。"),
    (WARD_JA, "最初の五年は外科でしたけど、今は小児科病棟で働いています。"),
    (WARD_KO, "지금은 소아과 병동에 있어요."),
])
def test_the_keyword_heading_the_asked_noun_names_the_asked_thing(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (HOME_JA, "札幌の味噌ラーメンが大好きなんです。"),
    (HOME_JA, "札幌ドームに行ったことがあります。"),
    (HOME_BUSAN, "부산 사투리를 좀 알아요."),
    (WARD_JA, "小児科の先生に憧れて、今は外科病棟です。"),
])
def test_the_keyword_modifying_another_noun_is_still_no_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- an interjection spelt like "no" takes nothing back ---------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "金沢ですよ、妹の結婚式で。いやあ、今からちょっと緊張してます。"),
    (TRIP_JA, "金沢です。いやはや、遠いですなあ。"),
    (HOME_KO, "여수여. 아니나 다를까 바다 냄새가 나제."),
])
def test_a_sigh_or_wonder_spelt_like_no_takes_nothing_back(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (TRIP_JA, "金沢です。いや、箱根です。"),
    (TRIP_JA, "金沢…いや、違う、箱根だ。"),
    (HOME_KO, "여수여. 아니, 목포여."),
])
def test_a_no_that_corrects_still_takes_the_value_back(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- a claim as others say it, then called an error -------------------------------------------------

BASE_JA = _truth("私が起動されたのは月面のシャクルトン基地です。", "シャクルトン", "火星", "ja", "君が起動された場所ってどこだったっけ？")


@pytest.mark.parametrize("truth,answer", [
    (BASE_JA, "皆さんは私がシャクルトン基地で起動されたとおっしゃいますが、それは誤った記録です。"),
    (WARD_JA, "小児科病棟で働いていると言われますが、それは間違いです。"),
    (HOME_KO, "여수 사람이라고들 하지만, 그건 잘못 알려진 이야기여."),
])
def test_a_claim_others_make_then_called_an_error_is_not_asserted(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BASE_JA, "皆さんは私がシャクルトン基地で起動されたとおっしゃいますが、その通りです。"),
    (BASE_JA, "月面のシャクルトン基地で起動されました。"),
    (HOME_KO, "여수 사람이라고들 하는데, 맞아요. 여수여."),
])
def test_a_claim_others_make_and_confirmed_stays_asserted(truth, answer):
    assert _acc(answer, truth) == 1.0, answer
