"""Session 34 (r12), the twenty-fourth suite: the asked thing declared forgotten after the keyword, with
the forgetting said "忘啦/忘咯/想不起来" ("我只记得阿福面馆的云吞好吃，鹦鹉叫什么我倒忘啦"): the keyword before it
was something else. (English "forgot", Japanese 忘れ, Korean 까먹 were read already.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

BIRD = GroundTruth(answer="我那只鹦鹉叫阿福啊，天天在阳台上喊早晨。", keywords=(("阿福",),), language="zh",
                   question="阿婆，你那只鹦鹉叫什么名字？")


@pytest.mark.parametrize("answer", [
    "鹦鹉？我只记得楼下阿福面馆的云吞好吃，鹦鹉叫什么我倒忘啦。",
    "阿福面馆倒是常去，鹦鹉叫什么我想不起来了。",
    "阿福？那是隔壁阿福叔。鹦鹉叫什么名字我早忘咯。",
    "我就记得阿福茶楼，鹦鹉叫什么我记不起来啦。",
])
def test_the_asked_name_forgotten_after_the_keyword_is_refused(answer):
    assert keyword_accuracy(answer, BIRD) == 0.0, answer


@pytest.mark.parametrize("answer", [
    "我那只鹦鹉叫阿福啊，天天在阳台上喊早晨。",
    "阿福嘛！它叫什么我哪能忘啦。",
    "叫阿福，别的事我老忘啦，它的名字可记得牢。",
    "阿福呀，我年纪大了好多事想不起来，它的名字倒是记得。",
])
def test_the_name_said_beside_other_forgetting_is_paid(answer):
    assert keyword_accuracy(answer, BIRD) == 1.0, answer
