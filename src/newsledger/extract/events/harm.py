"""The people an event killed and injured, as ACLED counts fatalities.

A *harm statement* is a predicate that says people died or were hurt: "killed at least 12 people", "six
soldiers were killed", "12 people died", "left 3 dead and more than 100 injured", "the death toll rose to
34", "no one was hurt". Each gives a kind (killed or injured) and a figure read off its victims
(``figures.count_people``).

A statement belongs to an event when the parse ties them: the statement is the trigger itself, hangs on it
("shelled the town, killing six", "an ambush that killed four", "clashes that left 3 dead"), has it as
its subject ("the blast killed 12") or setting ("died in the clashes", "were killed when a car bomb
exploded"), or counts its toll ("the death toll from the air strike rose to 34"). A statement with a
setting of its own ("two people were killed in Sunday's shelling") belongs to that setting only. A toll or
a casualty sentence that names no new event and no other time ("Regional authorities said 45 people were
killed.") counts for the violent events of the sentence before. Several statements about one event add up
when they count different people; a toll gives the latest figure; of two figures for the same people, the
lower is kept (ACLED's conservative estimate).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.extract.events.dating import _carrier
from newsledger.extract.events.figures import UNKNOWN_PLURAL, child_with, count_one, count_people, read_number, vague
from newsledger.extract.events.found import _negated
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.nlp.repairs import stray_object

KILLED, INJURED = "killed", "injured"
KILL_VERBS = frozenset({"kill", "murder", "slay", "massacre", "execute", "behead", "lynch", "assassinate",
                        "slaughter", "butcher", "decapitate"})
DIE_VERBS = frozenset({"die", "perish", "succumb"})
INJURE_VERBS = frozenset({"injure", "wound", "hurt", "maim"})
# Verbs that kill when they end in "dead" or "to death" ("shot dead", "hacked to death").
HARM_VERBS = frozenset({"shoot", "gun", "hack", "beat", "stab", "burn", "stone", "bludgeon", "club", "crush",
                        "lynch", "torture", "find", "leave"})
DEATH_NOUNS = frozenset({"death", "fatality", "casualty", "dead"})
INJURY_NOUNS = frozenset({"injury", "injured", "wounded"})
DEAD_WORDS = frozenset({"dead"})
INJURED_WORDS = frozenset({"injured", "wounded", "hurt"})
TOLL_NOUNS = frozenset({"toll"})
# Verbs and prepositions whose death noun is what the event answers, not what it caused.
GRIEVING_VERBS = frozenset({"denounce", "condemn", "protest", "mourn", "oppose", "decry", "commemorate", "probe",
                            "investigate", "blame", "avenge", "demand"})
GRIEVANCE_PREPS = frozenset({"against", "over", "following", "after", "about", "into", "since"})
CAUSING_VERBS = frozenset({"trigger", "spark", "prompt", "provoke", "cause"})
# Words that leave a casualty count unknown.
UNKNOWN_WORDS = frozenset({"unknown", "unclear", "unconfirmed", "unspecified", "undetermined", "unreported",
                           "information"})
# Where an event is the setting of the harm ("died in the clashes", "killed during a raid").
SETTING_PREPS = frozenset({"in", "during", "by", "amid", "at"})
# "were killed when a car bomb exploded", "died after militants stormed the camp".
SETTING_MARKS = frozenset({"when", "as", "while", "after"})
# Ties by which a statement's predicate tells the harm of the event it hangs on ("shelled the town, killing
# six"; "an ambush that killed four"; "officials said 15 civilians had been killed").
CLIMB = frozenset({"advcl", "conj", "xcomp", "relcl", "acl", "ccomp", "dep", "oprd", "acomp", "parataxis"})
# A clause of what happened after or since ("a day after a barrage killed two") tells another event; "after"
# in SETTING_MARKS is the other direction: the harm came after the event ("died after militants stormed").
OTHER_TIME_MARKS = frozenset({"after", "since", "until"})
ELSEWHEN = frozenset({"earlier", "ago", "previously", "formerly", "previous"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})


@dataclass(frozen=True)
class Statement:
    kind: str  # killed | injured
    value: int
    anchor: Token  # the predicate the statement hangs from
    victims: Token | None
    toll: bool = False
    more: tuple[Token, ...] = ()  # further victims the parser hung apart ("30 militants and 5 soldiers")
    # A count of all the event's dead, as monitors close a note ("The victim died. 1 fatality."): it replaces
    # the other statements' figure rather than adding to it.
    total: bool = False


@dataclass(frozen=True)
class Casualties:
    fatalities: int | None
    injured: int | None
    statements: tuple[Statement, ...] = ()


class Harm:
    """The harm statements of one parsed article, read once, and which event each belongs to."""

    def __init__(self, doc: Doc, triggers: Iterable[Token]) -> None:
        self.doc = doc
        self.triggers = {t.i for t in triggers}
        self.sents = list(doc.sents)
        self.index = {s.start: n for n, s in enumerate(self.sents)}
        self.by_sentence: dict[int, list[Statement]] = {}
        self.lexicon = load_lexicon()

    def statements(self, sent: Span) -> list[Statement]:
        found = self.by_sentence.get(sent.start)
        if found is None:
            found = self.by_sentence[sent.start] = list(_statements(sent))
        return found

    def of(self, tok: Token, violent: bool) -> Casualties:
        """The people the event of trigger ``tok`` killed and injured."""
        own = [s for s in self.statements(tok.sent) if self._belongs(s, tok)]
        if violent:
            own.extend(self._told_after(tok))
        return Casualties(_combine(own, KILLED), _combine(own, INJURED), tuple(own))

    def main_event(self, tok: Token, others: Sequence[Token]) -> Token | None:
        """The trigger, among ``others``, whose harm the harm predicate ``tok`` tells ("shelled the town,
        killing six": "shelled" for "killing"; "were killed when a car bomb exploded": "exploded"); the nearest
        when several. None when ``tok`` tells no harm or belongs to no other event."""
        own = [s for s in self.statements(tok.sent) if s.anchor == tok]
        if not own:
            return None
        mains = [o for o in others if o != tok and not is_harm(o) and any(self._belongs(s, o) for s in own)]
        return min(mains, key=lambda o: abs(o.i - tok.i)) if mains else None

    def _belongs(self, s: Statement, tok: Token) -> bool:
        if s.victims == tok or s.anchor == tok:
            return True
        if s.toll:
            return _toll_of(s.anchor) == tok
        coordinated = _coordinated_verbs(s.anchor)
        harm_group = [g for g in coordinated if g == s.anchor or is_harm(g)]
        settings = self._settings(harm_group)
        if tok.i in settings or (settings and tok in harm_group):
            return True
        if any(not _retold(self.doc[i]) for i in settings):
            return False  # "two people were killed in Sunday's shelling": that event's, not this one's
        if tok in coordinated:
            return True  # "attacked the village and killed 12"
        targets = {tok}
        if tok.pos_ != "VERB" or tok.dep_ in ("nsubj", "csubj"):
            carrier = tok.head if tok.pos_ == "VERB" else _carrier(tok)
            if carrier is not None:
                targets.add(carrier)  # "the blast killed 12", "shelling of Stepanakert killed": the noun's verb
        if tok.dep_ == "acl":
            targets.add(tok.head)  # "a car bomb targeting a convoy killed 11"
            if tok.head.dep_ in ("nsubj", "nsubjpass"):
                targets.add(tok.head.head)
        if any(t.dep_ == "advcl" and t.head in harm_group for t in targets):
            return True  # "were injured when an improvised device detonated", parsed with "device" as the clause
        for g in harm_group:
            current = g
            for _ in range(5):
                if current in targets:
                    return True
                if current.dep_ not in CLIMB or current.head == current or _other_time(current):
                    break
                current = current.head
        return False

    def _settings(self, group: Sequence[Token]) -> set[int]:
        """The events a statement names as where its harm came from: "died in the clashes", "were killed when
        a car bomb exploded"."""
        out: set[int] = set()
        for g in group:
            for c in g.children:
                if c.dep_ == "prep" and c.lower_ in SETTING_PREPS:
                    out.update(o.i for o in c.children if o.dep_ == "pobj" and (
                        o.i in self.triggers or self._violent_noun(o)))
                elif c.dep_ == "advcl" and c.i in self.triggers and any(
                        m.dep_ in ("mark", "advmod") and m.lower_ in SETTING_MARKS for m in c.children):
                    out.add(c.i)
        return out

    def _violent_noun(self, t: Token) -> bool:
        """An event noun of violence the trigger step left out ("in Sunday's shelling")."""
        return t.pos_ == "NOUN" and any(
            sense.type == "ASSAULT" for sense in self.lexicon.get((t.lemma_.lower(), "N"), ()))

    def _told_after(self, tok: Token) -> list[Statement]:
        """Tolls and casualty sentences that follow the event's sentence and name no new event of their own
        ("Regional authorities said 45 people were killed.", "The bomber also died in the blast.")."""
        out: list[Statement] = []
        n = self.index.get(tok.sent.start)
        if n is None:
            return out
        for later in self.sents[n + 1:n + 3]:
            statements = self.statements(later)
            if not statements or self._tells_new_event(later, statements) or _elsewhen(later):
                break
            out.extend(s for s in statements if not (s.toll and _toll_of(s.anchor) is not None)
                       and not _all_vague(s) and not self._own_setting(s))
        return out

    def _own_setting(self, s: Statement) -> bool:
        """ "ELEVEN POLICE KILLED, DOZENS WOUNDED IN TURKEY CAR BOMB ATTACK": harm with a setting of its own."""
        return any(not _retold(self.doc[i]) for i in self._settings(_coordinated_verbs(s.anchor)))

    def _tells_new_event(self, sent: Span, statements: Sequence[Statement]) -> bool:
        """A sentence with an event trigger that is no harm predicate and no retold "the X"."""
        told = {t.i for s in statements for t in (s.anchor, s.victims) if t is not None}
        return any((t.i in self.triggers or self._violent_noun(t)) and t.i not in told and not is_harm(t)
                   and not _retold(t) for t in sent)


def _statements(sent: Span) -> Iterable[Statement]:
    """The harm statements of a sentence. One with no figure ("people are murdered by someone they know",
    "wants to kill the families of terrorists") counts only when told as done: ACLED's 10 is for deaths
    reported without a number, not for habits, wishes and threats."""
    for s in _all_statements(sent):
        if s.toll or s.value == 0 or not _all_vague(s) or _told_done(s.anchor):
            yield s


def _all_vague(s: Statement) -> bool:
    parts = [p for p in (s.victims, *s.more) if p is not None]
    return bool(parts) and all(vague(p) for p in parts)


def _told_done(t: Token) -> bool:
    """A predicate told as having happened: "killed", "were killed", "have died", "left ... dead", "killing"
    beside a past verb; not "are killed", "to kill", "will die", "kills"."""
    for _ in range(3):
        own_aux = any(c.dep_ in ("aux", "auxpass") for c in t.children)
        if t.head != t and ((t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "acl")) or (
                t.dep_ == "conj" and not own_aux)):
            t = t.head  # "..., killing civilians", "are being killed or maimed": as the verb it goes with
            continue
        break
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("to", "will", "would", "could", "might", "may", "can", "should", "must") for a in auxes):
        return False
    if t.tag_ == "VBD":
        return True
    if t.tag_ == "VBN":
        return not auxes or any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("has", "have") for a in auxes)
    return t.pos_ not in ("VERB", "AUX")  # "three dead", a noun's deaths: no tense to tell


