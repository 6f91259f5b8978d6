"""The date of an event: the time expression of its own clause, an earlier telling of it, else the
publication date, said plainly (issue 7).

What dates a clause is not always what dates an event in it. Measured with ``newsledger eval event-anchors``
on passages of our own labelled with each event's date, and on TimeML's links (whose annotators anchor an
event to dates this module leaves aside: docs/quality/events.md, eighth pass):

- a date that modifies another noun dates that noun: "That 1978 resolution calls for ..." does not put the
  call in 1978, nor "citing fraud in Sunday's runoff" the rally that cites it;
- an event noun takes its clause's date only when the clause tells it happening: as its subject ("the
  bombings occurred on Friday"), through its carrier ("staged a protest on Monday"), as its setting ("at a
  rally"). "condemned the bombing on Tuesday" and "ten days before the murder" say nothing of its date;
- the date of a report, or of a date line, is not the date of what it reports: "At least 82 were killed,
  officials said as dawn broke Saturday", "KYIV, March 4 (Reuters) -";
- another clause's date is its own event's: "a day after the United States opened its embassy on Monday";
- an event noun retold ("the killing", "Slepian's slaying") keeps the one day the article gave that kind of
  event before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.events.found import SUBJECT_DEPS, _definite, _light_verb
from newsledger.extract.times import governing_time
from newsledger.nlp.datelines import dateline_at
from newsledger.records import EventTime, TimeExpression

PUBLICATION_DATE_TEXT = "(publication date)"

DAY = re.compile(r"\d{4}-\d\d-\d\d")
DATING_TYPES = frozenset({"DATE", "TIME"})
# A date hanging on a noun by one of these dates that noun ("That 1978 resolution", "Friday's attack").
NOUN_DATE_DEPS = frozenset({"amod", "compound", "nummod", "poss", "nmod", "npadvmod"})
NOUN_SUBJECT_DEPS = SUBJECT_DEPS | {"nsubjpass"}
# Verbs by which people take part in an event noun's event, which then happens when they do.
TAKING_PART = frozenset({"join", "attend", "participate", "lead", "witness", "stage", "hold", "address",
                         "interrupt", "disrupt"})
# Verbs of monitors and witnesses: fire is observed or heard when it happens ("the SMM observed 46 explosions").
PERCEIVING = frozenset({"observe", "record", "register", "hear"})
# Prepositions that make an event noun the setting of its clause ("spoke at a rally", "during the protest").
SETTING_PREPS = frozenset({"at", "during", "amid", "amidst", "throughout"})
# Verbs whose time is that of a report, not of what it reports. Narrower than the reporting verbs that make an
# event "reported": "warned", "declared" or "admitted" are events of their own, dated by their clause.
REPORTING = frozenset({"say", "tell", "report", "add", "state", "confirm", "announce", "claim", "note",
                       "write", "explain", "quote", "reveal", "disclose", "allege", "acknowledge"})
TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "day", "week", "weekend", "month", "year",
                        "dawn", "dusk", "time", "hour", "noon", "midnight"})
# "169 people died in the shooting on Friday": the casualties happen in the event.
CASUALTY_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt"})
# Prepositions that place an event by another one ("weeks after the death of Mahsa Amini").
SEQUENCE_PREPS = frozenset({"after", "before", "following", "since"})
# "a day after", "two weeks before": an event dated by counting from another one's day.
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}
COUNTED_FROM = re.compile(r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                          r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b", re.IGNORECASE)


@dataclass
class Dating:
    """Dates the events of one document in order; remembers the dates given so retellings keep them."""

    context: ExtractContext
    text: str  # the document's text (spaCy's ``Doc.text`` joins the tokens anew on each call)
    last: dict[tuple[str, str], tuple[int, EventTime]] = field(default_factory=dict)
    stated: list[tuple[str, EventTime]] = field(default_factory=list)

    def date(self, tok: Token, type_: str, modality: str) -> EventTime | None:
        key = (type_, tok.lemma_.lower())
        time = event_time(tok, self.text, self.context.times)
        if time is not None:
            self.last[key] = (tok.sent.start, time)
            self.stated.append((type_, time))
            return time
        retold = _retold(key, tok.sent, self.last) or self._same_kind_before(tok, type_)
        return retold or publication_time(self.context, modality)

    def _same_kind_before(self, tok: Token, type_: str) -> EventTime | None:
        """ "the bombing", "Slepian's slaying": the day the article gave the events of this type before, when
        it gave them all one day (with two, which one is meant is a guess). A vaguer date ("earlier this
        year") is more often another event's, or a run of them, and does not count."""
        if tok.pos_ == "VERB" or not _definite(tok):
            return None
        days = {time.value: time for kind, time in self.stated if kind == type_ and DAY.match(time.value)}
        return next(iter(days.values())) if len(days) == 1 else None


def event_time(tok: Token, text: str, times: Sequence[TimeExpression]) -> EventTime | None:
    """The date the document's ``text`` gives the event whose trigger is ``tok``, or None."""
    time = _clause_time(tok, text, times)
    return _counted_from_another(tok, times, time) or time


def _counted_from_another(tok: Token, times: Sequence[TimeExpression], own: EventTime | None) -> EventTime | None:
    """ "A general strike shut shops a day after the United States opened its embassy on Monday", "protested a
    day after Tuesday's election": the event is dated by counting from the other one's day, unless its own
    clause gives a date first ("held on Wednesday, two days after ...")."""
    sent = tok.sent
    match = COUNTED_FROM.search(sent.text, max(tok.idx + len(tok.text) - sent.start_char, 0))
    if match is None:
        return None
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    if own is not None and own.text != PUBLICATION_DATE_TEXT and any(
            t.text == own.text and tok.idx < t.start < start for t in times):
        return None
    # "The arrest was announced by the prosecutor, two days after ...": the count dates the report.
    if any(w.lemma_.lower() in REPORTING and tok.i < w.i and w.idx < start for w in sent):
        return None
    later = [t for t in times if t.type in DATING_TYPES and end <= t.start < sent.end_char and DAY.match(t.value)]
    if not later:
        return None
    anchor = min(later, key=lambda t: t.start)
    count = COUNT_WORDS.get(match["count"].lower()) or int(match["count"])
    days = count * (7 if match["unit"].lower().startswith("week") else 1)
    day = date.fromisoformat(anchor.value[:10]) + timedelta(days=days if match["dir"].lower() == "after" else -days)
    return EventTime(day.isoformat(), f"{match.group(0)} {anchor.text}")


def _clause_time(tok: Token, text: str, times: Sequence[TimeExpression]) -> EventTime | None:
    doc = tok.doc
    sent = tok.sent
    # Only the trigger's sentence can date it from the text; looking no further keeps this cheap.
    roots = {id(t): root for t in times if t.type in DATING_TYPES and sent.start_char <= t.start < sent.end_char
             and (root := _root(doc, t)) is not None}
    pool = [t for t in times if id(t) in roots and not _dates_other_noun(roots[id(t)], tok)
            and not _after_another(roots[id(t)], tok) and not _in_dateline(text, t)]
    if not pool:
        return None
    if tok.pos_ != "VERB":
        own = [t for t in pool if _hangs_on(roots[id(t)], tok)]
        if own:
            nearest = min(own, key=lambda t: abs(t.start - tok.idx))
            return EventTime(nearest.value, nearest.text)
        if not _happens_in_clause(tok):
            return None
    clause = tok if tok.pos_ == "VERB" else _carrier(tok)
    pool = [t for t in pool if not _across_report(roots[id(t)], tok) and not _report_time(roots[id(t)])
            and not _in_other_clause(roots[id(t)], clause)]
    chosen = governing_time(pool, tok.idx, tok.idx + len(tok.text), doc) if pool else None
    return EventTime(chosen.value, chosen.text) if chosen is not None else None


def publication_time(context: ExtractContext, modality: str) -> EventTime | None:
    if context.published is None or modality in ("future", "hypothetical") or not context.times:
        return None
    return EventTime(context.published.isoformat(), PUBLICATION_DATE_TEXT)


def _root(doc: Doc, t: TimeExpression) -> Token | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None else None


def _dates_other_noun(root: Token | None, tok: Token) -> bool:
    """ "That 1978 resolution calls for ...", "citing fraud in Sunday's runoff": the date of another thing."""
    if root is None:
        return True
    head = root.head
    if root.dep_ not in NOUN_DATE_DEPS or head.pos_ not in ("NOUN", "PROPN") or head == tok:
        return False
    if head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in TIME_NOUNS:
        return False  # "Friday night"
    verb = head.head
    # "The Aug. 7 bombings killed 200": the dated event is what the past clause tells
    return not (head.dep_ in NOUN_SUBJECT_DEPS and verb.tag_ in ("VBD", "VBN"))


def _after_another(root: Token | None, tok: Token) -> bool:
    """ "beat students, weeks after the death in custody of Mahsa Amini in September": a date that hangs inside
    the phrase of what the event came after or before dates that, not the event ("since Monday", the phrase's
    own object, does date it)."""
    current = root
    for _ in range(8):
        if current is None or current == tok or current.head == current or current.pos_ in ("VERB", "AUX"):
            return False
        head = current.head
        if head.dep_ == "prep" and head.lower_ in SEQUENCE_PREPS:
            return current != root
        current = head
    return False


def _hangs_on(root: Token | None, noun: Token) -> bool:
    """The date is the noun's own: "the Oct. 23 slaying", "the attack on Friday", "the 1998 abortion clinic
    bombing", "shootings that injured doctors in November"."""
    if root is None:
        return False
    between = root.doc[root.i + 1:noun.i]
    if root.i < noun.i and len(between) < 6 and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT")
                                                     for t in between):
        return True  # before the noun in its own phrase, however the parser hung it
    if any(clause.dep_ in ("relcl", "acl") and _hangs_on(root, clause) for clause in noun.children):
        return True
    current = root
    for _ in range(3):
        if current is None or current.head == current:
            return False
        current = current.head
        if current == noun:
            return True
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("relcl", "acl"):
            return False
    return False


