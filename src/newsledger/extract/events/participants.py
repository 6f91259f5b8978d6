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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.events.lexicon import Sense
from newsledger.records import Entity, Quote, SpanRef

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
# Modifiers kept on the left of a participant's head noun ("the international community").
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case", "predet",
                          "advmod", "npadvmod"})
# The preposition that introduces a recipient, per event type ("call on X", "protest against X").
TARGET_PREPS: dict[str, frozenset[str]] = {
    "REQUEST": frozenset({"on", "upon", "to"}),
    "ACCUSE": frozenset({"against", "of", "about", "on"}),
    "THREATEN": frozenset({"against", "with"}),
    "PROTEST": frozenset({"against", "outside"}),
    "ASSAULT": frozenset({"on", "against", "at"}),
    "CONSULT": frozenset({"with"}),
    "AGREE": frozenset({"with"}),
    "COOPERATE": frozenset({"with"}),
    "SUPPORT": frozenset({"to", "with"}),
    "AID": frozenset({"to", "for"}),
    "SANCTION": frozenset({"against", "on"}),
    "COERCE": frozenset({"on", "against"}),
    "REJECT": frozenset({"by", "from"}),
}
PRONOUN_SPEAKER_WORDS = frozenset({"we", "i", "us"})
PARTITIVE_NOUNS = frozenset({"position", "positions", "part", "scores", "dozens", "hundreds", "thousands", "members",
                             "member", "number", "some", "many", "most", "all", "one", "third", "half", "group",
                             "camp", "camps", "home", "homes", "office", "offices"})
PLACE_RECIPIENT_TYPES = frozenset({"CONCEDE", "THREATEN", "SANCTION", "MOBILIZE", "AID", "RETREAT", "REJECT",
                                   "COERCE"})
# Types whose place is a recipient only through the act they govern ("agreed to postpone the rally in
# Baku"): the place of the agreeing itself is a venue, not a party.
GOVERNED_PLACE_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE"})
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "NORP"})
# Verbs that carry an event noun and share its actor ("staged a protest", "went on strike").
LIGHT_VERBS = frozenset({"carry", "launch", "stage", "conduct", "mount", "hold", "open", "impose", "begin", "make",
                         "establish", "take", "gain", "regain", "seize", "assume", "wrest", "declare", "issue",
                         "lodge", "file", "continue", "resume", "extend", "start", "end", "lift", "organize",
                         "organise", "go", "remain", "keep", "put", "step", "intensify", "announce",
                         # Verbs of giving carry what is given to the recipient ("provide aid to refugees").
                         "provide", "give", "grant", "offer", "send", "deliver"})
# Measures and batches of a thing given or done ("25,000 tons of aid", "a series of attacks").
MEASURE_NOUNS = frozenset({"ton", "tonne", "tons", "tonnes", "series", "wave", "round", "package", "shipment",
                           "consignment", "batch", "spate", "string", "load", "convoy", "amount", "quantity"})
# Prepositions that name whom an event noun is addressed to ("an ultimatum to Ecuador", "talks with X").
NOUN_RECIPIENT_PREPS = ("to", "with", "against")
# Acts that take the target of the act they are staged for or are about ("a strike to demand ..."), and
# the links through which they govern it.
GOVERNING_TYPES = frozenset({"PROTEST", "THREATEN", "REJECT", "AGREE", "ASSAULT"})
GOVERNED_TYPES = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "COERCE", "ASSAULT", "THREATEN",
                            "AID", "CONCEDE", "RETREAT", "MOBILIZE"})
GOVERNED_DEPS = frozenset({"xcomp", "advcl", "pobj", "prep", "pcomp", "acl", "dobj"})
# Personal pronouns an actor may be, with what they can stand for.
SINGULAR_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
PERSON_PRONOUNS = frozenset({"he", "his", "she", "her", "him"})
# Titles and bodies that belong to a named party ("the President of Chad", "inspectors of the IAEA").
TITLE_NOUNS = frozenset({"president", "leader", "chief", "head", "minister", "governor", "government",
                         "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "commander", "king",
                         "queen", "member", "inspector", "official", "representative", "delegation", "secretary",
                         "chairman", "director", "mayor", "premier", "emir", "army", "police", "forces",
                         "troops", "parliament", "people", "citizens", "brother", "sister", "son", "daughter",
                         "wife", "husband", "father", "mother", "relative", "family"})
# What "in protest ..." is against: "in protest of/against/at/over X".
PROTESTED_PREPS = ("of", "against", "at", "over")
# Nouns of these types announce a clause about their recipient ("a demand that Israel ease ...").
CONTENT_NOUN_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Forces that are sent, offered or withdrawn, and the types that move them.
FORCE_NOUNS = frozenset({"troops", "troop", "soldier", "soldiers", "force", "forces", "peacekeeper", "peacekeepers",
                         "personnel", "reinforcement", "reinforcements", "contingent", "battalion", "battalions",
                         "unit", "units", "warship", "warships", "marines", "paratroopers", "observers",
                         "monitors", "advisers", "advisors"})
