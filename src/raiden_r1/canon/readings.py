"""Kana spellings of a Japanese keyword written in kanji (土曜日 -> どようび, 苺大福 -> いちご大福).

Japanese writes the same word in kanji, in kana, or mixed, and a natural answer picks any of them
("どようびです！", "いちご大福が好き"). The reward cannot read kanji in an answer without a
dictionary, but it can spell each keyword the other ways once per ground truth: the keyword's
segments (pykakasi's dictionary segmentation) each kept as written or replaced by their hiragana
reading, every combination but the original.

The other direction is read from the answer instead: a keyword written in kana ("ひまわり") has no
single kanji spelling, but an answer's kanji words have readings (:func:`kanji_spelled`: the
answer's "向日葵" reads ひまわり).
A reading is context-free (pykakasi gives 灯村 as ともしびむら), so a name may get a wrong
spelling; that costs nothing, since nobody writes it. A word the dictionary reads several ways
is spelled with each (紅葉: こうよう, もみじ), and readings it misses are in readings.yaml (猪: しし).
An all-kana spelling shorter than three kana is left out by default: two-kana words are homophones
of too many others (はし: 橋, 箸, 端), unless the keyword is one kanji with its kana ending (釣り:
つり). A keyword (not a negative keyword) may ask for its main two-kana reading (秋: あき, 伊賀:
いが) with ``short=True``: it is then matched only as a whole word (canon._edges_ok), never inside
another (あきらめる).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from importlib import resources

import yaml

_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_MAX_SEGMENTS = 4  # 2**4 spellings at most per keyword


@lru_cache(maxsize=1)
def _converter():
    try:
        import pykakasi  # the kanji dictionary (~10 MB, pure Python): loaded on the first Japanese keyword
    except ImportError:  # pragma: no cover - a core dependency; tolerated when absent
        return None
    return pykakasi.kakasi()


@lru_cache(maxsize=1)
def _table() -> dict:
    data = yaml.safe_load(resources.files("raiden_r1.canon").joinpath("readings.yaml").read_text("utf-8")) or {}
    extra, words = data.get("extra") or {}, data.get("function_words") or []
    if not isinstance(extra, dict) or not all(isinstance(v, list) for v in extra.values()) or not isinstance(words, list):
        raise ValueError("canon/readings.yaml: expected 'extra' (kanji -> list of kana) and 'function_words' (a list)")
    modifiers = data.get("modifier_prefixes") or []
    if not isinstance(modifiers, list):
        raise ValueError("canon/readings.yaml: modifier_prefixes: expected a list of kanji")
    return {"extra": tuple(sorted(((str(k), tuple(str(r) for r in v)) for k, v in extra.items()), key=lambda kv: -len(kv[0]))),
            "function_words": frozenset(map(str, words)), "modifiers": frozenset(map(str, modifiers))}


def _extra_readings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """readings.yaml's extra readings: (written form, its other readings), longest written form first."""
    return _table()["extra"]


def _dictionary_readings(word: str) -> tuple[str, ...]:
    """Every reading the dictionary gives ``word`` as one headword (紅葉: こうよう, もみじ); ()
    for a single kanji (its other readings are Sino-Japanese ones nobody writes alone: 秋 しゅう)."""
    if len(word) < 2:
        return ()
    try:
        from pykakasi.kanji import Kanwa
    except ImportError:  # pragma: no cover - pykakasi is a core dependency
        return ()
    table = Kanwa().load(word[0]) or {}
    return tuple(dict.fromkeys(y for y, cond in table.get(word, ()) if cond is None and y))


# Spellings kept per keyword: the dictionary's readings multiply (大和 has four).
_MAX_SPELLINGS = 24


