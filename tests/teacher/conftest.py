from __future__ import annotations

import json
from pathlib import Path

import pytest
from teacher_support import CARDS, TeacherServer


@pytest.fixture()
def cards_file(tmp_path) -> Path:
    p = tmp_path / "cards.json"
    p.write_text(json.dumps(CARDS), encoding="utf-8")
    return p


@pytest.fixture()
def teacher_server():
    servers = []

    def make(teachers, plan=None, delay=0.0, json_mode=True):
        s = TeacherServer(teachers, plan, delay, json_mode)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()
