"""Teacher-LLM data (docs/teacher.md): SBK and CM records written by an OpenAI-compatible chat
endpoint and cross-checked by several teachers, as the RAIDEN-R1 paper builds its data.

generate.py (the per-character flow) -> checks.py (STV, MTDP, negatives, CoT: pure functions)
-> journal.py (append-only records, resume, the request cache) -> outputs split by character.
teachers.py asks the endpoints (through raiden_r1.eval's ChatClient: keys, redirects, retries) and
parses replies into models.py; local.py (``--backend local``) puts a transformers model in this
process behind the same ``acomplete``; prompts/<language>/*.jinja are the prompts in the card's
language. The openai SDK is imported only when a request is made, and torch/transformers only when a
local model is loaded, so the core install can import this package.
"""
