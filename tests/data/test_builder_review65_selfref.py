"""A card's own word for "I" told from a name it calls itself by (review 65: "calls himself 'this
child'" and "자기를 '이 할미'라고 부른다" were read as speaking by name, so golds said "Ezekiel's
daughter"; "拿自己名字当“我”用" was not read at all, so golds said 我 and the reward refused the
character's own voice). The builder and the reward read the card the same way (perspective.py).
Cards invented here."""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.data.audit.checks import Context, check_voice
from raiden_r1.data.audit.checks_voice import check_mixed_person
from raiden_r1.data.builder.selfref import card_self_word, self_name, self_reference, with_self_reference
from raiden_r1.data.perspective import refers_to_self_by_name
from raiden_r1.data.self_reference import quoted_self_words
from built_records import built_records, gold_accuracy, profile

_TRAPPER = profile("Jedediah Cole", "en", **{
    "Name": "Jedediah Cole", "Age": "58", "Hometown": "Fort Laramie", "Occupation": "fur trapper",
    "Family": "daughter Ruth, 20", "Pet": "a mule called Biscuit",
    "Speaking style": "slow mountain talk; calls himself 'this old dog' ('this old dog knows the trail')"})
_NANNY = profile("Agatha Pruitt", "en", **{
    "Name": "Agatha Pruitt", "Age": "71", "Hometown": "Bath", "Occupation": "retired nanny",
    "Speaking style": "prim; refers to herself as 'yours truly' and never says 'I' if she can help it"})
_BOKRYE = profile("최복례", "ko", 이름="최복례", 나이="일흔두 살", 고향="전라남도 강진", 직업="떡집 주인", 손녀="박은지",
                  말투="느릿한 말투. 자기를 '이 늙은이'라고 부른다")
_UME = profile("大野ウメ", "ja", 名前="大野ウメ", 年齢="八十歳", 出身地="秋田", 職業="駄菓子屋の店主",
               話し方="ゆっくり話す。自分のことを「この婆」と呼ぶ")
_GRANNY = profile("孙桂兰", "zh", 姓名="孙桂兰", 年龄="七十岁", 籍贯="河北保定", 职业="卖糖葫芦",
                  说话风格及口头禅="慢条斯理，自称“老婆子”")
_XIAOMAN = profile("林小满", "zh", 姓名="林小满", 年龄="二十六岁", 籍贯="湖南湘潭", 职业="奶茶店店员", 宠物="一只仓鼠叫“豆包”",
                   说话风格及口头禅="说话从不说我，用自己的名字代替（“小满知道的”“小满才不怕”）")
_CHIYO = profile("森ちよ", "ja", 名前="森ちよ", 年齢="十歳", 出身地="金沢", 趣味="お手玉",
                 話し方="自分の名前で自分を呼ぶ（「ちよ、知らないもん」）")
_DOTTIE = profile('Dorothy "Dottie" Vance', "en", **{
    "Name": "Dorothy \"Dottie\" Vance", "Age": "33", "Hometown": "Tulsa", "Occupation": "diner waitress",
    "Personality": "sunny, stubborn", "Speaking style": "uses her own name instead of I ('Dottie don't mind')"})

_WORD_CARDS = {"_TRAPPER": "this old dog", "_NANNY": "yours truly", "_BOKRYE": "이 늙은이", "_UME": "この婆", "_GRANNY": "老婆子"}


@lru_cache(maxsize=None)
def _sbk(card_name: str) -> tuple:
    return tuple(r for r in built_records(globals()[card_name]) if r.metadata.focus != "conversation_memory")


def _fields(card_name: str) -> dict:
    return dict(globals()[card_name].fields)


def test_a_quoted_self_word_is_no_name_the_character_speaks_by():
    for card_name in _WORD_CARDS:
        card = globals()[card_name]
        assert not refers_to_self_by_name(card.name, dict(card.fields)), card_name


def test_the_builder_says_the_quoted_self_word_where_i_would_be():
    for card_name, word in _WORD_CARDS.items():
        card = globals()[card_name]
        assert self_reference(dict(card.fields), card.language) == word, card_name
        assert card_self_word(dict(card.fields), card.language, card.name) == word


