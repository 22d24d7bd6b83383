from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.errors import RaidenError
from raiden_r1.reward.vrar import SCORE_KEYS, evaluate, item_matches, keyword_accuracy, score_batch, score_response

THINK_EN = ("<think>My friend asks what I do after class. I remember my profile: I love basketball, because it "
            "helps me relax, and since my friends play too we meet at the court nearly every single day after "
            "school. So my answer should sound like me, warm and short, and mention that I play basketball with "
            "my friends, which is the thing I enjoy most of all.</think>")


def test_scores_are_plain_floats_with_every_key(gt_en):
    s = score_response("I play basketball.", gt_en)
    assert tuple(s) == SCORE_KEYS
    assert all(type(v) is float and 0.0 <= v <= 1.0 for v in s.values())


def test_perfect_response_scores_one(gt_en):
    s = score_response(THINK_EN + "I usually play basketball with my friends after class!", gt_en)
    assert (s["accuracy"], s["format"], s["thinking"]) == (1.0, 1.0, 1.0)
    assert s["overall"] == pytest.approx(1.0)


def test_untagged_correct_answer_earns_accuracy_and_conclusion_only(gt_en):
    s = score_response("I play basketball with my friends.", gt_en)
    assert s["accuracy"] == 1.0 and s["format"] == pytest.approx(0.4) and s["thinking"] == 0.0
    assert s["overall"] == pytest.approx(0.5 + 0.3 * 0.4)


def test_untagged_correct_beats_untagged_wrong(gt_en):
    assert score_response("I play basketball.", gt_en)["overall"] > score_response("I read novels.", gt_en)["overall"]


def test_mtdp_partial_credit(gt_mtdp):
    assert score_response("I grew up in Seattle.", gt_mtdp)["accuracy"] == pytest.approx(0.5)
    assert score_response("Seattle, where I became a developer.", gt_mtdp)["accuracy"] == pytest.approx(0.7)
    assert score_response("I was a software developer in Seattle.", gt_mtdp)["accuracy"] == 1.0


def test_alternatives_and_normalisation(gt_en, gt_zh):
    assert score_response("ＨＯＯＰＳ every day!", gt_en)["accuracy"] == 1.0  # full width, case
    assert score_response("我最喜欢basketball了。", gt_zh)["accuracy"] == 1.0


def test_latin_keywords_match_whole_words():
    gt = GroundTruth(answer="I study art.", keywords=(("art",),), language="en")
    assert score_response("I love going to parties.", gt)["accuracy"] == 0.0
    assert score_response("I love art.", gt)["accuracy"] == 1.0


def test_negative_keyword_voids_stv(gt_en):
    s = score_response("I play basketball and football.", gt_en)
    assert s["accuracy"] == 0.0 and s["hedged"] == 1.0


def test_negative_cancels_one_mtdp_item():
    gt = GroundTruth(answer="Seattle, engineer.", keywords=(("Seattle",), ("engineer",), ("software",)),
                     negative_keywords=("Portland",), language="en")
    # 3 found - 1 negative = 2 of 3 -> 0.3 + 0.6 * 2/3
    assert score_response("Seattle, and Portland too; a software engineer.", gt)["accuracy"] == pytest.approx(0.7)


def test_negative_inside_the_gold_answer_is_ignored():
    gt = GroundTruth(answer="I coach basketball.", keywords=(("basketball coach", "coach"),),
                     negative_keywords=("basketball",), language="en")
    assert score_response("I coach basketball.", gt)["accuracy"] == 1.0


def test_disjunction_next_to_the_keyword_is_hedging(gt_en, gt_zh, gt_ja):
    assert score_response("Maybe basketball or tennis.", gt_en)["accuracy"] == 0.0
    assert score_response("篮球或者网球吧。", gt_zh)["accuracy"] == 0.0
    assert score_response("バスケかテニスです。", gt_ja)["accuracy"] == 0.0
    assert score_response("バスケが好きです。放課後からやっています。", gt_ja)["accuracy"] == 1.0