DEPLOYMENT_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "SUPPORT", "AGREE", "COOPERATE", "REJECT", "CONCEDE",
                              "THREATEN"})
# Things launched at a target ("fired rockets at Israel"): the means of an attack, never its recipient.
PROJECTILE_NOUNS = frozenset({"rocket", "missile", "shell", "bomb", "mortar", "grenade", "bullet", "shot", "round",
                              "salvo", "volley", "projectile", "gas", "teargas", "stone", "rock", "fire", "artillery",
                              "munition", "explosive", "drone", "torpedo", "firebomb", "cocktail", "barrage"})
# Types whose direct object is the one acted on (the victim, the arrested, the mobilised).
DIRECT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
# Of these, the types whose object is a physical thing that stays the target ("attacked an army convoy").
PHYSICAL_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
RECIPIENT_PREPS = ("to", "with", "from", "against")
# Prepositions whose object is what an act is about; a party may be named inside it.
TOPIC_PREPS = frozenset({"on", "upon", "over", "about", "for", "of"})
# Prepositions that only place an act in time.
TIME_PREPS = frozenset({"after", "before", "following", "during", "since", "amid", "until"})
# Acts two sides do together ("talks between X and Y", "clashes between X and Y").
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
# Prepositions of what an act follows from: "called off the strike after talks with the government" is a
# concession to the government.
SEQUEL_PREPS = frozenset({"after", "following"})
# Acts that answer another party's act (a call or a meeting after clashes answers no one in particular).
RESPONSE_TYPES = frozenset({"CONCEDE", "RETREAT", "AGREE", "COOPERATE", "SUPPORT", "AID", "SANCTION", "REJECT",
                            "ACCUSE", "THREATEN"})
# Nouns for people, groups and bodies that can act or be acted on (a general vocabulary, not names).
PARTY_NOUNS = frozenset({
    "government", "people", "authority", "authorities", "leader", "leadership", "official", "officer", "rebel",
    "force", "forces", "army", "troops", "soldier", "police", "community", "council", "parliament", "minister",
    "president", "premier", "king", "party", "group", "faction", "movement", "union", "coalition", "alliance",
    "refugee", "civilian", "prisoner", "detainee", "hostage", "protester", "demonstrator", "activist", "worker",
    "student", "teacher", "doctor", "journalist", "country", "nation", "state", "regime", "administration",
    "ministry", "agency", "organization", "organisation", "court", "judge", "militant", "militia", "guerrilla",
    "insurgent", "fighter", "extremist", "fundamentalist", "separatist", "terrorist", "gunman", "settler",
    "citizen", "resident", "villager", "inspector", "observer", "monitor", "peacekeeper", "partner", "member",
    "ally", "neighbor", "neighbour", "opponent", "opposition", "candidate", "delegation", "envoy", "ambassador",
    "diplomat", "commander", "chief", "ruler", "cabinet", "congress", "senate", "assembly", "committee",
    "commission", "tribe", "clan", "migrant", "immigrant", "population", "supporter", "follower", "company",
    "man", "woman", "person", "child", "boy", "girl", "youth", "suspect", "counterpart", "victim",
    "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "relative",
})
PARTY_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# Prepositions that name a party inside a phrase about a thing ("calls by Belarus", "contact with the US").
INNER_PARTY_PREPS = frozenset({"by", "from", "of", "with", "to", "against", "on", "for", "between", "toward",
                               "towards"})
# Possessive pronouns name the actor's own things ("its forces", "their demands"), not another party.
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


@dataclass
class _Found:
    """An event while it is being assembled."""

    token: Token
    sense: Sense
    actor: Token | None = None
    target: Token | None = None
    passive: bool = False
    record_fields: dict[str, Any] = field(default_factory=dict)


def assign_participants(f: _Found, sent_found: Sequence[_Found]) -> None:
    """Set ``f.actor`` and ``f.target`` (``f.passive`` too) from the parse around the trigger."""
    _arguments(f, sent_found)
    _resolve_references(f)
    _refine_target(f, sent_found)
    if f.sense.type == "PROTEST" and f.actor is None:
        f.actor = _protest_clause_actor(f)
    if _same(f.target, f.actor):
        # An actor is not its own recipient ("blew themselves up" names no one else).
        f.target = None


