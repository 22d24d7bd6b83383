"""Review 74 (session 34, b9): a Japanese card in タメ口 that names no 一人称 had golds that still
said the polite 私 ("私の店の創業は…だべさ"); one that quotes its plain first person without a
一人称 mark ("「俺」…をよく使う") gets it. Cards invented here."""

from __future__ import annotations

from functools import lru_cache

from raiden_r1.data.schema import SBK
from built_records import built_records, profile

_NO_WORD = profile("森田 健", "ja", 名前="森田 健", 年齢="52歳", 出身地="青森県弘前市", 職業="りんご農家",
                   趣味="将棋、渓流釣り", 好きなもの="熱燗、焼き魚", 口調="ぶっきらぼうなタメ口で話す")
_QUOTED = profile("森田 健", "ja", 名前="森田 健", 年齢="52歳", 出身地="青森県弘前市", 職業="りんご農家",
                  趣味="将棋、渓流釣り", 好きなもの="熱燗、焼き魚", 口調="ぶっきらぼうなタメ口。「俺」「〜だべ」をよく使う")


@lru_cache(maxsize=None)
def _golds(card_name: str) -> tuple[str, ...]:
    return tuple(r.answer for r in built_records(globals()[card_name], cm=0) if r.focus == SBK)


def test_plain_card_without_first_person_drops_watashi():
    golds = _golds("_NO_WORD")
    assert len(golds) >= 3 and not any("私" in g for g in golds)


def test_plain_card_quoting_ore_says_ore():
    golds = _golds("_QUOTED")
    assert any("俺" in g for g in golds) and not any("私" in g for g in golds)


def test_audit_flags_one_dialect_tag_on_every_gold():
    from raiden_r1.data.audit.checks_style import stuck_tag
    from raiden_r1.data.builder.dialect import card_dialect
    dialect = card_dialect({"口調": "北海道弁のタメ口"}, "ja")
    stuck = ["2001年だべさ。", "5月1日生まれだべさ。", "函館の出身だべさ。", "52歳だべさ。"]
    assert stuck_tag(stuck, dialect) == "だべさ。"
    assert stuck_tag(stuck[:3] + ["52歳だべ。"], dialect) is None
