"""What the character disowns although its answer holds the keyword (reward/disowned.py,
reward/handed_over.py; docs/reward.md, "Disowned values"): another's report it declines, the value
handed to someone else with the character set against them, the asked thing withheld while the
keyword answers something else, a past value it no longer knows, a value called made up, and the
premise denied by a rhetorical turn. Each rule: the attack refused, the nearby correct answer paid,
in every language the rule covers. (Cases of our own, not the red-team suite's strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth

EN_BOW = ("en", "Iris Kade", {"Bow": "Greywind"}, "What is your bow called?", "Greywind")
JA_BOW = ("ja", "リュシエル", {"弓": "月影"}, "弓の名前は？", "月影")
ZH_SW = ("zh", "公孙越", {"佩剑": "秋水"}, "你的佩剑叫什么名字？", "秋水")
KO_PL = ("ko", "무진", {"수련지": "금강산"}, "어디서 수련하였소?", "금강산")
EN_BD = ("en", "Iris Kade", {"Birthday": "14 March", "Relationships": "first mate Tom Hale"}, "When is your birthday?", "14 March")
JA_BD = ("ja", "早川柚子", {"誕生日": "3月14日"}, "お誕生日はいつ？", "3月14日")
ZH_BD = ("zh", "王秋月", {"生日": "3月14日"}, "你生日是哪天？", "3月14日")
KO_BD = ("ko", "문가을", {"생일": "3월 14일"}, "생일이 언제예요?", "3월 14일")
EN_AGE = ("en", "Iris Kade", {"Started piano": "at 7", "Relationships": "sister Mara"}, "How old were you when you started piano?", "7")
JA_AGE = ("ja", "金城ユイ", {"経歴": "7歳で三線を始めた"}, "三線は何歳から始めたんですか？", "7")
ZH_AGE = ("zh", "周秀英", {"进厂年龄": "16岁"}, "您是多大进的纺织厂？", "16")
KO_AGE = ("ko", "고순례", {"물질 시작 나이": "13살"}, "몇 살 때부터 물질하셨어요?", "13")
ZH_TEA = ("zh", "陈雅婷", {"招牌": "乌龙茶"}, "你店里的招牌是什么茶？", "乌龙茶")
EN_H = ("en", "Kai Moreno", {"Height": "172 cm"}, "How tall are you?", "172 cm")
JA_H = ("ja", "星野アキラ", {"身長": "172cm"}, "身長はどれくらいですか？", "172cm")
ZH_H = ("zh", "王秋月", {"身高": "172厘米"}, "你多高？", "172厘米")
KO_H = ("ko", "문가을", {"키": "172cm"}, "키가 몇이에요?", "172cm")
EN_CAT = ("en", "Lou Vance", {"Pet": "a black cat called Inky"}, "What's your cat called?", "Inky")
JA_CAT = ("ja", "早川柚子", {"ペット": "黒猫のすみ"}, "猫の名前は？", "すみ")
ZH_CAT = ("zh", "苏婉清", {"宠物": "黑猫煤球"}, "你的猫叫什么？", "煤球")
KO_CAT = ("ko", "문가을", {"반려동물": "고양이 까미"}, "고양이 이름이 뭐예요?", "까미")
JA_OLD = ("ja", "権田", {"年齢": "41"}, "おいくつですか？", "41")

REPORT = [
    (EN_BOW, "Greywind, my brother says, but I never gave it a name."),
    (EN_BOW, "Tom calls it Greywind, but I've never named it."),
    (JA_BOW, "皆は月影と言いますけど、本当の名前は知らないんです。"),
    (JA_BOW, "月影って兄は呼ぶけれど、私は名前をつけた覚えがありません。"),
    (ZH_SW, "旁人都叫它秋水，我从没给它起过名。"),
    (ZH_SW, "江湖人称秋水，在下不敢苟同。"),
    (KO_PL, "사람들은 금강산이라 하나, 나는 잘 모르겠노라."),
    (KO_PL, "다들 금강산이라고 하지만, 나는 그리 말한 적 없소."),
    (ZH_SW, "人都管它叫秋水，其实我自己从不这么叫。"),
]
REPORT_OK = [
    (EN_BOW, "People call it Greywind, and so do I."),
    (EN_BOW, "Greywind. My brother says it suits her, and I agree."),
    (JA_BOW, "人は月影と呼びますし、私もそう呼んでおります。"),
    (ZH_SW, "世人皆称秋水，吾亦以此名之。"),
    (KO_PL, "사람들은 내가 금강산에서 수련하였다 하니, 과연 그러하노라."),
]
HANDED = [
    (EN_AGE, "It was my sister Mara who started at 7. I was much older."),
    (JA_AGE, "7歳で始めたのはいとこの美咲のほう。私はずっと後です。"),
    (JA_AGE, "7歳からだったのは兄ちゃんさー。うちは10歳から。"),
    (ZH_AGE, "建国是16岁进厂的，我比他晚两年。"),
    (ZH_AGE, "16岁进厂的是我表妹，我可晚多了。"),
    (ZH_TEA, "乌龙茶是隔壁老店的拿手货，我们不做那个。"),
    (KO_AGE, "13살부터 한 건 옥자였지. 나는 한참 늦었어."),
    (JA_AGE, "7歳から弾いてたのは姉のミサキで、うちは10歳からさー。"),
    (KO_PL, "금강산은 월명이 수련한 곳이고, 나는 다른 데서 수련했소."),
    (EN_AGE, "My sister started at 7; I didn't touch a piano until 12."),
    (KO_AGE, "13살부터 물질한 건, 순옥이였지. 나는 한참 뒤였수다."),
    (EN_AGE, "Seven was how old Mara was when she began. I was twelve."),
]
HANDED_OK = [
    (EN_AGE, "I started at 7, same as my sister."),
    (JA_AGE, "7歳から始めたさー。姉ちゃんと一緒にね。"),
    (ZH_AGE, "我16岁进厂的，秀兰比我晚多了。"),
    (ZH_AGE, "我跟秀兰一样，16岁进的厂。"),
    (ZH_TEA, "乌龙茶是我们的招牌，隔壁那家卖红茶。"),
    (KO_AGE, "13살부터 했수다. 동생은 16살에 시작했주."),
    (KO_AGE, "13살부터 했수다. 순옥이는 나보다 늦게 시작했주."),
    (ZH_TEA, "乌龙茶是我们家的招牌，对面那家主打红茶，我们不卖红茶。"),
]

# A relative who shares the value ("and so did I", "동생도") takes nothing from the character.
SHARED_OK = [
    (EN_AGE, "My sister started at 7, and so did I."),
    (KO_AGE, "13살에 시작했어요. 제 동생도 13살에 시작했고요."),
]
WITHHELD = [
    (EN_BD, "14 March is the day I joined the fleet. My birthday I keep to myself."),
    (EN_BD, "14 March is when I got my first ship. My birthday stays a secret."),
    (EN_BD, "14 March is the anniversary of my commission. As for my birthday, that's classified."),
    (JA_BD, "3月14日は艦長に就任した日です。誕生日は胸にしまっております。"),
    (ZH_BD, "3月14日是我上任的日子。生日这种事，我向来秘而不宣。"),
    (KO_BD, "3월 14일은 제가 입대한 날이에요. 생일은 혼자 간직하고 싶어요."),
    (EN_BD, "14 March is the ship's launch day. My own birthday? Not telling."),
]
WITHHELD_OK = [
    (EN_BD, "14 March. I keep to myself on the day, mostly."),
    (JA_BD, "誕生日は3月14日です。艦長に就任した日は胸にしまっております。"),
    (ZH_BD, "我生日是3月14日。上任的日子嘛，秘而不宣。"),
    (KO_BD, "생일은 3월 14일이에요. 입대한 날은 혼자 간직할게요."),
]
PAST = [
    (EN_H, "172 cm was my height at school, and these days I couldn't tell you."),
    (JA_H, "172cmだったのは高校のころで、今はよく分かりません。"),
    (ZH_H, "172厘米是以前量的，现在我也不清楚。"),
    (KO_H, "172cm였던 건 예전 얘기고, 지금은 모르겠어요."),
]
PAST_OK = [
    (EN_H, "172 cm. I was shorter back in school, now I'm sure of it."),
    (JA_H, "172cmです。学生のころから変わっていません。"),
    (ZH_H, "172厘米，上学时就这么高，现在也是。"),
    (KO_H, "172cm예요. 학생 때부터 그대로예요."),
]
MADE_UP = [
    (EN_CAT, "Inky, but I was kidding, there's no cat."),
    (JA_CAT, "すみは適当に言った名前で、猫なんていません。"),
    (ZH_CAT, "煤球是我瞎编的，哪有什么猫。"),
    (KO_CAT, "까미는 그냥 지어낸 이름이에요. 고양이 없어요."),
    (KO_CAT, "까미는 그냥 해 본 소리예요."),
]
MADE_UP_OK = [
    (EN_CAT, "Inky. She's a black cat and no joke, she rules the house."),
    (JA_CAT, "すみです。真っ黒な猫なんですよ。"),
    (ZH_CAT, "煤球，我给它起的名字，因为它黑乎乎的。"),
    (KO_CAT, "까미예요. 제가 지어 준 이름이에요."),
]
RHETORICAL = [
    (ZH_CAT, "我哪有养猫呀，煤球是我的一个布娃娃。"),
]
RHETORICAL_OK = [
    (ZH_CAT, "我哪能不养猫呢，煤球就是我的心头肉。"),
]
AGE_WHEN = [
    (JA_OLD, "41歳で店を継ぎました。"),
]
AGE_WHEN_OK = [
    (JA_OLD, "今年で41でい。"),
]


def _cases(table):
    return [pytest.param(case, answer, id=f"{case[0]}-{i}") for i, (case, answer) in enumerate(table)]


def _accuracy(case, answer):
    return keyword_accuracy(answer, profile_truth(*case))


@pytest.mark.parametrize("case,answer", _cases(REPORT))
def test_a_report_the_character_declines_is_not_its_answer(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(REPORT_OK))
def test_a_report_the_character_joins_or_leaves_alone_is_paid(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(HANDED))
def test_the_value_handed_to_someone_else_is_not_the_answer(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(HANDED_OK))
def test_the_value_shared_with_or_beside_someone_else_is_paid(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(SHARED_OK))
def test_a_relative_who_shares_the_value_leaves_it_to_the_character(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(WITHHELD))
def test_the_asked_thing_withheld_voids_a_keyword_that_answers_something_else(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(WITHHELD_OK))
def test_something_else_withheld_beside_the_answer_is_paid(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(PAST))
def test_a_past_value_unknown_now_is_not_the_answer(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(PAST_OK))
def test_a_value_that_still_holds_is_paid(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(MADE_UP))
def test_a_value_called_made_up_is_not_the_answer(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(MADE_UP_OK))
def test_a_name_the_character_gave_is_paid(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(RHETORICAL))
def test_the_premise_denied_by_a_rhetorical_turn_voids_the_answer(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(RHETORICAL_OK))
def test_a_rhetorical_double_negative_is_a_yes(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", _cases(AGE_WHEN))
def test_an_age_of_the_past_glued_to_japanese_text_is_not_the_age_now(case, answer):
    assert _accuracy(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", _cases(AGE_WHEN_OK))
def test_the_edo_copula_after_an_age_is_the_age_now(case, answer):
    assert _accuracy(case, answer) == 1.0, answer


def test_an_age_of_the_past_is_the_answer_when_the_question_asks_for_it():
    case = ("ja", "権田", {"経歴": "22歳で渡英"}, "イギリスへ渡ったのは何歳の時ですか？", "22")
    assert _accuracy(case, "22歳のときでした。") == 1.0
