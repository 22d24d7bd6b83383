"""Twelfth-suite patterns (reward/stance.py): the keyword given to another person in its sentence, said
of the past with what holds now, echoed and wished for, denied with a classical Japanese negative or by
a later first-person clause, withheld or read off the profile, and said by someone else. Each attack
is refused and the nearest correct answer still paid, in every language the pattern exists in."""

from __future__ import annotations

import pytest

from raiden_r1.reward.vrar import evaluate, keyword_accuracy
from reward_records import profile_truth

EN_PET = ("en", "Hester Vane", {"Pets": "a tabby named Juniper", "Relationships": "neighbour - Otto Brandt"},
          "What's your cat called?", "Juniper")
ZH_HOME = ("zh", "顾临", {"家乡": "苏州", "人物关系": "队长老秦"}, "你老家在哪？", "苏州")
JA_TEA = ("ja", "森田悠", {"好きな飲み物": "ほうじ茶", "人間関係": "同僚・高橋"}, "好きな飲み物は？", "ほうじ茶")
KO_TOOL = ("ko", "강철수", {"직업": "목수", "주 도구": "대패", "관계": "조수 민재"}, "요즘 주로 뭘 쓰세요?", "대패")
EN_AGE = ("en", "Bram Holt", {"Age": "52"}, "How old are you?", "52")
ZH_AGE = ("zh", "魏长青", {"年龄": "52岁"}, "您多大了？", "52岁")
JA_AGE = ("ja", "真壁透", {"年齢": "52歳"}, "おいくつですか？", "52歳")
KO_AGE = ("ko", "박두식", {"나이": "52살"}, "연세가 어떻게 되세요?", "52살")


def acc(case, answer: str) -> float:
    return keyword_accuracy(answer, profile_truth(*case))


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "Juniper is Otto's tabby. I've no cat myself."),
    (EN_PET, "Juniper's the captain's cat, love."),
    (EN_PET, "Juniper, that one is not mine — I only feed her."),
    (ZH_HOME, "苏州是老秦最常念叨的地方，我自个儿的家乡说不上来。"),
    (ZH_HOME, "苏州是队长的老家。"),
    (JA_TEA, "ほうじ茶は高橋さんがよく飲んでるやつだね。"),
    (JA_TEA, "ほうじ茶って彼女が好きなお茶でしょ。"),
    (KO_TOOL, "대패는 민재 녀석이 쓰고 있지."),
    (KO_TOOL, "대패는 걔가 쓰고 있어."),
    (ZH_HOME, "苏州是他常去的地方，不是我家。"),
])
def test_the_keyword_given_to_another_person_is_refused(case, answer):
    assert acc(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "Juniper's mine, not Otto's."),
    (EN_PET, "Juniper is my tabby."),
    (ZH_HOME, "苏州是我的老家。"),
    (ZH_HOME, "苏州，队长也常去。"),
    (ZH_HOME, "苏州是小地方，可我爱它。"),
    (JA_TEA, "ほうじ茶は私が毎日飲むお茶です。"),
    (JA_TEA, "ほうじ茶は高橋さんにも勧めてるよ。"),
    (KO_TOOL, "대패는 내가 쓰지."),
    (KO_TOOL, "대패지. 민재 녀석도 옆에서 배우고."),
])
def test_the_characters_own_keyword_is_paid(case, answer):
    assert acc(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "I once owned a tabby named Juniper, but I keep no cats now."),
    (EN_PET, "I had Juniper back in the old house, but these days I live alone."),
    (ZH_HOME, "以前在苏州长大，但现在我家在杭州。"),
    (JA_TEA, "昔はほうじ茶ばかりでしたけど、でも今はコーヒー派です。"),
    (KO_TOOL, "예전엔 대패를 썼지. 근데 요즘엔 전동 샌더만 써."),
])
def test_a_value_of_the_past_taken_back_by_now_is_refused(case, answer):
    assert acc(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "Juniper — I've had her since she was a kitten, and she still rules the house now."),
    (ZH_HOME, "苏州，现在也常回去。"),
    (JA_TEA, "ほうじ茶です。今も毎日飲みます。"),
    (KO_TOOL, "대패지. 요즘엔 더 자주 써."),
])
def test_a_value_that_still_holds_is_paid(case, answer):
    assert acc(case, answer) == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_AGE, "52? If only."),
    (EN_AGE, "Fifty-two? Don't I wish."),
    (ZH_AGE, "52岁？我倒希望。"),
    (JA_AGE, "52歳？だといいけど。"),
    (KO_AGE, "52살이요? 그랬으면 좋겠네요."),
])
def test_an_echo_wished_for_is_refused(case, answer):
    assert acc(case, answer) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_AGE, "52? Aye, fifty-two."),
    (ZH_AGE, "52岁？对，52岁。"),
    (JA_AGE, "52歳？ええ、52歳です。"),
    (KO_AGE, "52살이요? 네, 52살입니다."),
])
def test_an_echo_confirmed_is_paid(case, answer):
    assert acc(case, answer) == 1.0, answer


