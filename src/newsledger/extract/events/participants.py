"""Participants of an event: who acts (actor) and who is acted on or addressed (target).

``assign_participants(found, sent_found)`` reads them off the dependency parse of the trigger: the
subject, object, "by" agent, "of" object and the recipient preposition of the event type ("call on X",
"protest against X"), passing through partitives ("scores of refugees") and, for acts that fall on
the people of a place, the place ("lifted a curfew in Montenegro"). The recipient follows the
construction, not the word: the "to" of what is given ("sent food to refugees"), where forces go or
leave ("deployed troops to Somalia"), whom a weapon is fired at ("fired rockets at Israel"), the other
side of a clash ("clashed with Kurdish fighters"), the doers of an act acted on ("prevented the
demonstration staged by students"), what is protested ("in protest at the tax"), whose act conditions a
threat ("if the United States deploys missiles"), the accused rather than the audience of a complaint,
objects shared by coordinated verbs, and pronouns, relative pronouns and appositions resolved in the
sentence (never to the actor itself). ``_span_ref`` turns a participant token into its span: the head
noun with its left modifiers (and, for a title, whom it belongs to: "the President of Chad"), tied to
an entity when one is there.

This module assembles the participants; the rules live beside it: ``found`` (the ``_Found`` record,
dependency labels and token helpers), ``parties`` (what a party is), ``references`` (pronouns and
appositions), ``actors``, ``targets`` and ``spans`` (``_span_ref``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsledger.extract.events.actors import (
    RECIPROCAL_TYPES,
    _author_of,
    _behind_the_weapon,
    _cause_doer,
    _compound_agent,
    _first_side_between,
    _held_to_have_done,
    _inherited_subject,
    _protest_clause_actor,
    _ran_into_explosive,
    _staged_by,
)
from newsledger.extract.events.blame import blame_of
from newsledger.extract.events.found import (
    ALLEGING_VERBS,
    MEASURE_NOUNS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    _bare_participle,
    _child,
    _coordinated,
    _effort_head,
    _elided_passive,
    _Found,
    _is_in_protest,
    _is_passive,
    _is_time,
    _light_verb,
    _participant_words,
    _prep_object,
    _same,
)
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.parties import _is_party, _made_by, _named_modifier
from newsledger.extract.events.references import _named_by_apposition, _resolve_references
from newsledger.extract.events.spans import _span_ref
from newsledger.extract.events.targets import (
    CONTENT_NOUN_TYPES,
    IMPOSED_TYPES,
    NOUN_RECIPIENT_PREPS,
    _announced_subject,
    _coordinated_passive_target,
    _passive_recipient,
    _placed_under,
    _possessor_acted_on,
    _refine_target,
    _reflexive,
    _shared_with_conjunct,
    _vacant,
    _verb_target,
    recipient_preps,
    used_as_means,
)
from newsledger.nlp.repairs import misread_relative, stray_object
from newsledger.nlp.words import TIME_MARKS

# Imported from here by ``extract`` and ``triggers``.
__all__ = [
    "OBJECT_DEPS",
    "PASSIVE_SUBJECT_DEPS",
    "_Found",
    "_child",
    "_is_time",
    "_participant_words",
    "_span_ref",
    "_targets_from_embedded_events",
    "assign_participants",
]

# Verbs by which an authority has an act done; its subject is the act's doer.
DECREEING_VERBS = frozenset({"order", "decree", "authorise", "authorize"})
# Acts two sides can do together, with no recipient unless a third party is named.
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT"})
# Acts that take the target of the act they are staged for or are about ("a strike to demand ..."), and
# the links through which they govern it.
GOVERNING_TYPES = frozenset({"PROTEST", "THREATEN", "REJECT", "AGREE", "ASSAULT"})
GOVERNED_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "COERCE", "ASSAULT", "THREATEN",
                            "AID", "CONCEDE", "RETREAT", "MOBILIZE"})
GOVERNED_DEPS = frozenset({"xcomp", "advcl", "pobj", "prep", "pcomp", "acl", "dobj"})
# People a protest noun is named for ("worker protests", "student demonstrations", "farmer strikes").
PROTESTING_KINDS = frozenset({"worker", "student", "farmer", "teacher", "nurse", "doctor", "trucker", "miner",
                              "employee", "resident", "villager", "citizen", "activist", "union", "driver", "lawyer",
                              "pensioner", "veteran", "labour", "labor", "opposition", "youth", "woman", "women"})
# Acts whose noun names its sender with "from": "criticism from", "calls from", "support from", "threats from".
SPOKEN_FROM_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "AID", "AGREE"})
# Verbs that take a noun's act from its sender ("drew criticism from Democrats", "accepted aid from the EU").
RECEIVING_VERBS = frozenset({"draw", "attract", "face", "receive", "earn", "get", "win", "accept", "welcome"})
# Verbs an attack noun as subject does its damage through ("air strikes hit a building").
IMPACT_VERBS = frozenset({"hit", "strike", "destroy", "damage", "target", "pound", "flatten", "level", "raze"})
# Types whose verbs may be done by a third party "between" two sides ("offered to mediate between ...");
# fighting "between the two villages" is done there, not to them.
MEDIATING_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "REQUEST"})
# A vow of these is for a wrong done, which is its reason, not whom it falls on ("vowed revenge for the killing
# of their leader").
REPRISAL_NOUNS = frozenset({"revenge", "retaliation", "reprisal", "vengeance", "retribution"})
# What an incident may be blamed on that is no one ("an incident Uber blamed on human error").
MISHAPS = frozenset({"error", "weather", "glitch", "failure", "fault", "mistake", "malfunction", "accident", "rain",
                     "storm", "heat", "fire", "virus", "disease"})
# Bodies of a state whose protest is an official complaint, not a demonstration.
STATE_BODIES = frozenset({"ministry", "government", "embassy", "cabinet", "kremlin", "administration", "ministries",
                          "president", "minister", "premier", "chancellor", "ambassador", "envoy"})
# Conjunctions that open a clause of time ("before a helicopter fired on people", "as police fired on them"); a
# quote's "as" is mostly its cue ("as the minister said"), so the shared list leaves it out.
CLAUSE_OF_TIME_MARKS = TIME_MARKS | {"as"}
# Prepositions that only place an act in time.
TIME_PREPS = frozenset({"after", "before", "following", "during", "since", "amid", "until"})


def assign_participants(f: _Found, sent_found: Sequence[_Found]) -> None:
    """Set ``f.actor`` and ``f.target`` (``f.passive`` too) from the parse around the trigger."""
    _arguments(f, sent_found)
    _resolve_references(f)
    if f.actor is not None and not _is_party(f.actor) and (maker := _made_by(f.actor, f.token)) is not None:
        f.actor = maker  # "an ultimatum issued by the junta gave French troops 72 hours": the junta acts
    if f.actor is not None and f.sense.type == "ASSAULT":
        f.actor = _behind_the_weapon(f.actor)
    _refine_target(f, sent_found)
    f.target = _named_by_apposition(f.target)  # a party the refinement found: "drafted by mediators Cyrus Vance"
    if f.sense.type == "PROTEST" and f.actor is None:
        f.actor = _protest_clause_actor(f) or _protesting_kind(f.token)
    _wire_constructions(f)
    if _same(f.target, f.actor) or (f.target is not None and _reflexive(f.target)):
        # An actor is not its own recipient ("blew themselves up", "a suicide bomber blew himself up").
        f.target = None
    if f.target is not None and (f.target.ent_type_ in ("PERCENT", "MONEY") or f.target.lower_ in ("%", "percent")):
        f.target = None  # "pledged to slash the tax from 16% to 8%": a rate or a sum is what changes, not a party


def _wire_constructions(f: _Found) -> None:
    """Constructions of conflict reporting whose participants the parse alone gets wrong."""
    tok = f.token
    if f.sense.type == "ASSAULT" and _ran_into_explosive(tok):
        f.actor, f.target = None, f.actor  # "their vehicle hit a landmine": who laid it is not said
    if f.sense.type == "PROTEST" and tok.lemma_.lower() == "protest" and (tok.pos_ == "VERB" or _is_in_protest(tok)) \
            and f.actor is not None and _state_body(f.actor):
        # "summoned the ambassador to protest against interference", "the president suspended the talks in
        # protest": a state or its office-holder complains officially (CAMEO 114), it does not demonstrate
        f.sense = Sense("ACCUSE", "allege")
        addressee = _prep_object(tok, ("to",))
        f.target = addressee if addressee is not None and _is_party(addressee) else f.target  # "protested to Greece"
    if f.sense.type == "ACCUSE" and tok.lemma_.lower() == "blame":
        # "blamed the unrest on its foreign enemies": the accused is whom it is blamed on
        blamed = _child(tok, ("dobj",))
        on = _prep_object(tok, ("on",)) or (_prep_object(blamed, ("on",)) if blamed else None)
        if on is None and blamed is not None:
            # "blamed the problem of mass shootings on 'sickos'": the parser hangs the "on" inside the "of"
            inner = _prep_object(blamed, ("of",))
            on = _prep_object(inner, ("on",)) if inner is not None else None
        f.target = on if on is not None and on.lemma_.lower() not in MISHAPS else f.target
    if f.sense.type == "SUPPORT" and tok.lemma_.lower() == "stand":
        f.target = _prep_object(tok, ("by", "behind"))  # "Beijing stood by Pyongyang"
    lays, blamed = blame_of(tok) if f.sense.type == "ACCUSE" else (False, None)
    if lays:
        # "held India responsible for the shelling", "said Kyiv was to blame for the attack"; not whom it is told to
        f.target = blamed
    if f.sense.type == "ACCUSE" and tok.dep_ == "relcl" and _child(tok, ("dobj",)) is None and \
            not f.passive and tok.lemma_.lower() in ALLEGING_VERBS:
        f.target = tok.head  # "12 officials it accused of a violent crackdown"
    if f.sense.type == "THREATEN" and tok.lemma_.lower() == "warrant":
        # "issued an arrest warrant in absentia for the former president": whom it is for, however parsed
        wanted = [_prep_object(t, ("for", "against")) for t in (tok, tok.head, *(c for c in tok.head.children
                                                                                  if c.dep_ == "prep"))]
        f.target = next((w for w in wanted if w is not None and _is_party(w)), None)
    if f.sense.type == "COOPERATE" and f.actor is not None and _coordinated(f.actor):
        # "Iran and Turkmenistan inaugurated a rail link": PLOVER lists both sides of a mutual act as its actor,
        # with no recipient; "... with the French Air Force" names the other side
        f.target = _prep_object(tok, ("with",))
    elif f.sense.type in JOINT_TYPES and f.actor is not None and _coordinated(f.actor) and f.target is not None \
            and (not _is_party(f.target) or (f.target.dep_ in ("amod", "compound") and not f.target.ent_type_)
                 or (f.target.dep_ == "pobj" and f.target.head.lower_ in ("in", "at", "inside", "near"))):
        # "Russia and Ukraine signed an agreement in Moscow", "agreed to set up a joint army corps": the two
        # sides act together; a place, a thing or a word in it is no third party (one named is kept: "agreed
        # to impose sanctions on Iran")
        f.target = None
    reprisal = _reprisal(tok) if f.sense.type == "THREATEN" else None
    if reprisal is not None and (f.target is None or reprisal.left_edge.i <= f.target.i <= reprisal.right_edge.i):
        f.target = _prep_object(reprisal, ("against", "on"))  # "vowed revenge", not on the revenge


def _arguments(f: _Found, sent_found: Sequence[_Found]) -> None:
    tok = f.token
    targets = recipient_preps(tok, f.sense.type)
    if tok.pos_ == "VERB":
        f.passive = _is_passive(tok)
        if f.passive:
            f.actor = _prep_object(tok, ("by",))
            f.target = _child(tok, PASSIVE_SUBJECT_DEPS) or (
                _child(tok, ("nsubj",)) if _elided_passive(tok) or _bare_participle(tok) else None)
            if f.target is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                f.target = tok.head
            if f.target is None:
                f.target = _coordinated_passive_target(f, sent_found)
            if f.target is None:
                f.target = _subject_of_governor(tok)
            # "A grenade was hurled at a police post", "aid was delivered to displaced people": what is
            # thrown or given is the means; where it lands or whom it reaches is the target.
            means = f.target is not None and used_as_means(tok, f.target)
            f.target = _passive_recipient(f) or (None if means else f.target)
        else:
            f.actor = _child(tok, SUBJECT_DEPS) or _inherited_subject(tok, commanded=f.sense.type not in IMPOSED_TYPES)
            if f.actor is None and misread_relative(tok):
                f.actor = tok.head  # "Islamist militants killed at least 20 soldiers ..., the army said"
            f.target = _verb_target(tok, f.sense) or _shared_with_conjunct(f, sent_found) or stray_object(tok)
            if f.target is None and f.actor is not None and f.sense.type in MEDIATING_TYPES:
                # "Brazil offered to mediate between Venezuela and Guyana": a third party acts, the two sides
                # are acted with (as for the nouns below).
                f.target = _prep_object(tok, ("between",))
        if f.actor is None and f.sense.type in ("ASSAULT", "COERCE"):
            f.actor = _compound_agent(tok)  # a gerund read as a verb: "injured in army shelling"
        if f.actor is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            f.actor = _author_of(tok.head)
        if f.actor is None:
            f.actor = _held_to_have_done(tok)
        return
    # A noun: "Wagner's recruitment of prisoners by ...", "recruitment centres for PMC Wagner".
    acted_on = _possessor_acted_on(tok)
    f.actor = (None if acted_on is not None else _child(tok, ("poss",))) or _prep_object(tok, ("by",)) \
        or _agent_of_measure(tok)
    light = _light_verb(tok)
    placed = _placed_under(f)
    if placed is not None:
        # "the editor was placed under house arrest by the army": the one held is the target.
        f.actor, f.target = f.actor or placed[0], placed[1]
        return
    if f.actor is None and f.sense.type in SPOKEN_FROM_TYPES:
        # "harsh criticism from fellow GOP hopefuls", "attacks from Bush and Kasich", "calls from the opposition",
        # or hung on the verb that carries the noun ("drew criticism from Democrats"); "withdrawal from Iraq" and
        # "expulsion from the party" name a place or body left, so not those types.
        sender = _prep_object(tok, ("from",))
        if sender is None and tok.dep_ in OBJECT_DEPS and tok.head.lemma_.lower() in RECEIVING_VERBS:
            sender = _prep_object(tok.head, ("from",))
        f.actor = sender if sender is not None and _is_party(sender) else None
    f.target = acted_on or _prep_object(tok, ("of", *targets)) or _prep_object(tok, NOUN_RECIPIENT_PREPS)
    if f.actor is None and f.sense.type in ("ASSAULT", "COERCE") and f.target is not None \
            and f.target.head.lower_ in ("on", "against") and (agent := _prep_object(f.target, ("by",))) is not None \
            and _is_party(agent):
        f.actor = agent  # "attacks on hospitals by security forces": the parser hangs the "by" on the hospitals
    if f.target is None and f.actor is not None and f.actor.dep_ == "pobj" and f.actor.head.lower_ == "by":
        # "an attack by Boko Haram insurgents on a military base": the parser hangs the "on" on the attackers.
        f.target = _prep_object(f.actor, ("on", "against"))
    if f.target is None and light is not None:
        # "staged rallies in Gaza against the party's leader", "issued an ultimatum to Ecuador".
        f.target = _prep_object(light, targets - {"of", "about", "for"}) or _prep_object(light, NOUN_RECIPIENT_PREPS)
    if f.target is None:
        # "its demand that Israel ease restrictions": the subject of the clause the noun announces.
        f.target = _announced_subject(tok)
    if f.target is None and f.sense.type in CONTENT_NOUN_TYPES and tok.dep_ in OBJECT_DEPS:
        # "reiterated its demand today that Israel ease ...": the parser hangs the "that" clause a word
        # after the noun on the verb; the demand is still what the clause announces.
        f.target = _announced_subject(tok.head, marked=True)
    if f.actor is None:
        # "the ANC campaign", "Israeli air strikes", "a Russian invasion" (not "anti-Israeli protests").
        f.actor = next((c for c in tok.children if c.i < tok.i and c.is_alpha and not _against_or_for(c) and (
            (c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
            or (c.dep_ == "amod" and c.ent_type_ == "NORP"))), None)
    if f.actor is None and f.sense.type == "ASSAULT":
        # "a Turkish drone strike", "a Saudi-led coalition air raid": a nation or body named deeper in the phrase
        named = _named_modifier(tok)
        f.actor = named if named is not None and named.ent_type_ in ("NORP", "ORG") else None
    if f.actor is None and f.sense.type in ("ASSAULT", "COERCE"):
        f.actor = _compound_agent(tok)
    if f.target is None and f.sense.type == "ASSAULT" and tok.dep_ == "nsubj" and \
            tok.head.lemma_.lower() in IMPACT_VERBS:
        f.target = _child(tok.head, ("dobj",))  # "Israeli air strikes hit a residential building"
    if f.actor is None and tok.dep_ == "compound":
        head = tok.head
        f.actor = next((c for c in head.children if c.dep_ in ("compound", "poss") and c != tok
                        and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")), None) or _prep_object(head, ("for",))
    if f.actor is None and light is not None:
        f.actor = _child(light, SUBJECT_DEPS) or _inherited_subject(light)
    if f.actor is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DECREEING_VERBS:
        f.actor = _child(tok.head, SUBJECT_DEPS)  # "the government ordered the closure of the bureau"
    if f.actor is None:
        f.actor = _staged_by(tok)
    if f.actor is None:
        f.actor = _held_to_have_done(tok)  # "blamed the rebels for the attack"
    if f.actor is None and f.target is None and f.sense.type in RECIPROCAL_TYPES:
        f.actor = _first_side_between(tok)
    elif f.actor is not None and f.target is None and f.sense.type in RECIPROCAL_TYPES:
        # "Qatar launched a mediation effort between the Emirates and Saudi Arabia", "Norway hosted talks
        # between ...": a third party acts, the two sides are acted with.
        f.target = _prep_object(tok, ("between",)) or _prep_object(_effort_head(tok), ("between",))


def _subject_of_governor(tok: Token) -> Token | None:
    """"Mahsa Amini died after being beaten by police", "arrested last week, he was charged": a passive with no
    subject of its own, in a clause or phrase that modifies a verb, is done to that verb's subject."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        governor = tok.head.head
    elif tok.dep_ == "advcl":
        governor = tok.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    subject = _child(governor, SUBJECT_DEPS) or _child(governor, PASSIVE_SUBJECT_DEPS)
    return subject if subject is not None and _is_party(subject) else None