def test_a_think_block_of_filler_earns_no_reasoning_credit(gt_en):
    real = score_response("<think>I remember I love basketball, because it relaxes me.</think>I play basketball.", gt_en)
    filler = score_response("<think>Let me think. Let me think. Let me think.</think>I play basketball.", gt_en)
    assert real["format"] == 1.0 and filler["format"] == pytest.approx(0.7) and filler["thinking"] == 0.0
    assert filler["filler_thinking"] == 1.0 and filler["overall"] < real["overall"] - 0.05


def test_keyword_only_in_thinking_earns_no_accuracy(gt_en):
    s = score_response("<think>I love basketball since my team plays every Friday.</think>I like many things.", gt_en)
    assert s["accuracy"] == 0.0 and s["key_in_think_only"] == 1.0 and s["thinking"] > 0


@pytest.mark.parametrize("answer", ["As an AI language model, I like basketball.", "作为一个AI，我喜欢篮球。",
                                    "AIとして、バスケが好きです。", "저는 AI 어시스턴트라서 농구를 못 해요."])
def test_out_of_character_gets_no_accuracy_and_no_conclusion(answer):
    gt = GroundTruth(answer="basketball", keywords=(("basketball", "篮球", "バスケ", "농구"),))
    s = score_response("<think>I remember basketball is what I love, because it relaxes me.</think>" + answer, gt)
    assert s["in_character"] == 0.0 and s["accuracy"] == 0.0 and s["format"] == pytest.approx(0.6)


def test_wrong_language_halves_accuracy_and_loses_conclusion(gt_zh):
    s = score_response("<think>我记得我最喜欢打篮球，因为能放松。</think>I usually play basketball.", gt_zh)
    assert s["language_ok"] == 0.0 and s["accuracy"] == 0.5 and s["format"] == pytest.approx(0.6)


def test_short_all_kanji_answer_counts_as_japanese():
    gt = GroundTruth(answer="東京です。", keywords=(("東京",),), language="ja")
    assert score_response("東京", gt)["language_ok"] == 1.0


def test_pasted_profile_gets_no_accuracy(gt_en):
    s = score_response("Name: Xiao Ming\nAge: 17\nHobby: basketball\nCity: Seattle", gt_en)
    assert s["pasted_profile"] == 1.0 and s["accuracy"] == 0.0


def test_times_are_not_profile_labels(gt_en):
    assert score_response("At 10:30, 12:15 and 18:00 I play basketball.", gt_en)["pasted_profile"] == 0.0


def test_keyword_dump_gets_no_accuracy(gt_en):
    s = score_response("basketball, tennis, painting, singing, chess, swimming", gt_en)
    assert s["keyword_dump"] == 1.0 and s["accuracy"] == 0.0


def test_listing_a_few_things_in_a_sentence_is_not_a_dump(gt_en):
    s = score_response("I love basketball, chess, painting and music.", gt_en)
    assert s["keyword_dump"] == 0.0 and s["accuracy"] == 1.0


def test_long_answer_is_scaled_down(gt_en):
    answer = "I play basketball. " + "It is a lovely day and I am happy to talk. " * 20
    s = score_response(answer, gt_en)
    assert s["too_long"] == 1.0 and 0 < s["accuracy"] < 1.0


def test_exact_match_of_plain_string_ground_truth():
    s = score_response("<think>x</think>  Paris!  ", "paris")
    assert s["exact_match"] == 1.0 and s["accuracy"] == 1.0


def test_similarity_for_keywordless_records_is_in_band_and_ignores_function_words():
    gold = "我平时喜欢和朋友打篮球。"
    s = score_response("我平时最喜欢打篮球", gold)["accuracy"]
    assert 0.3 <= s <= 0.6
    assert score_response("我的你的他的是了", gold)["accuracy"] == 0.0
    en = "I usually play basketball with my friends."
    assert 0.3 <= score_response("Basketball with friends, usually.", en)["accuracy"] <= 0.6
    assert score_response("I am with my own and the", en)["accuracy"] == 0.0


def test_ground_truth_forms_agree(gt_en):
    r = "I play hoops and basketball."
    expected = score_response(r, gt_en)
    assert score_response(r, gt_en.to_json()) == expected
    import json

    assert score_response(r, json.loads(gt_en.to_json())) == expected


