"""Model, tokenizer, reference policy and the optimizer with float32 master weights.

bf16 is the fast path on CPU (AMX) and CUDA, but AdamW updates applied directly to bf16 weights
vanish: at lr 1e-6 a step changes a weight by ~1e-6, far below bf16's resolution (~4e-3 relative).
So forward/backward run on bf16 weights while AdamW updates a float32 copy ("master weights")
that is cast back after every update; gradients are accumulated into the float32 copy too.
"""

from __future__ import annotations

from pathlib import Path

import torch

from raiden_r1.errors import RaidenError

from .config import Config, uses_kl


def unwrap(model):
    """The transformers model under a peft wrapper (LoRA layers stay injected in it)."""
    get_base = getattr(model, "get_base_model", None)
    return get_base() if callable(get_base) else model


def pick_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise RaidenError("config: trainer.device: cuda requested but no CUDA device is available")
    return torch.device(name)


def resolve_model_path(name_or_path: str | None) -> str:
    try:
        from .default_model import resolve_model_path as resolve
    except ImportError:
        if name_or_path is None:
            raise RaidenError("config: worker.actor.model.model_path: no default model is available; "
                              "give a model directory") from None
        return name_or_path
    return str(resolve(name_or_path))


def _dtype(cfg: Config) -> torch.dtype:
    return torch.bfloat16 if cfg.actor.fsdp.mp_param_dtype == "bf16" else torch.float32


def load_tokenizer(path: str, cfg: Config):
    """The tokenizer of ``worker.actor.model.tokenizer_path`` (default: the model's), with
    ``data.override_chat_template`` applied as EasyR1 applies it."""
    from transformers import AutoTokenizer

    key = "worker.actor.model.model_path"
    if cfg.model.tokenizer_path:
        key, path = "worker.actor.model.tokenizer_path", resolve_model_path(cfg.model.tokenizer_path)
    try:
        tok = AutoTokenizer.from_pretrained(path, trust_remote_code=cfg.model.trust_remote_code)
    except (OSError, ValueError) as e:
        raise RaidenError(f"{key}: cannot load a tokenizer from {path}: {str(e).splitlines()[0]}") from None
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    template = cfg.data.override_chat_template
    if template:
        try:
            tok.chat_template = Path(template).read_text(encoding="utf-8")
        except OSError as e:
            raise RaidenError(f"data.override_chat_template: {template}: {e.strerror or e}") from None
    return tok


def load_base_model(path: str, cfg: Config, device: torch.device):
    from transformers import AutoModelForCausalLM

    from .checkpoint import quiet_transformers

    try:
        with quiet_transformers():
            model = AutoModelForCausalLM.from_pretrained(path, dtype=_dtype(cfg),
                                                         trust_remote_code=cfg.model.trust_remote_code)
    except (OSError, ValueError) as e:
        raise RaidenError(f"worker.actor.model.model_path: cannot load a causal LM from {path}: "
                          f"{str(e).splitlines()[0]}") from None
    return model.to(device)


def build_policy(cfg: Config, device: torch.device, base_path: str, checkpoint: Path | None = None):
    """The trainable policy: the base model (or a checkpoint's weights), LoRA-wrapped if enabled."""
    lc = cfg.model.lora
    if lc.rank == 0:
        model = load_base_model(str(checkpoint or base_path), cfg, device)
    else:
        from peft import LoraConfig, PeftModel, get_peft_model

        model = load_base_model(base_path, cfg, device)
        if checkpoint is not None:
            model = PeftModel.from_pretrained(model, str(checkpoint), is_trainable=True)
        else:
            model = get_peft_model(model, LoraConfig(r=lc.rank, lora_alpha=lc.alpha, lora_dropout=lc.dropout,
                                                     target_modules=lora_targets(lc.target_modules),
                                                     exclude_modules=lc.exclude_modules, task_type="CAUSAL_LM"))
    if cfg.model.enable_gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if lc.rank > 0:
            model.enable_input_require_grads()
    model.config.use_cache = False
    model.train()
    return model