def _against_or_for(tok: Token) -> bool:
    """ "anti-Israeli", "pro-Russian": a name that says whom an act is against or for, not who does it."""
    doc = tok.doc
    hyphened = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro")
    return hyphened or tok.lower_.startswith(("anti", "pro-"))


def _targets_from_embedded_events(found: Sequence[_Found]) -> None:
    """Whom an accusation is against: the actor of the act it names ("warned of recruitment by Wagner");
    then the targets acts take from the acts they govern (``_targets_from_governed_events``)."""
    by_token = {f.token.i: f for f in found}
    for f in found:
        act = next((by_token[c.i] for c in f.token.children if c.dep_ == "dobj" and c.i in by_token), None)
        if f.sense.type in ("ACCUSE", "PROTEST") and act is not None and f.target is not None \
                and act.target is not None and act.target.i == f.target.i:
            # "condemned the execution of three political prisoners": the act condemned, or who did it, not
            # those it was done to
            f.target = act.actor or act.token
        embedded = by_token.get(f.target.i) if f.target is not None else None
        if f.sense.type not in ("ACCUSE", "PROTEST", "REQUEST"):
            # Any act on an act falls on its doers: "police prevented the demonstration staged by students",
            # "rejected the demands of the strikers".
            if embedded is not None and embedded.actor is not None and not _same(embedded.actor, f.actor):
                f.target = embedded.actor
            continue
        if embedded is None:
            # "warned of recruitment by Wagner"; an act the trigger merely follows ("called for calm after
            # clashes between police and protesters") is not what it is about.
            embedded = next((by_token[c.i] for p in f.token.children if p.dep_ == "prep"
                             and p.lower_ not in TIME_PREPS
                             for c in p.children if c.dep_ == "pobj" and c.i in by_token), None)
        if embedded is not None and embedded.actor is not None and (
            f.target is None or f.target.i == embedded.token.i
        ):
            f.target = embedded.actor
    _targets_from_governed_events(found)
    for f in found:
        if f.actor is None and f.passive and f.sense.type == "ASSAULT":
            f.actor = _cause_doer(f, by_token)
        if _same(f.target, f.actor):
            f.target = None  # taken over from another act, a party may be this act's own actor


