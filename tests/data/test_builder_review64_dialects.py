"""The card's dialect or old register in the gold answers (review 64 E: broad Cornish, Kyoto
どす beside です/ます, Tianjin and Shanghai words, 하옵니다 from a Joseon servant). Cards invented
here; each gold is still credited."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.builder.dialect import card_dialect, dialect_greetings, dialect_rules, in_dialect
from built_records import built_records, gold_accuracy, profile

_MORWENNA = profile("Morwenna Pascoe", "en", **{
    "Name": "Morwenna Pascoe", "Age": "51", "Hometown": "St Ives", "Residence": "a net loft above the harbour",
    "Occupation": "pilchard curer", "Pets": "a ginger tom called Tonkin", "Family": "son Jory, 24",
    "Speaking style": "thick Cornish speech, never in a hurry"})
_ROY = profile("Roy Delacroix", "en", **{
    "Name": "Roy Delacroix", "Age": "47", "Hometown": "Beaumont", "Occupation": "shrimp boat captain",
    "Speaking style": "Gulf Coast drawl, unhurried"})
_OFUKU = profile("市川 ふく", "ja", 名前="市川 ふく", 年齢="六十八歳", 出身="京都・西陣", 職業="老舗扇子屋の女将",
                 ペット="柴犬の「きなこ」", 趣味="お茶", 話し方="はんなりした京都弁。一人称は「うち」")
_ZHAO = profile("赵二柱", "zh", 姓名="赵二柱", 年龄="四十五岁", 籍贯="天津杨柳青", 居住地="天津河北区", 职业="煎饼摊主",
                宠物="一只花猫叫“豆包”", 爱好="听评书", 说话风格="一口天津话，爱逗闷子")
_LINGDI = profile("钱玲娣", "zh", 姓名="钱玲娣", 年龄="六十岁", 籍贯="上海南汇", 居住地="上海卢湾区", 职业="弄堂烟纸店老板娘",
                  宠物="一只白猫叫“雪球”", 爱好="织毛衣", 说话风格="一口上海话，自称“阿拉”")
_MAKDONG = profile("막동", "ko", 이름="막동", 나이="서른", 고향="강화", 직업="관아 사령",
                   반려동물="덕구라는 진돗개", 말투="상전에게는 스스로를 '소인'이라 하며 '~하옵니다'로 아뢴다")
_BOKSIL = profile("복실", "ko", 이름="복실", 나이="스물다섯", 고향="청주", 직업="대갓집 찬모",
                  말투="충청도 사투리를 쓰고, 마님께는 스스로를 '쇤네'라 하며 '~하옵니다'로 여쭌다")


@lru_cache(maxsize=None)
def _sbk(card_name: str) -> tuple:
    return tuple(r for r in built_records(globals()[card_name], cm=4) if r.metadata.focus != "conversation_memory")


def _say(card_name: str, text: str, keys: list[str] = ()) -> str:
    card = globals()[card_name]
    return in_dialect(text, dialect_rules(card.fields, card.language), list(keys), card.language)


def _all_credited(card_name: str) -> bool:
    return all(gold_accuracy(r, r.answer) == 1.0 for r in _sbk(card_name))


# --- Cornish ---

def test_a_cornish_card_says_dreckly_ee_and_tis():
    assert _say("_MORWENNA", "I'll see to it later.") == "I'll see to it dreckly."
    assert _say("_MORWENNA", "Thank you, it's a fine day.") == "Thank 'ee, 'tis a fine day."


def test_a_cornish_card_greets_with_its_vocatives_and_voices_some_golds():
    assert any("'ansum" in c for _, c in dialect_greetings(_MORWENNA.fields, "en"))
    assert any(r.answer.startswith(("Ess, ", "Well, ")) for r in _sbk("_MORWENNA"))
    assert _all_credited("_MORWENNA")


def test_fixin_to_is_a_plan_never_a_trip():
    assert _say("_ROY", "I'm going to head out at dawn.") == "I'm fixin' to head out at dawn."
    assert _say("_ROY", "I'm going to Galveston.") == "I'm going to Galveston."


# --- Kyoto ---

def test_kyoto_speech_rewrites_desu_deshou_and_teimasu():
    assert _say("_OFUKU", "ええ、ちゃんと覚えていますよ。") == "ええ、ちゃんと覚えてますえ。"
    assert _say("_OFUKU", "きなこでしょう？") == "きなこどすやろ？"
    assert _say("_OFUKU", "茶道ですか、いいですね。") == "茶道どすか、よろしおすなあ。"
    assert _say("_OFUKU", "せっかちだと言われます。") == "せっかちやて言われます。"


def test_a_kana_key_before_dosu_is_said_so_where_the_reward_still_finds_it():
    assert _say("_OFUKU", "きなこです。", ["きなこ"]) == "きなこどす。"
    assert _say("_OFUKU", "たまです。", ["たま"]) == "たまです。"  # ("たまどす": the matcher reads まど)


def test_kyoto_golds_end_in_dosu_not_desu_and_are_credited():
    answers = [r.answer for r in _sbk("_OFUKU")]
    assert not [a for a in answers if re.search(r"です[。！]?$", a)]
    assert sum(a.endswith("どす。") for a in answers) >= len(answers) // 2
    assert _all_credited("_OFUKU")


# --- Tianjin and Shanghai ---

def test_a_tianjin_card_says_ma_jie_beir_and_nin():
    assert card_dialect(_ZHAO.fields, "zh")["cue"].startswith("天津话")
    assert _say("_ZHAO", "这个煎饼很好吃，你说什么？") == "介个煎饼倍儿好吃，您说嘛？"
    assert _all_credited("_ZHAO")


def test_a_shanghai_card_says_ge_and_fiao():
    assert _say("_LINGDI", "我的猫不要吃鱼。") == "我个猫覅吃鱼。"
    assert all("的" not in r.answer or any("的" in k for ks in r.keywords for k in ([ks] if isinstance(ks, str) else ks))
               for r in _sbk("_LINGDI"))
    assert _all_credited("_LINGDI")


# --- 하옵니다 ---

def test_a_servant_who_says_haomnida_says_it_in_the_polite_golds():
    assert _say("_MAKDONG", "소인 이름은 막동이에요.") == "소인 이름은 막동이옵니다."
    assert _say("_MAKDONG", "키우는 개는 덕구예요.") == "키우는 개는 덕구옵니다."
    assert _say("_MAKDONG", "강화에서 태어났어요.") == "강화에서 태어났사옵니다."
    answers = [r.answer for r in _sbk("_MAKDONG")]
    assert sum("옵니다" in a for a in answers) >= len(answers) // 2
    assert _all_credited("_MAKDONG")


def test_the_register_comes_first_and_the_region_takes_what_it_leaves():
    assert card_dialect(_BOKSIL.fields, "ko")["cue"].startswith("(?:충청")  # greetings stay the region's
    assert _say("_BOKSIL", "쇤네 고향은 청주예요.") == "쇤네 고향은 청주옵니다."
    assert _say("_BOKSIL", "한번 가 보려고요.") == "한번 가 보려고유."
    assert _all_credited("_BOKSIL")


def test_a_card_without_the_register_keeps_its_region_alone():
    chungcheong = dialect_rules({"말투": "충청도 사투리"}, "ko")
    assert in_dialect("고향은 청주예요.", chungcheong, [], "ko") == "고향은 청주예유."


# --- dialects a shipped card names that had no table (found by the audit's dialect_table) ---

_KENTA = profile("森 健太", "ja", 名前="森 健太", 年齢="十四歳", 出身="呉", 職業="中学生", ペット="金魚の「きんちゃん」",
                 話し方="広島弁のタメ口")
_HANA = profile("村井 はな", "ja", 名前="村井 はな", 年齢="七十二歳", 出身="旭川", 職業="食堂のおかみ", 話し方="北海道弁まじりのおおらかな話し方")


def test_hiroshima_plain_speech_says_ja_and_jaro():
    assert _say("_KENTA", "身長は百六十センチだ。") == "身長は百六十センチじゃ。"
    assert _say("_KENTA", "あなたの試験は明日だよね。") == "あんたの試験は明日じゃろ。"
    assert _say("_KENTA", "そんなの知らない。") == "そんなの知らん。"
    assert _say("_KENTA", "少ない。") == "少ない。"
    assert _all_credited("_KENTA")


def test_hokkaido_speech_says_ssho_and_greets_with_obandesu():
    assert _say("_HANA", "札幌に行くんでしょう？") == "札幌に行くっしょ？"
    assert any("おばんです" in c for _, c in dialect_greetings(_HANA.fields, "ja"))
    assert _all_credited("_HANA")


# --- the audit ---

def _audit_card(card) -> list[str]:
    from raiden_r1.data.audit.checks_voice import check_dialect_table
    return check_dialect_table(built_records(card)[0], dict(card.fields))


def test_the_audit_flags_a_card_naming_a_dialect_no_table_gives():
    scouse = profile("Kevin Doyle", "en", **{"Name": "Kevin Doyle", "Age": "33", "Hometown": "Liverpool",
                                             "Occupation": "ferry deckhand", "Speaking style": "thick Scouse accent"})
    assert _audit_card(scouse)
    akita = profile("佐藤 ゆう", "ja", 名前="佐藤 ゆう", 年齢="二十歳", 出身="秋田", 職業="米農家", 話し方="秋田弁で話す")
    assert _audit_card(akita)


def test_the_audit_passes_a_card_whose_dialect_has_a_table_or_that_names_none():
    assert not _audit_card(_MORWENNA) and not _audit_card(_ZHAO) and not _audit_card(_KENTA)
    joker = profile("孙一鸣", "zh", 姓名="孙一鸣", 年龄="三十岁", 职业="地质工程师", 说话风格="爱讲冷笑话，说普通话")
    mixed = profile("강민호", "ko", 이름="강민호", 나이="열다섯", 직업="중학생", 말투="친구들에게 반말을 쓰고 사투리가 섞여 있다")
    assert not _audit_card(joker) and not _audit_card(mixed)
