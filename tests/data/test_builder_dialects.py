"""The dialect or old register a card names, in every gold answer, CM reply and CM opening of
that card (review 61, section E: modern English from an Elizabethan alewife, Seoul 반말 from a
Busan boatswain, です/ました beside 拙者, a 东北 layer of 啥 alone). Cards invented here; every
built record's gold must still hold its keys and earn accuracy 1."""

from __future__ import annotations

import re

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.dialect import dialect_greetings, dialect_rules, in_dialect
from raiden_r1.data.schema import CM
from built_records import gold_accuracy, profile

_CARDS = {
    "archaic_en": profile(
        "Bartholomew Quill", "en", Name="Bartholomew Quill", Age="52", Era="1599, the City of London",
        Hometown="Norwich", Residence="a narrow house in Cheapside", Occupation="bookbinder",
        Pet="a black dog called Tuppence", **{"Favorite food": "mutton pie",
                                             "Speaking style": "Shakespearean English, thee and thou, 'forsooth'",
                                             "Relationships": "wife Alys; apprentice Hob, fourteen"}),
    "gyeongsang": profile(
        "배춘자", "ko", 이름="배춘자", 나이="쉰다섯 살", 시대="1991년", 고향="경상북도 포항", 거주지="대구 중구 대봉동",
        직업="서문시장 이불 가게 주인", 취미="화투, 등산", 반려동물="고양이 '복실이'", **{
            "좋아하는 음식": "막창", "말투": "억센 대구 사투리를 쓰고 누구에게나 반말을 한다",
            "인간관계": "남편 도만식(택시 기사); 딸 도은희(간호사)"}),
    "chungcheong": profile(
        "염순옥", "ko", 이름="염순옥", 나이="예순두 살", 고향="충청남도 논산", 거주지="충남 공주시 옥룡동", 직업="국밥집 사장",
        반려동물="진돗개 '누렁이'", **{"좋아하는 음식": "칼국수", "말투": "느릿한 충청도 사투리, 손님에게 존댓말"}),
    "dongbei": profile(
        "孙大脚", "zh", 姓名="孙大脚", 年龄="47岁", 籍贯="吉林省四平市", 居住地="沈阳市铁西区", 职业="澡堂老板",
        爱好="扭秧歌、打麻将", 宠物="一只大黄狗，叫“虎子”", **{"说话风格及口头禅": "满嘴东北话，嗓门大，口头禅“那不扯呢吗”",
                                                           "最爱吃的": "酸菜白肉"}),
    "shanghai": profile(
        "钱阿宝", "zh", 姓名="钱阿宝", 年龄="63岁", 居住地="上海市静安区", 职业="裁缝", 爱好="听评弹",
        宠物="一只白猫，叫“雪团”", **{"说话风格及口头禅": "一口上海话，慢条斯理，口头禅“慢慢来”", "最爱吃的": "生煎包"}),
    "cantonese": profile(
        "何少华", "zh", 姓名="何少华", 年龄="39岁", 居住地="广州市荔湾区", 职业="茶楼点心师傅", 爱好="行山、煲汤",
        宠物="一只鹦鹉，叫“亚福”", **{"说话风格及口头禅": "讲广东话，语速快，口头禅“搞掂”", "最爱吃的": "虾饺"}),
    "samurai": profile(
        "久世 兵庫", "ja", 名前="久世 兵庫", 年齢="三十一歳", 出身地="越後国長岡", 時代="文久二年の江戸", 職業="浪人の用心棒",
        好物="焼き蛤", 愛馬="月毛の「雪風」", 趣味="囲碁", **{"話し方": "武家言葉で話す。一人称は「拙者」、語尾は「〜でござる」",
                                                  "家族・人間関係": "兄の久世 主膳、幼馴染のお蝶"}),
}


def _build(key: str, cm: int = 8):
    """Every record of one card, and how many drafts the gold check dropped."""
    result = build_dataset([_CARDS[key]], seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=cm)
    return [r for split in result.splits.values() for r in split], result.drops["gold_not_credited"]


def _own(record) -> list[str]:
    return [record.answer] + [t.content for t in record.conversation_history if t.role == "assistant"]


