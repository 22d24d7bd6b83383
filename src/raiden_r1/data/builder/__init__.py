"""The dataset builder with no LLM: profiles -> SBK and CM records, validated, split by character.

Flow: SBK drafts per recognised profile fact (sbk) and CM drafts per character
(cm) -> negative keywords of the character's own language and world (decoys) -> the strict
keyword filter (checks) -> deduplication -> split by character -> train/validation/test
.json plus stats.json. Every choice comes from generators seeded by (seed, character, field), so
the same inputs and seed give byte-identical files, and adding a character does not reshuffle the
questions of the others.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raiden_r1.errors import RaidenError
from raiden_r1.io_guard import check_output_dir, check_outputs, write_text
from raiden_r1.text import contains_term, has_cjk, keyword_in, normalize, normalize_term

from .ja_endings import declared_ending, with_ending
from ..records_io import write_rows
from ..schema import CM, SBK, Profile, Record
from .checks import STOPWORDS, Draft, check_draft, overlaps, profile_text
from .cm import cm_drafts
from .fields import classify_field
from .decoys import card_gender, decoys, near_true, phrase_slot, shares_a_name_part, shares_a_word, shares_trade_word
from .plausible import invented_world, opposed_trait
from .setting import cm_setting, detect_setting, region_words
from .story_year import story_year, too_new
from .sbk import sbk_drafts
from .seeded import stable_rng
from .tables import table
# (split_characters is re-exported: the teacher and the tests take it from here)
from .splits import SPLITS, build_stats, held_out_warnings, split_by_language, split_characters  # noqa: F401
from .losses import thin_character_warnings
from .role_call import call_by_role
from .terms import one_cjk_character
from .negative_fit import common_word, reads_as_card
from .dialect import card_dialect, dialect_rules, gold_in_dialect, in_dialect
from .selfref import card_self_word, second_person, with_own_word, with_second_person, with_self_reference
from .clipped import clipped, is_clipped, plain_self_word
from .conjugate import nominalized
from .grammar import ko_name_copula
from .voice import is_modern_polite, is_polite, manner_lead, plain_to_friends, speech_level, states_register, to_archaic, to_plain, card_age, user_defers, user_plain

MAX_NEGATIVES = 3
DEFAULT_CM_PER_CHARACTER = 4


@dataclass
class BuildResult:
    splits: dict[str, list[Record]]
    stats: dict
    drops: Counter = field(default_factory=Counter)


# Candidates examined per question: enough to find three usable negatives in practice.
_NEGATIVE_TRIES = 64


_GENITIVE = re.compile(r"[のノ之的]")


def assign_negatives(d: Draft, norm_profile: str, seed: int) -> None:
    """Wrong answers of this character's own language and world (decoys.yaml, see decoys.py):
    plainly wrong for this question, so not overlapping any keyword, and found nowhere in the
    character's card, question or answer. Never another character's value, and never one of
    the character's own people: its children are no wrong answer about its wife, they are true
    facts of another question (and an answer running through them lists competing candidates,
    which the reward gives no accuracy, docs/reward.md)."""
    rng = stable_rng(seed, d.character, d.family, d.field_name, "negatives")
    q, a = normalize(d.question), normalize(d.answer)
    card = "\n".join([d.character, *d.profile_fields.values()])
    setting = detect_setting(d.profile_fields)
    family = classify_field(d.field_name) if d.field_name else None
    candidates = decoys(d.family, getattr(family, "kind", None), d.keywords[0][0] if d.keywords else "",
                        d.language, setting, card, invented_world(d.profile_fields, d.language, setting), rng,
                        own_name=d.character, own_gender=card_gender(d.profile_fields), field_name=d.field_name,
                        names_setting=cm_setting(d.profile_fields), value=d.source_text)
    # Traits are not exclusive ("kind at heart" may be true of a gentle librarian): a trait is a
    # wrong answer only as the opposite of one of this card's own (plausible.yaml).
    own_traits = "\n".join(v for k, v in d.profile_fields.items()
                           if getattr(classify_field(k), "name", None) == "personality")
    # the character's own trade is true of it: no 刺绣 among an embroiderer's (绣娘) wrong hobbies
    own_jobs = [re.split(r"[，,；;。(（]", v)[0] for k, v in d.profile_fields.items()
                if getattr(classify_field(k), "name", None) == "occupation"]

    one_char_slot = bool(d.keywords) and all(one_cjk_character(a) for a in d.keywords[0])
    person_slot = d.family.startswith("relation:") or d.family in ("name", "english_name")
    # "京の都" names 京都: a card's genitive particle does not make the place another one
    squeezed = normalize(_GENITIVE.sub("", card))
    year = story_year(d.profile_fields)

    def usable(term: str) -> bool:
        # a wrong answer of the card's time: no 1795 wife's pet hamster, no trip to Hanoi in 1974
        if too_new(term, d.language, year, card) is not None:
            return False
        # an everyday word (その) refuses right answers; きく is the card's own お菊 read in kana
        if common_word(term, d.language) or reads_as_card(term, card, d.language):
            return False
        if has_cjk(term) and contains_term(squeezed, normalize_term(term)):
            return False
        # 静 fires inside 安静 (a one-character sign, 猴 beside 蛇, is the shape of its keyword);
        # 武汉 sits beside a Hubei hometown
        if (one_cjk_character(term) and not one_char_slot) or near_true(term, card):
            return False
        if person_slot and any(shares_a_name_part(term, kw) for alts in d.keywords for kw in alts):
            return False
        if d.family == "personality" and not opposed_trait(term, own_traits, d.language):
            return False
        if phrase_slot(d.family) and (any(shares_a_word(term, kw) for alts in d.keywords for kw in alts)
                                       or any(shares_trade_word(term, job) for job in own_jobs)):
            return False
        return (not any(overlaps(term, kw) for alts in d.keywords for kw in alts)
                and not any(contains_term(text, normalize_term(term)) for text in (norm_profile, q, a))
                # the reward's matcher too: "19" is in a card that says "at nineteen"
                and not any(keyword_in(text, term) for text in (card, d.question, d.answer)))

    chosen: list[str] = []
    for term in candidates[:_NEGATIVE_TRIES]:
        if usable(term) and not any(overlaps(term, c) or (person_slot and shares_a_name_part(term, c)) for c in chosen):
            chosen.append(term)
            if len(chosen) == MAX_NEGATIVES:
                break
    d.negatives = sorted(chosen)


def safe_negatives(d: Draft) -> list[str]:
    """The draft's negatives without those a right answer may hold: a single digit ("6" is in
    "69"), a part of a keyword or of the gold answer, or one a keyword is part of, compared as
    plain text (the reward's matcher respects word boundaries; a reader does not)."""
    answer = normalize(d.answer)
    keys = [normalize_term(a) for alts in d.keywords for a in alts]
    out = []
    one_char_slot = bool(keys) and all(one_cjk_character(k) for k in keys)
    for neg in d.negatives:
        n = normalize_term(neg)
        if (not n or re.fullmatch(r"\d", n) or (one_cjk_character(n) and not one_char_slot) or n in answer
                or any(n in k or k in n for k in keys if k)):
            continue
        out.append(neg)
    return out


def _recast_own_turns(d, convert, still_wrong) -> bool:
    """The gold answer and the character's own turns rewritten by ``convert``; False when
    ``still_wrong`` holds for any of them afterwards."""
    d.answer = convert(d.answer, d.language)
    ok = not still_wrong(d.answer, d.language)
    for turn in d.history or []:
        if turn["role"] == "assistant":
            turn["content"] = convert(turn["content"], d.language)
            ok = ok and not still_wrong(turn["content"], d.language)
    return ok


def _least_used(rng, used: Counter | None):
    """A pick among a character's manner leads, no lead at all included, that takes the one its
    other CM answers used least: "I'm not deaf." opened five of one character's eight answers."""
    if used is None:
        return rng.choice

    def pick(leads: list[str]) -> str:
        options = [*leads, ""]
        fewest = min(used[o] for o in options)
        chosen = rng.choice([o for o in options if used[o] == fewest])
        used[chosen] += 1
        return chosen
    return pick


def _card_voice(d: Draft) -> None:
    """The first person and dialect the card states, in the gold answer and the character's own
    turns (selfref.py): "本座住在听雪峰。", "京都の生まれどす。"."""
    keys = [a for alts in d.keywords for a in (alts if isinstance(alts, list) else [alts])]
    word = card_self_word(d.profile_fields, d.language, d.character)  # 额, あっし, or "Ringer" for a self-namer
    if d.language == "ja" and not word and speech_level(d.profile_fields, d.language) == "plain":
        # タメ口 with no 一人称 mark: the plain first person it quotes ("「俺」をよく使う"), else no
        # pronoun at all, never the polite 私 (review 74)
        word = plain_self_word(d.profile_fields, d.language)
        if not word:
            d.answer = clipped(d.answer, d.language, keys, "PLAIN_DROP")
            for turn in d.history or []:
                if turn["role"] == "assistant":
                    turn["content"] = clipped(turn["content"], d.language, keys, "PLAIN_DROP")
    rules = dialect_rules(d.profile_fields, d.language)
    regional = list(region_words(d.profile_fields, d.language))
    if regional:  # an American card writes "apartment", "favorite": every turn, the user's too
        d.question = in_dialect(d.question, regional, keys)
        for turn in d.history or []:
            turn["content"] = in_dialect(turn["content"], regional, keys)
        d.answer = in_dialect(d.answer, regional, keys)
    you = second_person(d.profile_fields, d.language)
    ending = declared_ending(d.profile_fields) if d.language == "ja" else None  # 語尾に「〜なのです」
    if ending:
        d.answer = with_ending(d.answer, ending)
        for turn in d.history or []:
            if turn["role"] == "assistant":
                turn["content"] = with_ending(turn["content"], ending)
    if d.language == "ko":  # "콩이이다", never "콩이다" (콩 + 이다), before a dialect's tag cuts it further
        d.answer = ko_name_copula(d.answer, keys, d.family)
    # (an entry with openers or particles only, Singlish's "lah", still voices the gold: review 67)
    if not word and not rules and not you and not card_dialect(d.profile_fields, d.language):
        return

    def convert(text: str) -> str:
        if word:
            text = with_self_reference(text, word, d.language, keys)
        if you:  # "相手を「お主」と呼ぶ": never あなた
            text = with_second_person(text, you, d.language, keys)
        return in_dialect(text, rules, keys, d.language) if rules else text

    d.answer = convert(d.answer)
    if d.language == "ko":
        d.answer = ko_name_copula(d.answer, keys, d.family)
    if word and d.focus == SBK:  # "拙者、三十四歳でござる。": the card's first person in its own answers
        d.answer = with_own_word(d.answer, word, d.language)
    # a CM answer has its manner lead ("Aye, I mind it, hen.") already: no opener before it; the
    # opener goes before the first person ("んだ、わの身長は…", never "わ、んだ、身長は…")
    d.answer = gold_in_dialect(d.answer, d.profile_fields, d.language, keys, opener=d.focus == SBK)
    for turn in d.history or []:
        if turn["role"] == "assistant":
            turn["content"] = convert(turn["content"])


def _call_elder(d: Draft) -> None:
    """A user greets an elder as the language does (Korean "어르신, 잠깐 얘기할 수 있어요?"), never by
    name and 씨 (voice.yaml DEFERENCE elder_call)."""
    cues = table("voice.yaml", "DEFERENCE")[d.language]
    age = card_age(d.profile_fields)
    call = cues.get("elder_call") if age is None or age >= cues.get("elder_call_age", 0) else None
    for pattern, replacement in table("voice.yaml", "DEFERENCE")[d.language].get("elder_questions", ()):
        d.question = re.sub(pattern, replacement, d.question)
    for turn in d.history or []:
        if call and turn["role"] == "user":
            turn["content"] = re.sub(r"[가-힣]+(?: [가-힣]+)? 씨(?=[,!?])", call, turn["content"])


def give_voice(d: Draft, seed: int, leads_used: Counter | None = None) -> bool:
    """Put a draft in the character's voice: the register its card gives (반말, タメ口) for the
    gold answer and the character's CM replies, a user who, half of the time, talks as plainly
    with such a character, and the CM answer led by the character's manner ("嗨，这还用问？").
    False when a turn of the character's could not be made plain (the draft is dropped rather
    than contradict the card)."""
    rng = stable_rng(seed, d.character, d.family, d.field_name, "voice")
    ok = True
    level = speech_level(d.profile_fields, d.language)
    if level == "archaic":  # 하오체: the character's own turns only; its users speak as they do
        ok = _recast_own_turns(d, to_archaic, is_modern_polite)
    if level == "plain":
        ok = _recast_own_turns(d, to_plain, is_polite)
        # (a card plain to friends only is asked by a friend: every user turn plain, review 70; an
        # elder or one above the user is asked politely however plainly it answers, review 71)
        coin = rng.random() < 0.5
        if plain_to_friends(d.profile_fields, d.language) or (coin and not user_defers(d.profile_fields, d.language)):
            user_turns = [d.question] + [t["content"] for t in d.history or [] if t["role"] == "user"]
            plain = [user_plain(t, d.language) for t in user_turns]
            if all(p is not None for p in plain):  # all or none: a user keeps one register
                d.question = plain[0]
                for turn, text in zip([t for t in d.history or [] if t["role"] == "user"], plain[1:]):
                    turn["content"] = text
    if d.language == "ko" and user_defers(d.profile_fields, d.language) == "elder" and not plain_to_friends(d.profile_fields, d.language):
        _call_elder(d)
    call_by_role(d.history, d.profile_fields, d.language, d.character)  # a monk is 스님, never "혜각 씨"
    if d.focus != SBK and level != "archaic":  # the manner leads are written in 해요체 or 반말
        d.answer = manner_lead(d.profile_fields, d.language, d.answer, _least_used(rng, leads_used)) + d.answer
    _card_voice(d)  # after the lead: "哎呀，我记着呢" is "哎呀，俺记着呢" for a 俺 card
    if is_clipped(d.profile_fields, d.language):  # "Good at welding…", never "I'm good at…" (review 74)
        keys = [a for alts in d.keywords for a in (alts if isinstance(alts, list) else [alts])]
        _recast_own_turns(d, lambda text, lang: clipped(text, lang, keys), lambda text, lang: False)
    if d.language == "ja":  # "夢は再び仕官しです": a verb stem is no noun (conjugate.py)
        d.answer = nominalized(d.answer)
        for turn in d.history or []:
            if turn["role"] == "assistant":
                turn["content"] = nominalized(turn["content"])
    if d.history:
        d.source_text = "\n".join(m["content"] for m in d.history)
    return ok


def build_dataset(profiles: Sequence[Profile], seed: int = 0, val_fraction: float = 0.1, test_fraction: float = 0.1,
                  cm_per_character: int = DEFAULT_CM_PER_CHARACTER) -> BuildResult:
    """Records per split and the stats that describe them (see the module doc)."""
    if not profiles:
        raise RaidenError("no profiles to build from")
    drops: Counter = Counter()
    drops_by_focus: dict[str, Counter] = defaultdict(Counter)
    # what was dropped, by character, so a user sees which of a card's fields gave no record and why
    dropped: list[dict] = []
    norm_profiles = {p.name: profile_text(p.name, p.fields) for p in profiles}
    sbk: list[Draft] = []
    cm: list[Draft] = []
    for p in profiles:
        found, misses = sbk_drafts(p, seed)
        sbk.extend(found)
        for family, reason in misses:
            drops[reason] += 1
            drops_by_focus[SBK][reason] += 1
            dropped.append({"character": p.name, "focus": SBK, "family": family, "reason": reason})
        cm_misses: list[str] = []
        cm.extend(cm_drafts(p, seed, cm_per_character, norm_profiles[p.name], cm_misses))
        for kind in cm_misses:  # a 1795 card has no material for a pet hamster's name
            drops["cm_kind_out_of_world"] += 1
            drops_by_focus[CM]["cm_kind_out_of_world"] += 1
            dropped.append({"character": p.name, "focus": CM, "family": f"cm:{kind}", "reason": "cm_kind_out_of_world"})
    leads_used: dict[str, Counter] = defaultdict(Counter)
    unplain = {id(d) for d in sbk + cm if not give_voice(d, seed, leads_used[d.character])}
    archaic = {d.character for d in sbk + cm if speech_level(d.profile_fields, d.language) == "archaic"}
    # a card naming registers the cues cannot resolve ("普段はタメ口、仕事中は敬語"): the tables'
    # polite answers may contradict it, and the audit fails them, so none is kept
    unresolved = {d.character for d in sbk + cm if speech_level(d.profile_fields, d.language) is None
                  and states_register(d.profile_fields, d.language)}
    for d in sbk:
        assign_negatives(d, norm_profiles[d.character], seed)
    for d in sbk + cm:
        d.negatives = safe_negatives(d)
        # a stopword among other alternatives ("かな" of 藤井かな) is left out; alone it drops the item
        d.keywords = [[a for a in alts if normalize_term(a) not in STOPWORDS] or alts for alts in d.keywords]

    kept: dict[str, list[Record]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for d in sbk + cm:
        unvoiced = "register_not_archaic" if d.character in archaic else "register_not_plain"
        reason = ("register_unresolved" if d.character in unresolved else unvoiced if id(d) in unplain
                  else check_draft(d, norm_profiles[d.character]))
        key = (d.character, normalize(d.question))
        if reason is None and key in seen:
            reason = "duplicate_question"
        if reason:
            drops[reason] += 1
            drops_by_focus[d.focus][reason] += 1
            dropped.append({"character": d.character, "focus": d.focus, "question": d.question, "reason": reason})
            continue
        seen.add(key)
        kept[d.character].append(d.to_record())

    assignment = split_by_language(profiles, seed, val_fraction, test_fraction)
    splits = {}
    for split in SPLITS:
        records = [r for name in assignment[split] for r in kept.get(name, [])]
        stable_rng(seed, "order", split).shuffle(records)
        splits[split] = records
    stats = build_stats(splits, assignment, drops, drops_by_focus, seed, val_fraction, test_fraction, len(profiles))
    stats["warnings"].extend(held_out_warnings(profiles, assignment, val_fraction, test_fraction))
    stats["warnings"].extend(thin_character_warnings([p.name for p in profiles], kept, dropped))
    stats["cm_per_character"] = cm_per_character
    stats["drops"]["records"] = dropped
    return BuildResult(splits=splits, stats=stats, drops=drops)


def dataset_paths(out_dir: str | os.PathLike) -> list[Path]:
    """The files ``write_dataset`` writes: one per split, then stats.json."""
    return [Path(out_dir) / f"{split}.json" for split in SPLITS] + [Path(out_dir) / "stats.json"]


def write_dataset(result: BuildResult, out_dir: str | os.PathLike,
                  inputs: Sequence[str | os.PathLike] = ()) -> Path:
    """train/validation/test.json and stats.json into ``out_dir``; every one is checked against
    ``inputs`` (the profile files, which may live in ``out_dir``) before the first is written."""
    paths = check_outputs(dataset_paths(out_dir), inputs)
    out = check_output_dir(out_dir)
    for split, path in zip(SPLITS, paths):
        write_rows(path, result.splits[split], inputs)
    write_text(paths[-1], json.dumps(result.stats, ensure_ascii=False, indent=1) + "\n", inputs)
    return out


def summary_line(result: BuildResult, out_dir: str | os.PathLike) -> str:
    counts = result.stats["counts"]
    parts = ", ".join(f"{s} {counts[s]['total']}" for s in SPLITS)
    line = f"wrote {parts} records to {out_dir} ({result.stats['drops']['total']} dropped; see stats.json)"
    return "; ".join([line, *result.stats["warnings"]])


def build_from_files(profile_paths: Sequence[str | os.PathLike], out_dir: str | os.PathLike, seed: int = 0,
                     val_fraction: float = 0.1, test_fraction: float = 0.1,
                     cm_per_character: int = DEFAULT_CM_PER_CHARACTER) -> BuildResult:
    """Read profile files (any format profiles.load_profiles reads), build, and write ``out_dir``."""
    from ..profiles import load_profiles

    check_outputs(dataset_paths(out_dir), profile_paths)  # before the work, not only before writing
    profiles: list[Profile] = []
    for path in profile_paths:
        profiles.extend(load_profiles(path))
    result = build_dataset(profiles, seed=seed, val_fraction=val_fraction, test_fraction=test_fraction,
                           cm_per_character=cm_per_character)
    write_dataset(result, out_dir, profile_paths)
    return result
