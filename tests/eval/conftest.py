from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_support import RECORDS, ChatServer


@pytest.fixture()
def records_file(tmp_path) -> Path:
    p = tmp_path / "test.json"
    p.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.fixture()
def chat_server():
    servers = []

    def make(answer, plan=None, delay=0.0):
        s = ChatServer(answer, plan, delay)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()
