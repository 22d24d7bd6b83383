#!/usr/bin/env bash
# Merge an EasyR1 FSDP actor checkpoint into a Hugging Face model (the guide's merge step).
#
#   bash scripts/merge_easyr1_checkpoint.sh checkpoints/easyr1/qwen2_5_14b_raiden_grpo/global_step_100/actor \
#        [--easyr1-home DIR] [--out DIR] [--dtype bfloat16|float16|float32]
#
# With EasyR1's checkout (EASYR1_HOME=DIR or --easyr1-home DIR) its own merger runs:
#   python3 $EASYR1_HOME/scripts/model_merger.py --local_dir <actor>
# otherwise raiden-r1's merger for the same layout (torch + transformers), bfloat16 weights by
# default like EasyR1's, config/generation config/tokenizer carried through unchanged:
#   python3 -m raiden_r1.easyr1.merge --local_dir <actor>      (also: raiden-r1 merge)
# Either way the result in <actor>/huggingface/ (or --out) is checked (config + weights,
# loadable) and gets a model card (README.md).
set -euo pipefail

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "error: $*" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PYTHONPATH="$ROOT/src${PYTHONPATH:+:$PYTHONPATH}"

actor=""
easyr1_home="${EASYR1_HOME:-}"
ours=()
while [ $# -gt 0 ]; do
    case "$1" in
        --easyr1-home) [ $# -ge 2 ] || die "--easyr1-home needs a directory"; easyr1_home="$2"; shift 2 ;;
        --easyr1-home=*) easyr1_home="${1#*=}"; shift ;;
        --out|--dtype) [ $# -ge 2 ] || die "$1 needs a value"; ours+=("$1" "$2"); shift 2 ;;
        -h|--help) usage ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$actor" ] || die "one checkpoint directory at a time (got '$actor' and '$1')"; actor="$1"; shift ;;
    esac
done
[ -n "$actor" ] || usage
[ -d "$actor" ] || die "$actor: no such directory (expected <save_checkpoint_path>/global_step_<N>/actor)"
ls "$actor"/model_world_size_*_rank_*.pt >/dev/null 2>&1 \
    || die "$actor: no model_world_size_<W>_rank_<R>.pt shards (pass the global_step_<N>/actor directory)"

if [ -n "$easyr1_home" ]; then
    merger="$easyr1_home/scripts/model_merger.py"
    [ -f "$merger" ] || die "$merger not found: EASYR1_HOME / --easyr1-home must point at an EasyR1 checkout (git clone https://github.com/hiyouga/EasyR1); unset it to use raiden-r1's own merger"
    [ ${#ours[@]} -eq 0 ] || die "--out/--dtype apply to raiden-r1's merger only; EasyR1's writes into $actor/huggingface"
    echo "merging with EasyR1's merger: python3 $merger --local_dir $actor"
    python3 "$merger" --local_dir "$actor"
    python3 -m raiden_r1.easyr1.merge --local_dir "$actor" --check-only  # config + weights loadable?
else
    echo "EASYR1_HOME not set: merging with raiden-r1's own merger (python3 -m raiden_r1.easyr1.merge)"
    python3 -m raiden_r1.easyr1.merge --local_dir "$actor" ${ours[@]+"${ours[@]}"}  # merges, then checks
fi