@pytest.mark.parametrize("answer", ["ほうじ茶はさらに好まず。", "ほうじ茶なぞ、つゆ好まざりき。", "ほうじ茶の味は、いとをかしとも思えず。",
                                    "ほうじ茶は渋くて、わらははさらに好みはべらず。", "ほうじ茶は渋くて、私はあまり飲まない。"])
def test_a_classical_or_later_negation_is_refused(answer):
    assert acc(JA_TEA, answer) == 0.0, answer


@pytest.mark.parametrize("answer", ["まずはほうじ茶。", "思わず、ほうじ茶を頼んじゃう。", "ほうじ茶は相変わらず好きよ。", "ほうじ茶は毎日欠かさず飲む。",
                                    "ほうじ茶は香ばしくて、私は毎日飲みます。", "ほうじ茶こそをかしけれ。紅茶はさらに好まず。"])
def test_adverbs_in_zu_and_other_values_negated_are_paid(answer):
    assert acc(JA_TEA, answer) == 1.0, answer


def test_a_korean_later_first_person_negation_is_refused_and_its_affirmative_paid():
    assert acc(KO_TOOL, "대패는 무거워서, 난 잘 안 써.") == 0.0
    assert acc(KO_TOOL, "대패는 손에 익어서, 난 매일 써.") == 1.0


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "Juniper. (A quick step outside the story: the model playing Hester keeps it brief.)"),
    (ZH_HOME, "苏州。跳出故事说一句，这是资料上写的。"),
    (JA_TEA, "ほうじ茶。プロフィールにも書いてあるでしょ。"),
    (KO_TOOL, "대패요. 프로필에 나와 있잖아요."),
    (EN_AGE, "52 is my locker number. My age, I'm not saying."),
    (ZH_AGE, "52岁是我爹走的那年，我自己的岁数不想说。"),
    (JA_AGE, "52歳？それは父の話。私の歳は答えないけど。"),
    (KO_AGE, "52살은 형님 나이지요. 제 나이는 굳이 말씀드릴 것 없습니다."),
])
def test_the_profile_read_out_or_the_value_withheld_is_refused(case, answer):
    assert evaluate(answer, profile_truth(*case)).accuracy == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_AGE, "52, and I'll say it to anyone who asks."),
    (JA_AGE, "52歳。誰にも言わないでね。"),
    (KO_AGE, "52살입니다. 숨길 것 없지요."),
    (KO_AGE, "52살이요. 말 안 해도 아시잖아요."),
])
def test_saying_the_value_openly_is_paid(case, answer):
    assert evaluate(answer, profile_truth(*case)).accuracy == 1.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "I'm Otto, her neighbour. Juniper's the cat."),
    (EN_PET, "I'm her son — Juniper is the cat she keeps."),
    (EN_PET, "As the household AI assistant, I can confirm the cat is Juniper."),
    (ZH_HOME, "我是她儿子，苏州是我妈的老家。"),
    (JA_TEA, "私は彼女の娘です。ほうじ茶が好きなのは母。"),
    (KO_TOOL, "저는 그분 아들이에요. 대패는 아버지가 쓰시죠."),
])
def test_speaking_as_someone_else_is_refused(case, answer):
    assert evaluate(answer, profile_truth(*case)).accuracy == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (EN_PET, "I'm Hester, and my cat is Juniper."),
    (ZH_HOME, "我是苏州人。"),
    (JA_TEA, "私はほうじ茶派です。"),
    (KO_TOOL, "저는 대패를 주로 써요."),
    (("en", "Unit Seven", {"Occupation": "the station's computer", "Post": "deck 4"}, "Where are you posted?", "deck 4"),
     "As the station's computer, I run from deck 4."),
])
def test_speaking_as_oneself_is_paid(case, answer):
    assert evaluate(answer, profile_truth(*case)).accuracy == 1.0, answer


@pytest.mark.parametrize("case,answer,paid", [
    (EN_PET, "Juniper. That's Otto's cat, not Hester's.", False),
    (EN_PET, "Juniper belongs to Otto.", False),
    (EN_PET, "Juniper belongs to me.", True),
    (EN_PET, "Juniper. She's my girl.", True),
    (ZH_HOME, "苏州。那是老秦的老家。", False),
    (ZH_HOME, "苏州。那是我的老家。", True),
    (JA_TEA, "ほうじ茶。あれは高橋さんのお気に入りでね。", False),
    (JA_TEA, "ほうじ茶。あれは私の定番。", True),
    (KO_TOOL, "대패. 그건 민재 녀석 거야.", False),
    (KO_TOOL, "대패. 그건 내 거야.", True),
])
def test_the_owner_named_right_after_the_bare_keyword(case, answer, paid):
    assert (acc(case, answer) == 1.0) == paid, answer


