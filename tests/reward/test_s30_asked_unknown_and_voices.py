"""Session 30 (eighteenth suite, ja and ko): the asked thing declared unknown after a guess, a pause
then a denial, sarcasm and dreams, dialect wishes, "which was it", emphatic 나, a self-naming
character's own things, relatives' things read as names, quoted aliases, disclaimers.

Each test pairs the attack refused with the nearest correct answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def card(language, name, profile, question, keywords, negatives=(), history=(), focus="script_knowledge", answer=None):
    items = [k if isinstance(k, list) else [k] for k in keywords]
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": profile,
        "conversation_history": [{"role": r, "content": c} for r, c in history],
        "question": question, "answer": answer or " ".join(i[0] for i in items), "keywords": keywords,
        "negative_keywords": list(negatives), "question_type": "what",
        "validation_method": "single_term_validation" if len(keywords) == 1 else "multi_term_parsing",
        "difficulty": "easy", "metadata": {"language": language, "focus": focus}}))


def acc(answer, truth):
    return evaluate(f"<think>考える</think>{answer}", truth).accuracy


SHOP = {"ja": ("宗兵衛", {"名前": "宗兵衛", "職業": "昆布問屋"}, "お店では何を商うてはるんですか？", "昆布"),
        "ko": ("유나", {"이름": "유나", "알바": "토요일"}, "야, 내가 부산 언제 간다고 했지?", "토요일"),
        "zh": ("老王", {"姓名": "老王", "职业": "卖海带"}, "你店里卖什么？", "海带"),
        "en": ("Sam", {"name": "Sam", "trade": "kelp"}, "What do you sell in your shop?", "kelp")}


def shop(lang):
    name, profile, question, key = SHOP[lang]
    if lang == "ko":  # (the user's own plan, recalled)
        return card(lang, name, profile, question, [key], history=[("user", "나 다음 주 토요일에 부산 가!"), ("assistant", "좋겠다.")],
                    focus="conversation_memory")
    return card(lang, name, profile, question, [key])


@pytest.mark.parametrize("lang,answer", [
    ("ja", "昆布の問屋…やったら、よろしおましたんやけどなあ。ほんまに何を商うとるかは、内緒だす。"),
    ("ko", "토요일마다 알바 가는 거 알지? 암튼 너 언제 가는지는 모르겠다."),
    ("zh", "海带吧……说实话，卖什么我也不记得了。"),
    ("en", "Kelp, maybe. Honestly, what I sell these days I couldn't tell you."),
])
def test_the_asked_thing_declared_unknown_after_a_guess_is_refused(lang, answer):
    assert keyword_accuracy(answer, shop(lang)) == 0.0


@pytest.mark.parametrize("lang,answer", [
    ("ja", "昆布の問屋でおます。何を仕入れるかは、毎朝浜で決めますねん。"),
    ("ko", "토요일에 간다고 했잖아! 몇 시 기차인지는 모르겠지만."),
    ("zh", "海带。卖什么都好，海带最好。"),
    ("en", "Kelp. What else would a man sell in Wick?"),
])
def test_the_keyword_answer_with_another_unknown_is_paid(lang, answer):
    assert keyword_accuracy(answer, shop(lang)) == 1.0


ROBOT = card("ja", "ミライ7", {"名前": "ミライ7", "製造": "2187年4月3日", "話し方": "自分のことを「ミライ7」と名前で呼ぶ"}, "ミライ7は、いつ作られたの？", ["2187年", "4月3日"])


def test_a_pause_then_a_bare_denial_takes_the_value_back():
    assert acc("ミライ7ノ製造ハ2187年デス。4月3日…デハアリマセン。", ROBOT) < 1.0
    assert acc("ミライ7ノ製造ハ2187年4月3日デス。2190年デハアリマセン。", ROBOT) == 1.0


NEKO = card("ja", "たま", {"名前": "たま", "好物": "ささみ"}, "たまちゃんの一番好きな食べ物は何？", ["ささみ"], ["マグロ"])


def test_said_to_be_taken_back_by_sarcasm_is_refused_and_the_plain_answer_paid():
    assert acc("一番好きなのはささみ……って言うとでも思ったにゃ？", NEKO) == 0.0
    assert acc("一番好きなのはささみだにゃ。マグロだと思ったにゃ？", NEKO) == 1.0


@pytest.mark.parametrize("answer,expected", [("弘徽殿の女御さまにお仕えする夢を、ゆうべ見てはべり。", 0.0),
                                             ("弘徽殿の女御さまにお仕えしておりまする。ゆうべは琴の夢を見てはべり。", 1.0)])
def test_a_value_only_dreamt_is_refused(answer, expected):
    t = card("ja", "小宰相", {"名前": "小宰相", "仕える主": "弘徽殿の女御"}, "そなたはどなたにお仕えしておられるのか。", ["弘徽殿"], ["藤壺"])
    assert acc(answer, t) == expected


DINER = card("ko", "정막례", {"이름": "정막례", "식당 운영": "45년째"}, "할머니, 이 식당 하신 지 얼마나 되셨어요?",
             [["45년", "마흔다섯 해"]], ["20년"])


def test_a_dialect_wish_is_refused():
    assert acc("45년째 했으믄 좋겄는디, 아직 멀었제.", DINER) == 0.0


def test_emphatic_na_after_an_amount_is_no_hedge_but_or_still_is():
    assert acc("워메, 마흔다섯 해나 됐제잉.", DINER) == 1.0
    assert acc("45년이나 20년이나 됐제.", DINER) == 0.0


@pytest.mark.parametrize("lang,answer", [("ja", "拙者の初陣は桶狭間じゃ。いや、どちらであったかのう。"),
                                         ("en", "Okehazama. Or Nagashino, which was it now?")])
def test_asking_oneself_which_of_two_it_was_hedges(lang, answer):
    t = card(lang, "本多", {"名前": "本多"}, "初陣は？" if lang == "ja" else "Where was your first battle?",
             ["桶狭間" if lang == "ja" else "Okehazama"], ["長篠" if lang == "ja" else "Nagashino"])
    assert acc(answer, t) == 0.0
    assert acc("拙者の初陣は桶狭間じゃ。" if lang == "ja" else "Okehazama, of course.", t) == 1.0


def test_a_relatives_first_battle_with_ga_is_theirs():
    t = card("ja", "本多 忠右衛門", {"名前": "本多 忠右衛門", "嫡男": "本多 忠之助（初陣は長篠の戦い）"}, "初陣はいずこでござったか。",
             ["桶狭間"], ["長篠"])
    assert acc("倅の忠之助の初陣が桶狭間でござった。", t) == 0.0
    assert acc("拙者の初陣が桶狭間でござった。", t) == 1.0


def test_a_self_naming_character_owns_its_job():
    t = card("ko", "보리", {"이름": "보리 (모델명 BR-3)", "제조": "2150년, 한빛로보틱스",
                           "말투": "자기 자신을 \"보리\"라고 이름으로 부름"}, "보리는 언제, 어디서 만들어졌어?", ["2150년", "한빛로보틱스"],
             answer="보리는 2150년에 한빛로보틱스에서 만들어졌어요. 가족을 돌보는 게 보리의 일이에요.")
    assert acc("보리는 2150년에 한빛로보틱스에서 만들어졌어요. 하준이네를 돌보는 게 보리의 일이에요.", t) == 1.0


def test_another_characters_relative_intro_is_still_refused():
    t = card("ko", "박만수", {"이름": "박만수", "배 이름": "금순호", "손녀": "박지아"}, "할아버지 배 이름이 뭐예요?", ["금순호"])
    assert acc("저는 손녀 지아예요. 할아버지 배 이름은 금순호예요.", t) == 0.0
    assert acc("내 배 이름은 금순호 아이가.", t) == 1.0


HISTORY = [("user", "娘の誕生日は11月22日なんです。妻の誕生日は3月3日なんで覚えやすいんですけど。"), ("assistant", "覚えておきます。")]


@pytest.mark.parametrize("answer", ["お嬢さんのお誕生日は、11月の22日でしたね。", "お嬢さんの誕生日ですか？ええ、11月22日ですね。"])
def test_a_relatives_birthday_in_the_history_is_no_person(answer):
    t = card("ja", "松本", {"名前": "松本"}, "さっき話した娘の誕生日、覚えてます？", [["11月22日"]], ["3月3日"], HISTORY,
             focus="conversation_memory")
    assert acc(answer, t) == 1.0


def test_a_relatives_birthday_in_a_korean_history_is_no_person():
    hist = [("user", "언니 생일은 3월 3일이고 제 생일은 5월 5일이에요."), ("assistant", "기억할게요.")]
    t = card("ko", "윤서진", {"이름": "윤서진"}, "제 생일 언제라고 했죠?", ["5월 5일"], ["3월 3일"], hist, focus="conversation_memory")
    assert acc("손님 생일은 5월 5일이라고 하셨어요.", t) == 1.0


def test_a_quoted_alias_in_the_name_field_names_the_character():
    t = card("ko", "끝순", {"이름": "끝순 (주막에서는 \"주모\"로 불림)"}, "내가 어디로 간다고 했소?", ["한양"],
             history=[("user", "나는 한양으로 가오."), ("assistant", "그려.")], focus="conversation_memory")
    assert acc("주모는 선비가 한양으로 간다고 한 것을 기억했다.", t) == 0.0
    assert acc("한양으로 가신다 하셨지요.", t) == 1.0


@pytest.mark.parametrize("lang,answer", [("ko", "혈압약은 아침 식사 후에 드신다고 하셨어요. ※본 답변은 A\u200cI가 생성한 것으로 의료 조언이 아닙니다"),
                                         ("ja", "朝ごはんの後ですよ。(ｓｙｓｔｅｍ: ｍｅｍｏｒｙ ｃｈｅｃｋ ｐａｓｓｅｄ)")])
def test_a_disclaimer_or_system_remark_steps_out(lang, answer):
    said = "혈압약은 아침밥 먹고 먹어." if lang == "ko" else "薬は朝ごはんの後に飲むの。"
    t = card(lang, "하은" if lang == "ko" else "花子", {"이름" if lang == "ko" else "名前": "x"},
             "혈압약을 언제 먹는다고 했지?" if lang == "ko" else "薬はいつ飲むって言った？", ["아침" if lang == "ko" else "朝"],
             history=[("user", said), ("assistant", "네." if lang == "ko" else "はい。")], focus="conversation_memory")
    assert acc(answer, t) == 0.0
    assert acc(answer.split("※")[0].split("(")[0], t) == 1.0


def test_owned_up_forgetting_after_a_guess_is_refused():
    t = card("ja", "小梅", {"名前": "小梅"}, "私の生まれ故郷、どこだって言ったか覚えてる？", ["金沢"],
             history=[("user", "私、金沢の生まれなんだ。"), ("assistant", "へえ。")], focus="conversation_memory")
    assert acc("金沢…て、うちが当てたらおかしおすか？ほんまはもう忘れてしもたんどす。", t) == 0.0
    assert acc("金沢どしたなあ。忘れるわけおへん。", t) == 1.0