def _happens_in_clause(noun: Token) -> bool:
    """The noun's clause tells its event happening, so the clause's date is the event's."""
    if _carrier(noun) is not None:
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "took part in the protest", "joined in the attack"
    return head.pos_ == "VERB" and head.lemma_.lower() in TAKING_PART | {"take"} and (
        head.lemma_.lower() != "take" or any(c.lower_ == "part" for c in head.children))


def _carrier(noun: Token, depth: int = 0) -> Token | None:
    """The verb or noun by which the event noun happens: its clause when it is the subject ("the bombings
    occurred") or the setting ("told supporters at a rally"), the light verb ("staged a protest"), itself
    at the head of a headline; through the phrase it is part of ("announced the opening of recruitment
    centres")."""
    if noun.dep_ in NOUN_SUBJECT_DEPS or noun.dep_ == "ROOT":
        return noun.head
    light = _light_verb(noun)
    if light is not None:
        return light
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PERCEIVING:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and (
            prep.lower_ in SETTING_PREPS or (prep.lower_ == "in" and (
                noun.lemma_.lower() == "protest" or prep.head.lemma_.lower() in CASUALTY_VERBS))):
        return prep.head
    if depth < 2 and (noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "of")):
        holder = noun.head if noun.dep_ == "compound" else noun.head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            return _carrier(holder, depth + 1)
    return None


