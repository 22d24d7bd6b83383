"""The EasyR1 reward contract (docs/easyr1-contract.md), encoded: the file is loaded the way
EasyR1 loads it, called as a batch with exactly three keys per input, and returns plain floats."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from raiden_r1.data.ground_truth import GroundTruth

ROOT = Path(__file__).resolve().parents[2]
REWARD_FILE = ROOT / "easyr1" / "reward_function" / "raiden_vrar.py"


def _load(path: Path = REWARD_FILE):
    spec = importlib.util.spec_from_file_location("custom_reward_fn", str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inputs(pairs):
    return [{"response": r, "response_length": len(r.split()), "ground_truth": g} for r, g in pairs]


GT = GroundTruth(answer="我一般和朋友们一起打篮球。", keywords=(("篮球", "basketball"),), negative_keywords=("足球",),
                 language="zh", question="你下课后做什么？").to_json()


def test_module_globals_as_easyr1_reads_them():
    m = _load()
    assert m.REWARD_NAME == "raiden_vrar"
    assert m.REWARD_TYPE == "batch"
    assert callable(m.compute_score)


def test_batch_call_returns_one_float_dict_per_input_with_overall():
    m = _load()
    out = m.compute_score(_inputs([("<think>我记得我喜欢篮球，因为它让我放松。</think>我常和朋友打篮球！", GT),
                                   ("我喜欢看书。", GT), ("", GT)]))
    assert len(out) == 3
    for s in out:
        assert "overall" in s and {"accuracy", "format", "thinking"} <= set(s)
        assert all(type(v) is float for v in s.values())
    assert out[0]["overall"] > out[1]["overall"] > out[2]["overall"] == 0.0
    assert len({tuple(s) for s in out}) == 1  # same keys everywhere: EasyR1 logs batch means per key


def test_kwargs_from_the_yaml_are_honoured():
    m = _load()
    batch = _inputs([("我常和朋友打篮球！", GT)])
    only_acc = m.compute_score(batch, accuracy_weight=1.0, format_weight=0.0, thinking_weight=0.0)[0]
    only_fmt = m.compute_score(batch, accuracy_weight=0.0, format_weight=1.0, thinking_weight=0.0)[0]
    assert only_acc["overall"] == only_acc["accuracy"] == 1.0
    assert only_fmt["overall"] == pytest.approx(0.4)


def test_plain_string_and_dict_ground_truths_are_accepted():
    m = _load()
    out = m.compute_score(_inputs([("Paris.", "Paris"), ("Berlin", "Paris")]) +
                          [{"response": "I play basketball", "response_length": 3,
                            "ground_truth": {"answer": "basketball", "keywords": ["basketball"]}}])
    assert out[0]["accuracy"] == 1.0 and out[1]["accuracy"] == 0.0 and out[2]["accuracy"] == 1.0


def test_converter_json_string_round_trips():
    m = _load()
    packed = json.loads(GT)
    assert packed["keywords"] == [["篮球", "basketball"]]
    assert m.compute_score(_inputs([("我最喜欢和朋友打basketball了。", GT)]))[0]["accuracy"] == 1.0


def test_file_finds_the_checkout_src_when_the_package_is_not_importable(monkeypatch, tmp_path):
    # Copy the file into a fake checkout whose src/ is this repo's src, and hide the installed
    # package: the file must put <checkout>/src on sys.path itself.
    fake = tmp_path / "checkout"
    (fake / "easyr1" / "reward_function").mkdir(parents=True)
    (fake / "src").symlink_to(ROOT / "src")
    target = fake / "easyr1" / "reward_function" / "raiden_vrar.py"
    target.write_text(REWARD_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    saved = {k: v for k, v in sys.modules.items() if k == "raiden_r1" or k.startswith("raiden_r1.")}
    for k in saved:
        monkeypatch.delitem(sys.modules, k)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if "src" not in Path(p).parts[-1:]])

    class _Block:  # make the installed (editable) package unimportable
        def find_spec(self, name, path=None, target=None):
            if name == "raiden_r1" and not any(str(fake / "src") == p for p in sys.path):
                raise ModuleNotFoundError("No module named 'raiden_r1'", name="raiden_r1")
            return None

    monkeypatch.setattr(sys, "meta_path", [_Block()] + sys.meta_path)
    try:
        m = _load(target)
        assert str(fake / "src") in sys.path
        assert m.compute_score(_inputs([("Paris", "Paris")]))[0]["overall"] > 0
    finally:
        for k in [k for k in sys.modules if k == "raiden_r1" or k.startswith("raiden_r1.")]:
            del sys.modules[k]
        sys.modules.update(saved)


def test_a_single_input_dict_is_rejected_clearly():
    m = _load()
    with pytest.raises(ValueError, match="batch"):
        m.compute_score({"response": "x", "response_length": 1, "ground_truth": "x"})


def test_every_entry_point_defaults_to_the_one_set_of_weights():
    import importlib.util
    import inspect
    from pathlib import Path

    from raiden_r1.reward import vrar
    from raiden_r1.train.reward import vrar_reward

    path = Path(__file__).resolve().parents[2] / "easyr1" / "reward_function" / "raiden_vrar.py"
    spec = importlib.util.spec_from_file_location("raiden_vrar_defaults", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = {"accuracy_weight": 0.5, "format_weight": 0.3, "thinking_weight": 0.2}
    assert (vrar.ACCURACY_WEIGHT, vrar.FORMAT_WEIGHT, vrar.THINKING_WEIGHT) == tuple(expected.values())
    for fn in (module.compute_score, vrar_reward, vrar.evaluate, vrar.score_response):
        params = inspect.signature(fn).parameters
        assert {k: params[k].default for k in expected} == expected, fn.__name__