def test_weights_are_honoured(gt_en):
    r = "I play basketball."
    assert score_response(r, gt_en, accuracy_weight=1, format_weight=0, thinking_weight=0)["overall"] == 1.0
    assert score_response(r, gt_en, accuracy_weight=0, format_weight=1, thinking_weight=0)["overall"] == pytest.approx(0.4)
    # weights above 1 in total are normalised so overall stays in [0, 1]
    assert score_response(r, gt_en, accuracy_weight=1, format_weight=1, thinking_weight=0)["overall"] == pytest.approx(0.7)


@pytest.mark.parametrize("bad", [-0.1, float("nan"), "x", None])
def test_bad_weights_raise_a_user_error(gt_en, bad):
    with pytest.raises(RaidenError, match="accuracy_weight"):
        score_response("x", gt_en, accuracy_weight=bad)


def test_score_batch_aligns_and_checks(gt_en, gt_zh):
    out = score_batch(["I play basketball.", "我打篮球。"], [gt_en, gt_zh])
    assert [o["accuracy"] for o in out] == [1.0, 1.0]
    with pytest.raises(RaidenError, match="2 responses but 1"):
        score_batch(["a", "b"], [gt_en])
    with pytest.raises(RaidenError, match="unknown reward argument"):
        score_batch(["a"], [gt_en], accuracy_weigth=1.0)


def test_item_matches_and_keyword_accuracy_use_the_reward_matcher(gt_mtdp, gt_en):
    assert item_matches("Seattle, as a developer", gt_mtdp) == [True, True, False]
    assert keyword_accuracy("Seattle, as a developer", gt_mtdp) == pytest.approx(2 / 3)
    assert keyword_accuracy("basketball or football", gt_en) == 0.0
    assert keyword_accuracy("paris", "Paris.") == 1.0


def test_non_string_responses_are_scored_not_raised(gt_en):
    assert score_response(None, gt_en)["overall"] == 0.0
    assert score_response(b"I play basketball.", gt_en)["accuracy"] == 1.0


def test_evaluate_keeps_the_intermediates(gt_en):
    d = evaluate("I play basketball or football.", gt_en)
    assert d.items[0].hedge == "hedged ('or')" and d.negatives == ["football"]


def test_still_is_not_or(gt_zh):
    assert score_response("我还是最喜欢篮球。", gt_zh)["accuracy"] == 1.0
    assert score_response("我还是篮球打得最多。", gt_zh)["accuracy"] == 1.0
    assert score_response("篮球还是足球？都行。", gt_zh)["accuracy"] == 0.0


def test_a_disjunction_further_away_is_not_hedging(gt_en):
    assert score_response("I play basketball with friends, and on rainy days I read or paint.", gt_en)["accuracy"] == 1.0


def test_unknown_language_tag_falls_back_to_detection():
    gt = GroundTruth(answer="我打篮球。", keywords=(("篮球",),), language="zh-CN")
    assert score_response("我打篮球。", gt)["language_ok"] == 1.0


def test_keyword_accuracy_applies_the_correctness_rules(gt_en):
    assert keyword_accuracy("As an AI, I like basketball.", gt_en) == 0.0
    assert keyword_accuracy("Name: A\nAge: 1\nHobby: basketball", gt_en) == 0.0
    assert keyword_accuracy("I usually play basketball with my friends.", gt_en) == 1.0
    long_answer = "I play basketball. " + "It is a lovely day and I am happy to talk. " * 20
    assert keyword_accuracy(long_answer, gt_en) == 1.0  # length shapes the reward, not correctness


def test_key_in_think_only_needs_keywords():
    s = score_response("<think>我平时喜欢打篮球</think>我平时最喜欢打篮球了", "我平时喜欢和朋友打篮球。")
    assert s["key_in_think_only"] == 0.0


def test_key_in_think_only_with_no_answer(gt_en):
    s = score_response("<think>basketball, because I recall it</think>", gt_en)
    assert s["key_in_think_only"] == 1.0 and s["empty_answer"] == 1.0 and s["accuracy"] == 0.0


def test_cjk_answer_quoting_a_latin_name_is_still_in_language():
    gt = GroundTruth(answer="我住在旧金山。", keywords=(("旧金山", "San Francisco"),), language="zh")
    assert score_response("我住在 San Francisco Bay Area，很舒服。", gt)["language_ok"] == 1.0
    assert score_response("I live in San Francisco, it is lovely.", gt)["language_ok"] == 0.0


