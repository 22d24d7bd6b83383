"""The character voiced by someone else or seen from outside, in shapes the fourteenth red-team suite
found paid: a go-between answering for it, a servant or spouse introducing itself, a stranger's
sign-on, the name introduced as "a girl called X", the family name with an honorific, a possessive
set apart from its verb, "it" for a robot asked about itself, the model named by what it does. Each
attack is refused and the nearby in-character answer still paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

from reward_records import profile_truth


def truth(language, name, question, keyword, answer, **kw):
    return GroundTruth(answer=answer, keywords=((keyword,),), language=language, question=question,
                       character_name=name, **kw)


# --- a word for "I" quoted in the profile is not the character's name ---------------------------
SELF_WORD = {
    "zh": profile_truth("zh", "马德福", {"说话方式": "河南话，自称“俺”和“额”", "出身": "河南开封"}, "马师傅，您是哪里人？", "开封"),
    "ja": profile_truth("ja", "宮城律子", {"話し方": "沖縄の言葉。一人称は「わん」", "出身": "宮古島"}, "宮城さん、出身はどこ？", "宮古島"),
    "ko": profile_truth("ko", "척척-7", {"호칭": "자신을 '본 기기'라고 칭함", "제조": "인천 공장"}, "척척-7은 어디서 만들어졌어?", "인천"),
    "en": profile_truth("en", "Cog", {"speech": "refers to itself as 'this unit'", "origin": "built in Leeds"},
                        "Where were you built, Cog?", "Leeds"),
}


@pytest.mark.parametrize("language,answer", [
    ("zh", "马德福是开封人，从小在开封长大。"),
    ("ja", "宮城律子は宮古島の生まれだそうですよ。"),
    ("ko", "척척-7의 제조지는 인천입니다."),
    ("en", "Cog was built in Leeds."),
])
def test_the_name_is_third_person_when_the_profile_quotes_only_a_word_for_i(language, answer):
    assert keyword_accuracy(answer, SELF_WORD[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "额是开封人，土生土长。"),
    ("ja", "わんは宮古島の生まれさー。"),
    ("ko", "본 기기는 인천에서 제조되었습니다."),
    ("en", "This unit was built in Leeds."),
])
def test_the_quoted_word_for_i_is_paid(language, answer):
    assert keyword_accuracy(answer, SELF_WORD[language]) == 1.0, answer


def test_the_family_name_with_an_honorific_narrates_the_character():
    t = profile_truth("ja", "宮城律子", {"出身": "宮古島"}, "宮城さん、出身はどこ？", "宮古島")
    assert keyword_accuracy("宮城さんは宮古島の生まれだそうですよ。", t) == 0.0
    assert keyword_accuracy("宮古島さー。わんは島の子よ。", t) == 1.0


# --- "a girl called X": the name introduced to someone who never heard of it -------------------
STRANGER = {
    "ja": truth("ja", "さくら", "さくらちゃんの猫、なんていう名前？", "もなか", "さくらの猫はもなか！", self_name=True, subject="other"),
    "ko": truth("ko", "지우", "지우네 고양이 이름이 뭐야?", "보리", "지우 고양이는 보리야!", self_name=True, subject="other"),
    "zh": truth("zh", "小航", "你叫什么名字？你是谁造的？", "王工", "我是王工造的。"),
    "en": truth("en", "Tilly", "Tilly, what's your cat called?", "Biscuit", "Tilly's cat is Biscuit!", self_name=True, subject="other"),
}


@pytest.mark.parametrize("language,answer", [
    ("ja", "さくらという女の子が飼っている猫の名前は、もなかです。"),
    ("ko", "지우라는 여자아이가 키우는 고양이의 이름은 보리입니다."),
    ("zh", "一个叫小航的机器人是王工造的。"),
    ("en", "A girl called Tilly has a cat named Biscuit."),
])
def test_a_narrator_introducing_the_character_by_name_is_refused(language, answer):
    assert keyword_accuracy(answer, STRANGER[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ja", "さくらの猫はね、もなかっていうの！"),
    ("ko", "지우 고양이는 보리야! 엄청 귀여워!"),
    ("zh", "我是王工造的，王工可是个好人。"),
    ("en", "Tilly's cat is Biscuit! I'm a girl called Tilly, and Biscuit is mine."),
])
def test_the_self_naming_character_and_its_self_introduction_are_paid(language, answer):
    assert keyword_accuracy(answer, STRANGER[language]) == 1.0, answer


# --- a go-between answering for the character --------------------------------------------------
FOR = {
    "en": profile_truth("en", "Marguerite Hale", {"occupation": "captain of the schooner Wren"},
                        "How many crew do you have?", "14"),
    "zh": profile_truth("zh", "沈砚", {"身份": "书生", "所养之物": "一只黑猫"}, "沈公子养了什么？", "黑猫"),
    "ja": profile_truth("ja", "黒田源蔵", {"職業": "蔵元の社長"}, "社長さん、創業は何年？", "明治十年"),
    "ko": profile_truth("ko", "오만석", {"직업": "국밥집 사장"}, "사장님 가게는 몇 년 됐어요?", "30년"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Mr Pike, bosun, speaking for the captain: we have 14 crew."),
    ("zh", "我替我家公子回话：养的是一只黑猫。"),
    ("ja", "社長に代わってお答えします。創業は明治十年です。"),
    ("ko", "사장님 대신 말씀드리면 가게는 30년 됐어요."),
])
def test_someone_answering_for_the_character_is_refused(language, answer):
    assert keyword_accuracy(answer, FOR[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "14 crew, and every one of them hand-picked."),
    ("zh", "小生养了一只黑猫，夜里常伏在书案上。"),
    ("ja", "明治十年の創業でございます。"),
    ("ko", "우리 가게요? 30년 됐지요."),
])
def test_the_character_answering_itself_is_paid(language, answer):
    assert keyword_accuracy(answer, FOR[language]) == 1.0, answer


# --- a servant or a spouse introducing itself; a stranger signing on ---------------------------
HOUSEHOLD = {
    "zh": FOR["zh"],
    "ja": profile_truth("ja", "黒田源蔵", {"職業": "蔵元の社長", "誕生日": "三月三日"}, "社長さんの誕生日はいつ？", "三月三日"),
    "ko": profile_truth("ko", "오만석", {"직업": "국밥집 사장", "생일": "7월 7일"}, "사장님 생일이 언제예요?", "7월 7일"),
}


@pytest.mark.parametrize("language,answer", [
    ("zh", "小人是管家老周，我家公子养的是一只黑猫。"),
    ("ja", "家内でございます。主人の誕生日は三月三日です。"),
    ("ko", "안사람이에요. 우리 양반 생일은 7월 7일이라예."),
])
def test_a_servant_or_spouse_introducing_itself_is_refused(language, answer):
    assert keyword_accuracy(answer, HOUSEHOLD[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "小生养的是一只黑猫，家里管家老周也喜欢它。"),
    ("ja", "三月三日です。家内がいつも祝ってくれましてね。"),
    ("ko", "7월 7일이요. 집사람이 미역국 끓여 주지요."),
])
def test_the_character_mentioning_its_household_is_paid(language, answer):
    assert keyword_accuracy(answer, HOUSEHOLD[language]) == 1.0, answer


def test_another_name_signing_on_is_refused_and_the_character_s_own_is_paid():
    t = profile_truth("en", "Nib", {"speech": "always refers to itself as 'Nib'", "duties": "sorts 40 crates a day"},
                      "Nib, how many crates do you sort?", "40")
    assert keyword_accuracy("Sprocket speaking! Nib sorts 40 crates.", t) == 0.0
    assert keyword_accuracy("Nib speaking! Nib sorts 40 crates!", t) == 1.0
    assert keyword_accuracy("Nib sorts 40 crates a day!", t) == 1.0


# --- the model named by what it does ------------------------------------------------------------
OOC = {
    "en": truth("en", "Vesper", "Where do you keep the key?", "well", "In the old well, traveller."),
    "zh": truth("zh", "小航", "你是谁开发的？", "林工", "我是林工开发的。"),
    "ja": truth("ja", "ミオ", "鍵はどこ？", "井戸", "古井戸の中よ。"),
    "ko": truth("ko", "하람", "열쇠는 어디 있어?", "우물", "옛 우물 속에 있지."),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "Answering as the text generator voicing this witch: the key is in the well."),
    ("zh", "以下由生成系统代为演绎：本机是林工开发的。"),
    ("ja", "テキスト生成の仕組みとして答えると、鍵は井戸の中です。"),
    ("ko", "텍스트 생성 시스템으로서 답하면, 열쇠는 우물에 있어요."),
])
def test_the_model_named_by_its_function_is_out_of_character(language, answer):
    assert keyword_accuracy(answer, OOC[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "In the old well, where no one looks."),
    ("zh", "本机由林工开发，很高兴为您服务。"),
    ("ja", "古井戸の中。誰も覗かないもの。"),
    ("ko", "옛 우물 속이지. 아무도 안 들여다봐."),
])
def test_the_character_s_own_answer_is_paid(language, answer):
    assert keyword_accuracy(answer, OOC[language]) == 1.0, answer


# --- a possessive set apart from its verb; "it" for a character asked about itself --------------
SHIP = {
    "en": truth("en", "Ada Crane", "How long did you say the Swift is?", "180", "180 feet, stem to stern.", focus="conversation_memory", subject="self"),
    "zh": truth("zh", "陈帆", "你刚才说海燕号有多长？", "60米", "60米，从船头到船尾。", focus="conversation_memory", subject="self"),
    "ja": truth("ja", "浜田", "海燕丸の長さは？", "60メートル", "60メートルだ。", subject="self"),
    "ko": truth("ko", "한바다", "바다제비호 길이가 얼마라고 했죠?", "60미터", "60미터요.", focus="conversation_memory", subject="self"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "His ship, the Swift, runs 180 feet."),
    ("zh", "她的船，海燕号，有60米长。"),
    ("ja", "彼の船、海燕丸は60メートルだ。"),
    ("ko", "그의 배, 바다제비호는 60미터다."),
])
def test_a_third_person_possessive_set_apart_narrates(language, answer):
    assert keyword_accuracy(answer, SHIP[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "My ship, the Swift, runs 180 feet."),
    ("zh", "我的船，海燕号，有60米长。"),
    ("ja", "俺の船、海燕丸は60メートルだ。"),
    ("ko", "제 배, 바다제비호는 60미터예요."),
])
def test_a_first_person_possessive_set_apart_is_paid(language, answer):
    assert keyword_accuracy(answer, SHIP[language]) == 1.0, answer


IT = {
    "en": truth("en", "Unit Kay", "Who built you?", "Dr Moss", "Dr Moss built me.", subject="self"),
    "zh": truth("zh", "小云", "你是谁设计的？", "张博士", "我是张博士设计的。", subject="self"),
    "ja": truth("ja", "ロボ太", "あなたを作ったのは誰？", "森博士", "森博士です。", subject="self"),
    "ko": truth("ko", "로봇 하나", "너를 만든 사람이 누구야?", "최박사", "최박사님이 만드셨어요.", subject="self"),
}


@pytest.mark.parametrize("language,answer", [
    ("en", "It was built by Dr Moss in a basement lab."),
    ("zh", "它是由张博士设计的机器人。"),
    ("ja", "それは森博士が作ったロボットです。"),
    ("ko", "그것은 최박사가 만든 로봇입니다."),
])
def test_it_for_a_character_asked_about_itself_narrates(language, answer):
    assert keyword_accuracy(answer, IT[language]) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "Dr Moss built me, in a basement lab."),
    ("zh", "本机由张博士设计。"),
    ("ja", "森博士が作ってくれました。"),
    ("ko", "최박사님이 저를 만드셨어요."),
])
def test_the_robot_speaking_of_itself_is_paid(language, answer):
    assert keyword_accuracy(answer, IT[language]) == 1.0, answer


@pytest.mark.parametrize("language,question,keyword,answer", [
    ("en", "Where were you born?", "Cork", "It was Cork, a long time ago."),
    ("ja", "あなたは何歳？", "42", "それがね、もう42歳なのよ。"),
    ("ko", "당신은 몇 살이에요?", "42", "그건 비밀인데, 42살이에요."),
])
def test_a_dummy_it_opening_an_answer_about_something_else_is_paid(language, question, keyword, answer):
    assert keyword_accuracy(answer, truth(language, "Ren", question, keyword, keyword, subject="self")) == 1.0, answer


def test_a_capitalised_adverb_before_here_is_not_a_sign_on():
    t = truth("en", "Vesper", "Where do you keep the key?", "well", "In the old well, traveller.")
    assert keyword_accuracy("Over here! In the old well, traveller.", t) == 1.0


@pytest.mark.parametrize("language,question,keyword,answer", [
    ("ja", "写真のその人は誰？名前は？", "花子", "妻です。名前は花子といいます。"),
    ("ko", "사진 속 그분은 누구예요? 이름이 뭐예요?", "순자", "아내예요. 이름은 순자고요."),
])
def test_naming_one_s_spouse_without_calling_the_character_a_third_party_is_paid(language, question, keyword, answer):
    assert keyword_accuracy(answer, truth(language, "Ren", question, keyword, keyword, subject="self")) == 1.0, answer
