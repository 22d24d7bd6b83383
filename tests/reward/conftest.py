from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth


@pytest.fixture
def gt_en() -> GroundTruth:
    return GroundTruth(answer="I usually play basketball with my friends.", keywords=(("basketball", "hoops"),),
                       negative_keywords=("football",), language="en", question="What do you do after class?")


@pytest.fixture
def gt_mtdp() -> GroundTruth:
    return GroundTruth(answer="I grew up in Seattle and started as a software engineer.",
                       keywords=(("Seattle",), ("engineer", "developer"), ("software",)),
                       validation_method="multi_term_parsing", language="en")


@pytest.fixture
def gt_zh() -> GroundTruth:
    return GroundTruth(answer="我一般和朋友们一起打篮球。", keywords=(("篮球", "basketball"),), negative_keywords=("足球",),
                       language="zh")


@pytest.fixture
def gt_ja() -> GroundTruth:
    return GroundTruth(answer="いつも友達とバスケットボールをしています。", keywords=(("バスケットボール", "バスケ"),),
                       negative_keywords=("サッカー",), language="ja")
