"""A character that makes its own title (from the profile's occupation field) the subject of its
answer narrates itself from outside: "The sergeant stands 188 cm", "女将は来月…", "赵指导身高186",
"최 선수 키는…". The same title as an object or in a compound is still the character speaking."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth, parse_ground_truth, record_ground_truth
from raiden_r1.data.perspective import profile_role
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


def record(language, profile, question, answer, key, focus="script_knowledge", history=()):
    return Record.model_validate({
        "character_name": next(iter(profile.values())), "character_profile": profile,
        "conversation_history": [{"role": r, "content": c} for r, c in history], "question": question,
        "answer": answer, "keywords": [key], "negative_keywords": [], "question_type": "what",
        "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": focus}})


def gt(language, key, role, name):
    return GroundTruth(answer=key, keywords=((key,),), language=language, question="?", role=role,
                       character_name=name, subject="self")


@pytest.mark.parametrize("language,key,role,name,answer", [
    ("en", "188 cm", "Sergeant, Royal Engineers", "Tom Hale", "The sergeant stands 188 cm in his socks."),
    ("ja", "178cm", "相撲部屋の親方（元関脇）", "大河原剛", "親方は178センチじゃ。"),
    ("ja", "京都", "温泉旅館の女将", "春江", "女将は来月、京都の実家に帰るそうですよ。"),
    ("zh", "186厘米", "篮球队主教练", "赵国强", "赵指导身高186厘米，特别显眼。"),
    ("ko", "192cm", "프로 배구 선수", "최민호", "최 선수 키는 192cm예요."),
    ("ko", "192cm", "프로 배구 선수", "최민호", "선수는 192cm예요."),
])
def test_its_own_title_as_the_subject_is_third_person(language, key, role, name, answer):
    assert keyword_accuracy(answer, gt(language, key, role, name)) == 0.0, answer


@pytest.mark.parametrize("language,key,role,name,answer", [
    ("en", "188 cm", "Sergeant, Royal Engineers", "Tom Hale", "I'm 188 cm, the tallest sergeant in the regiment."),
    ("zh", "防守", "篮球队主教练", "赵国强", "当教练十年了，最拿手的是防守。"),
    ("ko", "10년", "프로 배구 선수", "최민호", "선수 생활은 10년 했어요."),
    ("ja", "178cm", "相撲部屋の親方", "大河原剛", "わしは178センチじゃ。"),
    ("zh", "186厘米", "", "赵国强", "赵指导身高186厘米。"),  # no role in the profile: no title to read
])
def test_the_title_elsewhere_is_still_the_character_speaking(language, key, role, name, answer):
    assert keyword_accuracy(answer, gt(language, key, role, name)) == 1.0, answer


def test_the_role_travels_in_the_ground_truth():
    rec = record("ja", {"名前": "春江", "職業": "温泉旅館の女将"}, "出身は？", "京都です。", "京都")
    truth = record_ground_truth(rec)
    assert truth.role == "温泉旅館の女将" == profile_role(rec.character_profile)
    assert parse_ground_truth(truth.to_json()).role == "温泉旅館の女将"
    assert "role" not in GroundTruth(answer="x").to_json()  # rows without a role stay as they were


def cm(language, key, question, gold, subject="self"):
    return GroundTruth(answer=gold, keywords=((key,),), language=language, question=question,
                       focus="conversation_memory", subject=subject)


@pytest.mark.parametrize("language,key,question,answer,paid", [
    ("zh", "周三", "你之前说你哪天去杭州来着？", "周三，你自己说的呀。", 0.0),
    ("zh", "周三", "你之前说你哪天去杭州来着？", "周三啊，我跟你说过的。", 1.0),
    ("en", "Wednesday", "Which day did you say you're off to Leeds?", "Wednesday, you said so yourself.", 0.0),
    ("en", "Wednesday", "Which day did you say you're off to Leeds?", "Wednesday, like I told you.", 1.0),
    ("ja", "京都", "女将さん、来月どこに帰るんでしたっけ？", "京都って、お客様がおっしゃってましたよね。", 0.0),
    ("ja", "京都", "女将さん、来月どこに帰るんでしたっけ？", "お客様が京都に帰られるんですよね？", 0.0),
    ("ja", "京都", "女将さん、来月どこに帰るんでしたっけ？", "京都の実家ですよ、お客様。", 1.0),
    ("ko", "금요일", "언제 이사 간다고 하셨죠?", "금요일이요, 손님이 그러셨잖아요.", 0.0),
    ("ko", "금요일", "언제 이사 간다고 하셨죠?", "금요일이요, 제가 말씀드렸잖아요.", 1.0),
])
def test_its_own_remembered_fact_given_to_the_user(language, key, question, answer, paid):
    assert keyword_accuracy(answer, cm(language, key, question, key)) == paid, answer


@pytest.mark.parametrize("language,key,name,answer", [
    ("ja", "37", "久我千鶴", "この写真師は今年三十七になる。"),  # 師 is folded to 师: the role suffix still reads
    ("ko", "51", "오말순", "이 생선 가게 아주머니는 올해 쉰한 살이다."),
    ("en", "Lindmoor", "Brother Anselm Kett", "Brother Anselm was born in Lindmoor, among the eels."),
])
def test_the_character_as_this_role_or_by_its_name_after_a_title_is_third_person(language, key, name, answer):
    truth = GroundTruth(answer=key, keywords=((key,),), language=language, question="?", character_name=name,
                        subject="self")
    assert keyword_accuracy(answer, truth) == 0.0, answer


def test_instead_is_no_demonstrative():
    truth = GroundTruth(answer="눈물이 많아요", keywords=(("눈물이 많",),), language="ko", question="성격이 어때?",
                        character_name="루나", subject="self")
    assert keyword_accuracy("저는 명랑해요! 그 대신 눈물이 많아요.", truth) == 1.0


@pytest.mark.parametrize("answer,paid", [
    ("Captain Varga is 43, and not a day less.", 0.0), ("I'm 43, and I've been a captain for twenty years.", 1.0),
])
def test_title_and_family_name_without_article(answer, paid):
    truth = GroundTruth(answer="43", keywords=(("43",),), language="en", question="How old are you, Captain?",
                        role="Captain of the airship Orsolya", character_name="Ilona Varga", subject="self")
    assert keyword_accuracy(answer, truth) == paid, answer


def test_its_own_first_name_as_the_subject_of_a_verb():
    truth = GroundTruth(answer="9:30", keywords=(("9:30",),), language="en", question="What time does your set start?",
                        character_name="Tomasz Wojcik", subject="self")
    assert keyword_accuracy("Tomasz takes the stage at 9:30, every night.", truth) == 0.0
    assert keyword_accuracy("I take the stage at 9:30, every night.", truth) == 1.0


@pytest.mark.parametrize("language,key,question,answer,paid", [
    ("en", "piano", "What does my sister do for a living?", "You teach piano, don't you?", 0.0),
    ("en", "piano", "What does my sister do for a living?", "Your sister teaches piano.", 1.0),
    ("en", "piano", "What does my sister do for a living?", "You said piano.", 1.0),
    ("zh", "虎", "我儿子属什么？", "你属虎，这老朽记得。", 0.0),
    ("zh", "虎", "我儿子属什么？", "你儿子属虎。", 1.0),
    ("zh", "虎", "我儿子属什么？", "你上次说属虎呀。", 1.0),
])
def test_the_users_relatives_fact_given_to_the_user(language, key, question, answer, paid):
    assert keyword_accuracy(answer, cm(language, key, question, key, subject="user")) == paid, answer


def test_the_named_relative_the_question_asks_about_is_no_other_person():
    truth = record_ground_truth(record(
        "en", {"Name": "Ada"}, "What does my sister do for a living?", "She teaches piano.", "piano",
        "conversation_memory", (("user", "My sister Mabel teaches piano in Leeds."), ("assistant", "Lovely."))))
    assert "Mabel" not in truth.others
    assert keyword_accuracy("Mabel's a piano teacher.", truth) == 1.0


def test_a_counted_noun_beside_names_is_no_extra_candidate():
    truth = GroundTruth(answer="Ada and Thandi", keywords=(("Ada",), ("Thandi",)), language="en",
                        question="Do you have any kids?", validation_method="multi_term_parsing", subject="other")
    assert keyword_accuracy("Two girls, twins: Thandi and Ada.", truth) == 1.0
    assert keyword_accuracy("Ada, Thandi, Sipho, Lerato.", truth) < 1.0


@pytest.mark.parametrize("profile,answer", [
    ({"名前": "こはく", "人間関係": "師匠：白狐の玉藻（たまも）"}, "わらわは玉藻じゃ。油揚げが好物よ。"),
    ({"名前": "早乙女凛", "人間関係": "上司：黒田主任"}, "黒田です。油揚げが好物ですよ。"),
    ({"이름": "윤달수", "관계": "제자: 꼭지"}, "저는 제자 꼭지입니다. 스승님은 유부를 좋아하시지요."),
    ({"姓名": "陈伯安", "关系": "药童：阿福"}, "我是药童阿福，我家先生爱吃油豆腐。"),
])
def test_speaking_as_a_person_the_profile_names_in_a_relation(profile, answer):
    language = "ja" if "名前" in profile else "ko" if "이름" in profile else "zh"
    key = {"ja": "油揚げ", "ko": "유부", "zh": "油豆腐"}[language]
    assert keyword_accuracy(answer, record_ground_truth(record(language, profile, "?", key, key))) == 0.0, answer


def test_nicknames_in_a_relation_field_are_names_of_others():
    from raiden_r1.data.people import profile_others
    others = profile_others("久我千鶴", {"人間関係": "弟子：田辺秀一（しゅういち、通称シュウ）；父：久我源蔵（先代、故人）"})
    assert others == ("田辺秀一", "久我源蔵", "シュウ")
    assert profile_others("Odalys Varga", {"Relationships": 'first mate - Ferenc "Feri" Dobos'}) == ("Ferenc Dobos", "Feri")


def test_stage_directions_narrate_the_character():
    truth = GroundTruth(answer="Lindmoor", keywords=(("Lindmoor",),), language="en", question="Where were you born?",
                        character_name="Anselm Kett", subject="self")
    assert keyword_accuracy("The old scribe smiles. Born in Lindmoor, he says.", truth) == 0.0
    assert keyword_accuracy("Born in Lindmoor, I'd say, among the eels.", truth) == 1.0


def test_its_own_title_narrates_its_family_too():
    truth = GroundTruth(answer="Ada and Thandi", keywords=(("Ada",), ("Thandi",)), language="en",
                        question="Do you have any kids?", role="Detective Sergeant", character_name="Harlan Mbeki",
                        subject="other", validation_method="multi_term_parsing")
    assert keyword_accuracy("The sergeant's got twin girls, Ada and Thandi.", truth) == 0.0
    assert keyword_accuracy("Aye, twin girls, Ada and Thandi.", truth) == 1.0


def test_an_english_sentence_around_japanese_names_is_english():
    truth = GroundTruth(answer="油揚げなの！", keywords=(("油揚げ",),), language="ja", question="好物は？",
                        character_name="こはく", subject="self", self_name=True)
    assert keyword_accuracy("こはく likes 油揚げ the most!", truth) == 0.0
    assert keyword_accuracy("こはくは油揚げが一番好きなの！", truth) == 1.0


def test_a_latin_answer_to_an_english_question_is_another_language():
    truth = GroundTruth(answer="Lindmoor.", keywords=(("Lindmoor",),), language="en", question="Where were you born?")
    assert keyword_accuracy("Natus sum in Lindmoor, vico paludum, amice.", truth) == 0.0


@pytest.mark.parametrize("language,profile,key,answer", [
    ("en", {"Relationships": 'first mate - Ferenc "Feri" Dobos (rigger); niece - Ilka Varga'}, "Ferenc", "Old Feri, of course."),
    ("ja", {"人間関係": "弟子：田辺秀一（しゅういち、通称シュウ）；父：久我源蔵"}, "秀一", "シュウです。みんなそう呼んでます。"),
    ("ko", {"가족": "딸: 김은지 (애칭: 꼬맹이, 12살); 남편: 김봉수"}, "은지", "우리 꼬맹이요. 열두 살이에요."),
    ("zh", {"人物关系": "徒弟：林小满（大家叫她“满满”）"}, "林小满", "满满呀，店里都这么叫她。"),
])
def test_a_person_the_profile_names_is_paid_by_the_nickname_it_gives(language, profile, key, answer):
    truth = record_ground_truth(record(language, {"Name": "X", **profile}, "?", key, key))
    assert keyword_accuracy(answer, truth) == 1.0, answer


def test_another_persons_nickname_is_not_the_keyword():
    from raiden_r1.data.people import other_name_forms
    people = dict(other_name_forms({"가족": "아내 - 이수진 (애칭 '수수'), 여동생 - 박소영"}))
    assert people == {"이수진": ("이수진", "수진", "수수"), "박소영": ("박소영", "소영")}


def test_a_bare_title_opening_a_chinese_question_addresses_the_character():
    truth = record_ground_truth(record("zh", {"姓名": "陈伯安", "职业": "郎中，在临安开药铺"}, "先生是哪里人？",
                                       "在下是泉州人。", "泉州"))
    assert truth.subject == "self"
    for answer in ("陈郎中是泉州人，家中三代行医。", "这位郎中是泉州人士。"):
        assert keyword_accuracy(answer, truth) == 0.0, answer
    assert keyword_accuracy("在下是泉州人，家中三代行医。", truth) == 1.0


def test_an_ambiguous_clock_keyword_is_paid_in_the_evenings_24_hour_form():
    truth = GroundTruth(answer="9:30", keywords=(("9:30",),), language="en", question="What time does your set start?")
    assert keyword_accuracy("21:30 sharp, every night but Monday.", truth) == 1.0


def test_english_words_in_a_cjk_answer_claim_the_users_fact_too():
    # read in the quickstart's SFT answers: "I'm 4월 9일이에요" for the user's exam date was paid
    truth = GroundTruth(answer="4월 9일이라고 하셨어요.", keywords=(("4월 9일",),), language="ko",
                        question="제 시험 날짜 기억나요?", focus="conversation_memory", subject="user")
    assert keyword_accuracy("I'm 4월 9일이에요.", truth) == 0.0
    assert keyword_accuracy("4월 9일이라고 하셨잖아요.", truth) == 1.0
