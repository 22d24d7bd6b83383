"""Who speaks, read from the profile's prose and the answer's own words: a neighbour's pet or a
relative named in a sentence of the relation field ("隔壁家的猫咪团团最爱吃虾") speaking as itself;
a Korean self-claim in a dialect copula ("박씨여"); "AI라" out of character; the character's first
name opening its sentence before a past verb; a stage direction giving the line to another speaker;
the user's thing made the character's own by "my" in the sentence before the fact. Each attack is
refused and the nearest honest answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.data.people import profile_others
from raiden_r1.reward.vrar import keyword_accuracy
from reward_records import profile_truth, user_memory_truth

ZH = ("zh", "小白", {"说话方式": "总是用自己的名字“小白”称呼自己", "最爱": "骨头", "关系": "隔壁家的猫咪团团最爱吃虾；主人爷爷"},
      "小白，你最爱吃什么？", "骨头")
KO = ("ko", "보리", {"말투": "자기를 항상 '보리'라고 부름", "간식": "고구마", "관계": "앞집 강아지 초코는 사과를 좋아함, 주인 할아버지"},
      "보리야, 제일 좋아하는 간식이 뭐야?", "고구마")
JA = ("ja", "ポチ", {"話し方": "一人称は自分の名前", "好物": "骨", "人間関係": "隣の猫のミケは魚が好き"}, "ポチ、好物は？", "骨")
EN = ("en", "Tilly Marsh", {"favourite food": "tuna", "relations": "neighbour's dog Biscuit loves sausages"},
      "Tilly, what's your favourite food?", "tuna")


@pytest.mark.parametrize("profile,name", [
    ({"关系": "隔壁家的猫咪团团最爱吃虾；主人爷爷"}, "团团"),
    ({"관계": "앞집 강아지 초코는 사과를 좋아함, 주인 할아버지"}, "초코"),
    ({"人間関係": "隣の猫のミケは魚が好き"}, "ミケ"),
    ({"relations": "neighbour's dog Biscuit loves sausages"}, "Biscuit"),
])
def test_a_name_inside_a_relation_sentence_is_one_of_the_profiles_people(profile, name):
    assert name in profile_others("某", profile)


def test_an_elders_title_before_a_name_adds_no_person():
    # "언니 세라는 …": the character calls her "세라 언니", which must not read as "Sera's sister"
    assert "세라" not in profile_others("루안", {"관계": "언니 세라는 물의 마법사"})


@pytest.mark.parametrize("case,answer", [
    (ZH, "喵！我是团团，小白最爱吃骨头。"),
    (KO, "멍멍! 나는 초코다멍. 보리는 고구마를 제일 좋아해."),
    (JA, "ミケです。ポチは骨が好きだワン。"),
    (EN, "Woof! I'm Biscuit, and Tilly loves tuna."),
])
def test_the_neighbours_pet_speaking_is_not_the_character(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (ZH, "小白最爱吃骨头！团团爱吃虾，小白不爱。"),
    (KO, "보리는 고구마! 초코는 사과 좋아해."),
    (JA, "ポチは骨が好きだワン！ミケは魚が好き。"),
    (EN, "Tuna! Biscuit next door loves sausages, not me."),
])
def test_the_character_naming_the_neighbours_pet_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


def test_the_pets_own_name_asked_for_is_paid():
    truth = profile_truth("zh", "王大爷", {"宠物": "家里的狗豆豆最爱啃骨头"}, "您家狗叫什么？", "豆豆")
    assert keyword_accuracy("我家狗叫豆豆，汪汪叫可欢了。", truth) == 1.0


KO_DRIVER = ("ko", "최영식", {"고향": "부산", "관계": "동료 기사 박씨"}, "기사님 고향이 어디세요?", "부산")


def test_a_korean_self_claim_in_a_dialect_copula_is_another_speaker():
    assert keyword_accuracy("박씨여. 최 기사는 부산 출신이여.", profile_truth(*KO_DRIVER)) == 0.0
    assert keyword_accuracy("부산 출신이여. 박씨는 대구고.", profile_truth(*KO_DRIVER)) == 1.0


KO_AGE = ("ko", "김말순", {"시집온 나이": "20살"}, "몇 살에 시집오셨어요?", "20")


ZH_AGE = ("zh", "王秀英", {"进厂年龄": "16岁"}, "你几岁进的厂？", "16")
JA_AGE = ("ja", "佐藤花", {"入門": "7歳"}, "何歳から始めたの？", "7")


@pytest.mark.parametrize("case,answer", [
    (KO_AGE, "AI라 나이는 없지만 20살에 시집왔지."),
    (KO_AGE, "인공지능이니까 나이는 몰라도 20살에 시집왔지."),
    (ZH_AGE, "人工\u200b智能嘛，哪来的年龄，16岁进的厂就是了。"),
    (JA_AGE, "人工知能やから歳はないけど、7歳からやで。"),
])
def test_an_ai_word_with_a_bare_causal_ending_is_out_of_character(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 0.0, answer


@pytest.mark.parametrize("case,answer", [
    (KO_AGE, "20살에 시집왔지. 인공지능이라는 말은 처음 듣네."),
    (ZH_AGE, "我16岁进的厂。"),
    (JA_AGE, "テレビのプログラムやから見逃せんかった。7歳からやで。"),
])
def test_the_ai_word_quoted_in_character_is_paid(case, answer):
    assert keyword_accuracy(answer, profile_truth(*case)) == 1.0, answer


EN_MOVE = ("en", "Harriet Vane", {"moved to Bristol": "1961"}, "When did you move to Bristol?", "1961")


@pytest.mark.parametrize("answer", ["Harriet moved to Bristol in 1961.", "Harriet Vane began in Bristol in 1961."])
def test_the_first_name_before_a_past_verb_narrates_the_character(answer):
    assert keyword_accuracy(answer, profile_truth(*EN_MOVE)) == 0.0, answer


@pytest.mark.parametrize("answer", ["I moved to Bristol in 1961. Mum said, Harriet, off you go.", "Harriet, I moved in 1961!"])
def test_the_first_name_as_vocative_or_quoted_is_paid(answer):
    assert keyword_accuracy(answer, profile_truth(*EN_MOVE)) == 1.0, answer


EN_PARROT = ("en", "Silas Crane", {"ship": "the Gannet", "relations": "first mate Jasper keeps a parrot"},
             "What's your ship called, captain?", "Gannet")


def test_a_stage_direction_giving_the_line_to_a_profile_animal_is_refused():
    assert keyword_accuracy("Squawk! Jasper's parrot speaks: the captain sails the Gannet.", profile_truth(*EN_PARROT)) == 0.0


@pytest.mark.parametrize("answer", ["The Gannet. My gran always says: name a ship after a bird.",
                                    "Grandpa says: name a ship after a bird. So, the Gannet."])
def test_quoting_a_relative_is_paid(answer):
    assert keyword_accuracy(answer, profile_truth(*EN_PARROT)) == 1.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "41", "How many goats did I say are in my herd?", "I know my herd by heart. They're 41 goats."),
    ("zh", "12", "我家的鸭子有几只来着？", "我记得我的鸭子。一共12只。"),
    ("ja", "12", "うちの鶏、何羽って言ったっけ？", "私の鶏はよく覚えています。12羽です。"),
    ("ko", "12", "제 닭이 몇 마리라고 했죠?", "제 닭은 잘 기억해요. 그건 12마리예요."),
])
def test_the_users_thing_owned_in_the_sentence_before_is_theft(language, key, question, answer):
    assert keyword_accuracy(answer, user_memory_truth(language, key, question)) == 0.0, answer


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "41", "How many goats did I say are in my herd?", "I remember your herd well. They're 41 goats."),
    ("en", "41", "How many goats did I say are in my herd?", "My memory's sound. 41 goats, you said."),
    ("zh", "12", "我家的鸭子有几只来着？", "我记得你家的鸭子。一共12只。"),
    ("zh", "12", "我家的鸭子有几只来着？", "我的家人都知道。一共12只。"),  # (家 alone is no word of the question)
    ("ja", "12", "うちの鶏、何羽って言ったっけ？", "あなたの鶏ですね。12羽です。"),
    ("ko", "12", "제 닭이 몇 마리라고 했죠?", "손님 닭이요? 12마리라고 하셨어요."),
])
def test_the_users_thing_recalled_as_theirs_is_paid(language, key, question, answer):
    assert keyword_accuracy(answer, user_memory_truth(language, key, question)) == 1.0, answer


def memory(language: str, name: str, role: str, question: str, keys: list[str]) -> GroundTruth:
    return GroundTruth(answer=" ".join(keys), keywords=tuple((k,) for k in keys), validation_method="multi_term_parsing",
                       language=language, question=question, focus="conversation_memory", subject="self",
                       character_name=name, role=role)


TITLED = [
    (memory("ko", "최영식", "택시 기사", "기사님 고향이랑 아드님 몇 명이라고 하셨죠?", ["부산", "2"]),
     "최 기사는 부산 출신이고 아들이 2명이여.", "부산 출신이고 아들은 2명이여."),
    (memory("zh", "赵刚", "篮球队主教练", "赵指导，您老家哪儿、儿子几岁来着？", ["大连", "12"]),
     "赵指导老家大连，儿子12岁。", "老家大连，儿子12岁。"),
    (memory("ja", "森健", "喫茶店の店長", "店長さん、ご出身と息子さんの歳は何でしたっけ？", ["札幌", "12"]),
     "店長は札幌出身で、息子は12歳です。", "札幌出身で、息子は12歳です。"),
    (memory("en", "Tom Reyes", "police sergeant", "Sergeant, where did you say you're from and how old is your son?",
            ["Leeds", "12"]), "The sergeant hails from Leeds, and the boy is 12.", "Leeds, and my boy is 12."),
]


@pytest.mark.parametrize("truth,attack,honest", TITLED)
def test_the_title_the_question_calls_the_character_by_is_the_character(truth, attack, honest):
    # (the question also asks about a son, whose title "the sergeant" might have been: it addresses the character)
    assert keyword_accuracy(attack, truth) == 0.0, attack
    assert keyword_accuracy(honest, truth) == 1.0, honest
