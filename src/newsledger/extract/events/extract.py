"""Events: who did what to whom, where and when, typed in PLOVER and ACLED terms.

``extract_events(doc, context)`` finds trigger words from the lexicon (``triggers.tsv``), reads
their participants off the dependency parse (subject, object, "by" agent, "of" object, "call on"
recipient), and takes time, place and source from the records the earlier extractors produced:
the time expression and place of the event's own clause or sentence, and the quote whose content
holds the trigger. Precision first: a word becomes an event only when the lexicon and its
condition say so, and a field with no evidence in the text stays empty.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.coref import entity_by_offset, resolve_references
from newsledger.extract.events.acled import DEPLOYING_TRIGGERS, acled_type
from newsledger.extract.events.acled_scope import (
    attack_repelled,
    counted_by_acled,
    figurative_struggle,
    names_a_month,
    protest_aftermath,
    protest_grievance,
    protest_turns,
)
from newsledger.extract.events.acled_words import PROTESTER_WORDS, RECIPROCAL_STEMS, RIOTER_LIKE
from newsledger.extract.events.counts import quantities
from newsledger.extract.events.dating import Dating
from newsledger.extract.events.factuality import Factuality, factuality, perfect_infinitive, stated_intent
from newsledger.extract.events.found import DEFINITE_DETERMINERS, _conjuncts
from newsledger.extract.events.harm import Harm
from newsledger.extract.events.lexicon import load_lexicon
from newsledger.extract.events.participants import (
    _Found,
    _is_time,
    _participant_words,
    _span_ref,
    _targets_from_embedded_events,
    assign_participants,
)
from newsledger.extract.events.placing import event_place, retold_place
from newsledger.extract.events.triggers import (
    _partitive_words,
    drop_nested_duplicates,
    hyphened_lemma,
    is_cease_fire,
    non_agent_cause,
    threatens_unless,
    trigger_of,
)
from newsledger.extract.events.weapon_cues import not_the_weapon_used, weapon_markers
from newsledger.records import (
    AcledType,
    Event,
    EventPlace,
    Place,
    Quote,
    SpanRef,
)

logger = logging.getLogger(__name__)

# Who riots: demonstrators, and the unorganised crowds ACLED's violent demonstrations are made of.
RIOTERS = PROTESTER_WORDS | RIOTER_LIKE | frozenset({"youths", "supporters", "students", "workers", "residents",
                                                     "mob", "crowd", "crowds", "villagers", "villager"})
# A cooperative act announced for the future is an expression of intent (PLOVER AGREE); a hostile
# one is a threat (THREATEN), as CAMEO codes them.
INTENT_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "SUPPORT"})
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# Acts whose harm a killing or wounding in their sentence may be ("Students defy curfew; at least 25 killed" is no
# killing done by defying).
HARMING_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Acts of two sides at each other ("clashed", "exchange of fire", "fighting").
MUTUAL_STEMS = (*RECIPROCAL_STEMS, "shootout", "exchang", "encounter")


def extract_events(doc: Doc, context: ExtractContext | None = None) -> tuple[Event, ...]:
    context = context if context is not None else ExtractContext()
    lexicon = load_lexicon()
    found: list[_Found] = []
    for sent in doc.sents:
        sent_found = [f for f in (trigger_of(tok, lexicon) for tok in sent) if f is not None]
        sent_found = drop_nested_duplicates(sent_found)
        for f in sent_found:
            assign_participants(f, sent_found)
        found.extend(f for f in sent_found if not non_agent_cause(f)
                     and not (f.sense.type == "ASSAULT" and figurative_struggle(f.token)))
    _targets_from_embedded_events(found)
    return _records(doc, context, found)


# --- records --------------------------------------------------------------------------------------


def _records(doc: Doc, context: ExtractContext, found: Sequence[_Found]) -> tuple[Event, ...]:
    events: list[Event] = []
    text = doc.text  # once: spaCy joins the tokens anew on each call
    lexicon = load_lexicon()
    dating = Dating(context, text)
    harm = Harm(doc, (f.token for f in found))
    placed: list[tuple[str, EventPlace]] = []
    references = entity_by_offset(resolve_references(doc, context.entities, context.quotes)) if found else {}
    sentence_cues: dict[int, frozenset[str]] = {}  # by sentence start: several events share a sentence
    for n, f in enumerate(found, 1):
        tok = f.token
        sent = tok.sent
        quote = _quote_of(tok.idx, context.quotes)
        told = factuality(tok, quote)
        type_ = f.sense.type
        stated = _stated_type(type_, told)
        if stated is None and type_ == "THREATEN" and told.modality in ("future", "hypothetical") \
                and threatens_unless(tok):
            stated = type_  # "said it would turn off supplies unless ...": the threat is made, the act may come
        if stated is not None:
            # The event is then the refusal, pledge or threat, made when it is said.
            type_, told = stated, stated_intent(tok, told, lambda at: _quote_of(at, context.quotes))
        # "M23 denied that its fighters attacked the convoy": someone says it did not happen (a denied
        # agreement is no refusal, so the type stays).
        negated, modality = told.recorded
        actor = _span_ref(f.actor, context, quote, references) if f.actor is not None and not _is_time(f.actor) \
            and not _named_for_a_town(f, context.places) else None
        target = _span_ref(f.target, context, quote, references) \
            if f.target is not None and not _is_time(f.target) else None
        co_actors = _co_parties(f.actor, actor, context, quote, references)
        co_targets = _co_parties(f.target, target, context, quote, references)
        cues = sentence_cues.get(sent.start)
        if cues is None:
            cues = sentence_cues[sent.start] = _cue_words(sent)
        if type_ == "PROTEST" and (grievance := protest_grievance(tok)):
            cues = _cue_words(sent, skip=grievance)  # what a protest is against is not what happened at it
        if type_ == "ASSAULT":
            cues = cues | attack_repelled(sent)
        actor_words = _participant_words(f.actor)
        theme = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
        cease_fire = is_cease_fire(tok)
        hyphened = hyphened_lemma(tok, lexicon)
        lemma = "ceasefire" if cease_fire else hyphened or tok.lemma_.lower()
        acled = acled_type(type_, f.sense.mode, lemma, cues,
                           actor_words, _participant_words(f.target), sentence=sent.text, theme=theme,
                           subject=_grammatical_subject_words(tok) | _head_words(f.actor),
                           aftermath=(protest_aftermath(sent, frozenset(_head_words(f.actor))) | protest_turns(tok))
                           if type_ == "PROTEST" else frozenset(),
                           told_as_done=_told_as_done(tok)) \
            if counted_by_acled(tok, type_) else None
        mode = f.sense.mode
        if type_ == "ASSAULT" and acled is not None and acled.sub_event_type == "Violent demonstration" \
                and not RIOTERS.isdisjoint(actor_words):
            # Protesters torching a police station: PLOVER's violent riot (PROTEST, mode riot), as ACLED's
            # violent demonstration says; a lone vandal or a football side is no riot.
            type_, mode = "PROTEST", "riot"
        time = dating.date(tok, type_, modality)
        place = event_place(tok, text, context, type_)
        if place is not None:
            placed.append((type_, place))
        elif tok.pos_ != "VERB" and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
            # "the attack", not "Rubio's attack": a possessor is more often the actor than a retelling
            place = retold_place(type_, placed, context.places)
        if acled is not None and type_ == "MOBILIZE" and lemma in DEPLOYING_TRIGGERS and not _moved_to_a_place(tok):
            acled = None  # "troops were deployed": forces moved to no place named are no movement ACLED could map
        casualties = harm.of(tok, violent=type_ == "ASSAULT" or mode == "riot")
        events.append(Event(
            id=f"v{n}",
            type=type_,
            mode=mode,
            acled=acled,
            trigger=(tok.nbor(-2).idx if cease_fire or hyphened else tok.idx, tok.idx + len(tok.text)),
            actor=actor,
            target=target,
            time=time,
            place=place,
            negated=negated,
            modality=modality,
            source=quote.id if quote is not None else None,
            quantities=quantities(tok, casualties.statements),
            co_actors=co_actors,
            co_targets=co_targets,
            fatalities=casualties.fatalities,
            injured=casualties.injured,
        ))
    return _parts(events, found, harm)


def _stated_type(type_: str, told: Factuality) -> str | None:
    """ "will not accept any more refugees": refusing to cooperate is CAMEO's REJECT; "Iraq said it would allow
    inspectors" a pledge (AGREE), "vowed to strike" a threat (THREATEN). None when the act is told as itself."""
    if told.negated and type_ in INTENT_TYPES | {"AGREE"}:
        return "REJECT"
    if told.modality == "future" and told.intent and type_ in INTENT_TYPES:
        return "AGREE"
    if told.modality == "future" and told.intent and type_ in THREAT_TYPES:
        return "THREATEN"
    return None


