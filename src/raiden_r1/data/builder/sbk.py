"""SBK drafts: one natural question per recognised profile fact, answered in character.

Each draft carries its profile value as ``source_text`` so that the keyword filter can check that
the keys really are in it. Drafts that cannot get a key at all come back as (family, reason)
pairs so they are counted, not silently lost. Each draft is made by sbk_draft.py; the drafts
from a profile's prose (why-questions, story facts, a food named in passing) by story_drafts.py.
"""

from __future__ import annotations

import random
import re

from raiden_r1.text import normalize, normalize_term

from .checks import Draft
from .clauses import unlinked_items
from .alternatives import (
    bracketed_specifics,
    with_object_alternatives,
    any_of,
    first_person_items,
    said_alternatives,
    traits_only,
    unsecret,
    variant_alternatives,
    without_free_phrases,
)
from .coverage import (
    bracketed_ranks,
    is_institution,
    is_student,
    without_schools,
    company_alternatives,
    contradicting_colour,
    named_weapon_alternatives,
    uncovered_parts,
    without_self_references,
)
from .dwelling_keys import is_own_vessel, shared_dwellings
from .equivalents import equivalent_alternatives
from .descriptive_keys import descriptive_heads, other_values
from .note_keys import without_fragment_keys
from .names import card_nicknames, nickname_forms, own_name_alternatives
from .tables import table as table_words
from .dates import invented_month_day
from .skills import skill_terms
from .terms import MAX_ANY_OF, grounded
from .dates import holiday_names, unwritten_lunar
from .story_year import story_year
from .measures import imperial_height, measure_items, metric_height, unread_notation
from .keys import (
    MAX_ITEMS,
    NON_ANSWERS,
    Items,
    clean,
    extract_keys,
    generic_keys,
    is_admin_unit,
    is_year_only,
    unique_terms,
)
from ..name_order import patronymic
from ..profiles_relations import is_relation_word
from ..schema import Profile
from .fields import BY_NAME, GENERIC, Family, classify_field
from .answer_text import nickname_by
from .places import without_verb_clauses
from .negative_fit import pet_kind
from .setting import detect_setting
from .phrases import BY_FIELD_NAME, PETS_KIND, PETS_OLD, PETS_SEVERAL, QUALIFIED, SBK, STUDENT, VESSEL, WHEN_GENERIC, question_slot, spoken_label
from .plausible import plausible_value, two_ages
from .pairs import with_pair_halves, without_generic_dishes
from .region_keys import card_short_names, without_lone_region, without_near_named_elsewhere
from .fragment_keys import FRAGMENT_FAMILIES, other_facts, without_fragments_of_other_facts
from .possessive_heads import possessive_forms
from .head_words import SPECIES_FIELD, cut_from, denies_owning, head_forms, species_heads
from .everyday_forms import everyday_forms
from .heads import card_led_forms, card_wordings, shop_forms, short_forms
from .sbk_draft import sbk_draft
from .selfref import self_name
from .seeded import stable_rng
from .story_drafts import embedded_food_drafts, narrative_drafts, why_drafts
from .relation_drafts import relation_drafts  # noqa: F401 (re-exported: the tests import it from here)


# Families outside the list and free kinds with equal forms of keys: "淡紫色", "단옷날" (equivalents.py)
_EQUIVALENT_FAMILIES = frozenset({"favorite_color", "hair_color", "eye_color", "birthday"})
# Families whose items describe the character in the card's words (fields.yaml DESCRIPTIVE).
_DESCRIPTIVE = frozenset(table_words("fields.yaml", "DESCRIPTIVE"))


# "5 foot 10", "five feet even": a height said to its last word carries no "tall" after it
_DUTY = re.compile("^(?:" + "|".join(table_words("words.yaml", "DUTY_OPENERS")) + ")")
_TALL_AFTER_FIGURE = re.compile(r"(?:(?<=\beven)|(?<=\bflat)|(?<=\d))\s+tall(?=[.!]?$)")


# families whose value may be a descriptive phrase with the name inside (descriptive_keys.py)
_DESCRIBED = frozenset(("pets", "occupation", "identity", "hometown", "residence", "generic"))


