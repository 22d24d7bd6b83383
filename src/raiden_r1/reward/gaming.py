"""Anti-gaming rules of the VRAR reward about who speaks (docs/reward.md, families 3-6): out of
character in any disguise, wrappers and echoes of the prompt, speaking as another person or of the
character from outside (another person speaking: another_speaker.py; the character seen from
outside: outside.py). (Competing values: hedges.py; dumps: dumps.py; repetition: repetition.py; the
wrong language in the same script: language_check.py.) Each is a small function on the analysed
answer (analysis.py), so ``raiden-r1 reward explain`` can say exactly which one fired.

Disguises are undone before any rule runs (raiden_r1.canon: zero-width characters, homoglyphs,
full width, traditional characters, kana); spaced letters ("A I", "a.i.") are joined here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from raiden_r1.canon import canonical, find_term, match_form
from raiden_r1.data.perspective import relation_nouns

from .analysis import Answer, cue_in_text as clause_cue_text
from .another_speaker import claims_a_role, claims_to_be_another, identity_patterns, introduces_someone_else, speaks_for
from .stage_voice import stage_voice
from .assistant_voice import assistant_voice
from .first_of import Guarded, guard_of
from .form_lines import form_wrapper
from .addressed_title import addressed_title_owns
from .kin_echo import asks_back_about_a_relative
from .leet import decoded
from .speaker_roles_label import role_label
from .markup import markdown_wrapper
from .lexicon import _entries, _load_yaml
from .machine_card import in_world
from .matching import PreparedTruth
from .narrator_tag import narrated_report, narrator_tag
from .sentence_subject import owned_own_name
from .outside import alternation, narrated_by_name, narrated_scene
from .sign_on import another_sign_on
from .similarity import content_units
from .speech_tags import narrators_tag
from .spoken_labels import own_manner, spoken_label
from .outside_openings import introduced_by_name
from .vocative_intro import greets_as_relative

# ---- out of character ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _ooc() -> dict[str, dict[str, tuple[str, ...]]]:
    data = _load_yaml("ooc")
    return {kind: {lang: _entries(words, f"lexicon/ooc.yaml: {kind}: {lang}") for lang, words in table.items()}
            for kind, table in data.items()}


@lru_cache(maxsize=1)
def _ooc_patterns() -> list[tuple[str, re.Pattern[str]]]:
    o = _ooc()
    phrases = [p for kind in ("phrases", "answer_tags") for ws in o.get(kind, {}).values() for p in ws]
    latin = [p for p in phrases if p.isascii()]
    cjk = [p for p in phrases if not p.isascii()]
    pats = [("phrase", re.compile(rf"(?<![a-z0-9])(?:{alternation(latin)})(?![a-z0-9])")),
            ("phrase", re.compile(rf"(?:{alternation(cjk)})(?![员員师師猿])"))]  # ("我是程序员": a trade)
    nouns, pre, suf = o["ai_nouns"], o["self_prefixes"], o.get("self_suffixes", {})
    art = r"(?:(?:a|an|the|just|only|merely|simply|actually|really|not|1|real)\s)*"
    pats.append(("self", re.compile(rf"(?<![a-z0-9])(?:{alternation(pre['en'])})\s{art}(?:{alternation(nouns['en'])})(?![a-z0-9])")))
    for lang in ("zh", "ja", "ko"):
        n = alternation(nouns[lang] + nouns["en"])
        measure = r"(?:一个|一名|个|一款|一种|1个|1名|1款|1种|1段|一段|ただの|그냥\s?|단지\s?)?"
        # (the clause cut at 只是 / 不过 / 其实 leaves "我 只是个 ai": "I" spaced from the rest of its prefix;
        # "我是程序员" / "プログラム" + 員 is a trade, not a program)
        cut = [f"{p[0]} {p[1:]}" for p in pre[lang] if lang == "zh" and p.startswith("我") and len(p) > 2]
        pats.append(("self", re.compile(rf"(?:{alternation(list(pre[lang]) + cut)})\s?{measure}\s?(?:{n})(?![a-z员員师師猿])")))
        if lang in suf:
            # (an entry written with a trailing space ends a word: "인공지능이라 나이는" but not "이라고")
            ends = "|".join(re.escape(s.strip()) + ("(?![가-힣])" if s.endswith(" ") else "")
                            for s in sorted(suf[lang], key=len, reverse=True))
            pats.append(("self", re.compile(rf"(?<![a-z])(?:{n})\s?(?:{ends})")))
    return pats


@lru_cache(maxsize=1)
def _guarded_ooc_patterns() -> list[tuple[str, Guarded]]:
    """_ooc_patterns, each searched only where its guard finds something (first_of.py)."""
    return [(kind, Guarded(p, guard_of(p.pattern))) for kind, p in _ooc_patterns()]


_SPACED_RUN = re.compile(r"(?:\S \S ){2,}")
_LETTER_PAIR = re.compile(r"(?<!\S)\S \S(?!\S)")
_SPACED_HANGUL = re.compile(r"(?<![가-힣])(?:[가-힣] ){3,}[가-힣](?![가-힣])")
_SINGLE_LETTERS = re.compile(r"(?<![a-z0-9])((?:[a-z] ){1,12}[a-z])(?![a-z0-9])")


_SPELLED_WORD = re.compile(r"(?<!\S)(?:[^\W_] ){2,}[^\W_](?![^\W_])")


@lru_cache(maxsize=1)
def _gap_words() -> re.Pattern[str]:
    """Words that may stand inside a phrase of stepping out of the role (lexicon/ooc.yaml gap_words)."""
    words = [w for ws in _ooc()["gap_words"].values() for w in ws]
    latin = [w for w in words if w.isascii()]
    cjk = [w for w in words if not w.isascii()]
    return re.compile(rf"(?<![a-z0-9])(?:{alternation(latin)})(?![a-z0-9])|{alternation(cjk)}")


def _join(run: str) -> str:
    if run in ("a i", "i a"):
        return run.replace(" ", "") if run == "a i" else run
    # "a p r o g r a m": the article stays, the spelled word is joined.
    if run.startswith(("a ", "i ")) and run.count(" ") >= 3:
        return run[:2] + run[2:].replace(" ", "")
    return run.replace(" ", "") if run.count(" ") >= 2 else run


def _joined_letters(text: str) -> str:
    """"as an a i" -> "as an ai", "a p r o g r a m" -> "a program": spaced letters joined."""
    return _SINGLE_LETTERS.sub(lambda m: _join(m.group(1)), text)


# Wrappers, judged on the answer as written (punctuation matters there).
_FENCE = re.compile(r"```|~~~")
_TABLE = re.compile(r"(?m)^\s*\|.*\|.*\||^\s*\|?\s*:?-{3,}:?\s*\|")
_JSON = re.compile(r"^\s*[\[{]\s*[\"'{\[]|\{\s*\"[^\"]{1,40}\"\s*:")
# (an HTML comment, "<!-- model note: ... -->", is written for a machine reader, never said)
_MARKUP = re.compile(r"</?[A-Za-z_][\w-]{0,20}>|<!--|\[/?(?:answer|response|reply|character|in character)\]", re.IGNORECASE)
_LABEL = re.compile(r"(?m)^\s*[*_#>\-\s]*([^\n:：*]{1,24}?)\s*[*_]*\s*(?:[(（][^)）\n]{0,60}[)）]\s*)?[:：]")
_BRACKET_LABEL = re.compile(r"(?m)^\s*[【\[〔(（]([^】\]〕)）\n]{1,16})[】\]〕)）]")
_SPEAKER_QUOTE = re.compile(r"^\s*([^\s「『\"“]{1,16})\s*[「『\"“]")


@lru_cache(maxsize=4096)
def _label_words(names: tuple[str, ...]) -> frozenset[str]:
    # a Latin surname alone labels a script line too ("Rumbold: 188 cm"), though it is no name
    # form (relatives share it: "my brother Tom Callahan is a cop" is not narration)
    surnames = {n.rsplit(" ", 1)[-1] for n in names if n.isascii() and " " in n}
    return frozenset(w for ws in _ooc()["labels"].values() for w in ws) | frozenset(names) | surnames


# A character whose card says it speaks of itself by name opens a sentence with it: "KESTREL-9
# logged it: ..." (review 70), its name and a verb in lower case, not a speaker label; a speech
# verb ("KESTREL-9 says:") or a stage note in brackets still labels a script line.
_SELF_NAMER_VERB = re.compile(r"\s+(?!(?:says?|said|replies|replied|answers?|answered|asks?|speaks?|writes?|responds?)\b)[a-z][a-z'’]+\b")


def _self_namer_sentence(label: str, prep: PreparedTruth) -> bool:
    if not prep.truth.self_name or "(" in label or "（" in label:
        return False
    written = label.strip()
    name = next((n for n in (prep.truth.character_name, *prep.truth.aliases) if n and written.startswith(n)), None)
    return bool(name and _SELF_NAMER_VERB.match(written[len(name):]))


def wrapper(raw: str, prep: PreparedTruth) -> str | None:
    """A script label, form field, JSON, code block or table around the answer."""
    if _FENCE.search(raw):
        return "wrapped in a code block"
    if _TABLE.search(raw):
        return "wrapped in a table"
    if _JSON.search(raw):
        return "wrapped in JSON"
    if "<" in raw or "[" in raw:
        m = _MARKUP.search(raw)
        if m:
            return f"wrapped in markup ('{m.group(0)}')"
    labels = _label_words(prep.names)
    m = _BRACKET_LABEL.search(raw[:200])
    if m:
        label = canonical(m.group(1))
        if label in labels or any(w in label for w in labels if len(w) >= 2 and not w.isascii()) or any(
                f" {n} " in f" {label} " or (not n.isascii() and n in label) for n in prep.names):
            return f"labelled like a script ('{m.group(0).strip()}')"
    m = _SPEAKER_QUOTE.match(raw)
    if m:
        speaker = canonical(m.group(1))
        named = any(speaker == n or speaker.startswith(n) for n in prep.names) or speaker in prep.short_names
        # A character that speaks of itself by name may open "ここな「…」"; its full name with a
        # surname before a quote is still a script line.
        full = bool(prep.surnames) and speaker.replace(" ", "") == prep.names[0].replace(" ", "")
        if named and (not prep.truth.self_name or full):
            return f"written as a script line ('{m.group(1)}' + quote)"
    # (session 35: a machine's card reports in labelled readouts, "龙宫站深度：3,200 m。", "Status: nominal",
    # as a robot's card word for "I" does below; speaker and answer labels are still refused after)
    machine = prep.truth.machine
    field = None if machine else _question_field(raw, prep)
    if field:
        return f"labelled like a form field ('{field}:')"
    tag = narrators_tag(raw, prep.language)
    if tag:
        return f"a narrator's speech tag ('{tag}:')"
    field = None if machine else form_wrapper(raw, prep.truth.answer, prep.language, prep.truth.self_word or "")
    if field:
        return f"written as a form ('{field}:' and more)"
    dash = _DASH_LABEL.match(raw)
    if dash and canonical(dash.group(1)) in labels:
        return f"labelled like a script or a form ('{dash.group(1).strip()} —')"
    if ":" in raw or "：" in raw:
        for m in _LABEL.finditer(raw[:2000]):
            label = canonical(m.group(1))
            label = label if " " not in label else _joined_letters(label)
            # ("Answer, uncle: ...": an address after the label leaves it a label)
            head = canonical(re.split(r"[,，、]", m.group(1))[0])
            if head != label and (head in labels or head in prep.short_names):
                return f"labelled like a script or a form ('{m.group(1).strip()}:')"
            # A speaker label holding the character's name ("The Great Zambrano (grandly): ...").
            # A comma makes it a sentence ("Rumbold remembers, sir: ..."), not a speaker label.
            named = len(label.split(" ")) <= 4 and "," not in m.group(1) and any(
                f" {n} " in f" {label} " for n in prep.names) and not _self_namer_sentence(m.group(1), prep)
            if label in labels or named or label in prep.short_names or any(label.endswith(w) for w in labels if len(w) >= 2 and not w.isascii()):
                return f"labelled like a script or a form ('{m.group(1).strip()}:')"
    role = role_label(raw, prep)
    if role:
        return f"labelled like a script line of another speaker ('{role}:')"  # "小二：…" (speaker_roles_label.py)
    m = _SPEECH_LABEL.search(raw[:300])
    if m and not re.search(r"(?i)\b(?:my|i|me|our|as)\b", m.group(1)) and (relation_nouns(m.group(1)) or any(
            o.isascii() and re.search(rf"(?i)\b{re.escape(o)}\b", m.group(1)) for o in prep.truth.others)):
        return f"labelled like a script line of another speaker ('{m.group(0).strip()}')"
    return None


# "Caw! Durin's raven speaks: …": a stage direction giving the line to someone of the profile or an
# animal ("Grandpa says: …", "My gran always says: …" quote them, the character still speaking).
_SPEECH_LABEL = re.compile(r"(?:^|[.!?]\s+)((?:[\w'’]+\s){0,3}[\w'’]+)\s+(?:speaks|replies|answers|croaks|caws|"
                           r"squawks|barks|growls|hisses|purrs|meows|chirps)\s*:")


_DASH_LABEL = re.compile(r"^\s*([^\n—–:：]{1,24}?)\s*[—–]+\s*\S")


def _question_field(raw: str, prep: PreparedTruth) -> str | None:
    """An answer opening with the question's own words as a field label ("Favourite ingredient:
    saffron" asked for the favourite ingredient, "ポジション：ピッチャー", "최애 색깔: 초록"): a form
    filled in, not the character speaking. A label with a pronoun is speech ("My answer: ..."), and
    so is an aside, a count or the character's own manner (spoken_labels.py)."""
    field = _field_label(raw, prep)
    if field and own_manner(raw, _field_label(prep.truth.answer, prep), prep.truth.self_word):
        return None
    return field


