"""Why one occurrence of a keyword does not assert it, read in the clause and the sentence that
carry it: asked back, negated, conditional, attributed to others, a wish, a plan, a thing of the
past, another quantity or time, said by or of someone else (voice.py, frames.py, stance.py,
other_sense.py). assertion.py judges each keyword item from these verdicts; its module doc lists
the rules.
"""

from __future__ import annotations

import re

from raiden_r1.canon import Term
from raiden_r1.data.perspective import relation_nouns

from .wished_such import wished_such
from .last_word import echo_confirmed
from .analysis import Answer, cue_at_start, cue_in_text, saying_pieces
from .approximate_card import approximate_before
from .asked_tense import past_for_next
from .bare_negation import bare_negation, paused_negation
from .desired_verb import desired_verb
from .called_off import called_off
from .called_me import en_called_me, ko_called_me
from .honorific_naming import honorific_naming
from .visited_place import visited_only
from .longer_place import longer_place
from .named_venue import named_venue
from .clock import clock_conflict
from .lexicon import cues
from .matching import PreparedTruth
from .counted_number import counted_after
from .number_unit import other_unit
from .word_form import inflected_form
from .other_sense import asked_about_now, asks_label, number_label, said_otherwise
from .fact_owners import kin_owner
from .frames import (ended_next, excluded, given_role, is_age, later_doubt, question_tail, relative_speaks, reported,
                     rumour_tag, said_in_error, source_after, wished_for)
from .comparison import best_by_comparison
from .not_conditions import not_conditions, topic_conditions
from .disowned import disowned_issue, report_joined
from .empty_identity import empty_identity
from .quoted_claim import quoted_claim_issue
from .unserious import unserious_issue
from .report_scope import report_closed
from .speaker_roles import speaks_itself
from .stance import echo_wished, former_then_now, stance_issue
from .sufficiency import content_masked, sufficiency_masked
from .clause_text import clause_before, clause_rest
from .likened import asked_unmarked, likened, measured_name
from .voice import perspective_issue
from .words_back import user_words_back
from .self_tag import self_tag_blanked
from .rhetorical_confirm import confirmed_question
from .occurrence_context import (AGE_WHEN, age_when_unspaced, label_asked, lower_case_name, relatives_relative,
                                 self_as_place, someone_else_does, unit_mismatch, verb_later_negated)

_has = cue_in_text  # a cue of a kind anywhere in a canonical text


# (session 33: in every speech level, archaic and polite ones included, "복실이라고 하옵니다", "서희라 하오",
# "서희라 불러 주시오"; not a past or a report, "라고 하더라", "라고 했대")
_KO_NAMING = re.compile(r"^(?:이)?라(?:고)? (?:해요|합니다|해|하지|하죠|하지요|합죠|하오|하옵니다|하옵지요|하외다|하오이다|하네|하우|"
                        r"불러요|불러|부릅니다|부르오|부르지요|불러 (?:주|줘|다오)[가-힣]*)(?![가-힣])")

# A negation that belongs to the noun before it and hands the slot to the keyword after it.
_NOT_X_BUT = {"ko": re.compile(r"(?:아니고|아니라|말고|아니구|아니요|아녀) ?$"),
              "ja": re.compile(r"(?:じゃなくて|ではなくて|じゃなく|ではなく|やなくて|じゃのうて) ?$"),
              "zh": re.compile(r"(?<!不)而是$")}


# The same with the keyword inside ("어떻게 지민이를 잊어", "怎么会忘了小美"), and "你女朋友不是叫小美嘛":
# 不是…嘛 says "it is, of course" (不是…吗？ still asks).
_FORGET_AROUND = {"ko": re.compile(r"어떻게 .{1,16}(?:잊어|잊겠|잊을|잊냐|잊니)"),
                  "zh": re.compile(r"(?:怎么会|怎么可能|哪能|哪会).{0,10}(?:忘|不记得)|不是.{1,12}嘛$")}

# A question about the age at which something happened ("何歳の時", "几岁那年", "몇 살 때", "how old were you
# when"): there the age of the past is the answer.
_ASKS_AGE_WHEN = ("とき", "时", "ころ", "頃", "顷", "那年", "时候", "때", "무렵", "when")

