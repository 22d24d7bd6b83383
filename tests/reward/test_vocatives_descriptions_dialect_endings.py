"""Natural in-character answers the reward refused (rev62 F), each beside the attack it must still refuse:
a role vocative after the answer ("..., citizen."), a description after a name asked for ("陈志强，湛江人"),
"A or B" where both are keys of the same item, and dialect endings whose letters spell a cue word
(Hakata ばい after 生まれ is no conditional れば; くらいや holds no "no" いや)."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.perspective import name_forms
from raiden_r1.reward.matching import prepare
from raiden_r1.reward.vrar import keyword_accuracy


def gt(language, question, keys, gold=None, **kw):
    keys = (keys,) if isinstance(keys, str) else tuple(keys)
    return GroundTruth(answer=gold or keys[0], keywords=(keys,), language=language, question=question, **kw)


# A card whose nickname opens with a form of address ("Citizen Vasseur"): the word alone is how it speaks
# to others, not its name.
def _citizen(question, key, **kw):
    return gt("en", question, key, character_name="Margot Vasseur", aliases=("Citizen Vasseur", "the Engraver"), **kw)


def test_a_nicknames_form_of_address_is_no_name_form():
    forms = name_forms("Margot Vasseur", ("Citizen Vasseur", "Comrade Orlov"))
    assert "citizen" not in forms and "comrade" not in forms
    assert "vasseur" in forms and "orlov" in forms and "citizen vasseur" in forms


@pytest.mark.parametrize("question,key,answer", [
    ("What did I say my dog was called?", "Pistache", "Pistache, citizen."),
    ("What did I say my dog was called?", "Pistache", "Pistache, citizen. A bourgeois name for a dog."),
    ("Where is my sister moving?", "Rouen", "Rouen, citizen, in the spring."),
    ("When is your birthday?", "2 April", "2 April, citizen."),
])
def test_the_cards_own_vocative_after_the_answer_is_paid(question, key, answer):
    assert keyword_accuracy(answer, _citizen(question, key, focus="conversation_memory")) == 1.0, answer


@pytest.mark.parametrize("question,key,answer", [
    ("Where is my sister moving?", "Rouen", "Rouen? No, citizen, Nantes."),
    ("Where is my sister moving?", "Rouen", "Nantes, citizen."),
    ("Where is my sister moving?", "Rouen", "Rouen, citizen, or Nantes."),
])
def test_the_vocative_excuses_no_wrong_or_second_value(question, key, answer):
    assert keyword_accuracy(answer, _citizen(question, key, focus="conversation_memory")) == 0.0, answer


def test_the_full_nickname_as_a_label_still_narrates():
    truth = _citizen("Where were you born?", "Lyon")
    assert keyword_accuracy("Citizen Vasseur, engraver. Lyon.", truth) == 0.0


@pytest.mark.parametrize("truth,answer", [
    (gt("en", "Where did you grow up?", "Savannah"), "Lowcountry, comrade, Savannah."),
    (gt("en", "Where did you grow up?", "Savannah"), "Way down south, pilgrim, Savannah."),
    (gt("zh", "你老家在哪儿？", "扬州"), "江北，同志，扬州。"),
    (gt("ja", "どこの生まれ？", "神戸"), "関西、旦那、神戸や。"),
    (gt("ko", "고향이 어디요?", "안동"), "경상도, 동무, 안동이오."),
])
def test_role_vocatives_in_a_bare_list_are_speech(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


NAMED = {"zh": gt("zh", "你老公是谁？", ("陈志强", "志强")), "ja": gt("ja", "旦那さんの名前は？", "田中健"),
         "ko": gt("ko", "남편 이름이 뭐예요?", "박민수"), "en": gt("en", "What's your husband's name?", "Leon Brandt")}


@pytest.mark.parametrize("language,answer", [
    ("zh", "陈志强，湛江人，开的士的。"),
    ("zh", "陈志强，司机。"),
    ("ja", "田中健、運転手。"),
    ("ja", "田中健、大阪生まれ。"),
    ("ko", "박민수, 부산 사람."),
    ("ko", "박민수, 택시 기사."),
    ("en", "Leon Brandt, Hamburg man."),
])
def test_a_description_after_the_name_is_no_second_candidate(language, answer):
    assert keyword_accuracy(answer, NAMED[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "陈志强，王建国。"),
    ("zh", "陈志强，湛江人，王建国。"),
    ("zh", "陈志强，王司机。"),
    ("ko", "박민수, 김 기사."),
    ("ja", "田中健、佐藤優。"),
    ("ko", "박민수, 김철수."),
    ("en", "Leon Brandt, Karl Weiss."),
])
def test_a_second_name_beside_the_name_stays_a_hedge(language, answer):
    assert keyword_accuracy(answer, NAMED[language]) == 0.0, answer


def test_a_descriptor_word_is_a_candidate_when_a_key_is_one():
    # asked a name whose key ends in 司机 (a nickname): another X司机 is a rival nickname
    truth = gt("zh", "大家叫你什么外号？", "飞车司机")
    assert keyword_accuracy("飞车司机，夜班司机。", truth) == 0.0
    assert keyword_accuracy("飞车司机。", truth) == 1.0


ALIASES = {"zh": gt("zh", "大家平时怎么叫你？", ("小芳", "芳姐")), "ja": gt("ja", "猫の名前は？", ("タマ", "玉三郎")),
           "ko": gt("ko", "강아지 이름이 뭐예요?", ("복실이", "누리")), "en": gt("en", "What do folks call you?", ("Robert", "Bobby"))}


@pytest.mark.parametrize("language,answer", [
    ("zh", "小芳，或者芳姐。"),
    ("ja", "タマ、または玉三郎。"),
    ("ko", "복실이, 아니면 누리."),
    ("en", "Robert, or Bobby."),
    ("zh", "小芳，或者芳姐啦。"),
    ("ko", "복실이요, 아니면 누리요."),
])
def test_or_between_two_keys_of_one_item_is_no_hedge(language, answer):
    assert keyword_accuracy(answer, ALIASES[language]) == 1.0, answer


@pytest.mark.parametrize("language,answer", [
    ("zh", "小芳，或者小丽。"),
    ("ja", "タマ、または三毛。"),
    ("ko", "복실이, 아니면 누렁이."),
    ("en", "Robert, or Richard."),
    ("ko", "복실이? 아니, 누렁이."),
    ("zh", "小芳，或者小丽啦。"),
])
def test_or_with_a_value_that_is_no_key_stays_a_hedge(language, answer):
    assert keyword_accuracy(answer, ALIASES[language]) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [
    (gt("ja", "どこの生まれ？", "神戸"), "うちは神戸の生まればい。"),
    (gt("ja", "どこの生まれ？", "神戸"), "神戸生まればい！"),
    (gt("ja", "誕生日はいつ？", "五月三日"), "昭和五十年の五月三日生まればいね。"),
])
def test_hakata_bai_after_umare_is_no_conditional(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("answer", ["神戸に生まれれば、よかったとに。", "神戸に生まれればいいのにね。", "神戸に生まれればい。"])
def test_a_real_reba_conditional_stays_refused(answer):
    assert keyword_accuracy(answer, gt("ja", "どこの生まれ？", "神戸")) == 0.0, answer


def test_iya_inside_a_word_is_no_no_to_a_yes_no_question():
    truth = gt("ja", "猫を飼っていますか？", "タマ", "はい、タマっていう猫がいます。")
    assert prepare(truth).yes_no == "yes"
    assert keyword_accuracy("飼っとるよ。タマ、かわいいやつや。", truth) == 1.0
    assert keyword_accuracy("いや、飼ってへん。タマは隣の猫や。", truth) == 0.0


@pytest.mark.parametrize("language,question", [
    ("ja", "体重はどのくらいですか？"), ("ja", "家賃はいくらですか？"),
    ("ko", "키가 얼마나 돼요?"), ("ko", "누가 제일 친한 친구예요?"), ("zh", "你多高啊？"),
])
def test_a_question_word_makes_no_yes_no_question(language, question):
    assert prepare(gt(language, question, "41")).yes_no == ""


@pytest.mark.parametrize("truth,answer", [
    (gt("ja", "どこの生まれ？", "神戸"), "神戸たい。"),
    (gt("ja", "どこの生まれ？", "神戸"), "神戸の生まれやねん。"),
    (gt("ja", "身長はどのくらいですか？", "148", "148センチです。"), "148センチ、ちっちゃいやろ？"),
    (gt("ko", "고향이 어디우꽈?", "안동"), "안동이우다."),
    (gt("ko", "고향이 어디우꽈?", "안동"), "안동이수다."),
    (gt("ko", "고향이 어디고?", "안동"), "안동 아이가."),
    (gt("zh", "你老公叫咩名？", "陈志强"), "我老公系陈志强，揸的士嘅。"),
])
def test_dialect_endings_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (gt("ja", "どこの生まれ？", "神戸"), "神戸やない、大阪や。"),
    (gt("zh", "你老家喺边度？", "扬州"), "冇喺扬州住过。"),
])
def test_a_dialect_denial_stays_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
