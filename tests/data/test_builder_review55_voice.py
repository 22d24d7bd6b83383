"""Gold answers and CM turns in the card's own voice and world (review 55): Japanese verbs
conjugated by class, a dialect the card names (Kansai), regional words only for their region,
heights said aloud, period words, and an ancestral-home field asked as such. Cards invented here."""

from __future__ import annotations

import re
from functools import partial

from raiden_r1.data.builder.cm import material
from raiden_r1.data.builder.conjugate import impossible_forms, masu_to_plain
from raiden_r1.data.builder.measures import imperial_height, metric_height
from raiden_r1.data.builder.plausible import count_range
from raiden_r1.data.builder.dialect import dialect_greetings, dialect_rules, in_dialect
from raiden_r1.data.builder.setting import out_of_region, out_of_setting
from raiden_r1.data.builder.tables import table
from raiden_r1.data.builder.voice import to_plain
from raiden_r1.data.schema import Profile
from built_records import built_records

_records = partial(built_records, cm=8)


def _said(record) -> list[str]:
    return [record.answer] + [t.content for t in record.conversation_history if t.role == "assistant"]


_KANSAI = Profile(name="岸本 ハル", language="ja", source="test", fields={
    "名前": "岸本 ハル", "年齢": "63歳", "身長": "148cm", "出身地": "大阪府堺市", "職業": "駄菓子屋の店主",
    "好きな食べ物": "串カツ", "口癖": "まいど", "ペット": "三毛猫の「タマ」",
    "話し方": "大阪弁まるだしで、誰にでもタメ口"})
_PLAIN_JA = [
    Profile(name="真壁 蓮", language="ja", source="test", fields={
        "名前": "真壁 蓮", "年齢": "17歳", "趣味": "釣り、将棋", "口癖": "めんどくせえ", "誕生日": "2月9日",
        "話し方": "ぶっきらぼうなタメ口"}),
    Profile(name="藤沢 こはる", language="ja", source="test", fields={
        "名前": "藤沢 こはる", "年齢": "12歳", "好きな食べ物": "オムライス", "口癖": "えへへ", "職業": "小学生",
        "話し方": "敬語を使わない"}),
    _KANSAI,
]


# --- Japanese verbs: conjugated by class ---

def test_masu_forms_become_plain_by_verb_class():
    cases = {"よく「まいど」って言います。": "よく「まいど」って言う。", "そう思います。": "そう思う。",
             "戸を赤く塗りました。": "戸を赤く塗った。", "傘を借りました。": "傘を借りた。",
             "朝五時に起きます。": "朝五時に起きる。", "港へ行きました。": "港へ行った。",
             "庭に犬がいます。": "庭に犬がいる。", "毎晩テレビを見ます。": "毎晩テレビを見る。",
             "よく話します。": "よく話す。", "毎日練習します。": "毎日練習する。", "すぐ戻ってきます。": "すぐ戻ってくる。",
             "川で泳ぎました。": "川で泳いだ。", "そこに住みました。": "そこに住んだ。",
             "あとでお話しします。": "あとでお話しする。", "料理ができます。": "料理ができる。"}
    for polite, plain in cases.items():
        assert masu_to_plain(polite) == plain, polite


def test_plain_rewrite_never_makes_a_godan_stem_take_iru():
    assert to_plain("よく「まいど」って言います。", "ja") == "よく「まいど」って言う。"


def test_impossible_forms_are_found_and_real_ones_are_not():
    assert impossible_forms("よく「まいど」って言いる。塗りたし、行きた。") == ["言いる", "塗りた", "行きた"]
    assert impossible_forms("朝起きた。道具を用いる。住みたい。手紙を書いた。傘を借りた。") == []


def test_built_plain_japanese_records_have_no_impossible_verb_forms():
    records = [r for r in _records(*_PLAIN_JA) if r.language == "ja"]
    assert len(records) > 20
    for r in records:
        for text in _said(r):
            assert not impossible_forms(text), text


# --- Dialect (Kansai) ---

def test_kansai_card_answers_without_the_standard_copula():
    own = [r for r in _records(_KANSAI) if r.character_name == _KANSAI.name]
    assert own
    for r in own:
        for text in _said(r):
            assert not re.search(r"(?<![んい])だ(?:よね|よ|ね)?[。！]", text), text
    assert any(re.search(r"や(?:で|んな|ね)?[。！]", r.answer) for r in own)