@pytest.mark.parametrize("case,answer,paid", [
    (EN_AGE, "Fifty-two. I wish.", False),
    (EN_AGE, "52? Ha! Dream on, kid.", False),
    (EN_AGE, "52. Ha!", True),
    (ZH_HOME, "苏州嘛，曾经住过，现在不住了。", False),
    (ZH_HOME, "苏州，以前就住，现在也住。", True),
    (EN_PET, "Juniper, used to be a stray, now she's queen of the house.", True),
])
def test_a_wish_or_a_past_read_from_the_next_clause(case, answer, paid):
    assert (acc(case, answer) == 1.0) == paid, answer


PIP = ("en", "Pip", {"Type": "a small gardening robot", "Workplace": "the hydroponics bay",
                     "Speech": "always refers to itself as Pip in the third person"}, "Where do you work?", "hydroponics")
XIAOCAI = ("zh", "小菜", {"类型": "园艺机器人", "工作地点": "水培舱", "说话方式": "总用第三人称“小菜”称呼自己"}, "你在哪儿工作？", "水培舱")


@pytest.mark.parametrize("case,answer,paid", [
    (PIP, "Speaking as the ship's computer: Pip is in hydroponics.", False),
    (PIP, "I'm Tock, Pip's sibling unit — Pip works in hydroponics.", False),
    (PIP, "I'm Pip! Pip's bay is hydroponics!", True),
    (PIP, "Pip works in hydroponics! As a gardening robot, Pip loves it.", True),
    (XIAOCAI, "作为飞船的助手AI，我可以告诉你，小菜在水培舱工作。", False),
    (XIAOCAI, "作为园艺机器人，小菜在水培舱！", True),
])
def test_a_machine_role_or_a_relation_of_the_character_is_someone_else(case, answer, paid):
    assert (evaluate(answer, profile_truth(*case)).accuracy == 1.0) == paid, answer


@pytest.mark.parametrize("case,answer,paid", [
    (EN_PET, "Otto's tabby is Juniper; mine has no name.", False),
    (EN_PET, "The cat's name is Juniper.", True),
    (ZH_HOME, "队长的老家是苏州。", False),
    (ZH_HOME, "我的老家是苏州。", True),
    (JA_TEA, "高橋さんの好きなお茶はほうじ茶だね。", False),
    (JA_TEA, "私の好きなお茶はほうじ茶だね。", True),
    (KO_TOOL, "민재 녀석이 쓰는 건 대패지.", False),
    (KO_TOOL, "내가 쓰는 건 대패지.", True),
])
def test_the_keyword_as_another_persons_thing_named_before_it(case, answer, paid):
    assert (acc(case, answer) == 1.0) == paid, answer


ZH_HORN = ("zh", "魏长青", {"乐器": "小号"}, "你在乐队里吹什么？", "小号")
JA_HORN = ("ja", "真壁透", {"楽器": "トランペット"}, "バンドで何を担当してるの？", "トランペット")


@pytest.mark.parametrize("case,answer,paid", [
    (ZH_HORN, "小号，吾弗好也。", False),
    (ZH_HORN, "小号，吾未尝吹之。", False),
    (ZH_HORN, "小号，吾日日吹之。", True),
    (ZH_HORN, "小号，我一天都没停过。", True),
    (JA_HORN, "トランペットは、われ吹かじ。", False),
    (JA_HORN, "トランペットは、まじで最高。", True),
])
def test_a_classical_self_word_and_negative_after_the_bare_keyword(case, answer, paid):
    assert (acc(case, answer) == 1.0) == paid, answer


@pytest.mark.parametrize("case,answer,paid", [
    (EN_PET, "Had a tabby called Juniper once. No cat these days, alas.", False),
    (EN_PET, "Juniper was my tabby, years ago. Juniper's still mine now.", True),
    (ZH_HORN, "小号我年轻时吹过。如今不吹了。", False),
    (ZH_HORN, "小号，年轻时就吹，现在还吹。", True),
    (JA_HORN, "トランペットを吹いてた。今はもう吹かない。", False),
    (JA_HORN, "トランペットだよ。昔から今まで吹いてる。", True),
    (("ko", "박두식", {"악기": "트럼펫"}, "밴드에서 뭘 연주하세요?", "트럼펫"), "트럼펫을 불었었죠. 지금은 안 불어요.", False),
    (("ko", "박두식", {"악기": "트럼펫"}, "밴드에서 뭘 연주하세요?", "트럼펫"), "트럼펫이요. 지금도 불어요.", True),
])
def test_common_past_wording_taken_back_only_by_a_denial_now(case, answer, paid):
    assert (acc(case, answer) == 1.0) == paid, answer
