"""Fixes from the 44th review (90 records; cards the project had never seen were 40% clean): one
test per cause. People and places named the way people say them, no bare title as a name, no
negative that fires inside or beside a right answer, era-fitting decoys, the speech level the card
gives for a guest, and questions that say whose plan and that the dead were."""

from __future__ import annotations

import json
import random
from functools import partial

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder.alternatives import relation_alternatives
from raiden_r1.data.builder.decoys import near_true, person_names
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys
from raiden_r1.data.builder.tables import table
from raiden_r1.data.builder.voice import speech_level
from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.reward.vrar import evaluate
from built_records import built_records, profile as _profile

_records = partial(built_records, cm=4)


def _flat(items) -> set[str]:
    return {a for alts in items for a in alts}


def _family(records, family: str):
    return next(r for r in records if r.metadata.model_extra["family"] == family)


def test_a_place_is_also_named_without_its_suffix_or_the_city_before_it():
    assert "越前" in _flat(extract_keys("越前国", classify_field("出身地")))
    assert {"法租界", "上海"} <= _flat(extract_keys("上海法租界（霞飞路的一栋石库门）", classify_field("居住地")))
    assert "공주" in _flat(extract_keys("충청도 공주", classify_field("고향")))
    assert "솔바람" in _flat(extract_keys("문경새재 아래 주막 '솔바람'", classify_field("거주지")))
    assert _flat(extract_keys("中国", classify_field("籍贯"))) == {"中国"}  # never a one-character 中
    assert "阿伦戴尔" in _flat(extract_keys("阿伦戴尔王国", classify_field("出生地")))
    # what is left may be no name: 苏州河畔 is a bank of Suzhou Creek, in Shanghai; 中华民国 an era
    assert _flat(extract_keys("苏州河畔", classify_field("居住地"))) == {"苏州河畔"}
    assert _flat(extract_keys("中华民国", classify_field("籍贯"))) == {"中华民国"}


def test_a_titled_person_is_named_by_surname_and_given_name_but_never_by_the_title():
    fenn = relation_alternatives("Baron Aldric Fenn", "rival - Baron Aldric Fenn", set(), "en")
    assert {"Aldric Fenn", "Fenn", "Aldric"} <= set(fenn) and "Baron" not in fenn
    marr = relation_alternatives("Director Ilse Marr", "boss - Director Ilse Marr", set(), "en", "Vance")
    assert "Director" not in marr and {"Ilse Marr", "Marr"} <= set(marr)
    # the character's own surname alone names the character, not her titled brother
    assert "Vance" not in relation_alternatives("Dr. Orrin Vance", "x", set(), "en", "Vance")
    assert "진사" not in relation_alternatives("김 진사", "단골 - 김 진사", set(), "ko")
    assert relation_alternatives("源兼行", "想い人 - 源兼行", set(), "ja", "藤原")[1:] == ["兼行"]  # not 源兼


def test_bare_title_pays_no_other_holder_of_the_office():
    card = _profile("Kestrel Vance", "en", Name="Kestrel Vance", Gender="Female",
                    Relationships="rival - Dax Holloway (claim jumper); boss - Director Ilse Marr (Helios Mining)")
    boss = _family(_records(card), "relation:boss")
    truth = record_ground_truth(boss)
    assert evaluate("<think>x</think>My boss is Director Dax Holloway.", truth).accuracy == 0.0
    assert evaluate("<think>x</think>Ilse Marr signs my paychecks.", truth).accuracy == 1.0


def test_head_noun_phrase_of_a_long_english_value_is_a_key():
    card = _profile("Kestrel Vance", "en", Name="Kestrel Vance", **{"Favourite food": "real coffee from Earth"})
    food = _family(_records(card), "food")
    assert evaluate("<think>x</think>Real coffee, the Earth-grown stuff.", record_ground_truth(food)).accuracy == 1.0


def test_the_cards_first_and_best_known_nickname_is_kept():
    items = extract_keys("大难不死的男孩、救世之星、得分队长", classify_field("别名"))
    assert items[0][0] == "大难不死的男孩"


def test_no_one_character_cjk_negative_unless_the_key_is_one_character_too():
    card = _profile("白露", "zh", 姓名="白露", 性别="女", 性格="温柔、安静", 生肖="兔")
    records = _records(card)
    name = _family(records, "name")
    assert all(len(n) > 1 for n in name.negative_keywords)  # 静 fires inside "性子安静"
    assert _family(records, "chinese_zodiac").negative_keywords  # 猴 beside 兔 is the slot's shape


def test_no_negative_beside_the_true_value():
    assert near_true("武汉", "籍贯：湖北省") and not near_true("成都", "籍贯：湖北省")
    assert near_true("상인", "젊어서 보부상으로 팔도를 떠돌다")
    card = _profile("李梅", "zh", 姓名="李梅", 籍贯="湖北省")
    hometown = _family(_records(card), "hometown")
    assert "武汉" not in hometown.negative_keywords


