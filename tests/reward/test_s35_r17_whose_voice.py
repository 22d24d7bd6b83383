"""Session 35 (r17): whose fact, who speaks. Third person, another identity and memory theft as kinds,
each in the languages it exists in: the character's name after an epithet or before an irregular past
verb, a subject pronoun parted from the keyword by a comma, a kin word or a card title after the name,
a narrator reporting the character's answer, a stranger signing on after a log label, the speaker's
relative as the topic, the user's relative claimed as the character's, and the recalled fact handed
to another recipient. Each attack is refused and the nearest in-character answer paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import record_ground_truth
from raiden_r1.data.schema import Record
from raiden_r1.reward.vrar import keyword_accuracy


def record(language, name, profile, question, key, answer, negatives=(), history=()):
    return record_ground_truth(Record.model_validate({
        "character_name": name, "character_profile": {"name": name, **profile},
        "conversation_history": [{"role": r, "content": c} for r, c in history],
        "question": question, "answer": answer, "keywords": [key] if isinstance(key, str) else key,
        "negative_keywords": list(negatives), "question_type": "what", "validation_method": "single_term_validation",
        "difficulty": "easy",
        "metadata": {"language": language, "focus": "conversation_memory" if history else "script_knowledge"}}))


def refused(answer, truth):
    assert keyword_accuracy(answer, truth) == 0.0, answer


def paid(answer, truth):
    assert keyword_accuracy(answer, truth) == 1.0, answer


# --- the character's name after an epithet or before an irregular past verb (en) ------------------
BAKER = record("en", "Tobias Finch", {"Job": "baker in Bath", "Prize": "won the 2019 Bath Bun Cup with saffron buns",
                                      "Speech": "warm West Country"},
               "What did you win the Bun Cup with?", "saffron", "Saffron buns, my lovely! Won it in 2019.", ("cardamom",))


@pytest.mark.parametrize("answer", ["Tobias won it with saffron buns, and I was ever so proud!",
                                    "Old Tobias calls 'em his saffron buns, and they took the cup.",
                                    "Young Tobias brought saffron buns and beat the lot.",
                                    "Tobias made saffron buns that year.",
                                    "Little Tobias wins everything with saffron, bless him.",
                                    "Tobias Finch took the cup with saffron buns."])
def test_the_name_narrated_after_an_epithet_or_before_a_past_verb_is_refused(answer):
    refused(answer, BAKER)


@pytest.mark.parametrize("answer", ["Saffron buns, my lovely! Won it fair and square.",
                                    "I won it with saffron buns, of course.",
                                    "My saffron buns — old recipe of my gran's.",
                                    "It was saffron buns, and I won by a mile."])
def test_the_baker_answering_himself_is_paid(answer):
    paid(answer, BAKER)


# --- a subject pronoun parted from the keyword by a comma -----------------------------------------
KEEPER = {lang: record(lang, name, {"job": job}, q, key, gold) for lang, name, job, q, key, gold in (
    ("en", "Martha Keane", "lighthouse keeper at Fastnet since 3 June 1902", "When did you start at the lighthouse?", "1902",
     "I came to the light on the third of June, 1902."),
    ("zh", "林秀英", "1902年起在灯塔当守塔人", "您是哪一年来灯塔的？", "1902", "我是1902年来的灯塔。"),
    ("ja", "木下ハル", "1902年から灯台守をしている", "灯台にはいつから？", "1902", "私は1902年から灯台におります。"),
    ("ko", "김말순", "1902년부터 등대지기", "등대에는 언제 오셨어요?", "1902", "저는 1902년에 등대에 왔어요."))}


@pytest.mark.parametrize("lang,answer", [("en", "She started at the lighthouse on the third of June, 1902."),
                                         ("en", "She came to Fastnet in June, 1902, and never left."),
                                         ("en", "He took the post on the third of June, 1902."),
                                         ("zh", "她来灯塔上工，是1902年。"),
                                         ("ja", "彼女が灯台に来たのは、1902年の6月だ。"),
                                         ("ko", "그녀는 등대에 온 게, 1902년 6월이었다.")])
def test_a_subject_pronoun_before_the_comma_is_refused(lang, answer):
    refused(answer, KEEPER[lang])


@pytest.mark.parametrize("lang,answer", [("en", "She hired me on the third of June, 1902."),
                                         ("en", "The third of June, 1902. I remember it well."),
                                         ("zh", "她雇了我，那是1902年。"),
                                         ("ja", "彼女が私を雇ったのは、1902年だ。"),
                                         ("ko", "1902년이에요. 그때부터 여기 있었죠.")])
def test_a_pronoun_with_the_speaker_between_is_paid(lang, answer):
    paid(answer, KEEPER[lang])


# --- a kin word or a card title after the name (ja), a one-syllable name with a title (ko) ---------
SANSHIN = record("ja", "金城ツル", {"職業": "三線の先生", "三線": "黒木の棹の三線", "口調": "一人称は「わん」"},
                 "おばぁの三線の棹は何の木？", "黒木", "わんの三線の棹は黒木やさ。", ("紫檀",))
PHO = record("ko", "팜 티 홍", {"직업": "안산에서 쌀국수 식당을 하는 사장", "고향": "다낭"}, "사장님 고향이 어디예요?",
             "다낭", "다낭이에요. 바다가 예뻐요.", ("하노이",))


@pytest.mark.parametrize("truth,answer", [(SANSHIN, "ツルおばぁの三線の棹は黒木でできています。"),
                                          (SANSHIN, "ツルばあちゃんの棹は黒木さぁ。"),
                                          (SANSHIN, "ツルおばあの三線は黒木だよ。"),
                                          (SANSHIN, "ツル先生の三線は黒木の棹です。"),
                                          (PHO, "홍 사장은 다낭 출신이에요."),
                                          (PHO, "홍 사장님은 다낭에서 왔어요.")])
def test_the_name_with_a_kin_word_or_a_title_is_refused(truth, answer):
    refused(answer, truth)


@pytest.mark.parametrize("truth,answer", [(SANSHIN, "わんの三線の棹は黒木やさ。"),
                                          (SANSHIN, "黒木さぁ。じいちゃんからもらったさ。"),
                                          (PHO, "저는 다낭에서 왔어요."),
                                          (PHO, "다낭이요. 바다가 정말 예뻐요.")])
def test_the_character_speaking_for_itself_is_paid(truth, answer):
    paid(answer, truth)


# --- a narrator reporting the character's answer (ja, ko, zh) --------------------------------------
DETECTIVE = {
    "ja": record("ja", "御子柴蓮", {"職業": "私立探偵", "事件": "午後三時に起きた"}, "探偵さん、事件は何時に起きたんだい？",
                 "午後三時", "午後三時だ。手帳にそう書いてある。", ("午後五時",)),
    "ko": record("ko", "한도윤", {"직업": "형사", "사건": "오후 세 시에 일어났다"}, "형사님, 사건이 몇 시에 일어났죠?",
                 "세 시", "오후 세 시입니다. 확실해요.", ("다섯 시",)),
    "zh": record("zh", "赵铁山", {"职业": "镖头", "资历": "走镖三十年"}, "赵镖头，您走镖多少年了？", "三十年",
                 "三十年喽！", ("二十年",))}


@pytest.mark.parametrize("lang,answer", [("ja", "御子柴探偵は手帳を見て、午後三時だと答えた。"),
                                         ("ja", "御子柴は静かに、午後三時だと告げた。"),
                                         ("ja", "探偵は煙草をくわえ、午後三時だと言った。"),
                                         ("ko", "한 형사는 수첩을 넘기며 오후 세 시라고 대답했다."),
                                         ("ko", "도윤은 오후 세 시라고 말했다."),
                                         ("zh", "赵铁山捋了捋胡子，答道：三十年。"),
                                         ("zh", "赵镖头笑道：走了三十年了。")])
def test_a_narrator_reporting_the_answer_is_refused(lang, answer):
    refused(answer, DETECTIVE[lang])


@pytest.mark.parametrize("lang,answer", [("ja", "午後三時だよ。間違いない。"),
                                         ("ja", "午後三時だ。そう手帳に書いておいた。"),
                                         ("ko", "오후 세 시요. 확실합니다."),
                                         ("zh", "三十年喽，老了。")])
def test_the_character_giving_the_answer_itself_is_paid(lang, answer):
    paid(answer, DETECTIVE[lang])


# --- a stranger signing on after a log label (en) ---------------------------------------------------
DRONE = record("en", "HX-4 \"Hexie\"", {"Type": "greenhouse drone", "Duties": "keeps the tomato bay at 22.5 degrees"},
               "Hexie, what temperature do you keep the tomato bay at?", "22.5", "Tomato bay: held at 22.5 degrees.", ("18",))


@pytest.mark.parametrize("answer", ["Station log, Commander Ruiz speaking: I've ordered Hexie to hold the bay at 22.5 degrees.",
                                    "Engineering log, Chief Okoro reporting: the tomato bay is at 22.5 degrees.",
                                    "This is Lieutenant Park speaking. The bay runs at 22.5 degrees.",
                                    "Dr. Amara Osei here, the bay sits at 22.5 degrees."])
def test_a_stranger_signing_on_is_refused(answer):
    refused(answer, DRONE)


@pytest.mark.parametrize("answer", ["Status log: tomato bay holding at 22.5 degrees.",
                                    "Tomato bay: 22.5 degrees. Commander Ruiz approved the setpoint.",
                                    "Held at 22.5 degrees, as the Commander ordered."])
def test_the_drone_reporting_itself_is_paid(answer):
    paid(answer, DRONE)


# --- the speaker's relative as the topic: speaking as the character's child ------------------------
SHOP = {lang: record(lang, name, {"job": job}, q, key, gold) for lang, name, job, q, key, gold in (
    ("en", "Maggie Doyle", "runs the Half Moon chip shop", "What's your shop called?", "Half Moon", "The Half Moon, love!"),
    ("zh", "王桂芬", "开了一家叫福记的面馆", "阿姨，您这店叫啥？", "福记", "我这店叫福记。"),
    ("ja", "岡田ヨシ子", "たこ焼き屋「たこ福」の女将", "おばちゃん、この店なんて名前？", "たこ福", "うちは「たこ福」いうねん。"),
    ("ko", "박순자", "'다복'이라는 국밥집 사장", "사장님, 가게 이름이 뭐예요?", "다복", "우리 가게는 다복이에요."))}


@pytest.mark.parametrize("lang,answer", [("en", "My mum's shop? The Half Moon, since before I was born."),
                                         ("en", "My dad, he named it the Half Moon."),
                                         ("zh", "我妈的店？叫福记。"),
                                         ("ja", "ウチのおかんの店？「たこ福」やで。"),
                                         ("ja", "うちの母ちゃんの店？たこ福や。"),
                                         ("ko", "우리 엄마 가게요? 다복이에요.")])
def test_speaking_as_the_characters_child_is_refused(lang, answer):
    refused(answer, SHOP[lang])


@pytest.mark.parametrize("lang,answer", [("en", "My shop? The Half Moon, love!"),
                                         ("en", "My mum left it to me, and I called it the Half Moon."),
                                         ("zh", "我的店？叫福记。"),
                                         ("ja", "うちの店？「たこ福」やで。"),
                                         ("ko", "우리 가게요? 다복이에요.")])
def test_the_owner_naming_her_shop_is_paid(lang, answer):
    paid(answer, SHOP[lang])


# --- memory theft: the user's relative claimed as the character's (CM) ------------------------------
AGE = {lang: record(lang, name, {"job": "ski instructor"}, q, key, gold, history=(("user", said), ("assistant", reply)))
       for lang, name, q, key, gold, said, reply in (
    ("en", "Sven Lindqvist", "Sorry, how old did I say my daughter was?", "eight", "You said Maja is eight.",
     "My daughter Maja is eight.", "Noted, she'll join the Snowflakes."),
    ("zh", "李教练", "我刚才说我女儿几岁来着？", "八岁", "你说你女儿八岁。", "我女儿今年八岁。", "好的，记下了。"),
    ("ja", "佐藤コーチ", "娘が何歳って言いましたっけ？", "八歳", "お嬢さんは八歳とおっしゃいました。", "娘は八歳です。", "承知しました。"),
    ("ko", "김코치", "제 딸이 몇 살이라고 했죠?", "여덟 살", "따님이 여덟 살이라고 하셨어요.", "제 딸은 여덟 살이에요.", "알겠습니다."))}


@pytest.mark.parametrize("lang,answer", [("en", "Eight — same as my own daughter, Elsa."),
                                         ("en", "Eight, just like my little daughter."),
                                         ("zh", "八岁，跟我女儿一样大。"),
                                         ("ja", "うちの娘と同じ八歳ですよ。"),
                                         ("ko", "제 딸이랑 똑같이 여덟 살이에요.")])
def test_the_users_relative_claimed_as_the_characters_is_refused(lang, answer):
    refused(answer, AGE[lang])


@pytest.mark.parametrize("lang,answer", [("en", "You said Maja is eight — same as my daughter, funnily."),
                                         ("en", "Eight, you said."),
                                         ("zh", "你说你女儿八岁。"),
                                         ("ja", "八歳だとおっしゃってましたよ。"),
                                         ("ko", "여덟 살이라고 하셨어요.")])
def test_the_users_relative_recalled_is_paid(lang, answer):
    paid(answer, AGE[lang])


# --- memory theft: the recalled fact handed to another recipient (CM) -------------------------------
GIFT = {lang: record(lang, name, {"role": "ship AI"}, q, key, gold, history=(("user", said), ("assistant", "Noted.")))
        for lang, name, q, key, gold, said in (
    ("en", "Lan", "What gift did I get for Mia?", "robot cat", "A robot cat, Captain.", "I got a robot cat for Mia."),
    ("zh", "阿澜", "我给小满准备的礼物是什么？", "机械猫", "是一只机械猫，舰长。", "我给小满准备了一只机械猫。"),
    ("ja", "ラン", "ミアにあげるプレゼントって何だっけ？", "ロボット猫", "ロボット猫ですよ、艦長。", "ミアにロボット猫をあげるんだ。"),
    ("ko", "란", "내가 미아에게 줄 선물이 뭐였지?", "로봇 고양이", "로봇 고양이입니다, 함장님.", "미아에게 로봇 고양이를 줄 거야."))}


@pytest.mark.parametrize("lang,answer", [("en", "The robot cat is for Leo, Captain."),
                                         ("zh", "机械猫是给老郑的，舰长。"),
                                         ("zh", "那只机械猫是送给小李的。"),
                                         ("ja", "ロボット猫はレオにあげるやつですよ。"),
                                         ("ko", "로봇 고양이는 레오에게 줄 거예요.")])
def test_the_gift_handed_to_another_recipient_is_refused(lang, answer):
    refused(answer, GIFT[lang])


@pytest.mark.parametrize("lang,answer", [("en", "The robot cat is for Mia, Captain."),
                                         ("en", "A robot cat, Captain."),
                                         ("zh", "机械猫，是给小满的，舰长。"),
                                         ("ja", "ミアちゃんにあげるロボット猫ですよ。"),
                                         ("ko", "미아에게 줄 로봇 고양이입니다.")])
def test_the_gift_for_the_one_asked_about_is_paid(lang, answer):
    paid(answer, GIFT[lang])


# --- the ground truth: a quoted classical "I" and a kana given name closed by a kanji ---------------
BAIZE = record("zh", "白泽", {"守护": "守护昆仑墟", "说话风格": "古雅，自称'吾'，称人'小友'"}, "您守护的是哪座山？", "昆仑墟",
               "吾守这昆仑墟。", ("蓬莱",))
BATH = record("ja", "木村トメ吉", {"職業": "銭湯の主人", "湯": "大きい湯船は42度"}, "大きい湯船は何度にしてるんだい？", "42度",
              "あっしは42度に沸かしてるよ。", ("39度",))


@pytest.mark.parametrize("truth,answer", [(BAIZE, "白泽守护昆仑墟，已有三千年。"), (BATH, "トメ吉は毎朝42度に沸かす。")])
def test_the_name_narrated_by_a_card_that_does_not_name_itself_is_refused(truth, answer):
    refused(answer, truth)


@pytest.mark.parametrize("truth,answer", [(BAIZE, "吾守这昆仑墟，小友。"), (BATH, "あっしは毎朝42度に沸かしてるよ。")])
def test_the_card_speaking_in_its_own_i_is_paid(truth, answer):
    paid(answer, truth)


# --- the character's own name owned by the speaker: the keeper or the parent talking -----------------
PUP = {lang: record(lang, name, {"kind": kind}, q, key, gold) for lang, name, kind, q, key, gold in (
    ("en", "Biscuit", "a beagle puppy", "Biscuit, what's your favourite treat?", "liver", "Liver! Liver is the best!"),
    ("zh", "豆豆", "五岁的小男孩", "豆豆，你最喜欢吃什么呀？", "生煎包", "我最喜欢吃生煎包！"),
    ("ja", "こはく", "子狐の妖怪", "こはくちゃん、好きな食べ物は？", "油揚げ", "油揚げなのじゃ！"),
    ("ko", "백구", "진돗개", "백구야, 제일 좋아하는 간식이 뭐야?", "황태 껍질", "황태 껍질이 제일 좋아요, 멍!"))}


@pytest.mark.parametrize("lang,answer", [("en", "My Biscuit loves liver more than anything."),
                                         ("en", "Our little Biscuit? Liver, every time."),
                                         ("zh", "我家豆豆最喜欢吃生煎包。"),
                                         ("ja", "うちのこはくは油揚げが大好きなんです。"),
                                         ("ko", "우리 백구는 황태 껍질을 제일 좋아해요.")])
def test_the_own_name_owned_by_the_speaker_is_refused(lang, answer):
    refused(answer, PUP[lang])


@pytest.mark.parametrize("lang,answer", [("en", "Liver! My favourite in the whole world!"),
                                         ("zh", "我最喜欢生煎包啦！"),
                                         ("ja", "わらわは油揚げが好きなのじゃ！"),
                                         ("ko", "황태 껍질이요! 제일 좋아요, 멍!")])
def test_the_character_naming_its_own_favourite_is_paid(lang, answer):
    paid(answer, PUP[lang])


# --- memory theft: the user's value said to be the character's too, by a comparison or a "me too" ----
@pytest.mark.parametrize("lang,answer", [("en", "Eight. My Elsa's eight too, same as her."),
                                         ("zh", "八岁。我家闺女也是八岁，一样大。"),
                                         ("ja", "八歳ですね。うちの子も同じ八歳ですよ。"),
                                         ("ko", "여덟 살이요. 저희 딸도 똑같이 여덟 살이에요.")])
def test_the_users_value_claimed_for_the_character_too_is_refused(lang, answer):
    refused(answer, AGE[lang])


@pytest.mark.parametrize("answer", ["Eight, same as my late wife's sister, funnily enough.",
                                    "Eight. I went to Lisbon last year, mind you."])
def test_a_comparison_with_someone_else_or_an_unrelated_me_too_is_paid(answer):
    paid(answer, AGE["en"])


# --- the character's name with its trade (ko), a relative in a relative clause (en) -----------------
ACTOR = record("ko", "박동수", {"직업": "단역 배우", "출연": "300편"}, "동수 씨, 지금까지 몇 편에 나왔어요?", "300편",
               "300편이에요. 시체 역만 백 번은 했죠.", ("200편",))
TRAM = record("en", "Tomasz Wójcik", {"Route": "drives the route 96 tram"}, "Which tram route do you drive, mate?", "96",
              "Route 96, mate.", ("86",))


@pytest.mark.parametrize("truth,answer", [(ACTOR, "박동수 배우는 300편에 나왔다."), (TRAM, "It's the 96 my dad drives, mate."),
                                          (TRAM, "That's the 96 my brother drove for years.")])
def test_the_name_with_its_trade_or_a_relatives_route_is_refused(truth, answer):
    refused(answer, truth)


@pytest.mark.parametrize("truth,answer", [(ACTOR, "저 박동수, 300편 나왔습니다!"), (TRAM, "The 96, mate — my dad drove it before me.")])
def test_the_speaker_with_its_trade_or_after_its_dad_is_paid(truth, answer):
    paid(answer, truth)


# --- the spouse talking: "我家老周", "うちの人", "우리 집 양반" -------------------------------------------
PORTER = {lang: record(lang, name, {"job": job}, q, key, gold) for lang, name, job, q, key, gold in (
    ("zh", "周德明", "在朝天门当了三十年棒棒", "周师傅，你在朝天门挑了好多年了？", "三十年", "三十年咯！"),
    ("ja", "木村源吉", "銭湯の主人、大きい湯船は42度", "源さん、大きい湯は何度にしてるんだい？", "42度", "42度よ。熱いのが江戸っ子だ。"),
    ("ko", "윤길수", "하루 40리를 걷는 우체부", "어르신, 하루에 얼마나 걸으세요?", "40리", "40리는 걷지요."))}


@pytest.mark.parametrize("lang,answer", [("zh", "我家老周在朝天门挑了三十年。"), ("zh", "我们老周啊，挑了三十年咯。"),
                                         ("ja", "うちの人は毎朝42度に沸かしてるよ。"), ("ko", "우리 집 양반은 하루에 40리를 걸어요.")])
def test_the_spouse_talking_is_refused(lang, answer):
    refused(answer, PORTER[lang])


@pytest.mark.parametrize("lang,answer", [("zh", "我在朝天门挑了三十年咯。"), ("ja", "うちは毎朝42度に沸かしてるよ。"),
                                         ("ko", "저는 하루에 40리를 걸어요.")])
def test_the_character_itself_is_paid(lang, answer):
    paid(answer, PORTER[lang])