def _all_statements(sent: Span) -> Iterable[Statement]:
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") or (t.tag_ in ("VBN", "VBG", "VBD") and lemma not in DEAD_WORDS):
            yield from _verb_statement(t, lemma)
        elif t.lower_ in DEAD_WORDS | INJURED_WORDS and t.pos_ == "ADJ":
            yield from _adjective_statement(t)
        if t.pos_ == "NOUN" and lemma in DEATH_NOUNS | INJURY_NOUNS and t.dep_ != "compound":
            yield from _noun_statement(t, lemma)
        if t.pos_ == "NOUN" and lemma in TOLL_NOUNS:
            yield from _toll_statement(t)


def _verb_statement(t: Token, lemma: str) -> Iterable[Statement]:
    if lemma in KILL_VERBS or (lemma in HARM_VERBS and _to_death(t)):
        kind = KILLED
    elif lemma in INJURE_VERBS:
        kind = INJURED
    elif lemma in DIE_VERBS or (lemma == "lose" and any(c.lemma_.lower() == "life" for c in t.children)):
        victims = child_with(t, ("nsubj",)) or _elided_subject(t)
        value = count_people(victims)
        if value is not None:
            yield Statement(KILLED, 0 if _negated(t) else value, t, victims)
        return
    else:
        return
    if lemma in ("find", "leave") and kind == KILLED:
        return  # "found dead", "left dead": the adjective statement reads them
    if _passive(t):
        # "30 militants and 5 soldiers were killed" may come with two subjects, not one coordinated pair
        parts = [c for c in t.children if c.dep_ == "nsubjpass"] or [v for v in [_elided_subject(t)] if v]
    else:
        parts = [c for c in t.children if c.dep_ == "dobj"] or [v for v in [_number_object(t) or stray_object(t)] if v]
        # "killed a FARC commander and five of his bodyguards": the parser may hang the second group on the verb
        parts += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN") and parts]
    # a second group the parser hung apart counts when it has a figure ("disclosures" after "wound Trump" does not)
    parts = parts[:1] + [p for p in parts[1:] if not _subset(p) and not vague(p)]
    counts = [v for v in map(count_people, parts) if v is not None]
    if not counts:
        return
    yield Statement(kind, 0 if _negated(t) else sum(counts), t, parts[0], more=tuple(parts[1:]))


