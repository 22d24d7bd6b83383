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


def test_symbol_precheck_skips_only_blocks_without_symbols():
    from raiden_r1.reward.repetition import _MAYBE_SYMBOL

    missed = [hex(c) for c in range(0x2001, 0x110000)
              if unicodedata.category(chr(c)) == "So" and not _MAYBE_SYMBOL.match(chr(c))]
    assert missed == []


def test_sentences_split_like_the_pattern_less_empty_pieces():
    import random

    from raiden_r1.reward.thinking import MAX_SENTENCES, _SENTENCES, _sentences

    rng = random.Random(0)
    alphabet = "ab 。！？；.!?;\n\t"
    for n in (0, 1, 5, 40, 300, 900):
        for _ in range(20):
            text = "".join(rng.choice(alphabet) for _ in range(n))
            assert [p for p in _sentences(text) if p] == [p for p in _SENTENCES.split(text, MAX_SENTENCES) if p]


def test_sentences_past_the_split_limit_keep_the_rest_in_the_last_piece():
    from raiden_r1.reward.thinking import MAX_SENTENCES, _SENTENCES, _sentences

    text = "x. " * (MAX_SENTENCES + 5)
    assert [p for p in _sentences(text) if p] == [p for p in _SENTENCES.split(text, MAX_SENTENCES) if p]
