"""The cheap prechecks that let the reward skip work (session 32, speed) must skip exactly what
the work they stand for would find nothing in."""

import unicodedata

from raiden_r1.reward.think_notes import SPACED_IN_NFKC, pasted_as_notes


def test_spaced_in_nfkc_class_is_exactly_the_characters_normalised_to_hold_a_space():
    wrong = [hex(c) for c in range(0x110000)
             if (SPACED_IN_NFKC.match(chr(c)) is not None)
             != bool({" ", "\u3000"} & set(unicodedata.normalize("NFKC", chr(c)).lower()))]
    assert wrong == []


def test_notes_written_with_an_ideographic_space_are_still_found():
    assert pasted_as_notes("一人称\u3000わらわ、好物\u3000油揚げ")
