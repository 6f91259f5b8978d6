"""The event being assembled and the small parse helpers every participant rule shares.

``_Found`` is a trigger with its sense and, once ``assign_participants`` has run, its actor and target
tokens. Beside it: the dependency labels of subjects and objects, the verbs that carry an event noun
("staged a protest", ``_light_verb``), and helpers that read a token's children (``_child``,
``_prep_object``) or its sentence's words (``sentence_lemmas``), tell a passive verb, a date or an "in protest"
phrase, and compare participants.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from newsledger.extract.events.lexicon import Sense
from newsledger.nlp.datelines import in_dateline
from newsledger.nlp.repairs import misread_relative

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that"})
# Verbs whose doers take part in the event named after "in".
ENGAGING_VERBS = frozenset({"engage", "participate"})
# Verbs that carry an event noun and share its actor ("staged a protest", "went on strike").
LIGHT_VERBS = frozenset({"carry", "launch", "stage", "conduct", "mount", "hold", "open", "impose", "begin", "make",
                         "establish", "take", "gain", "regain", "seize", "assume", "wrest", "declare", "issue",
                         "lodge", "file", "continue", "resume", "extend", "start", "end", "lift", "organize",
                         "organise", "go", "remain", "keep", "put", "step", "intensify", "announce",
                         # Verbs of giving carry what is given to the recipient ("provide aid to refugees").
                         "provide", "give", "grant", "offer", "send", "deliver", "lend", "pledge",
                         # "paid tribute to the peacekeepers", "paid a visit to Hanoi"
                         "pay",
                         # "exchanged fire", "traded accusations", "slapped sanctions on"
                         "exchange", "trade", "slap",
                         # verbs of saying that carry what is said: "voiced support", "renewed his plea"
                         "voice", "express", "reiterate", "renew", "repeat",
                         # acts being decided on: "was considering further sanctions", "approved new sanctions"
                         "consider", "weigh", "mull", "propose", "prepare", "plan", "approve", "adopt", "unveil",
                         "introduce", "reimpose", "pass",
                         # "brought out a procession", "took out a rally" (South Asian English), "brought charges"
                         "bring",
                         # "set off a bomb"
                         "set"})
# Verbs that carry an event noun only through "on": "has been on hunger strike", "stayed on alert".
STATE_VERBS = frozenset({"be", "stay"})
# What a verbal act is sent or made in ("sent a message of solidarity to Haiti", "a gesture of goodwill").
ACT_CARRIERS = frozenset({"message", "gesture", "expression", "show", "declaration"})
# What weapons are fired in ("fired a pair of missiles", "a barrage of rockets"): the weapon is what is fired.
VOLLEYS = frozenset({"pair", "volley", "volleys", "barrage", "salvo", "salvos"})
# Measures and batches of a thing given or done ("25,000 tons of aid", "a series of attacks").
MEASURE_NOUNS = frozenset({"ton", "tonne", "tons", "tonnes", "series", "wave", "round", "package", "shipment",
                           "consignment", "batch", "spate", "string", "load", "convoy", "amount", "quantity",
                           "letter", "kilogram", "kilograms", "kg", "kgs", "gram", "grams", "pound", "pounds", "cache",
                           "haul", "stockpile", "packet", "packets", "bag", "bags", "box", "boxes", "crate", "crates",
                           "rounds"}) | ACT_CARRIERS

# Nouns an event noun can name the kind of, which then stand for the act: "launched a mediation effort",
# "opened recruitment centres" (who opens them recruits).
EFFORT_NOUNS = frozenset({"effort", "bid", "attempt", "mission", "initiative", "campaign", "operation", "drive",
                          "centre", "center", "office", "camp", "facility", "hub"})


# Several checks read the words of a trigger's sentence, and a sentence holds several triggers: its lemmas
# and word forms are gathered once (a sentence compares equal to itself across tok.sent calls).
@lru_cache(maxsize=64)
def sentence_lemmas(sent: Span) -> frozenset[str]:
    return frozenset(w.lemma_.lower() for w in sent)


@lru_cache(maxsize=64)
def sentence_forms(sent: Span) -> frozenset[str]:
    return frozenset(w.lower_ for w in sent)


def nearby_sentences(tok: Token, before: int = 1) -> list[Span]:
    """Up to ``before`` sentences before the trigger's and its own, in text order: what the story is about is often
    said there ("Cruz campaigned in Iowa. A planned Cruz rally on Saturday ...")."""
    sentences = [tok.sent]
    while len(sentences) <= before and sentences[0].start > 0:
        sentences.insert(0, tok.doc[sentences[0].start - 1].sent)
    return sentences


def nearby_lemmas(tok: Token, before: int = 1) -> frozenset[str]:
    """The lemmas of ``nearby_sentences``."""
    return frozenset().union(*(sentence_lemmas(s) for s in nearby_sentences(tok, before)))


@dataclass
class _Found:
    """An event while it is being assembled."""

    token: Token
    sense: Sense
    actor: Token | None = None
    target: Token | None = None
    passive: bool = False
    record_fields: dict[str, Any] = field(default_factory=dict)
# Words of where, which the parser sometimes hangs on a place as if it were an object ("rallied outside parliament").
SPATIAL_WORDS = frozenset({"outside", "inside", "near", "opposite", "around", "behind"})


def _is_in_protest(tok: Token) -> bool:
    return tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _negated(tok: Token) -> bool:
    """The word itself carries a negation ("did not attend", "was not responsible")."""
    return any(c.dep_ == "neg" for c in tok.children)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in tok.children)
        and not misread_relative(tok)
    ) or _elided_passive(tok) or _bare_participle(tok)


def _bare_participle(tok: Token) -> bool:
    """A participle with no auxiliary that is no finite verb: "an amount pushed by Ottawa but rejected by the
    premier" (its own "by"), "he's in the detention centre, arrested in March" (a clause with no subject),
    "speculated that the men detained could be part of IS" (a reduced relative the parser gives a subject)."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    subject = any(c.dep_ == "nsubj" for c in tok.children)
    # ("security forces molested, attempted to rape ...": a verb the parser hangs as a clause takes an object
    # clause, a participle does not)
    clause = any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    # Only before its clause ("Arrested last week, he was charged"), after "when", "if", "once" ("when asked
    # for his position") or on a "be" ("he's in the centre, arrested in March"): "I called my lenders, asked
    # for extensions" is a list of the speaker's acts.
    marked = tok.i < tok.head.i or tok.head.lemma_.lower() == "be" or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "once", "after", "unless", "while", "though")
        for c in tok.children)
    # "Students defy curfew; at least 25 killed", "three soldiers wounded": a headline's participle counting whom
    # it befell (not "Iran's top diplomat consulted with Omani officials", a past tense the tagger misread)
    counted = any(c.dep_ == "nsubj" and (c.tag_ == "CD" or any(g.dep_ == "nummod" for g in c.children))
                  for c in tok.children)
    # (a clause before it is the headline's other item: "Curfew defied; at least 12 killed")
    clause_after = any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i for c in tok.children)
    # ("at least 12 assailants assaulted and injured a journalist": a verb beside it with an object of its own is
    # the same doers' act, told actively)
    active_beside = any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in tok.children)
    headline = counted and not clause_after and not active_beside and tok.dep_ in ("ROOT", "conj") and not any(
        c.dep_ in ("dative", "attr", "acomp", "oprd") for c in tok.children)
    return (tok.dep_ == "advcl" and not subject and not clause and marked) or (
        subject and tok.dep_ == "ccomp" and _reduced_relative(tok)) or headline


