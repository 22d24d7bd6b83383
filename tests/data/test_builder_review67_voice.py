"""Review 67's voice findings: a register the card shows only through its own words (一人称は
「わし」, quoted 반말 examples) was read as polite, and the named dialect never reached the SBK golds
(広島弁, 天津话, 广府腔, Singlish, Newfoundland English). Cards invented here."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder.dialect import card_dialect
from raiden_r1.data.builder.voice import is_polite, speech_level
from raiden_r1.data.schema import SBK
from built_records import built_records, profile

_ONOMICHI = profile("村上 鉄男", "ja", 名前="村上 鉄男", 年齢="六十歳", 出身地="尾道", 職業="漁師", 趣味="囲碁",
                    ペット="柴犬の「コロ」", 口調="広島弁。一人称は「わし」、相手を「あんた」と呼ぶ。")
_SAPPORO = profile("北村 勇", "ja", 名前="北村 勇", 年齢="三十歳", 出身地="札幌", 職業="郵便配達員", 趣味="スキー",
                   ペット="猫の「ミケ」", 口調="一人称は「俺」。")
_POLITE_WASHI = profile("山根 正", "ja", 名前="山根 正", 年齢="七十歳", 職業="住職", 口調="一人称は「わし」だが、敬語で話す。")
_MOKPO = profile("박영수", "ko", 이름="박영수", 나이="50살", 고향="목포", 직업="어부", 취미="낚시",
                 말투="말끝마다 '~했냐', '~거든', '~잖아'를 붙인다.")
_JEJU = profile("강정자", "ko", 이름="강정자", 나이="60살", 고향="제주", 직업="해녀", 말투="'~수다', '~우꽈'를 쓴다.")
_TIANJIN = profile("赵桂英", "zh", 姓名="赵桂英", 年龄="五十一岁", 籍贯="天津", 职业="早点铺老板", 爱好="听相声、养花",
                   宠物="一只猫叫“大咪”", 身高="一米六二", 说话风格="一口天津话，爱说“介”“嘛”")
_GUANGFU = profile("冯子健", "zh", 姓名="冯子健", 年龄="四十岁", 职业="茶楼掌柜", 说话风格="讲话带广府腔，句尾爱加“啦”")
_SINGLISH = profile("Lim Mei Hua", "en", **{
    "Name": "Lim Mei Hua", "Age": "29", "Hometown": "Bedok", "Occupation": "bus captain", "Hobbies": "badminton, karaoke",
    "Pet": "a goldfish named Ah Huat", "Favourite food": "chicken rice", "Height": "1.58 m",
    "Speaking style": "Singlish; says \"lah\" and \"lor\""})
_ROCK = profile("Patrick Walsh", "en", **{
    "Name": "Patrick Walsh", "Age": "61", "Hometown": "Twillingate", "Occupation": "lobster fisherman",
    "Hobbies": "fiddling, berry picking", "Pet": "a water dog named Duffy", "Favourite food": "jiggs dinner",
    "Height": "five foot nine", "Speaking style": "broad Newfoundland English"})


@lru_cache(maxsize=None)
def _golds(card_name: str) -> tuple[str, ...]:
    return tuple(r.answer for r in built_records(globals()[card_name]) if r.focus == SBK)


def _fields(card) -> dict[str, str]:
    return dict(card.fields)


def test_plain_first_and_second_person_words_make_a_japanese_card_plain():
    assert speech_level(_fields(_ONOMICHI), "ja") == "plain"
    assert speech_level(_fields(_SAPPORO), "ja") == "plain"


def test_an_explicit_polite_cue_wins_over_a_plain_first_person():
    assert speech_level(_fields(_POLITE_WASHI), "ja") == "polite"


def test_quoted_banmal_examples_make_a_korean_card_plain():
    assert speech_level(_fields(_MOKPO), "ko") == "plain"


def test_quoted_polite_dialect_examples_do_not_make_a_korean_card_plain():
    assert speech_level(_fields(_JEJU), "ko") is None


def test_hiroshima_golds_are_plain_and_in_the_dialect():
    golds = _golds("_ONOMICHI")
    assert golds and not any(is_polite(g, "ja") for g in golds)
    assert any(re.search("じゃ|とる|どる|けえ", g) for g in golds)


def test_tianjin_golds_carry_a_tianjin_mark():
    assert any(re.search("呗|倍儿|介|嘛|您", g) for g in _golds("_TIANJIN"))


def test_guangfu_accent_is_read_as_cantonese():
    entry = card_dialect(_fields(_GUANGFU), "zh")
    assert entry and "粤语" in entry["cue"]


def test_singlish_golds_end_some_statements_with_its_tags():
    assert any(re.search(r"\b(?:lah|lor)\.$", g) for g in _golds("_SINGLISH"))


def test_newfoundland_golds_carry_its_tags():
    assert any(re.search(r"\bb'y\b|\bme son\b", g) for g in _golds("_ROCK"))


def test_audit_fails_a_polite_gold_from_a_card_plain_by_its_own_words(tmp_path):
    rec = {"character_name": "村上 鉄男", "character_profile": dict(_ONOMICHI.fields), "conversation_history": [],
           "question": "おいくつですか？", "answer": "わしは六十歳です。", "keywords": ["六十"], "negative_keywords": [],
           "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "ja", "focus": "script_knowledge", "family": "age", "field": "年齢"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    assert audit_records(path).results[0].problems["voice"] == ["answer: polite speech, the card asks for plain speech"]


_LANZI = profile("孙秀兰", "zh", 姓名="孙秀兰", 年龄="四十岁", 职业="裁缝", 爱好="打麻将", 身高="一米六",
                 说话风格="一口天津话，常用小名“兰子”称呼自己")
_TETSU = profile("岡田 鉄平", "ja", 名前="岡田 鉄平", 年齢="三十歳", 職業="大工", 趣味="釣り", 口調="「テッちゃん」と自称する。")
_SUNI = profile("이순이", "ko", 이름="이순이", 나이="40살", 직업="국밥집 주인", 취미="화투", 말투="'순딩이'라고 자기를 부른다.")
_MAGS = profile("Margaret Doyle", "en", **{"Name": "Margaret Doyle", "Age": "57", "Occupation": "baker", "Hobbies": "darts",
                                           "Speaking style": "\"Mags\" is what she calls herself."})


def test_a_nickname_quoted_before_saying_so_is_the_self_name():
    from raiden_r1.data.builder.selfref import self_name
    for card, nick in ((_LANZI, "兰子"), (_TETSU, "テッちゃん"), (_SUNI, "순딩이"), (_MAGS, "Mags")):
        assert self_name(dict(card.fields), card.language, card.name) == nick, card.name


def test_golds_say_the_nickname_not_the_given_name():
    golds = [r.answer for r in built_records(_LANZI) if r.focus == SBK and r.metadata.family != "name"]
    assert golds and any("兰子" in g for g in golds) and not any("秀兰" in g for g in golds)


def test_audit_fails_a_gold_that_says_the_given_name_for_a_nicknamed_card(tmp_path):
    rec = {"character_name": "孙秀兰", "character_profile": dict(_LANZI.fields), "conversation_history": [],
           "question": "你多大了？", "answer": "秀兰四十岁了。", "keywords": ["四十"], "negative_keywords": [],
           "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
           "metadata": {"language": "zh", "focus": "script_knowledge", "family": "age", "field": "年龄"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    problems = audit_records(path).results[0].problems
    assert problems.get("self_name") == ["answer: says '秀兰', the card says the character calls itself '兰子'"]