def _keys_found(record) -> bool:
    return all(any(a.lower() in record.answer.lower() for a in ([k] if isinstance(k, str) else k))
               for k in record.keywords)


def test_every_dialect_gold_keeps_its_keys_and_earns_full_credit():
    for key in _CARDS:
        records, dropped = _build(key)
        assert records and dropped == 0, key
        for r in records:
            assert _keys_found(r) and gold_accuracy(r, r.answer) == 1.0, (key, r.answer, r.keywords)


# --- English: Early Modern English for a card that speaks with thee and thou ---

def test_an_elizabethan_card_says_no_contraction_and_thou_for_you():
    records, _ = _build("archaic_en")
    said = [s for r in records for s in _own(r)]
    assert not [s for s in said if re.search(r"(?i)\b(?:I'm|I've|I'll|it's|don't|can't|you're|you've)\b", s)]
    cm = [r for r in records if r.metadata.focus == CM]
    assert any(re.search(r"\b(?:[Tt]hy|[Tt]hou|thee|[Tt]hine)\b", r.answer) for r in cm)
    assert not any(re.search(r"\b[Yy]our\b", r.answer) for r in cm)


def test_an_elizabethan_card_opens_its_chats_with_good_morrow_and_its_golds_with_an_oath():
    records, _ = _build("archaic_en", cm=12)
    openings = [r.conversation_history[0].content for r in records if r.metadata.focus == CM
                and "Bartholomew" in r.conversation_history[0].content]
    assert openings and all("morrow" in o or "hast thou" in o for o in openings)
    assert any(r.answer.startswith(("Marry, ", "In faith, ")) for r in records if r.metadata.focus != CM)


def test_the_archaic_rules_conjugate_thou_and_keep_a_sentence_capital():
    rules = dialect_rules(_CARDS["archaic_en"].fields, "en")
    assert in_dialect("You're going to Bath. It's far.", rules, ["Bath"], "en") == "Thou art going to Bath. 'Tis far."
    assert in_dialect("Did you say your aunt has a boat?", rules, [], "en") == "Didst thou say thine aunt hath a boat?"


def test_an_archaic_rule_that_would_change_a_key_leaves_the_sentence():
    rules = dialect_rules(_CARDS["archaic_en"].fields, "en")
    assert in_dialect("I'm fond of Your Lordship's Ale.", rules, ["Your Lordship's Ale"], "en") == "I'm fond of Your Lordship's Ale."


# --- Korean: a named regional dialect over the register the card gives ---

_SEOUL_BANMAL = re.compile(r"(?:좋아해|잖아|살아|했어|났어|싫어해|있어|이야|야)[.!]?$")


def test_a_daegu_card_speaks_gyeongsang_not_seoul_banmal():
    records, _ = _build("gyeongsang")
    said = [s for r in records for s in _own(r)]
    assert not [s for s in said if any(_SEOUL_BANMAL.search(c.strip()) for c in re.split(r"(?<=[.!?])\s", s))]
    assert any(re.search(r"(?:다|아이가|제|노|고)[.?!]?$", r.answer) for r in records)


def test_a_daegu_card_is_greeted_and_answers_in_its_dialect():
    records, _ = _build("gyeongsang", cm=12)
    greeted = [r.conversation_history[:2] for r in records if r.metadata.focus == CM
               and "배춘자" in r.conversation_history[0].content]
    assert greeted
    replies = {reply for _, reply in dialect_greetings(_CARDS["gyeongsang"].fields, "ko")}
    for user, reply in greeted:
        assert not user.content.startswith("안녕") and reply.content in replies


def test_gyeongsang_rules_turn_seoul_endings():
    rules = dialect_rules(_CARDS["gyeongsang"].fields, "ko")
    # (the first person's topic is 내는, as Gyeongsang says it: review 68)
    assert in_dialect("나는 등산을 좋아해.", rules, ["등산"], "ko") == "내는 등산을 좋아한다."
    assert in_dialect("내일 포항에 간다고 했잖아.", rules, ["포항"], "ko") == "내일 포항에 간다 캤다 아이가."
    assert in_dialect("고양이 이름은 복실이잖아.", rules, ["복실이"], "ko") == "고양이 이름은 복실이 아이가."
    assert in_dialect("그럼, 무슨 일이야?", rules, [], "ko") == "그럼, 무슨 일이고?"