# An English condition with the verb first: "Had I stayed in Leeds, ...", "Were my father Ambrose,
# ...", "Had my father been Ambrose, ..." (not "Had my first job in Leeds", a dropped "I").
_EN_INVERTED_IF = re.compile(r"^(?:had|were|should) (?:i|we|he|she|they|it)\b|"
                             r"^(?:had|were) (?:my|our|his|her|their|the|your) (?:\S+ ){1,3}(?:been|known|lived|stayed|gone|"
                             r"had|born|married|taken|chosen|not)\b|^were (?:my|our|his|her|their|the|your) ")


def _sentence_after(ans: Answer, ci: int, pos: int, term: Term) -> str:
    """The keyword's sentence after it (its clause's rest and the sentence's later clauses)."""
    later = " ".join(c.text for c in ans.clauses[ci + 1:] if c.sentence == ans.clauses[ci].sentence)
    return f"{clause_rest(ans, ci, pos, term)} {later}"


# Korean (이)라니 right on the keyword, a counter or unit between ("26살이라니", "서울이라니요")
# Korean "you said ..., right?" closing the clause that recalls the user's words
_KO_YOU_SAID = re.compile(r"(?:다며|라며|다면서|라면서|댔잖아|랬잖아)(?:요)?$")
_KO_RANI_ON_KEY = re.compile(r"^[가-힣]{0,2}?(?:이)?라니")
_KO_KEY_AS_SUBJECT = re.compile(r"^(?: ?[가-힣]{1,3}?)?(?:이|가|은|는|께서|도)(?: |$)")