def _targets_from_governed_events(found: Sequence[_Found]) -> None:
    """A protest, threat or refusal with no party as target takes the target of the act it is staged for
    or is about: "began a hunger strike to protest against Sweden's decision", "staged a strike in protest
    against violations by Algerian security forces"."""
    vacant: dict[int, _Found] = {}
    for f in found:
        if f.sense.type in GOVERNING_TYPES and (_vacant(f) or _owner_of_thing(f)) and _reprisal(f.token) is None:
            light = _light_verb(f.token) if f.token.pos_ != "VERB" else None
            for head in (f.token, light):
                if head is not None:
                    vacant.setdefault(head.i, f)
    chosen: dict[int, _Found] = {}
    for g in found:
        if g.target is None or g.sense.type not in GOVERNED_TYPES or not _is_party(g.target):
            continue
        governing = next((vacant[a.i] for a in _governors(g.token) if a.i in vacant), None)
        if governing is not None and governing.target is not None and governing.target.i == g.token.i:
            continue  # "protest against the arrest of Ocalan" is aimed at who arrested him, not at Ocalan
        if governing is not None and governing is not g:
            best = chosen.get(id(governing))
            if best is None or abs(g.token.i - governing.token.i) < abs(best.token.i - governing.token.i):
                chosen[id(governing)] = g
    for f in found:
        if id(f) in chosen:
            f.target = chosen[id(f)].target


