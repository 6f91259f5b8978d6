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
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.events.acled import PROTESTER_WORDS, RIOTER_LIKE, acled_type
from newsledger.extract.events.counts import quantities
from newsledger.extract.events.dating import Dating, _in_other_clause
from newsledger.extract.events.factuality import Factuality, _clause_verb, factuality, stated_intent
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
from newsledger.extract.events.triggers import drop_nested_duplicates, non_agent_cause, trigger_of
from newsledger.records import (
    Event,
    EventPlace,
    Place,
    Quote,
    SpanRef,
)

logger = logging.getLogger(__name__)

# Who riots: demonstrators, and the unorganised crowds ACLED's violent demonstrations are made of.
RIOTERS = PROTESTER_WORDS | RIOTER_LIKE | frozenset({"youths", "supporters", "students", "workers", "residents",
                                                     "mob", "crowd", "villagers", "villager"})
# A cooperative act announced for the future is an expression of intent (PLOVER AGREE); a hostile
# one is a threat (THREATEN), as CAMEO codes them.
INTENT_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "SUPPORT"})
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
LOCATIVE_PREPS = frozenset({"in", "at", "across", "throughout", "around", "near", "inside", "outside", "within",
                            "into", "on", "from", "along", "over", "off", "beyond", "through"})
# Events whose direct object, when it is a place, is where they happen.
STRUCK_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})


def extract_events(doc: Doc, context: ExtractContext | None = None) -> tuple[Event, ...]:
    context = context if context is not None else ExtractContext()
    lexicon = load_lexicon()
    found: list[_Found] = []
    for sent in doc.sents:
        sent_found = [f for f in (trigger_of(tok, lexicon) for tok in sent) if f is not None]
        sent_found = drop_nested_duplicates(sent_found)
        for f in sent_found:
            assign_participants(f, sent_found)
        found.extend(f for f in sent_found if not non_agent_cause(f))
    _targets_from_embedded_events(found)
    return _records(doc, context, found)


# --- records --------------------------------------------------------------------------------------


