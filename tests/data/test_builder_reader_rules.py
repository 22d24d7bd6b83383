"""Rules from a reader's review of built records (issue 13): keys a natural answer meets, negatives
no right answer holds, gold answers and CM chats a person would write."""

import random

from raiden_r1.data.builder import build_dataset, safe_negatives
from raiden_r1.data.builder.checks import Draft, profile_text
from raiden_r1.data.builder.cm import clash, cm_draft, cm_drafts
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys
from raiden_r1.data.builder.sbk import said_alternatives, sbk_drafts
from raiden_r1.data.builder.voice import manner_lead
from raiden_r1.data.profiles import profile_from_fields
from raiden_r1.data.schema import SBK


def _zh(name: str, **fields: str):
    return profile_from_fields(name, {"姓名": name, **fields})


def _sbk(profile, family: str):
    drafts, misses = sbk_drafts(profile, seed=0)
    return [d for d in drafts if d.family == family], misses


def test_a_listed_value_is_one_item_any_entry_of_the_list_answers():
    p = _zh("周明", 爱好="音乐创作、演唱、演戏、导演、编剧")
    [d], _ = _sbk(p, "hobbies")
    assert d.keywords == [["音乐创作", "演唱", "演戏", "导演", "编剧"]]


def test_an_address_is_one_item_any_unit_of_it_answers():
    p = _zh("周明", 出生地="湖南省娄底市新化县")
    [d], _ = _sbk(p, "hometown")
    # the province alone is no key (it pays any other place of the province: test_builder_review63.py)
    assert d.keywords == [["娄底市", "娄底", "新化县", "新化"]]
    assert "娄底市" in d.answer


def test_several_places_are_not_all_said_to_be_home_at_once():
    p = _zh("路明", 居住地="佛夏村、柯尔波山、露斯卡依纳")
    [d], _ = _sbk(p, "residence")
    assert "佛夏村" in d.answer and "柯尔波山" not in d.answer and "柯尔波山" in d.keywords[0]


def test_long_free_text_items_are_left_out_of_the_keys():
    # an open question with items left out is then not asked at all (test_builder_coverage.py)
    p = _zh("李芬", 武器="断水剑、一柄师父所传的古老长剑")
    [d], _ = _sbk(p, "weapon")
    assert d.keywords == [["断水剑"]]


def test_a_value_of_long_free_text_only_is_skipped_and_counted():
    p = _zh("李芬", 性格="处事不拘泥于形式、对政治缺乏兴趣")
    drafts, misses = _sbk(p, "personality")
    assert drafts == [] and ("personality", "long_free_text") in misses


def test_japanese_nominalised_verb_phrase_accepts_the_form_without_koto():
    assert said_alternatives([["結界を張ること"]], "ja") == [["結界を張ること", "結界を張る"]]


def test_korean_spaced_compound_accepts_the_unspaced_form():
    assert said_alternatives([["성게 미역국"]], "ko") == [["성게 미역국", "성게미역국"]]
    assert said_alternatives([["3월 21일"]], "ko") == [["3월 21일"]]  # a date is no compound


def test_a_province_written_before_a_city_gives_the_city_alone_too():
    assert extract_keys("台湾新北市", classify_field("出生地")) == [["台湾新北市", "新北市", "台湾", "新北"]]


def _draft(keywords, answer, negatives):
    return Draft(character="x", profile_fields={}, language="zh", focus=SBK, family="cm:number", field_name="",
                 question="?", answer=answer, keywords=keywords, source_text="", negatives=negatives)


def test_an_unknown_field_of_a_long_phrase_asks_nothing():
    drafts, _ = sbk_drafts(_zh("路明", 战斗风格="尼卡形态自由"), seed=0)
    assert not [d for d in drafts if d.family == "generic"]


def test_more_people_of_one_relation_than_a_question_asks_for_are_one_any_of_item():
    [d], _ = _sbk(_zh("李龙", 养子="赵山、赵高、赵水、赵长"), "relation:养子")
    assert d.keywords == [["赵山", "赵高", "赵水", "赵长"]]


