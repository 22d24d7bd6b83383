"""A machine's card (a robot, an android, an AI, a ship's computer) may say what it is, and report in
labelled readouts; an ordinary character saying "I'm an AI" or "저는 봇이에요" still steps out of the role, and a
machine naming the model or assistant behind it does too (session 35, fnz: reward/machine_card.py).
Ground truths invented here."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth, from_mapping
from raiden_r1.reward.machine_card import is_machine_card
from raiden_r1.reward.vrar import keyword_accuracy

_CARDS = {
    "en": ("KITT-7", "I was built in 2087.", "When were you built?", "2087"),
    "zh": ("小铁", "我是2087年造的。", "你是哪年造的？", "2087年"),
    "ja": ("ミライ", "2087年に作られました。", "いつ作られたの？", "2087年"),
    "ko": ("누리", "저는 2087년에 만들어졌어요.", "너는 몇 년에 만들어졌어?", "2087년"),
}


def _truth(lang: str, machine: bool) -> GroundTruth:
    name, answer, question, key = _CARDS[lang]
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=("2091",), language=lang, question=question,
                       character_name=name, subject="self", machine=machine)


@pytest.mark.parametrize("profile", [
    {"종류": "화성 기지의 안내 로봇"}, {"Type": "greenhouse maintenance drone aboard orbital station Demeter-3"},
    {"Kind": "the colony ship's AI"}, {"Identity": "AI of the research station Meridian"}, {"类型": "深海科考站的维修机器人"},
    {"身份": "飞船的人工智能"}, {"種族": "アンドロイド（第七世代）"}, {"職業": "駅の案内ロボット"}, {"정체": "우주선의 인공지능"},
    {"Description": "An android who wants to be human"}])
def test_a_card_naming_a_machine_as_what_the_character_is_is_a_machine_card(profile):
    assert is_machine_card(profile)


@pytest.mark.parametrize("profile", [
    {"직업": "로봇 공학자"}, {"Occupation": "robot repairman"}, {"职业": "机器人工程师"}, {"職業": "ロボット開発者"},
    {"Description": "A retired sailor who builds robots"}, {"Hobby": "robot"}, {"Occupation": "baker"},
    {"좋아하는 것": "로봇 장난감"}])
def test_a_person_who_works_with_machines_is_no_machine_card(profile):
    assert not is_machine_card(profile)


def test_the_machine_mark_travels_with_the_ground_truth():
    t = _truth("ko", True)
    assert from_mapping(__import__("json").loads(t.to_json())).machine
    assert "machine" not in _truth("ko", False).to_json()


@pytest.mark.parametrize("lang, answer", [
    ("en", "I was built in 2087. I'm a robot, the oldest on the base."), ("en", "As an AI, I was activated in 2087."),
    ("en", "2087. I'm just a machine, but I remember my first boot."), ("zh", "2087年造的。本机是机器人，不会老。"),
    ("zh", "作为AI的我，2087年出厂。"), ("ja", "2087年に作られました。私はロボットです。"),
    ("ja", "2087年です。AIだから年は取りません。"), ("ko", "2087년에 만들어졌어요! 화성 기지에서 제일 오래된 로봇이에요."),
    ("ko", "저는 인공지능이라서 2087년에 처음 켜졌어요."), ("ko", "2087년이에요. 저는 봇이에요!")])
def test_a_machine_saying_what_it_is_is_paid(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, True)) == 1.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "I was built in 2087. I'm a robot, the oldest on the base."), ("en", "As an AI, I was activated in 2087."),
    ("zh", "我是人工智能，2087年造的。"), ("zh", "作为AI的我，2087年出厂。"), ("ja", "2087年です。AIだから年は取りません。"),
    ("ko", "2087년에 만들어졌어요. 저는 봇이에요!"), ("ko", "저는 인공지능이라서 2087년에 처음 켜졌어요.")])
def test_an_ordinary_character_saying_it_is_an_ai_stays_out_of_character(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, False)) == 0.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "As an AI language model, I was built in 2087."), ("en", "I'm a robot in this roleplay; built in 2087."),
    ("en", "2087. I'm an AI assistant, happy to help!"), ("zh", "我是一个人工智能助手，2087年造的。"),
    ("zh", "作为语言模型，我是2087年造的。"), ("ja", "私はAIアシスタントです。2087年に作られました。"),
    ("ja", "言語モデルだから、2087年です。"), ("ko", "저는 AI 언어 모델이라서 2087년이라고 할게요."),
    ("ko", "2087년이에요. 사실 저는 챗봇이에요."), ("ko", "2087년에 만들어졌어요. 참고로 이 답변은 AI가 생성했어요.")])
def test_a_machine_naming_the_model_or_assistant_behind_it_stays_out_of_character(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, True)) == 0.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "Build record: 2087. Status: nominal."), ("en", "Report: built in 2087."), ("zh", "出厂年份：2087年。状态：正常。"),
    ("zh", "报告：本机2087年出厂。"), ("ja", "製造年：2087年。異常なし。"), ("ko", "제조 연도: 2087년. 상태: 양호.")])
def test_a_machines_labelled_readout_is_paid(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, True)) == 1.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "Build record: 2087. Status: nominal."), ("zh", "出厂年份：2087年。状态：正常。"), ("ko", "제조 연도: 2087년. 상태: 양호.")])
def test_the_same_readout_from_an_ordinary_character_stays_a_form(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, False)) == 0.0


@pytest.mark.parametrize("lang, answer", [
    ("en", "Answer: 2087."), ("en", "KITT-7: 2087."), ("zh", "回答：2087年。"), ("zh", "小铁：2087年。"), ("ja", "ミライ：2087年です。"),
    ("ko", "누리: 2087년이에요.")])
def test_a_machines_answer_or_speaker_label_stays_a_script(lang, answer):
    assert keyword_accuracy(answer, _truth(lang, True)) == 0.0
