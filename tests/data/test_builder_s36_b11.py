"""Session 36 (review 76): a hedged register sentence no longer loses a whole card, and the build
names a character it keeps little of; the name inside a descriptive phrase is a key; self-naming
kept to a situation stays out of everyday golds; adverbs and fragments are no keys; the card's
dialect in golds and own CM turns; a monk is called 스님; 五尺六 for 五尺六寸. Cards invented here."""

from __future__ import annotations

import re

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.answer_text import memo_adnominal, memo_stems
from raiden_r1.data.builder.descriptive_keys import descriptive_heads
from raiden_r1.data.builder.dialect import dialect_rules, in_dialect
from raiden_r1.data.builder.losses import thin_character_warnings
from raiden_r1.data.builder.measures import measure_items
from raiden_r1.data.builder.note_keys import is_fragment_key, without_fragment_keys
from raiden_r1.data.builder.role_call import call_by_role
from raiden_r1.data.builder.selfref import self_name
from raiden_r1.data.builder.tables import table
from raiden_r1.data.builder.voice import speech_level

from built_records import alternatives, built_records, by_family, gold_accuracy, profile


def test_a_hedged_ja_negation_of_keigo_reads_plain():
    assert speech_level({"話し方": "下町言葉で話す。敬語はあまり使わない。"}, "ja") == "plain"


def test_a_hedged_ko_negation_of_jondaetmal_reads_plain():
    assert speech_level({"말투": "사투리가 심하다. 존댓말은 거의 쓰지 않는다."}, "ko") == "plain"


def test_hedged_no_swearing_is_read_in_english_and_chinese():
    assert re.search(table("dialects.yaml", "NO_OATHS")["en"], "She hardly ever swears.")
    assert re.search(table("dialects.yaml", "NO_OATHS")["zh"], "为人斯文，很少说脏话")


def test_a_card_with_a_hedged_register_keeps_its_records():
    card = profile("木村 源次", "ja", 名前="木村 源次", 年齢="六十歳", 職業="大工",
                   話し方="べらんめえ口調。一人称は「おいら」。敬語はほとんど使わない。")
    assert len(built_records(card)) >= 3


def test_the_build_names_a_character_it_keeps_little_of():
    lost = profile("藤田 ユキ", "ja", 名前="藤田 ユキ", 年齢="三十歳", 職業="看護師", 好きな食べ物="うどん",
                   話し方="普段はタメ口、仕事中は敬語。")
    kept = profile("Ada Moss", "en", Name="Ada Moss", Age="30", Occupation="baker")
    result = build_dataset([lost, kept], seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=0)
    lines = [w for w in result.stats["warnings"] if "藤田 ユキ" in w]
    assert lines and "register_unresolved" in lines[0] and not any("Ada Moss" in w for w in result.stats["warnings"])


def test_thin_character_warnings_leave_a_well_kept_character_alone():
    dropped = [{"character": "A", "reason": "no_key_term"}]
    assert thin_character_warnings(["A"], {"A": [1, 2, 3]}, dropped) == []


def test_the_name_inside_a_ja_pet_phrase_is_a_key():
    assert descriptive_heads("柴犬のポチ", "ja", "pets") == ["ポチ"]


def test_the_last_place_of_a_ja_chain_is_a_key():
    assert descriptive_heads("大阪・天満", "ja", "hometown") == ["天満"]


def test_the_quoted_shop_and_its_kind_are_keys_of_a_ja_job_never_bare_keeper():
    heads = descriptive_heads("蕎麦屋「更科」の主人", "ja", "occupation")
    assert "更科" in heads and "蕎麦屋" in heads and "主人" not in heads


def test_a_ko_name_and_title_after_a_description_is_a_key():
    assert descriptive_heads("큰스님 청허 대사", "ko", "relation") == ["청허 대사", "청허"]


def test_a_ko_clause_before_a_title_names_no_one():
    assert descriptive_heads("나물을 캐는 스님", "ko", "relation") == []


def test_a_ko_job_after_its_place_is_a_key():
    assert descriptive_heads("송광사의 공양주", "ko", "occupation") == ["공양주"]


def test_a_ko_pet_name_after_its_kind_is_a_key():
    assert descriptive_heads("대문 앞의 누런 개 황구", "ko", "pets") == ["황구"]


def test_a_zh_job_after_its_place_is_a_key():
    assert descriptive_heads("茶馆里的跑堂", "zh", "occupation") == ["跑堂"]


def test_an_en_pet_it_calls_by_a_name_is_a_key():
    assert descriptive_heads("a jar of beetles she calls the Night Council", "en", "pets") == ["Night Council"]


def test_a_short_form_that_is_another_fact_is_no_key():
    assert descriptive_heads("柴犬のポチ", "ja", "pets", frozenset({"ポチ"})) == []


