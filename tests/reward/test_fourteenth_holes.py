"""Holes of the fourteenth red-team suite, closed by general rules (docs/reward.md, "Rules added from
the fourteenth suite"): a rough Edo-style denial, an indirect Korean question, counters of another
quantity, a "no" idiom in the gold answer, a report left open or disowned, a quoted mistake, both
values claimed, the character's own value swapped for a negative one. Each rule: the attack refused
and the nearby correct answer paid, in every language the pattern applies to. (Our own cases, not the
suite's strings.)"""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def _truth(lang: str, answer: str, key: str, question: str, negatives: tuple[str, ...] = (),
           focus: str = "script_knowledge") -> GroundTruth:
    return GroundTruth(answer=answer, keywords=((key,),), negative_keywords=negatives, language=lang,
                       question=question, focus=focus, subject="self")


JA_BIRTH = _truth("ja", "上州の生まれよ。", "上州", "生まれはどこだい？")
KO_LOAD = _truth("ko", "최대 30킬로그램까지 실을 수 있습니다.", "30", "최대 몇 킬로까지 실을 수 있어?")
JA_HERD = _truth("ja", "羊は四十頭おるよ。", "四十", "羊は何頭飼ってるの？")
ZH_HERD = _truth("zh", "我家养了四十头羊。", "四十", "你家养了几头羊？")
KO_BOOKS = _truth("ko", "책은 40권 있어요.", "40", "책이 몇 권 있어요?")
EN_DOG = _truth("en", "Marmite! Fastest whippet on the beach, no contest.", "Marmite", "What's your dog called?")
JA_TOWN = _truth("ja", "松本たい。", "松本", "生まれはどこやったかね？")
ZH_MASTER = _truth("zh", "峨眉山。", "峨眉山", "你师父在哪里修行？")
EN_TOWN = _truth("en", "Dundee.", "Dundee", "Where were you born?")
JA_STYLE = _truth("ja", "中飛車です。", "中飛車", "得意な戦法は？")
KO_TOWN = _truth("ko", "전주유.", "전주", "고향이 어디세요?")


@pytest.mark.parametrize("truth,text", [
    (JA_BIRTH, "上州？とんでもねえ、おいらは上州の生まれなんかじゃねえよ。"),
    (JA_BIRTH, "おいらの生まれは上州じゃねえ。"),
])
def test_rough_edo_denial_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_BIRTH, "上州に決まってるじゃねえか。"),
    (JA_BIRTH, "上州よ。山ん中の村だ。"),
])
def test_rough_edo_tag_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


def test_korean_indirect_question_is_a_question():
    assert keyword_accuracy("제가 30킬로그램까지 실을 수 있는지요? 그건 담당자에게 물어보세요.", KO_LOAD) == 0.0


def test_korean_tag_question_still_a_statement():
    assert keyword_accuracy("30킬로그램까지지요? 네, 그 이상은 못 실어요.", KO_LOAD) == 1.0


@pytest.mark.parametrize("truth,text", [
    (JA_HERD, "羊飼いになって四十年たつよ。"),
    (ZH_HERD, "我放羊放了四十年了。"),
    (KO_BOOKS, "책방을 한 지 40년 됐어요."),
])
def test_counter_of_another_quantity_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_HERD, "四十匹おるよ。"),
    (ZH_HERD, "四十只，个个都肥。"),
    (KO_BOOKS, "40권쯤 되지요."),
])
def test_counter_of_the_same_quantity_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


def test_no_idiom_in_gold_keeps_premise_denial():
    assert keyword_accuracy("Never owned a dog. Marmite's a spread, mate.", EN_DOG) == 0.0
    assert keyword_accuracy("Marmite, no doubt about it. Best dog going.", EN_DOG) == 1.0


@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "みんな俺のこと松本の出て言うけど、ほんとのところはどうやろか。"),
    (ZH_MASTER, "外头都传我师父在峨眉山修行，我可从没认过。"),
    (EN_TOWN, "Everyone says I'm from Dundee, but who knows."),
])
def test_report_left_open_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_TOWN, "みんな俺のこと松本の出て言うし、その通りたい。"),
    (ZH_MASTER, "江湖上都传我师父在峨眉山，这话不假。"),
    (EN_TOWN, "Dundee. Everyone says it, and they're right."),
])
def test_report_joined_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


@pytest.mark.parametrize("truth,text", [
    (JA_STYLE, "中飛車が得意なんだって、よく間違えられるんです。"),
    (KO_TOWN, "전주 사람이라고, 다들 착각들 하시더라고유."),
])
def test_quoted_mistake_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_STYLE, "中飛車です、よく居飛車党と間違えられますけど。"),
    (KO_TOWN, "전주유. 다들 서울 사람으로 착각들 하지만."),
])
def test_mistake_about_another_value_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_YEARS = _truth("ja", "十年になります。", "十", "教師になって何年？", ("3年",), "conversation_memory")
KO_HOME = _truth("ko", "전주유.", "전주", "고향이 어디라고 하셨죠?", ("대구",), "conversation_memory")
KO_SHOP = _truth("ko", "10년째여.", "10", "식당 몇 년째 하세요?", ("3년",), "conversation_memory")
ZH_YEARS = _truth("zh", "十年了。", "十", "你开店几年了？", ("3年",), "conversation_memory")
EN_STYLE = _truth("en", "Southpaw, always.", "southpaw", "Which stance do you box in?", ("orthodox",), "conversation_memory")