# (not "小安的回答：", "Pip's answer:": the name owning a field is still a form)
_OWN_FIELD = re.compile(r"^(?: s |的|の|의)|回答|答案|answer|reply|response|返答|답변")


def _field_label(raw: str, prep: PreparedTruth) -> str | None:
    m = _LABEL.match(raw)
    if m is None:
        # a dash only with a bare value after it ("Instrument played — cello"), not a sentence
        m = _DASH_LABEL.match(raw)
        rest = canonical(raw[m.end() - 1:]) if m else ""
        if m is None or (len(rest.split(" ")) > 3 if rest.isascii() else len(rest) > 8):
            return None
    if not prep.question_units:
        return None
    if spoken_label(m.group(1), prep.language):
        return None  # "Two things, uncle: ...": a count and an address, not a field
    label = canonical(m.group(1))
    if not label or (len(label.split(" ")) > 4 if label.isascii() else len(label.replace(" ", "")) > 10):
        return None
    if any(find_term(match_form(label), a) != -1 for alts in prep.items for a in alts):
        return None  # "Caspar got the job — ...": the keyword itself is no label
    lang = prep.language
    if any(clause_cue_text(label, x, k) for x in {lang, "en"} for k in ("first_person", "second_person", "negation", "reject")):
        return None  # ("No, not Cardiff: Swansea" corrects the question; it fills in no form)
    if prep.truth.self_name and any(label.startswith(n) and label != n and not _OWN_FIELD.search(label[len(n):])
                                    for n in prep.names if n):
        return None  # (s32) "小安记得：…", "Pip thinks: …": a character's name is its "I", and a verb follows it
    if raw[m.end() - 1:m.end()] in ":：" and raw[m.end() - 2:m.end() - 1].isdigit() and raw[m.end():m.end() + 1].isdigit():
        return None  # "周六15:00": a clock time
    if content_units(label) & prep.question_units or (not label.isascii() and label.replace(" ", "") in prep.question_norm):
        return m.group(1).strip()  # (kana words have no content units: "ぽじしょん" is found whole)
    return None


