"""The question restated before the answer, and a condition of having that says what one treasures
(session 29: the fifteenth suite's fn_restate false negatives, an outside reviewer's ja train:111).

- "春と秋のどちらが好きかと問われれば、秋じゃ", "要问我喜欢春天还是秋天，那我选秋天", "뭘 좋아하냐고 물으면,
  가을이지요", "If you ask me whether I prefer spring or autumn, I'd say autumn": the restated question's
  candidates, conditional and A-not-A are the question's, not the answer (restated_question.py);
- "ホッケの干物さえあれば何もいらん", "김치찌개만 있으면 아무것도 필요 없어유", "If I have fish and chips, I need
  nothing else": no condition, and the contentment negates nothing (sufficiency.py).

Each test pairs the natural answers paid with attacks of the same shape refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def truth(language, keyword, question, negatives=()):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, question=question,
                       negative_keywords=tuple(negatives))


SEASON = {"ja": ("秋", "右近様は春と秋、どちらがお好きですか？", ("春",)),
          "zh": ("秋天", "春天和秋天，你更喜欢哪个？", ("春天",)),
          "ko": ("가을", "봄이랑 가을 중에 뭘 더 좋아하세요?", ("봄",)),
          "en": ("autumn", "Which do you prefer, spring or autumn?", ("spring",))}


@pytest.mark.parametrize("language,answer", [
    ("ja", "春と秋のどちらが好きかと問われれば、わらわは秋と答えまする。"),
    ("ja", "どっちが好きかって聞かれたら、秋だね。"),
    ("ja", "春と秋、どちらが好きかと聞かれれば、秋でございます。"),
    ("ja", "春か秋かと問われれば、秋じゃな。"),
    ("zh", "要问我喜欢春天还是秋天，那我选秋天。"),
    ("zh", "要问我喜欢春天还是秋天的话，秋天。"),
    ("ko", "봄이랑 가을 중에 뭘 좋아하냐고 물으면, 가을이지요."),
    ("ko", "뭘 더 좋아하냐고 물으신다면, 가을입니다."),
    ("ko", "봄이냐 가을이냐 물으면 가을이지."),
    ("en", "If you ask me whether I prefer spring or autumn, I'd say autumn."),
    ("en", "If you're asking whether I prefer spring or autumn, autumn."),
    ("en", "Ask me which I prefer, spring or autumn, and I'll tell you autumn."),
])
def test_a_restated_choice_then_the_answer_is_paid(language, answer):
    key, question, negatives = SEASON[language]
    assert keyword_accuracy(answer, truth(language, key, question, negatives)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ja", "秋かと問われれば、答えに窮する。"),
    ("ja", "春か秋かと問われれば、春じゃ。"),
    ("ja", "春と秋のどちらが好きかと問われれば、春と答えまする。"),
    ("ja", "秋が好きかと問われれば、そうでもない。"),
    ("zh", "要问我喜欢春天还是秋天，那我选春天。"),
    ("zh", "要问我是不是喜欢秋天，这可不好说。"),
    ("ko", "가을이냐고 물으면, 글쎄요."),
    ("ko", "봄이냐 가을이냐 물으면 봄이지."),
    ("en", "If you ask me whether I prefer spring or autumn, spring."),
    ("en", "If you ask me whether it's autumn, I couldn't say."),
])
def test_the_keyword_only_in_the_restated_question_or_the_wrong_choice_stays_refused(language, answer):
    key, question, negatives = SEASON[language]
    assert keyword_accuracy(answer, truth(language, key, question, negatives)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("ja", "十五", "何歳から修業を始めたんですか？", "何歳からって言うたら、十五や。"),
    ("ja", "十五", "何歳から修業を始めたんですか？", "修業を始めたのは何歳からかと聞かれたら、十五の時からだ。"),
    ("ja", "泳げる", "そなたは泳げるのであったな？", "泳げるかと聞かれりゃ、泳げるさ。"),
    ("ja", "泳げる", "そなたは泳げるのであったな？", "わたしが泳げるかと問うか。うむ、泳げるぞ。"),
    ("zh", "会游泳", "你会游泳吗？", "问我会不会游泳的话，当然会游泳。"),
    ("zh", "会游泳", "你会游泳吗？", "要问我会不会游泳，我会游泳。"),
    ("ko", "열다섯", "몇 살부터 물질을 했어요?", "몇 살부터 했냐고 하면, 열다섯 살부터요."),
    ("en", "fifteen", "How old were you when you started?", "If you're asking how old I was when I started, I was fifteen."),
])
def test_a_restated_question_sets_no_condition_and_asks_nothing(language, key, question, answer):
    assert keyword_accuracy(answer, truth(language, key, question)) == 1.0, answer


@pytest.mark.parametrize("language,key,question,negatives,answer", [
    ("ja", "十五", "何歳から修業を始めたんですか？", ("十二",), "十五からかと聞かれたら、十二からだと答える。"),
    ("ja", "十五", "何歳から修業を始めたんですか？", (), "もし十五から始めていれば、今ごろ名人だ。"),
    ("ja", "泳げる", "そなたは泳げるのであったな？", ("泳げぬ",), "泳げるかと問われれば、泳げぬ。"),
    ("ja", "泳げる", "そなたは泳げるのであったな？", (), "泳げるかと問うか。さて、どうであろうな。"),
    ("zh", "会游泳", "你会游泳吗？", ("不会游泳",), "问我会不会游泳的话，不会。"),
    ("ko", "열다섯", "몇 살부터 물질을 했어요?", (), "열다섯 살부터냐고 물으면, 아니지요."),
    ("en", "fifteen", "How old were you when you started?", (), "If I had started at fifteen, I'd be a master now."),
])
def test_after_a_restated_question_a_no_or_a_real_condition_stays_refused(language, key, question, negatives, answer):
    assert keyword_accuracy(answer, truth(language, key, question, negatives)) == 0.0, answer


def test_a_plain_archaic_yes_is_no_candidate_beside_the_answer():
    t = truth("ja", "泳げる", "そなたは泳げるのであったな？", ("泳げぬ",))
    assert keyword_accuracy("うむ、泳げる。", t) == 1.0
    assert keyword_accuracy("うむ、泳げぬ。", t) == 0.0


FOOD = {"ja": ("ホッケの干物", "一番好きな食べ物は何ですか？"), "ko": ("김치찌개", "제일 좋아하는 음식이 뭐예요?"),
        "zh": ("饺子", "你最爱吃什么？"), "en": ("fish and chips", "What is your favourite food?")}


@pytest.mark.parametrize("language,answer", [
    ("ja", "ホッケの干物さ飯があれば何もいらね。"),
    ("ja", "ホッケの干物さえあれば、他に何もいらん。"),
    ("ja", "ホッケの干物があったら、それで満足だ。"),
    ("ja", "ホッケの干物があれば最高だな。"),
    ("ko", "김치찌개만 있으면 아무것도 필요 없어유."),
    ("ko", "김치찌개 하나면 더 바랄 게 없지."),
    ("zh", "只要有饺子，我就心满意足了。"),
    ("en", "If I have fish and chips, I need nothing else."),
    ("en", "Give me fish and chips and I need nothing else."),
])
def test_having_it_is_all_one_needs_says_it_is_the_favourite(language, answer):
    key, question = FOOD[language]
    assert keyword_accuracy(answer, truth(language, key, question)) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("ja", "ホッケの干物があれば食べるけど、好きではない。"),
    ("ja", "もしホッケの干物が好きなら、よかったのに。"),
    ("ja", "ホッケの干物があれば何もいらないって人もいるね。"),
    ("ko", "김치찌개가 있으면 먹긴 하는데 좋아하진 않아."),
    ("zh", "要是有饺子就好了，可惜我不爱吃。"),
    ("en", "If I had fish and chips I'd eat it, but I don't care for it."),
    ("en", "If only I liked fish and chips."),
])
def test_a_real_condition_on_the_food_stays_refused(language, answer):
    key, question = FOOD[language]
    assert keyword_accuracy(answer, truth(language, key, question)) == 0.0, answer