@lru_cache(maxsize=16384)
def kana_spellings(raw: str, short: bool = False) -> tuple[str, ...]:
    """Other spellings of ``raw`` with some or all kanji segments in hiragana ((): no kanji).
    ``short``: keep the main two-kana reading too (for a keyword; see the module doc)."""
    if not _KANJI.search(raw):
        return ()
    out = list(_whole_readings(raw))
    out += [v for v in _spelled(raw, short) if v not in out]
    for written, readings in _extra_readings():
        if written in raw:
            for r in readings:
                variant = raw.replace(written, r)
                for v in (variant, *_spelled(variant, short)):
                    if v != raw and v not in out and (_KANJI.search(v) or len(v) >= 3):
                        out.append(v)
    return tuple(out[:_MAX_SPELLINGS])


def _spelled(raw: str, short: bool) -> tuple[str, ...]:
    if not _KANJI.search(raw):
        return ()
    conv = _converter()
    if conv is None:
        return ()
    segments = [(s["orig"], s["hira"]) for s in conv.convert(raw)]
    # The dictionary may read a kanji segment with the kana that follows it ("油揚" -> あぶらあげ, then
    # "げ"): that kana is written once.
    segments = [(o, h[:-len(segments[i + 1][0])] if i + 1 < len(segments) and _KANJI.search(o)
                 and not _KANJI.search(segments[i + 1][0]) and h.endswith(segments[i + 1][0])
                 and len(h) > len(segments[i + 1][0]) else h) for i, (o, h) in enumerate(segments)]
    if not segments or len(segments) > _MAX_SEGMENTS or "".join(o for o, _ in segments) != raw:
        return ()
    # A kanji with kana after it (釣り, 踊る) is one word, not a homophone pool: its two-kana
    # spelling (つり) is kept, and matched only where a word starts (canon._edges_ok).
    okurigana = len(raw) == 2 and bool(_KANJI.match(raw)) and "\u3041" <= raw[1] <= "\u3096"
    choices = [(o, h) if _KANJI.search(o) and h and h != o else (o,) for o, h in segments]
    main = "".join(h or o for o, h in segments)
    out = []
    for combo in itertools.product(*choices):
        spelled = "".join(combo)
        if spelled == raw or spelled in out:
            continue
        if not _KANJI.search(spelled) and len(spelled) < 3 and not okurigana and not (
                short and spelled == main and spelled not in _table()["function_words"]):
            continue
        out.append(spelled)
    out.extend(v for v in _unit_spellings(raw, main) if v not in out)
    # (a word's other dictionary readings, whole: 紅葉 -> もみじ; never two-kana ones, which the
    # dictionary lists for names and rare senses: 大人 -> うし)
    for o, _ in segments:
        for reading in _dictionary_readings(o) if _KANJI.search(o) else ():
            spelled = raw.replace(o, reading, 1)
            if spelled != raw and spelled not in out and (len(reading) >= 3 or _KANJI.search(spelled)):
                out.append(spelled)
    return tuple(out)


def _whole_readings(raw: str) -> list[str]:
    """The keyword read as one word, voiced where compounds voice (session 34): the dictionary's
    reading of the whole keyword as one headword, also without its okurigana (焼き栗 is the headword
    焼栗, やきぐり), and the segments' readings joined with the first kana of a later kanji segment
    voiced (rendaku: 陰陽+師 -> おんみょうじ). Only all-kana spellings of three kana or more; a voiced
    form nobody writes costs nothing, and the unvoiced one is still spelled by _spelled."""
    out: list[str] = []
    for headword in dict.fromkeys((raw, _OKURIGANA_INSIDE.sub("", raw))):
        out += [r for r in _dictionary_readings(headword) if len(r) >= 3 and r not in out]
    conv = _converter()
    segs = [(s["orig"], s["hira"]) for s in conv.convert(raw)] if conv is not None else []
    if not 2 <= len(segs) <= _MAX_SEGMENTS or "".join(o for o, _ in segs) != raw or any(c.isdigit() for c in raw):
        return out  # (a number and its counter have their own readings: canon/kana_numbers.py)
    # each segment's readings: the main one, and the dictionary's others for a compound (陰陽: おんみょう)
    choices = [tuple(dict.fromkeys((h, *(_dictionary_readings(o) if _KANJI.search(o) else ())))) if h else (o,)
               for o, h in segs]
    for combo in itertools.islice(itertools.product(*choices), 8):
        for i in range(1, len(segs)):
            head = combo[i][:1]
            if _KANJI.match(segs[i][0]) and head and head.translate(_VOICED) != head:
                spelled = "".join(combo[:i]) + head.translate(_VOICED) + combo[i][1:] + "".join(combo[i + 1:])
                if len(spelled) >= 3 and spelled not in out:
                    out.append(spelled)
    return out