def _subset(t: Token) -> bool:
    """ "killing five people, three of them palace guards": a part of the victims already counted."""
    return any(w.lower_ in ("them", "whom", "including") for w in t.subtree)


def _passive(t: Token) -> bool:
    """ "were killed", "six people killed", and "11 others hurt" coordinated with a passive."""
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
        return True
    if t.tag_ == "VBN" and t.dep_ in ("acl", "amod", "conj", "advcl", "pcomp"):
        return True
    return t.dep_ == "conj" and t.head != t and any(c.dep_ in ("nsubjpass", "auxpass") for c in t.head.children)


def _adjective_statement(t: Token) -> Iterable[Statement]:
    """ "left 3 dead and more than 100 injured", "three dead", "were found dead", "20 wounded"."""
    head = t.head
    if head.lemma_.lower() in ("shoot", "gun", "hack", "beat", "stab", "burn") and head != t:
        return  # "shot dead" is read with its verb
    kind = KILLED if t.lower_ in DEAD_WORDS else INJURED
    victims = _victims_of_adjective(t)
    while victims is not None and victims.dep_ == "conj" and victims.head.pos_ in ("NOUN", "PROPN", "NUM"):
        victims = victims.head  # "9 hostages and 6 kidnappers dead": both groups
    value = count_people(victims)
    if value is None:
        return
    yield Statement(kind, 0 if _negated(t) else value, _governing_verb(t), victims)