def out_of_character(ans: Answer, prep: PreparedTruth) -> str | None:
    """Why the final answer steps out of the role, or None: the model or narrator speaking, the
    prompt echoed, another person of the profile speaking, a wrapper."""
    raw = ans.raw
    w = wrapper(raw, prep) or markdown_wrapper(ans, prep)
    if w:
        return w
    scene = narrated_scene(raw, prep) or another_sign_on(raw, prep)
    if scene:
        return scene
    # ("(0OC: 1'm ju5t 4n 4I…)": letters written as digits, read again spelled in letters; leet.py)
    leet = decoded(raw) if raw.isascii() or re.search("[A-Za-z][0-9]|[0-9][A-Za-z]", raw) else None
    if leet and (scene := narrated_scene(leet, prep)):
        return scene
    text = ans.canon
    variants = [text, _joined_letters(text)] if text.isascii() or re.search("[a-z] [a-z]", text) else [text]
    if leet:
        variants.append(canonical(leet))
    if "  " in raw and len(_LETTER_PAIR.findall(raw)) >= 2:  # "A s  a n  A I": words two spaces apart, letters one
        variants.append(canonical(" ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", raw))))
        # (and a spelled-out phrase before plain words: "B r e a k i n g   c h a r a c t e r: the …")
        variants.append(canonical(_SPELLED_WORD.sub(lambda m: m.group(0).replace(" ", ""), raw)))
    if (gaps := _gap_words()).search(text):
        variants.append(" ".join(gaps.sub(lambda m: " " if m.group(0).isascii() else "", text).split()))
    if _SPACED_HANGUL.search(text):  # "인 공 지 능 으 로 서"
        variants.append(_SPACED_HANGUL.sub(lambda m: m.group(0).replace(" ", ""), text))
    machine = prep.truth.machine
    for t in variants:
        for kind, pat in _guarded_ooc_patterns():
            # (a machine's card: "제일 오래된 로봇이에요", "as an AI" are its nature; machine_card.py)
            for m in (pat.finditer(t) if machine else (pat.search(t),)):
                if m and not (machine and in_world(m.group(0))):
                    return f"out of character ('{m.group(0).strip()}')"
    # (a name matches only where written: with none in the answer, the no-name patterns, compiled once,
    # find what the profile's would; those cost nine compiles, ~1 ms, per new profile: a GRPO group)
    names = prep.names if any(n in text for n in prep.names) else ()
    for pat in identity_patterns(names, prep.truth.self_name):
        for m in pat.finditer(text):
            if _simile(text, m):
                continue  # "swift as her name", "black as his mane": a comparison, no role taken on
            return f"speaks as another person ('{m.group(0).strip()}')"
    intro = assistant_voice(ans, prep) or stage_voice(ans, prep) or introduces_someone_else(ans, prep) or claims_to_be_another(ans, prep) or \
        claims_a_role(ans, prep) or speaks_for(ans, prep) or asks_back_about_a_relative(ans, prep) or \
        addressed_title_owns(ans, prep)
    if intro:
        return intro
    return narrated_by_name(ans, prep) or narrator_tag(ans, prep) or narrated_report(ans, prep) or owned_own_name(ans, prep) or \
        greets_as_relative(ans, prep) or _stranger(ans, prep)


