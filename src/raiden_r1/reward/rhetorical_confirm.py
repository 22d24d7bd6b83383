"""A negative question that confirms (session 30; fourth, seventh and fn51 suites): "不是叫团子吗？你说过的呀",
"두부 아니었어요? 제가 기억력 하나는 좋거든요", "コタロウじゃなかったっけ？ちゃんと覚えてますよ" — "isn't it X?" followed by
a clause that vouches for it (the user said so, the speaker remembers, could not forget: lexicon `you_said`,
`self_said`, `rhetorical_yes`, `memory_boast`) asserts X. The same question alone ("두부 아니었어요?") or
followed by doubt stays a question, so a hedge by asking is still refused."""

from __future__ import annotations

import re

from .analysis import Answer, clause_cue

_NEGATIVE_QUESTION = {
    "zh": re.compile(r"(?:^|[^要])不(?:就)?是.*(?:吗|嘛|么|呀)?$"),
    # (the formal 아닙니까 and its Jeju forms 아니꽈/아니우꽈 ask the same "isn't it X?")
    "ko": re.compile(r"(?:아니었어요|아니었나요|아니에요|아니야|아니었어|아닌가요|아니었던가요|아니었지|아니던가요|아니었나|"
                     r"아닙니까|아니었습니까|아니꽈|아니우꽈)$"),
    "ja": re.compile(r"(?:じゃなかった|じゃなかったっけ|じゃないですか|じゃなかったですか|ではなかったですか|やなかった|やなかったか|じゃなかったか)$"),
    "en": re.compile(r"^(?:wasn t it|isn t it|weren t they|wasn t that|isn t that)(?: |$)|(?: wasn t it| isn t it)$"),
}
_VOUCH = ("you_said", "self_said", "rhetorical_yes", "memory_boast")


def confirmed_question(ans: Answer, ci: int) -> bool:
    cl = ans.clauses[ci]
    pattern = _NEGATIVE_QUESTION.get(ans.language)
    if not cl.question or pattern is None or not pattern.search(cl.text.strip()):
        return False
    later = ans.clauses[ci + 1:ci + 3]
    return any(clause_cue(ans, ci + 1 + k, kind) for k in range(len(later)) for kind in _VOUCH) and \
        not any(clause_cue(ans, ci + 1 + k, "uncertain") or clause_cue(ans, ci + 1 + k, "ignorance") for k in range(len(later)))
