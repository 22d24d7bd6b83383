"""Session 36, s27: cues that over-fired on a correct answer, each narrowed to its structural reading (the
attack of the kind is still refused beside the correct answer it must pay)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _gt(keys, lang, question, answer, negatives=(), **kw):
    items = tuple(tuple(k) if isinstance(k, list) else (k,) for k in keys)
    return GroundTruth(answer=answer, keywords=items, negative_keywords=tuple(negatives), language=lang, question=question,
                       validation_method="single_term_validation" if len(items) == 1 else "multi_term_direct_parsing", **kw)


# --- the speaker as the topic (おいらなら, 我的话) is no condition
RUN = {"ja": _gt([["六日", "6日"]], "ja", "お前さんは何日で走るんだい？", "六日で走り抜けるぜ。", ["四日"]),
       "zh": _gt([["十八", "18"]], "zh", "你充一次电能用多久？", "十八个小时。", ["十二"])}


@pytest.mark.parametrize("lang,answer", [("ja", "おいらなら江戸から大坂まで、6日もありゃ十分だぜ。"), ("ja", "私なら六日で走ります。"),
                                         ("ja", "まあ、俺なら六日だな。"), ("zh", "我的话，十八个小时。"), ("zh", "俺的话，充满能用十八个小时。")])
def test_the_speaker_as_topic_is_its_own_claim(lang, answer):
    assert keyword_accuracy(answer, RUN[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("ja", "もし私なら六日で走れたのに。"), ("ja", "若い頃の私なら六日で走れた。"),
                                         ("ja", "六日もあれば走れるなら苦労はしねえ。"), ("zh", "要是我的话，十八个小时吧。"),
                                         ("zh", "如果充满的话能用十八个小时。")])
def test_a_real_condition_is_still_refused(lang, answer):
    assert keyword_accuracy(answer, RUN[lang]) == 0.0, answer


# --- "about" on one item's value does not hedge another item's
DIVE = _gt([["十五メートル", "15m"], ["二分", "2分"]], "ja", "何メートル潜れて、何分息が続いたん？", "十五メートル潜って、二分もった。",
           ["十メートル", "一分"])


@pytest.mark.parametrize("answer", ["15mくらいは平気で潜ったわ。息は2分はもったやんか。", "十五メートルほどは潜ったね。息は二分。"])
def test_an_approximate_other_item_leaves_this_one_whole(answer):
    assert keyword_accuracy(answer, DIVE) == 1.0, answer


@pytest.mark.parametrize("answer", ["15mは潜ったわ。息は2分、いや3分くらいやったかな。", "15m潜った。息は2分。たぶん3分やったかも。",
                                    "今のあたしやと十五メートルなんてとても無理や。二分どころか十秒ももたへんわ。"])
def test_a_second_value_of_the_same_item_or_a_denial_is_refused(answer):
    assert keyword_accuracy(answer, DIVE) < 1.0, answer


# --- the question's own frame said back in a comma list is no second value
LOAVES = _gt([["240", "two hundred and forty", "two hundred forty"]], "en", "How many loaves do you bake each morning?",
             "Two hundred and forty loaves, dear, every single morning.", ["180"])


@pytest.mark.parametrize("answer", ["Two hundred forty, dear, every morning, God willing.", "240, love, each morning, rain or shine.",
                                    "Two hundred forty, every morning, dear, same as always."])
def test_the_question_frame_in_a_comma_list_is_paid(answer):
    assert keyword_accuracy(answer, LOAVES) == 1.0, answer


@pytest.mark.parametrize("answer", ["Two hundred forty, dear, every morning, one hundred eighty, three hundred.",
                                    "240, 180, every morning, 300.", "240, 260, 300, 180."])
def test_other_numbers_in_the_list_are_still_a_dump(answer):
    assert keyword_accuracy(answer, LOAVES) == 0.0, answer


# --- a self-naming character's own speech tag
PIP = {"en": _gt([["1,200", "1200", "twelve hundred"]], "en", "Pip, how deep can you drill?", "Pip can drill 1,200 metres!",
                 ["800"], character_name="Pip", self_name=True),
       "zh": _gt([["十八", "18"]], "zh", "豆豆，你充一次电能用多久？", "豆豆能用十八个小时！", ["十二"], character_name="豆豆",
                 self_name=True)}


@pytest.mark.parametrize("lang,answer", [("en", "One thousand two hundred metres, says Pip! Whirr!"),
                                         ("en", "Twelve hundred metres, Pip says so!"), ("zh", "豆豆说，十八个小时！滴滴~"),
                                         ("zh", "十八个小时，豆豆说的！")])
def test_the_characters_own_tag_is_its_voice(lang, answer):
    assert keyword_accuracy(answer, PIP[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("en", "Bolt says Pip drills twelve hundred metres."), ("en", "1,200 metres, says Bolt."),
                                         ("en", "1,200 metres, they say."), ("en", "They say Pip drills 1,200 metres."),
                                         ("zh", "听豆豆说，十八个小时。"), ("zh", "团团说，十八个小时。")])
def test_someone_elses_tag_is_still_hearsay(lang, answer):
    assert keyword_accuracy(answer, PIP[lang]) == 0.0, answer


# --- a demonstrative tied by 的 to the keyword points at the thing, not the character
FEAR = _gt(["吸尘器"], "zh", "大黄，你最怕什么？", "吸尘器！一响我就躲床底。", ["打雷"], character_name="大黄")


@pytest.mark.parametrize("answer", ["那个会吼的吸尘器呗，一开本喵就飞去床底。", "那个会吼的大吸尘器呗。", "这个轰隆隆的吸尘器，最吓人了。"])
def test_that_noisy_keyword_is_the_thing_answered(answer):
    assert keyword_accuracy(answer, FEAR) == 1.0, answer


@pytest.mark.parametrize("answer", ["这位大黄最怕的是吸尘器。", "那个小猫的主人最怕吸尘器。"])
def test_the_character_seen_from_outside_is_still_refused(answer):
    assert keyword_accuracy(answer, FEAR) == 0.0, answer


@pytest.mark.parametrize("answer", ["이 꼬마 도깨비는 호박엿을 제일 좋아해!", "그 도깨비는 호박엿을 제일 좋아한다롱."])
def test_a_korean_demonstrative_subject_before_the_keyword_is_still_refused(answer):
    truth = _gt(["호박엿"], "ko", "두두리님은 무슨 음식을 제일 좋아하시나요?", "나야 호박엿이지!", ["메밀묵"])
    assert keyword_accuracy(answer, truth) == 0.0, answer


# --- an English creole's particles are English speech, not Portuguese
WEDDING = _gt([["14 March", "March 14", "March 14th"]], "en", "When is your daughter's wedding?", "Na 14th March!", ["June"])


@pytest.mark.parametrize("answer", ["Na March 14th o! My Adaeze don grow.", "E go be March 14, my sister. Na so."])
def test_pidgin_particles_are_english(answer):
    assert keyword_accuracy(answer, WEDDING) == 1.0, answer


@pytest.mark.parametrize("answer", ["Es el 14 de marzo, mi hija.", "Le 14 mars, ma fille.", "É dia 14 de março, minha filha.",
                                    "Na 14 de março, o casamento."])
def test_a_romance_sentence_is_still_another_language(answer):
    from raiden_r1.reward.analysis import analyse
    from raiden_r1.reward.language_check import foreign_latin_language
    assert foreign_latin_language(analyse(answer)) is not None, answer


# --- a wrong name given its own part, asked for one person's name
HEALER = {"ja": _gt(["リオ"], "ja", "うちのパーティーの回復役の名前、覚えてる？", "回復役はリオさんです。", ["ダン", "セラ"]),
          "zh": _gt(["丽娜"], "zh", "我们队里治疗的名字叫什么？", "治疗是丽娜。", ["大牛"]),
          "ko": _gt(["리오"], "ko", "우리 파티 치유사 이름 기억나?", "치유사는 리오 씨예요.", ["단"]),
          "en": _gt(["Rio"], "en", "What's the name of our party's healer?", "Our healer is Rio.", ["Dan"])}


@pytest.mark.parametrize("lang,answer", [("ja", "はい、リオさんです！ダンさんは前衛、セラさんは臨時の弓使いでしたよね。"),
                                         ("ja", "リオさんです。ダンさんは盾役だよね。"), ("zh", "丽娜啊。大牛是前锋。"),
                                         ("ko", "리오 씨요. 단 씨는 전위고요."), ("en", "Rio. Dan's the tank.")])
def test_another_person_given_another_part_is_no_second_answer(lang, answer):
    assert keyword_accuracy(answer, HEALER[lang]) == 1.0, answer


@pytest.mark.parametrize("lang,answer", [("ja", "リオさんです。ダンさんは回復役でしたっけ。"), ("ja", "リオさん、ダンさん。"),
                                         ("ja", "リオさんかダンさん。"), ("ja", "紅葉、時々はダンって呼んでる。"), ("zh", "丽娜，或者大牛。"),
                                         ("ko", "리오 씨요. 단 씨도요."), ("en", "Rio. Or Dan, the healer.")])
def test_the_wrong_name_for_the_slot_is_still_refused(lang, answer):
    assert keyword_accuracy(answer, HEALER[lang]) == 0.0, answer


# --- dialect negatives: Kansai -へん after a verb's stem, Scots -na
@pytest.mark.parametrize("answer", ["二分なんてもたへんわ。", "十五メートルは行かへん。"])
def test_kansai_negative_refuses(answer):
    assert keyword_accuracy(answer, DIVE) < 1.0, answer


def test_scots_negative_refuses():
    truth = _gt([["19 miles", "nineteen miles", "nineteen mile"]], "en", "How far can your light be seen?", "Nineteen mile.", ["12 miles"])
    assert keyword_accuracy("Dis light canna be seen nineteen mile, no in ony weather.", truth) == 0.0
    assert keyword_accuracy("Nineteen mile, lass, on a clear night.", truth) == 1.0
