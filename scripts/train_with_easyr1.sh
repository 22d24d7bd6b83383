#!/usr/bin/env bash
# Train with EasyR1 (GRPO + the VRAR reward) on one or more GPU nodes: the integration guide's
# training step. Every check that can fail runs here, in seconds, before Ray and vLLM start.
#
#   bash scripts/train_with_easyr1.sh [key.sub=value ...]      # extra EasyR1 overrides pass through
#
# Environment:
#   CONFIG            EasyR1 YAML (default configs/easyr1_config.yaml; configs/easyr1_config_7b.yaml)
#   MODEL_PATH        -> worker.actor.model.model_path (a hub id or a local directory)
#   N_GPUS_PER_NODE   -> trainer.n_gpus_per_node
#   NNODES            -> trainer.nnodes (start Ray on every node first: docs/easyr1.md)
#   DRY_RUN=1         run every check, print the launch command, do not launch
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"  # the config names data, reward and template relative to the checkout root
CONFIG="${CONFIG:-configs/easyr1_config.yaml}"

# raiden_r1 from this checkout, whether or not it is pip-installed in the EasyR1 environment.
export PYTHONPATH="$ROOT/src${PYTHONPATH:+:$PYTHONPATH}"

die() { echo "error: $*" >&2; exit 2; }

# 1. EasyR1 itself (the `verl` package). It is not on PyPI.
if ! verl_err="$(python3 -c 'import verl' 2>&1)"; then
    cat >&2 <<MSG
error: EasyR1 is not installed: python3 cannot import 'verl' (${verl_err##*$'\n'})
  Install it one of two ways:
    1. git clone https://github.com/hiyouga/EasyR1 && cd EasyR1 && pip install -e .
    2. use its Docker image: docker pull hiyouga/verl:ngc-th2.8.0-cu12.9-vllm0.11.0
       docker run --gpus all --ipc=host -it -v "\$PWD":/workspace/raiden-r1 -w /workspace/raiden-r1 \\
         hiyouga/verl:ngc-th2.8.0-cu12.9-vllm0.11.0
  then pip install -e . (raiden-r1 core only: it keeps EasyR1's pins) and run this script again.
MSG
    exit 2
fi

# 2. EasyR1 pins transformers>=4.54.0,<5.0.0; 5.x breaks its model and checkpoint code.
tf_version="$(python3 -c 'import transformers; print(transformers.__version__)' 2>/dev/null)" \
    || die "transformers is not importable; EasyR1 needs it: pip install 'transformers>=4.54.0,<5.0.0'"
if [ "${tf_version%%.*}" -ge 5 ] 2>/dev/null; then
    die "transformers $tf_version is installed but EasyR1 needs transformers<5 (it pins >=4.54.0,<5.0.0): pip install 'transformers>=4.54.0,<5.0.0'"
fi

# 3. Overrides from the environment, then the user's own (later ones win, as in EasyR1).
overrides=()
[ -n "${MODEL_PATH:-}" ] && overrides+=("worker.actor.model.model_path=$MODEL_PATH")
[ -n "${N_GPUS_PER_NODE:-}" ] && overrides+=("trainer.n_gpus_per_node=$N_GPUS_PER_NODE")
[ -n "${NNODES:-}" ] && overrides+=("trainer.nnodes=$NNODES")
overrides+=("$@")

# 4. Reward file, template and every config key/value, with the overrides applied.
summary="$(python3 -m raiden_r1.easyr1.preflight "$CONFIG" ${overrides[@]+"${overrides[@]}"})" || exit 2

# 5. EasyR1 rows: converted from the guide's default record files when missing.
if [ ! -f ./data/easyr1/train.json ]; then
    echo "./data/easyr1/train.json is missing: converting ./data/training/{train,validation}.json"
    python3 scripts/convert_to_easyr1_format.py --verbose \
        || die "conversion failed; build the records first (raiden-r1 data build --profiles FILE --out ./data/training)"
fi
python3 -m raiden_r1.easyr1.preflight --data "$CONFIG" ${overrides[@]+"${overrides[@]}"} || exit 2

cmd=(python3 -m verl.trainer.main "config=$CONFIG" ${overrides[@]+"${overrides[@]}"})
echo "$summary"
if [ "${DRY_RUN:-0}" = "1" ]; then
    echo "DRY_RUN=1, would run:"
    printf '%q ' "${cmd[@]}"; echo
    exit 0
fi
echo "launching: ${cmd[*]}"
"${cmd[@]}"

ckpt_dir="$(echo "$summary" | sed -n 's/^checkpoints: *\(.*\)\/global_step_<N>\/actor$/\1/p')"
last="$(printf '%s\n' "$ckpt_dir"/global_step_*/actor | sort -V | tail -n 1)"  # newest step
[ -d "$last" ] || last=""
echo "training finished. Merge the FSDP shards into a Hugging Face model with:"
echo "  bash scripts/merge_easyr1_checkpoint.sh ${last:-$ckpt_dir/global_step_<N>/actor}"