def lora_targets(spec: str) -> str | list[str]:
    """EasyR1's ``lora.target_modules``: ``all-linear`` (peft's name for every linear layer but
    the output head) or a comma list of module names."""
    spec = spec.strip()
    return spec if spec == "all-linear" else [m.strip() for m in spec.split(",") if m.strip()]


def build_reference(cfg: Config, policy, device: torch.device, base_path: str):
    """The frozen reference, or None when the KL term is off (then no reference forward runs).
    With LoRA the reference is the policy itself with its adapters disabled: no second copy."""
    if not uses_kl(cfg) or cfg.model.lora.rank > 0:
        return None
    ref = load_base_model(base_path, cfg, device)
    ref.eval().requires_grad_(False)
    return ref


class MasterAdamW:
    """AdamW over float32 copies of the trainable parameters that are not float32 themselves."""

    def __init__(self, model, lr: float, betas, eps: float, weight_decay: float):
        self.pairs: list[tuple[torch.nn.Parameter, torch.Tensor]] = []
        self.masters: dict[str, torch.Tensor] = {}
        self.params: list[torch.Tensor] = []
        for name, p in model.named_parameters():
            if not p.requires_grad:
                continue
            if p.dtype == torch.float32:
                master = p
            else:
                master = p.detach().float().clone().requires_grad_(True)
                self.masters[name] = master
                self.pairs.append((p, master))
            self.params.append(master)
        if not self.params:
            raise RaidenError("model: no trainable parameters")
        # weight decay on every trainable parameter, norms and biases included: EasyR1's AdamW
        # (fsdp_workers.py) has one parameter group, and one recipe must mean one optimisation
        groups = [{"params": self.params, "weight_decay": weight_decay}]
        try:
            # the fused kernel is one pass over parameters and states, several times faster than
            # foreach on CPU (docs/tuning.md), and the optimizer step is a large share of a small
            # model's step
            self.optimizer = torch.optim.AdamW(groups, lr=lr, betas=tuple(betas), eps=eps, fused=True)
        except (RuntimeError, TypeError):
            self.optimizer = torch.optim.AdamW(groups, lr=lr, betas=tuple(betas), eps=eps, foreach=True)
        # The float32 gradient accumulators live as long as the optimizer and are zeroed in place
        # after each update: made afresh at each update's first backward (0.54 GB for 135M
        # parameters, in the holes the activations left) and freed at its end, they fragmented the
        # heap so that a step's peak crept up step after step (docs/tuning.md, "session 32").
        # 0 + g is g exactly, so the sums are the same as with new buffers.
        for m in self.params:
            if m.grad is None:
                m.grad = torch.zeros_like(m)

    def collect_grads(self) -> None:
        """Move the bf16 gradients of the last backward into the float32 accumulators."""
        for p, m in self.pairs:
            if p.grad is None:
                continue
            if m.grad is None:
                m.grad = p.grad.float()
            else:
                m.grad.add_(p.grad)
            p.grad = None

    def step(self, lr: float, max_grad_norm: float) -> float:
        self.collect_grads()
        for p in self.params:
            # a parameter no micro-batch touched (e.g. every group had zero advantage) still takes
            # its AdamW step (momentum, weight decay) with a zero gradient, as in the full computation
            if p.grad is None:
                p.grad = torch.zeros_like(p)
        norm = torch.nn.utils.clip_grad_norm_(self.params, max_grad_norm if max_grad_norm > 0 else float("inf"))
        if not torch.isfinite(norm):
            # one NaN/inf gradient would make every weight NaN for good: drop this update (the
            # caller counts it) rather than the run
            self.optimizer.zero_grad(set_to_none=False)
            return float(norm)
        for g in self.optimizer.param_groups:
            g["lr"] = lr
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=False)
        with torch.no_grad():
            for p, m in self.pairs:
                p.copy_(m)
        return float(norm)

    def sync_model_from_masters(self) -> None:
        with torch.no_grad():
            for p, m in self.pairs:
                p.copy_(m)
