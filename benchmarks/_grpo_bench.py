"""Workload, machine measurements, FLOP count and the two workers of benchmarks/grpo_step.py."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any, Sequence


@dataclass(frozen=True)
class Workload:
    prompts: int = 4
    n: int = 4
    max_new_tokens: int = 48
    # no EOS before the last token: both engines decode and train exactly the same number of
    # tokens (with EOS free, one run's means were 40.4 tokens for us and 45.1 for TRL by chance,
    # although 256 samples of each sampler from the same model agree: 43.3 vs 43.1)
    min_new_tokens: int = 48
    temperature: float = 1.0
    lr: float = 1e-6
    layout: str = "system"  # the quickstart's prompt layout

    @property
    def n_seqs(self) -> int:
        return self.prompts * self.n


WORKLOAD = Workload()

_CHARACTERS = [
    ("Mira Holt", {"Occupation": "painter", "Home": "Seattle", "Hobby": "basketball", "Pet": "a dog named Biscuit"},
     "What do you do for a living?", "I am a painter.", ["painter"]),
    ("Tomas Reyes", {"Occupation": "lighthouse keeper", "Home": "a rocky island off Maine",
                     "Favourite food": "clam chowder", "Fear": "thunderstorms"},
     "What is your favourite food?", "Clam chowder, always.", ["clam chowder"]),
    ("Aiko Mori", {"Occupation": "violin teacher", "Home": "Kyoto", "Sister": "Hana",
                   "Secret": "she once lost a competition on purpose"},
     "What is your sister's name?", "My sister is Hana.", ["Hana"]),
    ("Captain Brann", {"Occupation": "airship captain", "Ship": "the Gray Heron", "Home port": "Valdris",
                       "Age": "52"}, "What is the name of your ship?", "She is the Gray Heron.", ["Gray Heron"]),
]


def benchmark_records() -> list:
    """Four English script-knowledge records; both engines see the same chat messages."""
    from raiden_r1.data.schema import Record

    return [Record(character_name=name, character_profile=profile, question=q, answer=ans, keywords=kw,
                   question_type="what", validation_method="single_term_validation", difficulty="easy",
                   metadata={"language": "en", "focus": "script_knowledge", "source": "benchmark"})
            for name, profile, q, ans, kw in _CHARACTERS[:WORKLOAD.prompts]]


def bench_reward(responses: Sequence[str], ground_truths: Sequence[Any]) -> list[float]:
    """VRAR's overall score plus a tie-breaker of at most 1e-3 (the response's length).

    Without it, groups whose samples all score the same have zero advantage: our engine skips
    their forward and backward (their gradient is exactly zero) while TRL still runs them, so the
    timing would depend on how many groups happen to tie. With it, every group is live in both.
    """
    from raiden_r1.reward.vrar import score_batch

    scores = score_batch(list(responses), list(ground_truths))
    return [float(s["overall"]) + 1e-3 * min(len(r), 1000) / 1000 for s, r in zip(scores, responses)]


# --------------------------------------------------------------------------- machine measurements
def measure_bf16_peak(size: int = 2048, repeats: int = 20) -> float:
    """FLOP/s of a size x size bf16 matmul (best of ``repeats``: the peak, not the average)."""
    import torch

    a = torch.randn(size, size, dtype=torch.bfloat16)
    b = torch.randn(size, size, dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - t)
    return 2 * size ** 3 / best


def measure_bandwidth(rows: int = 8192, cols: int = 8192, batch: int = 16, repeats: int = 10) -> float:
    """Bytes/s at which this machine streams decode weights: 128 MB of bf16, far more than the
    caches hold, read by the fastest of a (16 x 8192) @ (8192 x 8192) product, the same product
    with the weight pre-packed for oneDNN (where this torch has it: a plain product re-lays the
    weight out on every call, which undercounts the bandwidth: docs/tuning.md) and a plain sum."""
    import torch

    w = torch.randn(rows, cols, dtype=torch.bfloat16)
    x = torch.randn(batch, rows, dtype=torch.bfloat16)
    ways = [lambda: x @ w, lambda: w.sum()]
    mkldnn = getattr(torch.ops, "mkldnn", None)
    if torch.backends.mkldnn.is_available() and hasattr(mkldnn, "_reorder_linear_weight"):
        packed = torch.ops.mkldnn._reorder_linear_weight(w.t().contiguous(), batch)
        ways.append(lambda: torch.ops.mkldnn._linear_pointwise(x, packed, None, "none", [], ""))
    best = float("inf")
    for way in ways:
        for _ in range(2):
            way()
        for _ in range(repeats):
            t = time.perf_counter()
            way()
            best = min(best, time.perf_counter() - t)
    return w.numel() * w.element_size() / best


def step_flops(cfg: dict, prompt_tokens: Sequence[int], response_tokens: Sequence[float], decode_steps: float,
               n: int) -> dict[str, float]:
    """The least matmul work of one GRPO step (no KL, one update per rollout batch).

    Rollout: each prompt prefilled once, then one forward per generated token with full-vocabulary
    logits for sampling. Update: forward + backward (3x a forward) over prompt + response of every
    sequence, vocabulary logits only for response tokens. Attention counted with its causal
    context; the old-log-prob forward is not needed (the ratio is 1 on the first epoch).
    """
    h, L, inter = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["intermediate_size"]
    heads, kv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    hd = cfg.get("head_dim") or h // heads
    body = L * (h * heads * hd + 2 * h * kv * hd + heads * hd * h + 3 * h * inter)  # matmul params
    head = h * cfg["vocab_size"]
    attn = L * heads * hd  # per token, per context position: 2 flops (QK) + 2 (AV) per unit
    prefill = sum(2 * body * p + 2 * attn * p * p + 2 * head for p in prompt_tokens)
    decode, train = 0.0, 0.0
    for i, p in enumerate(prompt_tokens):
        for r in response_tokens[i * n:(i + 1) * n]:
            decode += r * (2 * body + 2 * head) + 4 * attn * r * (p + r / 2)
            s = p + r
            train += 3 * (2 * body * s + 2 * attn * s * s + 2 * head * r)
    return {"rollout": prefill + decode, "train": train, "total": prefill + decode + train}


def _model_facts(model) -> dict:
    c = model.config
    keys = ["hidden_size", "num_hidden_layers", "intermediate_size", "num_attention_heads",
            "num_key_value_heads", "head_dim", "vocab_size"]
    nbytes = sum(p.numel() * p.element_size() for p in model.parameters())  # tied weights counted once
    return {"config": {k: getattr(c, k, None) for k in keys}, "model_bytes": nbytes}


# --------------------------------------------------------------------------- our engine
def run_ours(args) -> tuple[list[float], list[int], dict]:
    import tempfile

    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.prompt import record_messages
    from raiden_r1.train.config import load_config
    from raiden_r1.train.data import Prompt, encode_messages
    from raiden_r1.train.modeling import load_tokenizer
    from raiden_r1.train.trainer import Trainer

    w = WORKLOAD
    out_dir = tempfile.mkdtemp(prefix="grpo_bench_")
    # one update per step over all the prompts, no KL term, no weight decay (TRL's default)
    cfg = load_config(None, [f"worker.actor.model.model_path={args.model}", "worker.actor.fsdp.mp_param_dtype=bf16",
                             f"worker.rollout.n={w.n}", f"worker.rollout.temperature={w.temperature}",
                             f"data.max_response_length={w.max_new_tokens}",
                             f"worker.rollout.min_new_tokens={w.min_new_tokens}",
                             f"data.rollout_batch_size={w.prompts}", f"worker.actor.global_batch_size={w.prompts}",
                             "worker.actor.micro_batch_size_per_device_for_update=16", "algorithm.disable_kl=true",
                             "worker.actor.optim.weight_decay=0.0",
                             f"worker.actor.optim.lr={w.lr}", f"trainer.output_dir={out_dir}", "trainer.progress=false",
                             f"worker.rollout.seed={args.seed}", "trainer.device=cpu"])

    def reward(responses, lengths, gts):
        return [{"overall": v} for v in bench_reward(responses, gts)]

    # the prompts are built outside the engine so they are byte-identical to TRL's
    tok = load_tokenizer(args.model, cfg)
    prompts = []
    for rec in benchmark_records():
        ids, text = encode_messages(tok, record_messages(rec, layout=w.layout))
        prompts.append(Prompt(ids, record_ground_truth(rec), text, "script_knowledge", "en"))
    trainer = Trainer(cfg, reward_fn=reward, prompts=prompts)
    times, tokens, phases, resp_lens, decode_steps = [], [], [], [], []
    for step in range(args.warmup + args.steps):
        m = trainer.step(list(range(w.prompts)))
        times.append(m["step_time"])
        lens = list(trainer.last_batch.response_lengths)
        tokens.append(int(sum(lens)))
        if step >= args.warmup:
            phases.append({"rollout": m["rollout_time"], "update": m["update_time"],
                           "other": m["step_time"] - m["rollout_time"] - m["update_time"]})
            resp_lens.append(lens)
            decode_steps.append(trainer.last_batch.responses_ids.shape[1])
    facts = _model_facts(trainer.policy)
    floor_inputs = {**facts, "prompt_tokens": [len(p.ids) for p in prompts],
                    "response_tokens_timed_mean": [statistics.mean(col) for col in zip(*resp_lens)],
                    "decode_steps_timed_mean": statistics.mean(decode_steps)}
    med_phases = {k: statistics.median(p[k] for p in phases) for k in phases[0]}
    return times, tokens, {"floor_inputs": floor_inputs, "phases": med_phases}


# --------------------------------------------------------------------------- TRL
def run_trl(args) -> tuple[list[float], list[int], dict]:
    import torch
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    from raiden_r1.data.ground_truth import record_ground_truth
    from raiden_r1.data.prompt import record_messages

    w = WORKLOAD
    torch.manual_seed(args.seed)
    recs = benchmark_records()
    ds = Dataset.from_list([{"prompt": record_messages(r, layout=w.layout),
                             "ground_truth": record_ground_truth(r).to_json()} for r in recs])
    tokens: list[int] = []

    def reward(prompts, completions, ground_truth, completion_ids=None, **_):
        texts = [c[-1]["content"] if isinstance(c, list) else c for c in completions]
        tokens.append(sum(len(ids) for ids in completion_ids) if completion_ids is not None else -1)
        return bench_reward(texts, ground_truth)

    times: list[float] = []

    class Timer(TrainerCallback):
        def on_step_begin(self, *a, **k):
            self.t = time.perf_counter()

        def on_step_end(self, *a, **k):
            times.append(time.perf_counter() - self.t)

    import tempfile

    out_dir = tempfile.mkdtemp(prefix="trl_bench_")
    # TRL's fastest CPU setting (docs/tuning.md): weights in bf16, no autocast (bf16=False)
    model = AutoModelForCausalLM.from_pretrained(args.model, dtype=torch.bfloat16)
    tok = AutoTokenizer.from_pretrained(args.model, padding_side="left")
    conf = GRPOConfig(output_dir=out_dir, per_device_train_batch_size=w.n_seqs, num_generations=w.n,
                      max_completion_length=w.max_new_tokens, temperature=w.temperature, learning_rate=w.lr,
                      generation_kwargs={"min_new_tokens": w.min_new_tokens},
                      beta=0.0, num_iterations=1, max_steps=args.warmup + args.steps, use_cpu=True, bf16=False,
                      gradient_accumulation_steps=1, gradient_checkpointing=False, shuffle_dataset=False,
                      logging_steps=10_000, save_strategy="no", report_to="none", disable_tqdm=True,
                      seed=args.seed, dataloader_num_workers=0)
    trainer = GRPOTrainer(model=model, reward_funcs=reward, args=conf, train_dataset=ds, processing_class=tok,
                          callbacks=[Timer()])
    trainer.train()
    return times, tokens, {"trl_config": {"bf16_weights": True, "autocast": False}}