def test_korean_record_end_to_end():
    gt = GroundTruth(answer="저는 보통 친구들과 농구를 해요.", keywords=(("농구",),), negative_keywords=("축구",), language="ko")
    good = score_response("<think>제 설정에 농구를 좋아한다고 되어 있어서 그렇게 답해야 해요. 왜냐하면 그게 저니까요.</think>"
                          "방과 후에는 보통 친구들과 농구를 해요!", gt)
    assert good["accuracy"] == 1.0 and good["format"] == 1.0 and good["language_ok"] == 1.0
    detail = evaluate("<think>농구를 좋아해요. 왜냐하면 재미있으니까요.</think>농구를 해요.", gt)
    t = detail.thinking_detail
    assert t.indicators == ("왜냐하면",) and t.key_fact_share == 1.0 and t.units == 4
    assert score_response("농구 또는 배구요.", gt)["accuracy"] == 0.0
    assert score_response("농구도 하고 축구도 해요.", gt)["accuracy"] == 0.0
    assert score_response("저는 AI라서 취미가 없어요.", gt)["in_character"] == 0.0
    assert score_response("I play basketball (농구).", gt)["language_ok"] == 0.0


def _premise(keyword, gold, question, language):
    return GroundTruth(answer=gold, keywords=((keyword,),), language=language, question=question,
                       character_name="Ada", subject="other").to_json()


@pytest.mark.parametrize("answer,keyword,gold,question,language", [
    ("I don't keep a cat, my dear. Marmalade is what I put on my toast.", "Marmalade",
     "My cat is called Marmalade.", "What is your cat called?", "en"),
    ("小糖没有养过仓鼠，芝麻是别人家的。", "芝麻", "我的仓鼠叫芝麻。", "你的仓鼠叫什么？", "zh"),
    ("ペットは飼ってないんです。おはぎは向かいのお宅の犬ですよ。", "おはぎ", "柴犬のおはぎを飼っています。",
     "飼っているペットの名前は？", "ja"),
    ("고양이는 안 키워요. 나비는 옆집 고양이예요.", "나비", "제 고양이 이름은 나비예요.", "고양이 이름이 뭐예요?", "ko"),
])
def test_denying_the_questions_premise_before_naming_the_keyword_earns_no_accuracy(answer, keyword, gold, question,
                                                                                   language):
    assert score_response(answer, _premise(keyword, gold, question, language))["accuracy"] == 0.0


@pytest.mark.parametrize("answer,keyword,gold,question,language", [
    # a negation after the answer is colour, not a denial
    ("My cat is Marmalade. No cat was ever lazier.", "Marmalade", "My cat is called Marmalade.",
     "What is your cat called?", "en"),
    ("제 고양이는 나비예요. 이 동네에 이렇게 착한 애는 없어요.", "나비", "제 고양이 이름은 나비예요.", "고양이 이름이 뭐예요?", "ko"),
])
def test_a_negation_after_the_answer_does_not_void_it(answer, keyword, gold, question, language):
    assert score_response(answer, _premise(keyword, gold, question, language))["accuracy"] == 1.0


@pytest.mark.parametrize("text,negated", [("名前はぽんずなの", False), ("お水が好き", False), ("いぬを飼ってる", False),
                                          ("何も知らずに来た", True), ("一度も行かずに終わった", True), ("そうはせぬ", True)])
def test_the_classical_japanese_negative_needs_its_verb_stem(text, negated):
    from raiden_r1.reward.analysis import cue_in_text
    from raiden_r1.canon import canonical

    assert (cue_in_text(canonical(text), "ja", "negation") is not None) == negated


def test_a_name_ending_in_zu_does_not_license_a_denial():
    # the gold's ぽんず once read as the negative ず, which let "犬なんて飼ってない" through
    truth = GroundTruth(answer="柴犬を飼ってるよ！名前はぽんずなの！", keywords=(("ぽんず",),), language="ja",
                        question="ペット飼ってる？名前は？", character_name="日向こはる")
    assert keyword_accuracy("犬なんて飼ってないよ。ぽんずは調味料なの！", truth) == 0.0
    assert keyword_accuracy("ぽんずだよ！", truth) == 1.0