def _resolve_references(f: _Found) -> None:
    """Pronouns, relative pronouns, partitives and appositions stand for the party they refer to."""
    f.actor = _through_partitive(_antecedent(_relative_antecedent(f.actor)) if f.actor is not None else None)
    f.target = _through_partitive(_target_antecedent(f) if f.target is not None else None)
    f.actor = _named_by_apposition(f.actor)
    f.target = _named_by_apposition(f.target)


def _refine_target(f: _Found, sent_found: Sequence[_Found]) -> None:
    """Replace a target that is a thing, the actor's own, or forces sent by the party or place it concerns."""
    physical = f.sense.type in PHYSICAL_OBJECT_TYPES
    triggers = {o.token.i for o in sent_found}
    # An event noun as target ("warned of the recruitment of prisoners by Wagner") is resolved through
    # that event's own actor later (``_targets_from_embedded_events``).
    if f.target is not None and not _is_party(f.target) and f.target.i not in triggers:
        # "protest against violations by Algerian security forces": the party behind the thing. What is
        # attacked or seized stays itself ("an army convoy") unless a preposition names its people.
        f.target = _party_inside(f.target, depth=1 if physical else 2, modifiers=not physical) or f.target
    if _sent_forces(f):
        f.target = _destination(f) or f.target
    if f.target is not None and _own(f.target) and f.token.pos_ == "VERB":
        # "closed its border with Sudan": the actor's own thing is the means; the party it is shut to is hit.
        other = _prep_object(f.token, RECIPIENT_PREPS)
        f.target = other if other is not None and _is_party(other) else f.target
    if f.sense.type == "PROTEST" and _vacant(f):
        f.target = _protested(f, sent_found) or f.target
    if f.sense.type in PLACE_RECIPIENT_TYPES | GOVERNED_PLACE_TYPES and _vacant(f):
        f.target = _place_as_recipient(f) or f.target
    if f.sense.type == "THREATEN" and _vacant(f):
        # Only when the threatened act names no one it falls on.
        f.target = _condition_subject(f.token) or f.target


def _protested(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"a hunger strike in protest of the government's refusal", "marched in protest at the killing by
    police": the phrase says what is protested; an act named there is resolved to its doer later."""
    phrase = _in_protest(f)
    if phrase is None:
        return None
    protest, clause = phrase
    # The parser often hangs the complement on the clause: "went on strike in protest at the tax".
    holders = [protest, clause] if clause.pos_ == "VERB" else [protest, clause, clause.head]
    what = next((found for h in holders if (found := _prep_object(h, PROTESTED_PREPS)) is not None), None)
    if what is None:
        return None
    if _is_party(what) or what.i in {o.token.i for o in sent_found}:
        return what
    return _party_inside(what) or what


def _in_protest(f: _Found) -> tuple[Token, Token] | None:
    """The noun "protest" of an "in protest" phrase of ``f`` (or ``f`` itself) and the word it hangs from."""
    tok = f.token
    if _is_in_protest(tok):
        return tok, tok.head.head
    light = _light_verb(tok) if tok.pos_ != "VERB" else None
    for holder in (tok, light):
        protest = _prep_object(holder, ("in",)) if holder is not None else None
        if protest is not None and _is_in_protest(protest):
            return protest, light or tok
    return None


def _is_in_protest(tok: Token) -> bool:
    return tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _protest_clause_actor(f: _Found) -> Token | None:
    """"workers staged a sit-in in protest at the tax": whoever does what is done in protest protests."""
    if not _is_in_protest(f.token):
        return None
    clause = f.token.head.head
    verb = _light_verb(clause) if clause.pos_ != "VERB" else clause
    if verb is None and clause.dep_ in OBJECT_DEPS and clause.head.pos_ == "VERB":
        verb = clause.head
    if verb is None or _is_passive(verb):
        return None
    return _child(verb, SUBJECT_DEPS) or _inherited_subject(verb)


def _condition_subject(tok: Token) -> Token | None:
    """"threatened to stop the talks if the United States deploys missiles": a threat is made to the one
    whose act is its condition."""
    for verb in _governed_verbs(tok):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                              for c in clause.children):
                subject = _child(clause, SUBJECT_DEPS)
                if subject is not None and _is_party(subject):
                    return subject
    return None


def _sent_forces(f: _Found) -> bool:
    """"deployed troops to Somalia", "contribute 4,000 troops to the force": forces sent, offered or pulled
    out are what moves; the recipient is where they go or leave."""
    return f.target is not None and f.sense.type in DEPLOYMENT_TYPES and (
        f.target.lemma_.lower() in FORCE_NOUNS or f.target.lower_ in FORCE_NOUNS)


