"""Gold answers in the card's quoted voice, and CM material of the card's place and period
(review 60): a samurai's 拙者/でござる/貴殿, a Sichuan speaker's particles, a Scots keeper's
Aye and wee, no 20th-century filler or pet names before 1900, no lighthouse inland, no Heian ox
cart in Edo, and a verb stem never left before a copula. Cards invented here."""

from __future__ import annotations

import re
from functools import partial

from raiden_r1.data.builder.cm import material
from raiden_r1.data.builder.conjugate import nominalized, stem_before_copula
from raiden_r1.data.builder.dialect import dialect_rules, dialects, gold_in_dialect, in_dialect
from raiden_r1.data.builder.selfref import second_person
from raiden_r1.data.builder.setting import out_of_region
from raiden_r1.data.builder.tables import table
from raiden_r1.data.schema import Profile
from raiden_r1.text import keyword_in
from built_records import built_records

_records = partial(built_records, cm=8)


def _said(record) -> list[str]:
    return [record.answer] + [t.content for t in record.conversation_history if t.role == "assistant"]


def _keys(record) -> list[str]:
    return [a for alts in record.keywords for a in (alts if isinstance(alts, list) else [alts])]


_SAMURAI = Profile(name="早瀬 左門", language="ja", source="test", fields={
    "名前": "早瀬 左門", "年齢": "四十一歳", "身長": "五尺六寸", "出身地": "越後", "時代": "嘉永三年の江戸",
    "好物": "焼き団子", "口癖": "かたじけない", "ペット": "柴犬の「小太郎」", "職業": "道場の師範代",
    "話し方": "時代がかった武家言葉。一人称は「拙者」、語尾は「〜でござる」。相手を「貴殿」と呼ぶ"})
_SICHUAN = Profile(name="蒲大伟", language="zh", source="test", fields={
    "姓名": "蒲大伟", "年龄": "52岁", "身高": "一米七二", "籍贯": "四川乐山", "居住地": "成都市青羊区",
    "职业": "茶馆老板", "爱好": "摆龙门阵、斗地主", "宠物": "一只狸花猫，叫“三花”",
    "说话风格及口头禅": "一口地道的四川话，自称“老子”，爱说“巴适”"})
_SCOT = Profile(name="Isla Grieve", language="en", source="test", fields={
    "Name": "Isla Grieve", "Age": "38", "Era": "1871, Aberdeenshire", "Height": "5 feet 2 inches",
    "Hometown": "Peterhead", "Occupation": "herring gutter", "Favorite food": "skirlie",
    "Pets": "a tabby cat named Sooty", "Family": "son Ewan, 12",
    "Speaking style": "broad Scots, says 'aye', 'wee' and 'dinnae'; calls people 'dearie'"})
_SEOUL = Profile(name="한도윤", language="ko", source="test", fields={
    "이름": "한도윤", "나이": "스물다섯 살", "키": "176cm", "고향": "강릉", "거주지": "대전광역시 유성구", "직업": "바리스타",
    "좋아하는 음식": "칼국수", "말투": "손님에게 다정한 해요체를 쓰고 자신을 '저'라고 부른다"})


# --- the card's first person, word for the listener and endings, in the gold answers ---

def test_a_samurai_card_answers_with_its_first_person_and_de_gozaru():
    sbk = [r for r in _records(_SAMURAI, cm=0)]
    assert sbk
    for r in sbk:
        # (a pet pointed at, "あれの名前は小太郎でござる", is no part of the speaker: review 76 read
        # "拙者の名前は…" as the samurai's own name)
        assert "拙者" in r.answer or "貴殿" in r.answer or r.metadata.family == "pets", r.answer
        assert "でございます" not in r.answer and not re.search(r"(?<!い)です(?:[。、！？]|$)", r.answer), r.answer
    assert any("ござる" in r.answer for r in sbk)


def test_a_samurai_card_calls_the_user_by_its_word_never_anata():
    assert second_person(_SAMURAI.fields, "ja") == "貴殿"
    cm = [r for r in _records(_SAMURAI) if r.metadata.focus == "conversation_memory"]
    assert cm
    for r in cm:
        assert not any("あなた" in s for s in _said(r)), _said(r)


def test_a_sichuan_card_ends_some_golds_with_its_particles_and_keeps_their_keys():
    sichuan = next(d for d in dialects("zh") if "四川" in d["cue"])
    particles = [p for p in sichuan["particles"] if p]
    sbk = [r for r in _records(_SICHUAN, cm=0)]
    assert any(re.search(f"[{''.join(particles)}]。$", r.answer) for r in sbk)
    for r in sbk:
        assert "老子" in r.answer and "我" not in r.answer, r.answer
        assert any(keyword_in(r.answer, k) for k in _keys(r)), r.answer


def test_a_particle_is_never_added_to_a_question():
    assert gold_in_dialect("你说的是啥子？", _SICHUAN.fields, "zh", []) == "你说的是啥子？"