def _governing_verb(t: Token) -> Token:
    """ "left 3 dead", "ended with 22 people dead": the verb an adjective statement is told by."""
    current = t
    for _ in range(4):
        if current.head == current:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return t


def _noun_statement(t: Token, lemma: str) -> Iterable[Statement]:
    """ "caused 12 deaths", "the deaths of 12 people", "no casualties were reported", "12 fatalities"."""
    kind = KILLED if lemma in DEATH_NOUNS else INJURED
    if lemma == "dead" and not any(c.dep_ in ("nummod", "det") for c in t.children):
        return
    if _grievance(t):
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) or _negated(t.head):
        yield Statement(kind, 0, _noun_anchor(t), t)
        return
    number = next((c for c in t.children if c.dep_ == "nummod"), None)
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    victims = number or (child_with(of, ("pobj",)) if of is not None else None)
    value = count_people(victims) if victims is not None else None
    if value is None and lemma == "casualty" and t.tag_ == "NNS" and not _count_unknown(t):
        value = UNKNOWN_PLURAL  # "there were casualties"
    if value is None:
        return
    yield Statement(kind, value, _noun_anchor(t), victims, total=lemma == "fatality" and number is not None)


def _grievance(noun: Token) -> bool:
    """ "marched to denounce the death of a student", "protests triggered by the death of a detainee", "attacked
    nurses following the death of his mother": a death the event answers is not one it caused."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in GRIEVING_VERBS
    if noun.dep_ != "pobj":
        return False
    if head.lower_ == "by":
        return head.head.lemma_.lower() in CAUSING_VERBS
    return head.lower_ in GRIEVANCE_PREPS


def _count_unknown(noun: Token) -> bool:
    """ "Casualties unknown.", "casualties are unclear", "no information on casualties": no figure, not ACLED's
    10 for casualties reported without one."""
    near = [*noun.children, noun.head, *noun.head.children]
    if noun.head.dep_ == "prep":
        near += [noun.head.head, *noun.head.head.children]
    return any(w.lower_ in UNKNOWN_WORDS for w in near)


def _toll_statement(t: Token) -> Iterable[Statement]:
    """ "the death toll rose to 34", "the toll stood at 12", "the toll is 7", "put the toll at 12"."""
    head = t.head
    figures: list[Token] = []
    for c in head.children:
        if c.dep_ in ("attr", "dobj", "acomp") and c != t:
            figures.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("to", "at"):
            figures.extend(g for g in c.children if g.dep_ == "pobj")
    for c in t.children:  # "a toll of 12"
        if c.dep_ == "prep" and c.lower_ in ("at", "of"):
            figures.extend(g for g in c.children if g.dep_ == "pobj" and read_number(g) is not None)
    for figure in figures:
        value = count_people(figure)
        if value is not None and read_number(figure_token(figure)) is not None:
            kind = INJURED if any(c.lemma_.lower() in ("injury", "injured") for c in t.children) else KILLED
            yield Statement(kind, value, t, figure, toll=True)
            return


def figure_token(t: Token) -> Token:
    """The number of a toll's figure ("rose to 34", "a toll of 12 people")."""
    number = next((c for c in t.children if c.dep_ == "nummod"), None)
    return number if number is not None and read_number(t) is None else t


