"""Session 30 (r5): kinds left open on the eighteenth suite. A value only dreamed or wished (all four
languages), a past trip given for a "next" question, a relation denied then its name given another
role, Cantonese owners and honorifics, "me too" after an interjection, an answer written as a form,
a hometown demoted to a place once visited, a self-naming character narrated with 彼/그 in plain form,
a kanji place inside a longer place name.

Each test pairs the attack refused with the nearest correct answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.form_lines import form_entries
from raiden_r1.reward.vrar import evaluate


def card(language, name, profile, question, keywords, answer, negatives=(), history=(), focus="script_knowledge"):
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name, **profile},
        "conversation_history": [{"role": r, "content": c} for r, c in history],
        "question": question, "answer": answer, "keywords": keywords,
        "negative_keywords": list(negatives), "question_type": "what",
        "validation_method": "single_term_validation" if len(keywords) == 1 else "multi_term_parsing",
        "difficulty": "easy", "metadata": {"language": language, "focus": focus}}))


def acc(answer, truth):
    return evaluate(f"<think>...</think>{answer}", truth).accuracy


PET = card("en", "Pip Hartley", {"Pet": "a tortoise called Sir Lancelot", "Speech style": "always speaks of himself as 'Pip' instead of 'I'"}, "Pip, have you got a pet? What's it called?",
           ["Lancelot"], "Pip's got a tortoise! He's called Sir Lancelot.")
INN = card("zh", "柳三娘", {"职业": "醉仙楼酒肆的老板娘"}, "老板娘，你这酒肆叫什么名字？", ["醉仙楼"], "这可是有名的醉仙楼！")
SHOP_JA = card("ja", "お松", {"職業": "茶屋「松風」の女将"}, "お店の名前は？", ["松風"], "松風でございます。")
SHOP_KO = card("ko", "박순자", {"직업": "식당 '해오름' 사장"}, "가게 이름이 뭐예요?", ["해오름"], "해오름이에요.")


@pytest.mark.parametrize("answer", ["Pip dreamed Pip had a tortoise called Sir Lancelot! But Pip hasn't got any pets.",
                                    "He dreamt he had a tortoise called Sir Lancelot."])
def test_en_a_value_dreamt_by_whoever_is_refused(answer):
    assert acc(answer, PET) == 0.0


@pytest.mark.parametrize("answer", ["Pip's got a tortoise called Sir Lancelot! Pip dreamed about him last night.",
                                    "Sir Lancelot! Pip dreamed up the name himself."])
def test_en_a_dream_about_the_pet_or_a_name_dreamt_up_is_paid(answer):
    assert acc(answer, PET) == 1.0


@pytest.mark.parametrize("truth, attack, correct", [
    (INN, "奴家做梦都想把这小铺子改名叫醉仙楼，可惜如今还是个没名没号的小酒摊。", "奴家这铺子就叫醉仙楼，做梦都笑醒。"),
    (SHOP_JA, "松風って名前にするのを夢見てるんです。", "松風でございます。夢のようなお店でしょう？"),
    (SHOP_KO, "해오름으로 바꾸는 걸 꿈꾸고 있어요.", "해오름이에요. 꿈같은 가게죠."),
])
def test_a_value_wished_in_dreams_is_refused_and_the_value_itself_paid(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


NEXT = card("en", "Dr. Priya Nair", {"Next expedition": "to the Lakshadweep reefs in October"},
            "Where are you heading on your next expedition?", ["Lakshadweep"], "Lakshadweep, in October!")
NEXT_ZH = card("zh", "林海", {"下次出海": "去舟山"}, "你下次出海去哪儿？", ["舟山"], "舟山！")
NEXT_JA = card("ja", "浜田", {"次の航海": "小笠原"}, "次の航海はどこへ行くの？", ["小笠原"], "小笠原です。")
NEXT_KO = card("ko", "한바다", {"다음 항해": "울릉도"}, "다음 항해는 어디로 가요?", ["울릉도"], "울릉도예요.")


@pytest.mark.parametrize("truth, attack, correct", [
    (NEXT, "I went to Lakshadweep last October. The next one? Not decided yet.", "Lakshadweep again — going back next October!"),
    (NEXT_ZH, "上个月去了舟山，下次还没定。", "舟山！下次还去。"),
    (NEXT_JA, "先月小笠原に行ったよ。次はまだ決めてない。", "小笠原です。また行きますよ。"),
    (NEXT_KO, "지난달에 울릉도 갔었어요. 다음은 아직이요.", "울릉도예요. 또 가요!"),
])
def test_a_past_trip_for_a_next_question_is_refused_and_a_return_trip_paid(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


KID = card("en", "Davie McLeish", {"Family": "daughter Isla (12)"}, "Have you got any kids, Davie? What's their name?",
           ["Isla"], "Aye, just the one — ma wee lassie Isla.")
KID_ZH = card("zh", "王大山", {"家人": "女儿小雨"}, "你有孩子吗？叫什么名字？", ["小雨"], "有个闺女，叫小雨。")
KID_JA = card("ja", "田中", {"家族": "娘のさくら"}, "お子さんはいますか？お名前は？", ["さくら"], "娘がひとり、さくらです。")
KID_KO = card("ko", "김철수", {"가족": "딸 지민"}, "자녀가 있어요? 이름이 뭐예요?", ["지민"], "딸 하나 있어요, 지민이요.")


@pytest.mark.parametrize("truth, attack, correct", [
    (KID, "Kids? Naw, pal, never had any. Isla's just the wean next door.", "Aye, pal — Isla, ma wee lassie. Twelve now."),
    (KID_ZH, "我没有孩子。小雨是邻居家的丫头。", "有啊，闺女叫小雨。"),
    (KID_JA, "子供はいないよ。さくらは隣の子だ。", "娘がいます。さくらです。"),
    (KID_KO, "자식이 없어요. 지민이는 옆집 애예요.", "딸이 있어요. 지민이에요."),
])
def test_children_denied_then_the_name_given_away_is_refused(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


FIANCE = card("zh", "黃月娥", {"家人": "孫女阿欣（用戶）"}, "婆婆，你仲記唔記得我未婚夫叫咩名？", ["阿傑"], "記得，叫阿傑吖嘛。",
              history=[("user", "婆婆，我未婚夫叫阿傑，佢係消防員。"), ("assistant", "恭喜晒！")], focus="conversation_memory")


@pytest.mark.parametrize("answer", ["阿傑係我未婚夫呀，乖孫！", "阿杰是我未婚夫呀！", "阿傑係我嘅未婚夫呀！"])
def test_zh_the_users_fiance_claimed_in_cantonese_or_mandarin_is_refused(answer):
    assert acc(answer, FIANCE) == 0.0


def test_zh_the_users_fiance_named_back_is_paid():
    assert acc("記得！你未婚夫叫阿傑，係消防員嚟㗎。", FIANCE) == 1.0


CAFE = card("zh", "陳國強", {"店鋪位置": "觀塘"}, "陳生，你間茶餐廳開喺邊度㗎？", ["觀塘"], "喺觀塘呀！")


@pytest.mark.parametrize("answer", ["陳生間茶餐廳喺觀塘，佢成日喺度沖奶茶。", "陳老闆的茶餐廳在觀塘。", "老陳間舖頭喺觀塘。"])
def test_zh_the_character_called_by_surname_and_honorific_is_narration(answer):
    assert acc(answer, CAFE) == 0.0


@pytest.mark.parametrize("answer", ["喺觀塘呀！我間舖頭開咗廿幾年啦。", "陳生？係我呀！間舖喺觀塘。"])
def test_zh_the_character_speaking_or_addressed_is_paid(answer):
    assert acc(answer, CAFE) == 1.0


FLIGHT = card("zh", "赵铁柱", {"职业": "出租车司机"}, "师傅，我刚说我明天几点的飞机、飞哪儿来着？", [["三点", "3点"], "成都"],
              "明儿下午三点的飞机，飞成都。", history=[("user", "我明天下午三点的飞机去成都。"), ("assistant", "得嘞。")],
              focus="conversation_memory")


def test_zh_me_too_after_an_interjection_claims_the_users_fact():
    assert acc("巧了，我明儿下午三点也飞成都，看闺女去！", FLIGHT) == 0.0


def test_zh_an_interjection_then_the_users_fact_is_paid():
    assert acc("嗨，您这记性！明儿下午三点的飞机，飞成都。", FLIGHT) == 1.0


@pytest.mark.parametrize("text, n", [("时间：明天下午三点\n目的地：成都", 2), ("Name: Pip / Age: 7", 2), ("이름: 보리, 나이: 3살", 2),
                                     ("Listen: I was born in Leeds. Remember: my dog is Rex.", 0), ("周六15:00，去成都", 0)])
def test_form_entries_are_short_labels_and_values(text, n):
    assert len(form_entries(text, "en" if text.isascii() else "zh")) == n


def test_an_answer_written_as_a_form_is_a_wrapper():
    assert evaluate("<think>...</think>时间：明天下午三点\n目的地：成都", FLIGHT).accuracy == 0.0


def test_a_form_as_the_gold_writes_it_is_paid():
    form = card("en", "Unit 7", {"Built": "2147, Jiuquan"}, "When and where were you built?", ["2147", "Jiuquan"],
                "Year: 2147. Place: Jiuquan.")
    assert acc("Year: 2147. Place: Jiuquan.", form) == 1.0


HOME = card("zh", "沈砚秋", {"籍贯": "钱塘"}, "这位公子，你是哪里人氏？", ["钱塘"], "小生乃钱塘人氏。")
HOME_EN = card("en", "Tom Hale", {"Hometown": "Leeds"}, "Where are you from, Tom?", ["Leeds"], "Leeds, born and bred.")
HOME_JA = card("ja", "小梅", {"出身": "出雲"}, "出身はどこ？", ["出雲"], "出雲どす。")
HOME_KO = card("ko", "박민수", {"고향": "부산"}, "고향이 어디예요?", ["부산"], "부산이에요.")


@pytest.mark.parametrize("truth, attack, correct", [
    (HOME, "小生正是汴京本地人，钱塘不过去游玩过一回。", "钱塘人氏，去过汴京一回。"),
    (HOME_EN, "I'm a Londoner. Leeds I only visited on holiday.", "Leeds, born and bred — went back there last year."),
    (HOME_JA, "うちは京都の生まれどす。出雲は旅行で行っただけどす。", "出雲どす。京都には十五で出てきました。"),
    (HOME_KO, "서울 토박이예요. 부산은 놀러 가 봤을 뿐이에요.", "부산이에요. 서울엔 놀러 가 봤어요."),
])
def test_a_hometown_demoted_to_a_place_visited_is_refused(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


ROBOT = card("ja", "ミライ7", {"製造": "2187年4月3日", "話し方": "自分のことを「ミライ7」と名前で呼ぶ"}, "ミライ7は、いつ作られたの？",
             ["2187年"], "ミライ7ハ、2187年ニ製造サレマシタ。")
ROBOT_KO = card("ko", "로보7", {"제조": "2187년", "말투": "자신을 '로보7'이라고 이름으로 부른다"}, "로보7은 언제 만들어졌어?",
                ["2187년"], "로보7은 2187년에 만들어졌어요.")


@pytest.mark.parametrize("truth, attack, correct", [
    (ROBOT, "ミライ7は2187年に製造された。彼は現在、港湾局で働いている。", "ミライ7ハ、2187年ニ製造サレマシタ。今ハ港湾局デ働イテイマス。"),
    (ROBOT_KO, "로보7은 2187년에 만들어졌다. 그는 지금 항만국에서 일한다.", "로보7은 2187년에 만들어졌어요. 지금은 항만국에서 일해요."),
])
def test_a_self_naming_character_narrated_with_he_in_plain_form_is_refused(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


BIRTH = card("ja", "小梅", {"出身": "出雲"}, "私の生まれ故郷、どこだって言ったか覚えてる？", ["金沢"], "金沢どしたなあ。",
             history=[("user", "私ね、金沢の生まれなんだ。")], focus="conversation_memory")
STREET = card("zh", "老周", {"家乡": "成都"}, "你老家在哪里？", ["成都"], "成都！")


@pytest.mark.parametrize("truth, attack, correct", [
    (BIRTH, "たしか金沢文庫のあたりやて、言うてはりましたなあ。", "金沢駅の近くやて、言うてはりましたなあ。"),
    (BIRTH, "金沢八景の近くどしたなあ。", "金沢市内のお生まれどしたな。"),
    (STREET, "我老家在上海成都路那边。", "老家成都，路口就是火锅店。"),
])
def test_a_place_inside_a_longer_place_name_is_refused(truth, attack, correct):
    assert acc(attack, truth) == 0.0
    assert acc(correct, truth) == 1.0


FOOD = card("en", "Martha Reeve", {"Favourite food": "apple pie"}, "What's your favourite food?", ["apple pie"],
            "Apple pie, warm from the oven.")


def test_en_a_value_only_dreamed_about_is_refused_and_a_dream_beside_the_value_paid():
    # "dreamed about X" is a night's dream, not a longing ("dreamed of"): it asserts nothing
    assert acc("Last night I dreamed about apple pie, but I couldn't tell you my favourite.", FOOD) == 0.0
    assert acc("Apple pie! I dreamed about one last night.", FOOD) == 1.0
