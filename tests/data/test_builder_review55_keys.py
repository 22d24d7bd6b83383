"""Keys from the 55th review (six unseen cards): right answers refused by the keys alone, a title
offered as a name, cut place forms, wrong answers of another dynasty, a first person taken as a
catch-phrase. One test per cause, on cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.equivalents import colour_forms, ko_day_forms, ko_phrase_forms, synonyms
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.keys import extract_keys
from built_records import (
    built_records as _records, profile as _profile, by_family as _by_family,
    alternatives as _alternatives, gold_accuracy as _accuracy)


def _places(field: str, value: str) -> list:
    return extract_keys(value, classify_field(field), "x")


# 1. equal words the reward does not fold
def test_a_synonym_of_a_job_is_a_key_and_a_narrower_word_is_not():
    en = _by_family(_profile("Odette Vance", "en", Name="Odette Vance", Occupation="attorney"))["occupation"]
    assert "lawyer" in _alternatives(en) and "barrister" not in _alternatives(en)
    assert _accuracy(en, "I'm a lawyer, been one for years.") == 1.0
    zh = _by_family(_profile("葛春生", "zh", 姓名="葛春生", 职业="大夫"))["occupation"]
    assert "医生" in _alternatives(zh) and "西医" not in _alternatives(zh)  # 西医 is narrower than 大夫
    assert _accuracy(zh, "我是个医生。") == 1.0


def test_synonyms_of_everyday_places_in_every_language():
    assert "bookstore" in synonyms("bookshop", "en")
    assert "书屋" in synonyms("书店", "zh") and "書店" in synonyms("本屋", "ja") and "책방" in synonyms("서점", "ko")


def test_n_for_and_is_folded_by_the_reward():
    rec = _by_family(_profile("Mae Tolliver", "en", Name="Mae Tolliver", **{"Favorite food": "fish and chips"}))["food"]
    assert _accuracy(rec, "Nothing beats fish 'n' chips on a Friday.") == 1.0


def test_a_shade_is_said_with_its_other_word():
    assert "淡绿色" in colour_forms("浅绿色", "zh") and "pale green" in colour_forms("light green", "en")
    assert "옅은 분홍" in colour_forms("연분홍", "ko") and "淡いピンク" in colour_forms("薄ピンク", "ja")
    assert colour_forms("연두색", "ko") == ["연두", "연둣빛"]  # 연두 is a colour of its own, not a light 두
    rec = _by_family(_profile("芮小棠", "zh", 姓名="芮小棠", 颜色="浅绿色"))["favorite_color"]
    assert _accuracy(rec, "我最喜欢淡绿色。") == 1.0


def test_a_colour_without_its_word_for_colour():
    assert colour_forms("オレンジ色", "ja") == ["オレンジ"]
    assert colour_forms("山吹色", "ja") == []  # 山吹 alone is the flower
    assert colour_forms("자주빛", "ko") == ["자주", "자주색"]
    assert colour_forms("보라색", "ko") == ["보라", "보랏빛"] and colour_forms("보랏빛", "ko") == ["보라", "보라색"]
    assert colour_forms("藏青色", "zh") == ["藏青"] and colour_forms("咖啡色", "zh") == []  # 咖啡 alone is coffee
    assert colour_forms("하늘색", "ko") == []  # 하늘 alone is the sky


# 2. Korean particles inside a key, and an activity by its object
def test_korean_particles_are_optional_inside_a_key():
    assert ko_phrase_forms("약속을 어기는 사람") == ["약속 어기는 사람"]
    assert ko_phrase_forms("눈 오는 날") == ["눈이 오는 날"]  # 오다 takes a subject
    assert ko_phrase_forms("태권도 사범") == []  # the 도 of 태권도 is no particle
    rec = _by_family(_profile("변순덕", "ko", 이름="변순덕", 싫어하는것="약속을 어기는 사람, 눈 오는 날"))["dislikes"]
    assert _accuracy(rec, "약속 어기는 사람이 제일 싫어.") == 1.0
    assert _accuracy(rec, "눈이 오는 날은 질색이야.") == 1.0


def test_a_korean_activity_is_keyed_by_its_object():
    assert ko_phrase_forms("판소리 부르기") == ["판소리"]
    assert ko_phrase_forms("고양이 키우기") == ["고양이"]  # never 고양
    assert ko_phrase_forms("뜨개질하기") == ["뜨개질"]


def test_a_korean_festival_birthday_with_its_day_form():
    assert ko_day_forms("한가위") == ["한가윗날"] and ko_day_forms("추석") == []
    rec = _by_family(_profile("구만석", "ko", 이름="구만석", 생일="음력 7월 7일"))["birthday"]
    assert _accuracy(rec, "칠석날에 태어났어.") == 1.0
    rec = _by_family(_profile("도해랑", "ko", 이름="도해랑", 생일="음력 8월 15일"))["birthday"]
    assert "한가윗날" in _alternatives(rec)


# 3. names
def test_a_title_after_a_surname_is_never_a_name_key():
    zh = _by_family(_profile("温如玉", "zh", 姓名="温如玉", 人物关系="1）同僚孙御医，为人古板"))
    assert _alternatives(zh["relation:同僚"]) == ["孙御医"]
    ko = _by_family(_profile("여만복", "ko", 이름="여만복", 관계="스승: 허훈장"))
    assert "훈장" not in _alternatives(ko["relation:스승"])


def test_a_quoted_nickname_inside_a_name():
    rec = _by_family(_profile('Wilbur "Tiny" Okafor', "en", Name='Wilbur "Tiny" Okafor'))["name"]
    alts = _alternatives(rec)
    assert "Wilbur Okafor" in alts and "Tiny" in alts
    assert _accuracy(rec, "Name's Wilbur Okafor.") == 1.0
    rel = _by_family(_profile("Ada Quill", "en", Name="Ada Quill", Relationships='mentor Lucius "Doc" Marlowe'))
    alts = _alternatives(rel["relation:mentor"])
    assert "Lucius Marlowe" in alts and "Doc Marlowe" in alts and "Doc" not in alts  # a title alone names no one


# 4. places
def test_an_old_prefecture_after_its_circuit():
    assert "绛州" in _places("籍贯", "河东道绛州")[0]
    assert "道幽州" not in _places("籍贯", "河北道幽州")[0]


def test_a_district_of_a_city_is_never_cut_at_its_unit():
    assert _places("居住地", "洛阳南市") == [["洛阳南市", "南市", "洛阳"]]
    assert "府大阪市" not in [a for alts in _places("出身", "大阪府大阪市生野区") for a in alts]


def test_an_english_district_of_a_city_names_the_city_too():
    rec = _by_family(_profile("Nell Brody", "en", Name="Nell Brody", Residence="a walk-up in the North End of Boston"))
    assert _alternatives(rec["residence"]) == ["North End", "North End of Boston", "Boston"]
    assert "the North End of Boston" in rec["residence"].answer
    assert _accuracy(rec["residence"], "I live in Boston.") == 1.0


# 5. why causes
def test_a_long_cause_is_keyed_by_its_nouns_or_not_asked():
    card = _profile("贺知章", "zh", 姓名="贺知章", 人物经历="贺知章年少时家贫。因为救下了一位将军的独子，被破格录用。")
    why = [r for r in _records(card) if r.metadata.family == "why"]
    assert why and why[0].keywords == ["将军", "独子"]
    assert _accuracy(why[0], "因为我把将军的独子从河里救了上来。") == 1.0
    # a noun the question itself says is no key ("你为什么得到了将军的举荐？")
    said = _profile("韦应物", "zh", 姓名="韦应物", 人物经历="韦应物少年任侠。因为救下了一位将军的独子，得到了将军的举荐。")
    assert [r.keywords for r in _records(said) if r.metadata.family == "why"] == [["独子"]]
    other = _profile("梁秋白", "zh", 姓名="梁秋白", 人物经历="梁秋白自幼习画。为了让画作卖到塞外去，他结识了许多胡商。")
    result = build_dataset([other], seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=0)
    assert not [r for split in result.splits.values() for r in split if r.metadata.family == "why"]
    assert result.stats["drops"]["by_reason"].get("long_cause_phrase") == 1


# 6. wrong answers of the card's own period
def test_place_negatives_are_of_the_cards_dynasty_without_a_modern_unit():
    from raiden_r1.data.builder.tables import table
    pools = table("decoys.yaml", "POOLS")["place"]
    tang = _by_family(_profile("卢照邻", "zh", 姓名="卢照邻", 所处时代="唐朝开元年间", 居住地="洛阳南市"))
    negs = tang["residence"].negative_keywords
    assert negs and all(n in pools["zh_historical_tang"][0] and not n.endswith("市") for n in negs)
    qing = _by_family(_profile("顾松年", "zh", 姓名="顾松年", 所处时代="清朝乾隆年间", 籍贯="浙江杭州府"))
    assert all(n in pools["zh_historical_qing"][0] for n in qing["hometown"].negative_keywords)


# 7. a first person is no catch-phrase
def test_a_first_person_the_card_states_is_no_catch_phrase():
    zh = _by_family(_profile("温如玉", "zh", 姓名="温如玉", 口头禅="自称“鄙人”，常说“天意难违”"))
    assert _alternatives(zh["catchphrase"]) == ["天意难违"]
    ja = _by_family(_profile("堀田ハル", "ja", 名前="堀田ハル", 口癖="一人称は「わい」、口癖は「ほんまかいな」"))
    assert _alternatives(ja["catchphrase"]) == ["ほんまかいな"]
    ko = _by_family(_profile("마덕배", "ko", 이름="마덕배", 말버릇="'소인'이라 하며 늘 '어허, 큰일이로다'라고 한다"))
    assert "소인" not in _alternatives(ko["catchphrase"])


# the audit flags each kind
def test_the_audit_flags_cut_places_and_decoys_of_another_period():
    from raiden_r1.data.audit.checks_keys import check_cut_places, check_period_decoys
    card = {"姓名": "卢照邻", "所处时代": "唐朝开元年间", "居住地": "洛阳南市"}
    rec = _by_family(_profile("卢照邻", "zh", **card))["residence"]
    assert check_cut_places(rec, card) == [] and check_period_decoys(rec, card) == []
    cut = rec.model_copy(update={"keywords": [["洛阳南市", "洛阳南"]]})
    assert check_cut_places(cut, card) == ["keywords.0: '洛阳南' is a place cut short"]
    wrong = rec.model_copy(update={"negative_keywords": ["汴梁", "扬州市"]})
    assert len(check_period_decoys(wrong, card)) == 2  # a Song capital, a modern 市


def test_the_audit_flags_a_title_as_a_name():
    from raiden_r1.data.audit.checks import Context, check_keywords
    card = {"姓名": "温如玉", "人物关系": "1）同僚孙御医，为人古板"}
    rec = _by_family(_profile("温如玉", "zh", **card))["relation:同僚"]
    titled = rec.model_copy(update={"keywords": [["孙御医", "御医"]]})
    assert any("御医" in p and "title" in p for p in check_keywords(titled, Context(card=card)))


def test_the_audit_flags_a_first_person_catch_phrase_and_a_clause_why_key():
    from raiden_r1.data.audit.checks_keys import check_phrase_keys
    card = {"姓名": "温如玉", "口头禅": "自称“鄙人”，常说“天意难违”"}
    rec = _by_family(_profile("温如玉", "zh", **card))["catchphrase"]
    assert check_phrase_keys(rec, card) == []
    assert len(check_phrase_keys(rec.model_copy(update={"keywords": [["鄙人", "天意难违"]]}), card)) == 1
    why = rec.model_copy(update={"keywords": ["救下了一位将军的独子"],
                                 "metadata": rec.metadata.model_copy(update={"family": "why"})})
    assert check_phrase_keys(why, card) == ["keywords.0: '救下了一位将军的独子' is a clause, reworded by a right answer"]
