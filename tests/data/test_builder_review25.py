"""Fixes from the 25th review of built records (80 read against the card): one test per cause.
Names said the short way (健太, 桐島さん, Jay, 지훈), English places by their proper name or region,
and gold answers that state nothing false or unnatural ("我一直住在…", "That's X, my little companion")."""

from __future__ import annotations

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.keys import extract_keys
from raiden_r1.data.builder.fields import classify_field
from raiden_r1.data.builder.names import name_part_alternatives, reading_alternatives
from raiden_r1.data.builder.sbk import relation_drafts, sbk_drafts
from raiden_r1.data.builder.tables import table
from raiden_r1.data.profiles import load_profiles
from raiden_r1.data.schema import Profile
from built_records import profile as _profile


def _keywords(profile: Profile, field: str, label: str) -> list:
    drafts = relation_drafts(profile, field, profile.fields[field], 0)
    return next(d.keywords for d in drafts if d.family == f"relation:{label}")


def _flat(items) -> set[str]:
    return {a for alts in items for a in (alts if isinstance(alts, list) else [alts])}


def test_japanese_relative_is_also_named_by_given_name_but_not_by_the_shared_surname():
    card = _profile("大川ふみ", "ja", 名前="大川ふみ", 家族="夫 - 大川茂（故人）；息子 - 大川健太（東京で料理人）")
    terms = _flat(_keywords(card, "家族", "息子"))
    assert "健太" in terms  # "息子は健太です" is how a mother answers
    assert "大川" not in terms  # her own surname names the whole family


def test_japanese_non_relative_is_also_named_by_family_name():
    card = _profile("星野灯", "ja", 名前="星野灯", 人間関係="ライバル - 桐島玲奈（科学部部長）")
    assert {"桐島", "玲奈"} <= _flat(_keywords(card, "人間関係", "ライバル"))  # "桐島さん", "玲奈ちゃん"


def test_japanese_name_with_a_title_is_not_split_into_family_and_given_name():
    assert "先生" not in name_part_alternatives("田辺先生", "ja")


def test_korean_given_name_is_an_alternative_but_not_after_a_two_syllable_surname():
    assert name_part_alternatives("한지훈", "ko") == ["지훈"]
    assert name_part_alternatives("남궁혁", "ko") == []  # 혁 alone is one syllable


def test_chinese_given_name_only_for_chinese_shaped_names():
    assert name_part_alternatives("周雨桐", "zh") == ["雨桐"]
    assert name_part_alternatives("伏地魔", "zh") == []  # no common surname: a transliteration
    assert name_part_alternatives("王阿姨", "zh") == []  # 阿姨 is a form of address
    assert name_part_alternatives("周雨桐", "zh", foreign=True) == []


def test_english_name_field_is_also_answered_by_the_given_name():
    card = _profile("周杰伦", "zh", 姓名="周杰伦", 英文名="Jay Chou")
    drafts, _ = sbk_drafts(card, 0)
    (draft,) = [d for d in drafts if d.family == "english_name"]
    assert "Jay" in _flat(draft.keywords)
    assert name_part_alternatives("Monkey D. Luffy", "zh") == []  # family name first: Monkey is not his name


def test_kana_reading_in_brackets_gives_the_spoken_name():
    assert reading_alternatives("星野灯（ほしの あかり）") == ["ほしのあかり", "あかり", "ほしの"]
    card = _profile("星野灯", "ja", 名前="星野灯（ほしの あかり）")
    drafts, _ = sbk_drafts(card, 0)
    (draft,) = [d for d in drafts if d.family == "name"]
    assert "あかり" in _flat(draft.keywords)


def test_english_place_is_also_its_proper_name_and_the_region_in_brackets():
    items = extract_keys("Olympus Shelf colony (Mars)", classify_field("Hometown"))
    assert items == [["Olympus Shelf colony", "Olympus Shelf", "Mars"]]
    assert extract_keys("Duluth (a blue house on Skyline Parkway)", classify_field("Residence")) == [["Duluth"]]


def test_english_named_place_with_a_common_noun_takes_the():
    card = _profile("Juniper Oyelaran", "en", Name="Juniper Oyelaran", Hometown="Olympus Shelf colony (Mars)")
    answers = {d.answer for seed in range(6) for d in sbk_drafts(card, seed)[0] if d.family == "hometown"}
    assert answers and all("the Olympus Shelf colony" in a for a in answers)


def test_chinese_residence_answer_never_claims_always_living_there():
    card = _profile("陈思远", "zh", 姓名="陈思远", 籍贯="杭州", 居住地="深圳市南山区")
    answers = {d.answer for seed in range(12) for d in sbk_drafts(card, seed)[0] if d.family == "residence"}
    assert answers and not any("一直" in a for a in answers)