def test_an_english_relative_may_be_named_by_given_name_or_without_title():
    p = profile_from_fields("Tobias Renfield", {"Name": "Tobias Renfield",
                                                "Relationships": "daughter: Nia Renfield; rival: Baron Aldric Fenn"})
    drafts, _ = sbk_drafts(p, seed=0)
    keys = {d.family: d.keywords for d in drafts}
    assert keys["relation:daughter"] == [["Nia Renfield", "Nia"]]
    assert keys["relation:rival"] == [["Baron Aldric Fenn", "Aldric Fenn", "Fenn", "Aldric"]]


def test_a_magic_school_is_said_without_its_kind():
    assert extract_keys("霍格沃茨魔法学校", classify_field("毕业院校")) == [["霍格沃茨魔法学校", "霍格沃茨"]]


def test_a_single_digit_is_never_a_negative():
    assert safe_negatives(_draft([["69"]], "一共69只羊。", ["6", "183"])) == ["183"]


def test_a_negative_inside_a_keyword_or_the_gold_answer_is_dropped():
    d = _draft([["草帽海贼团船长"]], "我是草帽海贼团船长，也是海贼。", ["船长", "海贼", "海军"])
    assert safe_negatives(d) == ["海军"]


def test_an_adopted_son_is_no_wrong_answer_to_who_is_your_son():
    a = _zh("李龙", 人物关系="儿子-李健;养子-赵山;妻子-杨芹")
    b = _zh("周伦", 人物关系="儿子-周小;妻子-昆玲")
    records = build_dataset([a, b], seed=0).splits["train"]
    son = next(r for r in records if r.character_name == "李龙" and r.metadata.model_extra["family"] == "relation:儿子")
    # nor is his wife, or another card's son (review13c): wrong answers are names of the language
    assert son.negative_keywords and not {"赵山", "杨芹", "周小"} & set(son.negative_keywords)


def test_numbers_of_one_chat_never_contain_each_other_as_text():
    assert clash("6", "69") and clash("69", "6") and not clash("16", "37")


def test_a_two_part_chat_asks_one_thing():
    for language, name in (("zh", "李秀芬"), ("en", "Rook Ashgrove"), ("ja", "鷹宮蓮"), ("ko", "한서윤")):
        p = profile_from_fields(name, {"name": name})
        p = p.model_copy(update={"language": language})
        d = cm_draft(p, "weekend", profile_text(p.name, p.fields), random.Random(1))
        assert d is not None and len(d.keywords) == 1, (language, d and d.question)


def test_a_transliterated_full_name_is_not_said_in_a_greeting():
    p = _zh("哈利·詹姆斯·波特", 职业="傲罗")
    firsts = [d.history[0]["content"] for d in cm_drafts(p, 0, 8, profile_text(p.name, p.fields))]
    assert firsts and not any("哈利·詹姆斯·波特" in t for t in firsts)


def test_no_cm_answer_opens_like_an_assistant_checking_a_record():
    fields = {"性格": "几帳面で丁寧"}
    leads = {manner_lead(fields, "ja", "あなたの犬はポチです。", random.Random(i).choice) for i in range(40)}
    assert leads and not any(lead.startswith("念のため") for lead in leads), leads
    leads = {manner_lead({"성격": "꼼꼼하다"}, "ko", "초코예요.", random.Random(i).choice) for i in range(40)}
    assert not any(lead.startswith("확인해") for lead in leads), leads


def test_an_invented_world_hears_of_no_real_cultures_coins_or_calendar():
    p = _zh("路飞", 职业="海贼团船长", 所属="草帽海贼团", 出生地="东海佛夏村", 能力="恶魔果实能力者")
    chats = cm_drafts(p, 0, 8, profile_text(p.name, p.fields))
    text = " ".join(t["content"] for d in chats for t in d.history)
    assert chats and "文钱" not in text and "腊月" not in text and "廿" not in text


def test_an_age_given_twice_in_the_story_is_not_asked():
    drafts, misses = _sbk(_zh("路明", 年龄="17岁出场，19岁进入新世界"), "age")
    assert drafts == [] and ("age", "ambiguous_value") in misses


def test_a_relation_list_the_card_leaves_open_is_one_any_of_item():
    [d], _ = _sbk(_zh("周明", 人物关系="父亲-周耀;好友-林俊,刘宏,萧腾等"), "relation:好友")
    assert d.keywords == [["林俊", "刘宏", "萧腾"]]