# A verb stem's okurigana between two kanji, dropped in a compound's headword (焼き栗 -> 焼栗)
_OKURIGANA_INSIDE = re.compile("(?<=[\u4e00-\u9fff])[りしきけちみひいえげぎびれめ](?=[\u4e00-\u9fff])")


_UNIT = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3041-\u3096]*|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _unit_spellings(raw: str, main: str) -> list[str]:
    """A compound the dictionary reads whole (油揚 -> あぶらあげ) with one kanji written in kana and
    the other not, as people write it (油あげ, あぶら揚げ): each kanji with its kana read alone, kept
    only when the readings add up to the whole word's."""
    units = _UNIT.findall(raw)
    if not 2 <= len(units) <= _MAX_SEGMENTS or sum(1 for u in units if _KANJI.match(u)) < 2:
        return []
    conv = _converter()
    readings = ["".join(x["hira"] for x in conv.convert(u)) if _KANJI.match(u) else u for u in units]
    if "".join(readings) != main:
        return []
    choices = [(u, r) if _KANJI.match(u) and r != u else (u,) for u, r in zip(units, readings)]
    return [v for v in ("".join(c) for c in itertools.product(*choices)) if v != raw and v != main and _KANJI.search(v)]


_VOICED = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ")


@lru_cache(maxsize=8192)
def compound_hides(run: str, index: int) -> bool:
    """Whether the kanji at ``index`` of the kanji run ``run`` (preceded there by another kanji) is
    read inside a dictionary compound with none of the kana of its own word: 藤 in 葛藤 (かっとう,
    not ふじ), in 佐藤 (さとう); not 山藤 (やまふじ), 渋柿 (しぶがき: the first kana voiced), 愛犬 (a
    modifier before it: readings.yaml's modifier_prefixes)."""
    kanji = run[index]
    if index == 0 or run[index - 1] in _table()["modifiers"]:
        return False
    conv = _converter()
    if conv is None:
        return False
    own = conv.convert(kanji)
    main = own[0]["hira"] if own and own[0]["orig"] == kanji else ""
    if len(main) < 2 or not re.fullmatch("[ぁ-ゖ]+", main):
        return False
    words = _own_words(kanji, main)
    pos = 0
    for seg in conv.convert(run):
        o, h = seg["orig"], seg["hira"]
        if pos <= index < pos + len(o):
            if len(o) < 2:  # read on its own ("秋田" + "犬")
                return False
            return not any(w in h or w[0].translate(_VOICED) + w[1:] in h for w in words)
        pos += len(o)
    return False


_SINO_SHAPE = re.compile(r"[ぁ-ゖ][ゃゅょ]?[んうい]?")  # とう, せい: one mora, alone or before ん/う/い
_CVC_SHAPE = re.compile(r"[ぁ-ゖ][ゃゅょ]?[くきつち]")  # げつ, せき, ちく, but also native つき, かき, まつ


