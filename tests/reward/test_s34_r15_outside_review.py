"""Natural answers an outside review (rev74) found refused, fixed by kind (session 34, r15): an elder
named in Korean honorific speech, "just call me X" in Japanese, a relative who shares the character's
family name, clipped time or relation fragments beside the value, the card's own quoted filler as an
opener, a negative keyword given to another, explicitly marked item. Each kind: correct answers paid,
the nearest attacks refused."""

from __future__ import annotations

import pytest

from raiden_r1.data.ground_truth import GroundTruth
from raiden_r1.reward.vrar import keyword_accuracy

# 1. Korean honorific naming ("박만석이라고 하세요": my father is called X)
KO_FATHER = GroundTruth(answer="아버지 성함은 박만석이에요.", keywords=(("박만석", "만석"),), negative_keywords=("이상철",),
                        language="ko", question="아버님 성함이 어떻게 되세요?", character_name="박순자", subject="other")
KO_MOTHER = GroundTruth(answer="어머니 성함은 김옥례예요.", keywords=(("김옥례", "옥례"),), language="ko",
                        question="어머니는 누구세요?", character_name="박순자", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (KO_FATHER, "박만석이라고 하세요. 정읍에서 농사지으세요."),
    (KO_FATHER, "저희 아버지는 박만석이라고 하세요."),
    (KO_FATHER, "박만석이라고 하십니다."),
    (KO_FATHER, "박만석이라고 하시고, 정읍에 사세요."),
    (KO_MOTHER, "김옥례라고 하세요. 고향 정읍에 계세요."),
    (KO_MOTHER, "저희 어머니는 김옥례라고 하세요."),
    (KO_MOTHER, "김옥례라고 하시죠."),
    (KO_MOTHER, "김옥례라고 하셔요."),
])
def test_an_elder_named_in_honorific_speech_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (KO_FATHER, "사람들이 박만석이라고 하더라고요."),
    (KO_FATHER, "박만석이라고 하던데요."),
    (KO_FATHER, "박만석이라고 하신대요."),
    (KO_FATHER, "어머니가 박만석이라고 하세요."),
    (KO_MOTHER, "다들 김옥례라고 하세요."),
    (KO_MOTHER, "그냥 김옥례라고 하세요."),
    (KO_MOTHER, "김옥례라고 하셨어요."),
    (KO_MOTHER, "동생은 김옥례라고 하세요."),
])
def test_someone_else_saying_the_name_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


# 2. "just call me X" (Japanese れば / たら of how to call the speaker; zh and ko already paid)
JA_NAME = GroundTruth(answer="北村 大吾だ。", keywords=(("北村 大吾", "北村大吾", "大吾"),), language="ja", question="お名前は何？",
                      character_name="北村 大吾", subject="self")
ZH_NAME = GroundTruth(answer="我叫陈志锋。", keywords=(("陈志锋", "志锋", "阿锋"),), language="zh", question="你叫什么名字？",
                      character_name="陈志锋", subject="self")
KO_NAME = GroundTruth(answer="박순자예요.", keywords=(("박순자", "순자"),), language="ko", question="이름이 뭐예요?",
                      character_name="박순자", subject="self")


@pytest.mark.parametrize("truth,answer", [
    (JA_NAME, "大吾って呼んでくれればいいっしょ。"),
    (JA_NAME, "大吾って呼んでくれればいいよ。"),
    (JA_NAME, "大吾って呼んでくれたらいいよ。"),
    (JA_NAME, "大吾と呼んでくれればいいです。"),
    (JA_NAME, "大吾って呼んでくれればええ。"),
    (ZH_NAME, "叫我阿锋就行。"),
    (ZH_NAME, "叫我阿锋就好。"),
    (ZH_NAME, "叫我阿锋就可以了。"),
    (ZH_NAME, "喊我志锋就成。"),
    (KO_NAME, "순자라고 부르면 돼요."),
    (KO_NAME, "순자라고 불러 주면 돼요."),
    (KO_NAME, "순자라고 부르시면 돼요."),
    (KO_NAME, "그냥 순자라고 불러 주시면 돼요."),
])
def test_just_call_me_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (JA_NAME, "大吾だったらいいのにな。"),
    (JA_NAME, "もし大吾なら呼べばいいけど。"),
    (JA_NAME, "大吾って言っとけばいいんでしょ。"),
    (JA_NAME, "大吾って呼ばれればいいけどな。"),
    (ZH_NAME, "要是叫阿锋就好了。"),
    (ZH_NAME, "如果我叫志锋就好了。"),
    (ZH_NAME, "你就当我叫志锋就行。"),
    (ZH_NAME, "假如我叫阿锋就行了。"),
    (KO_NAME, "순자였으면 좋겠어요."),
    (KO_NAME, "순자라고 하면 되죠."),
    (KO_NAME, "이름이 순자라면 좋겠네요."),
    (KO_NAME, "만약 순자라면 부르면 돼요."),
])
def test_a_real_condition_on_the_name_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


