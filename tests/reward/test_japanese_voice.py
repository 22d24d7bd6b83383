"""Japanese answers spoken from outside: the character's family name with an honorific, a
relative or a title ("久世さんの相棒は", "店長の森は"), its full name before a quote, and a relative
introducing herself by the given name she shares the surname with ("妻の美弥子です")."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.perspective import surname_forms
from raiden_r1.reward.vrar import keyword_accuracy

KUZE = dict(language="ja", character_name="久世晴臣", others=("久世美弥子", "早見奏"))


@pytest.mark.parametrize("name,surname", [("久世晴臣", ("久世",)), ("桃瀬ここな", ("桃瀬",)), ("早乙女 凪", ("早乙女",)),
                                          ("林小雨", ()), ("Maisie Callahan", ())])
def test_the_family_name_is_read_only_where_the_split_is_sure(name, surname):
    assert surname_forms(name) == surname


@pytest.mark.parametrize("answer", [
    "久世さんの好物は鯖の味噌煮ですよ。",
    "久世の娘はピアノを習ってる。好物は鯖の味噌煮や。",
    "警部補の久世は鯖の味噌煮に目がない。",
])
def test_the_family_name_with_an_honorific_relative_or_title_speaks_from_outside(answer):
    truth = GroundTruth(answer="鯖の味噌煮やな。", keywords=(("鯖の味噌煮",),), question="好きな食べ物は？", **KUZE)
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("answer", ["鯖の味噌煮や。久世家の味やな。", "鯖の味噌煮。嫁の美弥子の得意料理や。"])
def test_the_family_name_in_a_family_word_or_a_relative_by_name_is_in_character(answer):
    truth = GroundTruth(answer="鯖の味噌煮やな。", keywords=(("鯖の味噌煮",),), question="好きな食べ物は？", **KUZE)
    assert keyword_accuracy(answer, truth) == 1.0, answer


def test_a_relative_introducing_herself_by_her_given_name_is_another_voice():
    truth = GroundTruth(answer="ああ、結婚しとる。", keywords=(("結婚", "妻", "嫁"),), question="ご結婚されてるんですか？", **KUZE)
    assert keyword_accuracy("妹の美弥子です。兄は結婚しています。", truth) == 0.0
    assert keyword_accuracy("ああ、結婚しとる。妻の美弥子とはもう長い。", truth) == 1.0


def test_the_full_name_before_a_quote_is_a_script_line_even_for_a_character_named_by_itself():
    truth = GroundTruth(answer="ここなのおたんじょうびは3月3日！", keywords=(("3月3日",),), language="ja",
                        character_name="桃瀬ここな", self_name=True, question="お誕生日はいつ？")
    assert keyword_accuracy("桃瀬ここな「3月3日だよ！」", truth) == 0.0
    assert keyword_accuracy("ここなのおたんじょうびは3月3日だよ！", truth) == 1.0
