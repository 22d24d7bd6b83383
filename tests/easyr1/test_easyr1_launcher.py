"""scripts/train_with_easyr1.sh: every early failure, the data step and the exact launch argv.

EasyR1 cannot be installed here, so a fake `verl` package (its `verl.trainer.main` records argv)
and a fake `transformers` (just a version) go on PYTHONPATH. The script runs in a checkout-shaped
temp directory so that its data conversion never touches the repository's data/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from easyr1_records import EN_SBK, JA_SBK, ZH_CM, write_records  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DOCKER = "hiyouga/verl:ngc-th2.8.0-cu12.9-vllm0.11.0"


@pytest.fixture
def checkout(tmp_path) -> Path:
    root = tmp_path / "raiden-r1"
    root.mkdir()
    for name in ("scripts", "src", "configs"):
        (root / name).symlink_to(ROOT / name)
    (root / "easyr1" / "format_prompt").mkdir(parents=True)
    (root / "easyr1" / "reward_function").mkdir()
    shutil.copy(ROOT / "easyr1" / "format_prompt" / "role_playing.jinja", root / "easyr1" / "format_prompt")
    # the launcher only checks that the reward file exists; its content is the reward's own tests' business
    (root / "easyr1" / "reward_function" / "raiden_vrar.py").write_text("def compute_score(x, **kw): ...\n")
    write_records(root / "data" / "training" / "train.json", [EN_SBK, ZH_CM])
    write_records(root / "data" / "training" / "validation.json", [JA_SBK])
    return root


def _fake_packages(tmp: Path, transformers_version: str | None = "4.57.1", verl: bool = True) -> str:
    paths = []
    if verl:
        v = tmp / "fake_verl"
        (v / "verl" / "trainer").mkdir(parents=True)
        (v / "verl" / "__init__.py").write_text("")
        (v / "verl" / "trainer" / "__init__.py").write_text("")
        (v / "verl" / "trainer" / "main.py").write_text(
            "import json, os, sys\n"
            "open(os.environ['FAKE_VERL_ARGV'], 'w').write(json.dumps(sys.argv))\n")
        paths.append(str(v))
    if transformers_version:
        t = tmp / "fake_transformers"
        (t / "transformers").mkdir(parents=True)
        body = ("raise ImportError('broken install')\n" if transformers_version == "broken"
                else f"__version__ = {transformers_version!r}\n")
        (t / "transformers" / "__init__.py").write_text(body)
        paths.append(str(t))
    return os.pathsep.join(paths)


def _run(root: Path, *args: str, transformers_version: str | None = "4.57.1", verl: bool = True, **env_vars):
    tmp = root.parent
    env = {k: v for k, v in os.environ.items() if k not in ("MODEL_PATH", "N_GPUS_PER_NODE", "NNODES", "DRY_RUN",
                                                          "CONFIG", "PYTHONPATH")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # python3 = this venv
    env["PYTHONPATH"] = _fake_packages(tmp, transformers_version, verl)
    env["FAKE_VERL_ARGV"] = str(tmp / "argv.json")
    env.update(env_vars)
    return subprocess.run(["bash", str(root / "scripts" / "train_with_easyr1.sh"), *args], cwd=tmp, env=env,
                          capture_output=True, text=True, timeout=120)


def _launched_argv(root: Path) -> list[str] | None:
    f = root.parent / "argv.json"
    return json.loads(f.read_text()) if f.exists() else None


def test_missing_verl_explains_both_ways_to_get_easyr1(checkout):
    r = _run(checkout, verl=False)
    assert r.returncode == 2
    assert "EasyR1 is not installed" in r.stderr and "cannot import 'verl'" in r.stderr
    assert "git clone https://github.com/hiyouga/EasyR1" in r.stderr and "pip install -e ." in r.stderr
    assert DOCKER in r.stderr
    assert _launched_argv(checkout) is None


def test_transformers_5_is_refused(checkout):
    r = _run(checkout, transformers_version="5.0.0")
    assert r.returncode == 2
    assert "transformers 5.0.0 is installed but EasyR1 needs transformers<5" in r.stderr
    assert "pip install 'transformers>=4.54.0,<5.0.0'" in r.stderr
    assert _launched_argv(checkout) is None


def test_unimportable_transformers_is_refused(checkout):
    r = _run(checkout, transformers_version="broken")
    assert r.returncode == 2
    assert "transformers is not importable" in r.stderr and "'transformers>=4.54.0,<5.0.0'" in r.stderr


def test_missing_reward_file_is_refused(checkout):
    (checkout / "easyr1" / "reward_function" / "raiden_vrar.py").unlink()
    r = _run(checkout)
    assert r.returncode == 2
    assert "reward function file not found: easyr1/reward_function/raiden_vrar.py" in r.stderr
    assert _launched_argv(checkout) is None


def test_missing_template_is_refused(checkout):
    (checkout / "easyr1" / "format_prompt" / "role_playing.jinja").unlink()
    r = _run(checkout)
    assert r.returncode == 2
    assert "format prompt template not found: easyr1/format_prompt/role_playing.jinja" in r.stderr


def test_config_that_fails_the_check_is_refused(checkout):
    r = _run(checkout, "data.rollout_batch_size=100")
    assert r.returncode == 2
    assert "data.rollout_batch_size: 100 must be divisible by worker.actor.global_batch_size 128" in r.stderr
    assert r.stderr.count("\n") == 1
    assert _launched_argv(checkout) is None


def test_bad_env_override_is_refused(checkout):
    r = _run(checkout, NNODES="two")
    assert r.returncode == 2 and "trainer.nnodes: expected an integer, got 'two'" in r.stderr


def test_launch_argv_is_exact_with_env_overrides_and_passthrough(checkout):
    r = _run(checkout, "trainer.max_steps=5", "worker.rollout.gpu_memory_utilization=0.5",
             MODEL_PATH="/models/qwen", N_GPUS_PER_NODE="4", NNODES="2")
    assert r.returncode == 0, r.stderr
    argv = _launched_argv(checkout)
    assert argv[0].endswith(os.path.join("verl", "trainer", "main.py"))  # ran as python3 -m verl.trainer.main
    assert argv[1:] == ["config=configs/easyr1_config.yaml", "worker.actor.model.model_path=/models/qwen",
                        "trainer.n_gpus_per_node=4", "trainer.nnodes=2", "trainer.max_steps=5",
                        "worker.rollout.gpu_memory_utilization=0.5"]
    assert "launching: python3 -m verl.trainer.main config=configs/easyr1_config.yaml" in r.stdout


def test_plain_launch_passes_only_the_config(checkout):
    r = _run(checkout)
    assert r.returncode == 0, r.stderr
    assert _launched_argv(checkout)[1:] == ["config=configs/easyr1_config.yaml"]


def test_missing_rows_are_converted_before_launch(checkout):
    assert not (checkout / "data" / "easyr1" / "train.json").exists()
    r = _run(checkout)
    assert r.returncode == 0, r.stderr
    rows = json.loads((checkout / "data" / "easyr1" / "train.json").read_text(encoding="utf-8"))
    assert len(rows) == 2 and (checkout / "data" / "easyr1" / "validation.json").is_file()


def test_existing_rows_are_not_reconverted(checkout):
    write_records(checkout / "data" / "easyr1" / "train.json", [{"problem": "p", "answer": "a"}])
    write_records(checkout / "data" / "easyr1" / "validation.json", [{"problem": "p", "answer": "a"}])
    r = _run(checkout)
    assert r.returncode == 0, r.stderr
    assert "converting" not in r.stdout
    assert json.loads((checkout / "data" / "easyr1" / "train.json").read_text()) == [{"problem": "p", "answer": "a"}]


def test_failed_conversion_says_how_to_build_records(checkout):
    (checkout / "data" / "training" / "train.json").unlink()
    r = _run(checkout)
    assert r.returncode == 2
    assert "data/training/train.json: file not found" in r.stderr and "raiden-r1 data build" in r.stderr
    assert _launched_argv(checkout) is None


def test_dry_run_prints_the_command_and_launches_nothing(checkout):
    r = _run(checkout, "trainer.max_steps=5", DRY_RUN="1", CONFIG="configs/easyr1_config_7b.yaml")
    assert r.returncode == 0, r.stderr
    assert "python3 -m verl.trainer.main config=configs/easyr1_config_7b.yaml trainer.max_steps=5" in r.stdout
    assert _launched_argv(checkout) is None


def test_prints_where_logs_tensorboard_and_checkpoints_go_and_the_merge_command(checkout):
    ckpt = checkout / "checkpoints" / "easyr1" / "qwen2_5_14b_raiden_grpo"
    (ckpt / "global_step_100" / "actor").mkdir(parents=True)
    (ckpt / "global_step_20" / "actor").mkdir(parents=True)
    r = _run(checkout)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "checkpoints/easyr1/qwen2_5_14b_raiden_grpo/experiment_log.jsonl" in out
    assert "tensorboard_log/easyr1/qwen2_5_14b_raiden_grpo" in out
    assert "checkpoints/easyr1/qwen2_5_14b_raiden_grpo/global_step_<N>/actor" in out
    # after the run: the merge command for the newest step (100, not 20: numeric order)
    assert "bash scripts/merge_easyr1_checkpoint.sh checkpoints/easyr1/qwen2_5_14b_raiden_grpo/global_step_100/actor" \
        in out.splitlines()[-1]


def test_a_train_file_that_does_not_exist_is_refused_before_launch(checkout):
    r = _run(checkout, "data.train_files=./data/easyr1/trian.json")
    assert r.returncode == 2
    assert "data.train_files: ./data/easyr1/trian.json: file not found" in r.stderr
    assert _launched_argv(checkout) is None


def test_hub_dataset_ids_are_left_to_easyr1(checkout):
    r = _run(checkout, "data.val_files=hiyouga/math12k@test")
    assert r.returncode == 0, r.stderr