def _parts(events: list[Event], found: Sequence[_Found], harm: Harm) -> tuple[Event, ...]:
    """Each killing or wounding told as what another event of its sentence did points to that event."""
    by_token = {f.token.i: e for f, e in zip(found, events, strict=True)}
    by_sentence: dict[int, list[Token]] = {}
    for f in found:
        if f.sense.type in HARMING_TYPES:
            by_sentence.setdefault(f.token.sent.start, []).append(f.token)
    out = []
    doers: dict[str, Event] = {}  # main event id -> a part that names who did it
    for f, event in zip(found, events, strict=True):
        main = harm.main_event(f.token, by_sentence.get(f.token.sent.start, []))
        if main is None:
            out.append(event)
            continue
        whole = by_token[main.i]
        out.append(dataclasses.replace(event, part_of=whole.id))
        actor = event.actor
        if actor is not None and not (actor.start < whole.trigger[1] and whole.trigger[0] < actor.end):
            doers.setdefault(whole.id, event)
    # "Gunmen killed five villagers in an attack on the village": who killed did the attack the noun names.
    wholes = [dataclasses.replace(e, actor=doers[e.id].actor, co_actors=doers[e.id].co_actors)
              if e.actor is None and e.id in doers else e for e in out]
    # In a clash either side may have killed: the whole's doer is no answer.
    by_id = {e.id: e for f, e in zip(found, wholes, strict=True) if not f.token.lower_.startswith(MUTUAL_STEMS)}
    # "Militants attacked the village, killing three volunteer fighters and two civilians": an attack that killed
    # armed men was fought with them, and ACLED records the whole as the battle.
    fought = {e.part_of: e.acled for e in wholes if e.part_of and _is_clash(e)}
    wholes = [e if e.part_of else _in_clash(e, fought.get(e.id)) for e in wholes]
    clashes = {e.id: e.acled for e in wholes if _is_clash(e)}
    parts = [_in_clash(_with_doer(e, by_id.get(e.part_of)), clashes.get(e.part_of)) if e.part_of else e
             for e in wholes]
    return tuple(_one_battle(parts, found))