@lru_cache(maxsize=4096)
def _own_words(kanji: str, main: str) -> tuple[str, ...]:
    """The readings of one kanji that are its own word in a compound: the main one (柿: かき), native
    ones (月: つき, 石: いし), and where the main one is a Sino-Japanese reading in く/き/つ/ち (月:
    がつ) the other readings of that shape with another ending (つき, not げつ)."""
    try:
        from pykakasi.kanji import Kanwa
    except ImportError:  # pragma: no cover - pykakasi is a core dependency
        return (main,)
    readings = [y for y, cond in (Kanwa().load(kanji) or {}).get(kanji, ()) if cond is None and y and not y.endswith("っ")]
    out = [main, *(r for r in readings if len(r) >= 3 or (len(r) == 2 and not _SINO_SHAPE.fullmatch(r) and not _CVC_SHAPE.fullmatch(r)))]
    if _CVC_SHAPE.fullmatch(main):
        out += [r for r in readings if _CVC_SHAPE.fullmatch(r) and r[-1] != main[-1]]
    return tuple(dict.fromkeys(out))


def segments(raw: str) -> tuple[str, ...]:
    """The dictionary's word segments of ``raw`` (written forms), () without pykakasi."""
    conv = _converter()
    return tuple(s["orig"] for s in conv.convert(raw)) if conv is not None else ()


# Progressive/stative endings in the forms speech uses interchangeably: plain, contracted, polite
# (持っていない = 持ってない = 持っていません). Each group is one meaning; a keyword ending in one
# form is spelled in the others. (て and で: 読んでいる, 住んでる.)
_TE_FORMS = (("ていない", "てない", "ていません", "てません"), ("ている", "てる", "ています", "てます"),
             ("ていた", "てた", "ていました", "てました"), ("ていなかった", "てなかった", "ていませんでした"))


@lru_cache(maxsize=16384)
def inflected_spellings(raw: str) -> tuple[str, ...]:
    """Other forms of a Japanese keyword ending in a progressive/stative verb form (see above)."""
    out: list[str] = []
    for te in ("て", "で"):
        for group in sorted(_TE_FORMS, key=lambda g: -len(g[0])):
            forms = [te + f[1:] for f in group]
            end = next((f for f in sorted(forms, key=len, reverse=True) if raw.endswith(f)), None)
            if end is None:
                continue
            stem = raw[: len(raw) - len(end)]
            if not stem:
                return ()
            out.extend(stem + f for f in forms if f != end and stem + f not in out)
            return tuple(out)
    return tuple(out)


@lru_cache(maxsize=4096)
def _segments(text: str) -> tuple[tuple[str, str], ...]:
    conv = _converter()
    if conv is None:
        return ()
    return tuple((seg["orig"], seg["hira"]) for seg in conv.convert(text))


def kanji_spelled(text: str, kana: str, max_run: int = 3) -> tuple[str, ...]:
    """The kanji spellings in ``text`` (as written) of the hiragana word ``kana``: runs of up to
    ``max_run`` dictionary segments holding a kanji whose reading is ``kana`` ("好きな花は向日葵" ->
    ("向日葵",) for ひまわり). Empty when ``text`` has no kanji or ``kana`` is shorter than three kana
    (too many homophones)."""
    if len(kana) < 3 or not _KANJI.search(text):
        return ()
    segs = _segments(text)
    out: list[str] = []
    for i, start in _starts(segs):
        orig, reading = "", ""
        for n, (o, h) in enumerate(segs[i:i + max_run]):
            if n == 0:
                o, h = o[start:], (h or o)[start:]
            orig, reading = orig + o, reading + (h or o)
            if len(reading) > len(kana) or not kana.startswith(reading):
                break
            if reading == kana and _KANJI.search(orig) and orig not in out:
                out.append(orig)
    return tuple(out)


def _starts(segs: tuple[tuple[str, str], ...]):
    """Where a spelling may start: each segment's start, and inside a segment of kana only (read as
    written), each of its kana: the dictionary glues a particle to the kana half of a mixed spelling
    ("鶏のささ身" is segmented の|ささ + 身), which then starts inside that segment."""
    for i, (o, h) in enumerate(segs):
        yield i, 0
        if o == h and len(o) > 1 and _KANA_ONLY.fullmatch(o):
            for k in range(1, len(o)):
                yield i, k


_KANA_ONLY = re.compile("[ぁ-ゖー]+")