def test_every_catchphrase_of_the_card_is_a_right_answer():
    value = "别忘了把卫生搞好；熄灯了啊；回来晚了可不行啊；不许用电炉；不准留宿外人；有问题来找阿姨"
    [d], _ = _sbk(_zh("李芬", 口头禅=value), "catchphrase")
    assert len(d.keywords[0]) == 6


def test_no_distractor_turn_says_also_before_anything_was_said():
    from raiden_r1.data.builder.cm_phrases import TEMPLATES

    also = {"en": "myself", "zh": "也", "ja": "私も", "ko": "저도"}
    for language, word in also.items():
        assert not any(word in t for t in TEMPLATES[language]["own_plan"]["distract"]), language


def test_a_question_about_a_new_home_follows_a_chat_that_says_the_home_is_new():
    from raiden_r1.data.builder.cm_phrases import TEMPLATES

    new = {"en": "new", "zh": "新", "ja": "新しい", "ko": "새"}
    for language, word in new.items():
        turns = TEMPLATES[language]["number"]
        if any(word in t for t in turns["question"] + turns["answer"]):
            assert all(word in t for t in turns["fact"]), (language, turns["fact"])


def test_a_friend_chat_keeps_one_user_neither_pupil_nor_boss_at_once():
    from raiden_r1.data.builder.cm_phrases import TEMPLATES

    school = {"en": "classmate", "zh": "同学", "ja": "転校生", "ko": "전학생"}
    for language, word in school.items():
        assert not any(word in t for t in TEMPLATES[language]["friend"]["distract"]), language


def test_an_old_style_korean_card_is_answered_in_haoche():
    from raiden_r1.data.builder.voice import speech_level, to_archaic

    assert speech_level({"말투": "점잖은 옛말투"}, "ko") == "archaic"
    assert to_archaic("제 키는 172센티예요.", "ko") == "내 키는 172센티라오."
    assert to_archaic("저는 경주에서 태어났어요.", "ko") == "나는 경주에서 태어났소."
    assert to_archaic("다음 달에 안동에 가잖아요.", "ko") == "다음 달에 안동에 가잖소."


def test_built_records_of_an_old_style_card_end_in_no_modern_polite_form():
    from raiden_r1.data.builder.voice import is_modern_polite

    p = profile_from_fields("박도현", {"이름": "박도현", "직업": "천문관", "나이": "26세", "키": "172센티미터",
                                      "말투": "점잖은 옛말투"})
    q = profile_from_fields("윤서하", {"이름": "윤서하", "직업": "정비사", "나이": "25살"})
    records = build_dataset([p, q], seed=0, cm_per_character=8).splits["train"]
    mine = [r for r in records if r.character_name == "박도현"]
    turns = [r.answer for r in mine] + [t.content for r in mine for t in r.conversation_history if t.role == "assistant"]
    assert mine and not [t for t in turns if is_modern_polite(t, "ko")], turns


def test_a_zodiac_sign_in_kana_is_answered_in_kanji_too():
    p = profile_from_fields("鷹宮蓮", {"名前": "鷹宮蓮", "星座": "みずがめ座"})
    records = build_dataset([p, profile_from_fields("星野灯", {"名前": "星野灯", "星座": "しし座"})], seed=0).splits["train"]
    sign = next(r for r in records if r.character_name == "鷹宮蓮" and r.metadata.model_extra["family"] == "zodiac")
    assert sign.keywords == [["みずがめ座", "水瓶座"]] and "みずがめ座" in sign.answer


def test_married_is_answered_as_people_say_it():
    [d], _ = _sbk(_zh("李龙", 婚姻状况="已婚"), "marital")
    # words.yaml VARIANTS, then the reward's synonym group (equivalents.py: "有家室")
    assert d.keywords == [["已婚", "结婚了", "成家了", "有家室"]]


def test_a_day_written_as_an_ordinal_of_a_month_takes_the():
    from raiden_r1.data.builder.grammar import with_article

    assert with_article("1st of Harvestmoon", "birthday") == "the 1st of Harvestmoon"
    assert with_article("June 14", "birthday") == "June 14"


def test_a_talent_is_keyed_by_what_it_is_for():
    assert extract_keys("1. 超高的黑魔法防御术天赋。2. 守护神咒：13岁熟练使用。", classify_field("特长")) == [
        ["黑魔法防御术"], ["守护神咒"]]
