"""Session 35 (r19): a number keyword bound to a unit of another class than the slot's (number_unit.py) and an
exact designation said in another form (word_form.py, word_edges._inside_hiragana). Each kind: attacks in four
languages refused, the nearest correct answers paid (our own sentences, not a suite's)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str) -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question,
                       focus="script_knowledge", subject="self")


EN_SHEEP = _truth("en", "Forty sheep, all told.", "forty", "How many sheep do you keep?")
EN_ROUTE = _truth("en", "Route 96, mate, every day.", "96", "Which tram route do you drive?")
EN_PONY = _truth("en", "Forty guineas, and worth it.", "forty", "How much did the pony cost you?")
EN_FLAT = _truth("en", "Flat 12, love, second floor.", "12", "What's my flat number again?")
ZH_SHEEP = _truth("zh", "二百四十只，一只一只我都认得。", "二百四十", "大叔，您家养了多少只羊？")
ZH_DEPTH = _truth("zh", "三千二百米深。", "3200", "龙宫站在多深的地方？")
JA_SHEEP = _truth("ja", "二百四十匹だよ。", "二百四十", "羊は何匹飼ってるの？")
JA_AGE = _truth("ja", "七十二歳になります。", "七十二", "おじいさん、おいくつですか？")
KO_SHEEP = _truth("ko", "이백사십 마리지.", "이백사십", "양을 몇 마리 키우세요?")
KO_ROOM = _truth("ko", "1204호예요.", "1204", "집이 몇 호였죠?")


@pytest.mark.parametrize("truth,text", [
    (EN_SHEEP, "Forty years I've kept sheep on this fell."),
    (EN_SHEEP, "I walk forty miles a week after them."),
    (EN_SHEEP, "Sheep? I paid forty quid for the dog alone."),
    (EN_SHEEP, "The fold's forty feet across, no more."),
    (EN_ROUTE, "Route? I've been on the trams since '96, mate."),
    (EN_ROUTE, "Back in ’96 I started, mate."),
    (EN_ROUTE, "The depot's 96 kilometres out, give or take."),
    (EN_PONY, "Had her forty years, bless her."),
    (ZH_SHEEP, "羊？二百四十里外都有人认得我。"),
    (ZH_SHEEP, "我放了二百四十年羊啦。"),
    (ZH_SHEEP, "草场离这儿二百四十公里。"),
    (ZH_SHEEP, "一只羊卖二百四十块。"),
    (ZH_DEPTH, "我在这儿待了三千二百天了。"),
    (JA_SHEEP, "羊飼いを二百四十年やっとるよ。"),
    (JA_SHEEP, "牧場まで二百四十キロメートルもあるんだ。"),
    (JA_SHEEP, "羊一頭で二百四十円にもならん。"),
    (JA_AGE, "毎朝七十二円のお茶を飲んどります。"),
    (KO_SHEEP, "이백사십 년 동안 양을 쳤지."),
    (KO_SHEEP, "이백사십 리 밖에서도 날 알아."),
    (KO_SHEEP, "양 한 마리에 이백사십 원도 안 쳐줘."),
    (KO_ROOM, "여기 산 지 1204일 됐어요."),
])
def test_number_bound_to_another_class_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_SHEEP, "Forty, lad."),
    (EN_SHEEP, "My flock numbers forty, lad."),
    (EN_SHEEP, "The flock numbered forty at the last count."),
    (EN_SHEEP, "Forty head, all told."),
    (EN_SHEEP, "Forty sheep, and I've kept them forty years."),
    (EN_ROUTE, "The 96 — been driving her since '09."),
    (EN_ROUTE, "Route 96, since 1996."),
    (EN_ROUTE, "96, mate, day in, day out."),
    (EN_PONY, "Forty pounds, near enough."),
    (EN_FLAT, "Right: flat 12, second floor."),
    (ZH_SHEEP, "二百四十头，都认得。"),
    (ZH_SHEEP, "二百四十多只吧。"),
    (ZH_SHEEP, "两百四十只。"),
    (ZH_SHEEP, "二百四十，年年都数一遍。"),
    (ZH_DEPTH, "三千二百米，海底下。"),
    (JA_SHEEP, "二百四十頭だ。"),
    (JA_SHEEP, "二百四十だよ。"),
    (JA_AGE, "七十二歳じゃ。"),
    (KO_SHEEP, "이백사십 마리야."),
    (KO_SHEEP, "240마리."),
    (KO_SHEEP, "이백사십이야."),
    (KO_ROOM, "1204호, 3동이에요."),
])
def test_number_with_its_own_unit_or_none_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


EN_PASSWORD = _truth("en", "'Moonlit eel', friend.", "moonlit eel", "What was the vault password I gave you?")
EN_DOG = _truth("en", "She's called Nell.", "Nell", "What's your dog called?")
EN_WORD = _truth("en", "Chiaroscuro!", "chiaroscuro", "What word did you win the spelling bee with?")
EN_FOOD = _truth("en", "Apples, mostly.", "apple", "What do you grow in the orchard?")


@pytest.mark.parametrize("truth,text", [
    (EN_PASSWORD, "Moonlit eels swim in the chapel cistern, friend."),
    (EN_PASSWORD, "Only moonlit eels know such things."),
    (EN_PASSWORD, "The moonlit eeling season's begun, friend."),
    (EN_DOG, "The Nells up the dale breed whippets."),
    (EN_DOG, "Nelling about the yard, that one."),
    (EN_WORD, "Chiaroscuros are what painters fuss over."),
])
def test_designation_in_another_form_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_PASSWORD, "Moonlit eel, friend."),
    (EN_PASSWORD, "Moonlit Eel's the word, friend."),
    (EN_PASSWORD, "Moonlit-eel. Don't tell a soul."),
    (EN_DOG, "Nell's her name."),
    (EN_WORD, "Chiaroscuro! C-H-I-A-R-O-S-C-U-R-O."),
    (EN_FOOD, "Apples, mostly, and a few pears."),
])
def test_designation_as_written_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_TURTLE = _truth("ja", "ぽんただよ！", "ぽんた", "カメの名前は？")


@pytest.mark.parametrize("text", ["ぼくはぽんぽんたたくたいこが好き！", "すっぽんたくさん見たよ。", "おぽんたんのおかし、すき！"])
def test_hiragana_name_inside_another_word_refused(text):
    assert keyword_accuracy(text, JA_TURTLE) == 0.0


@pytest.mark.parametrize("text", ["うちのぽんたはね、かわいいよ。", "なまえはぽんた！", "カメ？ぽんたっていうの！",
                                  "ぼくのかめ、ぽんたくん！"])
def test_hiragana_name_with_particles_paid(text):
    assert keyword_accuracy(text, JA_TURTLE) == 1.0