def _one_battle(events: list[Event], found: Sequence[_Found]) -> list[Event]:
    """ "Militants attacked the police station in Tongomayel, one assailant killed and a policeman wounded": an attack
    in the sentence of a battle, by the battle's doers or by no one named, is part of that battle, which ACLED records
    once."""
    battles: dict[int, Event] = {}
    for f, e in zip(found, events, strict=True):
        if _is_clash(e) and not e.negated:
            battles.setdefault(f.token.sent.start, e)
    out = []
    for f, e in zip(found, events, strict=True):
        battle = battles.get(f.token.sent.start)
        if battle is not None and e is not battle and _same_doers(e, battle):
            e = _in_clash(e, battle.acled)
        out.append(e)
    return out


# Words by which a sentence points back to the doers of its act ("one assailant killed").
DOERS_AGAIN = frozenset({"assailant", "assailants", "attacker", "attackers", "they", "them"})


def _same_doers(event: Event, battle: Event) -> bool:
    """The event names no doer, the battle's, or one by a word that points back to the attackers."""
    if event.actor is None:
        return True
    if battle.actor is not None and event.actor.text.lower() == battle.actor.text.lower():
        return True
    return not DOERS_AGAIN.isdisjoint(event.actor.text.lower().split())


def _is_clash(event: Event) -> bool:
    return event.acled is not None and event.acled.sub_event_type == "Armed clash"


def _in_clash(part: Event, clash: AcledType | None) -> Event:
    """ "Two people were killed when rival factions exchanged fire": ACLED records one event, the armed clash,
    and a killing it caused is no one-sided attack; so is an attack whose killing was a clash (``part`` is then the
    whole and ``clash`` its part's type). (Other kinds are not copied: the sub-type told by a killing's own victims
    is better than that of "torching houses" beside it.)"""
    if clash is None or part.acled is None or part.acled.sub_event_type != "Attack":
        return part
    return dataclasses.replace(part, acled=clash)


def _with_doer(part: Event, whole: Event | None) -> Event:
    """ "A boy was killed when police fired on the crowd", "killed in police firing": a killing that names no
    doer was done by whoever did the act it was part of (unless that is its own victim)."""
    if part.actor is not None or whole is None or whole.actor is None:
        return part
    victim, doer = part.target, whole.actor
    if victim is not None and doer.start < victim.end and victim.start < doer.end:
        return part
    return dataclasses.replace(part, actor=doer, co_actors=whole.co_actors)


def _co_parties(tok: Token | None, main: SpanRef | None, context: ExtractContext, quote: Quote | None,
                references: Mapping[int, str]) -> tuple[SpanRef, ...]:
    """The spans of the parties coordinated with a participant, outside its own span and each other's."""
    if tok is None or main is None:
        return ()
    spans: list[SpanRef] = []
    for conj in _conjuncts(tok):
        ref = _span_ref(conj, context, quote, references)
        if all(ref.end <= other.start or ref.start >= other.end for other in (main, *spans)):
            spans.append(ref)
    return tuple(spans)