def test_a_ja_pet_gold_says_the_name_and_not_as_the_characters_own():
    card = profile("田中 勘助", "ja", 名前="田中 勘助", 時代="明治二十年", ペット="柴犬のゴン",
                   話し方="一人称は「おいら」。敬語は使わない。")
    rec = by_family(card)["pets"]
    assert "ゴン" in alternatives(rec) and "おいらの名前" not in rec.answer
    assert gold_accuracy(rec, "ゴンってんだ。") == 1.0


def test_a_ko_pet_gold_says_the_name_not_the_whole_description():
    card = profile("김덕보", "ko", 이름="김덕보", 나이="마흔 살", 애완동물="마당의 누렁 개 복실")
    rec = by_family(card)["pets"]
    assert "복실" in alternatives(rec) and "마당의" not in rec.answer


def test_self_naming_kept_to_a_situation_is_not_used_in_golds():
    card = {"Name": "Bolt", "Speech style": "Says 'I' normally; when it reports diagnostics it calls itself by its "
                                            "model name, \"RX-2\" (\"RX-2 detects a fault\")."}
    assert self_name(card, "en", "Bolt") is None


def test_zh_self_naming_kept_to_livestreams_is_not_used():
    assert self_name({"说话风格": "平时说“我”，直播的时候自称“小桃”。"}, "zh", "林小桃") is None


def test_everyday_self_naming_is_still_read():
    assert self_name({"说话风格": "常自称“小桃”。"}, "zh", "林小桃") == "小桃"


def test_an_en_robot_with_situational_self_naming_answers_in_the_first_person():
    card = profile("Bolt", "en", Name="Bolt", Occupation="warehouse robot", Hobbies="stacking crates",
                   **{"Speech style": "Uses 'I' normally, but when it reports diagnostics it calls itself by its "
                                      "model name, \"RX-2\" (\"RX-2 detects a fault\")."})
    assert all("Bolt" not in r.answer.replace("I'm Bolt", "") for r in built_records(card) if r.metadata.family != "name")


def test_adverbs_and_glued_fragments_are_no_keys():
    assert is_fragment_key("급하게", "ko") and is_fragment_key("급하게를 마시는 사람", "ko")
    assert is_fragment_key("hastily", "en") and is_fragment_key("慢慢地", "zh") and is_fragment_key("栽培", "ja")


def test_nouns_that_end_like_adverbs_are_keys():
    assert not any(is_fragment_key(t, lang) for t, lang in
                   [("원숭이", "ko"), ("가게", "ko"), ("family", "en"), ("土地", "zh"), ("朝顔の栽培", "ja")])


def test_a_fragment_alternative_is_left_out_and_the_card_word_kept():
    assert without_fragment_keys([["천천히 먹는 사람", "천천히"]], "ko") == [["천천히 먹는 사람"]]


def test_a_ko_vowel_stem_memo_is_said_and_its_stem_is_a_key():
    assert memo_adnominal("욕심이 큼", "ko") == "욕심이 큰"
    assert "욕심이 크" in memo_stems([["욕심이 큼"]], "ko")[0]


def test_an_edo_gold_shows_its_dialect():
    rules = dialect_rules({"話し方": "べらんめえ口調で話す。"}, "ja")
    assert in_dialect("あっしは本所の出身だ。", rules, ["本所"], "ja") == "あっしは本所の出身よ。"


def test_a_cantonese_cm_reply_is_cantonese():
    rules = dialect_rules({"说话风格": "讲广州话"}, "zh")
    assert in_dialect("58，记住了。", rules, ["58"], "zh") == "58，记住咗。"


def test_a_ko_monk_is_called_seunim():
    history = [{"role": "user", "content": "도원 씨, 계세요?"}, {"role": "assistant", "content": "들어오시오."}]
    call_by_role(history, {"직업": "운문사의 스님"}, "ko", "도원")
    assert history[0]["content"] == "스님, 계세요?"


def test_a_zh_monk_is_called_shifu():
    history = [{"role": "user", "content": "了尘，忙着呢？"}]
    call_by_role(history, {"职业": "寺里的和尚"}, "zh", "了尘")
    assert history[0]["content"] == "师父，忙着呢？"


def test_a_layman_keeps_his_name():
    history = [{"role": "user", "content": "도원 씨, 계세요?"}]
    call_by_role(history, {"직업": "대장장이"}, "ko", "도원")
    assert history[0]["content"] == "도원 씨, 계세요?"


def test_the_everyday_short_form_of_shaku_sun_is_a_key():
    assert measure_items("六尺二寸", "height", "zh")[0] == ["六尺二寸", "六尺二"]
