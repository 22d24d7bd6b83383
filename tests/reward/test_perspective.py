"""Answers that talk about the character from outside ("Your pet: Pretzel", "Maisie is ...", a
script label) are out of character; terse answers and answers about the user are not."""

from pathlib import Path

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy, score_response


def gt(keyword, language="en", name="Maisie Callahan", focus="script_knowledge"):
    return GroundTruth(answer=keyword, keywords=((keyword,),), language=language, focus=focus,
                       character_name=name).to_json()


def record_truth(question, keyword, language, *, name="Ada", profile=None, negatives=(), focus="script_knowledge",
                 history=()):
    """The ground truth the converter builds for a one-keyword record (subject, self-name and the
    profile's other people read from it)."""
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.schema import Record

    return record_ground_truth(Record.model_validate(dict(
        character_name=name, character_profile={"name": name, **(profile or {})}, conversation_history=list(history),
        question=question, answer=keyword, keywords=[keyword], negative_keywords=list(negatives), question_type="what",
        validation_method="single_term_validation", difficulty="easy",
        metadata={"language": language, "focus": focus, "source": "t"})))


@pytest.mark.parametrize("answer,keyword,language,name", [
    ("Your pet: Pretzel", "Pretzel", "en", "Maisie Callahan"),
    ("Your father is Dan Callahan.", "Dan Callahan", "en", "Maisie Callahan"),
    ("You are Maisie Callahan", "Maisie Callahan", "en", "Maisie Callahan"),
    ("You're Maisie, a robotics kid from Duluth.", "Duluth", "en", "Maisie Callahan"),
    ("Maisie Callahan is a talented kid who lives in Duluth.", "Duluth", "en", "Maisie Callahan"),
    ("Maisie's dog is called Pretzel.", "Pretzel", "en", "Maisie Callahan"),
    ("你的宠物是小白。", "小白", "zh", "林小雨"),
    ("林小雨的宠物是小白。", "小白", "zh", "林小雨"),
    ("小雨是一只猫的主人，猫叫小白。", "小白", "zh", "林小雨"),
    ("あなたのペットはポチです。", "ポチ", "ja", "佐藤 花子"),
    ("花子はポチという犬を飼っています。", "ポチ", "ja", "佐藤 花子"),
    ("당신의 강아지는 초코예요.", "초코", "ko", "김민지"),
    ("김민지는 초코라는 강아지를 키워요.", "초코", "ko", "김민지"),
    ("Maisie Callahan: I live in Duluth.", "Duluth", "en", "Maisie Callahan"),  # a script line, not speech
    ("She's from Duluth, you know.", "Duluth", "en", "Maisie Callahan"),
    ("Let me tell you: she was born in Duluth.", "Duluth", "en", "Maisie Callahan"),
    ("她的宠物叫小白。", "小白", "zh", "林小雨"),
    ("彼女のペットはポチです。", "ポチ", "ja", "佐藤 花子"),
    ("그녀의 강아지는 초코예요.", "초코", "ko", "김민지"),
])
def test_talking_about_the_character_from_outside_is_out_of_character(answer, keyword, language, name):
    s = score_response(answer, gt(keyword, language, name))
    assert s["in_character"] == 0.0 and s["accuracy"] == 0.0, answer
    assert keyword_accuracy(answer, gt(keyword, language, name)) == 0.0  # the evaluation's metric agrees


@pytest.mark.parametrize("answer,keyword,language,name", [
    ("My pet is called Pretzel.", "Pretzel", "en", "Maisie Callahan"),
    ("Pretzel!", "Pretzel", "en", "Maisie Callahan"),
    ("Maisie Callahan.", "Maisie Callahan", "en", "Maisie Callahan"),
    ("I'm Maisie Callahan, nice to meet you.", "Maisie Callahan", "en", "Maisie Callahan"),
    ("Your question is a fun one: Pretzel, my dog.", "Pretzel", "en", "Maisie Callahan"),
    ("Dan Callahan is my dad.", "Dan Callahan", "en", "Maisie Callahan"),
    ("我的宠物叫小白。", "小白", "zh", "林小雨"),
    ("小白！", "小白", "zh", "林小雨"),
    ("私のペットはポチです。", "ポチ", "ja", "佐藤 花子"),
    ("제 강아지 이름은 초코예요.", "초코", "ko", "김민지"),
])
def test_in_character_answers_stay_in_character(answer, keyword, language, name):
    s = score_response(answer, gt(keyword, language, name))
    assert s["in_character"] == 1.0 and s["accuracy"] == 1.0, answer
    assert keyword_accuracy(answer, gt(keyword, language, name)) == 1.0


