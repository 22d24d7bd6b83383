"""RAIDEN benchmark input (docs/formats.md §4) and the LLM judge, with a dialogue file built here from
the format description, role cards in RAIDEN's layout (tests/data/fixtures), and, where the
checkout has them beside it, the real RAIDEN sample cards."""

import json
from pathlib import Path

import pytest

from raiden_r1.cli import main
from raiden_r1.errors import RaidenError
from raiden_r1.eval.raiden import dimension_codes, load_raiden, parse_setting

DIALOGUES = {
    "d1": {"npc_name": "孙悟空", "metrics": "A", "reference": "肉！我最爱吃肉了！",
           "messages": [{"role": "user", "text": "你好，船长！"},
                        {"role": "assistant", "text": "俺老孙来也！"},
                        {"role": "user", "text": "你最喜欢吃什么？"}]},
    "d2": {"npc_name": "林黛玉", "metrics": "K2", "reference": "你的猫叫橘子。",
           "messages": [{"role": "user", "text": "我养了一只猫，叫橘子。"},
                        {"role": "assistant", "text": "真可爱，也不知它爱不爱花。"},
                        {"role": "user", "text": "你还记得我的猫叫什么吗？"}]},
    "d3": {"npc_name": "孙悟空", "metrics": "B", "reference": "……",
           "messages": [{"role": "user", "text": "你觉得自己是什么样的人？"}]},
    "d4": {"npc_name": "林黛玉", "metrics": "K1", "reference": "……",
           "messages": [{"role": "user", "text": "我刚才说过什么？"}]},
    "d5": {"npc_name": "孙悟空", "metrics": "A,K2", "reference": "你说你叫小林。",
           "messages": [{"role": "user", "text": "我叫小林。"},
                        {"role": "assistant", "text": "小林！要不要跟俺老孙去花果山？"},
                        {"role": "user", "text": "我叫什么名字？"}]},
}


CARDS = Path(__file__).resolve().parents[1] / "data" / "fixtures" / "raiden_style_roles.json"


def write_raiden_dir(d: Path, npcs: dict, dialogues: dict) -> Path:
    d.mkdir()
    (d / "npc.json").write_text(json.dumps(npcs, ensure_ascii=False), encoding="utf-8")
    (d / "dialogue.json").write_text(json.dumps(dialogues, ensure_ascii=False), encoding="utf-8")
    return d


@pytest.fixture()
def raiden_dir(tmp_path):
    npcs = json.loads(CARDS.read_text(encoding="utf-8"))
    return write_raiden_dir(tmp_path / "raiden", {k: npcs[k] for k in ("孙悟空", "林黛玉")}, DIALOGUES)


def test_the_real_raiden_cards_become_system_prompts(tmp_path, raiden_sample):
    npcs = json.loads(raiden_sample.read_text(encoding="utf-8"))
    dialogues = {f"r{i}": {"npc_name": name, "metrics": "A", "reference": "……",
                           "messages": [{"role": "user", "text": "你是谁？"}]} for i, name in enumerate(npcs)}
    items = load_raiden(write_raiden_dir(tmp_path / "raiden", npcs, dialogues), layout="system")
    assert [it.id for it in items] == [f"raiden:r{i}" for i in range(len(npcs))]
    for it, name in zip(items, npcs):
        system, user = it.messages
        assert name in system["content"] and user["content"].startswith("你是谁？")


def test_dimension_codes():
    assert dimension_codes("A") == ["A"]
    assert dimension_codes("A,K2") == ["A", "K2"]
    assert dimension_codes("ak2") == ["A", "K2"]
    assert dimension_codes("K1 B") == ["K1", "B"]


def test_setting_lines_become_fields_and_continuations_join_their_field():
    fields = parse_setting("姓名：小明,\n年龄: 17\n经历：1）去过北京\n2）去过上海\n爱好：画画")
    assert fields == {"姓名": "小明", "年龄": "17", "经历": "1）去过北京\n2）去过上海", "爱好": "画画"}


def test_only_sbk_and_cm_dialogues_are_kept_and_a_double_tag_counts_as_memory(raiden_dir):
    items = load_raiden(raiden_dir)
    assert [(it.id, it.focus) for it in items] == [
        ("raiden:d1", "script_knowledge"), ("raiden:d2", "conversation_memory"), ("raiden:d5", "conversation_memory")]
    assert all(it.language == "zh" and it.reference for it in items)