def occurrence_issue(ans: Answer, ci: int, pos: int, term: Term, prep: PreparedTruth) -> str | None:
    """Why one occurrence does not assert its keyword, or None (see assertion.py's module doc)."""
    cl = ans.clauses[ci]
    allowed = prep.allowed_cues
    # "How could I forget Lily?", "怎么会不记得小美呢", "7時を忘れるわけないでしょ", "어떻게 지민이를 잊어?":
    # a question or a negation about forgetting it asserts the keyword
    if _has(cl.text, ans.language, "rhetorical_yes") or (
            ans.language in _FORGET_AROUND and _FORGET_AROUND[ans.language].search(cl.text)):
        allowed = allowed | {"question", "negation", "rhetorical", "sarcasm"}
        if not relation_nouns(cl.text) and not _has(cl.text, ans.language, "third_person"):
            allowed = allowed | {"hearsay"}  # "不是说了苏州吗": the saying is the character's or the user's
    if ans.language == "ko" and prep.truth.subject == "user" and _KO_YOU_SAID.search(cl.text) and \
            not _has(cl.text, "ko", "rumour_subjects"):
        allowed = allowed | {"question"}  # "지유랑 안동 놀러 간다며?": "you said so, didn't you" (session 36, rev77)
    if confirmed_question(ans, ci):
        allowed = allowed | {"question", "negation"}  # "不是叫团子吗？你说过的呀": isn't it X? (it is)
    if report_joined(ans, ci, prep):
        allowed = allowed | {"hearsay", "rumour"}  # "People call it Greywind, and so do I": the character's too
    if (cl.question or question_tail(ans, ci)) and "question" not in allowed and not echo_confirmed(ans, ci, pos):
        wish = "wish" not in allowed and echo_wished(ans, ci)
        return f"negated (a wish: '{wish}')" if wish else "asked back"
    # (only where the gold answer's own negation let it through, not a confirming "서윤이 아니에요?")
    if "negation" in allowed and allowed == prep.allowed_cues and not cl.question and \
            (bare := bare_negation(ans, ci, pos, term)):
        return bare  # "Not under the birch": the gold answer's negations elsewhere do not cover this one
    if "question" not in allowed and (paused := paused_negation(ans, ci, pos, term)):
        return paused  # "こはく……ではないのでございます": a pause, then a denial dressed as a polite ending
    clock = prep.clocks.get(term.norm)
    if clock and (other := clock_conflict(ans.match, pos, term, clock)):
        return f"another time ('{other}')"
    if any(c.isdigit() for c in term.norm) and not asks_label(prep) and \
            (label := number_label(ans, pos, term, ans.language)) and not label_asked(label, prep):
        return f"a number of another kind ('{label}')"
    if self_as_place(ans, ci, pos, term, prep):
        return "the place said as what the character is ('I'm <place>'), not asserted"
    if (form := inflected_form(ans, term, prep)):
        return f"another form of the word ('{form}')"  # "moonlit eels" for the password (word_form.py)
    if any(c.isdigit() for c in term.norm) and (unit := other_unit(ans, pos, term, prep)):
        return f"a number of another kind ({unit})"  # "二百四十里外" for 240 sheep (number_unit.py)
    if any(c.isdigit() for c in term.norm) and asks_label(prep) and \
            (counted := counted_after(cl.text, term.canon, prep.answer_norm, ans.language)):
        return f"a number of another kind (a count: '{counted}')"  # (counted_number.py)
    # Cue words inside the keyword itself ("형제가 없", "泳げない") say nothing about asserting it.
    own = term.canon
    text = cl.text.replace(own, " ", 1) if own and own in cl.text else cl.text
    for piece in saying_pieces(term.raw):  # (a saying of two clauses, "剑不出鞘，便是慈悲": each clause's part)
        text = text.replace(piece, " ", 1)
    # (nor inside the record's other keywords: "在深圳整无人机" holds 无 in 无人机)
    for alts in prep.items:
        if any(a.canon == own for a in alts):
            continue  # (the same item's other spellings are no other keyword)
        for a in alts:
            if a.canon and len(a.canon) >= 2 and a.canon in text:
                text = text.replace(a.canon, " ")
    lang = ans.language
    user_fact = prep.truth.subject == "user" or prep.truth.focus == "conversation_memory"
    # A condition or a report opens the whole sentence: "If I had a cat, I'd call him X",
    # "People back home say, well, X".
    earlier = " ".join(c.text for c in ans.clauses[ans.sentence_span(ci)[0]:ci])
    if prep.truth.self_name:  # "1,200 metres, says Pip!": its own voice, no report (self_tag.py)
        text, earlier = self_tag_blanked(text, prep.names, lang), self_tag_blanked(earlier, prep.names, lang)
    heard = report_closed(ans, ci, earlier)  # "X と言われるが、Y": the report is X's alone
    sentence = None
    for kind, label in (("conditional", "conditional"), ("hearsay", "attributed to others"),
                        ("rumour", "attributed to others"), ("doubt", "not asserted (doubt)"), ("negation", "negated")):
        if kind in allowed or (kind == "rumour" and "hearsay" in allowed and not user_fact):
            continue
        if kind in ("rumour", "conditional") and user_words_back(ans, ci, pos, term, prep):
            continue  # "통영이래요", "통영이라면서요" asked what the user said: the user's words given back
        if kind == "hearsay" and user_fact and not relative_speaks(text, lang, prep.question_relations, term.canon):
            continue  # "You said your exam is on March 14" recalls the user's words (not "弟は…って言ってた")
        if kind == "hearsay" and lang == "ko" and prep.asks_name and _KO_NAMING.match(clause_rest(ans, ci, pos, term)) \
                and not relation_nouns(f"{earlier} {clause_before(ans, ci, pos)}") \
                and not _has(f"{earlier} {clause_before(ans, ci, pos)}", lang, "rumour_subjects"):
            continue  # "보리라고 해요": how a Korean gives a name ("it is called Bori"), no report
        if kind == "hearsay" and lang == "ko" and honorific_naming(f"{earlier} {clause_before(ans, ci, pos)}",
                                                                    clause_rest(ans, ci, pos, term), prep):
            continue  # "박만석이라고 하세요": an elder's name said with -시- (honorific_naming.py)
        if kind == "hearsay" and not earlier and lang in ("en", "ko") and (
                en_called_me(clause_before(ans, ci, pos), _sentence_after(ans, ci, pos, term), prep) if lang == "en"
                else ko_called_me(clause_before(ans, ci, pos), clause_rest(ans, ci, pos, term),
                                  _sentence_after(ans, ci, pos, term), prep)):
            continue  # "They call me Pumpernickel", "다들 순자라고 불러": it names itself (called_me.py)
        scope = text if kind == "negation" or not earlier else f"{heard if kind in ('hearsay', 'rumour', 'conditional') else earlier} {text}"
        if kind == "negation" and _NOT_X_BUT.get(lang) and _NOT_X_BUT[lang].search(clause_before(ans, ci, pos)):
            # "서울 아니고 부산이요", "東京じゃなくて大阪", "不是无锡而是苏州": the negation is the other noun's
            scope = clause_rest(ans, ci, pos, term)
        if kind == "negation" and (ex := excluded(ans, ci, pos, term, lang)) and ex[1]:
            continue  # "札幌以外に住んだことない": nothing but the keyword
        if kind == "negation" and best_by_comparison(clause_before(ans, ci, pos), clause_rest(ans, ci, pos, term), cl.text, lang):
            continue  # "プリンほど好きなものはない", "Nothing beats pudding": the keyword is the best
        if kind == "rumour" and user_fact:  # "치과의사라고 들었어요, 누군가한테": the source may come after
            sentence = sentence or " ".join(c.text for c in ans.clauses[slice(*ans.sentence_span(ci))])
            scope = sentence.replace(own, " ", 1) if own and own in sentence else sentence
        if kind == "conditional":
            scope = not_conditions(scope, lang)  # "말이라면 누구보다 잘 타오", "回客官的话": no condition
            # ("お嬢さんのお誕生日やったら、6月14日どすな": the question's topic before the value, not a condition;
            # session 35. Read on the words before the keyword as written, and not a topic naming the character)
            pre = f"{heard if earlier else ''} {clause_before(ans, ci, pos)}"
            shown = prep.keyword_norms + tuple(t.norm for t in prep.negatives) + prep.names
            # (a yes/no question is answered by a condition, not a topic: "将棋なら得意なんだけどね")
            if not prep.yes_no and (topic := topic_conditions(pre, prep.question_units, shown, lang)) != pre:
                scope = sufficiency_masked(not_conditions(f"{topic} {clause_rest(ans, ci, pos, term)}", lang), ans, ci, lang)
            scope = sufficiency_masked(scope, ans, ci, lang)  # "ホッケの干物があれば何もいらね": treasured
        if kind == "negation":
            scope = content_masked(scope, lang)  # "I need nothing else", "아무것도 필요 없어": contentment
        cue = _has(scope, lang, kind) or (_has(scope, "en", kind) if lang != "en" and text.isascii() is False
                                           and any("a" <= c <= "z" for c in text) else None)
        if cue and kind == "doubt" and approximate_before(ans, ci, pos, term, cue, prep):
            cue = None  # "大概一米七五" for the card's "一米七五左右": the card's own approximation
        if cue and kind in ("hearsay", "rumour") and cue.endswith(("说", "讲")) and not any(h in cue for h in "听据传") \
                and speaks_itself(scope[:scope.find(cue)], lang):
            cue = None  # "我每次都说：聒噪": the character's own words, not what everyone says
        if cue:
            return f"{label} ('{cue.strip()}')"
    # "Rex, assuming I had one.", "Rex, you mean?", "Rex, for the sake of argument": a condition or a
    # doubt tagged on as the next clause of the sentence
    nxt = ans.clauses[ci + 1] if ci + 1 < len(ans.clauses) else None
    if nxt is not None and nxt.sentence == cl.sentence:
        for kind, label in (("condition_tag", "conditional"), ("doubt", "not asserted (doubt)")):
            tag = ("conditional" if kind == "condition_tag" else kind) not in allowed and cue_at_start(nxt.text, lang, kind)
            if tag:
                return f"{label} ('{tag.strip()}')"
    if lang == "en" and "conditional" not in allowed:
        opening = (earlier or text).strip()
        if _EN_INVERTED_IF.match(opening):
            return f"conditional ('{opening.split(' ')[0]} ...')"
    if "hearsay" not in allowed and not user_fact:
        cue = source_after(ans, ci, lang)
        if cue and prep.truth.self_name and not self_tag_blanked(ans.clauses[ci + 1].text, prep.names, lang).strip():
            cue = None  # "1,200 metres, says Pip!": the self-naming character's own tag (self_tag.py)
        if cue:
            return f"attributed to others ('{cue}')"
    if "rhetorical" not in allowed:
        turn = _has(cl.text, lang, "rhetorical")  # unmasked: "哪会" shares its 会 with "会游泳"
        if turn and lang == "ko" and turn.strip().endswith(("라니", "라니요")) and \
                not _KO_RANI_ON_KEY.match(rest := clause_rest(ans, ci, pos, term)) and not _KO_KEY_AS_SUBJECT.match(rest):
            # "26살ㅋㅋ 벌써 이십대 후반이라니": the disbelief is another word's (session 36, rev77); not where the
            # keyword is the subject of the doubted predicate ("한도윤 의원이 소녀의 스승이라니요")
            turn = None
        if turn:
            return f"negated (rhetorical '{turn.strip()}')"
    if lang == "ja" and "negation" not in allowed and clause_rest(ans, ci, pos, term).startswith(("なんて", "なんか")):
        # "大漁丸なんて船、聞いたこともねえ": なんて sets the keyword up to be dismissed later on
        sentence = " ".join(c.text for c in ans.clauses[ci:] if c.sentence == cl.sentence)
        cue = _has(sentence.replace(own, " ", 1) if own else sentence, lang, "negation")
        if cue:
            return f"negated ('{cue.strip()}')"
    if lang in ("ja", "ko") and "negation" not in allowed:
        # "盆栽も俳句も、私は全然やりません", "바둑도 그림도, 전 안 해요": a topic or object list whose
        # verb comes later in the sentence takes that verb's negation
        cue = verb_later_negated(ans, ci, lang)
        if cue:
            return f"negated ('{cue}')"
    if "hearsay" not in allowed and "rumour" not in allowed:
        tag = rumour_tag(ans, ci, lang)
        if tag and prep.truth.self_name and not self_tag_blanked(ans.clauses[ci + 1].text, prep.names, lang).strip():
            tag = None  # "1,200 metres, says Pip!": the self-naming character's own tag (self_tag.py)
        if tag:
            return f"attributed to others ('{tag}')"
    if "hearsay" not in allowed:
        before = f"{heard} {clause_before(ans, ci, pos)}".strip()
        if prep.truth.self_name:
            before = self_tag_blanked(before, prep.names, lang).strip()  # "Pip says 1,200!" (self_tag.py)
        verb = reported(before, lang, user_fact, clause_rest(ans, ci, pos, term) if term.cjk else "")
        if verb:
            return f"attributed to others ('{verb}')"
    if "negation" not in allowed and (cue := _has(text, lang, "dislike")):
        return f"negated (disliked: '{cue.strip()}')"  # "ぽん太は柿が大嫌いだぽん" asked what it loves
    if lang == "en" and prep.asks_name and lower_case_name(ans.raw, term.raw):
        return f"not the name ('{term.raw.lower()}' written as a common word)"
    if relation_nouns(term.norm):
        owner = relatives_relative(clause_before(ans, ci, pos))
        if owner:
            return f"names another person's relative ('{owner}')"
    if term.numeric:
        unit = unit_mismatch(ans, pos, term, prep, lang)
        if unit:
            return unit
    if "future" not in allowed and any(c.isdigit() for c in term.norm) and is_age(term, prep):
        cue = _has(f"{earlier} {text}", lang, "future")
        if cue:  # "I'll be 42 next spring", "明年我就26岁了", "もうすぐ38歳": not the age now
            return f"not yet ('{cue.strip()}')"
    # (not when the question asks at what age something happened: "몇 살 때 올라오셨어요?" - "열다섯 살 때",
    # unless the clause gives the event to someone else: "15살 때 동생이 올라왔어요")
    if lang in AGE_WHEN and any(c.isdigit() for c in term.norm) and is_age(term, prep) and \
            (m := AGE_WHEN[lang].match(clause_rest(ans, ci, pos, term)) or age_when_unspaced(ans, ci, pos, term, lang)) and \
            (not (_has(prep.question_norm, lang, "age_at_question")
                  or any(w in prep.question_norm for w in _ASKS_AGE_WHEN)) or someone_else_does(ans, ci, pos, lang)):
        return f"an age of the past ('{m.group(0).strip()}')"  # "我28岁那年换了工作", "I was 34 when I joined"
    role = given_role(ans, ci, pos, term, prep)
    if role:
        return f"given another role ('{role}')"
    kin = kin_owner(ans, ci, pos, term, prep)
    if kin:
        return f"given another role (a relative's: '{kin}')"
    if "former" not in allowed:
        now = former_then_now(ans, ci, lang, _has(f"{earlier} {text}", lang, "former"))
        if now:  # "以前用C，现在全换成Rust了", "I once had X, but I keep none now": taken back by what holds now
            return f"taken back ('{now[0].strip()}' ... '{now[1].strip()}')"
        was = _has(f"{earlier} {text}", lang, "former")
        ended = was and _has(" ".join(c.text for c in ans.clauses[ci:]), lang, "ended")
        if ended:  # "I used to be married to Dana, back before the divorce"
            return f"taken back ('{was.strip()}' ... '{ended.strip()}')"
    if "former" not in allowed and "no_longer" not in allowed:
        gone = _has(f"{earlier} {text}", lang, "no_longer")
        if gone and asked_about_now(ans, prep, lang):
            return f"taken back ('{gone.strip()}': true once, asked about now)"  # "I used to be a magician"
    issue = said_otherwise(ans, ci, pos, prep, lang, allowed)
    if issue:
        return issue
    if "ended" not in allowed:
        ended = _has(text, lang, "ended")
        if ended:  # "Biscuit died years ago", "윤서영이랑은 작년에 이혼했어요": true once, not now
            return f"taken back ('{ended.strip()}')"
        ended = ended_next(ans, ci, lang)
        if ended:
            return f"taken back ('{ended}')"
    if "wish" not in allowed:
        wish = wished_for(ans, ci, f"{earlier} {text}", lang, prep.names, prep.other_norms) or wished_such(ans, ci, lang) \
            or desired_verb(ans, ci, pos, term, lang)  # ("将棋を習いたいです": the verb of wanting, any verb)
        if wish:
            return f"not yet (a wish or a plan: '{wish}')"
    if "ignorance" not in allowed and "doubt" not in allowed:
        unsure = later_doubt(ans, ci, lang)
        if unsure:
            return f"not asserted (doubt '{unsure}')"
    ex = excluded(ans, ci, pos, term, lang)
    if ex and not ex[1]:
        return f"negated (excluded: '{ex[0]}')"
    err = said_in_error(ans, ci, lang)
    if err:
        return f"taken back ('{err}')"
    # (reward/stance.py: a wish after an echo, a classical negative, the keyword given to another, another identity)
    # (reward/disowned.py: a report declined, the value handed to another, the asked thing withheld, made up)
    # (reward/quoted_claim.py: asked who said it, quoted into a question or a supposition, called an error, envied, dreamt)
    if "former" not in allowed and (past := past_for_next(ans, ci, prep)):
        return f"taken back (the past for a question about what comes next: '{past}')"  # (asked_tense.py)
    if visit := visited_only(ans, ci, pos, term, prep):
        return f"another slot (a place once visited, not the hometown: '{visit}')"  # (visited_place.py)
    if place := longer_place(ans, pos, term, prep):
        return f"another sense (part of another place's name: '{place}')"  # (longer_place.py)
    if venue := named_venue(ans, pos, term, prep):
        return f"another sense (the name of a venue: '{venue}')"  # (named_venue.py)
    if empty := empty_identity(ans, ci, term, prep):
        return empty  # "My observation deck is the observation deck." (empty_identity.py)
    if plan := called_off(ans, ci, pos, term, prep):
        return f"not asserted (a plan called off: '{plan}')"  # (called_off.py)
    # (likened.py, session 36: "Tell me, do you know K", "You remind me of K", "Blaze kilograms.")
    if "question" not in allowed and (asked := asked_unmarked(ans, ci)) and not echo_confirmed(ans, ci, pos):
        return f"asked back (no mark: '{asked}')"
    if like := likened(ans, ci, pos, term, prep):
        return f"not asserted (a likeness: '{like}')"
    if unit := measured_name(ans, ci, pos, term):
        return f"another sense (a name said as a measure: '{unit}')"
    return perspective_issue(ans, ci, pos, term, prep) or stance_issue(ans, ci, pos, term, prep, text, allowed) \
        or disowned_issue(ans, ci, pos, term, prep, allowed) or quoted_claim_issue(ans, ci, pos, term, prep) \
        or unserious_issue(ans, ci, pos, term, prep)