def _owner_of_thing(f: _Found) -> bool:
    """A protest's target read off the thing it acts on ("burned American flags"): what it is staged for, if
    that names a party, says better whom it is aimed at ("... to denounce NATO air strikes")."""
    target = f.target
    return f.sense.type == "PROTEST" and target is not None and target.dep_ in ("amod", "compound", "poss") \
        and target.head.dep_ == "dobj" and target.head.head == f.token and not _is_party(target.head)


def _governors(tok: Token) -> list[Token]:
    """The words a trigger hangs from through purpose, complement and prepositional links only."""
    out: list[Token] = []
    current = tok
    while current.head != current and len(out) < 4 and (current.dep_ in GOVERNED_DEPS or (
            current.dep_ == "relcl" and any(c.tag_ == "TO" for c in current.children))):  # "a strike to protest"
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_OF_TIME_MARKS
                                           for c in current.children):
            break  # "dropped bombs before a helicopter fired on people": a clause of time, not of purpose
        current = current.head
        out.append(current)
    return out


def _reprisal(tok: Token) -> Token | None:
    """The revenge or retaliation a verb vows or threatens ("vowed revenge"), if that is its object."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in REPRISAL_NOUNS), None)


def _state_body(tok: Token) -> bool:
    """A country, a ministry, government or embassy, or one who holds a state's office: "Iran's foreign ministry",
    "Beijing", "President Gustavo Petro"."""
    return tok.ent_type_ == "GPE" or tok.lemma_.lower() in STATE_BODIES or any(
        c.dep_ == "compound" and c.lemma_.lower() in STATE_BODIES for c in tok.children)


def _agent_of_measure(noun: Token) -> Token | None:
    """ "a series of raids by Montreal police", "a wave of arrests by the army": the parser hangs the "by" on
    the measure."""
    prep = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if prep is None or prep.head.lemma_.lower() not in MEASURE_NOUNS:
        return None
    agent = _prep_object(prep.head, ("by",))
    return agent if agent is not None and _is_party(agent) else None


def _protesting_kind(noun: Token) -> Token | None:
    """ "worker protests", "student demonstrations", "farmer strikes": the people the protest is named for."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                 and c.lemma_.lower() in PROTESTING_KINDS), None)