def test_english_pet_answer_is_a_plain_statement():
    answers = table("phrases.yaml", "SBK")["pets"]["en"][1]
    assert all("companion" not in a for a in answers)
    card = _profile("Nell Okafor", "en", Name="Nell Okafor", Pets="Admiral (a ginger ship's cat)")
    got = {d.answer for seed in range(8) for d in sbk_drafts(card, seed)[0] if d.family == "pets"}
    assert got <= {"My pet is called Admiral.", "My pet's name is Admiral."}


def test_chinese_relation_answer_says_who_with_shi_not_jiao():
    card = _profile("李秀芬", "zh", 姓名="李秀芬", 人物关系="同事-王阿姨")
    answers = {d.answer for seed in range(8) for d in relation_drafts(card, "人物关系", card.fields["人物关系"], seed)}
    assert answers and not any("叫王阿姨" in a for a in answers)  # 王阿姨 is how she is addressed, not a name


def test_chinese_colour_memory_answers_keep_subject_first():
    cm = table("cm_phrases.yaml", "TEMPLATES")["zh"]["colour"]["answer"]
    assert all(not a.startswith("是{x}的，") for a in cm)


def test_raiden_cards_english_name_and_names_say_the_short_way(raiden_sample):
    records = [r for split in build_dataset(load_profiles(raiden_sample), seed=0, cm_per_character=0).splits.values()
               for r in split]
    english = next(r for r in records if r.metadata.family == "english_name" and r.character_name == "周杰伦")
    assert "Jay" in _flat(english.keywords)


def test_lunar_birthday_keeps_its_marker_in_the_gold_and_the_plain_date_as_key():
    assert extract_keys("음력 3월 21일", classify_field("생일")) == [["음력 3월 21일", "3월 21일"]]
    card = _profile("박도현", "ko", 이름="박도현", 생일="음력 3월 21일")
    (draft,) = [d for d in sbk_drafts(card, 0)[0] if d.family == "birthday"]
    assert "음력 3월 21일" in draft.answer


def test_rank_in_brackets_after_a_job_is_an_equal_key():
    card = _profile("李云龙", "zh", 姓名="李云龙", 职业="军人（少将）")
    (draft,) = [d for d in sbk_drafts(card, 0)[0] if d.family == "occupation"]
    assert {"军人", "少将"} <= _flat(draft.keywords)
    card = _profile("陈思远", "zh", 姓名="陈思远", 职业="工程师（深圳）")
    (draft,) = [d for d in sbk_drafts(card, 0)[0] if d.family == "occupation"]
    assert "深圳" not in _flat(draft.keywords)  # a place in brackets is not a rank


def test_sworn_brothers_get_mens_names_as_wrong_answers():
    card = _profile("霍长风", "zh", 姓名="霍长风", 性别="男", 人物关系="结义兄弟-唐不二（唐门弟子）；师妹-萧红袖")
    records = [r for split in build_dataset([card], seed=0, cm_per_character=0).splits.values() for r in split]
    brother = next(r for r in records if r.metadata.family == "relation:结义兄弟")
    women = set(table("decoys.yaml", "GIVEN")["female"]["zh"])
    assert brother.negative_keywords and not any(n[1:] in women for n in brother.negative_keywords)


def _answers_of(card: Profile, family: str, seeds=range(6)) -> set[str]:
    return {d.answer for seed in seeds for d in sbk_drafts(card, seed)[0] if d.family == family}


def test_pupil_is_asked_where_she_goes_to_school_now():
    card = _profile("星野灯", "ja", 名前="星野灯", 職業="高校二年生", 学校="金沢北陵高校 2年C組、天文部の部長")
    assert _answers_of(card, "school") == {"金沢北陵高校に通っています。"}
    grown = _profile("森下蒼", "ja", 名前="森下蒼", 職業="気象予報士", 学校="北海道大学（理学部）")
    assert _answers_of(grown, "school") == {"北海道大学に通っていました。"}


def test_an_eight_year_apprenticeship_is_not_a_school_year():
    card = _profile("Elowen Marsh", "en", Name="Elowen Marsh", Occupation="lighthouse keeper",
                    Education="Saltreach Guild of Chartmakers (an eight-year apprenticeship)")
    assert all(a.startswith("I studied at") or a.startswith("I went to") for a in _answers_of(card, "school"))


def test_pupil_job_answer_says_what_he_is_not_what_he_works_as():
    card = _profile("강민재", "ko", 이름="강민재", 직업="고등학생, 태권도 선수")
    answers = _answers_of(card, "occupation")
    assert answers and not any("일해" in a for a in answers)


def test_education_field_naming_a_school_is_asked_as_a_school():
    card = _profile("唐小禾", "zh", 姓名="唐小禾", 职业="大学生", 学历="云南大学（生态学专业在读）")
    answers = _answers_of(card, "education_level")
    assert answers and not any("学历" in a for a in answers)  # "我的学历是云南大学" names no level
    assert all("云南大学" in a and ("上学" in a or "读书" in a) for a in answers)