@pytest.mark.parametrize("answer,truth", [
    ("클라이밍하고, 레트로게임 모으고, 자전거 타요.",
     GroundTruth(answer="레트로 게임 모아요.", keywords=(("레트로 게임",),), language="ko", question="쉬는 날엔 뭐 해요?")),
    ("札幌たい。妹さんと一緒に行くって言いよったろ？",
     GroundTruth(answer="妹さんと札幌やろ？", keywords=(("札幌",), ("妹",)), language="ja", focus="conversation_memory",
                 question="私、来月誰とどこに行くって言いましたっけ？", validation_method="multi_term_parsing")),
    ("188 cm. Six foot two, as Rumbold's old bosun used to say.",
     GroundTruth(answer="Rumbold stands 188 cm, sir!", keywords=(("188",),), language="en", question="How tall are you?",
                 character_name="Horatio Rumbold", self_name=True)),
    ("Rumbold remembers, sir: your dog's name is Custard.",
     GroundTruth(answer="Custard, sir!", keywords=(("Custard",),), language="en", focus="conversation_memory",
                 question="What's my dog called?", character_name="Horatio Rumbold", self_name=True)),
])
def test_natural_answers_that_once_lost_accuracy(answer, truth):
    # Korean compounds spaced either way; a dialect tag question (ったろ？) confirms; "as X's bosun
    # used to say" quotes; "Name remembers, sir:" is a sentence, not a speaker label
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("answer", ["As Horatio's bosun, I say 188 cm.", "As his bosun, I say 188 cm.", "Rumbold: 188 cm, sir."])
def test_speaking_as_someone_else_or_a_script_label_still_loses(answer):
    truth = GroundTruth(answer="Rumbold stands 188 cm, sir!", keywords=(("188",),), language="en",
                        question="How tall are you?", character_name="Horatio Rumbold", self_name=False)
    assert keyword_accuracy(answer, truth) == 0.0


@pytest.mark.parametrize("answer,truth", [
    ("六十五啦，腿脚还利索。", GroundTruth(answer="我六十五了。", keywords=(("65",),), language="zh", question="您多大年纪了？")),
    ("龙井，客官請慢用。", GroundTruth(answer="龙井。", keywords=(("龙井",),), negative_keywords=("普洱",), language="zh",
                                   question="你推荐什么茶？")),
    ("一天跑了 300 公里。", GroundTruth(answer="300公里。", keywords=(("300公里",),), language="zh", question="你一天最远骑多少？")),
    ("예순둘이요.", GroundTruth(answer="예순두 살이에요.", keywords=(("62",),), language="ko", question="연세가 어떻게 되세요?")),
    ("서른 넷 살이에요.", GroundTruth(answer="서른네 살이에요.", keywords=(("34",),), language="ko", question="몇 살이에요?")),
    ("3마리요.", GroundTruth(answer="세 마리 키워요.", keywords=(("세 마리",),), language="ko", question="고양이 몇 마리 키워요?")),
    ("리드 기타예요!", GroundTruth(answer="리드기타 맡고 있어요.", keywords=(("리드기타",),), language="ko", question="밴드에서 뭐 맡아요?")),
    ("수의사 선생님이에요.", GroundTruth(answer="수의사예요.", keywords=(("수의사",),), language="ko", question="직업이 뭐예요?")),
    ("水曜だね。", GroundTruth(answer="水曜日だよ。", keywords=(("水曜日",),), language="ja", question="何曜日が休み？")),
    ("She's the Sea Wren, lad.", GroundTruth(answer="My boat is the Sea Wren.", keywords=(("Sea Wren",),), language="en",
                                               question="What's your boat called?", subject="other")),
])
def test_natural_spellings_of_numbers_units_and_compounds_are_paid(answer, truth):
    # sentence-final particles make a clause speech, not a candidate list; a number spaced from its
    # counter; Korean native numerals without a counter; compounds spaced either way; 水曜 for 水曜日;
    # "she" for a boat the question asks about
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("question,subject", [("What's your boat called?", "other"), ("What is your hawk's name?", "other"),
                                              ("How tall are you?", "self"), ("你的船叫什么？", "other")])