def test_an_answer_about_the_user_may_say_your():
    g = GroundTruth(answer="Your exam is on March 14.", keywords=(("March 14",),), language="en",
                    focus="conversation_memory", character_name="Maisie Callahan", subject="user",
                    question="When did I say my exam is?")
    s = score_response("Your exam is on March 14.", g)
    assert s["in_character"] == 1.0 and s["accuracy"] == 1.0
    assert score_response("You said March 14, I remember.", g)["accuracy"] == 1.0
    # ... but claiming the user's fact as the character's own earns nothing.
    assert score_response("My exam is on March 14.", g)["accuracy"] == 0.0
    assert score_response("I have my exam on March 14.", g)["accuracy"] == 0.0


def test_giving_the_characters_own_fact_to_the_user_earns_nothing():
    g = GroundTruth(answer="I'm leaving for Lisbon on Thursday.", keywords=(("Thursday",),), language="en",
                    focus="conversation_memory", character_name="Maisie Callahan", subject="self",
                    question="When did you say you're leaving?")
    assert score_response("I'm off on Thursday!", g)["accuracy"] == 1.0
    assert score_response("You're leaving for Lisbon on Thursday, aren't you?", g)["accuracy"] == 0.0


@pytest.mark.parametrize("answer", ["I'm Pretzel!", "Woof, I am Pretzel."])
def test_claiming_to_be_the_pet_is_another_identity(answer):
    g = GroundTruth(answer="My pet is called Pretzel.", keywords=(("Pretzel",),), language="en",
                    character_name="Maisie Callahan", subject="other", question="What's your pet called?")
    s = score_response(answer, g)
    assert s["accuracy"] == 0.0 and s["in_character"] == 0.0


def test_a_character_who_speaks_of_itself_by_name_may_do_so():
    g = GroundTruth(answer="Pip was born in Bramblecombe!", keywords=(("Bramblecombe",),), language="en",
                    character_name="Pip Larkspur", self_name=True, question="Where were you born?")
    assert score_response("Pip was born in Bramblecombe!", g)["accuracy"] == 1.0
    assert score_response("She was born in Bramblecombe.", g)["accuracy"] == 0.0  # a narrator, not Pip
    plain = GroundTruth(answer="I was born in Bramblecombe.", keywords=(("Bramblecombe",),), language="en",
                        character_name="Pip Larkspur", question="Where were you born?")
    assert score_response("Pip was born in Bramblecombe!", plain)["accuracy"] == 0.0


def test_without_a_character_name_only_the_pronoun_rules_apply():
    assert score_response("Maisie Callahan is from Duluth.", gt("Duluth", name=""))["in_character"] == 1.0
    assert score_response("Your home: Duluth.", gt("Duluth", name=""))["in_character"] == 0.0


def test_every_shipped_gold_answer_is_in_character():
    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.records_io import load_records

    data = Path(__file__).resolve().parents[2] / "data" / "training"
    for split in ("train", "validation", "test"):
        for r in load_records(data / f"{split}.json"):
            s = score_response(r.answer, record_ground_truth(r).to_json())
            assert s["in_character"] == 1.0, (split, r.answer)


def _named(keyword, gold, question, language, name, subject="other"):
    return GroundTruth(answer=gold, keywords=((keyword,),), language=language, question=question,
                       character_name=name, subject=subject).to_json()


