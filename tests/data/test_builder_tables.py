"""The builder's per-language tables come from YAML package data (raiden_r1.data.builder.tables)."""

import pytest

from raiden_r1.data.builder.cm_phrases import KINDS, TEMPLATES
from raiden_r1.data.builder.tables import table
from raiden_r1.errors import RaidenError


def test_missing_table_is_an_error_naming_the_file():
    with pytest.raises(RaidenError, match=r"phrases\.yaml: no table 'NO_SUCH_TABLE'"):
        table("phrases.yaml", "NO_SUCH_TABLE")


def test_tables_come_back_as_tuples():
    questions, answers = table("phrases.yaml", "SBK")["age"]["en"]
    assert isinstance(questions, tuple) and "How old are you?" in questions


def test_every_language_has_turns_for_every_cm_kind():
    missing = [(lang, kind) for lang in ("en", "zh", "ja", "ko") for kind in KINDS if kind not in TEMPLATES[lang]]
    assert missing == []
