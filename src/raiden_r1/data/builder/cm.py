"""CM drafts: a short conversation in which a fact NOT in the profile is stated, among distractor
turns stating other facts of the same kind, then a question about that fact.

Facts come from per-language pools and are chosen with the seed, skipping any pool value found in
the profile: the answer must be recoverable from the conversation only. The distractors become
the record's negative keywords (the wrong answers a model that mixes up the turns would give).
"""

from __future__ import annotations

import random
import re

from raiden_r1.text import contains_term, normalize, normalize_term

from ..name_order import patronymic, surname_first
from ..schema import CM, Profile
from .negative_fit import common_word  # 삼월 (March) is a name in the chat, never a negative
from .alternatives import variant_alternatives
from .equivalents import term_forms
from .checks import Draft, overlaps
from .coverage import latin_kind_free
from .cm_phrases import GREETINGS, GREETINGS_UNNAMED, KINDS, POOLS, TEMPLATES
from .names import name_part_alternatives
from .cm_settings import REACTIONS, SETTING_GREETINGS, SETTING_POOLS, SETTING_TEMPLATES, SPOT_FORMS
from .phrases import render
from .plausible import count_range, invented_world
from .reach import out_of_reach
from .seeded import stable_rng
from .decoys import region_pool
from .fields import classify_field
from .dialect import dialect_greetings
from .places import ko_word_alternatives
from .setting import cm_setting, detect_setting, out_of_region, out_of_setting, out_of_time, period_words

MAX_DISTRACTORS = 3
_LEVELS = ("easy", "medium", "hard")


def clash(a: str, b: str) -> bool:
    """Whether two facts of a chat could be mistaken for each other: equal, one inside the other
    as a term, or, as plain text, "6" inside "69" (a reader sees it even where the matcher's
    word boundaries do not)."""
    na, nb = normalize(a).replace(" ", ""), normalize(b).replace(" ", "")
    return overlaps(a, b) or bool(na and nb and (na in nb or nb in na))


def _fresh_values(pool: tuple[str, ...], norm_profile: str, avoid: list[str]) -> list[str]:
    """Pool values absent from the profile and not overlapping values already used."""
    # "Ceres Station" is the card's own "orbiting Ceres": a place the profile names without the kind
    # written into the pool's name is the character's own, never news to react to
    return [v for v in pool
            if not any(contains_term(norm_profile, normalize_term(f)) for f in [v, *latin_kind_free(v)])
            and not any(clash(v, a) for a in avoid)]


def _pick(rng: random.Random, pool: list[str], n: int, avoid: list[str]) -> list[str]:
    """``n`` values of ``pool``, pairwise non-overlapping ("37" and "373", "6" and "69" never together)."""
    out: list[str] = []
    for v in rng.sample(pool, len(pool)):
        if not any(clash(v, a) for a in out + avoid):
            out.append(v)
            if len(out) == n:
                break
    return out


def _numbers(rng: random.Random, templates: list[str], language: str, pool: tuple[str, ...],
             norm_profile: str) -> list[str]:
    """One number per template, drawn from the range believable for what it counts (an inn's
    rooms, a flock's sheep: plausible.yaml) or, for a label (a flat or bus number), from the
    pool; pairwise non-overlapping and absent from the profile. Stops at the first template
    that cannot get one."""
    out: list[str] = []
    for template in templates:
        bounds = count_range(template, language)
        candidates = tuple(str(n) for n in range(bounds[0], bounds[1] + 1)) if bounds else pool
        # a single digit is in too many answers to be a wrong one; two digits where the range allows
        candidates = tuple(c for c in candidates if len(c) > 1) or candidates
        got = _pick(rng, _fresh_values(candidates, norm_profile, out), 1, out)
        if not got:
            break
        out.extend(got)
    return out


