"""The audit checks added after review 64 flag what the reviewer found (on records of cards written
for these tests, spoiled the way the old builder spoiled them), and pass the fixed build."""

from __future__ import annotations

from raiden_r1.data.audit.checks import CHECKS, Context
from raiden_r1.data.audit.checks_scope import SCOPE_CHECKS
from built_records import built_records as _records, by_family as _by_family, profile as _profile

_ZH = _profile("钱有福", "zh", 姓名="钱有福", 最爱的食物="葱油饼和豆浆", 职业="码头木匠", 居住地="南京城南夫子庙附近的大杂院",
               梦想="开一间小面馆，门口挂“周记”的牌子", 人物关系="师父-孙木匠（已故）")
_EN = _profile("Ned Pyle", "en", Name="Ned Pyle", Weight="168 lbs", Birthday="Boxing Day (26 December) 1851",
               Hobbies="hunting and fishing")
_KO = _profile("최복남", "ko", 이름="최복남", 거주지="전주 객사 옆 대장간 초가")
_JA = _profile("小菊", "ja", 名前="小菊", 本名="山田 花子", 家族="父の山田 源蔵（大工）、母のよね", 趣味="将棋と囲碁")


def _spoiled(card, family, keywords):
    rec = _by_family(card)[family]
    return rec.model_copy(update={"keywords": keywords})


def test_the_fixed_build_passes_the_new_checks():
    for card in (_ZH, _EN, _JA, _KO):
        for r in _records(card):
            for name, check in SCOPE_CHECKS.items():
                assert check(r, card.fields) == [], (name, r.question, r.keywords)


def test_a_joined_list_key_fails_joined_list_keys():
    assert SCOPE_CHECKS["joined_list_keys"](_spoiled(_ZH, "food", ["葱油饼和豆浆"]), _ZH.fields)
    assert SCOPE_CHECKS["joined_list_keys"](_spoiled(_JA, "hobbies", ["将棋と囲碁"]), _JA.fields)


def test_a_trade_compound_without_its_trade_fails_trade_keys():
    assert SCOPE_CHECKS["trade_keys"](_spoiled(_ZH, "occupation", ["码头木匠"]), _ZH.fields)


def test_a_particle_fragment_or_a_title_word_fails_fragment_keys():
    assert SCOPE_CHECKS["fragment_keys"](_spoiled(_ZH, "residence", [["夫子庙", "的大杂院"]]), _ZH.fields)
    assert SCOPE_CHECKS["fragment_keys"](_spoiled(_EN, "birthday", [["26 December", "Boxing Day", "Lady"]]), _EN.fields)


def test_a_pounds_weight_without_the_bare_number_fails_bare_weight():
    assert SCOPE_CHECKS["bare_weight"](_spoiled(_EN, "weight", [["168 pounds", "168 lbs"]]), _EN.fields)


def test_the_real_names_family_name_as_a_relatives_key_fails_family_surname():
    assert SCOPE_CHECKS["family_surname"](_spoiled(_JA, "relation:父", [["山田 源蔵", "源蔵", "山田"]]), _JA.fields)


def test_a_dream_keyed_by_the_sign_quoted_after_it_fails_quoted_goal():
    assert SCOPE_CHECKS["quoted_goal"](_spoiled(_ZH, "dream", ["周记"]), _ZH.fields)


def test_a_trade_as_a_persons_key_fails_the_keywords_check():
    rec = _spoiled(_ZH, "relation:师父", [["孙木匠", "木匠"]])
    assert any("木匠" in p for p in CHECKS["keywords"](rec, Context(card=_ZH.fields)))


def test_a_place_of_more_separate_parts_than_the_reward_allows_fails_part_alternatives():
    spoiled = _spoiled(_KO, "residence", [["전주 객사 옆 대장간 초가", "대장간", "초가", "객사", "전주"]])
    assert SCOPE_CHECKS["part_alternatives"](spoiled, _KO.fields)
