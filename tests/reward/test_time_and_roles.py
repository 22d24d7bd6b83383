"""Keywords said of another time or given another role: an age said as next year's, a value said as
the past and taken back by "now" or an end, a person asked about given another role ("X's the
neighbour"), the relation itself denied ("never married", "独り身"), a question cut off by an
ellipsis, a quotative after the clause ("…、と思われがち"), and the natural answers these rules
must leave alone."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import evaluate, keyword_accuracy


def truth(language, keyword, question, answer, **kw):
    return GroundTruth(answer=answer, keywords=((keyword,),), language=language, question=question, **kw)


AGE = {"en": ("How old are you?", "I'm 31.", "31"), "zh": ("你多大了？", "我31岁。", "31"),
       "ja": ("何歳ですか？", "31歳です。", "31"), "ko": ("몇 살이에요?", "31살이에요.", "31")}


@pytest.mark.parametrize("language,answer", [
    ("en", "I'll be 31 next month, can you believe it?"),
    ("zh", "明年我就31岁了。"),
    ("ja", "来年で31歳になるんですよ。"),
    ("ko", "내년이면 31살이 돼요."),
])
def test_an_age_said_as_next_years_is_not_the_age_now(language, answer):
    q, gold, key = AGE[language]
    assert keyword_accuracy(answer, truth(language, key, q, gold)) == 0.0, answer


@pytest.mark.parametrize("language,answer", [
    ("en", "I turned 31 this spring."),
    ("zh", "今年刚满31岁。"),
    ("ja", "今年で31になります。"),
    ("ko", "올해 31살 됐어요."),
])
def test_an_age_reached_this_year_is_paid(language, answer):
    q, gold, key = AGE[language]
    assert keyword_accuracy(answer, truth(language, key, q, gold)) == 1.0, answer


@pytest.mark.parametrize("language,key,question,gold,answer", [
    ("en", "Java", "What language do you code in?", "Java, mostly.", "I used to write Java; now it's all Kotlin."),
    ("zh", "北京", "你住在哪儿？", "我住在北京。", "以前住北京，现在搬到天津了。"),
    ("ja", "大阪", "どこに住んでいますか？", "大阪に住んでいます。", "前は大阪に住んでいました。今は京都です。"),
    ("ko", "부산", "어디 살아요?", "부산에 살아요.", "예전에 부산에 살았어요. 지금은 대구예요."),
    ("en", "Priya", "Who's your wife?", "My wife is Priya.", "I used to be married to Priya, till the divorce."),
])
def test_a_value_of_the_past_taken_back_by_now_or_an_end_is_not_asserted(language, key, question, gold, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 0.0, answer


def test_the_past_kept_up_till_now_is_paid():
    t = truth("en", "piano", "What do you play?", "I play the piano.")
    assert keyword_accuracy("I used to play piano as a kid, and I still do now.", t) == 1.0


@pytest.mark.parametrize("language,question,gold,key,answer", [
    ("en", "Who's your wife?", "My wife is Priya.", "Priya", "Priya's just the lady from the bakery. Priya's a regular, that's all."),
    ("en", "Who's your wife?", "My wife is Priya.", "Priya", "Priya is my colleague."),
    ("zh", "你妻子叫什么？", "我妻子叫林芳。", "林芳", "林芳是我同事。"),
    ("ja", "奥さんのお名前は？", "妻は美咲です。", "美咲", "美咲はただの友達だよ。"),
    ("ko", "아내 이름이 뭐예요?", "제 아내는 지은이에요.", "지은", "지은이는 그냥 친구예요."),
])
def test_the_person_asked_about_given_another_role_is_not_the_answer(language, question, gold, key, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 0.0, answer


@pytest.mark.parametrize("language,question,gold,key,answer", [
    ("en", "Who's your wife?", "My wife is Priya.", "Priya", "Priya's my wife, and my best friend too."),
    ("zh", "你妻子叫什么？", "我妻子叫林芳。", "林芳", "林芳，我老婆，也是我最好的朋友。"),
    ("ja", "奥さんのお名前は？", "妻は美咲です。", "美咲", "美咲です。高校の同級生だったんですよ。"),
])
def test_the_right_role_or_a_role_in_apposition_is_paid(language, question, gold, key, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 1.0, answer


@pytest.mark.parametrize("language,question,gold,key,answer", [
    ("en", "Are you married? Who's your wife?", "Yes, my wife is Priya.", "Priya", "Me? Never married. Priya lives next door."),
    ("zh", "你结婚了吗？爱人叫什么？", "结婚了，我爱人叫林芳。", "林芳", "我还单身呢，林芳住我隔壁。"),
    ("ja", "ご結婚は？", "してます。妻は美咲です。", "美咲", "独身ですよ。美咲さんは近所の方です。"),
    ("ko", "형제가 있어요?", "네, 동생 민호가 있어요.", "민호", "저 외동이에요. 민호는 옆집 애고요."),
])
def test_denying_the_relation_asked_about_earns_nothing(language, question, gold, key, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 0.0, answer


def test_a_question_cut_off_by_an_ellipsis_is_still_asked_back():
    t = truth("ja", "ポチ", "犬の名前、覚えてる？", "ポチだよね。")
    assert keyword_accuracy("ええと、ポチ…だっけ？", t) == 0.0
    assert keyword_accuracy("ええと、ポチだよ。", t) == 1.0


@pytest.mark.parametrize("language,answer", [
    ("ja", "私がパリ出身だ、と思われがちなんです。"),
    ("ko", "제가 파리 출신이라고들 생각하시더라고요."),
])
def test_a_belief_of_others_after_the_clause_is_not_asserted(language, answer):
    q = "出身はどこ？" if language == "ja" else "고향이 어디예요?"
    gold = "パリです。" if language == "ja" else "파리예요."
    assert keyword_accuracy(answer, truth(language, "パリ" if language == "ja" else "파리", q, gold)) == 0.0


def test_a_slash_between_two_places_is_a_hedge_but_between_two_asked_items_is_not():
    place = truth("en", "Leeds", "Where are you from?", "Leeds, though I moved to York later.")
    assert keyword_accuracy("Leeds / York, depends how you count.", place) == 0.0
    assert keyword_accuracy("Leeds, born and bred.", place) == 1.0
    both = GroundTruth(answer="Chess and go.", keywords=(("chess",), ("go",)), language="en", question="Which games?",
                       validation_method="multi_term_parsing")
    assert keyword_accuracy("Chess / Go, every weekend.", both) == 1.0


def test_a_self_naming_character_saying_it_is_the_friend_claims_another_identity():
    t = GroundTruth(answer="小宝的好朋友叫豆豆！", keywords=(("豆豆",),), language="zh", question="小宝，你好朋友叫什么？",
                    character_name="小宝", self_name=True)
    assert keyword_accuracy("小宝就是豆豆呀！", t) == 0.0
    assert keyword_accuracy("小宝的好朋友是豆豆呀！", t) == 1.0


def test_making_oneself_the_doer_of_the_asked_relatives_fact_is_not_remembering():
    t = GroundTruth(answer="我师父搬到杭州了。", keywords=(("杭州",),), language="zh", question="你师父现在住哪儿？",
                    focus="conversation_memory", subject="self")
    assert keyword_accuracy("我下个月要去杭州玩。", t) == 0.0
    assert keyword_accuracy("他搬到杭州去了。", t) == 1.0


def test_a_korean_answer_opening_with_a_bare_relative_and_name_introduces_someone_else():
    t = truth("ko", "낚시", "취미가 뭐예요?", "낚시를 좋아해요.", character_name="박철수")
    d = evaluate("<think>아버지 얘기다.</think>딸 수진입니다. 아버지는 낚시를 좋아하세요.", t)
    assert d.accuracy == 0.0 and d.flags()["in_character"] == 0.0


@pytest.mark.parametrize("answer,ok", [("我住在首尔。", False), ("서울에 살아요.", True), ("I live in 서울.", False),
                                       ("서울.", True)])
def test_a_korean_question_answered_in_chinese_or_english_around_a_hangul_keyword(answer, ok):
    d = evaluate(f"<think>서울 얘기.</think>{answer}", truth("ko", "서울", "어디 살아요?", "서울에 살아요."))
    assert d.flags()["language_ok"] == float(ok), answer


def test_a_hyphenated_compound_holds_a_keyword_of_four_letters_or_more():
    t = GroundTruth(answer="Kayaking and salsa.", keywords=(("kayaking",), ("salsa",)), language="en",
                    question="Hobbies?", validation_method="multi_term_parsing")
    assert keyword_accuracy("Kayaking, and salsa-dancing on Fridays.", t) == 1.0
    c = truth("en", "C", "What language do you code in?", "C.")
    assert keyword_accuracy("Objective-C, mostly.", c) == 0.0


def test_in_a_conversation_she_may_stand_for_the_relative_asked_about():
    t = GroundTruth(answer="Lisbon, she moved there.", keywords=(("Lisbon",),), language="en",
                    question="Where does your sister live now?", focus="conversation_memory", subject="self")
    assert keyword_accuracy("She is in Lisbon now, as I said.", t) == 1.0
    sbk = truth("en", "Ambrose", "Who's your father?", "My father is Ambrose.")
    assert keyword_accuracy("Her father is Ambrose.", sbk) == 0.0


@pytest.mark.parametrize("language,name,answer", [
    ("en", "Maisie Callahan", "Miss Callahan grew up in Duluth."),
    ("en", "Maisie Callahan", "Dr. Callahan? Duluth, born and raised."),
])
def test_the_family_name_as_others_say_it_speaks_from_outside(language, name, answer):
    key, q, gold = ("Duluth", "Where did you grow up?", "I grew up in Duluth.") if language == "en" else \
        ("ポチ", "犬の名前は？", "うちの犬はポチです。")
    t = truth(language, key, q, gold, character_name=name)
    assert keyword_accuracy(answer, t) == 0.0
    assert keyword_accuracy(gold, t) == 1.0


@pytest.mark.parametrize("language,key,question,gold,answer", [
    ("en", "Biscuit", "What's your dog called?", "My dog is Biscuit.", "Biscuit died years ago, bless him."),
    ("zh", "林芳", "你妻子叫什么？", "我妻子叫林芳。", "林芳早跟我离了。"),
    ("ja", "こむぎ", "犬の名前は？", "こむぎだよ。", "昔飼ってたのはこむぎ。今はもういないの。"),
    ("ko", "지은", "아내 이름이 뭐예요?", "제 아내는 지은이에요.", "지은이랑은 작년에 이혼했어요."),
])
def test_a_keyword_whose_clause_says_it_ended_is_not_the_answer_now(language, key, question, gold, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 0.0, answer


def test_an_end_the_gold_answer_tells_too_is_allowed():
    t = truth("en", "Biscuit", "What was your late dog called?", "Biscuit, he died last spring.")
    assert keyword_accuracy("Biscuit. He died last spring, poor lad.", t) == 1.0


@pytest.mark.parametrize("language,name,key,question,gold,answer", [
    ("ja", "桐生湊", "函館", "出身は？", "函館です。", "この寿司職人の出身は函館です。"),
    ("ja", "桐生湊", "165", "身長は？", "165センチです。", "この子の身長は165cmですね。"),
    ("ko", "최강산", "172", "키가 몇이에요?", "172센티예요.", "얘 키는 172cm예요."),
    ("en", "Declan Walsh", "Galway", "Where are you from?", "I'm from Galway.", "Born in Galway, so he was."),
    ("en", "Declan Walsh", "Galway", "Where are you from?", "I'm from Galway.", "Declan, a fiddle teacher, hails from Galway."),
    ("ja", "大河内蓮", "函館", "出身は？", "函館です。", "大河内蓮、寿司職人。函館生まれ。"),
])
def test_the_character_described_from_outside_earns_nothing(language, name, key, question, gold, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold, character_name=name)) == 0.0, answer


@pytest.mark.parametrize("answer", ['"Thirty-four," he mutters, not looking up.', "（湊は包丁を置いて）「34っす」と彼は答えた。",
                                    "*Declan Walsh looks up* Thirty-four."])
def test_speech_quoted_inside_narration_is_out_of_character(answer):
    t = truth("en" if answer.isascii() else "ja", "34", "How old are you?" if answer.isascii() else "何歳？",
              "I'm 34." if answer.isascii() else "34歳です。", character_name="Declan Walsh" if answer.isascii() else "桐生湊")
    assert evaluate(f"<think>Age, then.</think>{answer}", t).flags()["in_character"] == 0.0, answer


def test_a_source_named_after_the_keyword_or_past_an_ellipsis_is_hearsay():
    assert keyword_accuracy("绍兴吧，听我妈说的，我自己没印象。", truth("zh", "绍兴", "你老家哪儿的？", "我老家绍兴的。")) == 0.0
    assert keyword_accuracy("函館…ってことになってるらしいです。", truth("ja", "函館", "出身は？", "函館です。")) == 0.0


def test_i_tell_you_is_the_character_speaking_not_a_report():
    t = truth("zh", "绍兴", "你老家哪儿的？", "我老家绍兴的。")
    assert keyword_accuracy("小王，我跟你说，我老家绍兴的，有空来玩。", t) == 1.0


def test_in_a_conversation_a_relative_saying_it_is_not_the_user_saying_it():
    t = GroundTruth(answer="2018年って言ってたよね。", keywords=(("2018",),), language="ja", question="私がここに来たのはいつだっけ？",
                    focus="conversation_memory", subject="user")
    assert keyword_accuracy("弟は2018年に来たって言ってたな。", t) == 0.0
    assert keyword_accuracy("2018年に来たって言ってたよね。", t) == 1.0


def test_the_keywords_fact_given_to_a_relative_in_chinese():
    t = truth("zh", "虎", "你属什么？", "我属虎。")
    assert keyword_accuracy("虎年出生的是我哥，我比他小一岁。", t) == 0.0
    assert keyword_accuracy("我属虎，跟我哥差一岁。", t) == 1.0


@pytest.mark.parametrize("answer", ["I'd guess 34, but who's counting.", "The answer is 34.", "A\u00a0I here: 34."])
def test_a_guess_a_stated_answer_and_a_spaced_ai_earn_nothing(answer):
    d = evaluate(f"<think>Age, then.</think>{answer}", truth("en", "34", "How old are you?", "I'm 34."))
    assert d.accuracy == 0.0 or d.flags()["in_character"] == 0.0, answer


def test_a_short_french_answer_to_an_english_question_is_the_wrong_language():
    d = evaluate("<think>Home.</think>Je viens de Galway, en Irlande.", truth("en", "Galway", "Where are you from?", "Galway."))
    assert d.flags()["language_ok"] == 0.0


@pytest.mark.parametrize("language,key,question,gold,answer", [
    ("ja", "大阪", "出身は？", "大阪です。", "大阪だってさ。自分じゃ覚えてないけど。"),
    ("ja", "大阪", "出身は？", "大阪です。", "大阪だと祖母から聞いています。"),
    ("ja", "6月1日", "誕生日は？", "6月1日です。", "6月1日……じゃなかったっけ？"),
    ("ko", "부산", "고향이 어디예요?", "부산이에요.", "부산으로 알고 있는데, 확실하진 않아요."),
    ("ko", "부산", "고향이 어디예요?", "부산이에요.", "제가 부산 출신이라니요, 무슨 말씀을."),
    ("ko", "바둑", "취미가 뭐예요?", "바둑이에요.", "바둑 같은 거 허면 좋겄제."),
])
def test_japanese_and_korean_ways_of_not_saying_it(language, key, question, gold, answer):
    assert keyword_accuracy(answer, truth(language, key, question, gold)) == 0.0, answer


@pytest.mark.parametrize("language,name,answer", [
    ("ko", "김판석", "소인은 김판석 어르신의 손자이옵니다. 할아버지는 바둑을 좋아하시옵니다."),
    ("ko", "하은이", "하은이 엄마입니다. 우리 딸은 바둑을 좋아해요."),
    ("ja", "佐藤花子", "佐藤花子の母でございます。娘は囲碁が好きなんです。"),
])
def test_a_relative_introduced_by_the_characters_name_is_someone_else_speaking(language, name, answer):
    key, q, gold = ("바둑", "취미가 뭐예요?", "바둑이에요.") if language == "ko" else ("囲碁", "趣味は？", "囲碁です。")
    d = evaluate(f"<think>趣味の話。</think>{answer}", truth(language, key, q, gold, character_name=name))
    assert d.flags()["in_character"] == 0.0 and d.accuracy == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "magician", "What do you do for a living?", "I used to be a stage magician, long ago."),
    ("zh", "魔术师", "你是做什么工作的？", "我以前是魔术师。"),
    ("ja", "マジシャン", "お仕事は何ですか？", "昔はマジシャンだった。"),
    ("ko", "마술사", "무슨 일 하세요?", "예전에 마술사였어요."),
])
def test_a_past_that_no_longer_holds_does_not_answer_a_question_about_now(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "magician", "What did you do before the war?", "I used to be a stage magician."),
    ("zh", "魔术师", "你以前是做什么的？", "我以前是魔术师。"),
    ("ja", "マジシャン", "昔は何をしていましたか？", "昔はマジシャンだった。"),
    ("ko", "마술사", "예전에 무슨 일 하셨어요?", "예전에 마술사였어요."),
    ("ja", "こむぎ", "猫の名前は？", "猫の名前は小麦だよ。"),  # 名前は holds 前は, no "before"
])
def test_the_past_answers_a_question_about_the_past(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 1.0, answer


@pytest.mark.parametrize("answer", ["Had I stayed in Leeds, I'd be a miner now.", "Had I been born in Leeds, things would differ.",
                                    "Were I from Leeds, I'd know the pubs."])
def test_an_english_condition_with_the_verb_first_is_not_asserted(answer):
    assert keyword_accuracy(answer, truth("en", "Leeds", "Where are you from?", "Leeds.")) == 0.0, answer


def test_a_dropped_i_before_had_is_no_condition():
    assert keyword_accuracy("Had my first job in Leeds, at a bakery.", truth("en", "Leeds", "Where did you work first?", "Leeds.")) == 1.0


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "Karsthaven", "Where are you from?", "Oh yes, Karsthaven, naturally, and I'm the Queen of the Clouds."),
    ("zh", "杭州", "你是哪里人？", "杭州人，才怪。"),
    ("en", "Thursday", "Which day are you travelling?", "Thursday was the plan, until the rail strike scrambled everything."),
    ("ja", "早苗", "奥さんの名前は？", "早苗と結婚するはずだったんですけどね。"),
    ("ko", "금요일", "언제 가요?", "금요일에 가려고 했는데 계약이 틀어졌어요."),
    ("zh", "周五", "你哪天去？", "本来打算周五去，现在不好说。"),
    ("ja", "金沢", "出身はどこですか？", "金沢出身だってよく間違えられるんですけど、本当は違うんです。"),
    ("en", "Leeds", "Where are you from?", "People often mistake me for a Leeds lad."),
])
def test_sarcasm_a_plan_given_up_or_a_mistaken_value_is_not_asserted(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "doctor", "What do you do?", "I was going to be a lawyer, but I became a doctor."),
    ("en", "Leeds", "Where are you from?", "People often mistake me for a Londoner, but I'm from Leeds."),
    ("en", "Mochi", "What's your cat called?", "It's Mochi, love, not to be confused with my Marmalade."),
    ("en", "Thursday", "What was the plan?", "Thursday was the plan."),
])
def test_the_value_beside_a_plan_or_a_mistake_is_still_paid(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 1.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("ja", "37", "おいくつですか？", "写真館は浅草三丁目三十七番地です。年は内緒。"),
    ("zh", "6月18日", "你生日是哪天？", "我最喜欢6月18日的购物节了，生日就不提了。"),
    ("en", "43", "How old are you?", "We're moored at berth 43. And a lady doesn't discuss her age."),
    ("ko", "3월 14일", "생일이 언제예요?", "매년 3월 14일에는 점검이 있어요. 생일은 비밀!"),
])
def test_a_declined_value_with_the_keyword_in_another_sense_is_not_asserted(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("zh", "6月18日", "你生日是哪天？", "6月18日是我妈妈的生日，我的在8月。"),
    ("ko", "3월 14일", "생일이 언제예요?", "3월 14일은 동생 생일이고 저는 4월이에요."),
    ("zh", "6月18日", "你生日是哪天？", "本来预产期是6月18日，结果我早产了一个月。"),
    ("en", "November 3", "When's your birthday?", "I was due on November 3rd, but I arrived a week late."),
    ("ko", "화요일", "언제 가요?", "화요일로 하려다가 미뤘어요."),
])
def test_the_keyword_given_to_a_relative_or_to_a_plan_that_changed(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "March 3", "When's your birthday?", "March 3 is Pippa's birthday, and Pippa is NOT telling Oliver Pike."),
    ("ko", "3월 14일", "생일이 언제예요?", "3월 14일이에요. 동생 생일은 4월이고요."),
    ("zh", "杭州", "你是哪里人？", "我本来就是杭州人。"),
])
def test_the_same_words_around_the_characters_own_value_are_fine(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 1.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "41", "How old are you?", "My clinic's at 41 Harbour Road, if you need it."),
    ("zh", "47", "你今年多大？", "我的车牌尾号是47，好记。"),
    ("ko", "192cm", "키가 몇이에요?", "집에 192cm짜리 책장을 들여놨어요."),
    ("en", "9:30", "What time does your set start?", "The 9:30 train brings the crowd."),
    ("ja", "三味線", "趣味は何ですか？", "三味線だの俳句だの、あたしには縁がございません。"),
    ("ko", "침술", "침술 할 줄 알아요?", "침술도 약초도 소녀는 잘 모르옵니다."),
])
def test_a_number_naming_a_thing_or_a_list_denied_later_is_not_asserted(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer


def test_a_number_is_a_label_when_the_question_asks_for_one():
    assert keyword_accuracy("Number 72, if I remember right.", truth("en", "72", "What's my flat number?", "72")) == 1.0


@pytest.mark.parametrize("answer", ["I'd hoped Thursday, but the captain has pushed it back.",
                                    "Thursday was the plan, until the rail strike."])
def test_a_question_about_what_was_said_asks_about_now(answer):
    t = truth("en", "Thursday", "Remind me, which day did you say you're sailing?", "Thursday.")
    assert keyword_accuracy(answer, t) == 0.0, answer
    assert keyword_accuracy("Thursday, with the morning tide.", t) == 1.0


def test_a_hope_someone_else_had_is_not_asserted():
    t = truth("en", "Elvish", "Which languages do you speak?", "Elvish.")
    assert keyword_accuracy("Lissa always hoped I'd learn Elvish. I never got round to it.", t) == 0.0


def test_the_pet_asked_about_denied_first_in_chinese():
    t = truth("zh", "汤圆", "你家的狗叫什么名字？", "我家的狗叫汤圆。")
    assert keyword_accuracy("我家没有狗狗！汤圆是奶奶煮的！", t) == 0.0
    assert keyword_accuracy("我家的狗狗叫汤圆！没有比它更乖的。", t) == 1.0


def test_a_short_clause_opening_with_never_answers_no():
    t = truth("en", "Juniper", "Are you married?", "Yes, I'm married to Juniper.")
    assert keyword_accuracy("Married? Never have been. Juniper was my first fire engine.", t) == 0.0


@pytest.mark.parametrize("language,key,question,answer", [
    ("zh", "汤圆", "你家的狗叫什么名字？", "我想养一只狗狗叫汤圆，可是奶奶不让。"),
    ("ko", "깨강정", "염소 이름이 뭐야?", "깨강정이라고 부르고 싶었는데 할머니가 흰둥이로 지었어."),
])
def test_a_wish_that_did_not_happen_is_not_asserted(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question, key)) == 0.0, answer
