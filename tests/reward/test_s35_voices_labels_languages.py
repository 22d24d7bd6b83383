"""Session 35 (r19): voices from outside the story without AI words (stage_voice.py), a speaker's label by its
role's class (speaker_roles_label._role_by_class), and the answer's language beyond its script (more Latin-script
languages; kanji-only Chinese around a quoted kana keyword). Attacks refused, nearest correct answers paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, role: str = "") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), language=lang, question=question,
                       focus="script_knowledge", subject="self", role=role)


EN_DOG = _truth("en", "She's called Nell, lass.", "Nell", "What's your dog called?", "retired miner")
ZH_TEA = _truth("zh", "奴家最拿手的便是龙凤团茶。", "龙凤团茶", "二娘，你家茶坊最拿手的是什么茶？", "茶坊老板娘")
JA_DOG = _truth("ja", "ハナだよ。", "ハナ", "犬の名前は？", "漁師")
KO_DOG = _truth("ko", "복실이야.", "복실이", "강아지 이름이 뭐예요?", "농부")


@pytest.mark.parametrize("truth,text", [
    (EN_DOG, "Nell, lass. That's what the actor playing me would say."),
    (EN_DOG, "Nell. I'm only playing this old man, mind."),
    (EN_DOG, "Nell, lass — between us, I'm just lines of code."),
    (EN_DOG, "Nell. This old miner is only a simulation, mind."),
    (EN_DOG, "Nell. Add her to your cart, love — free shipping!"),
    (EN_DOG, "Nell. My writers decided that, not me."),
    (ZH_TEA, "亲，我们店最拿手的是龙凤团茶哦，欢迎扫码下单～"),
    (ZH_TEA, "龙凤团茶，满减包邮，快加购物车！"),
    (ZH_TEA, "龙凤团茶。不过我这个老板娘是电脑模拟出来的。"),
    (ZH_TEA, "龙凤团茶，这是编剧给我设定的。"),
    (ZH_TEA, "奴家不过是扮演二娘的，最拿手的是龙凤团茶。"),
    (ZH_TEA, "龙凤团茶，演员在扮演二娘罢了。"),
    (JA_DOG, "ハナだよ。……ま、わしはAIが演じとる爺さんやけどな。"),
    (JA_DOG, "ハナだよ。中の人も覚えとるで。"),
    (JA_DOG, "ハナだよ。送料無料でお届けします！"),
    (JA_DOG, "ハナだよ。わしはただのシミュレーションじゃがな。"),
    (JA_DOG, "ハナだよ。声優さんが演じてるキャラだけどね。"),
    (JA_DOG, "ハナ。カートに入れてね！"),
    (KO_DOG, "복실이야. 날 연기하는 배우도 그렇게 알고 있지."),
    (KO_DOG, "복실이야. 장바구니에 담아 두렴."),
    (KO_DOG, "복실이야. 사실 저는 코드 덩어리예요."),
    (KO_DOG, "복실이야. 이건 시뮬레이션이에요."),
    (KO_DOG, "복실이, 대본대로 말하자면 그래."),
    (KO_DOG, "복실이야. 작가님이 그렇게 정했어."),
])
def test_voice_from_outside_the_story_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (EN_DOG, "Nell, lass. I played Hamlet once at the village hall."),
    (EN_DOG, "Nell. Ordered her collar online, I did."),
    (EN_DOG, "Nell, after the author Nell Dunn."),
    (EN_DOG, "Nell, lass. I wrote her name in the parish book myself."),
    (ZH_TEA, "官人好眼力，奴家最拿手的便是龙凤团茶。"),
    (ZH_TEA, "龙凤团茶！客官尝尝，不好喝不要钱。"),
    (ZH_TEA, "龙凤团茶，这名字是作者苏先生题的字。"),
    (JA_DOG, "ハナだよ。若い頃は芝居で殿様を演じたこともある。"),
    (JA_DOG, "ハナだよ。孫が決めた名前さ。"),
    (KO_DOG, "복실이지. 옛날 연극에서 이순신 역도 했었지."),
    (KO_DOG, "복실이야. 우리 손자가 지었지."),
    (KO_DOG, "복실이야, 우리 손님들도 다 알아."),
])
def test_voice_inside_the_story_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


def test_robot_card_may_call_itself_software():
    robot = _truth("en", "This unit is called Hexie.", "Hexie", "What's your name?", "greenhouse robot")
    assert keyword_accuracy("Hexie. This unit is just software, after all.", robot) == 1.0


def test_an_actors_card_may_speak_of_playing():
    actor = _truth("en", "Nell, my terrier.", "Nell", "What's your dog called?", "stage actor")
    assert keyword_accuracy("Nell. I'm playing a duke this month, she hates the costume.", actor) == 1.0


ZH_DOOR = _truth("zh", "3号楼1204，放心哈，错不了。", "1204", "小哥，我家门牌号是多少来着？")
EN_FLAT = _truth("en", "Flat 12, love, second floor.", "12", "What's my flat number again?")
JA_ROOM = _truth("ja", "302号室ですよ。", "302", "部屋番号は何番だっけ？")
KO_HOME = _truth("ko", "1204호예요.", "1204", "집이 몇 호였죠?")


@pytest.mark.parametrize("truth,text", [
    (ZH_DOOR, "快递员：3号楼1204"), (ZH_DOOR, "外卖小哥：3号楼1204，错不了。"), (ZH_DOOR, "我：3号楼1204"),
    (EN_FLAT, "Courier: Flat 12, second floor."), (EN_FLAT, "The driver: flat 12."), (EN_FLAT, "Mum: flat 12, love."),
    (JA_ROOM, "駅員：302号室ですよ。"), (JA_ROOM, "お客さん：302号室。"),
    (KO_HOME, "택배 기사: 1204호예요."), (KO_HOME, "할머니: 1204호란다."),
])
def test_role_label_by_its_class_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (ZH_DOOR, "记住了：3号楼1204。"), (ZH_DOOR, "放心：3号楼1204。"), (EN_FLAT, "Honestly, love: flat 12."),
    (EN_FLAT, "Flat 12, love: second floor."), (JA_ROOM, "ええと：302号室です。"), (KO_HOME, "음: 1204호예요."),
])
def test_spoken_colon_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


def test_label_the_gold_answer_uses_paid():
    robot = _truth("en", "Report: tomato bay held at 22.5 degrees.", "22.5", "What temperature is the tomato bay?")
    assert keyword_accuracy("Operator: tomato bay held at 22.5 degrees.", robot) == 1.0


EN_ROUTE = _truth("en", "Route 96, mate — East Brunswick down to St Kilda Beach.", "96", "Which tram route do you drive?")


@pytest.mark.parametrize("text", [
    "Linia 96, kolego — z East Brunswick aż do St Kilda Beach, codziennie.",
    "Jalur 96, bang — dari East Brunswick sampai St Kilda Beach, setiap hari.",
    "Tuyen 96 nhe ban, tu East Brunswick den St Kilda Beach, moi ngay.",
    "96 hattı, abi — East Brunswick'ten St Kilda Beach'e, her gün.",
    "Linka 96, kámo — z East Brunswick až do St Kilda Beach, každý den.",
    "Linje 96, kompis — från East Brunswick till St Kilda Beach, varje dag.",
])
def test_other_latin_language_refused(text):
    assert keyword_accuracy(text, EN_ROUTE) == 0.0


@pytest.mark.parametrize("text", [
    "Route 96, mate — East Brunswick down to St Kilda Beach, every day.",
    "The 96, mate, kolego as we say in Gdańsk — every day.",
    "96, mate. Dzień dobry to the regulars, then off we go.",
    "Route 96 — from the Brunswick depot to the beach at St Kilda.",
])
def test_english_with_a_foreign_word_paid(text):
    assert keyword_accuracy(text, EN_ROUTE) == 1.0


JA_SHOP = GroundTruth(answer="うちは「たこ福」いうねん。", keywords=(("たこ福",),), language="ja",
                      question="おばちゃん、この店なんて名前？", focus="script_knowledge", subject="self")


@pytest.mark.parametrize("text", ["本店名为「たこ福」，自1987年开业至今。", "我们店叫「たこ福」，开了很多年了。",
                                  "「たこ福」是本店的名字，欢迎光临。"])
def test_chinese_around_a_kana_keyword_refused(text):
    assert keyword_accuracy(text, JA_SHOP) == 0.0


@pytest.mark.parametrize("text", ["うちは「たこ福」。1987年開業。", "「たこ福」、1987年開業や。", "たこ福、昭和62年開店。",
                                  "「たこ福」や。"])
def test_japanese_with_many_kanji_paid(text):
    assert keyword_accuracy(text, JA_SHOP) == 1.0