def _records(doc: Doc, context: ExtractContext, found: Sequence[_Found]) -> tuple[Event, ...]:
    events: list[Event] = []
    dating = Dating(context)
    harm = Harm(doc, (f.token for f in found))
    placed: list[tuple[str, EventPlace]] = []
    sentence_cues: dict[int, frozenset[str]] = {}  # by sentence start: several events share a sentence
    for n, f in enumerate(found, 1):
        tok = f.token
        sent = tok.sent
        quote = _quote_of(tok.idx, context.quotes)
        told = factuality(tok, quote)
        type_ = f.sense.type
        stated = _stated_type(type_, told)
        if stated is not None:
            # The event is then the refusal, pledge or threat, made when it is said.
            type_, told = stated, stated_intent(tok, told, lambda at: _quote_of(at, context.quotes))
        # "M23 denied that its fighters attacked the convoy": someone says it did not happen (a denied
        # agreement is no refusal, so the type stays).
        negated, modality = told.recorded
        actor = _span_ref(f.actor, context, quote) if f.actor is not None and not _is_time(f.actor) else None
        target = _span_ref(f.target, context, quote) if f.target is not None and not _is_time(f.target) else None
        co_actors = _co_parties(f.actor, actor, context, quote)
        co_targets = _co_parties(f.target, target, context, quote)
        cues = sentence_cues.get(sent.start)
        if cues is None:
            cues = sentence_cues[sent.start] = _cue_words(sent)
        actor_words = _participant_words(f.actor)
        theme = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
        acled = acled_type(type_, f.sense.mode, tok.lemma_.lower(), cues,
                           actor_words, _participant_words(f.target), sentence=sent.text, theme=theme)
        mode = f.sense.mode
        if type_ == "ASSAULT" and acled is not None and acled.sub_event_type == "Violent demonstration" \
                and not RIOTERS.isdisjoint(actor_words):
            # Protesters torching a police station: PLOVER's violent riot (PROTEST, mode riot), as ACLED's
            # violent demonstration says; a lone vandal or a football side is no riot.
            type_, mode = "PROTEST", "riot"
        time = dating.date(tok, type_, modality)
        place = _event_place(doc, tok, context, type_)
        if place is not None:
            placed.append((type_, place))
        elif tok.pos_ != "VERB" and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
            # "the attack", not "Rubio's attack": a possessor is more often the actor than a retelling
            place = _retold_place(type_, placed)
        casualties = harm.of(tok, violent=type_ == "ASSAULT" or mode == "riot")
        events.append(Event(
            id=f"v{n}",
            type=type_,
            mode=mode,
            acled=acled,
            trigger=(tok.idx, tok.idx + len(tok.text)),
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
        by_sentence.setdefault(f.token.sent.start, []).append(f.token)
    out = []
    doers: dict[str, Event] = {}  # main event id -> a part that names who did it
    for f, event in zip(found, events, strict=True):
        main = harm.main_event(f.token, by_sentence[f.token.sent.start])
        if main is None:
            out.append(event)
            continue
        whole = by_token[main.i]
        out.append(dataclasses.replace(event, part_of=whole.id))
        actor = event.actor
        if actor is not None and not (actor.start < whole.trigger[1] and whole.trigger[0] < actor.end):
            doers.setdefault(whole.id, event)
    # "Gunmen killed five villagers in an attack on the village": who killed did the attack the noun names.
    return tuple(dataclasses.replace(e, actor=doers[e.id].actor, co_actors=doers[e.id].co_actors)
                 if e.actor is None and e.id in doers else e for e in out)


def _co_parties(tok: Token | None, main: SpanRef | None, context: ExtractContext,
                quote: Quote | None) -> tuple[SpanRef, ...]:
    """The spans of the parties coordinated with a participant, outside its own span and each other's."""
    if tok is None or main is None:
        return ()
    spans: list[SpanRef] = []
    for conj in _conjuncts(tok):
        ref = _span_ref(conj, context, quote)
        if all(ref.end <= other.start or ref.start >= other.end for other in (main, *spans)):
            spans.append(ref)
    return tuple(spans)


def _quote_of(offset: int, quotes: Iterable[Quote]) -> Quote | None:
    inside = [q for q in quotes if q.content[0] <= offset < q.content[1]]
    return min(inside, key=lambda q: q.content[1] - q.content[0]) if inside else None


def _cue_words(sent: Span) -> frozenset[str]:
    """The lower-case lemmas and words of a sentence, which the ACLED step reads for cue words."""
    words = [t for t in sent if not _names_gear(t)]
    return frozenset({t.lemma_.lower() for t in words} | {t.lower_ for t in words})


def _names_gear(tok: Token) -> bool:
    """ "riot" in "riot police" or "riot gear" names equipment, not a riot."""
    return tok.dep_ == "compound" and tok.lower_ == "riot"



# --- time, place, quantities ----------------------------------------------------------------------


def _sentence_bounds(tok: Token) -> tuple[int, int]:
    """Character bounds of the trigger's sentence, cut at line breaks (the parser's sentences can run
    from a byline through a caption into the first paragraph)."""
    sent = tok.sent
    text = tok.doc.text
    lo = text.rfind("\n", sent.start_char, tok.idx) + 1 or sent.start_char
    hi = text.find("\n", tok.idx, sent.end_char)
    return max(lo, sent.start_char), hi if hi != -1 else sent.end_char


def _event_place(doc: Doc, tok: Token, context: ExtractContext, type_: str) -> EventPlace | None:
    lo, hi = _sentence_bounds(tok)
    clause = _clause_verb(tok) or tok
    located: list[tuple[int, Place]] = []
    for place in context.places:
        if not (lo <= place.start and place.end <= hi):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        # Only "in/at/across X" says where something happened: "UN experts" or "Russia's army" do not,
        # and a toponym in another clause of the sentence is not this event's place ("arrests were
        # announced hours after fighters fired a missile at Riyadh"). What is assaulted or seized is
        # where it happens ("Serb artillery pounded Sarajevo", "overran the safe area of Srebrenica").
        phrase = _phrase_head(span.root)
        if not (_locative(phrase) or _struck_place(phrase, tok, type_)) or not (
                clause in span.root.ancestors or tok in span.root.ancestors) or \
                _in_other_clause(span.root, tok if tok.pos_ == "VERB" else clause):
            continue
        located.append((abs(place.start - tok.idx), place))
    if located:
        best = min(located, key=lambda pair: pair[0])[1]
        return EventPlace(best.start, best.end, best.text, best.geonameid)
    return _demonym_place(tok, clause, context)


def _retold_place(type_: str, placed: Sequence[tuple[str, EventPlace]]) -> EventPlace | None:
    """ "Western governments blamed Damascus for the attack": the place given to the article's earlier events
    of this type, when they all had one (with two, which one is meant is a guess)."""
    places = {(p.geonameid, p.text if p.geonameid is None else ""): p for kind, p in placed if kind == type_}
    return next(iter(places.values())) if len(places) == 1 else None


def _phrase_head(tok: Token) -> Token:
    """The noun a toponym names or belongs to: "Rakhine state", "the city of Deraa", "Syria's Idlib province"."""
    for _ in range(3):
        if tok.dep_ in ("compound", "poss", "appos"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    return tok


def _struck_place(phrase: Token, tok: Token, type_: str) -> bool:
    return type_ in STRUCK_PLACE_TYPES and tok.pos_ == "VERB" and phrase.head == tok and \
        phrase.dep_ in ("dobj", "nsubjpass")


def _locative(tok: Token) -> bool:
    if tok.dep_ == "pobj":
        return tok.head.lower_ in LOCATIVE_PREPS
    if tok.dep_ == "conj":
        return _locative(tok.head)
    return False


def _demonym_place(tok: Token, clause: Token, context: ExtractContext) -> EventPlace | None:
    """"42 Russian cities" puts the event in Russia (only when the places module can say which)."""
    # Only the trigger's own locative phrase counts (and, for a noun, its verb's): "warned of the
    # recruitment of prisoners in Russian jails" puts the recruitment in Russia, not the warning.
    holders = [tok] if tok.pos_ == "VERB" or clause == tok else [tok, clause]
    nouns = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
             for g in p.children if g.dep_ == "pobj"]
    for t in (m for n in nouns for m in n.subtree):
        if t.ent_type_ != "NORP" or t.dep_ not in ("amod", "compound") or t.head.pos_ != "NOUN":
            continue
        country = _demonym_country(t.text, context)
        if country is None:
            continue
        name, geonameid = country
        return EventPlace(t.idx, t.idx + len(t.text), name, geonameid)
    return None


def _demonym_country(word: str, context: ExtractContext) -> tuple[str, int | None] | None:
    try:
        from newsledger.extract import places as places_module
    except ImportError:
        return None
    function = getattr(places_module, "demonym_country", None)
    if not callable(function):
        return None
    try:
        result = function(word)
    except Exception:  # a sibling module in flux must not cost the article its events
        logger.warning("demonym_country failed for %r", word, exc_info=True)
        return None
    if result is None:
        return None
    if isinstance(result, Place):
        return result.name, result.geonameid
    if isinstance(result, tuple) and result:
        result = result[0]
    label = str(result)
    for place in context.places:
        if label in (place.name, place.country) and (place.feature or "").startswith("PCL"):
            return place.name, place.geonameid
    geonameid = getattr(result, "geonameid", None)
    name = getattr(result, "name", label)
    return str(name), geonameid if isinstance(geonameid, int) else None
