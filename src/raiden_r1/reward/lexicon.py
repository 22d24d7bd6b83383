"""The reward's per-language cue words, loaded from the YAML files beside this module
(lexicon/en.yaml, zh.yaml, ja.yaml, ko.yaml, foreign_latin.yaml).

A contributor fixes a phrase or adds a language by editing data, not logic. Every entry is put
through the project's normaliser at load, exactly as answers are, so an entry written with
katakana, traditional characters, full-width letters or "I'm" matches its folded form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from raiden_r1.canon import canonical
from raiden_r1.canon.trie import trie_pattern

from .negation_idioms import negation_idioms

LANGUAGE_FILES = ("en", "zh", "ja", "ko")
_KINDS = ("name_titles", "name_kin_titles", "elder_address",
          "negation", "negation_exempt", "conditional", "hearsay", "uncertain", "disjunction", "range", "reject",
          "correction", "first_person", "first_person_exempt", "second_person", "second_person_exempt", "third_person", "third_person_exempt", "identity_third",
          "self_identity", "name_particles", "negative_sentiment", "split_before", "split_after", "yes", "no",
          "function_words", "only_chinese", "hearsay_verbs", "units", "unit_classifiers", "ha_endings", "topic_if", "topic_if_followers", "words_frame_heads", "endearment", "agent_roots", "possessive", "self_subject", "cognition",
          "rumour", "rumour_subjects", "self_said", "concession", "copula_before", "copula_after",
          "superlative", "self_doubt", "companion_roles", "titles", "rhetorical", "doubt", "future", "former", "now", "roles", "unattached", "family_topic", "ended",
          "kin", "collective", "alternative", "alternative_exempt", "approx_before", "approx_after", "ignorance", "ignorance_exempt", "error", "wish", "source", "except_before",
          "except_after", "age_system", "origin", "moved_on", "no_longer", "past_question", "still", "you_said", "you_said_exempt", "conditional_exempt", "noun_suffixes", "sarcasm", "abandoned", "abandoned_exempt", "mistaken_for", "refusal", "interjection", "vocative", "only_before", "only_after", "plan_question", "habitual", "number_label_before", "number_label_after", "rhetorical_yes", "rhetorical_yes_exempt", "condition_tag",
          "rival_lead", "rival_tail", "rival_join", "rival_naming", "rival_copula", "rival_filler", "origin_nouns", "number_label_topic", "region_suffixes", "native_nouns", "place_parts", "dislike",
          "trait_question", "simplified_only", "question_words", "no_opening", "final_particles", "person_descriptors",
          "age_at_question", "age_at_question_exempt", "wish_exempt", "stranger_nouns", "quotative_end",
          "both_values", "place_features", "error_exempt", "hearsay_exempt", "rumour_exempt", "rhetorical_exempt",
          "paired_alternative", "take_back_lead", "correction_exempt", "name_glued_prefix", "surnames", "same_as", "place_question",
          "name_glued_suffix", "or_else", "memory_boast", "dream_question")


@dataclass(frozen=True)
class Cues:
    """One language's cue words, canonical. Latin entries are word tuples (matched as whole
    words), CJK entries strings (matched as substrings)."""

    language: str
    words: dict[str, tuple[str, ...]]

    def get(self, kind: str) -> tuple[str, ...]:
        return self.words.get(kind, ())


def _load_yaml(name: str) -> dict:
    text = resources.files("raiden_r1.reward").joinpath(f"lexicon/{name}.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"lexicon/{name}.yaml: expected a mapping of cue kind -> list of words")
    return data


def _entries(values: object, where: str) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise ValueError(f"{where}: expected a list")
    out = []
    for v in values:
        raw = str(v)
        c = canonical(raw)
        # Entries with significant edge spaces (" 안", "내 ") keep them: in Korean they mark where a
        # word starts or ends (analysis.cue_pattern).
        if c and raw.endswith(" ") and not raw.strip().isascii():
            c += " "
        if c and raw.startswith(" ") and not raw.strip().isascii():
            c = " " + c
        if c:
            out.append(c)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def cues(language: str) -> Cues:
    """The cues of ``language`` (one of en/zh/ja/ko; anything else gets English)."""
    name = language if language in LANGUAGE_FILES else "en"
    data = _load_yaml(name)
    unknown = set(data) - set(_KINDS)
    if unknown:
        raise ValueError(f"lexicon/{name}.yaml: unknown cue kind(s): {', '.join(sorted(unknown))}")
    words = {k: _entries(v, f"lexicon/{name}.yaml: {k}") for k, v in data.items()}
    # (superlative and fondness idioms, "誰にも負けぬ", "百吃不厌": kept in their own file, exempt like the rest)
    # (and no dislike either: "I never get tired of them" holds "tired of", "없어서 못 먹는다" holds "못 먹")
    for kind in ("negation_exempt", "dislike_exempt"):
        words[kind] = tuple(dict.fromkeys(words.get(kind, ()) + negation_idioms(name)))
    return Cues(name, words)


@lru_cache(maxsize=1)
def foreign_latin() -> dict[str, frozenset[str]]:
    """Function words of other Latin-script languages (fr, es, de, it, pt), canonical."""
    data = _load_yaml("foreign_latin")
    return {lang: frozenset(w for w in _entries(words, f"lexicon/foreign_latin.yaml: {lang}") if " " not in w)
            for lang, words in data.items()}


@lru_cache(maxsize=None)
def role_titles(language: str) -> tuple[tuple[str, ...], ...]:
    """Title groups of ``language`` (lexicon/titles.yaml), canonical: the title written in a role, then
    the other words for it."""
    data = _load_yaml("titles")
    groups = data.get(language if language in LANGUAGE_FILES else "en") or []
    return tuple(g for g in (_entries(group, f"lexicon/titles.yaml: {language}") for group in groups) if g)


@lru_cache(maxsize=None)
def head_noun_stop(language: str) -> frozenset[str]:
    """Role head nouns too general to be a title of their own (lexicon/titles.yaml: head_noun_stop)."""
    words = (_load_yaml("titles").get("head_noun_stop") or {}).get(language) or []
    return frozenset(_entries(words, f"lexicon/titles.yaml: head_noun_stop: {language}"))


@lru_cache(maxsize=None)
def word_list(name: str, kind: str, language: str) -> tuple[str, ...]:
    """One list of a lexicon/NAME.yaml laid out kind -> language -> words (stance.yaml,
    disowned.yaml): canonical, empty entries dropped, longest first."""
    values = (_load_yaml(name).get(kind) or {}).get(language) or []
    if not isinstance(values, list):
        raise ValueError(f"lexicon/{name}.yaml: {kind}.{language}: expected a list")
    # ties broken by the word itself: a set's order changes with the hash seed, and the first word found
    # is named in the reason a rule gives
    return tuple(sorted({c for c in (canonical(str(v)) for v in values) if c}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def word_sets(name: str) -> dict[str, dict[str, frozenset[str]]]:
    """A lexicon/NAME.yaml laid out language -> kind -> words (person_address.yaml,
    wish_object.yaml), canonical, empty entries dropped."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for lang, kinds in _load_yaml(name).items():
        if not isinstance(kinds, dict):
            raise ValueError(f"lexicon/{name}.yaml: {lang}: expected a mapping of word kind -> list")
        out[lang] = {k: frozenset(c for w in v if (c := canonical(str(w)))) for k, v in kinds.items()}
    return out