def test_a_scots_card_speaks_scots_in_its_golds():
    records = _records(_SCOT)
    sbk = [r for r in records if r.metadata.focus != "conversation_memory"]
    assert any(r.answer.startswith(("Aye, ", "Och, ")) for r in sbk)
    opened = [r.answer for r in sbk if r.answer.startswith(("Aye, ", "Och, "))]
    # "Aye, my son is Ewan.": the opener lowers a common word, never a name
    assert all(not re.match(r"(?:Aye|Och), (?:My|The|Your) ", a) for a in opened), opened


def test_scots_rules_never_touch_a_keyword():
    out = gold_in_dialect("I don't keep a little boat.", _SCOT.fields, "en", ["little boat"])
    assert "little boat" in out


# --- fillers and names of the card's period ---

_MODERN_FILLER = re.compile(r"(?i)\bgot it\b|\bsure thing\b|\byou bet\b|\bokay\b")


def test_a_card_before_1900_hears_and_says_no_modern_filler():
    for r in _records(_SCOT):
        for turn in [r.answer] + [t.content for t in r.conversation_history]:
            assert not _MODERN_FILLER.search(turn), turn


def test_cm_pet_names_of_a_card_before_1900_come_from_the_period_pool():
    pools = table("cm_settings.yaml", "SETTING_POOLS")
    pool = set(pools["early"]["en"]["pet"]) | set(pools["historical"]["en"]["pet"])
    modern = set(table("cm_phrases.yaml", "POOLS")["en"]["pet"]) - pool
    pets = [r for r in _records(_SCOT, cm=12) if r.metadata.family == "cm:pet_name"]
    for r in pets:
        assert set(_keys(r)) <= pool and set(r.negative_keywords) <= pool, (r.keywords, r.negative_keywords)
        assert not any(name in t.content for name in modern for t in r.conversation_history)
    assert pets


# --- place kinds and objects of the card's world ---

def test_an_inland_card_has_no_lighthouse_or_beach():
    for language, card, words in (("zh", _SICHUAN.fields, "灯塔|海边|海滩"), ("ko", _SEOUL.fields, "등대|해변"),
                                  ("ja", {"居住地": "長野県松本市"}, "灯台|砂浜")):
        turns, pools = material(language, "own_plan", "modern", fields=card)
        assert not any(re.search(words, v) for vs in [*turns.values(), *pools.values()] for v in vs), language


def test_an_edo_card_has_no_heian_ox_cart():
    assert out_of_region("前の牛車は黒でした。", _SAMURAI.fields, "ja")
    turns, _ = material("ja", "colour", "historical", fields=_SAMURAI.fields)
    assert turns["distract"] and not any("牛車" in t for t in turns["distract"])


def test_a_coastal_card_keeps_its_lighthouse():
    harbour = {"姓名": "林海生", "居住地": "福建厦门"}
    assert not out_of_region("我明天得去一趟灯塔办点事。", harbour, "zh")
    # an inland city named for a relative is not where the character lives
    port = {"Name": "Wren Tallis", "Residence": "Plymouth", "Family": "daughter Kit, a nurse in Denver"}
    assert not out_of_region("I plan to go to the lighthouse tomorrow.", port, "en")
    assert out_of_region("I plan to go to the lighthouse tomorrow.", {**port, "Residence": "Denver"}, "en")


# --- Japanese: a verb stem is no noun ---

def test_a_verb_stem_before_a_copula_is_made_a_noun():
    cases = {"夢は道場を開きです。": "夢は道場を開くことです。", "夢はいつか帰郷しでござる。": "夢はいつか帰郷することでござる。",
             "夢は故郷へ帰りです。": "夢は故郷へ帰ることです。", "夢は師範になりです！": "夢は師範になることです！"}
    for before, after in cases.items():
        assert stem_before_copula(before) and nominalized(before) == after, before


def test_a_noun_of_the_continuative_form_stays():
    for sentence in ("趣味は釣りです。", "好物は焼き団子でござる。", "夢は世界一周です。"):
        assert nominalized(sentence) == sentence and not stem_before_copula(sentence)


# --- Korean 해요체 with 저 stays ---

def test_a_polite_korean_card_keeps_haeyo_and_jeo():
    sbk = [r for r in _records(_SEOUL, cm=0)]
    assert sbk and all(re.search(r"요[.!?]?$", r.answer) for r in sbk)
    assert not any(re.search(r"(?:^|\s)(?:나는|내가|내 )", r.answer) for r in sbk)


def test_de_gozaru_reaches_a_kana_key_and_adjectives():
    rules = dialect_rules(_SAMURAI.fields, "ja")
    # いい is よい in 武家言葉 (review 61)
    assert in_dialect("ポチですか、いい名前ですね。", rules, ["ポチ"], "ja") == "ポチでござるか、よい名前でござるな。"
    assert in_dialect("一度会ってみたいです。", rules, [], "ja") == "一度会ってみとうござる。"
    # Kyoto どす after a kana key: said where the reward's matcher still finds the key ("ポチどす"),
    # not where it would read another word ("たまどす": まど), review 64
    kyoto = dialect_rules({"話し方": "京言葉で話す"}, "ja")
    assert in_dialect("ポチです。", kyoto, ["ポチ"], "ja") == "ポチどす。"
    assert in_dialect("たまです。", kyoto, ["たま"], "ja") == "たまです。"