def test_kansai_answers_keep_every_record_a_standard_card_keeps():
    standard = Profile(name=_KANSAI.name, language="ja", source="test",
                       fields={**_KANSAI.fields, "話し方": "誰にでもタメ口"})
    assert len(_records(_KANSAI)) == len(_records(standard))


def test_kansai_rules_leave_a_past_tense_and_an_adjective_alone():
    rules = dialect_rules(_KANSAI.fields, "ja")
    assert in_dialect("昨日その本を読んだ。", rules, []) == "昨日その本を読んだ。"
    assert in_dialect("客が少ない。", rules, []) == "客が少ない。"
    assert in_dialect("そんなん知らない。", rules, []) == "そんなん知らへん。"
    assert in_dialect("あなたの店は角だよね。", rules, []) == "あんたの店は角やんな。"


def test_kansai_obachan_never_says_anata():
    for r in _records(_KANSAI):
        assert all("あなた" not in t for t in _said(r)), r.answer


def test_a_spaced_japanese_name_is_never_said_with_its_space():
    for r in _records(_KANSAI):
        for t in r.conversation_history:
            assert "岸本 ハル" not in t.content, t.content


# --- English voice: regional words for their region only, said aloud ---

_NEW_YORK = Profile(name="Vito Marchetti", language="en", source="test", fields={
    "Name": "Vito Marchetti", "Age": "44", "Era": "1931, Depression-era New York", "Occupation": "ice deliveryman",
    "Hometown": "Brooklyn", "Height": "6 ft 1 in", "Speaking style": "fast, loud, full of street slang"})
_GLASGOW = Profile(name="Morag Innes", language="en", source="test", fields={
    "Name": "Morag Innes", "Age": "52", "Era": "1912, Glasgow", "Occupation": "shipyard riveter's widow",
    "Speaking style": "broad Scots"})
_GEORGIA = Profile(name="Delia Mae Hobbs", language="en", source="test", fields={
    "Name": "Delia Mae Hobbs", "Age": "70", "Occupation": "peach farmer", "Hometown": "Macon, Georgia",
    "Speaking style": "thick Southern drawl; calls everyone \"sugar\""})


def test_no_scots_aye_for_a_new_york_card():
    for r in _records(_NEW_YORK):
        text = " ".join([r.answer, *(t.content for t in r.conversation_history)])
        assert not re.search(r"\baye\b", text, re.IGNORECASE), text


def test_a_scots_card_has_its_own_greetings_and_may_say_aye():
    assert any("aye" in reply for _, reply in dialect_greetings(_GLASGOW.fields, "en"))
    assert not out_of_region("A moment, aye.", _GLASGOW.fields, "en")
    assert out_of_region("A moment, aye.", _NEW_YORK.fields, "en")


def test_a_southern_card_is_greeted_the_southern_way_and_uses_its_address_word():
    records = [r for r in _records(_GEORGIA) if r.metadata.focus == "conversation_memory"]
    greetings = {t.content for r in records for t in r.conversation_history[:1] if "Delia" in t.content}
    allowed = {g.format(name="Delia") for g, _ in dialect_greetings(_GEORGIA.fields, "en")}
    assert greetings and greetings <= allowed
    assert any("sugar" in r.answer for r in records)


def test_an_american_card_writes_american_words():
    for r in _records(_NEW_YORK):
        text = " ".join([r.question, r.answer, *(t.content for t in r.conversation_history)])
        assert not re.search(r"\b(?:flat|neighbour|colour|favourite)\b", text), text


def test_feet_and_inches_are_said_aloud():
    alts, _ = imperial_height("6 ft 1 in")
    assert alts[0] == "6 foot 1" and "6 ft 1 in" in alts
    height = next(r for r in _records(_NEW_YORK, cm=0) if r.metadata.family == "height")
    assert height.answer == "I'm 6 foot 1."  # no "tall" after the last figure (review 63)


def test_cjk_centimetres_are_said_in_the_language():
    assert metric_height("175cm", "zh")[0][0] == "一米七五"
    assert metric_height("160cm", "ja")[0][0] == "160センチ"
    assert metric_height("170cm", "ko")[0][0] == "170센티"
    height = next(r for r in _records(_KANSAI, cm=0) if r.metadata.family == "height")
    assert "148センチ" in height.answer and "cm" not in height.answer


