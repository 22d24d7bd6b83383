"""Rules from the second reader's review (issue 13, review13b): an open question is asked only when
every item the card gives has a key; self-references are no catch-phrase keys; places keep the
parts people say; a singular relation with several people and a self-contradicting card are not asked."""

from raiden_r1.data.builder.coverage import (
    company_alternatives,
    contradicting_colour,
    is_self_reference,
    uncovered_parts,
)
from raiden_r1.data.builder.fields import BY_NAME
from raiden_r1.data.builder.keys import extract_keys, place_keys
from raiden_r1.data.builder.sbk import sbk_drafts
from raiden_r1.data.profiles import profile_from_fields


def _zh(name: str, **fields: str):
    return profile_from_fields(name, {"姓名": name, **fields})


def _sbk(profile, family: str):
    drafts, misses = sbk_drafts(profile, seed=0)
    return [d for d in drafts if d.family == family], misses


def test_an_open_question_with_an_unkeyed_card_item_is_skipped_and_counted():
    p = _zh("路明", 不喜欢的东西="不喜欢经常自我贬低或表现出懦弱的人，讨厌某家店的樱桃派。")
    found, misses = _sbk(p, "dislikes")
    assert found == []
    assert ("dislikes", "open_answer_not_covered") in misses


def test_an_open_question_whose_items_all_have_keys_is_asked():
    p = _zh("路明", 讨厌的东西="甜食、雷雨夜")
    [d], _ = _sbk(p, "dislikes")
    assert d.keywords == [["甜食", "雷雨夜"]]


def test_prose_around_liked_items_is_not_counted_as_an_item():
    value = "她热爱做饭，喜欢打扫卫生，每当放假的时候，她都会在厨房里烹饪。"
    assert uncovered_parts(value, [["做饭"], ["打扫卫生"]], "hobbies") == []


def test_a_quote_too_long_to_key_skips_the_quotes_question():
    p = _zh("李龙", 经典语录="1.狭路相逢勇者胜！2.我要死也要死的像个爷们，我不能这样窝窝囊囊的死了。")
    found, misses = _sbk(p, "quotes")
    assert found == [] and ("quotes", "open_answer_not_covered") in misses


def test_a_self_reference_is_no_catchphrase_key():
    p = _zh("李龙", 口头禅="口头禅包括“老子”、“给我上”、“他狗日的”等。")
    [d], _ = _sbk(p, "catchphrase")
    assert d.keywords == [["给我上", "他狗日的"]]


def test_self_references_come_from_the_table_in_every_language():
    assert all(is_self_reference(w) for w in ("老子", "俺", "わし", "나", "I"))


def test_a_singular_relation_naming_two_people_is_skipped_and_counted():
    p = _zh("李龙", 人物关系="妻子-杨秀芹（第一任妻子），田雨;儿子-李健、李康")
    drafts, misses = sbk_drafts(p, seed=0)
    assert not any(d.family == "relation:妻子" for d in drafts)
    assert ("relation:妻子", "several_for_a_singular_relation") in misses
    assert any(d.family == "relation:儿子" for d in drafts)


def test_a_colour_the_card_gives_two_ways_is_not_asked():
    p = _zh("哈利", 瞳色="蓝绿", 人物经历="遗传了父亲凌乱乌黑的头发，和母亲翠绿色的眼睛。")
    found, misses = _sbk(p, "eye_color")
    assert found == [] and ("eye_color", "card_contradicts_itself") in misses


def test_a_shade_of_the_same_colour_is_no_contradiction():
    assert contradicting_colour("eye_color", "绿色", ["母亲翠绿色的眼睛"]) is None


def test_a_region_written_before_a_place_is_an_alternative_both_ways():
    assert place_keys("塞北凉州", BY_NAME["hometown"]) == [["塞北凉州", "凉州", "塞北"]]


def test_a_province_written_into_a_city_is_an_answer_too():
    assert place_keys("台湾新北市", BY_NAME["hometown"]) == [["台湾新北市", "新北市", "台湾", "新北"]]


