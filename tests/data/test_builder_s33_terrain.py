"""A CM scene fits the card's own terrain (session 33, review 71: a ninja in a mountain hut planned a
trip to a harbour): a mountain home hears of no harbour or beach, a desert or steppe nomad of no city
café or subway either (reach.yaml TERRAIN; builder and the audit's `reach` check alike). Cards
invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.builder.reach import out_of_reach, terrain_word
from built_records import built_records, profile

_MOUNTAIN = [
    ("en", {"Residence": "a hut high in the Grey Mountains"}, "We'll meet at the harbour tomorrow."),
    ("zh", {"现居": "终南山深山里的茅屋"}, "明天我要去港口。"),
    ("ja", {"住まい": "奥秩父の山小屋"}, "明日は港に行きます。"),
    ("ko", {"사는 곳": "지리산 산골 오두막"}, "내일 항구에 가요."),
]
_DESERT = [
    ("en", {"Occupation": "camel herder, a desert nomad"}, "Let's meet at the café."),
    ("zh", {"职业": "草原上的游牧民"}, "我们在咖啡馆见吧。"),
    ("ja", {"職業": "砂漠の遊牧民"}, "カフェで会いましょう。"),
    ("ko", {"직업": "사막의 유목민"}, "카페에서 만나요."),
]


@pytest.mark.parametrize("lang, card, turn", _MOUNTAIN + _DESERT)
def test_a_scene_out_of_the_cards_terrain_is_out_of_reach(lang, card, turn):
    assert terrain_word(turn, card, lang) and out_of_reach(turn, card, lang)


@pytest.mark.parametrize("lang, card, turn", [
    ("en", {"Residence": "a cottage on the sea cliffs below the mountains"}, "We'll meet at the harbour."),
    ("ja", {"住まい": "山小屋", "趣味": "港の灯台めぐり"}, "明日は港に行きます。"),
])
def test_a_home_by_the_sea_or_the_cards_own_word_stays(lang, card, turn):
    assert terrain_word(turn, card, lang) is None


def test_a_mountain_cards_chats_name_no_harbour():
    card = profile("岩城 源五郎", "ja", 名前="岩城 源五郎", 年齢="四十歳", 住まい="奥秩父の山小屋", 職業="猟師", 趣味="将棋")
    chats = [t.content for r in built_records(card, cm=8) for t in r.conversation_history] + [
        r.answer for r in built_records(card, cm=8)]
    assert chats and not [c for c in chats if terrain_word(c, card.fields, "ja")]