def test_a_question_about_the_characters_boat_or_bird_is_about_someone_else(question, subject):
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.schema import Record

    record = Record.model_validate(dict(
        character_name="Elias Thorne", character_profile={"name": "Elias Thorne"}, conversation_history=[],
        question=question, answer="Sea Wren.", keywords=["Sea Wren"], negative_keywords=[], question_type="what",
        validation_method="single_term_validation", difficulty="easy",
        metadata={"language": "zh" if "船" in question else "en", "focus": "script_knowledge", "source": "t"}))
    assert record_ground_truth(record).subject == subject


@pytest.mark.parametrize("answer,paid", [("175 cm, give or take.", True), ("175 cm, more or less.", True),
                                         ("175 or 180 cm, give or take.", False)])
def test_an_or_idiom_is_no_second_value(answer, paid):
    truth = GroundTruth(answer="I'm 175 cm.", keywords=(("175",),), negative_keywords=("180",), language="en",
                        question="How tall are you?")
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


@pytest.mark.parametrize("answer,truth", [
    ("예순여덟이여, 아직 팔팔혀.", GroundTruth(answer="올해 68이여.", keywords=(("68",),), language="ko", question="연세가 어떻게 되세요?")),
    ("아니요, 자전거는 못 타요.", GroundTruth(answer="못 타요. 한 번도 배운 적이 없어요.", keywords=(("못",),), language="ko",
                                          question="자전거 탈 줄 알아요?")),
    ("Pip loves marbles more than anything.", GroundTruth(answer="Pip collects marbles!", keywords=(("marbles",),),
                                                          language="en", question="What do you collect?",
                                                          character_name="Pip", self_name=True)),
])
def test_dialect_copulas_korean_negative_golds_and_plain_sentences_are_paid(answer, truth):
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("answer,truth,paid", [
    ("当然是饺子，包子也还行吧。", GroundTruth(answer="饺子。", keywords=(("饺子",),), negative_keywords=("包子",), language="zh",
                                          question="你最喜欢吃什么？"), True),
    ("ラーメン！うどんも好きだけど、一番はラーメン。", GroundTruth(answer="ラーメンです。", keywords=(("ラーメン",),),
                                                    negative_keywords=("うどん",), language="ja", question="好きな食べ物は？"), True),
    ("ラーメンかな。寒い日は特に。", GroundTruth(answer="ラーメンです。", keywords=(("ラーメン",),), language="ja",
                                         question="好きな食べ物は？"), True),
    ("うどんだけど、ラーメンかな。", GroundTruth(answer="ラーメンです。", keywords=(("ラーメン",),), negative_keywords=("うどん",),
                                          language="ja", question="好きな食べ物は？"), False),
    ("14th March, every year.", GroundTruth(answer="March 14.", keywords=(("March 14",),), language="en",
                                            question="When is your birthday?"), True),
])
def test_concessions_soft_answers_and_dates_with_colour(answer, truth, paid):
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


def test_score_batch_scores_a_repeated_pair_once_and_returns_independent_dicts(gt_en, monkeypatch):
    import raiden_r1.reward.vrar as vrar

    calls = []
    real = vrar._evaluate
    monkeypatch.setattr(vrar, "_evaluate", lambda r, g, w, *memo: calls.append(r) or real(r, g, w, *memo))
    gt = gt_en.to_json()
    out = vrar.score_batch(["<think>x</think>I play basketball."] * 3 + ["<think>x</think>No."], [gt] * 4)
    assert len(calls) == 2 and out[0] == out[1] == out[2] and out[0] is not out[1]
    assert out[3]["accuracy"] == 0.0


def test_score_batch_judges_a_final_answer_once_whatever_the_thinking(gt_en, monkeypatch):
    import raiden_r1.reward.vrar as vrar

    calls = []
    real = vrar._score_answer
    monkeypatch.setattr(vrar, "_score_answer", lambda d, a: calls.append(a) or real(d, a))
    gt = gt_en.to_json()
    responses = ["<think>I recall basketball with friends.</think>I play basketball.",
                 "<think>Let me think about my afternoons.</think>I play basketball.", "No think. I play basketball."]
    out = vrar.score_batch(responses, [gt] * 3)
    assert calls == ["I play basketball.", "No think. I play basketball."]
    assert out == [vrar.score_response(r, gt) for r in responses]
