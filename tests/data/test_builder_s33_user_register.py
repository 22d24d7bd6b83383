"""Who the user is to the character (session 33, review 71): a user asks an elder or one above them
politely (존댓말, です/ます) even when the card answers plainly, and greets a Korean elder as 어르신;
a card of the user's own age may still be asked plainly. Cards invented here."""

from __future__ import annotations

from raiden_r1.data.audit.checks_roles import _polite, check_user_register
from raiden_r1.data.builder.voice import is_polite, user_defers
from built_records import built_records, profile

_GRANDPA = profile("최덕구", "ko", 이름="최덕구", 나이="74살", 직업="은퇴한 목수", 취미="장기, 바둑",
                   좋아하는음식="청국장", 말투="경상도 사투리 반말")
_PEER = profile("김하늘", "ko", 이름="김하늘", 나이="19살", 직업="대학생", 취미="농구", 좋아하는음식="라면",
                말투="반말")
_MASTER = profile("松井 源蔵", "ja", 名前="松井 源蔵", 職業="町道場の師範", 趣味="盆栽", 好きな食べ物="蕎麦",
                  口調="ぶっきらぼうなタメ口")
_JA_OLD = profile("森 トメ", "ja", 名前="森 トメ", 年齢="八十二歳", 職業="駄菓子屋", 趣味="花札", 好きな食べ物="羊羹",
                  口調="タメ口")
_JA_PEER = profile("高橋 陽太", "ja", 名前="高橋 陽太", 年齢="二十歳", 職業="大学生", 趣味="サッカー",
                   好きな食べ物="カレー", 口調="タメ口")


def _user_turns(records) -> list[str]:
    return [r.question for r in records] + [t.content for r in records for t in r.conversation_history
                                            if t.role == "user" and t.content.rstrip().endswith(("?", "？"))]


def test_an_elder_or_a_master_is_one_the_user_speaks_up_to():
    assert user_defers(_GRANDPA.fields, "ko") == "elder"
    assert user_defers(_JA_OLD.fields, "ja") == "elder"
    assert user_defers(_MASTER.fields, "ja") == "above"
    assert user_defers({"직업": "회장 비서", "나이": "31살"}, "ko") is None
    assert user_defers({"가족": "아내, 손녀 지우"}, "ko") == "elder"
    assert user_defers(_PEER.fields, "ko") is None and user_defers(_JA_PEER.fields, "ja") is None


def test_a_korean_elder_is_asked_politely_and_called_eoreusin():
    records = built_records(_GRANDPA, cm=4)
    asks = _user_turns(records)
    assert asks and all(is_polite(a, "ko") for a in asks)
    greetings = [t.content for r in records for t in r.conversation_history if t.role == "user" and "잠깐" in t.content]
    assert not [g for g in greetings if "최덕구" in g or "덕구" in g]
    assert any(r.question == "연세가 어떻게 되세요?" for r in records)


def test_a_japanese_elder_and_a_master_are_asked_with_desu_masu():
    for card in (_JA_OLD, _MASTER):
        asks = _user_turns(built_records(card, cm=4))
        assert asks and all(_polite(a, "ja") for a in asks), card.name


def test_a_peer_is_still_asked_plainly_sometimes():
    for card, lang in ((_PEER, "ko"), (_JA_PEER, "ja")):
        assert any(not _polite(a, lang) for a in _user_turns(built_records(card, cm=4))), card.name


def test_the_audit_flags_plain_speech_to_an_elder():
    record = built_records(_GRANDPA)[0]
    plain = record.model_copy(update={"question": "몇 살이야?"})
    assert check_user_register(plain, _GRANDPA.fields)
    assert not check_user_register(record, _GRANDPA.fields)
