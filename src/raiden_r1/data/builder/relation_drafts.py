"""SBK who-questions from a card's relationships: one draft per relation label ("师父", "wife"), keyed by
the person's name and the forms people say it by; a dead relative asked in the past. Split from
sbk.py (session 32)."""

from __future__ import annotations

import re

from raiden_r1.text import normalize

from ..profiles_relations import is_relation_word, parse_relationships
from ..schema import Profile
from .alternatives import any_of, ja_prefixed_name_forms, latin_name_parts, name_segments, relation_alternatives
from .checks import Draft
from .coverage import is_singular_relation
from .decoys import foreign_card
from .fields import BY_NAME, classify_field
from .keys import MAX_ITEMS, NON_ANSWERS, clean
from .names import described_name, house_office, latin_surname, name_part_alternatives, nickname_forms, surname_of
from .phrases import JA_HONORIFICS, KO_ELDER_RELATION, KO_ELDERS, RELATION, RELATION_GONE_NOTES, RELATION_PAST, RELATION_PAST_MARKS
from .sbk_draft import sbk_draft
from .seeded import stable_rng


def relation_drafts(profile: Profile, field_name: str, value: str, seed: int, label: str | None = None,
                    misses: list[tuple[str, str]] | None = None) -> list[Draft]:
    """Who-questions from a relationship list, or from a field named by one relation ("师父: 唐僧"),
    ``label``. People written as unknown ("男朋友-未知") are not asked about."""
    if label:
        pairs = [(label, p) for lab, p in parse_relationships(f"{label}：{value}") if lab == label]
    else:
        pairs = parse_relationships(value)
    pairs = [(lab, p) for lab, p in pairs if normalize(p) not in NON_ANSWERS]
    by_label: dict[str, list[str]] = {}
    for label, person in pairs:
        by_label.setdefault(label, []).append(person)
    own_surname = surname_of(profile.name, profile.language) or latin_surname(profile.name)
    foreign = foreign_card(profile.name, profile.language)
    segment_count: dict[str, int] = {}
    for _, person in pairs:
        parts = name_part_alternatives(person, profile.language, foreign=foreign)
        for s in set(name_segments(person)) | set(latin_name_parts(person)[:1]) | set(parts):
            segment_count[s] = segment_count.get(s, 0) + 1
    shared = {s for s, n in segment_count.items() if n > 1}
    # "名前: 豆千代 / 本名: 川村 千代子": the family name of the character's real name is her father's
    # and brother's too; alone it pays any of them ("父は川村正雄")
    shared |= {surname_of(clean(v), profile.language) or latin_surname(clean(v)) for k, v in profile.fields.items()
               if classify_field(k) is BY_NAME["name"]} - {""}
    drafts = []
    for label, people in by_label.items():
        if len(people) > 1 and is_singular_relation(label):  # two wives, one after the other
            if misses is not None:
                misses.append((f"relation:{label}", "several_for_a_singular_relation"))
            continue
        table = RELATION.get(profile.language, RELATION["en"])
        honorific = KO_ELDERS.get(label) if profile.language == "ko" else None
        if honorific:
            table = KO_ELDER_RELATION
        if _gone(label, people, value, profile.language):  # "who your late wife was"
            table = RELATION_PAST[profile.language]
        if profile.language == "ja":
            honorific = JA_HONORIFICS.get(label)
        rng = stable_rng(seed, profile.name, field_name, label)
        items = [relation_alternatives(p, value, shared, profile.language, own_surname, foreign) for p in people]
        if len(people) == 1:  # one master, "寒江剑派掌门凌玄子": "我师父是寒江剑派掌门" answers too
            office = house_office(people[0], described_name(people[0], profile.language) or "")
            items = [items[0] + [office]] if office and sum(p.startswith(office) for _, p in pairs) == 1 else items
        # more people than a question asks for (four adopted sons), or a list the card leaves
        # open ("好友-林俊杰,刘耕宏,萧敬腾等"): any one of them answers
        open_list = re.search(re.escape(people[-1]) + r"\s*(?:等|etc\.?|など|등)", value) is not None
        keywords = any_of(items) if len(items) > MAX_ITEMS or (open_list and len(items) > 1) else None
        items = items[:MAX_ITEMS]
        # "Who is your Best friend?": an English label is capitalised only as a field would be.
        rel = label[0].lower() + label[1:] if profile.language == "en" and label[1:2].islower() else label
        draft = sbk_draft(profile, table, rng, family=f"relation:{label}", field_name=field_name, items=items,
                       source=value, qtype="who", difficulty="hard" if len(items) >= 3 else "medium",
                       keywords=keywords, rel=rel, rel_hon=honorific or rel)
        # "Earl Hinton" for 'Earl "Fatha" Hinton', "鶴でござ" for お鶴: forms the card does not write
        draft.variants = {n for p in people for n in [*nickname_forms(p), *ja_prefixed_name_forms(p)]}
        drafts.append(draft)
    return drafts


def _gone(label: str, people: list[str], value: str, language: str) -> bool:
    """Whether the card marks the relation's one person as dead: by its label ("late wife", 亡夫)
    or by the note after the name, up to the next entry ("박만수(1963년 갱도 사고로 세상을 떠남)")."""
    marks, notes = RELATION_PAST_MARKS.get(language), RELATION_GONE_NOTES.get(language)
    if not marks or language not in RELATION_PAST or len(people) != 1:
        return False
    if re.search(marks, label, re.IGNORECASE):
        return True
    at = value.find(people[0])
    rest = value[at + len(people[0]):] if at >= 0 else ""
    # a bracketed note whole ("(1963년, 갱도 사고로 세상을 떠남)"), else up to the next entry
    m = re.match(r"\s*[(（][^)）]*[)）]", rest)
    note = m.group(0) if m else _own_note(rest)
    return bool(notes and re.search(notes, note))


def _own_note(rest: str) -> str:
    """The note after a person's name up to the next entry: "father Ong Kok Leong, passed away in
    2012" keeps its comma-parted note; a part that opens with a relation ("…, 63, wife Mei") is the next."""
    parts = re.split(r"[,，、]", re.split(r"[;；\n]", rest)[0])
    kept = [parts[0]]
    for part in parts[1:]:
        words = part.split()
        heads = [" ".join(words[:n]) for n in (1, 2)] + [part.strip()[:n] for n in (1, 2, 3, 4)]
        if any(h and is_relation_word(h) for h in heads):
            break
        kept.append(part)
    return ",".join(kept)