def _reduced_relative(tok: Token) -> bool:
    """ "the men detained could be ...": the participle's clause runs straight into a modal verb of its own."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ in ("could", "would", "may", "might", "will", "were", "are", "is", "was")


def _elided_passive(tok: Token) -> bool:
    """ "Six soldiers were killed and nine wounded": a participle conjoined to a passive shares its "were"; its
    subject ("nine") is who the act was done to."""
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in tok.children) and any(c.dep_ == "auxpass" for c in tok.head.children)


def _child(tok: Token, deps: Iterable[str]) -> Token | None:
    wanted = set(deps)
    return next((c for c in tok.children if c.dep_ in wanted and not in_dateline(c)), None)


# What a party does with its weapons while it fights ("clashed with police using batons").
WIELDING_VERBS = frozenset({"use", "wield", "carry", "fire", "throw", "hurl", "brandish", "shoot", "lob"})


def _prep_object(tok: Token, preps: Iterable[str]) -> Token | None:
    wanted = set(preps)
    for c in tok.children:
        # spaCy labels the "to" of a recipient "dative" ("sent food to refugees").
        if c.dep_ in ("prep", "agent", "prt", "dative") and c.lower_ in wanted:
            obj = _child(c, ("pobj",))
            if obj is None:
                # "clashed with police forces using brick chips": the tagger reads "police forces using ..." as a
                # clause with the forces as its subject (not "with the minister telling reporters ...")
                clause = _child(c, ("pcomp",))
                if clause is not None and clause.tag_ == "VBG" and clause.lemma_.lower() in WIELDING_VERBS:
                    obj = _child(clause, ("nsubj",))
            # "its demand on Monday that ...": a date is never a participant.
            if obj is not None and not _is_time(obj):
                return obj
    return None


def _effort_head(tok: Token) -> Token:
    """The noun an event noun names the kind of ("a mediation effort", "a recruitment drive"), else itself."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in EFFORT_NOUNS:
        return tok.head
    return tok