# (session 32, s21en-047) "ADJ as her NOUN": a simile, when the word before "as" is no verb of speaking
# or being and the word after the possessive names no relative or role ("as her mother" stays a claim).
_SIMILE = re.compile(r"(?:^|\s)(?!(?:speak|speaking|spoke|write|writing|wrote|answer|answering|come|coming|came|here|serve|"
                     r"serving|act|acting|live|living|talk|talking|reply|replying|sign|signing|only|just|and|but|me|i)\s)"
                     r"[a-z]+\s$")
_AS_POSSESSIVE = re.compile(r"as\s(?:her|his|their)\s([a-z]+)")


def _simile(text: str, m: re.Match[str]) -> bool:
    head = _AS_POSSESSIVE.match(text, m.start())
    if head is None or not _SIMILE.search(text[max(0, m.start() - 24):m.start()]):
        return False
    return not relation_nouns(head.group(1)) and head.group(1) not in _ROLE_NOUNS


_ROLE_NOUNS = frozenset({"squire", "servant", "keeper", "guard", "apprentice", "student", "pupil", "assistant", "maid",
                         "butler", "agent", "manager", "lawyer", "doctor", "nurse", "secretary", "owner", "master", "friend",
                         "partner", "husband", "wife", "voice", "representative", "deputy", "heir", "successor"})


def _stranger(ans: Answer, prep: PreparedTruth) -> str | None:
    lang = ans.language if ans.language in ("en", "zh", "ja", "ko") else "en"
    m = introduced_by_name(ans.canon, prep, lang)
    return f"narrates the character as a stranger ('{m}')" if m else None


__all__ = ["narrated_by_name", "out_of_character", "wrapper"]