def _victims_of_adjective(t: Token) -> Token | None:
    """The victims of "three dead", "left 3 dead", "20 wounded": the number or noun the word is said of."""
    if t.head != t and (t.head.pos_ in ("NOUN", "PROPN", "NUM") or read_number(t.head) is not None) \
            and t.dep_ in ("amod", "acl", "appos", "conj"):
        return t.head
    child = next((c for c in t.children if c.dep_ in ("nummod", "nsubj", "npadvmod") or read_number(c) is not None),
                 None)
    if child is not None:
        return child
    if t.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod", "dep"):
        head = t.head
        for dep in ("dobj", "nsubjpass", "nsubj"):  # "left two officers dead": the object, not "that"
            holder = child_with(head, (dep,))
            if holder is not None and holder.i < t.i and count_people(holder) is not None:
                return holder
    # "left three people dead": the nearest number or noun just before it
    for back in range(1, 4):
        if t.i - back < t.sent.start:
            break
        prev = t.doc[t.i - back]
        if read_number(prev) is not None or prev.tag_ in ("NNS", "NN"):
            return prev.head if prev.dep_ == "nummod" else prev
        if prev.pos_ not in ("ADJ", "ADV", "PUNCT"):
            break
    return None


def _elided_subject(t: Token) -> Token | None:
    """ "six were killed and nine wounded", "and her two brothers wounded": a conjoined participle with its
    own victims counts them, else it shares its verb's subject; "before being shot dead" its clause's."""
    if t.dep_ == "conj":
        own = next((c for c in t.lefts if c.dep_ in ("nsubj", "nsubjpass", "npadvmod", "nummod", "dobj", "advmod",
                                                     "amod", "det") and count_one(c) is not None), None)
        if own is not None:
            return own
        return child_with(t.head, ("nsubj", "nsubjpass"))
    if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return t.head  # "six people killed", "24 people wounded"
    if t.dep_ in ("pcomp", "advcl") and t.head != t:
        verb = t.head.head if t.dep_ == "pcomp" else t.head
        return child_with(verb, ("nsubj", "nsubjpass"))  # "stabbed two Israelis before being shot dead"
    return None