# Verbs that hold someone to have done an act, with the preposition that brings the act in ("accused the army of
# shelling", "was charged with assault", "blamed police for killing two protesters"); an arrest, a conviction or a
# sentence holds it too, but as what the police or a court did, which the writer tells as done.
ALLEGING_VERBS = {"accuse": "of", "suspect": "of", "charge": "with", "indict": "for", "blame": "for"}
FINDING_VERBS = {"convict": "of", "arrest": "for", "detain": "for", "jail": "for", "sentence": "for"}
# "claimed responsibility for the attack": the claimant says it did the act.
RESPONSIBILITY_VERBS = frozenset({"claim", "accept", "take", "admit", "acknowledge"})


def _held_responsible(tok: Token) -> tuple[Token, Token | None] | None:
    """The verb that holds someone to have done the act ``tok`` names, and whom it holds: "accused the army of
    shelling" (the army), "Roof is accused of killing" (Roof), "a man accused of stealing" (the man), "was
    convicted of raping". None when ``tok`` is not brought in by such a verb's preposition."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep":
        return None
    prep, holder = tok.head, tok.head.head
    if any(c.dep_ in ("pobj", "pcomp") and c != tok for c in prep.children):
        return None  # "suspected of links to Islamic State in dawn raids", a parse that hangs the raids on "of"
    if holder.lemma_.lower() == "responsibility" and prep.lower_ == "for" and holder.dep_ == "dobj" and \
            holder.head.lemma_.lower() in RESPONSIBILITY_VERBS:
        # "JNIM claimed responsibility for the attack"; "no group has claimed responsibility" names no one
        claimant = _child(holder.head, SUBJECT_DEPS)
        nobody = claimant is not None and (claimant.lower_ in ("nobody", "none") or any(
            c.dep_ == "det" and c.lower_ in ("no", "neither") for c in claimant.children))
        return holder.head, None if nobody else claimant
    # The parser hangs "of shelling" on the object (or its last conjunct) as often as on the verb.
    while holder.dep_ == "conj" and holder.pos_ in ("NOUN", "PROPN") and holder.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head
    accused = holder if holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN", "PRON") else None
    verb = holder.head if accused is not None else holder
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or (ALLEGING_VERBS.get(lemma) or FINDING_VERBS.get(lemma)) != prep.lower_:
        return None
    if accused is None and _is_passive(verb):
        # "Three protesters were arrested and charged with rioting": the conjoined passive's subject
        accused = _child(verb, PASSIVE_SUBJECT_DEPS) or (verb.head if verb.dep_ in ("acl", "relcl") else None) or (
            _child(verb.head, PASSIVE_SUBJECT_DEPS) if verb.dep_ == "conj" else None)
    elif accused is None:
        # "12 officials it accused of a violent crackdown": the relative clause's noun is the one accused
        accused = _child(verb, ("dobj",)) or (verb.head if verb.dep_ == "relcl" and not _is_passive(verb) else None)
    return verb, accused


def _definite(noun: Token) -> bool:
    """ "the attack", "these bombings", "Slepian's slaying": a noun that refers to something already known."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss" for c in noun.children)