def _named_for_a_town(f: _Found, places: Iterable[Place]) -> bool:
    """ "the Paris attacks", "the San Bernardino shooting": a town an act is named for is where it happened, not
    who did it (a country may be: "a US strike"). Known only when the places extractor has run."""
    name = f.actor
    if name is None or name.dep_ != "compound" or name.head.pos_ != "NOUN" or name.ent_type_ != "GPE":
        return False
    place = next((p for p in places if p.start <= name.idx < p.end), None)
    return place is not None and place.feature is not None and not place.feature.startswith("PCL")


def _quote_of(offset: int, quotes: Iterable[Quote]) -> Quote | None:
    inside = [q for q in quotes if q.content[0] <= offset < q.content[1]]
    return min(inside, key=lambda q: q.content[1] - q.content[0]) if inside else None


def _grammatical_subject_words(tok: Token) -> set[str]:
    """The lemmas of a verb's grammatical subject and of what it is a measure of ("a series of attacks killed 103
    people"), and of those who act with it ("a chairman along with his supporters", "a chairman and three of his
    supporters"); unlike the doer a ``subj=`` condition tests (``triggers._subject_words``), no "by" agent."""
    words: set[str] = set()
    for subject in (c for c in tok.children if c.dep_ == "nsubj"):
        words |= _head_words(subject)
        for companion in (*subject.conjuncts, *_accompanying(subject)):
            words |= _head_words(companion)
    return words


def _accompanying(party: Token) -> list[Token]:
    """Who "along with" or "with" a party acts beside it ("a leader along with his accomplices")."""
    found = []
    for prep in (c for c in party.children if c.dep_ == "prep" and c.lower_ in ("along", "with", "alongside")):
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
        found += [c for c in inner.children if c.dep_ == "pobj"]
    return found


def _head_words(party: Token | None) -> set[str]:
    """The lemma of a party's head and of what it is a part of ("a group of students"), not its modifiers (not the
    farmer of "a farmer's daughter")."""
    return set() if party is None else {party.lemma_.lower()} | _partitive_words(party)


PLACE_PREPS = frozenset({"in", "at", "to", "into", "near", "towards", "toward", "along", "inside", "around"})


def _moved_to_a_place(tok: Token) -> bool:
    """Forces deployed or sent to a named place ("deployed forces at the entrance of Tal Tamer", "reinforcements
    arrived in Al Hayash", "deployed troops near the border with Ukraine"), told by a place phrase of the trigger, of
    what it deploys, or of the verb it is the subject or object of."""
    deployed = [c for c in tok.children if c.dep_ == "dobj"]
    holders = [tok, *deployed, *(c for d in deployed for c in d.conjuncts)]
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        holders.append(tok.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in PLACE_PREPS:
                continue
            # (a name after "in" or "near" is a place, whatever entity the small model makes of it: "near Niger")
            if any(t.ent_type_ in ("GPE", "LOC", "FAC") or (t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "DATE"))
                   for t in prep.subtree):
                return True
    return False


def _cue_words(sent: Span, skip: frozenset[int] = frozenset()) -> frozenset[str]:
    """The lower-case lemmas and words of a sentence, which the ACLED step reads for cue words (but for the tokens
    at the indices ``skip``)."""
    policing = any(t.lemma_.lower() in POLICING_WORDS and not names_a_month(t) for t in sent if t.i not in skip)
    told: set[str] = set()
    for t in sent:
        if names_a_month(t) or t.i in skip:
            continue
        if is_cease_fire(t):
            told.add("ceasefire")
        elif not (_names_gear(t) or _up_in_the_air(t) or (policing and _crowd_control(t)) or _names_an_air_arm(t)
                  or _worn_vest(t) or (policing and _fires_crowd_control(t)) or not_the_weapon_used(t)):
            told.update((t.lemma_.lower(), t.lower_))
        told.update(weapon_markers(t))
        if _blown_up(t):
            told.add("blow-up")  # "militants blew up three schools": a charge, though "blow" alone is a setback
        if _strapped_to_the_body(t):
            told.add("vest")  # "detonated explosives strapped to his body" (not "a bomb strapped to a horse")
    return frozenset(told)


def _blown_up(tok: Token) -> bool:
    return tok.lemma_.lower() == "blow" and tok.pos_ == "VERB" and any(
        c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)


BODY_WORDS = frozenset({"body", "himself", "herself", "themselves", "waist", "chest"})