def test_decoy_names_and_places_fit_a_pre_modern_card():
    heian = person_names("藤原為光", "ja", "male", random.Random(0), setting="historical")
    assert all(n.startswith(tuple(table("decoys.yaml", "SURNAMES")["ja_historical"])) for n in heian)
    joseon = person_names("김 진사", "ko", None, random.Random(0), setting="historical")
    assert joseon and all(n.endswith(" 진사") and n != "김 진사" for n in joseon)  # another 진사
    card = _profile("藤原橘子", "ja", 名前="藤原橘子", 時代="平安時代中期（京の都）", 出身地="越前国")
    hometown = _family(_records(card), "hometown")
    assert hometown.negative_keywords and not {"名古屋", "仙台", "福井"} & set(hometown.negative_keywords)


def test_late_wife_is_asked_in_the_past_with_womens_names_as_decoys():
    card = _profile("Ignatius Thorne", "en", Name="Ignatius Thorne", Gender="Male",
                    Relationships="late wife - Margaret Thorne (schoolteacher); rival - Silas Crane")
    wife = _family(_records(card), "relation:late wife")
    assert " was" in wife.question and " is" not in wife.question
    women = set(table("decoys.yaml", "GIVEN")["female"]["en"])
    assert wife.negative_keywords and all(n.split()[0] in women for n in wife.negative_keywords)


def test_speech_level_follows_what_the_card_gives_for_a_guest():
    manner = "손님에게는 구수한 충청도 사투리 반말을 쓰고, 양반에게만 마지못해 존댓말을 쓴다"
    assert speech_level({"말투": manner}, "ko") == "plain"
    assert speech_level({"말투": "늘 존댓말을 쓴다"}, "ko") == "polite"
    card = _profile("최덕배", "ko", 이름="최덕배", 성별="남성", 말투=manner)
    # plain speech, in the Chungcheong copula the card names (dialects_zh_ko.yaml): 이여/여, not 이에요
    assert _family(_records(card), "name").answer.endswith("여.")


def test_japanese_own_plan_question_says_whose_plan():
    questions = table("cm_phrases.yaml", "TEMPLATES")["ja"]["own_plan"]["question"]
    assert all(q.startswith("あなた") for q in questions)


def _audit(tmp_path, **over):
    rec = {"character_name": "白露", "character_profile": {"姓名": "白露", "性格": "安静"}, "conversation_history": [],
           "question": "你叫什么名字？", "answer": "我叫白露。", "keywords": [["白露", "露露"]],
           "negative_keywords": ["雪梅"], "question_type": "what", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "zh", "focus": "script_knowledge", "family": "name",
                                              "field": "姓名"}}
    rec.update(over)
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    return audit_records(path).results[0].problems


def test_audit_flags_one_character_negatives_plain_substrings_and_bare_titles(tmp_path):
    assert _audit(tmp_path) == {}
    assert "negatives" in _audit(tmp_path, negative_keywords=["静"])
    assert "negatives" in _audit(tmp_path, negative_keywords=["白露露"])
    assert "keywords" in _audit(tmp_path, keywords=[["白露", "先生"]])


def test_a_festival_birthday_is_also_said_by_the_festival():
    items = extract_keys("农历八月十五", classify_field("生日"))
    card = _profile("白露", "zh", 姓名="白露", 生日="农历八月十五")
    birthday = _family(_records(card), "birthday")
    assert items and evaluate("<think>x</think>我是中秋节那天生的。", record_ground_truth(birthday)).accuracy == 1.0


def test_a_pre_modern_cards_dishes_are_of_its_age():
    card = _profile("藤原橘子", "ja", 名前="藤原橘子", 時代="平安時代中期（京の都）", 好きな食べ物="唐菓子")
    food = _family(_records(card), "food")
    assert food.negative_keywords and not {"すき焼き", "カレーライス", "茶碗蒸し"} & set(food.negative_keywords)


def test_a_titled_officials_decoys_hold_the_office_and_share_no_name_part():
    card = _profile("최덕배", "ko", 이름="최덕배", 시대="조선 후기 (정조 때)", 인간관계="원수 - 이방 오춘삼 (아전)")
    enemy = _family(_records(card), "relation:원수")
    assert enemy.negative_keywords and all(n.startswith("이방 ") for n in enemy.negative_keywords)
    assert not any("춘삼" in n for n in enemy.negative_keywords)  # 이방 서춘삼 reads as the same man


def test_an_english_school_is_also_named_without_the_words_for_its_kind():
    items = extract_keys("Vesta Technical Institute (mining engineering)", classify_field("Education"))
    assert items == [["Vesta Technical Institute", "Vesta"]]  # "Vesta Tech" is credited through "Vesta"
    assert extract_keys("University of Toronto (MBA)", classify_field("Education")) == [["University of Toronto"]]


def test_japanese_speech_level_for_a_guest_too():
    assert speech_level({"話し方": "お客にはタメ口、目上にだけ敬語を使う"}, "ja") == "plain"
