"""Session 35 (r18): the answer's last word on the asked slot (reward/last_word.py), in four languages.

(a) a later clause replaces the value (a now/after time or a verb of changing, with another value of the
keyword's kind); (b) the value said as others' word or a thought, then turned against by a contrast with a
negation; (c) two values in one slot by an additive particle (도…도, も…も, 也…也); (d) an echo of the asked
word answered by the next sentence; (e) a Korean boast whose negation is of the others. Each attack is
refused, and the nearest correct answer is paid."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy


def acc(language, key, negatives, question, answer):
    t = GroundTruth(answer=key, keywords=((key,),), negative_keywords=tuple(negatives), language=language,
                    question=question)
    return keyword_accuracy(answer, t)


# (the other route far from the keyword: a number within a quarter of it is a hedge by another rule)
ROUTE = {"en": ("96", ["11"], "Which tram route do you drive, mate?"),
         "zh": ("15路", ["8路"], "师傅，您开哪路公交？"),
         "ja": ("96番", ["11番"], "何番の電車を運転してるんだい？"),
         "ko": ("96번", ["11번"], "기사님, 몇 번 버스 운전하세요?")}
TEMP = {"en": ("22.5", ["18"], "What temperature do you keep the tomato bay at?"),
        "zh": ("22度", ["18度"], "温室一般保持在多少度？"),
        "ja": ("42度", ["39度"], "大きい湯船は何度にしてるんだい？"),
        "ko": ("42도", ["39도"], "큰 탕은 몇 도로 맞추세요?")}


def route(language, answer):
    return acc(language, *ROUTE[language], answer)


def temp(language, answer):
    return acc(language, *TEMP[language], answer)


@pytest.mark.parametrize("language,answer", [
    ("en", "Route 96, mate. Well, that was before they moved me onto the 11."),
    ("en", "I drove the 96 for years. These days it's the 11."),
    ("en", "96, until last spring. Now I'm on the 11."),
    ("en", "Used to be the 96. They put me on the 11 in March."),
    ("en", "Mostly the 96 back then. Since then, the 11, mind."),
    ("en", "The 96 was mine for a decade, but they switched me to the 11."),
    ("zh", "开15路。不过后来调到8路了。"), ("zh", "15路开了十年，如今换成8路了。"), ("zh", "15路，后来改成8路了。"),
    ("zh", "原来开15路，目前在8路上。"), ("zh", "15路嘛，从那以后就一直开8路了。"), ("zh", "15路开了好些年。现在开的是8路。"),
    ("ja", "96番だよ。でも今は11番に回されてる。"), ("ja", "96番を運転してたけど、今じゃ11番だ。"),
    ("ja", "96番でした。先月から11番に変わりました。"), ("ja", "96番だったんだがね、今は11番さ。"),
    ("ja", "長いこと96番だった。その後11番に移ったよ。"), ("ja", "96番一筋だったけど、最近は11番だな。"),
    ("ko", "96번이요. 근데 이제는 11번으로 바뀌었어요."), ("ko", "96번 몰았는데 요즘은 11번 몰아요."),
    ("ko", "96번이었지. 지금은 11번이야."), ("ko", "96번 하다가 작년에 11번으로 옮겼어요."),
    ("ko", "96번이었는데 그 뒤로 11번으로 바뀌었죠."), ("ko", "원래 96번인데 현재는 11번 운전합니다."),
])
def test_a_later_value_replaces_the_route(language, answer):
    assert route(language, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Tomato bay was held at 22.5 degrees until cycle 40. It is now held at 19 degrees."),
    ("en", "22.5 degrees last month; I've lowered it to 20 degrees since."),
    ("zh", "一直是22度，上个月起现在调到20度了。"), ("zh", "22度，后来降到19度了。"),
    ("ja", "42度だったが、今は40度にしてるよ。"), ("ja", "前は42度、最近は40度に下げたね。"),
    ("ko", "42도였는데 요즘은 40도로 내렸어요."), ("ko", "42도요. 근데 지금은 40도로 바꿨어요."),
])
def test_a_later_number_with_the_unit_replaces_the_value(language, answer):
    assert temp(language, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Not 11 — 96."), ("en", "I've driven the 96 since '09, never the 11."), ("en", "96 — and I've never wanted another."),
    ("en", "The 11 was my old route; now it's the 96."), ("en", "96. My brother drives the 11 these days."),
    ("zh", "不是8路，是15路。"), ("zh", "我开15路，没开过8路。"), ("zh", "以前开8路，现在开15路。"), ("zh", "15路。我徒弟现在开8路。"),
    ("ja", "11番じゃなくて、96番だよ。"), ("ja", "前は11番だったけど、今は96番だよ。"), ("ja", "96番。弟は今11番だね。"),
    ("ja", "96番一筋で、11番は運転したことない。"),
    ("ko", "96번이요. 동생이 요즘 11번 몰아요."),
    ("ko", "96번만 십 년째요. 11번은 안 해 봤어요."),
])
def test_a_nearest_correct_route_is_paid(language, answer):
    assert route(language, answer) == 1.0


@pytest.mark.parametrize("language,answer", [
    ("en", "22.5 degrees, and it's still 22.5 degrees now."), ("en", "Held at 22.5 degrees. Now and then I check it twice a day."),
    ("zh", "22度，现在也是22度。"), ("ja", "42度さ。今は冬だから少し早めに沸かすがね。"), ("ko", "42도요. 요즘은 아침 6시에 물 받아요."),
])
def test_a_nearest_correct_temperature_is_paid(language, answer):
    assert temp(language, answer) == 1.0


BORN = {"en": ("Whitby", ["Durham"], "Where were you born, Brother?"),
        "zh": ("天涯歌女", ["何日君再来"], "白小姐，您是靠哪首歌红起来的？"),
        "ja": ("42度", ["39度"], "おやっさん、大きい湯船は何度にしてるんだい？"),
        "ko": ("1250도", ["900도"], "장인 어른, 재벌구이 때 가마 온도는 몇 도로 올리십니까?")}


def framed(language, answer):
    return acc(language, *BORN[language], answer)


@pytest.mark.parametrize("language,answer", [
    ("en", "People say Whitby, but I don't hold with that."),
    ("en", "Some folk reckon I was born in Whitby, though I've never believed it."),
    ("en", "They told me Whitby, but I don't know that it's true."),
    ("en", "My mother always claimed it was Whitby, but I'm not so sure."),
    ("en", "Everyone calls me the Whitby lad, yet I wasn't born there."),
    ("zh", "人家都讲我是靠《天涯歌女》红的，我自己倒不这么觉得。"), ("zh", "大家都说是《天涯歌女》，可我不这么认为。"),
    ("zh", "报上说是《天涯歌女》捧红了我，其实不是。"), ("zh", "老板想让我靠《天涯歌女》出名，不过我没答应。"),
    ("zh", "都说《天涯歌女》是我的成名曲，但我不这么看。"),
    ("ja", "42度にしろって客もいるがね、あっしはそんな熱くはしねえよ。"), ("ja", "42度がいいって言われるけど、うちはそこまで熱くしないよ。"),
    ("ja", "42度にしようと思ったが、結局そうはしなかった。"), ("ja", "女房は42度にしろって言うけど、あっしはそうはしない。"),
    ("ja", "42度と思われてるけど、実はそんなに熱くしてないんだ。"),
    ("ko", "1250도라 하는 이들도 있소만, 나는 숫자 따위는 세지 않소."), ("ko", "1250도라고들 하지만 나는 그렇게 생각 안 하오."),
    ("ko", "1250도까지 올릴까 했는데 결국 안 올렸소."), ("ko", "다들 1250도라는데, 난 그런 거 안 재오."),
    ("ko", "스승님은 1250도라고 하셨지만 나는 그리 안 하오."),
])
def test_b_others_word_turned_against_is_refused(language, answer):
    assert framed(language, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "I was born in Whitby, though I don't remember it."), ("en", "Whitby. I thought you knew, but no matter."),
    ("en", "Whitby, and I never wanted to be born anywhere else."),
    ("zh", "是《天涯歌女》，虽然我不常唱了。"),
    ("ja", "42度だよ。熱くねえと江戸っ子は満足しねえ。"), ("ja", "42度にしろって客が多くてね、その通りにしてるよ。"),
    ("ja", "みんな42度って言うけど、その通り、42度さ。"),
    ("ko", "1250도까지 올리오. 그보다 낮으면 비색이 안 나오."), ("ko", "다들 1250도라 하는데 틀림없소."),
    ("ko", "1250도라고들 하는데, 맞소. 1250도요."),
])
def test_b_nearest_correct_is_paid(language, answer):
    assert framed(language, answer) == 1.0


MARKET = {"zh": ("上海", ["北京"], "您主要在哪儿演出？"), "ja": ("京都", ["大阪"], "主にどこの市に行くんだい？"),
          "ko": ("안성장", ["강경장"], "덕구 어른, 주로 어느 장에 다니십니까?")}


def market(language, answer):
    return acc(language, *MARKET[language], answer)


@pytest.mark.parametrize("language,answer", [
    ("ko", "안성장도 가고 강경장도 가고, 발 닿는 대로 도네."), ("ko", "강경장도 가고 안성장도 가네."), ("ko", "안성장도 다니고 강경장도 다니오."),
    ("ko", "안성장도 돌고 대구장도 돌지."), ("ko", "주로? 안성장도 가고 강경장도 가지."), ("ko", "안성장도 좋고 강경장도 좋소."),
    ("ja", "京都にも行くし、大阪にも行く。"), ("ja", "京都も行くし大阪も行くよ。"), ("ja", "大阪にも行くし京都にも行くさ。"),
    ("ja", "京都へも行くし、奈良へも行く。"), ("ja", "京都も好きだし大阪も好きだ。"), ("ja", "京都にも出るし、大阪にも出る。"),
    ("zh", "上海也去，北京也去。"), ("zh", "北京也去，上海也去，哪儿都去。"), ("zh", "上海也跑，北京也跑。"),
    ("zh", "上海也演，南京也演。"), ("zh", "上海也待过，北京也待过。"), ("zh", "北京也唱，上海也唱。"),
])
def test_c_two_values_by_an_additive_particle_are_refused(language, answer):
    assert market(language, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("ko", "안성장을 주로 도네. 강경장은 가끔 가고."), ("ko", "주로 안성장이오. 소금도 팔고 유기도 사고."),
    ("ko", "안성장이오. 장날이면 비가 와도 가지."),
    ("ja", "京都だよ。大阪には行かない。"), ("ja", "主に京都だね。時々奈良にも行く。"), ("ja", "京都さ。雨の日も行くよ。"),
    ("zh", "主要在上海，南京也去过几次。"), ("zh", "上海。我也喜欢上海的观众。"), ("zh", "就在上海，刮风也去，下雨也去。"),
])
def test_c_nearest_correct_is_paid(language, answer):
    assert market(language, answer) == 1.0


@pytest.mark.parametrize("answer", [
    "Whitby, dost thou say? Why wouldst thou ask a humble monk of his birth? Such vanity I shall not indulge.",
    "Whitby, sayest thou? Such vanity I shall not indulge.", "Whitby, did ye say? Why ask?",
])
def test_d_an_echo_in_any_register_is_asked_back(answer):
    assert framed("en", answer) == 0.0


@pytest.mark.parametrize("language,key,question,answer", [
    ("en", "Whitby", "Where were you born, Brother?", "Whitby, you say? Aye, born there, son of a herring fisher."),
    ("ko", "백구", "강아지 이름이 뭐야?", "우리 백구 말이가? 하얀 진돗개다."),
    ("zh", "小黑", "你家狗叫什么？", "我家小黑？黑色的土狗，可乖了。"),
    ("ja", "タロウ", "犬の名前は？", "うちのタロウ？柴犬だよ。"),
])
def test_d_an_echo_the_next_sentence_answers_is_paid(language, key, question, answer):
    assert acc(language, key, [], question, answer) == 1.0


@pytest.mark.parametrize("language,key,question,answer", [
    ("ko", "백구", "강아지 이름이 뭐야?", "백구 말이가? 그런 거 왜 묻노."),
    ("ko", "백구", "강아지 이름이 뭐야?", "우리 백구 말이가? 내는 개 안 키운다."),
    ("zh", "小黑", "你家狗叫什么？", "我家小黑？我家可没养狗。"),
    ("ja", "タロウ", "犬の名前は？", "うちのタロウかい？犬なんて飼ってないよ。"),
])
def test_d_an_echo_then_a_question_or_a_refusal_stays_asked_back(language, key, question, answer):
    assert acc(language, key, [], question, answer) == 0.0


@pytest.mark.parametrize("answer", ["장구 치는 거는 내 못 따라온다", "장구는 아무도 날 못 이겨요.", "장구요. 이 동네서 따라올 사람이 없지."])
def test_e_a_korean_boast_is_paid(answer):
    assert acc("ko", "장구", [], "제일 잘 다루는 악기가 뭐예요?", answer) == 1.0


@pytest.mark.parametrize("answer", ["장구는 못 쳐요.", "장구는 형을 못 따라가요.", "장구는 내가 못 따라가요."])
def test_e_the_speakers_own_inability_is_still_refused(answer):
    assert acc("ko", "장구", [], "제일 잘 다루는 악기가 뭐예요?", answer) == 0.0


@pytest.mark.parametrize("language,key,negatives,question,answer", [
    ("en", "Dunmara", ["Kilbride"], "Where were you born?", "I was born in Dunmara, though I've lived in Kilbride ten years now."),
    ("zh", "自贡", ["重庆"], "你是哪里人？", "我是自贡人，现在住重庆。"),
    ("ko", "김 선생님", ["박 선생님"], "담임 선생님이 누구야?", "김 선생님! 국어 담당이고, 교감은 박 선생님으로 바뀌었다며."),
    ("ja", "八百", [], "紺は何歳なの？", "紺の歳か?八百じゃ。尾が二本になったのは三百のときじゃがのう。"),
])
def test_a_a_later_value_of_another_fact_or_topic_replaces_nothing(language, key, negatives, question, answer):
    assert acc(language, key, negatives, question, answer) == 1.0


WORD = {"en": ("chiaroscuro", "What word did you win the spelling bee with?"),
        "zh": ("天涯歌女", "白小姐，您是靠哪首歌红起来的？"),
        "ja": ("一本松", "どこの市場に通ってるの？"),
        "ko": ("안성장", "주로 어느 장에 다니세요?")}


@pytest.mark.parametrize("language,answer", [
    ("en", "Chiaroscuro! That's the one I got wrong and went out on — I won with a different one."),
    ("en", "Chiaroscuro, I thought. Turns out I won with another word entirely."),
    ("zh", "《天涯歌女》？其实我是靠另一首歌红起来的。"), ("zh", "《天涯歌女》唱得多，红起来靠的是别的歌。"),
    ("ja", "一本松だったよ。今は別の市場に通ってる。"), ("ja", "一本松？最近は他の市場ばかりだね。"),
    ("ko", "안성장이었지. 요즘은 다른 장에 다녀요."), ("ko", "안성장? 이젠 딴 장 다니오."),
])
def test_a_another_value_named_by_an_anaphor_replaces_the_keyword(language, answer):
    key, question = WORD[language]
    assert acc(language, key, [], question, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Chiaroscuro! I practised a different one all week, mind."), ("en", "Chiaroscuro. Another kid went out on it."),
    ("zh", "就是《天涯歌女》，别的歌都没那么红。"), ("ja", "一本松だよ。別の店にも寄るけどね。"),
    ("ko", "안성장이오. 다른 데는 잘 안 가오."),
])
def test_a_an_anaphor_without_the_slot_is_paid(language, answer):
    key, question = WORD[language]
    assert acc(language, key, [], question, answer) == 1.0


TRIP = {"en": ("Sapporo", "Where's your business trip next month?"), "zh": ("札幌", "你下个月去哪儿出差？"),
        "ja": ("札幌", "来月はどこに出張するんだっけ？"), "ko": ("삿포로", "다음 달에 어디로 출장 가요?")}


@pytest.mark.parametrize("language,answer", [
    ("en", "The Sapporo trip fell through. I'm in Tokyo all month."), ("en", "Sapporo was the plan, but it got called off."),
    ("zh", "去札幌的出差取消了，下个月都在东京。"), ("zh", "札幌那趟黄了。"),
    ("ja", "札幌への出張はなくなったんだ。来月はずっと東京だよ。"), ("ja", "札幌の出張は中止になりました。"),
    ("ko", "삿포로 출장은 취소됐어. 다음 달은 계속 서울이야."), ("ko", "삿포로 건은 무산됐어요."),
])
def test_e_the_keywords_event_called_off_is_refused(language, answer):
    key, question = TRIP[language]
    assert acc(language, key, [], question, answer) == 0.0


@pytest.mark.parametrize("language,answer", [
    ("en", "Sapporo. The Osaka one fell through, so I'm glad."), ("zh", "札幌。大阪那趟取消了。"),
    ("ja", "札幌だよ。大阪のほうは中止になったけど。"), ("ko", "삿포로요. 오사카 출장은 취소됐고요."),
])
def test_e_another_event_called_off_is_paid(language, answer):
    key, question = TRIP[language]
    assert acc(language, key, [], question, answer) == 1.0


@pytest.mark.parametrize("answer,paid", [
    ("証人は午後三時にはあの男を見ていないと言っていたね。", False), ("午後三時には見ていないと話していた。", False),
    ("午後三時には見かけなかったと証言していたよ。", False), ("午後三時に見たと言っていたね。", True),
    ("午後三時だよ。見ていないと言い張る人もいるけど。", True), ("午後三時。急がないと、と言っていた。", True),
])
def test_f_a_japanese_negation_quoted_is_a_negation(answer, paid):
    t = GroundTruth(answer="午後三時", keywords=(("午後三時",),), language="ja", question="証人があの男を見たのは何時だっけ？",
                    focus="conversation_memory", subject="user")
    assert keyword_accuracy(answer, t) == (1.0 if paid else 0.0)
