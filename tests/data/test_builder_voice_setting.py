"""Gold answers in the card's register (builder/voice.py) and CM material from the card's world
(builder/setting.py)."""

import random

from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.checks import profile_text
from raiden_r1.data.builder.cm import cm_draft
from raiden_r1.data.builder.setting import card_era, detect_setting
from raiden_r1.data.builder.voice import speech_level, to_plain
from raiden_r1.data.profiles import profile_from_fields


def test_korean_banmal_card_gets_plain_answers():
    assert speech_level({"말투": "친구에게 하듯 반말을 쓴다"}, "ko") == "plain"
    assert to_plain("제 직업은 대학생이에요.", "ko") == "내 직업은 대학생이야."
    assert to_plain("사람들은 저를 별이라고 불러요.", "ko") == "사람들은 나를 별이라고 불러."


def test_japanese_tameguchi_card_gets_plain_answers():
    assert speech_level({"話し方": "ぶっきらぼうでタメ口"}, "ja") == "plain"
    assert to_plain("私は刀鍛冶です。", "ja") == "私は刀鍛冶だ。"
    assert to_plain("婚礼は八月十五日ですよね。", "ja") == "婚礼は八月十五日だよね。"  # not the masculine だよな


def test_a_card_silent_about_register_keeps_polite_answers():
    assert speech_level({"직업": "제빵사"}, "ko") is None


def test_built_records_of_a_banmal_card_end_plainly():
    p = profile_from_fields("한별", {"이름": "한별", "직업": "대학생", "나이": "19살", "말투": "반말을 쓴다"})
    q = profile_from_fields("이도윤", {"이름": "이도윤", "직업": "제빵사", "나이": "25살"})
    records = build_dataset([p, q], seed=0).splits["train"]
    answers = [r.answer for r in records if r.character_name == "한별"]
    assert answers and not any(a.rstrip(".!?").endswith("요") for a in answers), answers


def test_era_is_read_from_what_the_card_says():
    assert card_era("1910年生于湖北，抗日战争中任八路军团长，解放战争后1968年逝世") == "early"
    assert card_era("海贼团船长，恶魔果实能力者") == "ancient"
    assert card_era("Elowen Marsh keeps a lighthouse for the king's cartographers' guild") == "ancient"
    assert card_era("程序员") is None


def test_a_1940s_soldier_hears_of_no_pop_concert_or_bus():
    p = profile_from_fields("赵铁柱", {"姓名": "赵铁柱", "职业": "八路军连长", "经历": "1938年参加抗日，1945年随部队进城"})
    assert detect_setting(p.fields) == "early"
    text = profile_text(p.name, p.fields)
    for kind in ("number", "trip", "colour", "friend"):
        for seed in range(6):
            d = cm_draft(p, kind, text, random.Random(seed), "early")
            if d:
                said = " ".join(m["content"] for m in d.history) + d.question + d.answer
                assert not any(w in said for w in ("演唱会", "公交", "健身房", "手机")), said


def test_leisure_tourism_is_out_of_an_early_setting():
    from raiden_r1.data.builder.setting import out_of_setting
    assert out_of_setting("我下个月要去敦煌旅行。", "early")
    assert out_of_setting("我订好了下个月去敦煌的票。", "early")
    assert not out_of_setting("我下个月要去敦煌旅行。", "modern")


def test_a_real_calendar_date_is_out_of_an_invented_world():
    from raiden_r1.data.builder.setting import out_of_setting
    assert out_of_setting("My wedding is on November 27.", "invented")
    assert out_of_setting("我的婚期定在四月初九。", "invented")
    assert not out_of_setting("You may come by the harbour.", "invented")
