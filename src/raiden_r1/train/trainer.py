"""The local GRPO loop, top to bottom.

One step, as EasyR1's (docs/recipe.md): take ``data.rollout_batch_size`` prompts -> sample
``worker.rollout.n`` responses each -> score them with the reward -> (old and reference
log-probs when needed; with ``use_kl_loss: false`` the KL goes into the scores, EasyR1's
apply_kl_penalty) -> group-normalised advantages -> ``ppo_epochs`` passes: per update of
``worker.actor.global_batch_size`` prompts, micro-batches of clipped policy loss (+ KL loss with
``use_kl_loss: true``) and backward, then one AdamW update -> metrics.

``Trainer.step()`` runs exactly one such step and returns its metrics, so a benchmark can time it;
``Trainer.train()`` adds the logging, checkpoints and the wall-clock budget around it.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Sequence

import numpy as np
import torch

from raiden_r1.cpu import release_free_memory
from raiden_r1.errors import RaidenError

from . import algos
from .backend import PolicyBackend, backend_for
from .checkpoint import card_facts, clean_partial, latest_checkpoint, load_training_state, save_checkpoint
from .config import Config, file_list, kl_in_reward, save_config, to_yaml, total_steps, uses_kl, warmup_steps
from .data import Prompt, PromptSampler, RowFormat, load_prompts
from .logprobs import TokenStats
from .micro_batches import Averager, batch_plan, micro_parts, one_prompt, rows_of
from .modeling import MasterAdamW, build_policy, build_reference
from .reward import RewardFn, check_scores
from .reward_file import make_reward
from .rollout import RolloutBatch
from .run_start import start_run
from .shared_prefix import PromptForward


class Trainer:
    # run only groups with a non-zero advantage when no KL term needs the others (exact; tests
    # turn it off to check that)
    skip_zero_advantage_groups = True
    # start the update from the rollout's prompt forward where that is exact (_reuses_prefill;
    # tests turn it off to compare)
    reuse_prefill = True
    # a run whose gradients stay NaN/inf this many steps in a row stops with an error
    max_nonfinite_steps = 3

    def __init__(self, cfg: Config, *, reward_fn: RewardFn | None = None, prompts: Sequence[Prompt] | None = None,
                 resume: bool = False, overwrite: bool = False, backend: PolicyBackend | None = None):
        self.cfg = cfg
        # every forward of the policy and the reference: rollouts, log-probs, validation answers
        self.backend = backend if backend is not None else backend_for(cfg)
        t = cfg.trainer
        self.previous_run_moved_to, self.device, self.run_dir, self.base_path, self.tokenizer = start_run(
            cfg, cfg.rollout.seed, resume=resume, overwrite=overwrite)
        self.reward_fn = reward_fn or make_reward(cfg)
        d = cfg.data
        rows = RowFormat(d.prompt_key, d.answer_key, d.format_prompt)
        if prompts is None:
            prompts, self.dropped = load_prompts(file_list(d.train_files), self.tokenizer, d.prompt_layout,
                                                 d.max_prompt_length, d.focus, d.language, rows,
                                                 d.prompt_style)
        else:
            self.dropped = 0
        self.prompts = list(prompts)
        self.sampler = PromptSampler(len(self.prompts), d.seed, d.shuffle, [p.language for p in self.prompts],
                                     d.language_weights)
        self.total_steps = total_steps(cfg, self.sampler.epoch_size)  # an epoch as data.language_weights draws it
        self.val_prompts: list[Prompt] = []
        if file_list(d.val_files) and (t.val_freq > 0 or t.val_before_train):
            self.val_prompts, _ = load_prompts(file_list(d.val_files), self.tokenizer, d.prompt_layout,
                                               d.max_prompt_length, d.focus, d.language, rows, d.prompt_style)

        clean_partial(self.run_dir)
        ckpt = latest_checkpoint(self.run_dir) if resume else None
        self.policy = build_policy(cfg, self.device, self.base_path, checkpoint=ckpt)
        self.reference = build_reference(cfg, self.policy, self.device, self.base_path)
        o = cfg.optim
        self.optim = MasterAdamW(self.policy, o.lr, o.betas, o.eps, o.weight_decay)
        self.generator = torch.Generator(device=self.device).manual_seed(cfg.rollout.seed)
        self.step_count = 0
        self.nonfinite_streak = 0
        self.last_eval: tuple[int, dict[str, float]] | None = None
        if ckpt is not None:
            state = load_training_state(ckpt, self.optim.optimizer, self.optim.masters, self.generator)
            self.optim.sync_model_from_masters()
            self.sampler.load_state_dict(state["data"])
            self.step_count = int(state["step"])
        if cfg.actor.use_torch_compile:
            from .logprobs import unwrap

            unwrap(self.policy).get_decoder().compile(dynamic=True)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        save_config(cfg, self.run_dir / "config.yaml")

    @property
    def use_kl(self) -> bool:
        """A KL term in the actor loss (``use_kl_loss: true``)."""
        return uses_kl(self.cfg) and self.cfg.algorithm.use_kl_loss

    @property
    def warmup_steps(self) -> int:
        return warmup_steps(self.cfg, self.total_steps)

    def lr_at(self, step: int) -> float:
        o = self.cfg.optim
        return o.lr * algos.lr_lambda(step, self.warmup_steps, self.total_steps, o.lr_scheduler_type, o.min_lr_ratio)

    # ---------------------------------------------------------------- one GRPO step
    def step(self, prompt_indices: Sequence[int] | None = None) -> dict[str, float]:
        cfg, a = self.cfg, self.cfg.actor
        t0 = time.perf_counter()
        idx = list(prompt_indices) if prompt_indices is not None else self.sampler.next(cfg.data.rollout_batch_size)
        chosen = [self.prompts[i] for i in idx]

        groups = list(range(len(chosen)))
        n = cfg.rollout.n
        updates, micro_exp = batch_plan(groups, n, a)
        # With one update per rollout batch the policy has not moved yet when a micro-batch is
        # scored: the "old" log-probs are the current ones, detached (no extra forward pass), and
        # the update can start from the rollout's forward of the prompts (kept with its graph).
        on_policy = a.ppo_epochs == 1 and len(updates) == 1

        # 1. rollouts (inference mode, KV cache, each prompt prefilled once)
        self.policy.eval()
        batch = self.backend.generate(self.policy, self.tokenizer, [p.ids for p in chosen], n,
                                      cfg.data.max_response_length, cfg.rollout.temperature, cfg.rollout.top_p,
                                      generator=self.generator, min_new_tokens=cfg.rollout.min_new_tokens,
                                      top_k=cfg.rollout.top_k, keep_prompt_graph=on_policy and self._reuses_prefill())
        self.policy.train()
        t_rollout = time.perf_counter()

        # 2. rewards (+ KL in the reward) and group-normalised advantages
        gts = [p.ground_truth for p in chosen for _ in range(n)]
        scores = check_scores(self.reward_fn(batch.responses, batch.response_lengths, gts), len(batch.responses))
        overall = torch.tensor([s["overall"] for s in scores], dtype=torch.float32, device=self.device)
        old_lp = ref_lp = None
        kl_value = None
        if kl_in_reward(cfg):  # every group's old and reference log-probs, before any advantage exists
            everyone = set(groups)
            old_lp = self._frozen_log_probs(self.policy, batch, micro_exp, everyone)
            ref_lp = self._frozen_log_probs(self.reference or self.policy, batch, micro_exp, everyone, ref=True)
            overall, kl_value = algos.kl_reward_penalty(overall, old_lp, ref_lp, batch.response_mask,
                                                        cfg.algorithm.kl_coef, cfg.algorithm.kl_penalty)
        adv = algos.group_advantages(overall, batch.group_ids)
        self.last_batch, self.last_scores, self.last_prompts = batch, scores, chosen

        # 3. the groups that need a forward: a group whose samples all scored the same has zero
        # advantage, hence zero policy loss and zero gradient: without a KL loss it need not run
        # at all. It still counts in the normalisers below, so the gradient is exactly that of
        # the full batch.
        live = {g for g in groups if self.use_kl or not self.skip_zero_advantage_groups
                or bool(adv[g * n:(g + 1) * n].ne(0).any())}
        if on_policy:
            old_lp = None  # the update's own log-probs, detached: the policy has not moved yet
        elif old_lp is None:
            old_lp = self._frozen_log_probs(self.policy, batch, micro_exp, live)
        # a KL loss needs the reference's log-probs; KL in the reward has used them already
        ref_lp = self._frozen_log_probs(self.reference or self.policy, batch, micro_exp, live, ref=True) \
            if self.use_kl else None
        t_prep = time.perf_counter()

        # 4. PPO epochs over the micro-batches
        lr = self.lr_at(self.step_count)
        stats, skipped = Averager(), 0
        prompts, send_back = batch.prompt_forward.cut() if batch.prompt_forward is not None else (None, None)
        batch.prompt_forward = None  # the graph lives on in send_back until this update is done
        for epoch in range(a.ppo_epochs):
            for update in updates:
                rows = rows_of([g for mb in update for g in mb], n)
                tokens, seqs = float(batch.response_mask[rows].sum().item()), float(len(rows))
                loss = 0.0
                for mb in update:
                    gs = [g for g in mb if g in live]
                    if not gs:
                        continue
                    for part_gs, part, fwd in micro_parts(gs, n, a.micro_batch_size_per_device_for_update,
                                                     prompts.select(gs) if prompts is not None else None,
                                                     lambda g: self._prompt_forward(batch, g)):
                        out = self._micro_loss(batch, part_gs, adv, old_lp, ref_lp, tokens, seqs,
                                               with_entropy=epoch == 0, prompts=fwd, rows=part)
                        out.pop("loss").backward()
                        self.optim.collect_grads()
                        loss += float(out.pop("loss_value"))
                        weight = float(out.pop("tokens"))
                        stats.add(out, weight)
                if send_back is not None:
                    send_back()  # the prompts' backward, once for all micro-batches
                    send_back = None
                norm = self.optim.step(lr, a.max_grad_norm)
                if not np.isfinite(norm):
                    skipped += 1
                else:
                    stats.add({"loss": loss, "grad_norm": norm})
        self.step_count += 1
        self.nonfinite_streak = self.nonfinite_streak + 1 if skipped else 0
        if self.nonfinite_streak >= self.max_nonfinite_steps:
            raise RaidenError(f"step {self.step_count}: non-finite gradients in {self.nonfinite_streak} steps in a "
                              f"row: training diverged (try a lower worker.actor.optim.lr or "
                              f"worker.actor.fsdp.mp_param_dtype=fp32)")
        t_end = time.perf_counter()

        # 5. metrics
        m: dict[str, float] = {f"reward/{k}": float(np.mean([s[k] for s in scores]))
                               for k in scores[0] if isinstance(scores[0][k], (int, float))}
        m["reward/overall_std"] = float(overall.std().item())
        m.update({k: stats.mean(k) for k in ("loss", "grad_norm", "clipfrac_higher", "clipfrac_lower", "ppo_kl",
                                             "kl", "entropy")})
        if kl_value is not None:  # EasyR1's actor/kl_penalty: mean per-sequence KL of the rollouts
            m["kl"] = kl_value
        m["lr"] = lr
        m["skipped_updates"] = float(skipped)  # dropped for a NaN/inf gradient
        m["response_length"] = float(np.mean(batch.response_lengths))
        m["zero_adv_groups"] = 1.0 - sum(bool(adv[g * n:(g + 1) * n].ne(0).any()) for g in groups) / len(groups)
        m["rollout_time"] = t_rollout - t0
        m["update_time"] = t_end - t_prep
        m["step_time"] = t_end - t0
        m["tokens_per_s"] = sum(batch.response_lengths) / max(m["step_time"], 1e-9)
        return m

    def _micro_loss(self, batch: RolloutBatch, gs: list[int], adv: torch.Tensor, old_lp, ref_lp, tokens: float,
                    seqs: float, with_entropy: bool, prompts: PromptForward | None = None,
                    rows: list[int] | None = None) -> dict:
        a, alg = self.cfg.actor, self.cfg.algorithm
        rows = rows_of(gs, batch.n) if rows is None else rows
        st = self._log_probs(self.policy, batch, gs, with_entropy, prompts, rows)
        lp = st.log_probs
        width = lp.shape[1]
        rmask = batch.response_mask[rows][:, :width]
        old = lp.detach() if old_lp is None else old_lp[rows][:, :width]
        tok_adv = algos.broadcast_advantages(adv[rows], rmask)
        pl = algos.policy_loss(lp, old, tok_adv, rmask, a.clip_ratio_low, a.clip_ratio_high, a.clip_ratio_dual,
                               a.loss_avg_mode, num_tokens=tokens, num_seqs=seqs)
        loss = pl.loss
        out = {"clipfrac_higher": pl.clipfrac_higher, "clipfrac_lower": pl.clipfrac_lower, "ppo_kl": pl.ppo_kl,
               "kl": 0.0, "tokens": rmask.sum()}
        if ref_lp is not None:
            kl = algos.kl_penalty(lp, ref_lp[rows][:, :width], alg.kl_penalty)
            loss = loss + alg.kl_coef * algos.aggregate(kl, rmask, a.loss_avg_mode, tokens, seqs)
            out["kl"] = algos.masked_mean(kl.detach(), rmask)
        if st.entropy is not None:
            out["entropy"] = algos.masked_mean(st.entropy, rmask)
        out["loss"], out["loss_value"] = loss, loss.detach()
        return out

    def _reuses_prefill(self) -> bool:
        """Whether an on-policy update (one PPO epoch, one update per rollout batch) may start
        from the rollout's prompt forward, where the backend keeps one: dropout is off in both
        (eval vs train mode would differ). Saves the prompts' forward in the update
        (docs/tuning.md)."""
        return self.reuse_prefill and not any(isinstance(m, torch.nn.Dropout) and m.p > 0
                                              for m in self.policy.modules())

    @torch.no_grad()
    def _frozen_log_probs(self, model, batch: RolloutBatch, micro: list[list[int]], live: set[int],
                          ref: bool = False) -> torch.Tensor:
        """Log-probs of the live groups without grad: the old policy's, or the reference's (with
        LoRA, the policy with its adapters disabled)."""
        out = torch.zeros(batch.response_mask.shape, dtype=torch.float32, device=self.device)
        adapters_off = ref and self.reference is None and hasattr(model, "disable_adapter")
        with model.disable_adapter() if adapters_off else contextlib.nullcontext():
            for mb in micro:
                gs = [g for g in mb if g in live]
                if gs:
                    lp = self._log_probs(model, batch, gs).log_probs
                    out[rows_of(gs, batch.n), :lp.shape[1]] = lp
        return out

    def _log_probs(self, model, batch: RolloutBatch, gs: list[int], with_entropy: bool = False,
                   prompts: PromptForward | None = None, rows: list[int] | None = None) -> TokenStats:
        """Response log-probs of the rows of groups ``gs`` (or of ``rows``, part of one group's),
        their responses cut to the longest one (each prompt runs once per group, or not at all
        when ``prompts`` holds a forward of them already: the backend's choice)."""
        rows = rows_of(gs, batch.n) if rows is None else rows
        width = max(1, int(batch.response_mask[rows].sum(-1).max().item()))
        return self.backend.response_log_probs(model, batch.prompt_ids[gs], batch.prompt_mask[gs],
                                               batch.responses_ids[rows][:, :width],
                                               batch.response_mask[rows][:, :width], len(rows) // len(gs),
                                               self.cfg.rollout.temperature, with_entropy, prompt_forward=prompts)

    def _prompt_forward(self, batch: RolloutBatch, g: int) -> PromptForward | None:
        """Group ``g``'s prompt through the policy with grad, for its responses in parts (None where
        the backend runs prompts with their responses)."""
        return self.backend.prompt_forward(self.policy, *one_prompt(batch.prompt_ids[[g]], batch.prompt_mask[[g]]),
                                           batch.n)

    @torch.no_grad()
    def evaluate(self, prompts: Sequence[Prompt], batch_size: int = 16) -> dict[str, float]:
        """Mean reward components of greedy answers."""
        self.policy.eval()
        rows: list[dict[str, float]] = []
        for s in range(0, len(prompts), batch_size):
            chunk = prompts[s:s + batch_size]
            b = self.backend.generate(self.policy, self.tokenizer, [p.ids for p in chunk], 1,
                                      self.cfg.data.max_response_length, greedy=True)
            rows += check_scores(self.reward_fn(b.responses, b.response_lengths, [p.ground_truth for p in chunk]),
                                 len(chunk))
        self.policy.train()
        out = {f"eval/reward/{k}": float(np.mean([r[k] for r in rows])) for k in rows[0]} if rows else {}
        self.last_eval = (self.step_count, out) if out else self.last_eval
        return out

    def save(self) -> Path:
        ev = self.last_eval  # the latest validation, when one ran: its figures go on the model card
        figures = {f"validation {k[len('eval/'):]}": f"{v:.3f}" for k, v in ev[1].items()} if ev else None
        source = (f"greedy answers to {min(len(self.val_prompts), self.cfg.trainer.val_samples)} validation "
                  f"prompts at step {ev[0]}") if ev else None
        return save_checkpoint(self.run_dir, self.step_count, model=self.policy, tokenizer=self.tokenizer,
                               optimizer=self.optim.optimizer, masters=self.optim.masters, generator=self.generator,
                               trainer_state={"data": self.sampler.state_dict()}, config_yaml=to_yaml(self.cfg),
                               keep_last=self.cfg.trainer.save_limit,
                               card=card_facts(self.cfg, self.step_count, figures, source))

    def train(self) -> dict[str, float]:
        from .monitor import Monitor, expected_total_steps, plot_rewards

        t = self.cfg.trainer
        total = self.total_steps
        monitor = Monitor(self.run_dir, total, start_step=self.step_count, progress=t.progress)
        start, last, durations = time.monotonic(), {}, []
        saved_at = self.step_count

        def planned_last_step() -> int:
            # one rule for both the stop and the progress bar: start no step that would overrun
            # the budget (at the median of the last steps' times)
            return expected_total_steps(self.step_count, total, time.monotonic() - start, t.max_minutes * 60,
                                        float(np.median(durations[-5:])))

        try:
            if self.val_prompts and t.val_before_train and self.step_count == 0:
                monitor.log(0, self.evaluate(self.val_prompts[:t.val_samples]))
            while self.step_count < total:
                if t.max_minutes > 0 and durations and planned_last_step() <= self.step_count:
                    break
                m = self.step()
                release_free_memory(self.device)  # what the step freed: the heap must not grow step by step
                durations.append(m["step_time"])
                step = self.step_count
                if t.max_minutes > 0:  # the budget, not max_steps, usually ends such a run
                    monitor.set_total(planned_last_step())
                if t.val_freq > 0 and self.val_prompts and step % t.val_freq == 0:
                    m.update(self.evaluate(self.val_prompts[:t.val_samples]))
                if step % t.log_every == 0 or step == total:
                    monitor.log(step, m)
                if t.sample_every and step % t.sample_every == 0:
                    monitor.samples(step, self._sample_rows())
                monitor.advance()
                last = m
                if t.save_freq > 0 and step % t.save_freq == 0:
                    self.save()
                    saved_at = step
            if saved_at != self.step_count:
                self.save()
        finally:
            monitor.close()
        plot_rewards(self.run_dir)
        return last

    def _sample_rows(self) -> list[dict]:
        b, n = self.last_batch, self.cfg.rollout.n
        prompt = self.last_prompts[0].text
        rows = []
        for i in range(min(n, len(b.responses))):
            rows.append({"prompt": prompt, "response": b.responses[i], "reward": self.last_scores[i]["overall"],
                         "scores": self.last_scores[i]})
        return rows