def material(language: str, kind: str, setting: str, invented: bool = False,
             fields: dict[str, str] | None = None) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(turns of ``kind``, pools) for a language in a setting: the present-day material with the
    setting's replacements (cm_settings) laid over it and its period words (上班 -> 做事); in an
    ``invented`` world, without any real culture's money or calendar either; for a card's
    ``fields``, without the words of a region it does not name (setting.yaml REGIONAL)."""
    turns = {**TEMPLATES[language][kind], **SETTING_TEMPLATES.get(setting, {}).get(language, {}).get(kind, {})}
    pools = {**POOLS[language], **SETTING_POOLS.get(setting, {}).get(language, {})}
    if fields is not None and setting not in ("historical", "future"):  # a Mumbai card's friend is no Ingrid
        # where the character lives first: a Chennai-born accountant in Toronto hears of Toronto friends
        home = "\n".join(v for k, v in fields.items() if getattr(classify_field(k), "name", "") == "residence")
        pools.update(region_pool("\n".join(fields.values()), language, "cm", home) or {})
    for pattern, replacement in period_words(setting, language):
        turns = {k: tuple(re.sub(pattern, replacement, t) for t in ts) for k, ts in turns.items()}
    if fields is not None:
        turns = {k: tuple(t for t in ts if not _misfit(t, fields, language)) for k, ts in turns.items()}
        pools = {k: tuple(v for v in vs if not _misfit(v, fields, language)) for k, vs in pools.items()}
    # What the setting still lacks (a bus for a pirate, a concert for a 1940s soldier) goes.
    turns = {k: tuple(t for t in ts if not out_of_setting(t, setting)) for k, ts in turns.items()}
    pools = {k: tuple(v for v in vs if not out_of_setting(v, setting)) for k, vs in pools.items()}
    if invented:
        turns = {k: tuple(t for t in ts if not out_of_setting(t, "invented")) for k, ts in turns.items()}
        pools = {k: tuple(v for v in vs if not out_of_setting(v, "invented")) for k, vs in pools.items()}
    return turns, pools


def _misfit(text: str, fields: dict[str, str], language: str) -> bool:
    """What the card's place or period has no room for: a region's word, a thing of a later year."""
    return out_of_region(text, fields, language) or out_of_time(text, fields, language)


# Separators of a transliterated or composite CJK name ("哈利·詹姆斯·波特", "蒙奇·D·路飞").
_NAME_SEPARATORS = re.compile(r"[·•‧・]")


def _call_name(profile: Profile) -> str | None:
    """How a user greets the character: "Rook", not "Rook Ashgrove"; a CJK name whole, unless it
    is a transliterated full name nobody says in a greeting ("哈利·詹姆斯·波特"): None, and the
    user greets without a name (which part is the given name differs by the name's origin)."""
    if profile.language == "en":
        words = [w for w in profile.name.split() if w.rstrip(".").lower() not in ("dr", "mr", "mrs", "ms", "captain", "sir")]
        order = surname_first(" ".join(words))  # "Ong Wei Ling" is greeted "Wei Ling", never "Ong"
        father = patronymic(" ".join(words))  # "Nurul Aisyah binti Rahman" is greeted "Nurul Aisyah"
        return order[1] if order else father[0] if father else words[0] if words else profile.name
    if _NAME_SEPARATORS.search(profile.name):
        return None
    parts = profile.name.split()
    if len(parts) == 1 and profile.language == "ja":  # "水野千代吉" keyed, "水野 千代吉（みずの ちよきち）" in a field
        parts = next((p for v in profile.fields.values() for p in [v.split("（")[0].split("(")[0].split()]
                      if len(p) == 2 and "".join(p) == profile.name), parts)
    # "浜田 ミツ子さん" is written, never said: a Japanese user says the family name ("浜田さん", review
    # 66: never "水野千代吉さん"), and a spaced name of another CJK language is said whole, without the space
    if len(parts) == 2 and profile.language == "ja":
        return parts[0]
    return "".join(parts)


def cm_draft(profile: Profile, kind: str, norm_profile: str, rng: random.Random,
             setting: str = "modern", invented: bool = False) -> Draft | None:
    """One CM draft of ``kind``, or None when the pools cannot supply a fact and a distractor."""
    lang = profile.language
    turns, pools = material(lang, kind, setting, invented, profile.fields)
    if not all(turns.get(part) for part in ("fact", "distract", "question", "answer")):
        return None  # nothing of this kind fits the character's world
    x_pool, y_pool, qtype = KINDS[kind]
    n_distract = rng.randint(1, min(MAX_DISTRACTORS, len(turns["distract"])))
    fact_template = rng.choice(turns["fact"])
    distract_templates = rng.sample(turns["distract"], n_distract)
    if x_pool == "number":  # each turn's number fits what it counts ("{x} sheep", "{x} rooms")
        xs = _numbers(rng, [fact_template, *distract_templates], lang, pools[x_pool], norm_profile)
    else:
        xs = _pick(rng, _fresh_values(pools[x_pool], norm_profile, []), 1 + n_distract, [])
    if len(xs) < 2:
        return None
    distract_templates = distract_templates[:len(xs) - 1]
    ys: list[str] = []
    if y_pool:
        ys = _pick(rng, _fresh_values(pools[y_pool], norm_profile, xs), len(xs), xs)
        if len(ys) < len(xs):
            return None
    n_distract = len(xs) - 1
    animal = rng.choice(pools["animal"])

    def say(template: str, i: int) -> str:
        return render(template, lang, x=xs[i], y=ys[i] if ys else "", a=animal, name=profile.name)

    # A turn fits its value only once filled in ("去{x}的船票" is no way to 大理, reach.yaml): such a
    # turn gives way to another of its kind that fits the value, else the chat is not made
    def fitting(first: str, options: tuple[str, ...], i: int, taken: list[str]) -> str | None:
        return next((t for t in (first, *options) if t not in taken
                     and not _misfit(say(t, i), profile.fields, lang)), None)

    fact_template = fitting(fact_template, turns["fact"], 0, [])
    refit: list[str] = []
    for i, t in enumerate(distract_templates, 1):
        refit.append(fitting(t, turns["distract"], i, [x for x in refit if x]) or "")
    if fact_template is None or not all(refit):
        return None
    distract_templates = refit

    # The character answers each remark by echoing what was said ("Waffles? What a fine name for a
    # parrot."); the reactions are taken in a shuffled cycle, so no two replies of a chat are equal.
    reactions = [r for r in REACTIONS[lang][kind] if not _misfit(r, profile.fields, lang)]
    if not reactions:
        return None
    reactions = rng.sample(reactions, len(reactions))

    def react(i: int) -> str:
        return say(reactions[i % len(reactions)], i)

    if "prompt" in turns:  # the character states the fact itself, asked by the user
        fact_pair = (rng.choice(turns["prompt"]), say(fact_template, 0))
    else:
        fact_pair = (say(fact_template, 0), react(0))
    pairs = [(say(t, i + 1), react(i + 1)) for i, t in enumerate(distract_templates)]
    rng.shuffle(pairs)
    # At least one distractor exchange between the fact and the question: a fact asked about in
    # the very next turn tests no memory (outside reviewers' verdict on such items).
    pairs.insert(rng.randrange(len(pairs)), fact_pair)
    if rng.random() < 0.5:
        name = _call_name(profile)
        greetings = (dialect_greetings(profile.fields, lang) or SETTING_GREETINGS.get(setting, {}).get(lang)) if name else None
        greetings = [g for g in greetings or (GREETINGS[lang] if name else GREETINGS_UNNAMED[lang])
                     if not _misfit(" ".join(g), profile.fields, lang) or g in (dialect_greetings(profile.fields, lang) or ())]
        hello, reply = rng.choice(greetings)
        pairs.insert(0, (hello.format(name=name), reply))
    history = [{"role": role, "content": text} for pair in pairs for role, text in zip(("user", "assistant"), pair)]
    # a value makes a turn of another time only once it is filled in ("{x}호에" is any house
    # number, "473호" a flat of an apartment block): such a chat is no chat of the card's year
    if any(out_of_time(m["content"], profile.fields, lang) or out_of_reach(m["content"], profile.fields, lang)
           for m in history):
        return None

    question = rng.choice(turns["question"])
    # One question, one thing asked: a two-part kind names its second fact ({y}) in the question
    # ("这个周末我要和何子墨去哪里？"), which then is no keyword and no wrong answer either.
    asks_y = bool(ys) and "{y}" not in question
    # a form the card itself holds would make the fact the card's own: such a form is left out
    forms = [f for f in said_forms(xs[0], kind, lang, xs[1:]) if not contains_term(norm_profile, normalize_term(f))]
    keywords = [list(dict.fromkeys([xs[0], *forms]))] + ([[ys[0]]] if asks_y else [])
    level = min(n_distract - 1 + (1 if ys else 0), len(_LEVELS) - 1)
    draft = Draft(
        character=profile.name, profile_fields=dict(profile.fields), language=lang, focus=CM,
        family=f"cm:{kind}", field_name="", question=say(question, 0),
        answer=say(rng.choice(turns["answer"]), 0), keywords=keywords,
        source_text="\n".join(m["content"] for m in history), question_type=qtype, difficulty=_LEVELS[level],
        history=history, negatives=[n for n in xs[1:] + (ys[1:] if asks_y else []) if not common_word(n, lang)],
        source=profile.source,
        speaker="assistant" if "prompt" in turns else "user",
    )
    draft.variants = {a for a in keywords[0][1:] if not contains_term(draft.source_text, a)}  # "粉色" for 粉红色
    return draft


def said_forms(term: str, kind: str, language: str, others: list[str]) -> list[str]:
    """Other forms of a CM answer: a place without the kind written into its name ("Ceres
    Station" -> Ceres), a colour's equal forms (words.yaml VARIANTS: 粉红色 -> 粉色, 粉红); none
    that another value of the chat contains."""
    forms = latin_kind_free(term) if language == "en" else []
    if language == "ko" and kind in ("trip", "weekend"):  # "제주도" is said "제주"
        forms += ko_word_alternatives(term)
    if kind == "colour":
        forms += variant_alternatives([[term]], "favorite_color", language)[0][0][1:]
    if kind in ("colour", "own_plan"):  # "淡紫色" for 浅紫色, "bookstore" for the bookshop
        forms += term_forms(term, "colour" if kind == "colour" else kind, language)
    forms += SPOT_FORMS.get(language, {}).get(term, [])  # "去庙里上炷香" for 寺庙
    if kind == "friend":  # "陈思琪" is "思琪" to her friends (an SBK name key has that form too)
        forms += name_part_alternatives(term, language)
    return [f for f in forms if not any(contains_term(o, f) or contains_term(f, o) for o in others)]


def cm_drafts(profile: Profile, seed: int, count: int, norm_profile: str,
              misses: list[str] | None = None) -> list[Draft]:
    """Up to ``count`` CM drafts of different kinds for one character; each kind tried and left
    out because nothing of it fits the character's place and time is added to ``misses``."""
    rng = stable_rng(seed, profile.name, "cm")
    kinds = rng.sample(sorted(KINDS), len(KINDS))
    setting = cm_setting(profile.fields)
    # A world of its own (Karn Vell, the Grand Line) has none of the real places of the pools.
    no_real_places = invented_world(profile.fields, profile.language, detect_setting(profile.fields))
    drafts = []
    for kind in kinds:  # a kind the character's world lacks gives way to the next one
        if len(drafts) == count:
            break
        d = None if no_real_places and "place" in KINDS[kind][:2] else cm_draft(
            profile, kind, norm_profile, stable_rng(seed, profile.name, "cm", kind), setting, no_real_places)
        if d is not None:
            drafts.append(d)
        elif misses is not None:
            misses.append(kind)
    return drafts