def _destination(f: _Found) -> Token | None:
    """Where the forces of ``f`` go ("to X", "in X") or, for a retreat, leave ("from X")."""
    preps = ("from",) if f.sense.type == "RETREAT" else ("to", "into", "in", "inside")
    assert f.target is not None
    holders = [f.target, *_governed_verbs(f.token)]
    for holder in holders:
        found = _prep_object(holder, preps)
        if found is None or _is_time(found):
            continue
        if _is_party(found) or found.ent_type_ in PLACE_ENTITY_TYPES:
            return found
        # "withdrew troops from the border with Ukraine": the party the place belongs to.
        inner = _party_inside(found)
        if inner is not None:
            return inner
    return None


def _governed_verbs(tok: Token) -> list[Token]:
    """The trigger and the verbs it governs through "to" complements ("refused to deploy", "ready to send")."""
    verbs = [tok]
    for verb in verbs:
        if len(verbs) < 5:
            verbs.extend(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
    return verbs


def _vacant(f: _Found) -> bool:
    """No party as target yet: none, the actor's own people, or a thing (unless a thing is what is hit)."""
    if f.target is None or _own(f.target):
        return True
    # A protest's object is a party or a grievance, so a road or bridge it blocks leaves the target open.
    return f.sense.type not in PHYSICAL_OBJECT_TYPES and not _is_party(f.target)


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "aux" for c in tok.children)
    )


def _child(tok: Token, deps: Iterable[str]) -> Token | None:
    wanted = set(deps)
    return next((c for c in tok.children if c.dep_ in wanted), None)


def _prep_object(tok: Token, preps: Iterable[str]) -> Token | None:
    wanted = set(preps)
    for c in tok.children:
        # spaCy labels the "to" of a recipient "dative" ("sent food to refugees").
        if c.dep_ in ("prep", "agent", "prt", "dative") and c.lower_ in wanted:
            obj = _child(c, ("pobj",))
            # "its demand on Monday that ...": a date is never a participant.
            if obj is not None and not _is_time(obj):
                return obj
    return None