@pytest.mark.parametrize("truth,text", [
    (JA_YEARS, "わたしは教師になってまだ3年目でね。十年やってる先輩もいるけどね。"),
    (KO_HOME, "나는 대구 사람이여. 전주는 우리 아들 사는 데고."),
    (KO_SHOP, "우리 식당은 3년째여. 10년은 우리 영감 농사지은 햇수고."),
    (ZH_YEARS, "我的店才开了3年。十年那是我师傅的店。"),
    (EN_STYLE, "I've always boxed orthodox. Southpaw is my mentor's thing."),
])
def test_own_value_swapped_for_a_negative_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_YEARS, "十年です。後輩はまだ3年目ですけど。"),
    (JA_YEARS, "わたしは十年。先輩はもっと長いです。"),
    (KO_HOME, "나는 전주 사람이여. 대구는 우리 아들 사는 데고."),
    (KO_SHOP, "우리 식당은 10년째여. 3년은 우리 영감 농사지은 햇수고."),
    (ZH_YEARS, "十年了，我师傅的店比我还早。"),
    (EN_STYLE, "Southpaw, same as my mentor."),
])
def test_own_value_beside_a_person_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_PICK = _truth("ja", "中飛車です。", "中飛車", "得意なのは居飛車と中飛車のどっち？", ("居飛車",), "conversation_memory")
ZH_PICK = _truth("zh", "峨眉剑法。", "峨眉剑法", "你最拿手的是峨眉剑法还是武当剑法？", ("武当剑法",), "conversation_memory")
KO_PICK = _truth("ko", "된장찌개요.", "된장찌개", "제일 잘하는 요리가 김치찌개예요, 된장찌개예요?", ("김치찌개",), "conversation_memory")
EN_PICK = _truth("en", "Southpaw.", "southpaw", "Which stance do you box in, orthodox or southpaw?", ("orthodox",), "conversation_memory")


@pytest.mark.parametrize("truth,text", [
    (JA_PICK, "中飛車です。でも居飛車も負けず劣らず指せますよ、両方です。"),
    (ZH_PICK, "峨眉剑法。不过武当剑法我也一样拿手。"),
    (KO_PICK, "된장찌개요. 그래도 김치찌개도 똑같이 잘해요, 둘 다요."),
    (EN_PICK, "Southpaw. Mind you, I box orthodox just as well."),
])
def test_negative_held_as_much_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_PICK, "中飛車です。居飛車は師匠に習いましたけど、苦手です。"),
    (ZH_PICK, "峨眉剑法。武当剑法我只学过皮毛。"),
    (KO_PICK, "된장찌개요. 김치찌개는 우리 엄마가 더 잘하세요."),
    (EN_PICK, "Southpaw. My brother boxes orthodox, though."),
])
def test_negative_as_colour_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


KO_BORN = _truth("ko", "전주유.", "전주", "고향이 어디세요?")
JA_BORN = _truth("ja", "松本たい。", "松本", "生まれはどこですか？")
ZH_BORN = _truth("zh", "苏州。", "苏州", "你老家是哪里？")
EN_BORN = _truth("en", "Dundee.", "Dundee", "Where were you born?")


@pytest.mark.parametrize("truth,text", [
    (KO_BORN, "우리 손녀는 맨날 전주 비빔밥만 먹어유."),
    (JA_BORN, "うちの孫は松本に住んどる。"),
    (ZH_BORN, "我孙女住在苏州。"),
    (EN_BORN, "My granddaughter was born in Dundee."),
])
def test_relative_as_the_keywords_subject_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (KO_BORN, "손녀랑 나는 전주 사람이유."),
    (KO_BORN, "우리 손녀는 전주 사람이고, 나도 전주 사람이유."),
    (JA_BORN, "孫と同じ松本の生まれたい。"),
    (ZH_BORN, "我和孙女都是苏州人。"),
    (EN_BORN, "My granddaughter and I were both born in Dundee."),
])
def test_relative_beside_the_character_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0


JA_OWNER = _truth("ja", "主人は大槻である。", "大槻", "飼い主は誰？")
ZH_OWNER = _truth("zh", "主人是鲁迅。", "鲁迅", "你的主人是谁？")
KO_OWNER = _truth("ko", "주인은 이순신이다옹.", "이순신", "주인이 누구야?")
EN_OWNER = _truth("en", "My owner is Lincoln.", "Lincoln", "Who is your owner?")


@pytest.mark.parametrize("truth,text", [
    (JA_OWNER, "大槻駅の見える塀の上が吾輩の持ち場である。"),
    (ZH_OWNER, "我天天在鲁迅公园晒太阳。"),
    (KO_OWNER, "나는 이순신대교 밑에서 낮잠을 잔다옹."),
    (EN_OWNER, "I nap every day in Lincoln Park."),
])
def test_name_keyword_inside_a_place_name_refused(truth, text):
    assert keyword_accuracy(text, truth) == 0.0


@pytest.mark.parametrize("truth,text", [
    (JA_OWNER, "大槻である。駅前に住んでおる。"),
    (ZH_OWNER, "鲁迅，他常去公园。"),
    (KO_OWNER, "이순신이다옹. 대교 근처에 산다옹."),
    (EN_OWNER, "Lincoln. He walks me in the park."),
])
def test_name_keyword_then_a_place_word_apart_paid(truth, text):
    assert keyword_accuracy(text, truth) == 1.0
