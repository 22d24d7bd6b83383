"""Fixes from the 46th review (six unseen cards were 33% clean, every ja/ko record in the wrong
register while the audit passed them all): one test per cause, on cards written for these tests."""

from __future__ import annotations

import json
from functools import partial

from raiden_r1.data.audit import audit_records
from raiden_r1.data.builder import build_dataset
from raiden_r1.data.builder.voice import is_polite, speech_level, states_register
from built_records import built_records, profile as _profile

_records = partial(built_records, cm=4)


def test_a_negated_polite_cue_and_an_everyone_clause_resolve_to_plain():
    assert speech_level({"口調": "江戸っ子のべらんめえ口調。客にも敬語は一切使わない。"}, "ja") == "plain"
    assert speech_level({"話し方": "誰に対してもタメ口で、敬語なし。"}, "ja") == "plain"
    assert speech_level({"말투": "아무한테나 반말을 한다. 할머니 앞에서만 존댓말을 한다."}, "ko") == "plain"
    assert speech_level({"말투": "존댓말은 할 줄 모른다."}, "ko") == "plain"
    assert speech_level({"말투": "누구에게나 존댓말을 쓴다."}, "ko") == "polite"
    assert speech_level({"話し方": "目上にも目下にも丁寧な敬語で話す"}, "ja") == "polite"
    # stated but not resolvable: the builder keeps nothing, the audit fails it
    both = {"話し方": "普段はタメ口、仕事中は敬語。"}
    assert speech_level(both, "ja") is None and states_register(both, "ja")
    assert not states_register({"職業": "料理人"}, "ja")


def _assert_plain(records, language):
    assert records
    for r in records:
        assert not is_polite(r.answer, language), r.answer
        own = [t.content for t in r.conversation_history if t.role == "assistant"]
        assert not any(is_polite(t, language) for t in own), own


def test_plain_cards_get_plain_gold_answers_and_plain_own_turns():
    ja = _profile("春日井ゆず", "ja", 名前="春日井ゆず", 性別="女", 年齢="22歳", 出身地="愛知県岡崎市",
                  職業="屋台のクレープ屋", 趣味="自転車、古着集め", 話し方="名古屋弁のタメ口。年上の客にも敬語を使わない。")
    ko = _profile("문하람", "ko", 이름="문하람", 성별="남자", 나이="스물세 살", 고향="남쪽 항구 마을 갈매포",
                  직업="등대지기", 취미="연날리기, 조개껍데기 모으기",
                  말투="누구한테나 반말을 쓴다. 등대장 앞에서만 존댓말을 쓴다. 목소리가 크다.")
    _assert_plain(_records(ja), "ja")
    _assert_plain(_records(ko), "ko")


def test_a_card_with_unresolved_registers_keeps_no_record():
    card = _profile("井坂まこと", "ja", 名前="井坂まこと", 職業="保育士", 年齢="30歳", 話し方="普段はタメ口、仕事中は敬語。")
    result = build_dataset([card], seed=0, val_fraction=0.0, test_fraction=0.0, cm_per_character=4)
    assert not any(result.splits.values())
    assert result.stats["drops"]["by_reason"].get("register_unresolved")


def _audit(tmp_path, profile: dict, answer: str) -> dict:
    rec = {"character_name": "문하람", "character_profile": profile, "conversation_history": [],
           "question": "직업이 뭐예요?", "answer": answer, "keywords": [["등대지기"]],
           "negative_keywords": ["어부"], "question_type": "what", "validation_method": "single_term_validation",
           "difficulty": "easy", "metadata": {"language": "ko", "focus": "script_knowledge", "family": "occupation",
                                              "field": "직업"}}
    path = tmp_path / "records.json"
    path.write_text(json.dumps([rec], ensure_ascii=False), encoding="utf-8")
    return audit_records(path).results[0].problems


def test_audit_fails_polite_gold_for_a_plain_card_and_a_card_it_cannot_resolve(tmp_path):
    plain = {"이름": "문하람", "직업": "등대지기", "말투": "누구한테나 반말을 쓴다. 등대장 앞에서만 존댓말을 쓴다."}
    assert "voice" in _audit(tmp_path, plain, "제 직업은 등대지기예요.")
    assert "voice" not in _audit(tmp_path, plain, "내 직업은 등대지기야.")
    unresolved = {"이름": "문하람", "직업": "등대지기", "말투": "친구와는 반말, 일할 때는 존댓말."}
    assert "voice" in _audit(tmp_path, unresolved, "내 직업은 등대지기야.")