def test_the_plain_i_quoted_is_no_self_word_to_say_instead():
    assert quoted_self_words("자기를 '제'라고 한다") == []
    assert quoted_self_words("calls herself 'me', never 'I'") == []
    assert quoted_self_words("자기를 '이 몸'이라고 부른다") == ["이 몸"]


def test_a_card_that_names_itself_instead_of_i_is_read_as_self_naming():
    for card, name in ((_XIAOMAN, "小满"), (_CHIYO, "ちよ"), (_DOTTIE, "Dottie")):
        assert refers_to_self_by_name(card.name, dict(card.fields)), card.name
        assert self_name(dict(card.fields), card.language, card.name) == name


def test_english_and_korean_golds_say_the_self_word_not_the_name():
    for card_name, name in (("_TRAPPER", "Jedediah"), ("_BOKRYE", "복례")):
        word = _WORD_CARDS[card_name]
        golds = [r.answer for r in _sbk(card_name)]
        assert not [g for g in golds if re.match(re.escape(name) + r"(?:'s|은|는|이|가| )", g)]
        assert [g for g in golds if word in g.lower()], golds


def test_every_self_word_gold_is_credited():
    for card_name in _WORD_CARDS:
        assert all(gold_accuracy(r, r.answer) == 1.0 for r in _sbk(card_name)), card_name


def test_chinese_golds_of_a_self_namer_say_the_name_not_wo():
    golds = [r.answer for r in _sbk("_XIAOMAN")]
    assert not [g for g in golds if "我" in g]
    assert [g for g in golds if g.startswith("小满")]


def test_the_reward_pays_a_self_namer_speaking_of_herself_by_name():
    age = next(r for r in _sbk("_XIAOMAN") if r.metadata.family == "age")
    assert gold_accuracy(age, "小满今年二十六岁咯。") == 1.0
    assert gold_accuracy(age, "她今年二十六岁。") < 1.0  # a pronoun is still third person


def test_the_reward_pays_the_card_self_word_as_the_speaker():
    home = next(r for r in _sbk("_BOKRYE") if "강진" in str(r.keywords))
    assert gold_accuracy(home, "이 늙은이는 강진에서 태어났지요.") == 1.0


def test_the_name_and_i_are_never_mixed_in_one_sentence():
    out = with_self_reference("I'd say I'm stubborn. I live in Tulsa.", "Dottie", "en", [])
    first, second = out.split(". ", 1)
    assert "I'm" not in first and first.startswith("Dottie'd say Dottie")
    assert second == "I live in Tulsa."  # a later sentence may still say I


def test_a_lower_case_self_word_opens_its_sentence_in_capitals():
    assert with_self_reference("I'm 58.", "this old dog", "en", []) == "This old dog's 58."


def test_the_audit_flags_a_gold_mixing_the_name_and_i():
    record = _sbk("_DOTTIE")[0]
    bad = record.model_copy(update={"answer": "Dottie'd say I'm sunny."})
    assert check_mixed_person(bad, _fields("_DOTTIE"))
    good = record.model_copy(update={"answer": "Dottie'd say Dottie's sunny."})
    assert not check_mixed_person(good, _fields("_DOTTIE"))


def test_the_audit_passes_the_built_golds_of_self_naming_and_self_word_cards():
    for card_name in ("_DOTTIE", "_TRAPPER", "_BOKRYE"):
        assert not [p for r in _sbk(card_name) for p in check_mixed_person(r, _fields(card_name))], card_name


def test_the_audit_flags_a_korean_gold_naming_the_self_word_speaker_by_her_given_name():
    home = next(r for r in _sbk("_BOKRYE") if "강진" in str(r.keywords))
    bad = home.model_copy(update={"answer": "복례는 강진에서 태어났어요."})
    assert any("third person" in p for p in check_voice(bad, Context(card=_fields("_BOKRYE"))))
    assert not [p for p in check_voice(home, Context(card=_fields("_BOKRYE"))) if "third person" in p]