def _strapped_to_the_body(tok: Token) -> bool:
    return tok.lower_ == "strapped" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in BODY_WORDS for g in c.children)
        for c in tok.children)


def _told_as_done(tok: Token) -> bool:
    """A verb of the sentence's main clause or of a clause beside it tells the act ("militants attacked police
    stations", "were killed as troops shelled the town"; not "the attack stirred a debate"), also when the parser
    hangs it on another clause ("gunmen attacked the police station, the assailants seized a motorbike"; "police
    said gunmen attacked the station"), or the doers claim it as done ("ISGS claimed to have killed two JNIM
    fighters")."""
    if tok.dep_ in CLAUSE_HEADS and tok.tag_ in FINITE_OR_PASSIVE:
        return True
    if tok.dep_ == "ccomp" and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # also "On 3 April, suspected militants attacked ...", with "suspected" read as the main verb
    return perfect_infinitive(tok) and tok.head.lemma_.lower() == "claim"


# A verb that tells an act as done: the head of the sentence, of a clause beside it or of one saying when.
CLAUSE_HEADS = frozenset({"ROOT", "advcl", "conj"})
FINITE_OR_PASSIVE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# What police fire at crowds: "tear gas shells", "stun grenades", "rubber bullets" are no artillery or grenade attack
# (where no police or crowd is named, as when troops throw tear gas grenades into a trench, they stay weapons).
POLICING_WORDS = frozenset({"police", "policeman", "policemen", "disperse", "crowd", "mob", "protester", "protestor",
                            "demonstrator", "mourner", "protest", "rally", "march", "student", "agitator"})
CROWD_CONTROL_MODIFIERS = frozenset({"tear", "teargas", "tear-gas", "gas", "stun", "smoke", "chilli", "chili",
                                     "pepper", "rubber", "sound", "pellet", "plastic"})


def _crowd_control(tok: Token) -> bool:
    # (anywhere in the modifiers: "chilli spray grenades", "tear gas shells")
    return tok.pos_ in ("NOUN", "PROPN") and any(
        t.i < tok.i and t.dep_ in ("compound", "amod", "nmod") and t.lower_ in CROWD_CONTROL_MODIFIERS
        for t in tok.subtree)


# "Air" naming a place ("the Pakistan Air Force base", "an air base"), not a strike from the air.
AIR_PLACES = frozenset({"base", "bases", "port", "field", "strip", "academy", "station"})


def _names_an_air_arm(tok: Token) -> bool:
    # ("the Israeli Air Force strikes" is an air strike; "an Air Force base" is a place)
    head = tok.head
    if head.lower_ in ("force", "forces") and head.dep_ == "compound":
        head = head.head
    return tok.lower_ == "air" and tok.dep_ == "compound" and head.lower_ in AIR_PLACES


# What makes a vest clothing, not a charge: "yellow vest protesters", "a bulletproof vest", "life vests".
GARMENT_WORDS = frozenset({"yellow", "bulletproof", "bullet-proof", "life", "reflective", "safety", "flak", "kevlar",
                           "protective", "high-visibility", "hi-vis"})
EXPLOSIVE_VEST_HEADS = frozenset({"bomb", "bomber", "bombing", "explosive", "attack", "attacker"})


def _worn_vest(tok: Token) -> bool:
    """ "vest" naming clothing or a movement ("anti-government yellow vest demonstrations"), not a suicide vest."""
    if tok.lower_ not in ("vest", "vests"):
        return False
    return any(c.lower_ in GARMENT_WORDS for c in tok.children) or (
        tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() not in EXPLOSIVE_VEST_HEADS)


AIRBORNE_WORDS = frozenset({"helicopter", "chopper", "drone", "aircraft", "plane", "quadcopter"})


def _fires_crowd_control(tok: Token) -> bool:
    """The aircraft that drops tear gas on a crowd ("a helicopter fired tear gas at demonstrators") is no air strike."""
    if tok.dep_ not in ("nsubj", "compound") or tok.lemma_.lower() not in AIRBORNE_WORDS:
        return False
    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head  # "a police helicopter fired"
    return any(c.dep_ in ("dobj", "obj") and _crowd_control(c) for c in verb.children)


def _names_gear(tok: Token) -> bool:
    """ "riot" in "riot police" or "riot gear" names equipment, not a riot."""
    return tok.dep_ == "compound" and tok.lower_ == "riot"


def _up_in_the_air(tok: Token) -> bool:
    """ "fired in the air", "shots into the air", "shot to the air": warning shots, not an air strike."""
    return tok.lower_ == "air" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into", "to", "towards", "toward")