def _arguments(f: _Found, sent_found: Sequence[_Found]) -> None:
    tok = f.token
    targets = TARGET_PREPS.get(f.sense.type, frozenset())
    if tok.pos_ == "VERB":
        f.passive = _is_passive(tok)
        if f.passive:
            f.actor = _prep_object(tok, ("by",))
            f.target = _child(tok, PASSIVE_SUBJECT_DEPS)
            if f.target is None and tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                f.target = tok.head
            if f.target is None:
                f.target = _coordinated_passive_target(f, sent_found)
        else:
            f.actor = _child(tok, SUBJECT_DEPS) or _inherited_subject(tok)
            f.target = _verb_target(tok, f.sense) or _shared_with_conjunct(f, sent_found)
        if f.actor is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            f.actor = _author_of(tok.head)
        return
    # A noun: "Wagner's recruitment of prisoners by ...", "recruitment centres for PMC Wagner".
    f.actor = _child(tok, ("poss",)) or _prep_object(tok, ("by",))
    light = _light_verb(tok)
    f.target = _prep_object(tok, ("of", *targets)) or _prep_object(tok, NOUN_RECIPIENT_PREPS)
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
        f.actor = next((c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE", "NORP",
                                                                                              "PERSON")), None)
    if f.actor is None and tok.dep_ == "compound":
        head = tok.head
        f.actor = next((c for c in head.children if c.dep_ in ("compound", "poss") and c is not tok
                        and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")), None) or _prep_object(head, ("for",))
    if f.actor is None and light is not None:
        f.actor = _child(light, SUBJECT_DEPS) or _inherited_subject(light)
    if f.actor is None:
        f.actor = _staged_by(tok)
    if f.actor is None and f.target is None and f.sense.type in RECIPROCAL_TYPES:
        f.actor = _first_side_between(tok)


def _first_side_between(noun: Token) -> Token | None:
    """"talks between Israel and Syria", "clashes between police and protesters": both sides act, so the
    PLOVER manual ("Compound and Reciprocal Actors") makes them all actors and names no recipient; an
    event holds one actor, the first side."""
    first = _prep_object(noun, ("between",))
    return first if first is not None and _child(first, ("conj",)) is not None else None


def _staged_by(noun: Token) -> Token | None:
    """"the demonstration staged by students", "an attack carried out by rebels": the agent of a participle
    that describes the event noun is its actor."""
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN":
            agent = _prep_object(participle, ("by",))
            if agent is not None:
                return agent
    return None


def _announced_subject(tok: Token, marked: bool = False) -> Token | None:
    """The party that is the subject of a clause hanging from ``tok`` (with "that" when ``marked``)."""
    for clause in tok.children:
        if clause.dep_ not in ("acl", "ccomp"):
            continue
        if marked and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        subject = _child(clause, SUBJECT_DEPS)
        if subject is not None and _is_party(subject):
            return subject
    return None


def _author_of(noun: Token) -> Token:
    """Who acts through a noun a participle describes: the party itself ("protesters demanding"), the one
    who issued the thing ("the PKK issued a declaration demanding ..."), or its author named inside it."""
    if _is_party(noun):
        return noun
    light = _light_verb(noun)
    if light is not None:
        issuer = _child(light, SUBJECT_DEPS) or _inherited_subject(light)
        if issuer is not None:
            return issuer
    # "rejected a UN resolution condemning ...": the author named in the thing, not who rejects it.
    return _party_inside(noun) or noun


def _verb_target(tok: Token, sense: Sense) -> Token | None:
    """The recipient of an active verb: its type's preposition, the party addressed, or what it acts on."""
    targets = TARGET_PREPS.get(sense.type, frozenset())
    if sense.condition == "prep":
        # "call on X", "warn against X": the preposition that licensed the trigger names the recipient.
        found = _prep_object(tok, targets)
        if found is not None:
            return found
    if sense.type not in DIRECT_OBJECT_TYPES:
        found = _recipient(tok, targets, sequel=sense.type in RESPONSE_TYPES)
        if found is not None and sense.type == "ACCUSE" and _addressee(found):
            # "complained to the UN over Israeli air raids": the accused is the one behind the grievance;
            # the UN only hears it.
            return _topic_party(tok) or found
        if found is not None:
            return found
    obj = _child(tok, OBJECT_DEPS)
    if obj is not None and _is_projectile(obj):
        # "fired rockets at Israel", "dropped bombs on the town": the weapon is the means, not the target.
        return _prep_object(tok, targets | {"into"}) or _prep_object(obj, targets | {"into"}) or obj
    return obj or _prep_object(tok, targets) or _opponent(tok, sense)


def _addressee(tok: Token) -> bool:
    """A "to" phrase on the verb: whom one speaks to ("complained to the UN")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.dep_ in ("prep", "dative")


def _topic_party(verb: Token) -> Token | None:
    """The party named in what a verb is about: "over two Israeli air raids", "about Russia's actions"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("over", "about", "against", "of", "for"):
            obj = _child(prep, ("pobj",))
            if obj is None:
                continue
            if _is_party(obj):
                return obj
            found = _party_inside(obj)
            if found is not None:
                return found
    return None


def _is_projectile(tok: Token) -> bool:
    return tok.lemma_.lower() in PROJECTILE_NOUNS or tok.lower_ in PROJECTILE_NOUNS


def _opponent(tok: Token, sense: Sense) -> Token | None:
    """"clashed with Kurdish fighters", "fought with the army": in violence "with" a party names the other
    side ("with rockets" names a means and is no party)."""
    if sense.type != "ASSAULT":
        return None
    found = _prep_object(tok, ("with",))
    return found if found is not None and _is_party(found) else None


def _shared_with_conjunct(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"donated and delivered goods to X", "killing or wounding 50": coordinated acts share the object and
    recipient of the one that names them."""
    tok = f.token
    if _child(tok, OBJECT_DEPS) is not None:
        return None
    types = {o.token.i: o.sense.type for o in sent_found}
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or _child(conj, SUBJECT_DEPS) is not None:
            continue
        shared = _verb_target(conj, f.sense)
        # Other verbs share only a party ("arrested and questioned three men"), not a thing ("marched and
        # burned tyres").
        if shared is not None and (types.get(conj.i) == f.sense.type or _is_party(shared)):
            return shared
    return None


def _light_verb(tok: Token) -> Token | None:
    """The verb that carries an event noun: "staged a protest", "went on strike", "remained on alert",
    through a measure of it ("provide 25,000 tons of food aid", "launched a series of attacks")."""
    head = tok.head
    measure = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
    if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS and measure.dep_ in OBJECT_DEPS:
        tok, head = measure, measure.head
    elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "into"):
        head = head.head
    elif tok.dep_ not in OBJECT_DEPS:
        return None
    if head.pos_ in ("VERB", "AUX") and not LIGHT_VERBS.isdisjoint(_verb_bases(head)):
        return head
    return None


def _verb_bases(verb: Token) -> set[str]:
    """The lemma and the plain stems of a verb form (the tagger lemmatises "staged" as "stag")."""
    word = verb.lower_
    bases = {verb.lemma_.lower(), word}
    for ending in ("d", "ed", "s", "es", "ing"):
        if word.endswith(ending):
            bases.add(word[: -len(ending)])
    return bases


def _antecedent(tok: Token, exclude: Token | None = None) -> Token:
    """What a pronoun actor stands for in its sentence: "Iraq said it would allow", "the ILO reiterated its
    demand". The subject of a governing clause that agrees with the pronoun; else the pronoun itself.
    ``exclude`` is a subject the pronoun cannot stand for (a target is not its own event's actor)."""
    word = tok.lower_
    if tok.pos_ != "PRON" or not (word in SINGULAR_PRONOUNS or word in PLURAL_PRONOUNS or word in PERSON_PRONOUNS):
        return tok
    for anc in tok.ancestors:
        subject = _child(anc, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
        if subject is None or subject.i == tok.i or subject.pos_ == "PRON" or _same(subject, exclude):
            continue
        plural = subject.tag_ in ("NNS", "NNPS")
        person = subject.ent_type_ == "PERSON"
        if word in SINGULAR_PRONOUNS and not plural and not person:
            return subject
        if word in PLURAL_PRONOUNS and (plural or subject.ent_type_ in ("ORG", "NORP", "GPE")):
            return subject
        if word in PERSON_PRONOUNS and not plural and (person or subject.lemma_.lower() in PARTY_NOUNS):
            return subject
    return tok


def _named_by_apposition(tok: Token | None) -> Token | None:
    """"his counterpart, Sergei Lavrov", "the rebel group, the FARC": the name an apposition gives a
    participant described only by a common noun."""
    # Only a noun for a party: a thing's apposition is more often a misparsed place ("seized 50 rifles ...,
    # Addis Ababa").
    if tok is None or tok.ent_type_ or tok.pos_ != "NOUN" or tok.lemma_.lower() not in PARTY_NOUNS:
        return tok
    name = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ in PARTY_ENTITY_TYPES), None)
    return name if name is not None else tok


def _target_antecedent(f: _Found) -> Token:
    """What a pronoun target stands for ("Israel said Hamas had attacked it"), never the actor itself:
    "they arrested them" names two sides, so a pronoun that would resolve to the actor stays as it is."""
    assert f.target is not None
    target = _relative_antecedent(f.target)
    resolved = _antecedent(target, exclude=f.actor)
    if resolved.i == target.i:
        resolved = _object_antecedent(target)
    if resolved.i != target.i and f.actor is not None and resolved in f.actor.subtree:
        return target
    return resolved


def _object_antecedent(tok: Token) -> Token:
    """"expelled the ambassador, accusing him of plotting": a pronoun in a participle or purpose clause
    stands for the object of the verb that clause hangs from, when they agree."""
    word = tok.lower_
    if tok.pos_ != "PRON":
        return tok
    current = tok
    for anc in tok.ancestors:
        if current.dep_ in ("advcl", "xcomp", "conj") and anc.pos_ == "VERB":
            obj = _child(anc, OBJECT_DEPS)
            if obj is not None and obj.pos_ != "PRON" and _agrees(word, obj):
                return obj
        current = anc
    return tok


def _agrees(pronoun: str, noun: Token) -> bool:
    """Whether a personal pronoun can stand for a noun (number, and person or thing)."""
    plural = noun.tag_ in ("NNS", "NNPS")
    person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PARTY_NOUNS
    if pronoun in PERSON_PRONOUNS:
        return person and not plural
    if pronoun in PLURAL_PRONOUNS:
        return plural or noun.ent_type_ in ("ORG", "NORP", "GPE")
    return pronoun in SINGULAR_PRONOUNS and not plural and noun.ent_type_ != "PERSON"


def _relative_antecedent(tok: Token) -> Token:
    """"the journalists who were arrested", "the attack, which killed five": a relative pronoun stands for
    the noun its clause modifies."""
    clause = tok.head
    if tok.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return tok


def _is_party(tok: Token) -> bool:
    """A named or human participant, as opposed to the thing offered, demanded or rejected."""
    if tok.tag_ in ("WDT", "WP", "EX") or tok.lower_ in ("it", "this", "that", "what", "which"):
        return False
    return tok.ent_type_ in PARTY_ENTITY_TYPES or tok.pos_ in ("PROPN", "PRON") or \
        tok.lemma_.lower() in PARTY_NOUNS or tok.lower_ in PARTY_NOUNS


def _party_inside(noun: Token, depth: int = 2, modifiers: bool = True) -> Token | None:
    """The party named inside a phrase about a thing: "Serbia's suppression", "calls by Belarus's rulers",
    "contact with the United States", "the return of U.N. weapons inspectors", "Israeli air raids"."""
    poss = _child(noun, ("poss",)) if modifiers else None
    if poss is not None and poss.lower_ not in OWN_POSSESSIVES and _is_party(poss):
        return poss
    # A name used as a modifier: "Israeli air raids", "a Karen guerrilla stronghold", "US-led war".
    for c in noun.children:
        if modifiers and c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            named = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod")
                          and g.ent_type_ in PARTY_ENTITY_TYPES), None)
            if c.ent_type_ in PARTY_ENTITY_TYPES or (named is not None and c.lemma_.lower() in PARTY_NOUNS):
                return c
            if named is not None:
                return named
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in INNER_PARTY_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            obj = _through_partitive(obj) or obj
            if _is_party(obj):
                return obj
            inner = _party_inside(obj, depth - 1, modifiers) if depth > 1 else None
            if inner is not None:
                return inner
    return None


def _own(tok: Token) -> bool:
    """"its troops", "their forces": the actor's own people, sent or moved rather than acted on."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)


def _recipient(tok: Token, type_preps: frozenset[str], sequel: bool = False) -> Token | None:
    """Whom a verbal or cooperative act is addressed to: "offered troops to Lebanon", "demanded that
    the US cancel", "rejected calls by Belarus", "threatened to cut off electricity to Nakhichevan";
    with ``sequel``, also the party of what the act answers ("called off the strike after talks with X")."""
    obj = _child(tok, OBJECT_DEPS)
    if obj is not None and _is_party(obj) and not _own(obj):
        return obj
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    verbs += [g for v in verbs[1:] for g in v.children if g.dep_ in ("xcomp", "conj")]
    for verb in verbs[1:]:
        # "threatened to ban Ugandan opposition candidates": the object of what is threatened.
        obj = _child(verb, OBJECT_DEPS)
        if obj is not None and _is_party(obj) and not _own(obj):
            return obj
    for verb in verbs:
        found = _prep_object(verb, RECIPIENT_PREPS) or _prep_object(verb, type_preps - {"of", "about", "for"})
        if found is not None and not _is_time(found):
            # "conceded to demands from UNITA": the party behind the thing, else the thing.
            return found if _is_party(found) else _party_inside(found) or found
    nouns = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS]
    for noun in nouns:
        found = _party_inside(noun)
        if found is not None:
            return found
    for c in tok.children:
        if c.dep_ == "ccomp":
            subject = _child(c, SUBJECT_DEPS)
            if subject is not None and _is_party(subject):
                return subject
    # "reneged on his commitment to the Zambian people", "calling for independence from Iraq".
    preps = TOPIC_PREPS | SEQUEL_PREPS if sequel else TOPIC_PREPS
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _party_inside(obj)
            if found is not None:
                return found
    return None


def _same(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i


def _is_time(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _through_partitive(tok: Token | None) -> Token | None:
    """"positions of the Palestinian security forces", "scores of refugees": the party, not the part."""
    if tok is None or (tok.lemma_.lower() not in PARTITIVE_NOUNS and tok.lower_ not in PARTITIVE_NOUNS):
        return tok
    inner = _prep_object(tok, ("of",))
    return inner if inner is not None else tok


def _place_as_recipient(f: _Found) -> Token | None:
    """Curfews, sanctions and deployments fall on the people of a place: "lifted a curfew in Montenegro",
    "threatened to ban voting in East Jerusalem", "remained on alert in the West Bank"."""
    tok = f.token
    light = _light_verb(tok) if tok.pos_ != "VERB" else None
    own = [tok, light] if light is not None else [tok]
    # The acts it governs ("refused to deploy peacekeepers in Iraq") and the things acted on.
    verbs = list(own)
    for verb in verbs:
        if len(verbs) < 6:
            verbs.extend(c for c in verb.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB")
    things = [c for v in verbs for c in v.children if c.dep_ in OBJECT_DEPS]
    holders = [*verbs, *things] if f.sense.type in PLACE_RECIPIENT_TYPES else [*verbs[len(own):], *things]
    for holder in holders:
        found = _prep_object(holder, ("in", "into"))
        if found is not None and found.ent_type_ in PLACE_ENTITY_TYPES:
            return found
    return None


def _inherited_subject(tok: Token) -> Token | None:
    """The subject a verb shares with the verb it hangs from ("prepared to resume shelling")."""
    current = tok
    for _ in range(3):
        if current.dep_ not in ("xcomp", "conj", "advcl") or current.head is current:
            return None
        head = current.head
        if head.pos_ == "ADJ" and head.dep_ == "acomp" and current.dep_ == "xcomp":
            # "France is ready to contribute", "Syria is willing to withdraw".
            current, head = head, head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if _is_passive(head) and current.dep_ == "xcomp":
            return None
        subject = _child(head, SUBJECT_DEPS)
        if subject is not None:
            return subject
        current = head
    return None


def _coordinated_passive_target(f: _Found, sent_found: Sequence[_Found]) -> Token | None:
    """"recruits have been executed ... and have been injured": the second verb shares the first's subject."""
    if f.token.dep_ != "conj":
        return None
    earlier = [o for o in sent_found if o.token.i < f.token.i and o.passive and o.target is not None]
    return earlier[-1].target if earlier else None


def _targets_from_embedded_events(found: Sequence[_Found]) -> None:
    """Whom an accusation is against: the actor of the act it names ("warned of recruitment by Wagner");
    then the targets acts take from the acts they govern (``_targets_from_governed_events``)."""
    by_token = {f.token.i: f for f in found}
    for f in found:
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
        if _same(f.target, f.actor):
            f.target = None  # taken over from another act, a party may be this act's own actor


def _targets_from_governed_events(found: Sequence[_Found]) -> None:
    """A protest, threat or refusal with no party as target takes the target of the act it is staged for
    or is about: "began a hunger strike to protest against Sweden's decision", "staged a strike in protest
    against violations by Algerian security forces"."""
    vacant: dict[int, _Found] = {}
    for f in found:
        if f.sense.type in GOVERNING_TYPES and _vacant(f):
            light = _light_verb(f.token) if f.token.pos_ != "VERB" else None
            for head in (f.token, light):
                if head is not None:
                    vacant.setdefault(head.i, f)
    chosen: dict[int, _Found] = {}
    for g in found:
        if g.target is None or g.sense.type not in GOVERNED_TYPES or not _is_party(g.target):
            continue
        governing = next((vacant[a.i] for a in _governors(g.token) if a.i in vacant), None)
        if governing is not None and governing is not g:
            best = chosen.get(id(governing))
            if best is None or abs(g.token.i - governing.token.i) < abs(best.token.i - governing.token.i):
                chosen[id(governing)] = g
    for f in found:
        if id(f) in chosen:
            f.target = chosen[id(f)].target


def _governors(tok: Token) -> list[Token]:
    """The words a trigger hangs from through purpose, complement and prepositional links only."""
    out: list[Token] = []
    current = tok
    while current.head is not current and len(out) < 4 and (current.dep_ in GOVERNED_DEPS or (
            current.dep_ == "relcl" and any(c.tag_ == "TO" for c in current.children))):  # "a strike to protest"
        current = current.head
        out.append(current)
    return out


def _participant_words(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    return {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}


def _title_holder(tok: Token) -> Token | None:
    """The named party a title or body belongs to: "the President of Chad" -> Chad, "the deputy chief of
    Israel's militia ally" -> ally."""
    if tok.lemma_.lower() not in TITLE_NOUNS and tok.lower_ not in TITLE_NOUNS:
        return None
    holder = _prep_object(tok, ("of",))
    if holder is None or holder.i < tok.i:
        return None
    named = holder.ent_type_ in PARTY_ENTITY_TYPES or holder.pos_ == "PROPN" or any(
        c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in PARTY_ENTITY_TYPES for c in holder.children)
    return holder if named or holder.lemma_.lower() in PARTY_NOUNS else None


def _name_end(tok: Token) -> Token:
    """The last word of a name headed by ``tok``: a name's tail stays together ("the Wagner Group"; "Islamic
    State (ISIS)" stays at its head)."""
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "nummod") and c.i == right.i + 1:
            right = c
    return right


def _np_bounds(tok: Token) -> tuple[int, int]:
    """Character bounds of a participant: its head noun with the modifiers on its left."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in NP_LEFT_DEPS:
            left = min(left, c.left_edge, key=lambda t: t.i)
            break
    right = _name_end(tok)
    holder = _title_holder(tok)
    if holder is not None and not any(t.is_space or "\n" in t.whitespace_ for t in tok.doc[tok.i : holder.i]):
        # "the President of Chad", "inspectors of the IAEA": a title is nothing without whom it belongs to.
        right = _name_end(holder)
    # Never across a line break: a caption or byline parsed into the phrase is not part of it.
    for t in tok.doc[left.i : tok.i]:
        if t.is_space or "\n" in t.whitespace_:
            left = t.nbor(1)
    while (left.is_punct or left.is_space) and left.i < tok.i:
        left = left.nbor(1)
    return left.idx, right.idx + len(right.text)


def _span_ref(tok: Token, context: ExtractContext, quote: Quote | None) -> SpanRef:
    if tok.lower_ in PRONOUN_SPEAKER_WORDS and quote is not None and quote.speaker is not None:
        return quote.speaker
    start, end = _np_bounds(tok)
    text = tok.doc.text[start:end]
    return SpanRef(start, end, text, _entity_at(tok, start, end, context.entities))


def _entity_at(tok: Token, start: int, end: int, entities: Iterable[Entity]) -> str | None:
    head = (tok.idx, tok.idx + len(tok.text))
    best: str | None = None
    for entity in entities:
        for s, e in entity.mentions:
            if s < head[1] and head[0] < e:
                return entity.id
            if best is None and s >= start and e <= end:
                best = entity.id
    return best