def test_role_card_goes_to_the_system_prompt_and_the_last_user_turn_is_answered(raiden_dir):
    it = load_raiden(raiden_dir, layout="system")[0]
    system, user = it.messages
    assert system["role"] == "system" and "如意金箍棒" in system["content"]  # a field of the card
    assert "俺老孙来也！" in system["content"]  # the history
    assert user["role"] == "user" and user["content"].startswith("你最喜欢吃什么？")
    (only,) = load_raiden(raiden_dir, layout="user")[0].messages
    assert only["role"] == "user" and "如意金箍棒" in only["content"] and "你最喜欢吃什么？" in only["content"]


@pytest.mark.parametrize("change,match", [
    (lambda d: d["d1"]["messages"].append({"role": "assistant", "text": "肉！"}), "d1: messages: the last message"),
    (lambda d: d["d2"].update(npc_name="无名氏"), "d2: npc_name"),
    (lambda d: d["d5"]["messages"][0].pop("text"), r"d5: messages.0.text"),
    (lambda d: d["d1"].update(reference=""), "d1: reference"),
])
def test_bad_dialogues_name_the_dialogue_and_field(raiden_dir, change, match):
    d = json.loads(json.dumps(DIALOGUES))
    change(d)
    (raiden_dir / "dialogue.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RaidenError, match=match):
        load_raiden(raiden_dir)


JUDGE_GRADES = {"j1": {"肉！": "A", "橘子": "C", "小林": "A"}, "j2": {"肉！": "A", "橘子": "C", "小林": "B"}}


def scripted(messages, model):
    """The evaluated model answers everything; the judges grade by which reference they see."""
    if model == "served":
        return "<think>我记得。</think> " + messages[-1]["content"].split("\n")[0]
    text = messages[-1]["content"]
    grade = next(g for key, g in JUDGE_GRADES[model].items() if key in text.split("=== Reference answer ===")[1])
    return f"The reply is judged against the reference.\nGrade: {grade}"


def args(server, raiden_dir, out, *extra):
    return ["eval", "--backend", "api", "--api-base", server.base, "--model", "served", "--raiden-dir",
            str(raiden_dir), "--out", str(out), "--judge-api-base", server.base, "--judge-model", "j1",
            "--judge-model", "j2", "--retry-base", "0.01", "--max-retries", "1", "--n-boot", "200", *extra]


def test_two_judges_score_sbk_and_cm_and_report_agreement(chat_server, raiden_dir, tmp_path):
    server = chat_server(scripted)
    out = tmp_path / "run"
    assert main(args(server, raiden_dir, out)) == 0
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert m["overall"]["sbk_accuracy"]["mean"] == pytest.approx(1.0)
    assert m["overall"]["cm_accuracy"]["mean"] == pytest.approx((0.5 + 1.0) / 2)  # j1: C and A
    assert m["judge"]["per_judge"]["j2"]["cm_accuracy"]["mean"] == pytest.approx((0.5 + 0.75) / 2)
    (agree,) = m["judge"]["agreement"]
    # j1 = A C A, j2 = A C B: po = 2/3, pe = (2/3)(1/3) + (1/3)(1/3) = 1/3, kappa = (1/3)/(2/3)
    assert agree["exact_agreement"] == pytest.approx(2 / 3)
    assert agree["cohen_kappa"] == pytest.approx(0.5)
    assert "Cohen's kappa 0.500" in (out / "report.md").read_text(encoding="utf-8")


def test_a_failed_judge_is_retried_later_without_generating_again(chat_server, raiden_dir, tmp_path):
    judge_up = {"on": False}

    def plan(key, attempt):
        return None if judge_up["on"] or "=== Reference answer ===" not in key else ("status", 503)

    server = chat_server(scripted, plan=plan)
    out = tmp_path / "run"
    assert main(args(server, raiden_dir, out)) == 1
    rows = [json.loads(x) for x in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(r["status"], r["stage"]) for r in rows} == {("error", "judge")}
    generated = sum(r["model"] == "served" for r in server.requests)
    judge_up["on"] = True
    assert main(args(server, raiden_dir, out)) == 0
    assert sum(r["model"] == "served" for r in server.requests) == generated == 3
    assert json.loads((out / "metrics.json").read_text())["counts"]["scored"] == 3


def test_without_a_judge_free_text_references_get_no_accuracy_but_the_rates(chat_server, raiden_dir, tmp_path, capsys):
    server = chat_server(scripted)
    out = tmp_path / "run"
    assert main(["eval", "--backend", "api", "--api-base", server.base, "--model", "served", "--raiden-dir",
                 str(raiden_dir), "--out", str(out), "--n-boot", "100"]) == 0
    assert "without --judge-model" in capsys.readouterr().err
    o = json.loads((out / "metrics.json").read_text())["overall"]
    assert o["sbk_accuracy"]["n"] == 0 and o["accuracy"]["mean"] is None
    assert o["in_character_rate"]["n"] == 3 and o["well_formed_think_rate"]["mean"] == 1.0
