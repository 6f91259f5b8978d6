"""Blame laid on another party without the word "accuse": an accusation (CAMEO 112, PLOVER ACCUSE).

"Pakistan held India responsible for the cross-border shelling", "the ministry said Kyiv was to blame for the
attack", "the coalition said Houthi rebels were behind the missile strike", "the Kremlin said Washington bore
responsibility for the escalation", "the opposition charged that the election had been rigged", "Amnesty said the
air strikes amounted to war crimes". The one who lays the blame is the actor and the one blamed the target; the
one blamed is also the doer of the harm (``blamed_for``). Not a claim of one's own deed ("said it was
responsible for the attack", which ``found._held_responsible`` reads as a claim), a denial ("said Russia was not
responsible"), or a duty ("said the city was responsible for maintaining the roads"): the blame must be for a harm.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.found import SUBJECT_DEPS, _child, _negated, _prep_object
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.parties import _is_party, _named_modifier

# "held India responsible", "considers Moscow culpable"
HOLDING_VERBS = frozenset({"hold", "consider", "deem"})
BLAME_WORDS = frozenset({"responsible", "culpable"})
# where the parser hangs "responsible" in "held India responsible"
PREDICATE_DEPS = frozenset({"amod", "acomp", "oprd", "ccomp", "xcomp", "advcl"})
# Verbs that assert what another did.
ASSERTING_VERBS = frozenset({"say", "claim", "insist", "allege", "assert", "state", "believe", "maintain", "argue",
                             "charge", "conclude", "tell"})
BEARING_VERBS = frozenset({"bear", "carry", "have", "shoulder"})
# Harms that are no act in the lexicon but are blamed on someone.
BAD_OUTCOMES = frozenset({"death", "deaths", "violence", "unrest", "crisis", "escalation", "bloodshed", "chaos",
                          "tragedy", "disaster", "collapse", "massacre", "carnage", "destruction", "suffering",
                          "disappearance", "famine", "plot", "coup", "leak", "sabotage", "blast", "explosion"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
REFUSING_VERBS = frozenset({"decline", "refuse", "fail"})
# What an act is said to amount to when it is condemned
CRIMES = frozenset({"crime", "genocide", "violation", "atrocity", "terrorism", "massacre", "aggression", "torture",
                    "persecution", "apartheid", "cleansing", "murder", "breach"})
# Groups blamed for crimes that the general party vocabulary leaves out
CULPRITS = frozenset({"gang", "cartel", "syndicate", "network", "ring", "cell"})


def lays_blame(verb: Token) -> bool:
    """Whether ``verb`` lays the blame for a harm on another party."""
    return blame_of(verb)[0]


def blamed_for(harm: Token) -> Token | None:
    """Who is held to have done the harm ``harm`` names: "held India responsible for the *shelling*" (India),
    "Kyiv was to blame for the *attack*" (Kyiv), "rebels were behind the *strike*", "said it was responsible for
    the *bombing*" (it: a claim). None when ``harm`` is not what blame is laid for."""
    if harm.dep_ not in ("pobj", "pcomp") or harm.head.dep_ != "prep":
        return None
    prep, word = harm.head, harm.head.head
    lemma = word.lemma_.lower()
    if prep.lower_ == "behind" and lemma == "be":
        predicate, subject = word, _child(word, SUBJECT_DEPS)
    elif prep.lower_ != "for":
        return None
    elif lemma in BLAME_WORDS and word.dep_ == "amod" and word.head.head.lemma_.lower() in HOLDING_VERBS:
        predicate, subject = word.head.head, word.head  # "held India responsible", read as "responsible India"
    elif lemma in BLAME_WORDS and word.dep_ in PREDICATE_DEPS and word.head.lemma_.lower() in HOLDING_VERBS:
        predicate, subject = word.head, _child(word.head, ("dobj",))
    elif (lemma in BLAME_WORDS and word.dep_ == "acomp") or (lemma == "blame" and word.dep_ == "xcomp"):
        predicate, subject = word.head, _child(word.head, SUBJECT_DEPS)  # "Kyiv was responsible", "... to blame"
    elif lemma == "responsibility" and word.head.lemma_.lower() in BEARING_VERBS:
        predicate, subject = word.head, _child(word.head, SUBJECT_DEPS)  # "Washington bears responsibility for"
    else:
        return None
    if subject is not None and subject.tag_ in ("WDT", "WP"):
        subject = predicate.head if predicate.dep_ == "relcl" else None  # "the group, which was behind the attack"
    if subject is None or _negated(predicate):
        return None
    # "it" and "they" are left to coreference; a thing blamed ("heated rhetoric") did not do the harm
    return subject if subject.pos_ == "PRON" or _other_party(subject) is not None else None


