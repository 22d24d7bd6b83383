"""Keys take the forms the card itself gives (review 70): every level of a city + district + area
address, a nickname the description quotes inside the name, the thing watched of a watching hobby,
a woman's old name without the honorific お. Cards invented here."""

from __future__ import annotations

from built_records import alternatives, built_records, by_family, field_keys, profile


def test_a_municipality_address_is_keyed_by_each_level_and_its_area():
    keys = field_keys("现居", "北京市朝阳区望京")
    assert {"北京", "朝阳区", "望京"} <= set(keys)


def test_a_province_address_keeps_its_area_too():
    keys = field_keys("现居", "浙江省杭州市西湖区龙井")
    assert {"杭州", "西湖区", "龙井"} <= set(keys)


def test_a_residence_record_of_a_municipality_takes_the_city():
    card = profile("吴佳", "zh", 姓名="吴佳", 年龄="31", 现居="天津市河西区友谊", 职业="会计")
    assert "天津" in alternatives(by_family(card)["residence"])


def test_a_nickname_quoted_inside_the_name_in_the_description_answers_the_name():
    card = profile("Eleanor Baird", "en", Name="Eleanor Baird", Age="66", Occupation="retired nurse",
                   Description="Eleanor 'Nell' Baird lives in Oban with her cat.")
    assert {"Nell", "Nell Baird"} <= set(alternatives(by_family(card)["name"]))


def test_a_watching_hobby_is_also_the_thing_watched():
    card = profile("木村 太一", "ja", 名前="木村 太一", 年齢="40", 職業="大工", 趣味="野球観戦")
    assert "野球" in alternatives(by_family(card)["hobbies"])


def test_an_old_womans_name_is_said_without_the_honorific_o():
    card = profile("佐藤 伊助", "ja", 名前="佐藤 伊助", 年齢="30", 職業="大工", 家族="姉のおきく")
    record = next(r for f, r in by_family(card).items() if "姉" in f)
    assert {"おきく", "きく"} <= set(alternatives(record))


def test_an_o_name_that_is_no_honorific_keeps_its_o():
    card = profile("佐藤 伊助", "ja", 名前="佐藤 伊助", 年齢="30", 職業="大工", 家族="弟のおさむ")
    record = next(r for f, r in by_family(card).items() if "弟" in f)
    assert "さむ" not in alternatives(record)


# --- the audit checks that would have flagged them ---

def _narrowed(record, keep):
    record.keywords = [[a for a in (alts if isinstance(alts, list) else [alts]) if keep(a)] for alts in record.keywords]
    return record


def test_the_audit_flags_an_address_keyed_by_its_district_alone():
    from raiden_r1.data.audit.checks_card_forms import check_address_levels
    card = profile("吴佳", "zh", 姓名="吴佳", 年龄="31", 现居="天津市河西区友谊", 职业="会计")
    record = by_family(card)["residence"]
    assert check_address_levels(record, dict(card.fields)) == []
    assert check_address_levels(_narrowed(record, lambda a: "河西" in a), dict(card.fields))


def test_the_audit_flags_a_name_question_without_the_quoted_nickname():
    from raiden_r1.data.audit.checks_card_forms import check_quoted_nickname
    card = profile("Eleanor Baird", "en", Name="Eleanor Baird", Age="66", Occupation="retired nurse",
                   Description="Eleanor 'Nell' Baird lives in Oban with her cat.")
    record = by_family(card)["name"]
    assert check_quoted_nickname(record, dict(card.fields)) == []
    assert check_quoted_nickname(_narrowed(record, lambda a: "Nell" not in a), dict(card.fields))


def test_the_audit_flags_a_watching_hobby_without_the_thing_watched():
    from raiden_r1.data.audit.checks_card_forms import check_watched_thing
    card = profile("木村 太一", "ja", 名前="木村 太一", 年齢="40", 職業="大工", 趣味="野球観戦")
    record = by_family(card)["hobbies"]
    assert check_watched_thing(record, dict(card.fields)) == []
    assert check_watched_thing(_narrowed(record, lambda a: a != "野球"), dict(card.fields))


def test_the_audit_flags_an_o_name_without_its_bare_form():
    from raiden_r1.data.audit.checks_card_forms import check_o_name
    card = profile("佐藤 伊助", "ja", 名前="佐藤 伊助", 年齢="30", 職業="大工", 家族="姉のおきく")
    record = next(r for f, r in by_family(card).items() if "姉" in f)
    assert check_o_name(record, dict(card.fields)) == []
    assert check_o_name(_narrowed(record, lambda a: a != "きく"), dict(card.fields))


# --- the question asked from the field it is about (review 70) ---

def test_a_likes_field_is_asked_what_one_likes():
    card = profile("Rhea Moss", "en", Name="Rhea Moss", Age="40", Occupation="lighthouse keeper",
                   Likes="foggy mornings")
    record = by_family(card)["hobbies"]
    assert "like" in record.question.lower() or "fond" in record.question.lower()
    assert "enjoy doing" not in record.question and "free time" not in record.question


def test_a_chinese_likes_field_is_asked_what_one_likes():
    card = profile("钱多多", "zh", 姓名="钱多多", 年龄="30", 职业="会计", 喜欢的东西="下雨天")
    assert by_family(card)["hobbies"].question in ("你喜欢什么？", "有什么是你特别喜欢的？")


def test_a_raw_english_label_is_said_in_lower_case():
    card = profile("Rhea Moss", "en", Name="Rhea Moss", Age="40", Occupation="lighthouse keeper",
                   **{"Launch date": "June 4, 2301"})
    record = next(r for r in built_records(card) if "2301" in str(r.keywords))
    assert "Launch" not in record.question and "launch date" in record.question


def test_the_audit_flags_a_pastime_question_from_a_likes_field():
    from raiden_r1.data.audit.checks_card_forms import check_likes_question
    card = profile("Rhea Moss", "en", Name="Rhea Moss", Age="40", Occupation="lighthouse keeper", Likes="foggy mornings")
    record = by_family(card)["hobbies"]
    assert check_likes_question(record, dict(card.fields)) == []
    record.question = "What do you enjoy doing?"
    assert check_likes_question(record, dict(card.fields))


def test_the_audit_flags_a_raw_label_in_a_question():
    from raiden_r1.data.audit.checks_card_forms import check_raw_label
    card = profile("Rhea Moss", "en", Name="Rhea Moss", Age="40", Occupation="lighthouse keeper",
                   **{"Launch date": "June 4, 2301"})
    record = next(r for r in built_records(card) if "2301" in str(r.keywords))
    assert check_raw_label(record, dict(card.fields)) == []
    record.question = "What is your Launch date?"
    assert check_raw_label(record, dict(card.fields))


def test_the_audit_flags_a_plan_question_naming_no_one():
    from raiden_r1.data.audit.checks_card_forms import check_cm_subject
    card = profile("한지우", "ko", 이름="한지우", 나이="30살", 직업="요리사")
    record = next(r for r in built_records(card, cm=8) if (r.metadata.model_extra or {}).get("family") == "cm:own_plan")
    assert check_cm_subject(record, dict(card.fields)) == []
    record.question = "내일 어디 간다고 했죠?"
    assert check_cm_subject(record, dict(card.fields))
