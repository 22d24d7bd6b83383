"""Stage 1: character profiles -> SBK/CM training records (schemas, loaders, builder, prompts)."""
