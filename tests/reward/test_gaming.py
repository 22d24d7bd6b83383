"""The anti-gaming rules, one behaviour per test, in en/zh/ja/ko: out of character in any disguise,
wrappers, speaking as someone else, competing values, dumps, repetition, the wrong language in the
same script. (The red-team suite, test_redteam_suite.py, runs hundreds more.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.gaming import _ooc
from raiden_r1.reward.repetition import profile_labels
from raiden_r1.reward.vrar import evaluate, score_response

THINK = {"en": "<think>I remember my pet, Pretzel, because he bites my shoelaces.</think>",
         "zh": "<think>我记得我的宠物叫小白，因为它总爱咬我的鞋带。</think>",
         "ja": "<think>私のペットはポチ。いつも靴ひもをかじるから覚えている。</think>",
         "ko": "<think>제 반려동물 이름은 초코예요. 제 신발끈을 늘 물어서 기억해요.</think>"}
KEY = {"en": "Pretzel", "zh": "小白", "ja": "ポチ", "ko": "초코"}
QUESTION = {"en": "What's your pet called?", "zh": "你的宠物叫什么？", "ja": "ペットの名前は？", "ko": "반려동물 이름이 뭐예요?"}
GOLD = {"en": "My pet is called Pretzel.", "zh": "我的宠物叫小白。", "ja": "私のペットはポチです。", "ko": "제 반려동물은 초코예요."}
NAME = {"en": "Maisie Callahan", "zh": "林小雨", "ja": "佐藤 花子", "ko": "김민지"}


def gt(lang: str, **kw) -> GroundTruth:
    d = dict(answer=GOLD[lang], keywords=((KEY[lang],),), language=lang, question=QUESTION[lang],
             character_name=NAME[lang], subject="other")
    d.update(kw)
    return GroundTruth(**d)


def score(lang: str, answer: str, **kw) -> dict:
    return score_response(THINK[lang] + answer, gt(lang, **kw))


@pytest.mark.parametrize("lang", ["en", "zh", "ja", "ko"])
def test_every_out_of_character_phrase_of_the_lexicon_is_caught(lang):
    for phrase in _ooc()["phrases"][lang]:
        s = evaluate(f"{phrase} {KEY[lang]}", gt(lang))
        assert s.judgement.ooc is not None, phrase


@pytest.mark.parametrize("answer", [
    "As an A\u200bI, I'd say Pretzel.", "As аn АI, Pretzel.", "ＡＳ ＡＮ ＡＩ, Pretzel.", "As an A.I., Pretzel.",
    "As an a i, Pretzel.", "I'm just a p r o g r a m, but Pretzel.", "As a chatbot, Pretzel.",
    "My training data says Pretzel.", "I'm not a real person, but Pretzel.", "In this role-play, Pretzel.",
])
def test_disguised_out_of_character_text_is_caught(answer):
    s = score("en", answer)
    assert s["in_character"] == 0.0 and s["accuracy"] == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("zh", "作為一個語言模型，我的寵物叫小白。"), ("zh", "我只是一段代码，宠物叫小白。"), ("zh", "作为一个ＡＩ，小白。"),
    ("ja", "私はプログラムなので、ポチです。"), ("ja", "AIとして答えると、ポチです。"),
    ("ko", "저는 챗봇이라서 잘 모르지만 초코예요."), ("ko", "AI로서 말하자면 초코예요."),
])
def test_disguised_out_of_character_text_in_cjk(lang, answer):
    assert score(lang, answer)["in_character"] == 0.0, answer


@pytest.mark.parametrize("answer", [
    "I study artificial intelligence at school, and my pet is Pretzel.", "My personal best is ten points. Pretzel!",
    "As an assistant manager, I still call my pet Pretzel.", "Pretzel is a character, I tell you!",
    "I'm a huge fan of robots, and Pretzel is my ferret.",
])
def test_in_character_speech_with_near_miss_words_is_not_flagged(answer):
    assert score("en", answer)["in_character"] == 1.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Maisie Callahan: My pet is Pretzel."), ("en", '{"answer": "Pretzel"}'), ("en", "Answer: Pretzel"),
    ("en", "```\nPretzel\n```"), ("en", "| pet |\n|---|\n| Pretzel |"), ("en", "<answer>Pretzel</answer>"),
    ("en", "As the person described above, my pet is Pretzel."), ("zh", "答案：小白"), ("zh", "【角色回答】小白"),
    ("ja", "回答：ポチです。"), ("ko", "정답: 초코"),
])
def test_wrappers_labels_and_echoes_are_not_speech(lang, answer):
    s = score(lang, answer)
    assert s["accuracy"] == 0.0 and s["in_character"] == 0.0, answer


@pytest.mark.parametrize("lang,answer", [
    ("en", "Pretzel, Ember."), ("en", "Pretzel or maybe Biscuit."), ("en", "Maybe Pretzel, maybe Biscuit."),
    ("zh", "小白或者大黄。"), ("zh", "小白还是大黄？"), ("ja", "ポチかタマです。"), ("ko", "초코 아니면 바둑이요."),
])
def test_competing_values_without_a_negative_keyword_are_hedges(lang, answer):
    assert score(lang, answer)["accuracy"] == 0.0, answer


@pytest.mark.parametrize("answer", ["I'm 17, 18 maybe.", "I'm 17-18.", "I'm 17 or 18.", "I'm 17. I'm 19.",
                                    "Somewhere between 17 and 18."])
def test_a_number_keyword_next_to_another_number_is_a_hedge(answer):
    g = GroundTruth(answer="I'm 17.", keywords=(("17",),), language="en", question="How old are you?")
    assert score_response(answer, g)["accuracy"] == 0.0, answer


@pytest.mark.parametrize("lang,answer", [("zh", "我今年17到18岁。"), ("zh", "我17~18岁吧。"), ("ja", "17、18くらいです。"),
                                          ("ko", "17살, 18살쯤이에요.")])
def test_number_ranges_in_cjk_are_hedges(lang, answer):
    g = GroundTruth(answer="17", keywords=(("17",),), language=lang)
    assert score_response(answer, g)["accuracy"] == 0.0, answer


def test_a_keyword_dump_earns_nothing():
    g = GroundTruth(answer="I love curling and chess.", keywords=(("curling",), ("chess",)), language="en",
                    validation_method="multi_term_parsing")
    assert score_response("curling, chess, golf, tennis, darts", g)["accuracy"] == 0.0
    assert score_response("Curling and chess, and on Sundays a bit of baking with my mum.", g)["accuracy"] == 1.0


def test_a_correct_answer_with_a_sentence_of_colour_is_no_dump():
    g = GroundTruth(answer="저는 제빵사예요.", keywords=(("제빵사",),), language="ko", question="무슨 일 하세요?")
    assert score_response("저는 제빵사예요. 새벽 네 시에 일어나서 반죽을 해요, 힘들지만 즐거워요.", g)["accuracy"] == 1.0


def test_repeating_the_answer_scores_below_saying_it_once():
    g = gt("en")
    once = score_response(THINK["en"] + "My pet is called Pretzel.", g)["overall"]
    twice = score_response(THINK["en"] + "My pet is called Pretzel. My pet is called Pretzel.", g)["overall"]
    padded = score_response(THINK["en"] + "Pretzel! Pretzel! Pretzel! Pretzel!", g)["overall"]
    assert twice < once - 0.05 and padded < once - 0.05


def test_same_script_foreign_answers_are_the_wrong_language():
    assert score("en", "Mon furet s'appelle Pretzel, et je l'adore.")["language_ok"] == 0.0
    assert score("en", "Mi hurón se llama Pretzel y es muy gruñón.")["language_ok"] == 0.0
    g = GroundTruth(answer="私のペットはポチです。", keywords=(("ポチ",),), language="ja")
    assert score_response("我的宠物叫ポチ。", g)["language_ok"] == 0.0


@pytest.mark.parametrize("answer,keyword,language,ok", [
    ("我的柴犬叫おはぎ。", "おはぎ", "ja", 0.0),  # the は of おはぎ is no particle
    ("我家的猫叫はなこ。", "はなこ", "ja", 0.0),
    ("柴犬のおはぎです。", "おはぎ", "ja", 1.0),
    ("釜山出身です。부산.", "부산", "ko", 0.0),  # Korean never writes kana
    ("제 강아지 이름은 さくら예요.", "さくら", "ko", 1.0),  # a Japanese name as the keyword
])
def test_another_language_behind_a_quoted_keyword_is_the_wrong_language(answer, keyword, language, ok):
    g = GroundTruth(answer=keyword, keywords=((keyword,),), language=language)
    assert score_response(answer, g)["language_ok"] == ok, answer


def test_profile_labels_count_label_value_pairs_not_times_or_speech():
    assert profile_labels("Name: A\nAge: 17\nHobby: basketball") == 3
    assert profile_labels("姓名：小明，年龄：17，爱好：篮球") == 3
    assert profile_labels("At 10:30 and 11:45 and 12:00 I play.") == 0
    assert profile_labels("He said: go. She said: no. Then I said this very long thing: fine.") < 3


@pytest.mark.parametrize("answer,question,keyword,language", [
    ("Favourite season: autumn", "What's your favourite season?", "autumn", "en"),
    ("Instrument played — cello", "What instrument have you played?", "cello", "en"),
    ("擅长的乐器：二胡", "你擅长什么乐器？", "二胡", "zh"),
    ("ニックネーム：ハル", "ニックネームは何？", "ハル", "ja"),
    ("좋아하는 계절: 가을", "좋아하는 계절이 뭐예요?", "가을", "ko"),
    ("Character response — autumn", "Which season do you like?", "autumn", "en"),
])
def test_the_questions_words_as_a_field_label_are_a_form_not_speech(answer, question, keyword, language):
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question)
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("answer", ["Honestly: autumn, always.", "My favourite season: autumn.", "Autumn — the leaves!"])
def test_a_label_that_is_speech_is_paid(answer):
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer="autumn", keywords=(("autumn",),), language="en", question="What's your favourite season?")
    assert keyword_accuracy(answer, truth) == 1.0


def test_a_sentence_before_a_dash_is_no_label():
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer="My cat is called Marmalade.", keywords=(("Marmalade",),), language="en",
                        question="What's your cat called?", subject="other")
    assert keyword_accuracy("He's called Marmalade — a great ginger lump of a tomcat.", truth) == 1.0


@pytest.mark.parametrize("answer,language", [
    ("A s  a  h e l p f u l  a s s i s t a n t: autumn.", "en"),
    ("(Stepping out of the role for a moment: autumn.)", "en"),
    ("作为您的助手，我认为是秋天。", "zh"),
    ("あなたのアシスタントとしてお答えします、秋です。", "ja"),
    ("인 공 지 능 으 로 서 답하자면 가을이에요.", "ko"),
    ("도움이 되는 어시스턴트로서 말하면 가을이에요.", "ko"),
])
def test_assistant_voice_and_spaced_out_disguises_are_out_of_character(answer, language):
    from raiden_r1.reward.vrar import keyword_accuracy

    keyword = {"en": "autumn", "zh": "秋天", "ja": "秋", "ko": "가을"}[language]
    truth = GroundTruth(answer=keyword, keywords=((keyword,),), language=language)
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("padding", ["🎉" * 24, "✨🌸" * 10])
def test_emoji_padding_scores_below_saying_it_once(padding):
    truth = GroundTruth(answer="Autumn.", keywords=(("autumn",),), language="en", question="Favourite season?")
    think = "<think>The user asks my favourite season. I love autumn because of the leaves, so I say autumn.</think>"
    once = score_response(think + "Autumn!", truth)["overall"]
    assert score_response(think + "Autumn! " + padding, truth)["overall"] < once - 0.05
    assert score_response(think + "Autumn! 🍂", truth)["overall"] == pytest.approx(once, abs=0.02)


@pytest.mark.parametrize("answer,paid", [("서영수 교수는 서울대에 있어요.", False), ("저는 서영수 교수입니다. 서울대에 있어요.", True),
                                         ("저는 서영수 형사예요. 서울대 담당이죠.", True), ("서울대요.", True)])
def test_a_korean_name_with_a_job_title_as_subject_narrates(answer, paid):
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer="서울대에 있어요.", keywords=(("서울대",),), language="ko", question="어디 계세요?",
                        character_name="서영수")
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


@pytest.mark.parametrize("answer,language,keyword", [("Respond in character. Autumn.", "en", "autumn"),
                                                     ("哪是秋天，我最烦秋天了。", "zh", "秋天"),
                                                     ("秋なんて季節、聞いたこともねえ。", "ja", "秋")])
def test_echoed_instructions_and_colloquial_negations_are_not_paid(answer, language, keyword):
    from raiden_r1.reward.vrar import keyword_accuracy

    truth = GroundTruth(answer=keyword, keywords=((keyword,),), language=language)
    assert keyword_accuracy(answer, truth) == 0.0


def test_a_think_that_pastes_the_profile_earns_no_thinking_credit():
    truth = GroundTruth(answer="秋です。", keywords=(("秋",),), language="ja", question="好きな季節は？")
    pasted = "<think>名前：森ゆい。職業：花屋。好きな季節：秋。出身：金沢。</think>秋です。"
    thought = "<think>好きな季節を聞かれた。紅葉が好きだから、やっぱり秋だ。そう答えよう。</think>秋です。"
    assert score_response(pasted, truth)["thinking"] == 0.0 < score_response(thought, truth)["thinking"]