def _light_verb(tok: Token) -> Token | None:
    """The verb that carries an event noun: "staged a protest", "went on strike", "remained on alert",
    through a measure of it ("provide 25,000 tons of food aid", "launched a series of attacks") or an
    effort it names the kind of ("launched a mediation effort")."""
    tok = _effort_head(tok)
    head = tok.head
    measure = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS and measure.dep_ in OBJECT_DEPS:
        tok, head = measure, measure.head
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "into"):
        head = head.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in STATE_VERBS and head.lower_ != "being":
            return head
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in ENGAGING_VERBS:
        return head.head  # "two factions engaged in a clash", "thousands participated in the march"
    elif tok.dep_ not in OBJECT_DEPS:
        return None
    if head.pos_ in ("VERB", "AUX") and not LIGHT_VERBS.isdisjoint(verb_bases(head)):
        return head
    return None


def verb_bases(verb: Token) -> set[str]:
    """The lemma and the plain stems of a verb form (the tagger lemmatises "staged" as "stag")."""
    word = verb.lower_
    bases = {verb.lemma_.lower(), word}
    for ending in ("d", "ed", "s", "es", "ing"):
        if word.endswith(ending):
            bases.add(word[: -len(ending)])
    return bases


def _same(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _is_time(tok: Token) -> bool:
    # ("with immediate effect", "with effect from 1 May" say when, not with whom)
    return tok.ent_type_ in ("DATE", "TIME") or (tok.lemma_.lower() == "effect" and tok.dep_ == "pobj"
                                                 and tok.head.lower_ == "with")


def _conjuncts(tok: Token | None) -> list[Token]:
    """The parties coordinated with a participant, in text order: "the United States and France",
    "Russia, China and Iran", "killed six civilians and two soldiers". Dates and clauses are not parties."""
    out: list[Token] = []
    pending = [tok] if tok is not None else []
    while pending:
        for c in pending.pop().children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not _is_time(c):
                out.append(c)
                pending.append(c)
    return sorted(out, key=lambda t: t.i)


def _coordinated(party: Token) -> bool:
    """ "Iran and Turkmenistan", "Chinese and Pakistani fighter squadrons", "North and South Korea"."""
    return any(c.dep_ == "conj" for c in party.children) or any(
        m.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in m.children)
        for m in party.children)


def word_forms(tok: Token) -> set[str]:
    """A word's lemma and form, and for a name that may be plural the singular the tagger does not give ("the
    Maoists", "the Houthis", which it tags as one person's name)."""
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.pos_ == "PROPN" and tok.lower_.endswith("s") and not tok.lower_.endswith("ss"):
        forms.add(tok.lower_[:-1])
    return forms


def _participant_words(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    # Not the clause that describes it: "riot policemen suspected of killing protesters" are no protesters.
    described = {t.i for c in tok.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    return set().union(*(word_forms(t) for t in tok.subtree if t.i not in described))