def word_in(text: str, words) -> str | None:
    """The first of ``words`` in a canonical text: Latin ones as whole words, others as substrings."""
    padded = f" {text} "
    check = _presence(words) if isinstance(words, (tuple, frozenset)) else None
    if check is not None:
        latin, cjk = check
        if not ((latin is not None and latin.search(padded)) or (cjk is not None and cjk.search(text))):
            return None
    return next((w for w in words if (f" {w} " in padded if w.isascii() else w in text)), None)


@lru_cache(maxsize=1024)
def _presence(words: tuple[str, ...] | frozenset[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
    """(Latin, CJK) patterns that find whether any of ``words`` is in a text, each list one trie: the
    rules ask about long word lists on every clause and the answer is mostly no, which one scan says
    where a loop over the words took one test each. Exactly word_in's tests: a Latin word between
    spaces of the padded text, any other as a substring. None (no shortcut) with an empty word."""
    if any(not w for w in words):
        return None
    latin = [w for w in words if w.isascii()]
    cjk = [w for w in words if not w.isascii()]
    return (re.compile(f" (?:{trie_pattern(latin)}) ") if latin else None,
            re.compile(trie_pattern(cjk)) if cjk else None)


def starts_with(text: str, words) -> str | None:
    """The first of ``words`` a canonical text opens with (a Latin one as a whole word)."""
    return next((w for w in words if text == w or text.startswith(w + " ") or (not w.isascii() and text.startswith(w))), None)
