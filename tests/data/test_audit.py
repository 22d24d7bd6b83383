"""`raiden-r1 data audit`: each objective check fails the record it is about, and only that one."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from raiden_r1.cli import app
from raiden_r1.data.audit import audit_records
from raiden_r1.data.audit.notation import notation_variants


def _record(**over) -> dict:
    rec = {
        "character_name": "Maren Holt",
        "character_profile": {"Name": "Maren Holt", "Occupation": "lighthouse keeper", "Birthday": "June 14",
                              "Hobby": "knitting, chess", "Setting": "a present-day island with a ferry and phones"},
        "conversation_history": [],
        "question": "What do you do for a living?",
        "answer": "I keep the lighthouse; I'm the lighthouse keeper.",
        "keywords": ["lighthouse keeper"],
        "negative_keywords": ["baker"],
        "question_type": "what",
        "validation_method": "single_term_validation",
        "difficulty": "easy",
        "metadata": {"language": "en", "focus": "script_knowledge", "family": "occupation", "field": "Occupation"},
    }
    rec.update(over)
    return rec


def _audit(tmp_path, *records):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(list(records), ensure_ascii=False), encoding="utf-8")
    return audit_records(path)


def test_clean_record_passes_every_check(tmp_path):
    report = _audit(tmp_path, _record())
    assert report.results[0].problems == {}


def test_negative_inside_a_positive_fails_negatives(tmp_path):
    report = _audit(tmp_path, _record(negative_keywords=["keeper"]))
    assert list(report.results[0].problems) == ["negatives"]


def test_negative_true_of_the_character_fails_negatives(tmp_path):
    report = _audit(tmp_path, _record(negative_keywords=["chess"]))
    assert "is in the character's card" in report.results[0].problems["negatives"][0]


def test_single_cjk_character_key_standing_inside_a_word_is_not_grounded(tmp_path):
    rec = _record(character_name="林远", character_profile={"姓名": "林远", "外貌": "头发是粽色的"},
                  question="你的头发是什么颜色的？", answer="我的头发是粽的。", keywords=["粽"], negative_keywords=[],
                  metadata={"language": "zh", "focus": "script_knowledge", "family": "hair", "field": "外貌"})
    report = _audit(tmp_path, rec)
    assert list(report.results[0].problems) == ["grounding"]


def test_third_person_gold_answer_fails_voice(tmp_path):
    report = _audit(tmp_path, _record(answer="Maren Holt is the lighthouse keeper."))
    assert report.results[0].problems["voice"] == ["answer: not in the first person"]


def test_korean_polite_gold_for_a_banmal_card_fails_voice(tmp_path):
    rec = _record(character_name="윤하늘", character_profile={"이름": "윤하늘", "직업": "등대지기", "말투": "누구에게나 반말을 쓴다"},
                  question="무슨 일 해?", answer="저는 등대지기예요.", keywords=["등대지기"], negative_keywords=[],
                  metadata={"language": "ko", "focus": "script_knowledge", "family": "occupation", "field": "직업"})
    report = _audit(tmp_path, rec)
    assert report.results[0].problems["voice"] == ["answer: polite speech, the card asks for plain speech"]


def _cm(history, **over) -> dict:
    fields = {"question": "Where did I say I'm going next month?", "answer": "You're off to Lisbon next month.",
              "keywords": ["Lisbon"], "negative_keywords": ["Porto"],
              "metadata": {"language": "en", "focus": "conversation_memory", "family": "cm:trip"}, **over}
    return _record(conversation_history=[{"role": r, "content": c} for r, c in history], **fields)


def test_cm_fact_said_first_by_the_character_fails_memory(tmp_path):
    rec = _cm([("user", "Any news?"), ("assistant", "I'm going to Lisbon next month."),
               ("user", "My cousin lives in Porto."), ("assistant", "Porto, lovely.")])
    report = _audit(tmp_path, rec)
    assert report.results[0].problems["memory"] == [
        "keywords.0: 'Lisbon' is first said by the assistant, the question asks the user's"]


def test_bus_in_a_pirate_card_conversation_fails_setting(tmp_path):
    profile = {"Name": "Maren Holt", "Occupation": "pirate captain", "World": "an age of pirates and sea kings"}
    # places of the card's own world: a real one (Lisbon) would fail "plausible" too
    rec = _cm([("user", "Next month I'm taking the bus to Saltmere."), ("assistant", "Saltmere, is it?"),
               ("user", "My cousin lives in Porthaven."), ("assistant", "Porthaven, lovely.")], character_profile=profile,
              answer="You're off to Saltmere next month.", keywords=["Saltmere"], negative_keywords=["Porthaven"])
    report = _audit(tmp_path, rec)
    # "era" judges with the builder's own BANNED words and fails it too
    assert list(report.results[0].problems) == ["setting", "era"]


def test_two_fields_asking_one_fact_with_different_keys_fail_consistency(tmp_path):
    a = _record(question="What are you good at?", answer="I'm good at knitting.", keywords=["knitting"],
                negative_keywords=[], metadata={"language": "en", "focus": "script_knowledge", "family": "skills",
                                                "field": "Hobby"})
    b = _record(question="What's your special skill?", answer="My special skill is chess.", keywords=["chess"],
                negative_keywords=[], metadata={"language": "en", "focus": "script_knowledge", "family": "skills",
                                                "field": "Talent"})
    report = _audit(tmp_path, a, b)
    assert [list(r.problems) for r in report.results] == [["consistency"], ["consistency"]]


def test_date_notations_are_other_spellings_of_the_same_day():
    assert notation_variants("June 14", "en") == ["the 14th of June", "June 14th", "14 June"]
    assert notation_variants("7月31日", "zh") == ["7月31号", "七月三十一日", "七月三十一号"]
    assert notation_variants("17", "ko", "살이야") == ["열일곱"]
    assert notation_variants("17", "ko", "세입니다") == []


def test_cli_prints_table_and_failures_naming_file_record_and_field(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([_record(), _record(negative_keywords=["keeper"])]), encoding="utf-8")
    result = CliRunner().invoke(app, ["data", "audit", str(path), "--sample", "1"])
    assert result.exit_code == 0, result.output
    assert "1/2 records pass every check (50.0%)" in result.output
    assert f"{path}: record 1: negative_keywords.0: 'keeper' overlaps keywords.0" in result.output
    assert "# Review sheet" in result.output


def test_cm_fact_in_the_last_exchange_fails_memory(tmp_path):
    rec = _cm([("user", "My cousin lives in Porto."), ("assistant", "Porto, lovely."),
               ("user", "I'm going to Lisbon next month."), ("assistant", "Lisbon, how nice.")])
    report = _audit(tmp_path, rec)
    assert report.results[0].problems["memory"] == [
        "conversation_history: the asked fact is in the last exchange (no distractor after it)"]


def test_cli_audits_every_split_given_each_under_its_name(tmp_path):
    good, bad = tmp_path / "train.json", tmp_path / "test.json"
    good.write_text(json.dumps([_record()]), encoding="utf-8")
    bad.write_text(json.dumps([_record(negative_keywords=["keeper"])]), encoding="utf-8")
    result = CliRunner().invoke(app, ["data", "audit", str(good), str(bad)])
    assert result.exit_code == 0, result.output
    assert f"== {good}" in result.output and f"== {bad}" in result.output
    assert "1/1 records pass every check (100.0%)" in result.output
    assert "0/1 records pass every check (0.0%)" in result.output


def test_records_without_the_builders_family_note_are_audited(tmp_path):
    rec = _record()
    rec["metadata"] = {k: v for k, v in rec["metadata"].items() if k not in ("family", "field")}
    report = _audit(tmp_path, rec)
    assert len(report.results) == 1


def test_strict_exits_1_when_a_record_fails_and_0_when_all_pass(tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps([_record()]), encoding="utf-8")
    bad.write_text(json.dumps([_record(negative_keywords=["keeper"])]), encoding="utf-8")
    assert CliRunner().invoke(app, ["data", "audit", str(good), "--strict"]).exit_code == 0
    assert CliRunner().invoke(app, ["data", "audit", str(good), str(bad), "--strict"]).exit_code == 1
    assert CliRunner().invoke(app, ["data", "audit", str(bad)]).exit_code == 0  # (without --strict: a report)


def test_a_build_directory_glob_skips_its_stats_and_empty_splits(tmp_path):
    # `data audit built/*.json` after a small build: stats.json and empty held-out splits are named
    # and skipped, the records file is audited
    (tmp_path / "train.json").write_text(json.dumps([_record()]), encoding="utf-8")
    (tmp_path / "test.json").write_text("[]", encoding="utf-8")
    (tmp_path / "stats.json").write_text(json.dumps({"counts": {}, "drops": {"total": 0}}), encoding="utf-8")
    files = [str(tmp_path / n) for n in ("stats.json", "test.json", "train.json")]
    result = CliRunner().invoke(app, ["data", "audit", *files, "--strict"])
    assert result.exit_code == 0, result.output
    assert "stats.json: skipped (the build's stats, not records)" in result.output
    assert "test.json: skipped (no records)" in result.output
    assert "1/1 records pass every check (100.0%)" in result.output


def test_one_empty_file_alone_is_still_an_error(tmp_path):
    empty = tmp_path / "test.json"
    empty.write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(app, ["data", "audit", str(empty)])
    assert result.exit_code != 0 and "no records" in str(result.exception)
