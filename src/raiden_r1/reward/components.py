"""The arithmetic of the three VRAR components (docs/reward.md, "Components"), as small pure functions."""

from __future__ import annotations

from .fasttext import lexicon, words_found

# Partial MTDP credit lives in the guide's 0.3-0.9 band; all items found is worth 1.0.
MTDP_LOW, MTDP_HIGH = 0.3, 0.9
# Similarity credit for keyword-less records lives in the guide's 0.3-0.6 band; below
# SIMILARITY_FLOOR the answer is treated as unrelated.
SIM_LOW, SIM_HIGH, SIMILARITY_FLOOR = 0.3, 0.6, 0.15
# Answers may run this many times the gold answer's length (with a floor for terse gold answers)
# before accuracy is scaled down by budget / length.
LENGTH_RATIO = 4
LENGTH_FLOOR = {"en": 60, "ko": 45, "zh": 100, "ja": 100}
PROFILE_LABELS_LIMIT = 3  # this many "label: value" pairs make a pasted profile
# Detailed thinking: the length (per language units) that earns the full length credit. About three
# sentences of real inner monologue: a longer target pays padding more than thought.
THINK_TARGET = {"en": 40, "ko": 25, "zh": 60, "ja": 60}

REASONING_INDICATORS = {
    "en": ("because", "since", "therefore", "thus", "hence", "so that", "which means", "that means",
           "given that", "as a result", "remember", "recall", "consider", "considering"),
    "zh": ("因为", "所以", "因此", "由于", "于是", "记得", "回想", "首先", "然后", "既然", "考虑到", "说明", "因為", "記得"),
    "ja": ("ので", "だから", "なぜなら", "そのため", "したがって", "つまり", "まず", "覚えて", "思い出",
           "ということは"),
    "ko": ("왜냐하면", "그래서", "때문에", "따라서", "그러므로", "기억", "우선", "먼저"),
}


def keyword_accuracy_from_share(matched: int, total: int) -> float:
    """STV (one item): 1 or 0. MTDP: 0 for none, 1.0 for all, else the share mapped into
    [MTDP_LOW, MTDP_HIGH]."""
    if total <= 0 or matched <= 0:
        return 0.0
    if matched >= total:
        return 1.0
    return MTDP_LOW + (MTDP_HIGH - MTDP_LOW) * matched / total


def similarity_accuracy(similarity: float) -> float:
    """Map a [0, 1] similarity into [SIM_LOW, SIM_HIGH]; unrelated answers (below the floor) get 0."""
    if not similarity >= SIMILARITY_FLOOR:  # also catches NaN
        return 0.0
    s = min(1.0, similarity)
    return SIM_LOW + (SIM_HIGH - SIM_LOW) * (s - SIMILARITY_FLOOR) / (1.0 - SIMILARITY_FLOOR)


def length_factor(answer_units: int, gold_units: int, language: str) -> float:
    """1.0 within budget, budget / length beyond it: a pasted profile or an essay cannot beat a
    concise correct answer."""
    budget = max(LENGTH_RATIO * gold_units, LENGTH_FLOOR.get(language, 60))
    return 1.0 if answer_units <= budget else budget / answer_units


def list_allowance(items: int) -> int:
    """Bare candidate terms an answer may list: the items asked for, plus two of slack."""
    return max(1, items) + 2


def list_factor(candidates: int, items: int) -> float:
    """Listing more bare candidate terms than the allowance is a keyword dump, i.e. an answer that
    "lists several competing candidates" (docs/reward.md): no accuracy."""
    return 1.0 if candidates <= list_allowance(items) else 0.0


def format_score(has_think: bool, organised: bool, conclusion: bool) -> float:
    return 0.3 * has_think + 0.3 * organised + 0.4 * conclusion


_INDICATORS = {lang: lexicon(words) for lang, words in REASONING_INDICATORS.items()}


def indicators_found(thinking: str, language: str, latin_letters: int, enough: int = 3) -> list[str]:
    """Distinct reasoning indicators in the thinking, up to ``enough`` (the most that earns
    credit): whole words for Latin script (so "since" is not found in "sincere"), substrings for
    CJK. English ones are also looked for in CJK thinking that holds Latin text: models often
    think in English whatever the question's language."""
    found: list[str] = []
    if language != "en" and language in _INDICATORS:
        found = words_found(thinking, _INDICATORS[language], enough)
    if len(found) < enough and (language == "en" or latin_letters >= 20):
        found += words_found(thinking.lower(), _INDICATORS["en"], enough - len(found))
    return found


def thinking_score(units: int, language: str, indicators: int, key_fact_share: float) -> tuple[float, float, float]:
    """(length part up to 0.5, indicator part up to 0.3, key-fact part up to 0.2)."""
    target = THINK_TARGET.get(language, 60)
    length_part = 0.5 * min(1.0, units / target)
    indicator_part = 0.1 * min(3, indicators)
    key_part = 0.2 * max(0.0, min(1.0, key_fact_share))
    return length_part, indicator_part, key_part