def test_english_cm_answers_put_the_thing_first_and_reactions_claim_no_season():
    for lang_templates in table("cm_phrases.yaml", "TEMPLATES")["en"].values():
        for answer in lang_templates.get("answer", ()):
            assert not re.match(r"It's (?:on )?\{x\}, your", answer), answer
    for reactions in table("cm_settings.yaml", "REACTIONS")["en"].values():
        assert not any("time of year" in r for r in reactions)


# --- World fit of CM material ---

def test_an_early_card_hears_of_no_pet_hamster():
    assert out_of_setting("My cousin keeps a hamster.", "early")
    for r in _records(_NEW_YORK):
        assert "hamster" not in " ".join(t.content for t in r.conversation_history).lower()


def test_a_historical_chinese_card_hears_period_words():
    turns, _ = material("zh", "own_plan", "historical")
    assert not any("上班" in t for ts in turns.values() for t in ts)
    assert any("做事" in t for ts in turns.values() for t in ts)


def test_a_household_herd_has_a_household_count():
    assert count_range("우리 집 소가 이제 {x}마리예요.", "ko") == (2, 40)
    assert count_range("마구간에 말이 벌써 {x}마리예요.", "ko") == (2, 40)


def test_a_japanese_card_outside_taiwan_hears_of_no_yeshi():
    _, pools = material("ja", "own_plan", "modern", fields=_KANSAI.fields)
    assert "夜市" not in pools["spot"]
    taipei = {"名前": "林 美玲", "居住地": "台湾・台北市"}
    _, pools = material("ja", "own_plan", "modern", fields=taipei)
    assert "夜市" in pools["spot"]


# --- An ancestral-home field is asked as one ---

def test_jiguan_is_asked_and_answered_as_the_ancestral_home():
    p = Profile(name="许怀瑾", language="zh", source="test", fields={
        "姓名": "许怀瑾", "年龄": "三十岁", "籍贯": "浙江绍兴府山阴县", "所处时代": "清朝道光年间"})
    home = next(r for r in _records(p, cm=0) if r.metadata.family == "hometown")
    assert re.search("籍贯|祖籍|祖上", home.question) and "出生" not in home.question
    assert re.search("祖籍|籍贯", home.answer) and "出生" not in home.answer


def test_honseki_is_asked_as_the_registered_home():
    p = Profile(name="朝比奈 透", language="ja", source="test", fields={"名前": "朝比奈 透", "本籍": "長野県松本市"})
    home = next(r for r in _records(p, cm=0) if r.metadata.family == "hometown")
    assert "本籍" in home.question and "生まれ" not in home.answer


def test_an_english_ancestral_home_is_not_asked_as_a_residence():
    p = Profile(name="Ewan Callister", language="en", source="test", fields={
        "Name": "Ewan Callister", "Ancestral home": "Isle of Skye", "Residence": "Leeds"})
    home = next(r for r in _records(p, cm=0) if r.metadata.field == "Ancestral home")
    assert "family" in home.question.lower() and "born" not in home.answer and "live" not in home.answer


def test_chinese_dialect_cards_say_their_own_question_words():
    northeast = {"姓名": "佟大彪", "说话风格": "一口东北话，嗓门大"}
    sichuan = {"姓名": "幺妹", "说话风格": "满嘴四川话"}
    assert in_dialect("你说的是什么？", dialect_rules(northeast, "zh"), []) == "你说的是啥？"
    assert in_dialect("这怎么行？", dialect_rules(sichuan, "zh"), []) == "这咋个行？"
    assert in_dialect("我最爱吃什么锦菜。", dialect_rules(northeast, "zh"), ["什么锦菜"]) == "我最爱吃什么锦菜。"


def test_a_polite_kansai_speaker_never_says_anta_beside_desu():
    rules = dialect_rules({"話し方": "はんなりした関西弁で、お客には丁寧語"}, "ja")
    assert in_dialect("あなたの試験は11月27日ですよね。", rules, [], "ja") == "あなたの試験は11月27日ですよね。"
    assert in_dialect("あなたの試験は11月27日だよね。", rules, [], "ja") == "あんたの試験は11月27日やんな。"


def test_a_present_day_texan_card_writes_american_words_too():
    p = Profile(name="Jolene Pratt", language="en", source="test", fields={
        "Name": "Jolene Pratt", "Age": "41", "Occupation": "diner owner", "Hometown": "Amarillo, Texas"})
    for r in _records(p):
        text = " ".join([r.question, r.answer, *(t.content for t in r.conversation_history)])
        assert not re.search(r"\b(?:flat|neighbour|colour|favourite|travelling)\b", text), text
