"""EasyR1 glue: records -> rows (convert), config checks (config), launcher pre-flight checks
(preflight) and a merger for EasyR1's FSDP checkpoints (merge).

Nothing here imports EasyR1 itself: it cannot be installed on the build machines, so every fact
used comes from ``docs/easyr1-contract.md`` and is pinned down by tests/easyr1.
"""