@pytest.mark.parametrize("answer,keyword,gold,question,language,name,subject", [
    # the character speaks as the pet or relative whose name is asked: "I am <keyword>" + copula
    ("ワン！ぼくはおはぎだワン。", "おはぎ", "柴犬のおはぎです。", "飼っているワンちゃんのお名前は？", "ja", "灯村千歳", "self"),
    ("찍찍! 나는 콩떡이야!", "콩떡", "햄스터 키워. 이름은 콩떡이야!", "집에서 키우는 동물 있어?", "ko", "한봄", "other"),
    ("저는 두부예요. 멍멍!", "두부", "우리 강아지 이름은 두부예요.", "강아지 이름이 뭐예요?", "ko", "김민지", "other"),
    ("僕はポチです。", "ポチ", "犬の名前はポチです。", "犬の名前は？", "ja", "佐藤 花子", "other"),
])
def test_claiming_to_be_the_named_pet_or_relative_earns_no_accuracy(answer, keyword, gold, question, language, name,
                                                                    subject):
    assert score_response(answer, _named(keyword, gold, question, language, name, subject))["accuracy"] == 0.0


@pytest.mark.parametrize("answer,keyword,gold,question,language,name", [
    # "I am <keyword>" where the gold answer says the same of the character: a property, not an identity
    ("아뇨, 저는 외동이에요.", "외동", "아뇨, 외동이에요. 혼자 자랐어요.", "형제가 있으세요?", "ko", "김민지"),
    ("私は一人っ子です。", "一人っ子", "一人っ子です。", "兄弟はいますか？", "ja", "佐藤 花子"),
    # the name as the object, not the speaker: "나는 콩떡이 좋아"
    ("나는 콩떡이 제일 좋아. 우리 햄스터야.", "콩떡", "햄스터 키워. 이름은 콩떡이야!", "집에서 키우는 동물 있어?", "ko", "한봄"),
])
def test_i_am_keyword_is_paid_when_it_is_not_a_claim_to_be_someone_else(answer, keyword, gold, question, language,
                                                                       name):
    assert score_response(answer, _named(keyword, gold, question, language, name))["accuracy"] == 1.0


@pytest.mark.parametrize("name,given", [("灯村千歳", "千歳"), ("林小雨", "小雨"), ("桃瀬ここな", "ここな"),
                                        ("佐藤 花子", "花子"), ("정하람", "하람")])
def test_the_given_name_is_a_name_form_even_when_it_holds_a_numeral(name, given):
    from raiden_r1.canon import canonical
    from raiden_r1.data.perspective import name_forms

    assert canonical(given) in name_forms(name)


def test_narrating_a_character_by_a_given_name_with_a_numeral_is_third_person():
    truth = GroundTruth(answer="父は源蔵です。", keywords=(("源蔵",),), language="ja", question="お父さんの名前は？",
                        character_name="灯村千歳", subject="other").to_json()
    assert score_response("父は源蔵です。", truth)["accuracy"] == 1.0
    assert score_response("千歳の父は源蔵です。", truth)["accuracy"] == 0.0


@pytest.mark.parametrize("answer,keyword,question,language,paid", [
    ("他记着呢：你下周三要去西安出差。", "西安", "我下周要去哪儿出差来着？", "zh", False),
    ("彼はちゃんと覚えとるよ。あんたは来月、札幌に行くっちゃろ。", "札幌", "私、来月どこに行くって言いましたっけ？", "ja", False),
    ("그는 다 기억해요. 토요일에 부산 가신다고 하셨죠.", "부산", "제가 토요일에 어디 간다고 했죠?", "ko", False),
    ("He remembers: you're off to Lisbon on Friday.", "Lisbon", "Where did I say I'm going on Friday?", "en", False),
    ("记着呢：你下周三要去西安出差。", "西安", "我下周要去哪儿出差来着？", "zh", True),
    ("ちゃんと覚えとるよ。あんたは来月、札幌に行くっちゃろ。", "札幌", "私、来月どこに行くって言いましたっけ？", "ja", True),
    ("You said you're off to Lisbon, and I remember it too.", "Lisbon", "Where did I say I'm going on Friday?", "en", True),
])
def test_a_pronoun_that_knows_narrates_the_character(answer, keyword, question, language, paid):
    # remembering is how memory is recalled; "he remembers" is the character seen from outside
    truth = GroundTruth(answer=keyword, keywords=((keyword,),), language=language, focus="conversation_memory",
                        question=question, character_name="Maisie Callahan").to_json()
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