# 3. A relative who shares the character's family name
JA_MOTHER = GroundTruth(answer="私の母は北村 ハルだ。", keywords=(("北村 ハル", "北村ハル", "ハル"),), language="ja",
                        question="お母様はどなたですか？", character_name="北村 大吾", subject="other")
EN_MOTHER = GroundTruth(answer="My mother is Martha Kowalski.", keywords=(("Martha Kowalski", "Martha"),), language="en",
                        question="What's your mother's name?", character_name="Tomasz Kowalski", subject="other")
ZH_MOTHER = GroundTruth(answer="我妈叫欧阳秀英。", keywords=(("欧阳秀英", "秀英"),), language="zh", question="你妈妈叫什么名字？",
                        character_name="欧阳建国", subject="other")
KO_MOTHER2 = GroundTruth(answer="어머니 성함은 남궁옥례예요.", keywords=(("남궁옥례", "옥례"),), language="ko",
                         question="어머니 이름이 뭐예요?", character_name="남궁철수", subject="other")


@pytest.mark.parametrize("truth,answer", [
    (JA_MOTHER, "北村ハルだ。もう七十六だけど元気だべさ。"),
    (JA_MOTHER, "北村ハルです。"),
    (JA_MOTHER, "北村ハル、小樽にいるよ。"),
    (JA_MOTHER, "北村ハルだべさ。"),
    (EN_MOTHER, "My mother? Martha Kowalski."),
    (EN_MOTHER, "Mum's Martha Kowalski."),
    (EN_MOTHER, "Martha Kowalski is my mum."),
    (EN_MOTHER, "Martha Kowalski, my mother."),
    (ZH_MOTHER, "欧阳秀英。"),
    (ZH_MOTHER, "我妈叫欧阳秀英。"),
    (ZH_MOTHER, "欧阳秀英，今年六十了。"),
    (ZH_MOTHER, "欧阳秀英是我妈。"),
    (KO_MOTHER2, "남궁옥례예요."),
    (KO_MOTHER2, "남궁옥례요. 정읍에 계세요."),
    (KO_MOTHER2, "어머니는 남궁옥례세요."),
    (KO_MOTHER2, "저희 어머니는 남궁옥례예요."),
])
def test_a_relative_sharing_the_family_name_is_paid(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (JA_MOTHER, "北村大吾は母の北村ハルと住んでいる。"),
    (JA_MOTHER, "北村大吾の母は北村ハルだ。"),
    (JA_MOTHER, "北村は母をハルと呼ぶ。"),
    (JA_MOTHER, "北村の母は北村ハルだ。"),
    (EN_MOTHER, "Kowalski's mother is Martha Kowalski."),
    (EN_MOTHER, "Tomasz Kowalski's mother is Martha."),
    (EN_MOTHER, "Tomasz Kowalski's mum is Martha Kowalski."),
    (EN_MOTHER, "Kowalski's mum is Martha."),
    (ZH_MOTHER, "欧阳建国的妈妈叫欧阳秀英。"),
    (ZH_MOTHER, "欧阳建国的母亲是欧阳秀英。"),
    (ZH_MOTHER, "欧阳建国他妈叫秀英。"),
    (ZH_MOTHER, "欧阳建国的娘是欧阳秀英。"),
    (KO_MOTHER2, "남궁철수의 어머니는 남궁옥례다."),
    (KO_MOTHER2, "남궁철수 어머니는 남궁옥례예요."),
    (KO_MOTHER2, "남궁철수는 어머니가 남궁옥례다."),
    (KO_MOTHER2, "남궁철수의 엄마는 옥례다."),
])
def test_the_character_narrated_by_its_own_name_earns_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer


# 4. Clipped fragments that no value of the slot could be
EN_FRIEND = GroundTruth(answer="Easy. Your best friend? That's Rafael.", keywords=(("Rafael",),), negative_keywords=("Priya", "Marcus"),
                        language="en", question="What's my best friend's name?", focus="conversation_memory", subject="user")
ZH_FRIEND = GroundTruth(answer="你最好的朋友是小林。", keywords=(("小林",),), language="zh", question="我最好的朋友是谁来着？",
                        focus="conversation_memory", subject="user")
JA_FRIEND = GroundTruth(answer="親友は健太だろ。", keywords=(("健太",),), language="ja", question="俺の親友って誰だっけ？",
                        focus="conversation_memory", subject="user")
KO_FRIEND = GroundTruth(answer="제일 친한 친구는 민수잖아.", keywords=(("민수",),), language="ko", question="내 제일 친한 친구가 누구였지?",
                        focus="conversation_memory", subject="user")


@pytest.mark.parametrize("truth,answer", [
    (EN_FRIEND, "Rafael. Best friend. Since school."),
    (EN_FRIEND, "Rafael. Best friend. Ever since school."),
    (EN_FRIEND, "Rafael. Best mate. Since school."),
    (EN_FRIEND, "Rafael. Since school. Best friend."),
    (EN_FRIEND, "Rafael. Best friend. Since forever."),
    (ZH_FRIEND, "小林。好朋友。从小学起。"),
    (ZH_FRIEND, "小林。发小。从小一起长大。"),
    (ZH_FRIEND, "小林。死党。从初中开始。"),
    (ZH_FRIEND, "小林。老同学。从高中起。"),
    (JA_FRIEND, "健太。親友。小学校から。"),
    (JA_FRIEND, "健太。幼なじみ。昔から。"),
    (JA_FRIEND, "健太。相棒。ガキの頃から。"),
    (JA_FRIEND, "健太。同級生。中学から。"),
    (KO_FRIEND, "민수. 절친. 초등학교 때부터."),
    (KO_FRIEND, "민수. 단짝. 어릴 때부터."),
    (KO_FRIEND, "민수. 베프. 중학교 때부터."),
    (KO_FRIEND, "민수. 동창. 고등학교 때부터."),
])
def test_a_time_or_relation_fragment_is_no_second_candidate(truth, answer):
    assert keyword_accuracy(answer, truth) == 1.0, answer


@pytest.mark.parametrize("truth,answer", [
    (EN_FRIEND, "Rafael. Tomas. Since school."),
    (EN_FRIEND, "Rafael. Best friend. Tomas."),
    (EN_FRIEND, "Rafael. Since school. Daniel."),
    (EN_FRIEND, "Rafael. Marco. Best friend."),
    (ZH_FRIEND, "小林。小王。从小学起。"),
    (ZH_FRIEND, "小林。好朋友。小王。"),
    (ZH_FRIEND, "小林。从小学起。小王。"),
    (ZH_FRIEND, "小林。老同学。小张。"),
    (JA_FRIEND, "健太。翔太。小学校から。"),
    (JA_FRIEND, "健太。小学校から。翔太。"),
    (JA_FRIEND, "健太。幼なじみ。大輔。"),
    (JA_FRIEND, "健太。翔太。ガキの頃から。"),
    (KO_FRIEND, "민수. 철수. 초등학교 때부터."),
    (KO_FRIEND, "민수. 절친. 철수."),
    (KO_FRIEND, "민수. 어릴 때부터. 영호."),
    (KO_FRIEND, "민수. 단짝. 동수."),
])
def test_two_real_candidates_earn_nothing(truth, answer):
    assert keyword_accuracy(answer, truth) == 0.0, answer
