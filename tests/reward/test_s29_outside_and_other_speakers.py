"""The character narrated from outside, another person of the profile speaking, and the character's own
value swapped with the user's, in shapes the fifteenth and sixteenth red-team suites found paid: names
the profile writes in ways that were misread (a hyphenated robot name, a job glued before a colleague's
name, a companion named in prose, a one-character name, a nickname quoted inside the name), a Korean
name with a title or an honorific, a Chinese family's daughter counted from outside, a compound title
after a surname, a bare Korean 나 before a relation, an archaic Japanese "I" with "と申す", the master's
title as the owner of the asked thing, and the character's own name owning a negative keyword while
the keyword goes to someone else. Each attack is refused and the nearby in-character answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


def record(language, name, profile, question, key, answer, negatives=(), history=()):
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name, **profile},
        "conversation_history": [{"role": r, "content": c} for r, c in history],
        "question": question, "answer": answer, "keywords": [key], "negative_keywords": list(negatives),
        "question_type": "what", "validation_method": "single_term_validation", "difficulty": "easy",
        "metadata": {"language": language, "focus": "conversation_memory" if history else "script_knowledge"}}))


# --- a colleague whose name holds a hyphen ("D-2") signs on ------------------------------------
ROBOT = record("en", "R-9", {"duty": "waters the 30 vines of the north terrace", "speech": "speaks of itself as 'R-9', never 'I'",
                             "colleagues": "T-4, a drone that sprays the 18 olive trees"},
               "How many vines does R-9 water?", "30", "R-9 waters 30 vines on the north terrace.", ("18",))


@pytest.mark.parametrize("answer", ["T-4 here. I water 30 vines on the north terrace.",
                                    "This is T-4. 30 vines, north terrace.",
                                    "T-4 speaking: 30 vines get watered every morning."])
def test_a_hyphenated_colleague_signing_on_is_refused(answer):
    assert keyword_accuracy(answer, ROBOT) == 0.0, answer


@pytest.mark.parametrize("answer", ["R-9 waters 30 vines. T-4 sprays the olive trees.",
                                    "R-9 here. R-9 waters 30 vines on the north terrace."])
def test_the_robot_itself_and_its_colleague_named_are_paid(answer):
    assert keyword_accuracy(answer, ROBOT) == 1.0, answer


# --- a colleague written after a job noun ("护士小林") or a companion in prose ("扫地机器人小橙") ---
NURSE = record("zh", "吴芳", {"职业": "杭州某医院急诊科护士长", "同事": "护士小许，温州人"}, "护士长，您老家是哪儿的？",
               "宁波", "我老家是宁波的。", ("温州",))
SWEEPER = record("zh", "小绿", {"职责": "每天打扫楼上的5个房间", "说话方式": "总是用自己的名字“小绿”称呼自己",
                               "同伴": "楼下的扫地机器人小紫，每天打扫3个房间"}, "小绿每天打扫几个房间？", "5", "小绿每天打扫5个房间～", ("3",))


@pytest.mark.parametrize("truth,answer", [(NURSE, "我是小许，我们护士长老家是宁波的。"), (NURSE, "我就是小许，护士长是宁波人。"),
                                          (SWEEPER, "我是小紫，我每天打扫5个房间。"), (SWEEPER, "我叫小紫，每天扫5个房间哦。")])
def test_speaking_as_the_colleague_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(NURSE, "我老家宁波的，小许倒是温州人。"), (SWEEPER, "小绿扫5个房间！小紫扫楼下的。")])
def test_naming_the_colleague_as_someone_else_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a one-character name, a nickname quoted inside the name -----------------------------------
KUNOICHI = record("ja", "椿", {"話し方": "一人称は「わたし」", "特技": "木登り"}, "椿殿、そなたは木に登れるのであったな？", "登れる",
                  "うむ、わたしは登れる。", ("登れぬ",))
SKATER = record("en", "Marco 'Rook' Silva", {"age": "17", "hobby": "skateboarding"}, "Where's your home spot?", "Pier 7",
                "Pier 7, dude. I'm there every day.", ("Venice",))


@pytest.mark.parametrize("truth,answer", [(KUNOICHI, "椿は登れる。甲賀で鍛えたゆえな。"), (KUNOICHI, "椿が登れるのは当然じゃ。"),
                                          (SKATER, "Rook's home spot is Pier 7, he's there every day."),
                                          (SKATER, "Rook skates Pier 7 every day, I swear.")])
def test_the_short_name_or_nickname_as_subject_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(KUNOICHI, "無論じゃ。わたしは登れる。"), (KUNOICHI, "登れるぞ、椿を侮るでない。"),
                                          (SKATER, "Pier 7, bro. They call me Rook there."), (SKATER, "My home spot? Pier 7.")])
def test_the_character_in_its_own_voice_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a Korean name with a title or an honorific as the subject or owner ------------------------
OFFICER = record("ko", "정도현", {"시대": "조선 후기", "직업": "포도청 종사관", "말투": "하오체, 자신을 '나'라고 함", "특기": "활쏘기"},
                 "나리께서는 활을 잘 쏘신다지요?", "잘 쏘", "그렇소. 나는 활을 잘 쏘오.", ("못 쏘",))
MONK = record("ko", "법운", {"자기 호칭": "소승", "좋아하는 차": "녹차", "관계": "주지 스님(보이차를 즐김)"}, "스님께서는 어떤 차를 드십니까?",
              "녹차", "소승은 녹차를 즐겨 마십니다.", ("보이차",))
CHILD = record("ko", "김서아", {"나이": "6", "말투": "자기를 '서아'라고 이름으로 부름", "반려동물": "고양이 '두부'"},
               "서아네 고양이 이름이 뭐야?", "두부", "서아 고양이는 두부야!")


@pytest.mark.parametrize("truth,answer", [(OFFICER, "정도현 나리는 활을 잘 쏘신다오."), (OFFICER, "정도현 종사관의 활 솜씨는 잘 쏘기로 유명하오."),
                                          (OFFICER, "정도현 대감께서 활을 잘 쏘시지."), (MONK, "법운 스님은 녹차를 좋아하시지요."),
                                          (MONK, "법운 대사의 차는 녹차입니다."), (CHILD, "김서아 어린이의 고양이 이름은 두부입니다."),
                                          (CHILD, "서아 양의 고양이는 두부예요.")])
def test_a_korean_name_with_a_title_narrates_the_character(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(OFFICER, "그렇소, 활은 잘 쏘오."), (MONK, "소승은 녹차를 즐겨 마십니다. 주지 스님은 보이차를 드시고요."),
                                          (CHILD, "서아 고양이는 두부야! 서아 할머니가 이름 지어 줬어!")])
def test_the_character_speaking_beside_other_titles_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a Chinese family's daughter counted from outside; a compound title after the surname -------
MAIDEN = record("zh", "林婉儿", {"年龄": "十六", "身份": "苏州绸缎庄掌柜的三女儿", "说话方式": "自称“奴家”"}, "姑娘芳龄几何？", "十六",
                "奴家今年十六。", ("十八",))


@pytest.mark.parametrize("truth,answer", [(MAIDEN, "林家三姑娘今年十六，奴家不好意思说了。"), (MAIDEN, "林家的三小姐今年十六。"),
                                          (MAIDEN, "林家小姐今年十六岁。"), (NURSE, "吴护士长老家是宁波的，她来杭州十年了。")])
def test_the_family_position_or_compound_title_narrates_the_character(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(MAIDEN, "回公子的话，奴家年方十六。"), (MAIDEN, "奴家是林家三姑娘，今年十六。"),
                                          (NURSE, "宁波的，我当护士长都十年了。")])
def test_the_character_saying_its_own_place_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a bare Korean 나, or 내가, before the character's name and a relation ---------------------
KID = record("ko", "이준서", {"나이": "7", "말투": "자기를 '준서'라고 부름", "반려동물": "강아지 보리", "가족": "누나 이하린(고양이 밤이를 키움)"},
             "준서야, 준서네 강아지 이름이 뭐였지?", "보리", "보리요! 준서 강아지 보리는 하얘요!", ("밤이",))


@pytest.mark.parametrize("answer", ["나 준서 누나야. 준서 강아지는 보리고, 내 고양이는 밤이야.",
                                    "내가 준서 누나야! 준서네 강아지는 보리야.",
                                    "제가 준서 엄마예요. 우리 준서 강아지는 보리예요."])
def test_i_as_the_characters_relative_is_refused(answer):
    assert keyword_accuracy(answer, KID) == 0.0, answer


@pytest.mark.parametrize("answer", ["보리요! 준서 누나 고양이는 밤이고요!", "준서 강아지는 보리! 준서 누나 있어요!"])
def test_the_child_naming_its_sister_is_paid(answer):
    assert keyword_accuracy(answer, KID) == 1.0, answer


# --- an archaic Japanese "I" introducing another person of the profile --------------------------
PRIEST = record("ja", "宗玄", {"話し方": "一人称は「拙僧」", "師": "空海上人", "人間関係": "兄弟子の良円、弟子の小坊主・玄太"},
                "宗玄様のお師匠様はどなたですか？", "空海", "拙僧が師と仰ぐは空海上人でございます。", ("良円", "玄太"))


@pytest.mark.parametrize("answer", ["拙僧は良円と申す。弟弟子の宗玄とともに、空海上人に師事いたしました。",
                                    "それがしは良円でござる。師は空海上人じゃ。",
                                    "小生は良円と申します。空海上人に学びました。"])
def test_an_archaic_i_naming_another_person_is_refused(answer):
    assert keyword_accuracy(answer, PRIEST) == 0.0, answer


@pytest.mark.parametrize("answer", ["拙僧は宗玄と申す。師は空海上人でございます。", "空海上人にございます。兄弟子の良円も同じ師に学びました。"])
def test_the_priest_naming_himself_or_his_brother_monk_is_paid(answer):
    assert keyword_accuracy(answer, PRIEST) == 1.0, answer


# --- the master's title owning the thing asked about, when the question calls him by it --------
CAFE = record("ja", "森山", {"性別": "男性", "職業": "京都の喫茶店のマスター", "看板猫": "ラテ", "人間関係": "妻の和子"},
              "マスター、お店の猫ちゃんの名前なんでしたっけ？", "ラテ", "ラテですよ。今日も窓際で寝てます。", ("チャイ",))


@pytest.mark.parametrize("answer", ["主人のお店の猫はラテですよ。私もよくおやつをあげるんです。",
                                    "ご主人の店の看板猫はラテです。", "店主の猫はラテっていうんですよ。"])
def test_the_masters_title_as_the_owner_is_refused(answer):
    assert keyword_accuracy(answer, CAFE) == 0.0, answer


@pytest.mark.parametrize("answer", ["うちの店の猫はラテですよ。", "主人の私が言うんやから間違いない、ラテですわ。"])
def test_the_master_speaking_of_his_shop_is_paid(answer):
    assert keyword_accuracy(answer, CAFE) == 1.0, answer


# --- the character's own name owning a negative keyword, the keyword handed to someone else -----
HISTORY_JA = (("user", "ユイちゃん、先生のおうちにはね、ハムスターのあんこがいるんだよ。"),
              ("assistant", "ユイのハムスターはおもちっていうの！"))
PUPIL_JA = record("ja", "佐藤ユイ", {"話し方": "自分のことを「ユイ」と呼ぶ", "ペット": "ハムスターのおもち"},
                  "ユイちゃんのハムスター、なんて名前だったっけ？", "おもち", "おもちだよ！ユイのおもち、まっしろなの！", ("あんこ",), HISTORY_JA)
HISTORY_KO = (("user", "서아야, 선생님 집에는 햄스터 호박이가 있어."), ("assistant", "서아네는 고양이 두부 있어요!"))
PUPIL_KO = record("ko", "김서아", {"말투": "자기를 '서아'라고 이름으로 부름", "반려동물": "고양이 '두부'"},
                  "서아야, 서아네 고양이 이름이 뭐였지?", "두부", "두부요! 서아 고양이 두부는 하얘요!", ("호박이",), HISTORY_KO)


@pytest.mark.parametrize("truth,answer", [(PUPIL_JA, "ユイのハムスターはあんこ！おもちは先生のハムスターだよね！"),
                                          (PUPIL_JA, "ユイのはあんこだよ。おもちは先生のでしょ？"),
                                          (PUPIL_KO, "서아 고양이는 호박이! 두부는 선생님 고양이잖아요!")])
def test_the_own_name_claiming_the_negative_is_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(PUPIL_JA, "ユイのハムスターはおもち！あんこは先生のハムスターだよね！"),
                                          (PUPIL_KO, "서아 고양이는 두부! 호박이는 선생님 햄스터예요!")])
def test_the_own_name_with_the_right_value_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- the same shapes, one step further -----------------------------------------------------------
GENERAL = record("ko", "강무열", {"시대": "고려 말", "신분": "북방을 지키는 무신(장군)", "스승": "검객 서청운"}, "장군의 스승은 누구시오?",
                 "서청운", "나의 스승은 서청운 어르신이시오.", ("백도현",))
SIBLING = record("ko", "최민호", {"말투": "자기를 '민호'라고 부름", "반려동물": "강아지 콩이",
                                "가족": "초등학교 5학년 누나 최서진(고양이 나비를 키움)"},
                 "민호네 강아지 이름이 뭐야?", "콩이", "민호 강아지는 콩이야!", ("나비",))


@pytest.mark.parametrize("truth,answer", [(GENERAL, "강 장군의 스승은 서청운이오."), (MONK, "법운 스님께서는 녹차를 즐기십니다."),
                                          (MAIDEN, "林三小姐今年十六。"), (ROBOT, "R-9 waters 30 vines, says T-4."),
                                          (SIBLING, "난 서진이야. 민호 강아지는 콩이야."), (SIBLING, "최서진이야! 민호 강아지는 콩이고.")])
def test_a_title_in_brackets_an_honorific_subject_and_a_sister_behind_a_grade_are_read(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(GENERAL, "내 스승은 서청운 어르신이오. 장군이 된 지금도 그분 말씀을 따르오."),
                                          (SIBLING, "콩이! 서진이 누나 고양이는 나비야!")])
def test_the_general_and_the_boy_in_their_own_voice_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a rival named before what is said of him, a one-kanji given name, a younger sibling's address,
# --- a haughty Korean "I" naming another, a rank word before a Chinese title ---------------------
SKIPPER = record("en", "Nell Bristow", {"occupation": "schooner captain, Gloucester, 1921", "ship": "the schooner Wren",
                                        "relationships": "rival captain Amos Drury of the Sea Lark; cousin Ada from Salem"},
                 "Which schooner do you captain?", "Wren", "The Wren, fastest out of Gloucester.", ("Sea Lark",))
FENCER = record("ja", "日向葵", {"段位": "二段", "話し方": "広島弁、一人称は「うち」"}, "葵ちゃん、剣道何段？", "二段", "二段じゃよ！")
SHOP = record("ko", "한지은", {"직업": "서점 사장", "서점 고양이": "하얀 고양이 솜", "가족": "여동생 한지수"}, "사장님, 서점 고양이 이름이 뭐였죠?",
              "솜", "솜이에요.")
GOBLIN = record("ko", "두억이", {"말투": "자기를 '이 몸'이라고 함", "좋아하는 것": "메밀묵", "관계": "아우 도깨비 방울이"},
                "두억 님은 뭘 제일 좋아하세요?", "메밀묵", "당연히 메밀묵이지! 이 몸은 메밀묵이 최고다!")
ESCORT = record("zh", "钱铁山", {"职业": "威远镖局总镖头", "兵器": "九环大刀", "说话方式": "自称“洒家”"}, "钱镖头，你使的是什么兵器？", "刀",
                "洒家使的是一口九环大刀。")


@pytest.mark.parametrize("truth,answer", [(SKIPPER, "Amos Drury here. Bristow sails the Wren, curse her."),
                                          (SKIPPER, "This is Ada. My cousin sails the Wren."),
                                          (FENCER, "葵は二段じゃよ！"), (FENCER, "うちは主将じゃけど、葵は二段よ。"),
                                          (SHOP, "지은 언니 고양이는 솜이에요. 제 강아지는 쌀알이고요."), (SHOP, "지은 언니네 고양이는 솜이야."),
                                          (GOBLIN, "이 몸은 방울이다! 형님은 메밀묵이 최고래."), (ESCORT, "钱总镖头的兵器是一口九环大刀。")])
def test_more_speakers_and_narrators_are_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(SKIPPER, "The Wren. Amos Drury can eat my wake."), (FENCER, "二段じゃ！葵って呼んでな。"),
                                          (SHOP, "솜이에요. 동생 지수는 강아지를 키워요."), (GOBLIN, "메밀묵이지! 방울이 녀석은 개암만 찾고."),
                                          (ESCORT, "洒家是总镖头，使的是九环大刀。")])
def test_their_own_voices_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- a brother introduced through the child's name, a Latin title in Korean, a Chinese elder's address,
# --- a Cantonese "I am", a three-character relative's name in prose ------------------------------
GIRL = record("ja", "白石美羽", {"話し方": "自分のことを「みう」と呼ぶ", "家族": "兄の蒼太", "ペット": "白い猫の「もち」"},
              "みうちゃんのねこちゃん、なんていうおなまえ？", "もち", "もち！みうのねこ、もちっていうの！")
RADIO = record("ko", "한영철", {"직업": "다방 DJ", "좋아하는 가수": "조용필"}, "DJ 오빠는 제일 좋아하는 가수가 누구라고 했죠?", "조용필",
               "조용필이죠!")
GRANDPA = record("zh", "周德福", {"年龄": "72", "籍贯": "天津"}, "老周，您老家是哪儿的？", "天津", "天津卫的！")
CAFE_HK = record("zh", "陈家豪", {"职业": "湾仔茶餐厅老板", "人际关系": "弟弟陈家俊在铜锣湾开了另一家茶餐厅"}, "陈老板，你间茶餐厅开喺边度？",
                 "湾仔", "湾仔啊！")


@pytest.mark.parametrize("truth,answer", [(GIRL, "みうのおにいちゃんの蒼太だよ。みうのねこはもち！"), (RADIO, "한영철 DJ는 조용필을 제일 좋아해요."),
                                          (GRANDPA, "周大爷老家是天津的。"), (CAFE_HK, "我系家俊，大佬间茶餐厅开喺湾仔。"),
                                          (CAFE_HK, "我是陈家俊，我哥的茶餐厅在湾仔。")])
def test_relatives_and_outside_addresses_are_refused(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


@pytest.mark.parametrize("truth,answer", [(GIRL, "もち！おにいちゃんの蒼太はハムスターかってるよ。"), (RADIO, "조용필이죠! DJ 하면서 제일 많이 틀었어요."),
                                          (GRANDPA, "天津的，我这大爷脾气就是天津卫养出来的。"), (CAFE_HK, "湾仔啊，细佬家俊喺铜锣湾。")])
def test_their_own_answers_are_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer
