"""The think text names what the gold answer lists, not only the first item of a list key
(review 64: "阿拉的爱好：听沪剧" before a gold of three hobbies); a place written as one phrase
whose parts are alternatives ("山东省曲阜县") is not made a list. Records written for these tests."""

from __future__ import annotations

import pytest

from raiden_r1.data.cot import compose_cot
from raiden_r1.data.schema import SBK, Record


def _record(language: str, field: str, value: str, answer: str, keys: list) -> Record:
    return Record.model_validate({
        "character_name": "X", "character_profile": {field: value}, "question": "?", "answer": answer,
        "keywords": keys, "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "hard",
        "metadata": {"language": language, "focus": SBK, "family": "hobbies", "field": field}})


@pytest.mark.parametrize("language, field, value, answer, items", [
    ("zh", "爱好", "打太极、养金鱼、听评书", "我的爱好是打太极、养金鱼和听评书。", ["打太极", "养金鱼", "听评书"]),
    ("ja", "趣味", "盆栽、将棋、俳句", "趣味は盆栽と将棋と俳句です。", ["盆栽", "将棋", "俳句"]),
    ("en", "Hobbies", "beekeeping, darts, fly fishing", "Beekeeping, darts and fly fishing.", ["beekeeping", "darts", "fly fishing"]),
    ("ko", "취미", "연날리기, 장기, 윷놀이", "연날리기, 장기하고 윷놀이예요.", ["연날리기", "장기", "윷놀이"]),
])
def test_the_think_text_names_every_item_the_answer_lists(language, field, value, answer, items):
    cot = compose_cot(_record(language, field, value, answer, [items]))
    tail = cot[len(cot) // 2:]  # the closing line, which leads into the answer
    assert all(item.casefold() in tail.casefold() for item in items), cot


def test_parts_of_one_place_phrase_are_not_made_a_list():
    rec = _record("zh", "籍贯", "山东省曲阜县", "我祖籍山东省曲阜县。", [["山东省", "曲阜县"]])
    cot = compose_cot(rec)
    assert "山东省和曲阜县" not in cot and "山东省、曲阜县" not in cot


def test_the_think_text_says_the_form_the_answer_uses():
    rec = _record("en", "Weight", "9 stone 4 lb", "I weigh 9 stone 4 lb.", [["9 stone 4", "9 stone 4 lb"]])
    assert "9 stone 4 lb" in compose_cot(rec)