def test_a_border_description_keeps_its_provinces_and_landmark():
    keys = place_keys("中国湖北省与河南省交界地域大别山", BY_NAME["hometown"])
    assert keys == [["中国湖北省", "湖北省", "湖北"], ["河南省", "河南"], ["大别山"]]


def test_a_place_from_the_story_keys_its_parts():
    p = _zh("周明", 演艺经历="周明出生于台湾新北市，毕业于淡江中学。")
    [d], _ = _sbk(p, "hometown")
    assert d.keywords == [["台湾新北市", "新北市", "台湾", "新北"]]


def test_a_long_job_title_is_also_said_by_its_job():
    assert extract_keys("华语流行乐男歌手、演员", BY_NAME["occupation"], "周明")[0] == ["华语流行乐男歌手", "歌手"]


def test_a_company_is_also_said_without_its_legal_and_trade_words():
    assert company_alternatives("杰威尔音乐有限公司") == ["杰威尔音乐", "杰威尔"]


def test_the_era_a_character_lives_in_is_not_asked():
    p = _zh("苏明", 所处时代="北宋元祐年间")
    drafts, _ = sbk_drafts(p, seed=0)
    assert not any(d.family == "era" for d in drafts)


def test_a_cause_ending_in_a_relation_is_also_answered_with_the_everyday_word():
    from raiden_r1.data.builder.coverage import cause_alternatives
    assert cause_alternatives("救回妻子", "zh") == ["救回妻子", "妻子", "老婆", "媳妇", "夫人"]


def test_a_why_cause_ending_in_a_relation_is_keyed_by_its_everyday_words():
    p = _zh("李龙", 经典情节="李龙的妻子被敌人掳走。为了救回妻子，李龙带领部队发起了对县城的猛烈攻击。")
    why = [d for d in sbk_drafts(p, seed=0)[0] if d.family == "why"]
    assert why and why[0].keywords == [["救回妻子", "妻子", "老婆", "媳妇", "夫人"]]


def test_one_item_and_etc_leaves_an_open_question_unasked():
    assert uncovered_parts("橡胶手枪等", [["橡胶手枪"]], "skills") == ["橡胶手枪等"]


def test_a_chinese_gold_answer_writes_a_name_with_the_middle_dot():
    p = _zh("哈利", 人物关系="挚友-赫敏 • 格兰杰；校长-阿不思 • 邓布利多")
    [d] = [d for d in sbk_drafts(p, seed=0)[0] if d.family == "relation:挚友"]
    assert "赫敏·格兰杰" in d.answer and "•" not in d.answer


def test_japanese_asks_after_a_mother_with_the_respectful_word():
    p = profile_from_fields("鷹宮蓮", {"名前": "鷹宮蓮（たかみや れん）", "話し方": "古風で丁寧な言葉づかい",
                                       "人間関係": "母 - 鷹宮小夜；師匠 - 賀茂忠道"})
    [d] = [d for d in sbk_drafts(p, seed=0)[0] if d.family == "relation:母"]
    assert d.question.startswith("お母様")


def test_a_japanese_card_asking_for_old_style_speech_gets_de_gozaimasu_answers():
    from raiden_r1.data.builder.voice import speech_level, to_archaic
    assert speech_level({"話し方": "古風で丁寧な言葉づかい"}, "ja") == "archaic"
    assert to_archaic("私は丹波の出身です！", "ja") == "私は丹波の出身でございます。"


def test_an_unknown_field_of_one_item_and_etc_is_not_asked():
    p = _zh("路明", 武功="橡胶手枪等")
    drafts, _ = sbk_drafts(p, seed=0)
    assert not any(d.field_name == "武功" for d in drafts)


def test_a_weapon_the_card_names_in_quotes_is_also_said_by_its_name():
    p = _zh("霍风", 外貌="背着一柄名为“断水”的长剑", 兵器="断水剑（师父所传的长剑）")
    [d], _ = _sbk(p, "weapon")
    assert d.keywords == [["断水剑", "断水"]]


def test_a_field_of_skills_at_something_asks_about_that_only():
    p = _zh("周明", 擅长乐器="钢琴、大提琴、吉他")
    [d], _ = _sbk(p, "skills")
    assert "乐器" in d.question