def test_a_chungcheong_card_in_polite_speech_ends_with_yu():
    records, _ = _build("chungcheong")
    assert any(re.search(r"[유쥬][.!?]?$", r.answer) for r in records)
    assert not any(re.search(r"(?:에요|예요|어요|해요)[.!?]?$", r.answer) for r in records)


def test_jeolla_and_jeju_layers_follow_the_register():
    jeolla = dialect_rules({"말투": "구수한 전라도 사투리, 반말"}, "ko")
    assert in_dialect("나는 목포에서 태어났어.", jeolla, ["목포"], "ko") == "나는 목포에서 태어났당께."
    jeju = dialect_rules({"말투": "제주 사투리를 쓰는 존댓말"}, "ko")
    assert in_dialect("제 고향은 한림이에요.", jeju, ["한림"], "ko") == "제 고향은 한림이우다."
    assert in_dialect("제 고향은 한림이에요.", jeolla, ["한림"], "ko") == "제 고향은 한림이에요잉."


# --- Chinese: the dialect's words, not only 啥 ---

def test_dongbei_rules_give_its_words():
    rules = dialect_rules(_CARDS["dongbei"].fields, "zh")
    assert in_dialect("你干什么去？这个很好看。", rules, [], "zh") == "你嘎哈去？这个贼好看。"
    assert in_dialect("我们聊聊，弄点吃的。", rules, [], "zh") == "我们唠唠，整点吃的。"


def test_a_dongbei_card_is_greeted_in_its_dialect():
    records, _ = _build("dongbei", cm=12)
    greeted = [r for r in records if r.metadata.focus == CM and "孙大脚" in r.conversation_history[0].content]
    assert greeted and all(r.conversation_history[1].content in ("不忙不忙，咋的了？", "在呢，快进屋唠唠。") for r in greeted)


def test_a_shanghai_card_calls_the_listener_nong():
    records, _ = _build("shanghai")
    cm = [r for r in records if r.metadata.focus == CM]
    assert cm and all("你" not in s for r in cm for s in _own(r))
    assert any("侬" in s for r in cm for s in _own(r))


def test_a_cantonese_card_speaks_cantonese_forms():
    records, _ = _build("cantonese")
    said = "".join(s for r in records for s in _own(r))
    assert re.search("系|嘅|钟意|冇|佢", said)
    assert not re.search(r"我的|喜欢", said)


# --- Japanese: 武家言葉 throughout, never 拙者 beside です/ました ---

def test_a_samurai_card_never_mixes_its_first_person_with_desu_masu():
    records, _ = _build("samurai")
    for r in records:
        for s in _own(r):
            if "拙者" in s:
                assert not re.search(r"(?:です|ます|ました)(?=[、。！？]|$)", s), s


def test_a_samurai_card_says_its_own_past_with_moushita():
    rules = dialect_rules(_CARDS["samurai"].fields, "ja")
    assert in_dialect("拙者、長岡で生まれました。", rules, ["長岡"], "ja") == "拙者、長岡で生まれ申した。"
    # the listener's doing is not humbled: 申す is the speaker's own
    assert in_dialect("お蝶さんが江戸に来ました。", rules, ["江戸"], "ja") == "お蝶さんが江戸に来ました。"


def test_a_samurai_card_greets_like_a_samurai_and_never_says_anata():
    records, _ = _build("samurai", cm=12)
    cm = [r for r in records if r.metadata.focus == CM]
    assert cm and not any("あなた" in s or s.startswith(("ええ、", "ようこそ")) for r in cm for s in _own(r))
    greeted = [r.conversation_history[1].content for r in cm if "久世" in r.conversation_history[0].content]
    assert greeted and all(g in ("おお、よう参られた。さあ、上がられよ。", "うむ、何用でござるか。") for g in greeted)


def test_a_dialect_named_outside_the_speech_fields_is_not_applied():
    card = {"名前": "北条 鈴", "話し方": "穏やかな標準語", "嫌いなもの": "時代劇の武家言葉"}
    assert dialect_rules(card, "ja") == []
    assert dialect_rules({"말투": "차분한 표준어", "싫어하는 것": "부산 사투리"}, "ko") == []
