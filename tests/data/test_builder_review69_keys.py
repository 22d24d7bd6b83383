"""Keys from the 69th review (six unseen cards): an apposition in a relation value is one person,
keyed by name and title+name, never by the title alone; a field on what the character is bad at is
no dislike; what a pet says is no second pet; a skill is keyed by the skill, never by the card's
third-person clause, and the language every speaker of the card's setting has is no skill. One
test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.profiles_relations import parse_relationships
from built_records import alternatives, by_family, field_keys, gold_accuracy, profile


def test_a_japanese_apposition_after_a_relation_name_describes_the_same_person():
    assert parse_relationships("先生：老剣士ガロウ、八十歳の隠者") == [("先生", "老剣士ガロウ")]
    assert parse_relationships("先生：ガロウ、村一番の鍛冶屋") == [("先生", "ガロウ")]
    assert parse_relationships("友人：田中、佐藤") == [("友人", "田中"), ("友人", "佐藤")]


def test_an_age_apposition_is_no_second_person_in_chinese_or_korean():
    assert parse_relationships("멘토: 김철수, 칠십 살 어부") == [("멘토", "김철수")]
    assert parse_relationships("师父：剑客萧寒，九十岁的隐士") == [("师父", "剑客萧寒")]


def test_a_relation_with_an_apposition_asks_one_person_and_never_pays_the_title_alone():
    rec = by_family(profile("ミナ・ローデ", "ja", 名前="ミナ・ローデ", 師匠="宮廷魔導士グレタ、二百歳の魔女"))["relation:師匠"]
    assert len(rec.keywords) == 1 and rec.validation_method == "single_term_validation"
    assert "グレタ" in alternatives(rec) and "宮廷魔導士" not in alternatives(rec)
    assert gold_accuracy(rec, "師匠はグレタなのです。") == 1.0


def test_a_field_on_what_the_character_is_bad_at_is_no_dislike():
    for field in ("苦手な魔法", "苦手科目", "弱点", "不擅长", "약점", "Weaknesses"):
        assert classify_field(field).name == "weakness", field
    assert classify_field("苦手なもの").name == "dislikes"


def test_the_dislikes_question_is_keyed_from_the_dislikes_field_not_the_weakness():
    card = profile("ノア・ベル", "ja", 名前="ノア・ベル", 苦手な魔法="雷の魔法", 嫌いなもの="ナメクジと雨の日")
    rec = by_family(card)["dislikes"]
    assert rec.metadata.field == "嫌いなもの"
    assert gold_accuracy(rec, "ナメクジが嫌いです。") == 1.0


def test_what_a_pet_says_is_no_second_pet():
    assert field_keys("宠物", "一只叫“阿福”的鹦鹉，会说“恭喜发财”") == ["阿福"]
    assert field_keys("Pet", 'a parrot named Kiwi that says "hello sailor"') == ["Kiwi"]
    assert field_keys("ペット", "「ピピ」という名のインコ。「おはよう」と喋る") == ["ピピ"]
    assert field_keys("반려동물", "앵무새 '초코', '안녕하세요'라고 말함") == ["초코"]


def test_a_third_person_skill_clause_is_keyed_by_the_skill():
    rec = by_family(profile("Mara Voss", "en", Name="Mara Voss", Skills="lockpicking, knife throwing; she speaks Dutch"))["skills"]
    assert "Dutch" in alternatives(rec)
    assert not any(a.lower().startswith(("she ", "he ")) for a in alternatives(rec))
    assert gold_accuracy(rec, "I speak Dutch, for one.") == 1.0


def test_the_language_of_the_cards_setting_is_no_special_skill():
    for name, lang, field, value, native, answer in (
            ("Mara Voss", "en", "Skills", "lockpicking, fluent in Dutch and English", "English", "Skills? I just speak English."),
            ("林晚", "zh", "特长", "刺绣、会说粤语和普通话", "普通话", "我会说普通话。"),
            ("青木 栞", "ja", "特技", "書道、韓国語、日本語", "日本語", "日本語が話せます。"),
            ("한지우", "ko", "특기", "서예, 일본어, 한국어", "한국어", "한국어 할 줄 알아.")):
        rec = by_family(profile(name, lang, **{"Name": name, field: value}))["skills"]
        assert native not in alternatives(rec), lang
        assert gold_accuracy(rec, answer) < 1.0, lang


def test_where_a_job_is_done_is_no_second_job():
    rec = by_family(profile("Iris Kell", "en", Name="Iris Kell",
                            Occupation="salvage diver and scrap broker, working out of a rusted barge"))["occupation"]
    assert "working out" not in alternatives(rec) and "working" not in rec.answer