@pytest.mark.parametrize("answer,paid", [("凪は19歳です。", False), ("凪「19歳です」", False), ("凪：19歳です。", False),
                                         ("19歳です。", True), ("私は19歳、凪って呼んでね。", True)])
def test_a_one_character_given_name_is_read_as_speaker_or_subject(answer, paid):
    truth = GroundTruth(answer="19歳です。", keywords=(("19",),), language="ja", question="今いくつ？",
                        character_name="早乙女 凪")
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


@pytest.mark.parametrize("answer", ["私は19歳、なぎさって呼んでね。", "19歳です。早乙女っていいます。"])
def test_saying_what_one_is_called_is_not_narration(answer):
    truth = GroundTruth(answer="19歳です。", keywords=(("19",),), language="ja", question="今いくつ？",
                        character_name="早乙女 凪", aliases=("なぎさ",))
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("answer,keyword,question,language", [
    ("그녀는 서초경찰서 소속이에요.", "서초경찰서", "형사님은 어느 경찰서 소속이세요?", "ko"),
    ("他师父是玄机子。", "玄机子", "你的师父是谁？", "zh"),
    ("His mentor was Aldric the Grey.", "Aldric", "Who was your mentor?", "en"),
])
def test_a_pronoun_owning_the_relative_or_a_misread_noun_is_still_third_person(answer, keyword, question, language):
    # 형사님 holds 형 (elder brother) but asks about the detective himself; "他师父" is "his master"
    assert keyword_accuracy(answer, record_truth(question, keyword, language, name="한지훈")) == 0.0


@pytest.mark.parametrize("answer", ["我给他起名叫雪团。", "我把它叫作雪团。", "它叫雪团。"])
def test_a_chinese_pronoun_as_an_object_is_not_narration(answer):
    truth = GroundTruth(answer="我给它起名叫雪团。", keywords=(("雪团",),), language="zh", question="你捡到的白鹤叫什么？")
    assert keyword_accuracy(answer, truth) == 1.0


@pytest.mark.parametrize("answer,paid", [
    ("我是陈默，我老婆老家在泉州。", False), ("林秀英在此，我闺女老家泉州。", False), ("泉州，我土生土长的地方。", True),
    ("我是陈默的妻子，老家泉州。", True),
])
def test_claiming_to_be_a_person_the_profile_lists_is_another_identity(answer, paid):
    truth = record_truth("你老家在哪？", "泉州", "zh", name="林晓棠", profile={"家人": "母亲 - 林秀英；丈夫 - 陈默"},
                         negatives=("厦门",))
    assert truth.others == ("林秀英", "陈默")
    assert (keyword_accuracy(answer, truth) == 1.0) == paid


@pytest.mark.parametrize("answer,language,profile,keyword,paid", [
    ("Woof! I'm Biscuit, and we live in Duluth.", "en", {"pets": "dog - Biscuit"}, "Duluth", False),
    ("이옥자예요. 딸 고향은 강릉이지요.", "ko", {"가족": "어머니 - 이옥자"}, "강릉", False),
    ("さくらです。ここなの出身は金沢ですよ。", "ja", {"家族": "母 - 桃瀬 さくら"}, "金沢", False),
    ("I'm Biscuit's owner, and we live in Duluth.", "en", {"pets": "dog - Biscuit"}, "Duluth", True),
])
def test_a_pet_or_relative_named_by_the_profile_cannot_answer_for_the_character(answer, language, profile, keyword,
                                                                                 paid):
    truth = record_truth("Where are you from?", keyword, language, profile=profile)
    assert (keyword_accuracy(answer, truth) == 1.0) == paid