def _pick_items(items: Items, family: Family, rng: random.Random) -> Items:
    """The items the gold answer says: all of a short list, a seeded few of a long one."""
    if not family.all_parts:  # any one alternative answers: one item of several alternatives
        return [[a for alts in items for a in alts][:MAX_ANY_OF]]
    if len(items) <= MAX_ITEMS:
        return items
    keep = sorted(rng.sample(range(len(items)), MAX_ITEMS))
    return [items[i] for i in keep]


def _difficulty(items: Items, value: str) -> str:
    if len(items) >= 3:
        return "hard"
    if len(items) == 2:
        return "medium"
    return "easy" if normalize_term(items[0][0]) == normalize_term(clean(value)) else "medium"


def _qualifier(field_name: str, family: Family) -> str | None:
    """What a CJK field named "<alias><noun>" is about: "擅长乐器" -> "乐器"; None otherwise."""
    name = field_name.strip()
    for alias in sorted(family.aliases, key=len, reverse=True):
        rest = name[len(alias):]
        if name.startswith(alias) and re.fullmatch(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}", rest):
            return rest
    return None


def _heads(term: str, alts: list[str], lang: str, family: str) -> list[str]:
    """The head word people say of ``term`` ("有点马虎" -> 马虎, review 68), unless the term is cut
    from a longer alternative ("building ships" of "building ships in bottles" is no "ships")."""
    return [] if any(cut_from(term, b) for b in alts) else head_forms(term, lang, family)


def _not_askable(profile: Profile, field_name: str, value: str, family: str, items: Items) -> str | None:
    """Why a field's question is not asked with these keys (coverage.py), or None."""
    keyed = without_self_references(items, value) if family in ("catchphrase", "quotes") else items
    if not keyed:
        return "self_reference_only"  # a catch-phrase "老子": every answer in the voice says it
    if family == "pets" and denies_owning(value, profile.language):
        return "card_denies_it"  # "no pet of his own, but he feeds a street dog": no "your pet's name"
    if uncovered_parts(value, keyed, family):
        return "open_answer_not_covered"  # a right answer naming the card's other items would fail
    others = [v for name, v in profile.fields.items() if name != field_name]
    if contradicting_colour(family, value, others):
        return "card_contradicts_itself"
    return None


