"""Wrong answers, CM material and card parsing from the 68th review: an English card of a region
with its own table and names (a Mumbai card) gets wrong dishes, kin names and CM friends and trips
of that region; a Japanese card in a European-style kingdom hears of no kimono, obi, temple or 文
coins; a sentence after a one-line "Occupation:" goes to the card's description; and the audit
checks that would have flagged each review-68 major of keys and facts. Cards written for these tests."""

from __future__ import annotations

from raiden_r1.data.audit.checks_said import (check_decoy_region, check_denied_fact, check_head_word_keys,
                                               check_place_everyday_name)
from raiden_r1.data.profiles_text import parse_setting_lines
from raiden_r1.data.schema import Record
from built_records import built_records, by_family, profile

_PUNE = profile("Ganesh Shinde", "en", Name="Ganesh Shinde", Gender="Male", Residence="a flat in Kothrud, Pune",
                **{"Favorite food": "misal pav", "Family": "wife Lata; son Rohan"})
_KNIGHT = profile("アデリナ・フォルク", "ja", 名前="アデリナ・フォルク", 年齢="30歳",
                  職業="グレイム王国の騎士団の副団長", 世界観="中世風の王国。騎士団と公爵家が国を守る。")
_BRITISH = {"apple pie", "beef stew", "roast chicken", "porridge", "fish pie", "shepherd's pie", "bread pudding",
            "pea soup", "lasagne", "fish and chips", "chicken curry", "pancakes", "tomato soup", "spaghetti bolognese"}


def _record(card, family: str, field: str, keys: list, negatives: list, question: str = "q?") -> Record:
    return Record.model_validate({
        "character_name": card.name, "character_profile": dict(card.fields), "question": question, "answer": "x",
        "keywords": keys, "negative_keywords": negatives, "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"focus": "script_knowledge", "language": card.language, "family": family, "field": field}})


def test_an_indian_cards_wrong_dishes_and_kin_names_are_indian():
    recs = by_family(_PUNE)
    assert recs["food"].negative_keywords and not set(recs["food"].negative_keywords) & _BRITISH
    wife = next(r for r in built_records(_PUNE) if r.metadata.family == "relation:wife")
    assert not {"Margaret", "Eleanor", "Alice", "Harriet", "Clara"} & set(wife.negative_keywords)
    assert all(" " not in n and n[0].isupper() for n in wife.negative_keywords)


def test_an_indian_cards_cm_friend_is_no_european_name():
    cms = [r for r in built_records(_PUNE, cm=8) if r.metadata.family in ("cm:friend", "cm:weekend")]
    said = " ".join(t.content for r in cms for t in r.conversation_history)
    assert cms and not any(n in said for n in ("Ingrid", "Tobias", "Greta", "Elena", "Prague", "Reykjavik"))


def test_a_knight_of_a_european_style_kingdom_hears_of_no_kimono_temple_or_mon_coins():
    cms = [r for r in built_records(_KNIGHT, cm=8) if r.metadata.focus == "conversation_memory"]
    said = " ".join([t.content for r in cms for t in r.conversation_history] + [r.answer for r in cms])
    assert cms and not any(w in said for w in ("着物", "帯", "寺", "文貸", "銭を", "牛車", "茶屋"))


def test_a_sentence_after_a_one_line_occupation_goes_to_the_description():
    fields = dict(parse_setting_lines("Name: Vera Holt\nIntroduction: A welder.\nDetailed Description: Vera is a welder.\n"
                                      "Occupation: chief welder of the dry dock\n"
                                      "She has kept the yard's cranes running for nine years.\nAge: 40"))
    assert fields["Occupation"] == "chief welder of the dry dock"
    assert "nine years" in fields["Detailed Description"]
    kept = dict(parse_setting_lines("Name: Bo\nOccupation: smith\nand farrier"))  # no sentence: the value goes on
    assert kept["Occupation"] == "smith\nand farrier"


def test_the_audit_flags_a_whole_phrase_key_without_its_head_word_in_each_language():
    for card, family, field, keys in [
            (profile("何小满", "zh", 姓名="何小满", 性格="有点粗心"), "personality", "性格", [["有点粗心"]]),
            (profile("佐伯 凛", "ja", 名前="佐伯 凛", 性格="少し頑固"), "personality", "性格", [["少し頑固"]]),
            (profile("정만수", "ko", 이름="정만수", 직업="시내버스 기사"), "occupation", "직업", [["시내버스 기사"]]),
            (profile("Ada Lorne", "en", Name="Ada Lorne", Hobbies="restoring vintage typewriters"), "hobbies", "Hobbies",
             [["restoring vintage typewriters"]])]:
        assert check_head_word_keys(_record(card, family, field, keys, []), card.fields), keys
    built = by_family(profile("何小满", "zh", 姓名="何小满", 性格="爽快、有点粗心"))["personality"]
    assert check_head_word_keys(built, built.character_profile) == []


def test_the_audit_flags_a_suburb_without_its_name_a_common_word_core_and_a_denied_pet():
    ravi = profile("Ravi K", "en", Name="Ravi K", Residence="Borivali West, Mumbai", Pet="no pet of his own")
    assert check_place_everyday_name(_record(ravi, "residence", "Residence", [["Borivali West", "Mumbai"]], []), ravi.fields)
    yoon = profile("윤복희", "ko", 이름="윤복희", **{"사는 곳": "서울 동작구"})
    assert check_place_everyday_name(_record(yoon, "residence", "사는 곳", [["동작구", "동작"]], []), yoon.fields)
    assert check_denied_fact(_record(ravi, "pets", "Pet", ["Moti"], []), ravi.fields)


def test_the_audit_flags_british_dishes_and_names_for_an_indian_card():
    assert check_decoy_region(_record(_PUNE, "food", "Favorite food", ["misal pav"], ["shepherd's pie"]), _PUNE.fields)
    assert check_decoy_region(_record(_PUNE, "relation:wife", "Family", ["Lata"], ["Eleanor"]), _PUNE.fields)
    assert not check_decoy_region(_record(_PUNE, "food", "Favorite food", ["misal pav"], ["poha"]), _PUNE.fields)
