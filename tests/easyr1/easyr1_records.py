"""Small hand-written RAIDEN-R1 records for the EasyR1 tests (en/zh/ja, SBK/CM, STV/MTDP, legacy)."""

from __future__ import annotations

import json
from pathlib import Path

EN_SBK = {
    "character_name": "Mira Holt",
    "character_profile": {"Name": "Mira Holt", "Age": "17", "Hobby": "basketball, painting",
                          "Hometown": "Seattle", "Pet": "a one-eyed cat named Biscuit"},
    "conversation_history": [],
    "question": "What do you like to do after class?",
    "answer": "I usually play basketball with my friends.",
    "keywords": ["basketball"],
    "negative_keywords": ["football"],
    "question_type": "what",
    "validation_method": "single_term_validation",
    "difficulty": "easy",
    "metadata": {"language": "en", "focus": "script_knowledge", "source": "test"},
}
ZH_CM = {
    "character_name": "林晓",
    "character_profile": {"姓名": "林晓", "职业": "软件工程师", "爱好": "画画"},
    "conversation_history": [
        {"role": "user", "content": "我下个月要搬去西雅图，在那边做工程师。"},
        {"role": "assistant", "content": "真的吗？那太好了！"},
    ],
    "question": "我下个月要搬去哪里？做什么工作？",
    "answer": "你说过下个月要搬去西雅图，在那边做工程师。",
    "keywords": [["西雅图", "Seattle"], "工程师"],
    "negative_keywords": ["纽约"],
    "question_type": "where",
    "validation_method": "multi_term_parsing",
    "difficulty": "medium",
    "metadata": {"language": "zh", "focus": "conversation_memory", "source": "test"},
}
JA_SBK = {
    "character_name": "佐藤ゆい",
    "character_profile": {"名前": "佐藤ゆい", "出身": "東京", "好きな食べ物": "たこ焼き"},
    "conversation_history": [],
    "question": "どこの出身ですか？",
    "answer": "私は東京の出身です。",
    "keywords": ["東京"],
    "negative_keywords": [],
    "question_type": "where",
    "validation_method": "single_term_validation",
    "difficulty": "easy",
    "metadata": {"language": "ja", "focus": "script_knowledge"},
}
# As the unofficial public implementation writes them: no negatives, no language, no method.
LEGACY = {
    "character_name": "Tom",
    "character_profile": {"Name": "Tom", "Job": "baker"},
    "question": "What is your job?",
    "answer": "I am a baker.",
    "keywords": ["baker"],
    "question_type": "what",
    "difficulty": "easy",
    "metadata": {"focus": "script_knowledge"},
}
RECORDS = [EN_SBK, ZH_CM, JA_SBK, LEGACY]


def write_records(path: Path, records=RECORDS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return path
