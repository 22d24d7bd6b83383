"""A secret confided is no refusal to answer (session 34, r13). The refusal rule (other_sense.said_otherwise)
reads "年は内緒" anywhere in a one-item answer as the asked value withheld. But a speaker who gives the value
and then confides something else keeps the value: "そらメロンパンやん！毎朝つまみ食いしてんねん、内緒やで"
(the secret is the nibbling), "コタロウ！…ママにはないしょね" (a secret kept from mum), "엄마한테는 비밀이야",
"内緒だけど、メロンパンが好き" (a secret told). A refusal cue of the secret family is confiding when

- a person it is kept from stands right before it ("ママには内緒", "誰にも内緒", "엄마한테는 비밀");
- a "but" follows it ("内緒だけど", "비밀이지만": the secret is being told);
- it opens its clause, says little after it, and the clause before is a plain statement of some length, not
  the keyword's clause, not a question, not a topic or a concession ("…つまみ食いしてんねん、内緒やで").

Not confiding: "年は内緒", "好きなパンは、内緒やで", "ふふ、秘密でございます", "メロンパン？内緒やで". Known, not
caught: a refusal with a long statement before it that is no topic ("そんなん言えるかいな、内緒や" is read as
confiding; there the answer carries no keyword anyway)."""

from __future__ import annotations

import re

from raiden_r1.canon import canonical

from .analysis import Answer, cue_in_text

_SECRET_ROOTS = {"ja": tuple(canonical(w) for w in ("内緒", "ないしょ", "秘密")), "ko": ("비밀",)}
# (the person the secret is kept from, right before it)
_FROM = {"ja": ("に", "には", "にも", "にだけ"),
         "ko": ("한테", "한테는", "한테도", "한텐", "에게", "에게는", "에게도", "에겐", "께는", "께도")}
_BUT = {"ja": ("けど", "けれど", "だけど", "やけど", "ですけど", "ですが", "だが", "じゃけど"),
        "ko": ("지만", "이지만", "인데", "이긴 한데", "긴 한데")}
# (the clause before a bare "内緒やで" that makes it a refusal: a topic, a concession, a quotation)
_OPEN_ENDS = {"ja": ("は", "って", "なら", "けど", "が", "とか", "も"),
              "ko": ("는", "은", "지만", "라면", "이라면", "도")}
_ADDRESSEES = {"ja": ("あなた", "あんた", "君", "きみ", "お前", "おまえ", "殿方", "お客", "貴殿", "そなた", "おぬし", "お主"),
               "ko": ("당신", "너한", "너에", "손님", "그대", "자네", "댁한", "댁에", "님한", "님께", "님에")}
_MIN_STATEMENT = 6
_MAX_TAIL = 5
_JA_TOPIC = re.compile(r"(?<![でにと])は")


def _topic_before(before: str, lang: str) -> bool:
    """A topic inside the words before the person: "わたくしの誕生日は殿方には", "생일은 엄마한테는"."""
    if lang == "ja":
        return _JA_TOPIC.search(before[:-2] if before.endswith(("には", "にも")) else before) is not None
    return any(w.endswith(("은", "는")) for w in before.split()[:-1])


def _topic(text: str, lang: str) -> bool:
    return text.replace(" ", "").endswith(_OPEN_ENDS[lang][:2])


def _confiding(ans: Answer, i: int, cue: str, ci: int, lang: str) -> bool:
    text = ans.clauses[i].text
    p = text.find(cue)
    if p < 0:
        return False
    before, after = text[:p].rstrip(), text[p + len(cue):].strip()
    if after.startswith(_BUT[lang]) or cue.endswith(_BUT[lang]):
        return True
    if before.endswith(_FROM[lang]):
        # (kept from the one asking, or after the asked thing as a topic, it is withheld: "わたくしの
        # 誕生日は、殿方には秘密ですの", "あなたには内緒")
        topic = _topic_before(before, lang) or (i > 0 and _topic(ans.clauses[i - 1].text, lang))
        return not topic and not any(w in before for w in _ADDRESSEES[lang])
    if before or i == 0 or i - 1 == ci or len(after.replace(" ", "")) > _MAX_TAIL:
        return False
    prev = ans.clauses[i - 1]
    body = prev.text.replace(" ", "")
    return not prev.question and len(body) >= _MIN_STATEMENT and not body.endswith(_OPEN_ENDS[lang])


def confided(ans: Answer, ci: int, lang: str) -> bool:
    """Every refusal cue of the answer is a secret confided (above), none a value withheld. ``ci`` is the
    keyword's clause."""
    roots = _SECRET_ROOTS.get(lang)
    if roots is None:
        return False
    hits = [(i, cue) for i, cl in enumerate(ans.clauses) if (cue := cue_in_text(cl.text, lang, "refusal"))]
    return bool(hits) and all(any(r in cue for r in roots) and _confiding(ans, i, cue, ci, lang) for i, cue in hits)