def _number_object(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ in ("npadvmod", "nummod", "attr", "oprd")
                 and read_number(c) is not None), None)


def _to_death(t: Token) -> bool:
    """ "shot dead", "hacked to death", "beaten to death"."""
    for c in t.children:
        if c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "dep", "amod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _noun_anchor(t: Token) -> Token:
    """The predicate a harm noun belongs to: "caused 12 deaths", "there were no casualties"."""
    head = t.head
    if t.dep_ == "pobj":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else t


# --- which event a statement belongs to ----------------------------------------------------------------


def _coordinated_verbs(t: Token) -> list[Token]:
    """The predicate and those coordinated with it: "six were killed and nine wounded", "left 3 dead"."""
    top = t
    while top.dep_ in ("conj", "oprd", "acomp") and top.head != top:
        top = top.head
    out = [top]
    pending = [top]
    while pending:
        for c in pending.pop().children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX", "ADJ"):
                out.append(c)
                pending.append(c)
    return out if t in out else [t, *out]


def is_harm(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return lemma in KILL_VERBS | DIE_VERBS | INJURE_VERBS or t.lower_ in DEAD_WORDS | INJURED_WORDS or (
        lemma in HARM_VERBS and _to_death(t))


def _elsewhen(sent: Span) -> bool:
    """ "Five years earlier an attack on the same post had killed 11": harm told of another time."""
    return any(t.lower_ in ELSEWHEN or (t.lower_ == "last" and t.head.lower_ in ("year", "month", "week"))
               for t in sent)


def _retold(t: Token) -> bool:
    """ "the blast", "the hours-long assault": an event noun told before."""
    return t.pos_ != "VERB" and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in t.children)


def _other_time(t: Token) -> bool:
    """ "a day after a barrage killed two": a clause of what happened before or since tells another event."""
    return t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in OTHER_TIME_MARKS
                                     for c in t.children)


def _toll_of(toll: Token) -> Token | None:
    """The event a toll counts: "the death toll from the air strike", "the toll of the attack"."""
    for c in toll.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "in"):
            obj = child_with(c, ("pobj",))
            if obj is not None:
                return obj
    return None


def _combine(statements: Sequence[Statement], kind: str) -> int | None:
    """One figure from the statements of one kind: a toll gives the latest; different people add up; two
    figures for the same people keep the lower."""
    chosen = [s for s in statements if s.kind == kind]
    if not chosen:
        return None
    tolls = [s for s in chosen if s.toll] or [s for s in chosen if s.total]
    if tolls:
        return max(tolls, key=lambda s: s.anchor.i).value
    seen: dict[int, Statement] = {}
    for s in chosen:
        seen.setdefault(s.anchor.i if s.victims is None else s.victims.i, s)
    groups: dict[str, int] = {}
    for s in seen.values():
        key = s.victims.lemma_.lower() if s.victims is not None and s.victims.pos_ in ("NOUN", "PROPN") else ""
        groups[key] = min(groups.get(key, s.value), s.value)
    return sum(groups.values())