def sbk_drafts(profile: Profile, seed: int) -> tuple[list[Draft], list[tuple[str, str]]]:
    """(drafts, [(family, reason) for facts that gave no draft])."""
    drafts: list[Draft] = []
    misses: list[tuple[str, str]] = []
    lang = profile.language
    has_food_field = False
    relation_fields = []
    # family -> the field that asked it: a second field of the same family ("特长" after "擅长")
    # would ask the same question with other keys, which no answer can satisfy both ways.
    asked_by: dict[str, str] = {}
    by_family: dict[str, Draft] = {}  # the draft each family's first field gave
    for field_name, value in profile.fields.items():
        family = classify_field(field_name)
        if (family is None or family is GENERIC) and is_relation_word(field_name) and value.strip():
            relation_fields.append((field_name, value))
            continue
        if family is None or family.kind == "skip" or not value.strip():
            continue
        if family.kind == "relations":
            found = relation_drafts(profile, field_name, value, seed, misses=misses)
            drafts.extend(found)
            if not found:
                misses.append((family.name, "no_key_term"))
            continue
        has_food_field |= family.name == "food"
        if family.kind == "place":  # "…, 동료 영희와 함께 삼": a clause ending in a verb is no place (review 74)
            value = without_verb_clauses(value, lang)
        if family.name == "age" and two_ages(value):  # "外貌二十五岁，实际三百余岁": which one?
            misses.append((family.name, "ambiguous_value"))
            continue
        if family is GENERIC:
            items = generic_keys(value)
            if not items:
                continue  # an unknown field holding prose: nothing to ask, nothing lost
        else:
            items = with_object_alternatives(extract_keys(value, family, profile.name), family.name)
            plausible = [alts for alts in items if plausible_value(family.name, alts[0], lang)]
            if items and not plausible:  # "发色: 粽" (a typo), "发型: 短寸头" (no colour)
                misses.append((family.name, "implausible_value"))
                continue
            items = plausible
            if family.kind == "list":  # "soup beans and cornbread": "Soup beans." answers
                items = with_pair_halves(items, food=family.name == "food")
            if family.name in ("skills", "languages"):  # "she speaks French" is French; English no skill
                items = skill_terms(items, lang)
            if family.kind == "place":  # "Kentucky" of three Kentucky places is no answer; "回绥德" says 绥德
                card = "\n".join(profile.fields.values())
                items = without_lone_region(card_short_names(items, value, card), value, lang)
                places = [v for k, v in profile.fields.items() if k != field_name and getattr(classify_field(k), "kind", "") == "place"]
                items = without_near_named_elsewhere(items, value, "\n".join(places))
                items, school = without_schools(items, family.name)
                family = BY_NAME["school"] if school else family  # "出身：早稲田大学" is the school it names
        items = [alts for alts in items if alts]  # a filter above may leave an item with no form at all
        if not items:
            # "年龄：未知", "身高：-": the profile says it does not know; not a failure to find a key
            unknown = normalize(clean(value)) in NON_ANSWERS
            misses.append((family.name, "value_unknown" if unknown else "no_key_term"))
            continue
        if family.kind in ("list", "free"):
            items = bracketed_specifics(said_alternatives(items, lang), value, family.name)  # "民謡（江差追分）": 江差追分 too
        unlinked: set[str] = set()
        cut: set[str] = set()
        if family.name in _DESCRIPTIVE:
            short = without_free_phrases(items)
            if not short:  # "对待工作一丝不苟", "けん玉の日本一": an answer rewords it, never quotes it
                misses.append((family.name, "long_free_text"))
                continue
            items, unlinked, cut = unlinked_items(short, lang)  # "心肠却软" of "…，心肠却软" is said "心肠软"
        skip = _not_askable(profile, field_name, value, family.name, items)
        if skip:
            misses.append((family.name, skip))
            continue
        # "quick with his fists" of a card written about the character: the gold says "my"
        items, owned = first_person_items(items, lang) if family.kind in ("list", "free") else (items, set())
        if family.name in ("catchphrase", "quotes"):
            items = without_self_references(items, value)  # "自称“微臣”": a first person, not a saying
        if family.name == "weapon":  # "断水剑" is said "断水" where the card quotes that name
            items = [alts + named_weapon_alternatives(alts[0], profile.fields) for alts in items]
        if family.name == "occupation" and len(items) > 1:  # "二掌柜，管汇兑和密押": the duty is no second job
            items = items[:1] + [alts for alts in items[1:] if not _DUTY.match(alts[0])]
        if family.name in ("occupation", "identity") and len(items) == 1:  # "军人（少将）": 少将 answers too
            items = [unique_terms(items[0] + bracketed_ranks(value))]
        if family.name in ("residence", "hometown"):  # "山小屋" alone only where the card has one
            items = shared_dwellings(items, "\n".join(profile.fields.values()))
        shop_said: set[str] = set()
        if family.name in ("occupation", "identity"):  # "국숫집 주인" is said "국숫집을 해요", "국수 장사"
            shops = [[f for a in alts[:1] for f in shop_forms(a)] for alts in items]
            items = [unique_terms(alts + s) for alts, s in zip(items, shops)]
            shop_said = {f for s in shops for f in s if not grounded(f, value)}
        if family.name in ("name", "english_name"):  # "Jay Chou" is "Jay", "星野灯（ほしの あかり）" "あかり"
            items = [own_name_alternatives(alts, value, profile) for alts in items]
            # (the nickname the description quotes inside the name is the card's, not this field's)
            unlinked = unlinked | {n for alts in items for n in card_nicknames(alts[0], list(profile.fields.values()))}
        nick = family.name == "name" and len(items) == 1 and self_name(profile.fields, lang, profile.name)
        if nick and nick not in items[0]:  # 常用小名“兰子”称呼自己: asked its name, "兰子" answers too
            items, unlinked = [items[0] + [nick]], unlinked | {nick}
        if family.name == "organization":  # "杰威尔音乐有限公司" is said "杰威尔音乐", "杰威尔"
            items = [list(dict.fromkeys(alts + company_alternatives(alts[0]))) for alts in items]
        if family.name == "birthday" and len(items) == 1 and is_year_only(items[0][0]):
            family = BY_NAME["birth_year"]  # "出生日期: 公元181年": which year, not which day
        if family is not GENERIC and asked_by.setdefault(question_slot(family.name, field_name), field_name) != field_name:
            earlier = by_family.get(family.name)
            if earlier is not None and not family.all_parts:  # "예명" then "별명": any name people use answers
                merged = [a for alts in earlier.keywords + items for a in alts]
                earlier.keywords = [unique_terms(merged)[:MAX_ANY_OF]]
                earlier.source_text = f"{earlier.source_text}\n{value}"
                continue
            misses.append((family.name, "family_asked_by_another_field"))
            continue
        rng = stable_rng(seed, profile.name, field_name)
        items, variants = variant_alternatives(items, family.name, lang)
        variants |= unlinked | owned | shop_said
        if family.name in _DESCRIBED:  # 三毛猫のタマ is タマ, 東京・深川 深川, 쌍계사의 다승 다승 (review 76)
            others = other_values(profile.fields, field_name)
            # (a field the tables do not know, "스승: 노스님 원응 선사", may hold a person: read as one)
            as_family = "relation" if family is GENERIC else family.name
            heads = [descriptive_heads(alts[0], lang, as_family, others) for alts in items]
            # a pet is called by its name: the gold says タマ, never "its name is 三毛猫のタマ"
            items = [unique_terms(h[:1] + alts + h if family.name == "pets" else alts + h)
                     for alts, h in zip(items, heads)]
            pet_named = {a for alts, h in zip(items, heads) if family.name == "pets" and h for a in alts if a != h[0] and h[0] in a}
            variants |= {f for h in heads for f in h if not grounded(f, value)}
        if family.kind in ("list", "free"):  # "修老风琴" beside the card's "兼修风琴"; "味噌煮込み"
            card_text = "\n".join(profile.fields.values())
            # the card's places (hometown, home): a dish led by one is said without it (찜닭)
            places_text = "\n".join(v for k, v in profile.fields.items() if getattr(classify_field(k), "kind", None) == "place")
            others = tuple(other_facts(profile.fields, field_name))
            said = [[f for a in alts for f in short_forms(a, lang, family.name) + card_wordings(a, card_text)
                     + card_led_forms(a, lang, family.name, places_text)
                     + _heads(a, alts, lang, family.name) + everyday_forms(a, lang, family.name)
                     + possessive_forms(a, lang, family.name, others)  # "반장의 욕설" is said "반장님 욕"
                     + (species_heads(a, lang) if SPECIES_FIELD.match(field_name.strip()) else [])] for alts in items]
            items = [unique_terms(alts + extra) for alts, extra in zip(items, said)]
            # "cream" of a Likes item where the card's food is ice cream; not of a species, which the
            # job may name again ("familiar" of a cat familiar who is a witch's familiar by trade)
            if family.name in FRAGMENT_FAMILIES and not SPECIES_FIELD.match(field_name.strip()):
                items = without_fragments_of_other_facts(items, profile.fields, field_name)
            variants |= {f for extra in said for f in extra if not grounded(f, value)}
            if family.name == "food":
                items = without_generic_dishes(items)
        if family.name in ("name", "english_name"):  # "Clarence Bell" for 'Clarence "Smokey" Bell'
            variants |= {n for alts in items for n in nickname_forms(alts[0])}
        unsaid: set[str] = set()  # "bookstore" for a bookshop: a key, but the gold says the card's word
        if family.kind in ("list", "free") or family.name in _EQUIVALENT_FAMILIES:
            items, unsaid = equivalent_alternatives(items, family.name, lang)
            variants |= unsaid
        unsaid |= cut
        if family.name in _DESCRIBED:
            unsaid |= pet_named
        if family.name == "name" and lang == "en":  # "Ramesh s/o Krishnan" says "I'm Ramesh." (s/o reads as two clauses)
            unsaid |= {a for alts in items for a in alts[1:] if "/" in a and patronymic(a)}
        if family.name == "birthday":  # "음력 3월 3일" of "음력 1907년 3월 3일"
            variants |= unwritten_lunar(items, value)
            holidays = holiday_names(items, lang, story_year(profile.fields))  # "the 4th of July": Independence Day
            items, variants = ([unique_terms(items[0] + holidays)], variants | set(holidays)) if holidays else (items, variants)
        if unread_notation(value, family.name, lang):
            misses.append((family.name, "unread_measure"))
            continue
        imperial = measure_items(value, family.name, lang)
        if imperial is None and family.name == "height":
            imperial = imperial_height(value) or metric_height(value, lang)
        if imperial:  # "5'9\"", "190 lb": the measure as written and as said, never the feet alone ("5")
            items, variants = [imperial[0]], variants | imperial[1]
        # no adverb, clipped fragment or bare 主人 as a key (note_keys.py, review 76)
        items = without_fragment_keys(items, lang, value)
        if not items:
            misses.append((family.name, "fragment_key"))
            continue
        keywords = any_of(items) if family.all_parts and len(items) > 1 else None
        invented = invented_month_day(items[0][0]) if family.name == "birthday" and len(items) == 1 else None
        if invented:  # "花の月の七日": "花の月、七日" answers too; the gold says the card's form
            keywords = [[part] for part in invented]  # the card's form holds both
        if family.kind == "place" and not all(is_admin_unit(alts[0]) for alts in items):
            items = items[:1]  # "住在佛夏村、柯尔波山和露斯卡依纳": nobody lives in three places at once
        items = _pick_items(items, family, rng)
        if family.name == "personality":  # "hates being thanked" answers, but the gold says traits
            items = traits_only(items, lang)
        items = unsecret(items, value)  # "뜨개질(비밀)" answers, but the gold does not give it away
        table = SBK[family.name].get(lang, SBK[family.name]["en"])
        asks = "school" if family.name == "education_level" and is_institution(items[0][0]) else family.name
        if asks != family.name:  # "学历: 云南大学": where one studies, not which level
            table = SBK[asks].get(lang, SBK[asks]["en"])
        if asks in STUDENT and lang in STUDENT[asks] and is_student(profile.fields, classify_field):
            table = STUDENT[asks][lang]  # a pupil goes to school now, and does not "work as" one
        if family.name == "generic" and lang in WHEN_GENERIC and re.match(WHEN_GENERIC["value"], value) \
                and not (lang == "en" and re.search(WHEN_GENERIC["en_keep"], field_name)):
            table = WHEN_GENERIC[lang]  # "店の創業: 2008年" is asked いつ, never 何 (review 74)
        for entry in BY_FIELD_NAME.get(family.name, ()):  # "籍贯": the ancestral home, not the birthplace
            if lang in entry and re.search(entry["field"], field_name):
                table = entry[lang]
                break
        if family.name == "residence" and lang in VESSEL and is_own_vessel(profile.fields, items[0][0], lang):
            table = VESSEL[lang]  # a ship's intelligence is the ship: "I am the Meridian Drift itself."
        if family.name == "pets" and len(items) > 1:  # two named pets: both asked after, both named
            table = PETS_SEVERAL.get(lang, PETS_SEVERAL["en"])
        elif family.name == "pets" and lang in PETS_KIND and pet_kind(items[0][0], lang):
            table = PETS_KIND[lang]  # "鈴虫" is what the character keeps, not a name to ask for
        elif family.name == "pets" and lang in PETS_OLD and detect_setting(profile.fields) in ("historical", "early"):
            table = PETS_OLD[lang]  # no 宠物 / ペット / 반려동물 in a world before the word
        qualifier = _qualifier(field_name, family)
        if qualifier and lang in QUALIFIED.get(family.name, {}):
            table = QUALIFIED[family.name][lang]  # "擅长乐器" asks "你擅长什么乐器？"
        draft = sbk_draft(profile, table, rng, family=family.name, field_name=field_name, items=items,
                       source=value, qtype=family.qtype, difficulty=_difficulty(items, value),
                       keywords=keywords, unsaid=frozenset(unsaid), field=spoken_label(field_name, lang), q=qualifier or "")
        draft.variants |= variants
        if family.name == "height" and lang == "en":  # "I'm five feet even tall." says "tall" after no unit
            draft.answer = _TALL_AFTER_FIGURE.sub("", draft.answer)
        if family.name == "nickname":  # "Tam (to her brother)": "My brother calls me Tam."
            draft.answer = nickname_by(draft.answer, items[0][0], value, lang)
        drafts.append(draft)
        by_family[family.name] = draft
    asked = {d.family for d in drafts}
    for field_name, value in relation_fields:  # after the relationship list, which may name them too
        if f"relation:{field_name.strip()}" not in asked:
            found = relation_drafts(profile, field_name, value, seed, label=field_name.strip(), misses=misses)
            drafts.extend(found)
            if not found:
                misses.append(("relationships", "no_key_term"))
    if not has_food_field:
        drafts.extend(embedded_food_drafts(profile, seed))
    drafts.extend(narrative_drafts(profile, seed, {d.family for d in drafts} | {f for f, _ in misses}))
    drafts.extend(why_drafts(profile, seed, misses))
    return drafts, misses
