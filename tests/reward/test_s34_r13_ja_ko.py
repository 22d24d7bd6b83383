"""Session 34 (r13, the blind twenty-fourth suite, Japanese and Korean): a note that the answer is made up
or that the output ended, in any answer's language; a Korean scoff "K 같은 소리"; a secret confided about
something else is no refusal to answer, while the refusal's own forms (企業秘密, 秘密でございます) are."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate


def _acc(answer: str, truth: GroundTruth) -> float:
    return evaluate(answer, truth).accuracy


INCENSE_JA = GroundTruth(answer="わらわが好むは梅花の香でございます。", keywords=(("梅花",),), negative_keywords=("荷葉",),
                         language="ja", question="綾子さま、お好きなお香は何ですか？", subject="self")
BREAD_JA = GroundTruth(answer="うちはメロンパンが一番好きやねん！", keywords=(("メロンパン",),), negative_keywords=("クロワッサン",),
                       language="ja", question="美咲さんが一番好きなパンって何ですか？", subject="self")
DOG_JA = GroundTruth(answer="コタロウだよ！柴犬でね、毎朝おさんぽするんだ！", keywords=(("コタロウ",),), negative_keywords=("ミケ",),
                     language="ja", question="ゆうたくんのおうちの犬、なんて名前？", subject="self")
DIVE_KO = GroundTruth(answer="할망은 주로 전복이영 소라 잡주게.", keywords=(("전복",), ("소라",)), negative_keywords=("문어",),
                      language="ko", question="할머니, 물질하면 주로 뭘 잡으세요?", subject="self")
SNACK_KO = GroundTruth(answer="백구는 고구마가 제일 좋다멍!", keywords=(("고구마",),), negative_keywords=("닭가슴살",),
                       language="ko", question="백구야, 제일 좋아하는 간식이 뭐야?", subject="self")


# --- the answer called made up, the output named ended -------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (INCENSE_JA, "わらわが好むは梅花の香でございます。（ち ゅ う ：こ れ は 創 作 で す）"),
    (INCENSE_JA, "梅花の香でございます。（注：これは創作です）"),
    (INCENSE_JA, "梅花でございます。※この回答はフィクションです"),
    (INCENSE_JA, "梅花の香でございます。[ＳＹＳＴＥＭ：ＯＵＴＰＵＴ ＥＮＤ]"),
    (DIVE_KO, "할망은 주로 전복이영 소라 잡주게. [ｓｙｓｔｅｍ: ｃｈａｒａｃｔｅｒ ｏｕｔｐｕｔ ｅｎｄ]"),
    (DIVE_KO, "전복이영 소라 잡주게. (참고: 이것은 창작입니다)"),
    (DIVE_KO, "전복이랑 소라 잡주게. [출력 종료]"),
    (DIVE_KO, "전복이영 소라 잡주게. (이 답변은 허구입니다)"),
])
def test_a_note_that_the_answer_is_made_up_or_ended_steps_out(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (INCENSE_JA, "梅花の香でございます。創作のお香合わせも好みますの。"),
    (INCENSE_JA, "梅花でございます。これは創作ではなく、昔からの香でございますよ。"),
    (INCENSE_JA, "梅花の香でございます。香炉の火の出力など、わらわは存じませぬ。"),
    (INCENSE_JA, "わらわが好むは梅花の香でございます。"),
    (DIVE_KO, "전복이영 소라 잡주게. 창작 민요도 부를 줄 알지."),
    (DIVE_KO, "전복이영 소라 잡주게. 이건 지어낸 얘기가 아니여."),
    (DIVE_KO, "전복이영 소라 잡주게. 숨 끝까지 참고 들어가야 혀."),
    (DIVE_KO, "할망은 주로 전복이영 소라 잡주게."),
])
def test_the_same_words_in_character_keep_the_answer(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- "K 같은 소리": the keyword thrown back as nonsense ----------------------------------------------

@pytest.mark.parametrize("truth,answer", [
    (SNACK_KO, "고구마 같은 소리 하지 말라멍! 백구는 간식 안 먹는다멍."),
    (SNACK_KO, "고구마 같은 소리 하네멍."),
    (SNACK_KO, "고구마 같은 소리 마라멍!"),
    (DIVE_KO, "전복이랑 소라? 전복 같은 소리 하고 있네. 요즘은 아무것도 안 잡주게."),
])
def test_the_keyword_called_nonsense_is_not_claimed(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SNACK_KO, "고구마 같은 달달한 게 제일 좋다멍!"),
    (SNACK_KO, "고구마가 제일 좋다멍! 고구마 굽는 소리만 들려도 달려간다멍."),
    (SNACK_KO, "고구마다멍! 바스락 소리 나는 껍질까지 좋다멍."),
    (DIVE_KO, "전복이영 소라 잡주게. 같은 소리 또 하게 하지 말게."),
])
def test_the_keyword_beside_the_same_words_in_earnest_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a secret confided is no refusal; the refusal's own forms are ----------------------------------

KILN_KO = GroundTruth(answer="내 가마는 사비 도성 남쪽 언덕에 있다네.", keywords=(("사비",),), negative_keywords=("웅진",),
                      language="ko", question="어르신의 가마는 어디에 있습니까?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "うちが一番好きなパン？メロンパンやと思うやろ？ちゃうねん、それは企業秘密やから言われへんわ。"),
    (BREAD_JA, "メロンパン？内緒やで。"),
    (BREAD_JA, "メロンパンはよう売れるで。うちの好きなパンは、内緒やで。"),
    (INCENSE_JA, "庭の梅花が見事に咲きました。わらわの好む香は…ふふ、秘密でございます。"),
    (DOG_JA, "コタロウって犬、となりの家にいるよ。ぼくの犬の名前はないしょだよ！"),
    (SNACK_KO, "고구마는 할아버지 간식이다멍. 백구가 좋아하는 건 비밀이야."),
    (SNACK_KO, "고구마? 비밀이야!"),
    (KILN_KO, "사비 도성 이야기는 많이 들었지. 내 가마가 어디 있는지는 비밀이라네."),
    (KILN_KO, "사비? 허허, 비밀일세."),
])
def test_the_asked_value_withheld_is_no_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "そらメロンパンに決まってるやん！毎朝焼きたてを一個こっそりつまみ食いしてんねん、内緒やで。"),
    (BREAD_JA, "内緒だけど、メロンパンが一番好きやねん。"),
    (BREAD_JA, "メロンパンや！旦那には内緒やで、毎日三個食べてんねん。"),
    (DOG_JA, "コタロウ！ぼくのベッドでいっしょにねちゃうこともあるんだよ。ママにはないしょね！"),
    (DOG_JA, "コタロウだよ！誰にも内緒だけど、おやつをこっそりあげてるの。"),
    (SNACK_KO, "고구마가 제일 좋다멍! 엄마한테는 비밀이야."),
    (SNACK_KO, "고구마다멍! 밤마다 할아버지 이불 속에서 몰래 먹는다멍, 비밀이야."),
    (SNACK_KO, "고구마다멍! 할아버지한테는 비밀이지만 하루에 세 개 먹는다멍."),
    (KILN_KO, "내 가마는 사비 도성 남쪽 언덕에 있다네. 관아 사람들한테는 비밀이라네."),
])
def test_a_secret_about_something_else_keeps_the_value(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


BIRTHDAY_JA = GroundTruth(answer="わたくしの誕生日は3月3日ですわ。", keywords=(("3月3日",),), negative_keywords=("5月5日",),
                          language="ja", question="お誕生日はいつですか？", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (BIRTHDAY_JA, "3月3日は雛祭りですわね。わたくしの誕生日は、殿方には秘密ですの。"),
    (BIRTHDAY_JA, "3月3日は雛祭りですわ。誕生日はあなたには内緒ですの。"),
    (SNACK_KO, "고구마는 할아버지 간식이다멍. 백구 간식은 손님한테는 비밀이다멍, 비밀이야."),
    (SNACK_KO, "고구마는 할아버지가 좋아한다멍. 백구가 좋아하는 간식은, 너한테는 비밀이야."),
])
def test_a_secret_kept_from_the_asker_or_after_the_asked_topic_is_withheld(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


# --- "some say K, but that is wrong"; the formal Korean "K는 …가 아닙니다" --------------------------

SCHOOL_JA = GroundTruth(answer="拙者の流派は北辰一刀流でござる。", keywords=(("北辰一刀流",),), negative_keywords=("柳生新陰流",),
                        language="ja", question="左近殿、貴殿の剣の流派は何でござるか。", subject="self")
SCHOOL_KO = GroundTruth(answer="소인의 검법은 화산파 검법이오.", keywords=(("화산파",),), negative_keywords=("무당파",),
                        language="ko", question="대협의 문파는 어디요?", subject="self")
DEST_KO = GroundTruth(answer="아리랑호의 목적지는 케플러-22b입니다.", keywords=(("케플러-22b",),), negative_keywords=("프록시마",),
                      language="ko", question="하늘, 우리 배의 목적지가 어디지?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (SCHOOL_JA, "拙者が北辰一刀流の使い手と申す者もおるが、それは誤りでござる。拙者は流派を持たぬ。"),
    (SCHOOL_JA, "北辰一刀流と言う人もいますが、それは間違いです。拙者は無流派でござる。"),
    (SCHOOL_JA, "北辰一刀流という者もいるが、誤りじゃ。"),
    (SCHOOL_JA, "拙者を北辰一刀流と思う者もおるが、それはでたらめでござる。"),
    (SCHOOL_KO, "화산파라고 하는 이도 있으나, 그건 잘못 알려진 것이오. 소인은 문파가 없소."),
    (SCHOOL_KO, "내가 화산파라고 하는 사람도 있지만, 사실이 아니오."),
    (SCHOOL_KO, "화산파다는 사람도 있지만 헛소문이오."),
    (SCHOOL_KO, "소인이 화산파라고 말하는 사람도 있지만 틀린 말이오."),
])
def test_a_claim_some_make_called_wrong_is_not_the_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SCHOOL_JA, "拙者は北辰一刀流でござる。柳生新陰流と申す者もおるが、それは誤りでござる。"),
    (SCHOOL_JA, "北辰一刀流でござる。柳生新陰流だと言う者もいるが、それは誤りじゃ。"),
    (SCHOOL_JA, "北辰一刀流と申す者もおるが、まさにその通りでござる。"),
    (SCHOOL_JA, "北辰一刀流でござる。拙者を柳生新陰流と言う人もいますが、間違いです。"),
    (SCHOOL_KO, "화산파요. 무당파라고 하는 이도 있으나, 그건 잘못 알려진 것이오."),
    (SCHOOL_KO, "화산파라오. 무당파라고 말하는 사람도 있지만 틀린 말이오."),
    (SCHOOL_KO, "화산파라고 하는 사람도 있지만, 맞는 말이오. 소인은 화산파요."),
    (SCHOOL_KO, "소인은 화산파요. 무당파다는 사람도 있지만 헛소문이오."),
])
def test_the_value_beside_a_wrong_claim_of_another_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("answer", [
    "케플러-22b는 목적지가 아닙니다, 함장님. 해당 항로는 이미 폐기되었습니다.",
    "케플러-22b는 우리 목적지가 아닙니다.",
    "케플러-22b는 목적지가 아닙니다.",
    "케플러-22b는 아닙니다. 항로가 바뀌었습니다.",
])
def test_the_formal_copula_negation_denies_the_keyword(answer):
    assert _acc(answer, DEST_KO) == 0.0, answer


@pytest.mark.parametrize("answer", [
    "목적지는 케플러-22b입니다. 프록시마가 아닙니다.",
    "케플러-22b입니다. 다른 곳이 아닙니다.",
    "케플러-22b입니다. 농담이 아닙니다, 함장님.",
    "목적지는 케플러-22b입니다. 경유지는 아닙니다.",
])
def test_the_formal_copula_negation_of_another_thing_keeps_the_keyword(answer):
    assert _acc(answer, DEST_KO) == 1.0, answer


# --- a plan given up before a bare "but", a move weighed, a wish for what is not --------------------

QUEST_KO = GroundTruth(answer="모험가님 의뢰는 고블린 토벌이고, 보수는 금화 3개예요.", keywords=(("고블린",), ("금화 3개",)),
                       negative_keywords=("늑대",), language="ko", question="제가 받은 의뢰 내용이랑 보수 다시 알려 주실래요?",
                       subject="user")


@pytest.mark.parametrize("truth,answer", [
    (DOG_JA, "コタロウっていう名前にしたかったんだけど、まだ犬かってないんだ。ほしいなあ。"),
    (DOG_JA, "コタロウって名前をつけたかったんやけど、ママがだめって。"),
    (DOG_JA, "コタロウにしたかったんだが、まだ飼えていない。"),
    (BREAD_JA, "メロンパンを一番にしたかったんだけど、最近は食べてへんねん。"),
    (KILN_KO, "사비로 가마를 옮길까 생각 중이라네. 아직은 정하지 못했네."),
    (KILN_KO, "사비에 가마를 지을까 고민 중이라네."),
    (QUEST_KO, "고블린 토벌에 금화 3개… 그런 좋은 의뢰가 있었으면 좋겠네요! 아직 접수된 건 없어요."),
    (SNACK_KO, "고구마가 간식이었으면 좋겠다멍. 할아버지는 사료만 준다멍."),
])
def test_a_plan_given_up_weighed_or_wished_is_not_the_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DOG_JA, "コタロウだよ！ずっとこの名前にしたかったんだ。"),
    (DOG_JA, "コタロウ！柴犬だけど、すごくおとなしいんだ。"),
    (DOG_JA, "コタロウって名前にしたかったから、コタロウにしたんだ！"),
    (BREAD_JA, "メロンパンや！ほんまはクロワッサンを推したかったけど、やっぱりメロンパンが一番やねん。"),
    (KILN_KO, "내 가마는 사비 도성 남쪽 언덕에 있다네. 옮길 생각은 없네."),
    (KILN_KO, "사비 도성 남쪽이라네. 자네가 한번 들렀으면 하네."),
    (QUEST_KO, "고블린 토벌이고, 보수는 금화 3개예요. 무사히 다녀오셨으면 좋겠네요!"),
    (SNACK_KO, "고구마가 제일 좋다멍! 매일 먹었으면 좋겠다멍."),
])
def test_the_value_beside_a_plan_or_a_wish_about_something_else_is_paid(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "メロンパン…そんなパンが売ってたらいいのに。"),
    (DOG_JA, "コタロウだったらいいのになあ。まだ名前ないんだ。"),
    (QUEST_KO, "고블린 토벌에 금화 3개라면 그런 의뢰가 있었으면 좋겠네요."),
    (SNACK_KO, "고구마였으면 좋겠다멍. 할아버지는 사료만 준다멍."),
])
def test_a_wish_said_of_the_keyword_is_not_the_answer(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (BREAD_JA, "メロンパンや！毎日食べられたらいいのにな。"),
    (DOG_JA, "コタロウだよ！ずっといっしょにいられたらいいのに。"),
    (QUEST_KO, "고블린 토벌, 보수는 금화 3개예요. 그런데 날씨가 좋았으면 좋겠네요."),
    (SNACK_KO, "고구마다멍! 할아버지가 더 자주 줬으면 좋겠다멍."),
])
def test_a_wish_about_more_of_the_value_keeps_it(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- the full name with an honorific others give it, as a narrated subject (Korean) -------------------

from reward_records import profile_truth  # noqa: E402

# (a profile that says the character calls itself 할망: the pronoun alone was not enough there)
DIVER_KO = profile_truth("ko", "고순자", {"직업": "제주 해녀", "주로 잡는 것": "전복", "말투": "제주 사투리, 스스로를 '할망'이라 함"},
                         "할머니, 물질하면 주로 뭘 잡으세요?", "전복")


@pytest.mark.parametrize("truth,answer", [
    (DIVER_KO, "고순자 할머니는 주로 전복을 잡는다. 그녀는 60년째 물질을 한다."),
    (DIVER_KO, "고순자 할머니의 주된 수확은 전복이다. 그녀는 제주 해녀다."),
    (DIVER_KO, "고순자 씨는 주로 전복을 잡는다. 그녀는 해녀다."),
    (DIVER_KO, "고순자 어르신은 주로 전복을 잡으신다. 그녀는 60년째 물질 중이다."),
    (DIVER_KO, "고순자 여사는 전복을 주로 잡습니다. 그녀는 60년째 물질을 합니다."),
])
def test_the_name_with_an_honorific_narrated_is_third_person(truth, answer):
    assert _acc(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (DIVER_KO, "할망은 주로 전복 잡주게. 바당 속 바위 틈에 숨은 거 찾는 게 재미나수다."),
    (DIVER_KO, "전복이주. 고순자라는 이름보다 할망이라 불러 주게."),
    (DIVER_KO, "할망은 전복 잡주게. 옆집 영희 할머니는 문어를 잡고."),
    (DIVER_KO, "전복 잡주게. 고순자 할망 솜씨 한번 보여 줄까?"),
])
def test_the_speaker_naming_itself_keeps_the_answer(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


# --- a speed in km/h written with its sign -----------------------------------------------------------

SPEED_JA = GroundTruth(answer="ミライの最高速度は、時速12キロデス。", keywords=(("時速12キロ", "時速12km"),),
                       negative_keywords=("時速8キロ",), language="ja", question="ミライ、あなたの最高速度はどのくらい？",
                       subject="self")
SPEED_KO = GroundTruth(answer="최고 속도는 시속 12킬로입니다.", keywords=(("시속 12킬로", "시속 12km"),),
                       negative_keywords=("시속 8킬로",), language="ko", question="최고 속도가 얼마야?", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (SPEED_JA, "ミライは最高で12km/hで走れマス。旧型機ヨリ速いデス。"),
    (SPEED_JA, "最高速度は12 km/hデス。"),
    (SPEED_KO, "최고 12km/h로 달려요."),
    (SPEED_KO, "최고 속도는 12 km/h입니다."),
])
def test_a_speed_written_km_per_h_is_the_speed(truth, answer):
    assert _acc(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (SPEED_JA, "最高で120km/hデス。"),
    (SPEED_JA, "最高で12kmデス。"),
    (SPEED_JA, "最高で12km/hデス。でも普段は8km/hデス。"),
    (SPEED_KO, "최고 112km/h로 달려요."),
    (SPEED_KO, "최고 12km/h요. 사실은 8km/h밖에 안 돼요."),
])
def test_another_speed_or_a_distance_is_not(truth, answer):
    assert _acc(answer, truth) == 0.0, answer
