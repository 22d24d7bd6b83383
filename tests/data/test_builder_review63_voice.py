"""The card's own self-reference where a first person would be (reviews 62-63): a name or nickname
the character calls itself by ("Tumbler", 阿香, 말순이), a first-person word (额, 소인, あっし), the
same in the gold answers, the CM replies and the think text; and the dialects the tables lacked
(吴语, 陕北话, 广州话, Appalachian, Australian bush, べらんめえ, 博多弁, more Jeolla). Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.audit.checks_voice import check_self_reference
from raiden_r1.data.builder.dialect import card_dialect
from raiden_r1.data.builder.selfref import card_self_word, self_name, with_own_word, with_self_reference
from raiden_r1.data.cot.compose import _clause, compose_cot
from built_records import built_records, gold_accuracy, profile

_TUMBLER = profile('Nell "Tumbler" Oakes', "en", **{
    "Name": 'Nell "Tumbler" Oakes', "Age": "41", "Era": "1903, Coolgardie goldfields", "Hometown": "Ballarat",
    "Occupation": "water carter", "Pets": "a cattle dog named Bluey", "Family": "brother Alf, 38",
    "Speaking style": "outback drawl, talks about herself in the third person as \"Tumbler\"; says 'crikey'"})
_AXIANG = profile("陆阿香", "zh", 姓名="陆阿香", 年龄="23岁", 籍贯="浙江湖州", 居住地="苏州平江路", 职业="评弹艺人",
                  宠物="一只黄猫叫“金团”", 说话风格及口头禅="一口吴语，常拿自己的名字称呼自己（“阿香覅吃”），爱说“覅”“伊”")
_TIEZHU = profile("赵铁柱", "zh", 姓名="赵铁柱", 年龄="50岁", 籍贯="陕西延安", 居住地="延安宝塔区", 职业="羊倌",
                  宠物="一条土狗叫“大黄”", 说话风格及口头禅="一口陕北话，自称“额”，爱说“咋介”“嫑”")
_MALSUN = profile("김말순", "ko", 이름="김말순", 나이="66세", 고향="여수", 거주지="광주 양동", 직업="젓갈 장수",
                  말투="전라도 사투리를 쓴다. 자기를 '말순이'라고 부르며 '워메'를 입에 달고 산다")
_DEOKBAE = profile("이덕배", "ko", 이름="이덕배", 나이="45세", 고향="안동", 직업="주막 머슴",
                   말투="스스로를 '소인'이라 부르며 공손하게 말한다")
_YASUKE = profile("菊池 弥助", "ja", 名前="菊池 弥助", 年齢="五十二歳", 身長="五尺三寸", 出身="東京・神田",
                  職業="棒手振りの魚屋", ペット="三毛猫の「ちょび」", 話し方="べらんめえ口調の江戸っ子。一人称は「あっし」",
                  性格="江戸っ子で気が短く、情にもろい")
_OTANE = profile("花村 たね", "ja", 名前="花村 たね", 年齢="七十歳", 出身="博多", 職業="屋台の女将",
                 話し方="博多弁でくだけた口調で話す。自分のことを「たね」と呼ぶ")
_IDA = profile("Ida Mae Colley", "en", **{
    "Name": "Ida Mae Colley", "Age": "58", "Hometown": "Hindman", "Occupation": "granny midwife",
    "Speaking style": "old-time Appalachian speech: 'yonder', 'a-fixing', 'reckon'"})


@lru_cache(maxsize=None)
def _built(card_name: str, cm: int = 0) -> tuple:
    return tuple(built_records(globals()[card_name], cm=cm))


def _sbk(card_name: str) -> list:
    return [r for r in _built(card_name, 4) if r.metadata.focus != "conversation_memory"]


def _replies(card_name: str) -> list[str]:
    return [t.content for r in _built(card_name, 4) if r.metadata.focus == "conversation_memory"
            for t in r.conversation_history if t.role == "assistant"]


# --- which word: the card's name for itself, a first-person word ---

def test_a_quoted_nickname_the_card_says_the_character_calls_itself_by_is_its_self_word():
    assert self_name(_TUMBLER.fields, "en", _TUMBLER.name) == "Tumbler"


def test_a_quoted_example_that_opens_with_the_name_gives_the_name():
    assert self_name(_AXIANG.fields, "zh", _AXIANG.name) == "阿香"
    boone = {"Speaking style": "speaks of himself by name ('Boone don't lie')"}
    assert self_name(boone, "en", "Boone Hatcher") == "Boone"


def test_a_korean_calling_form_is_kept_whole():
    assert self_name(_MALSUN.fields, "ko", _MALSUN.name) == "말순이"


def test_a_first_person_word_wins_over_a_name():
    assert card_self_word(_TIEZHU.fields, "zh", _TIEZHU.name) == "额"
    assert card_self_word(_DEOKBAE.fields, "ko", _DEOKBAE.name) == "소인"
    assert card_self_word(_YASUKE.fields, "ja", _YASUKE.name) == "あっし"


# --- the word in the gold answers (each still credited) ---

def test_an_english_self_namer_says_its_name_where_i_would_be_and_each_gold_is_credited():
    sbk = _sbk("_TUMBLER")
    assert sum("Tumbler" in r.answer and not re.search(r"\bI(?:'m| am)\b", r.answer) for r in sbk) >= len(sbk) // 2
    assert all(gold_accuracy(r, r.answer) == 1.0 for r in sbk)


def test_stating_the_full_name_keeps_i_am():
    assert with_self_reference('I\'m Nell "Tumbler" Oakes.', "Tumbler", "en", []) == 'I\'m Nell "Tumbler" Oakes.'


def test_english_verbs_agree_with_the_name():
    assert with_self_reference("I live in Bendigo.", "Pip", "en", []) == "Pip lives in Bendigo."
    assert with_self_reference("I don't like rain.", "Pip", "en", []) == "Pip doesn't like rain."


def test_a_chinese_self_namer_never_says_wo():
    sbk = _sbk("_AXIANG")
    assert sbk and all("阿香" in r.answer and "我" not in r.answer for r in sbk)
    assert all(gold_accuracy(r, r.answer) == 1.0 for r in sbk)


def test_a_chinese_first_person_word_is_in_golds_and_cm_replies():
    sbk, replies = _sbk("_TIEZHU"), _replies("_TIEZHU")
    assert all("额" in r.answer for r in sbk)
    assert replies and not any("我" in t for t in replies)


def test_korean_takes_the_particle_of_the_name_or_word():
    assert with_self_reference("저는 목포에 살아요.", "말순이", "ko", []) == "말순이는 목포에 살아요."
    assert with_self_reference("제가 좋아하는 건 홍어예요.", "소인", "ko", []) == "소인이 좋아하는 건 홍어예요."
    assert with_self_reference("제 고향은 안동이에요.", "소인", "ko", []) == "소인 고향은 안동이에요."


def test_korean_golds_of_a_self_namer_say_the_name_never_jeo():
    sbk = _sbk("_MALSUN")
    assert any("말순이" in r.answer for r in sbk)
    assert not any(re.search(r"(?<![가-힣])(?:저는|제가|제 )", r.answer) for r in sbk)
    assert all(gold_accuracy(r, r.answer) == 1.0 for r in sbk)


def test_a_japanese_topic_answer_takes_the_first_person_as_owner():
    assert with_own_word("身長は五尺三寸だ。", "あっし", "ja") == "あっしの身長は五尺三寸だ。"


def test_a_japanese_answer_naming_a_pet_takes_no_first_person_in_front():
    assert with_own_word("ごん太という名前です。", "うち", "ja") == "ごん太という名前です。"


def test_a_japanese_self_namer_without_a_first_person_word_says_its_name():
    sbk = _sbk("_OTANE")
    assert sbk and all("たね" in r.answer and "私" not in r.answer for r in sbk)


# --- dialect table entries ---

def test_new_dialect_cues_pick_their_entries():
    assert "侬" in str(card_dialect(_AXIANG.fields, "zh")["rules"])
    assert "嫑" in str(card_dialect(_TIEZHU.fields, "zh")["rules"])
    assert "佢" in str(card_dialect({"说话风格": "讲广州话，夹几句普通话"}, "zh")["rules"])
    assert "reckon" in str(card_dialect(_IDA.fields, "en")["rules"])
    assert "mate" in str(card_dialect({"Speaking style": "broad Australian bush slang"}, "en")["rules"])
    assert "ばい" in str(card_dialect(_OTANE.fields, "ja")["rules"])


def test_a_wu_speaker_says_nong_to_the_user_in_cm_answers():
    cm = [r for r in _built("_AXIANG", 4) if r.metadata.focus == "conversation_memory"]
    assert any("侬" in r.answer for r in cm) and not any("你" in r.answer for r in cm)


def test_an_edo_speaker_calls_the_user_omee_never_anata():
    replies = _replies("_YASUKE") + [r.answer for r in _built("_YASUKE", 4)]
    assert not any("あなた" in t for t in replies)


def test_a_hakata_plain_speaker_ends_with_tai():
    assert any(r.answer.endswith("たい。") for r in _sbk("_OTANE"))


def test_a_jeolla_card_opens_some_golds_with_its_exclamations():
    assert any(r.answer.startswith(("워메, ", "아따, ")) for r in _sbk("_MALSUN"))


# --- think text ---

def test_a_style_with_quoted_examples_is_never_cut_inside_a_quote():
    assert _clause("thick mountain speech: 'yonder', 'a-fixing'", "en") == "thick mountain speech"
    assert _clause("slow drawl, says 'fixin", "en") == "slow drawl"
    assert _clause("스스로를 '소인'이라 부르며 공손하게 말한다", "ko").count("'") == 2


def test_a_japanese_trait_written_as_a_clause_takes_no_na():
    cots = [compose_cot(r, seed=s) for r in _built("_YASUKE") for s in range(4)]
    assert not any("」な" in c or "短く」" in c for c in cots)


def test_the_think_text_says_the_answers_first_person():
    assert all("あっし" in compose_cot(r) and "私" not in compose_cot(r) for r in _built("_YASUKE"))
    assert all("我" not in compose_cot(r) for r in _built("_TIEZHU"))
    assert all(not re.search(r"(?<![가-힣])나,", compose_cot(r)) for r in _built("_MALSUN"))


# --- audit ---

def test_the_audit_flags_i_from_a_self_namer():
    record = _sbk("_TUMBLER")[0].model_copy(update={"answer": "I'm from Ballarat."})
    assert check_self_reference(record, dict(_TUMBLER.fields))


def test_a_japanese_answer_opening_with_a_dative_topic_is_no_owned_topic():
    assert not with_own_word("みんなには屋台のたねばあと呼ばれています。", "うち", "ja").startswith("うちの")


def test_a_polite_hakata_speaker_says_to_desu_for_n_desu():
    from raiden_r1.data.builder.dialect import dialect_rules, in_dialect
    rules = dialect_rules({"話し方": "博多弁で丁寧に話す"}, "ja")
    assert in_dialect("来週は長崎へ行くんですよね。", rules, ["長崎"], "ja") == "来週は長崎へ行くとですよね。"