def test_a_place_the_card_writes_with_a_genitive_particle_is_no_wrong_answer():
    card = _profile("鷹宮蓮", "ja", 名前="鷹宮蓮", 時代="平安時代中期（京の都）", 居住地="一条戻橋（そばにある古い屋敷）")
    records = [r for split in build_dataset([card], seed=0, cm_per_character=0).splits.values() for r in split]
    residence = next(r for r in records if r.metadata.family == "residence")
    assert residence.negative_keywords and "京都" not in residence.negative_keywords


def test_old_polite_speaker_lives_somewhere_with_orimasu():
    from raiden_r1.data.builder.voice import to_archaic

    assert to_archaic("一条戻橋に住んでいます。", "ja") == "一条戻橋に住んでおります。"
    assert to_archaic("よく「まあ、見ておれ」って言います。", "ja") == "よく「まあ、見ておれ」と申しております。"


def test_old_polite_japanese_never_puts_gozaimasu_after_an_adjective():
    from raiden_r1.data.builder.voice import to_archaic

    assert to_archaic("会ってみたいです。", "ja") == "会ってみたいです。"
    assert to_archaic("婚礼は九月三十日ですよね。", "ja") == "婚礼は九月三十日でございますね。"


def test_hao_style_korean_has_no_clause_ending_in_yo():
    from raiden_r1.data.builder.voice import is_modern_polite, to_archaic

    assert is_modern_polite("내일은 약방에 가 보려고요.", "ko")  # 해요체 that the old table missed
    for text in ("내일은 약방에 가 보려고요.", "내일은 약방에 가요.", "충주요? 좋은 곳이라고 들었어요.", "그럼요, 무슨 일이에요?"):
        assert not is_modern_polite(to_archaic(text, "ko"), "ko"), to_archaic(text, "ko")


def _cm_text(card: Profile) -> str:
    records = [r for split in build_dataset([card], seed=0, cm_per_character=12).splits.values() for r in split
               if r.metadata.focus == "conversation_memory"]
    assert records
    return "\n".join(t.content for r in records for t in r.conversation_history) + "\n".join(r.question for r in records)


def test_victorian_conversations_have_no_cars_backpacks_roommates_or_holiday_trips():
    card = _profile("Ignatius Thorne", "en", Name="Captain Ignatius Thorne", Era="Victorian Britain, 1887",
                    Residence="Glasgow", Occupation="paddle-steamer captain")
    text = _cm_text(card).lower()
    for word in ("car ", "backpack", "roommate", "travelling", "booked a trip", "shelter"):
        assert word not in text, word


def test_english_far_city_trip_with_a_friend_is_a_summer_not_a_weekend_away():
    card = _profile("Priya Venkataraman", "en", Name="Priya Venkataraman", Residence="Toronto", Occupation="accountant")
    text = _cm_text(card)
    assert "this weekend" not in text


def test_station_pet_talk_has_no_pet_shop_or_shelter():
    card = _profile("赵明轩", "zh", 姓名="赵明轩", 所处时代="2150年，人类已在月球建立永久基地",
                    居住地="广寒基地（月球南极，第三居住舱）", 职业="行星地质学家", 特长="舱外紧急维修、月面车驾驶")
    text = _cm_text(card)
    assert "宠物店" not in text


def test_1940s_soldier_hears_of_no_weekend_getaway_or_private_car():
    card = _profile("李云龙", "zh", 姓名="李云龙", 职业="军人", 人物经历="抗日战争期间任八路军独立团团长",
                    出生日期="1910年2月24日")
    text = _cm_text(card)
    assert "周末" not in text and "那辆车" not in text


def test_japanese_age_answer_states_the_age_not_the_one_to_come():
    card = _profile("星野灯", "ja", 名前="星野灯", 年齢="16歳")
    answers = _answers_of(card, "age", seeds=range(12))
    assert answers and not any("今年で" in a or "になります" in a for a in answers)  # "turns 16 this year"


def test_a_place_name_holding_he_is_not_split_there():
    items = extract_keys("呼和浩特市回民区（铁路职工家属院）", classify_field("居住地"))
    assert items == [["呼和浩特市", "呼和浩特"], ["回民区", "回民"]]
    assert extract_keys("苏州和杭州", classify_field("居住地")) == [["苏州"], ["杭州"]]


def test_name_split_knows_three_kanji_surnames_and_nicknames():
    assert name_part_alternatives("宇佐美健", "ja") == ["宇佐美"]  # not 宇佐 + 美健
    assert name_part_alternatives("퉁방울", "ko") == []  # 퉁 is no family name: a nickname
    assert name_part_alternatives("금순이", "ko") == []  # 순이 + the affectionate 이
    assert name_part_alternatives("巴特尔", "zh") == []  # a Mongolian name, not 巴 + 特尔