def blame_of(verb: Token) -> tuple[bool, Token | None]:
    """Whether ``verb`` lays the blame for a harm on another party, and whom, when the text names them."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False, None
    if lemma in HOLDING_VERBS:
        held = _child(verb, ("dobj",))
        near = (*(held.children if held is not None else ()), *verb.children)
        blame = next((c for c in near if c.lemma_.lower() in BLAME_WORDS and c.dep_ in PREDICATE_DEPS), None)
        blamed = _other_party(held) if blame is not None and _for_a_harm(blame, verb) else None
        return blamed is not None, blamed
    clause = _child(verb, ("ccomp",)) or _misparsed_bearing(verb) if lemma in ASSERTING_VERBS else None
    if clause is None or _negated(verb) or verb.head.lemma_.lower() in REFUSING_VERBS or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False, None  # "did not say", "declined to say whether it was a violation": no blame laid
    if lemma == "charge" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        # "charged that the election had been rigged": an allegation, whoever it names
        return True, _other_party(_child(clause, ("nsubj",)))
    if _called_a_crime(clause):
        # "Amnesty said coalition air strikes amounted to war crimes"
        act = _child(clause, ("nsubj",))
        return True, None if act is None else _child(act, ("poss",)) or _named_modifier(act)
    blamed = next((b for b in map(_blamed_in_clause, clause.subtree) if b is not None), None)
    return blamed is not None, blamed


def _called_a_crime(clause: Token) -> bool:
    """ "the strikes amounted to war crimes", "the killings constituted genocide", "the raid was a war crime"."""
    lemma = clause.lemma_.lower()
    if lemma == "amount":
        named = _prep_object(clause, ("to",))
    elif lemma == "constitute":
        named = _child(clause, ("dobj",))
    elif lemma == "be":
        named = _child(clause, ("attr",))
    else:
        return False
    return named is not None and named.lemma_.lower() in CRIMES and not _negated(clause)


def _misparsed_bearing(verb: Token) -> Token | None:
    """ "said Washington bore responsibility for ...", parsed with "responsibility" as the object of "said"."""
    noun = _child(verb, ("dobj",))
    if noun is not None and noun.lemma_.lower() == "responsibility" and noun.i > 0 and \
            noun.doc[noun.i - 1].lemma_.lower() in BEARING_VERBS and noun.doc[noun.i - 1].dep_ == "compound":
        return noun
    return None


def _blamed_in_clause(word: Token) -> Token | None:
    lemma = word.lemma_.lower()
    if lemma in BLAME_WORDS and word.dep_ == "acomp":
        predicate = word.head  # "Kyiv was responsible for the attack"
    elif lemma == "blame" and word.dep_ == "xcomp" and word.head.lemma_.lower() == "be":
        predicate = word.head  # "Kyiv was to blame for the attack"
    elif word.lower_ == "behind" and word.dep_ == "prep" and word.head.lemma_.lower() == "be":
        # "Houthi rebels were behind the missile strike"
        harm = _child(word, ("pobj",))
        if harm is None or not _harmful(harm) or _negated(word.head):
            return None
        return _other_party(_child(word.head, SUBJECT_DEPS))
    elif lemma == "responsibility":
        # "Washington bore responsibility for the escalation" (the small model may hang "bore" on the noun)
        bearer = word.head if word.head.lemma_.lower() in BEARING_VERBS else None
        if bearer is None and word.i > 0 and word.doc[word.i - 1].lemma_.lower() in BEARING_VERBS:
            bearer = word.doc[word.i - 1]
        if bearer is None or not _for_a_harm(word, bearer) or _negated(bearer):
            return None
        subject = _child(bearer, SUBJECT_DEPS)
        if subject is None and bearer.i > 0 and bearer.doc[bearer.i - 1].pos_ in ("PROPN", "NOUN"):
            subject = bearer.doc[bearer.i - 1]
        return _other_party(subject)
    else:
        return None
    if _negated(predicate) or not _for_a_harm(word, predicate):
        return None
    return _other_party(_child(predicate, SUBJECT_DEPS))


def _for_a_harm(*heads: Token) -> bool:
    """Whether one of ``heads`` says what the blame is for, and that is a harm ("for the shelling")."""
    for head in heads:
        harm = _prep_object(head, ("for",))
        if harm is None:
            harm = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
                         for g in c.children if g.dep_ == "pcomp"), None)
        if harm is not None:
            return _harmful(harm)
    return False


def _harmful(noun: Token) -> bool:
    if noun.lemma_.lower() in BAD_OUTCOMES or noun.lower_ in BAD_OUTCOMES:
        return True
    lexicon = load_lexicon()
    pos = "V" if noun.pos_ == "VERB" else "N"
    senses = lexicon.get((noun.lemma_.lower(), pos), ()) + lexicon.get((noun.lower_, pos), ())
    return any(s.type in HOSTILE_TYPES for s in senses)


def _other_party(subject: Token | None) -> Token | None:
    """The one blamed, when it is a party: not "it" or "we", which claim or deny one's own deed, nor a thing
    ("a faulty cable was to blame for the fire")."""
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject if _is_party(subject) or subject.lemma_.lower() in CULPRITS else None