def _across_report(root: Token | None, tok: Token) -> bool:
    """A reporting verb stands between the date and the event ("killed ..., officials said Saturday")."""
    if root is None:
        return True
    above_tok = {a.i for a in tok.ancestors} | {tok.i}
    current = root
    while current.i not in above_tok:
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() in REPORTING:
            return True
        if current.head == current:
            break
        current = current.head
    # The lowest common ancestor: the report itself, when the event is in its complement.
    return current != tok and current.pos_ == "VERB" and current.lemma_.lower() in REPORTING and \
        not _carries(current, tok)


def _report_time(root: Token | None) -> bool:
    """ "Police said on Thursday they had killed ...": the parser hangs the report's date on the reported
    verb when it stands between the two; before the reported clause's subject it is the report's."""
    if root is None:
        return True
    verb = root
    for _ in range(3):
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    report = verb.head
    if verb.dep_ != "ccomp" or report.lemma_.lower() not in REPORTING or not report.i < root.i < verb.i:
        return False
    subjects = [c.i for c in verb.children if c.dep_ in NOUN_SUBJECT_DEPS]
    return bool(subjects) and root.i < min(subjects)


def _in_other_clause(root: Token | None, clause: Token | None) -> bool:
    """The date belongs to a clause of its own that the event's clause does not hang from: "a day after the
    United States opened its embassy on Monday", "hostilities that began in the 1960s"."""
    if root is None or clause is None:
        return False
    above = {a.i for a in clause.ancestors} | {clause.i}
    current = root
    for _ in range(12):
        if current.i in above:
            return False
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            # "seized a tanker on Friday, two weeks after X detained ...": a date before the clause's "after"
            # is the main clause's, however the parser hung it.
            marks = [c.i for c in current.children if c.dep_ == "mark"]
            return not (marks and root.i < min(marks))
        if current.head == current:
            return False
        current = current.head
    return False


def _in_dateline(text: str, t: TimeExpression) -> bool:
    """ "KYIV, March 4 (Reuters) -": a dateline says when the report was filed, like the publication date."""
    dateline = dateline_at(text, t.start)
    return dateline is not None and t.end <= dateline.end


def _carries(verb: Token, tok: Token) -> bool:
    """ "announced the opening of centres on Friday": the announcement carries the event noun."""
    return tok.pos_ != "VERB" and _carrier(tok) == verb


def _retold(key: tuple[str, str], sent: Span, last: dict[tuple[str, str], tuple[int, EventTime]]) -> EventTime | None:
    """An event retold in the next sentences ("opening of recruitment centers ... on Friday. 'Recruitment
    centres have opened ...'") keeps the date given for it, when the same trigger word and type recur."""
    seen = last.get(key)
    if seen is None:
        return None
    gap = sum(1 for s in sent.doc.sents if seen[0] <= s.start < sent.start)
    return seen[1] if 0 < gap <= 2 else None
