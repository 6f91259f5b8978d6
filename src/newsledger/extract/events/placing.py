"""Where an event happened: a toponym in its own clause, told as where, not as whose.

Only "in/at/across X" says where something happened, or what is assaulted or seized ("Serb artillery
pounded Sarajevo", "the bombardment of eastern Aleppo"). A toponym that modifies a party, a vehicle or a
mission names whose it is ("the U.S. embassy", "Syria's defence minister", "the Chinese embassy"); a
dateline says where the report was filed; a toponym in another clause of the sentence belongs to that
clause's event. A noun event ("the detention of Suu Kyi in Naypyitaw drew criticism from Brussels") takes
its own phrase's place first, and the place of the verb that carries it only when that verb tells the
event itself ("staged a protest in Cairo", "the bombing killed 22 people in Manchester"), not a reaction to
it ("drew criticism from Brussels", "cut short his holiday in Europe after the bombing").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.events.dating import _in_other_clause
from newsledger.extract.events.factuality import _clause_verb
from newsledger.extract.events.found import LIGHT_VERBS, verb_bases
from newsledger.extract.events.parties import PARTY_NOUNS
from newsledger.extract.places import demonym_country
from newsledger.extract.places.gazetteer import gazetteer
from newsledger.nlp.datelines import dateline_at
from newsledger.records import EventPlace, Place

LOCATIVE_PREPS = frozenset({"in", "at", "across", "throughout", "around", "near", "inside", "outside", "within",
                            "into", "on", "from", "along", "over", "off", "beyond", "through"})
# Events whose direct object, when it is a place, is where they happen.
STRUCK_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Party nouns that are also kinds of place: "Rakhine state" is where, "the U.S. government" whose.
_PLACE_KIND_PARTIES = frozenset({"state", "country", "nation", "side"})
# Nouns a toponym or demonym modifies to say whose they are: parties, vehicles, missions.
OWNER_NOUNS = (PARTY_NOUNS - _PLACE_KIND_PARTIES) | frozenset({
    "embassy", "embassies", "consulate", "consulates", "mission", "legation", "ship", "destroyer", "frigate",
    "warship", "vessel", "carrier", "submarine", "aircraft", "plane", "jet", "warplane", "drone", "helicopter",
    "convoy", "airman", "marine", "personnel", "national", "team", "athlete", "military", "navy", "diplomacy",
})
# Verbs whose place is that of the event noun they carry or that is their subject: light verbs ("held
# talks in Doha") and verbs that tell what the event did or that it happened.
HOSTING_VERBS = LIGHT_VERBS | frozenset({
    "happen", "occur", "take", "erupt", "break", "unfold", "kill", "wound", "injure", "destroy", "damage",
    "hit", "strike", "leave", "claim", "die", "spread", "rage", "paralyse", "paralyze", "shut", "target",
    # an agreement is made where it is signed: "the accord initialled near Dayton"
    "sign", "initial", "reach", "conclude", "seal", "broker", "agree",
    # a shell or a mine strikes where it falls or goes off: "shells fell in Janzur"
    "fall", "land", "explode", "detonate",
    # fire is where a monitor observed or heard it: "observed 46 explosions near Zalizne"
    "observe", "record", "register", "hear", "witness",
})
# What stands between a place and the places that say where it lies: "Limeira, Sao Paulo", "Avrankou (Avrankou,
# Oueme)", "Savar city (Dhaka)", "Perere (Perere, Borgou)", "Daulatpur upazila (Kushtia, Khulna)".
_QUALIFYING = re.compile(r"\s*(?:[a-z]+\s*)?(?:,|\(|,?\s*\(?[A-Z][\w'’ -]{0,40},)\s*")
# Nouns of a part of a place or of what stands there, whose "of" phrase is where: "in front of X", "on the
# outskirts of X", "in the area of X".
PLACE_PARTS = frozenset({"front", "area", "outskirts", "edge", "vicinity", "centre", "center", "heart", "part",
                         "parts", "side", "suburbs", "environs", "streets", "middle", "border", "entrance",
                         "periphery", "premises", "gate", "gates"})
# Prepositions of an event a place's phrase may be the setting of: "during a riot in a prison in X". (Not
# dating's SETTING_PREPS, which make an event noun the setting of its clause.)
_DURING_PREPS = frozenset({"during", "amid", "amidst", "between"})
# Events that happen at one spot, where a sentence naming one place puts them.
INCIDENT_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Marks of a clause told as before, after or since another event.
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "once"})
# Nouns that count the event nouns of their "of" phrase and stand in their place: "a total of 46 explosions".
TALLIES = frozenset({"total", "number", "series", "spate", "wave", "string", "succession"})
# Prepositions whose phrase is no place of the event, whatever toponym it holds.
NOT_WHERE_PREPS = frozenset({"after", "before", "since", "following", "until", "against", "about", "despite",
                             "amid", "amidst"})
# Prepositions that give a verb its topic or reason ("warned of", "protested about", "called for").
TOPIC_PREPS = frozenset({"of", "about", "for", "against"})
# Prepositions through which a verb carries an event noun: "died in the shooting", "a series of attacks left",
# "a motorcade took place as a protest".
_CARRYING_PREPS = LOCATIVE_PREPS | {"during", "of", "as"}
# Prepositions of a place where an act is done, not one it moves from or to ("fled into Niger"): what a verb
# shares with the verb it is coordinated with.
_STAYING_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout", "within",
                            "on"})


def sentence_bounds(tok: Token, text: str) -> tuple[int, int]:
    """Character bounds of the trigger's sentence in the document's ``text``, cut at line breaks (the parser's
    sentences can run from a byline through a caption into the first paragraph)."""
    sent = tok.sent
    lo = text.rfind("\n", sent.start_char, tok.idx) + 1 or sent.start_char
    hi = text.find("\n", tok.idx, sent.end_char)
    return max(lo, sent.start_char), hi if hi != -1 else sent.end_char


def event_place(tok: Token, text: str, context: ExtractContext, type_: str, *,
                share: bool = True) -> EventPlace | None:
    """The place of the event triggered by ``tok`` in the document's ``text``, or None when its clause names
    none; with ``share``, a verb's clause may take it from the verb it is coordinated with."""
    doc = tok.doc
    clause = _clause_verb(tok) or tok
    # "detention and torture in Syria's jails": conjoined event nouns share their place (verbs have their own).
    partner = tok.head if tok.dep_ == "conj" and tok.pos_ == tok.head.pos_ == "NOUN" else None
    own: list[tuple[int, Place]] = []
    shared: list[tuple[int, Place]] = []
    carried: list[tuple[int, Place]] = []
    for place, span in _sentence_places(tok, text, context):
        phrase = _phrase_head(span.root)
        struck_of = _struck_of(span.root, tok, type_)
        if not (_locative(phrase) or _struck_place(phrase, tok, type_) or struck_of
                or _on_the_road_between(phrase, place, type_)) \
                or (_in_other_clause(span.root, tok if tok.pos_ == "VERB" else clause)
                    and not _in_own_participle(span.root, tok)) \
                or _behind_other_preposition(span.root, tok, type_):
            continue
        # "the storming of the Capitol in Washington": the struck thing's own place says where.
        distance = abs(place.start - tok.idx) + (len(text) if struck_of else 0)
        if tok in span.root.ancestors or (tok.pos_ == "VERB" and clause in span.root.ancestors):
            own.append((distance, place))
        elif partner is not None and partner in span.root.ancestors:
            shared.append((distance, place))
        elif clause in span.root.ancestors:
            carried.append((distance, place))
    if own or shared:
        return _nearest(own or shared, text)
    for partner in _coordinated_verbs(tok) if share and tok.pos_ == "VERB" else ():
        partners = event_place(partner, text, context, type_, share=False)
        if partners is not None and _staying(doc, partners):
            return partners
    own_demonym = _demonym_place(tok, context, nested=True)
    if own_demonym is not None or clause is tok or tok.pos_ == "VERB" or not _hosted_by(tok, clause):
        return own_demonym or (_incident_place(tok, text, context, type_) if share else None)
    found = _nearest(carried, text) if carried else _demonym_place(clause, context, nested=False)
    return found or (_incident_place(tok, text, context, type_) if share else None)


def _sentence_places(tok: Token, text: str, context: ExtractContext) -> Iterator[tuple[Place, Span]]:
    """The places of the trigger's sentence that may say where (not a dateline's, not whose), with their spans."""
    lo, hi = sentence_bounds(tok, text)
    for place in context.places:
        if not (lo <= place.start and place.end <= hi) or _in_dateline(text, place):
            continue
        span = tok.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and not _owned(span.root):
            yield place, span


def _incident_place(tok: Token, text: str, context: ExtractContext, type_: str) -> EventPlace | None:
    """ "two groups clashed using sharp weapons at Bhurkapara village", "staged a protest and went on strike in
    Bathinda city": an incident whose own clause names no place happened at the one place its sentence gives
    where something was done, when neither it nor that place is told as before, after or since another event,
    or under another's report."""
    if type_ not in INCIDENT_TYPES or _set_apart(tok) or (
            tok.pos_ != "VERB" and not _hosted_by(tok, _clause_verb(tok) or tok)):
        return None  # "gathered to denounce the bombing": a noun talked about is not happening here
    found: list[tuple[int, Place]] = []
    for place, span in _sentence_places(tok, text, context):
        if not _locative(_phrase_head(span.root)) or _set_apart(span.root, relative=True) \
                or not _where_something_was_done(span.root) or not _staying(tok.doc, place):
            continue
        found.append((abs(place.start - tok.idx), place))
    if not found:
        return None
    kept = _nearest(found, text)
    places = {(p.geonameid, p.text if p.geonameid is None else "") for _, p in found}
    # one place, or one and those that say where it lies ("in Perere (Perere, Borgou)")
    return kept if len(places) == 1 or _only_qualifiers(found, kept, text) else None


def _where_something_was_done(root: Token) -> bool:
    """Every phrase the place is nested in says where, during what, of whom, by whom or with whom ("on a
    farmland in Perere", "during a riot in a prison in Bobo-Dioulasso", "by riding buses in Zagreb"), none what
    something is compared or referred to ("comparing the crackdown to the 1959 uprising in Lhasa")."""
    return all(current.lower_ in LOCATIVE_PREPS | _DURING_PREPS | {"of", "by", "with"}
               for current in (root, *root.ancestors) if current.dep_ == "prep")


def _only_qualifiers(found: list[tuple[int, Place]], kept: EventPlace, text: str) -> bool:
    """Whether the places other than ``kept`` follow it, each saying where the one before lies."""
    others = sorted((p for _, p in found if p.start != kept.start), key=lambda p: p.start)
    previous_end = kept.end
    for place in others:
        if place.start < kept.start or not _QUALIFYING.fullmatch(text[previous_end:place.start]):
            return False
        previous_end = place.end
    return True


def _set_apart(tok: Token, *, relative: bool = False) -> bool:
    """Told as before, after or since another event, as a topic or opposition, or in a report's words; with
    ``relative``, also in a clause that describes someone ("arrested a man who had shot a guard in Lagos")."""
    apart = ("ccomp", "parataxis", "relcl") if relative else ("ccomp", "parataxis")
    for current in (tok, *tok.ancestors):
        if current.dep_ in apart:
            return True
        if current.dep_ == "prep" and current.lower_ in NOT_WHERE_PREPS | (TOPIC_PREPS - {"of"}):
            return True
        if current.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS
                                                   for c in current.children):
            return True
    return False


def retold_place(type_: str, placed: Sequence[tuple[str, EventPlace]],
                 places: Sequence[Place]) -> EventPlace | None:
    """ "Western governments blamed Damascus for the attack": the place given to the article's earlier events
    of this type, when they all had one, or one place and the country it lies in ("in Khobar", "in Saudi
    Arabia"); with two places, which one is meant is a guess."""
    distinct = {(p.geonameid, p.text if p.geonameid is None else ""): p for kind, p in placed if kind == type_}
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    by_start = {p.start: p for p in places}
    countries = {p.geonameid for p in by_start.values() if (p.feature or "").startswith("PCL")}
    inner = [p for p in distinct.values() if p.geonameid not in countries]
    if len(inner) != 1 or (home := by_start.get(inner[0].start)) is None:
        return None
    outer = [by_start.get(p.start) for p in distinct.values() if p is not inner[0]]
    if all(o is not None and o.country == home.country for o in outer):
        return inner[0]
    return None


def _nearest(candidates: list[tuple[int, Place]], text: str) -> EventPlace:
    """The candidate nearest the trigger, leaving out those that only qualify another ("in Limeira, Sao Paulo",
    "in Avrankou (Avrankou, Oueme)", "in Savar city (Dhaka)": the first names the place, the rest where it lies)."""
    places = sorted({p.start: p for _, p in candidates}.values(), key=lambda p: p.start)
    qualifiers = {b.start for a, b in itertools.pairwise(places) if _QUALIFYING.fullmatch(text[a.end:b.start])}
    kept = [pair for pair in candidates if pair[1].start not in qualifiers] or candidates
    best = min(kept, key=lambda pair: pair[0])[1]
    return EventPlace(best.start, best.end, best.text, best.geonameid)


def _in_own_participle(root: Token, noun: Token) -> bool:
    """ "46 explosions involving unknown weapons near Zalizne": a participle that describes the event noun is of
    its clause, and so is a place under it."""
    for current in root.ancestors:
        if current.pos_ in ("VERB", "AUX"):
            return current.dep_ == "acl" and current.head == noun and current.tag_ in ("VBG", "VBN")
    return False


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs whose place a verb with none of its own shares, in the order they are tried: those coordinated
    after it, whose place often closes the sentence for all ("lynched and burned to death a thief in Avrankou",
    "vandalized the house and set it on fire in Narsingdi"), then the one before it, whose place was told first
    ("attacked a village in Kaya and killed five people")."""
    after = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    before = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    return after + before


def _staying(doc: Doc, place: Place | EventPlace) -> bool:
    """Whether the place's phrase says where something was done or stayed, not where it went or came from ("fled
    into Niger")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = _phrase_head(span.root)
    for _ in range(4):  # "in Kaya", "in the area of Fili-Fili", "at Chhounpur village"
        if root.dep_ in ("compound", "conj", "appos"):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
            root = root.head.head
        else:
            break
    return root.dep_ == "pobj" and root.head.lower_ in _STAYING_PREPS


def _hosted_by(noun: Token, verb: Token) -> bool:
    """Whether the verb over an event noun tells the event itself, so that its place is the event's: the
    noun is what a hosting verb carries or its subject, with no reacting preposition between them."""
    current = noun
    for _ in range(6):
        if current.head == verb:
            break
        # "a stabbing spree in Guizhou province left two dead", "a series of attacks left 130 dead in Paris",
        # "observed a total of 46 explosions near Zalizne"
        if current.dep_ not in ("conj", "appos", "compound", "amod") and current.lemma_.lower() not in TALLIES \
                and not (
                current.dep_ == "pobj" and current.head.lower_ in _CARRYING_PREPS) and not (
                current.dep_ == "prep" and current.lower_ in _CARRYING_PREPS):
            return False
        current = current.head
    else:
        return False
    return not HOSTING_VERBS.isdisjoint(verb_bases(verb))  # "staged": the tagger's lemma is "stag"


def _behind_other_preposition(root: Token, tok: Token, type_: str) -> bool:
    """ "protested outside the embassy a day after the election in the United States", "marched against a war
    on Iraq", "warned of the recruitment of prisoners in Russian jails": a toponym in a phrase of time,
    opposition or topic is not where the event happened. What an attack is against is where it struck
    ("airstrikes against positions in the area of Tassamakat")."""
    blocking = NOT_WHERE_PREPS - {"against"} if type_ in STRUCK_PLACE_TYPES else NOT_WHERE_PREPS
    above = set(tok.ancestors)
    current = root
    for _ in range(12):
        if current == tok or current in above or current.head == current:
            return False
        current = current.head
        if current.dep_ == "prep" and (current.lower_ in blocking or (
                current.head == tok and tok.pos_ == "VERB" and current.lower_ in TOPIC_PREPS)):
            return True
    return False


def _in_dateline(text: str, place: Place) -> bool:
    """ "YANGON (Reuters) - Soldiers fired ...": the dateline says where the report was filed."""
    dateline = dateline_at(text, place.start)
    return dateline is not None and place.end <= dateline.end


def _owned(tok: Token) -> bool:
    """ "the U.S. embassy", "Syria's defence minister", "U.S. airmen", "the military forces of Azerbaijan": the
    toponym says whose, not where."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (owner := tok.head.head).pos_ == "NOUN" and \
            (owner.lemma_.lower() in OWNER_NOUNS or owner.lower_ in OWNER_NOUNS):
        return True
    for _ in range(3):
        if tok.dep_ not in ("compound", "poss", "amod", "nmod") or tok.head == tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in OWNER_NOUNS or tok.lower_ in OWNER_NOUNS:
            return True
    return False


def _phrase_head(tok: Token) -> Token:
    """The noun a toponym names or belongs to: "Rakhine state", "the city of Deraa", "Syria's Idlib province"."""
    for _ in range(3):
        # "Bhurkapara village": the parser may hang a toponym on its kind word as an adjective
        if tok.dep_ in ("compound", "poss", "appos", "amod", "nmod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    return tok


def _struck_place(phrase: Token, tok: Token, type_: str) -> bool:
    return type_ in STRUCK_PLACE_TYPES and tok.pos_ == "VERB" and phrase.head == tok and \
        phrase.dep_ in ("dobj", "nsubjpass")


def _struck_of(root: Token, tok: Token, type_: str) -> bool:
    """ "the bombardment of rebel-held eastern Aleppo", "the siege of Sarajevo": a noun's struck place."""
    return type_ in STRUCK_PLACE_TYPES and tok.pos_ != "VERB" and root.dep_ == "pobj" and \
        root.head.lower_ == "of" and root.head.head == tok


def _on_the_road_between(phrase: Token, place: Place, type_: str) -> bool:
    """ "ambushed a convoy between Bilibalogo and Guienbile": an attack on the road is placed at the first town.
    Countries, provinces and capitals between which something happens are parties more often than places
    ("talks between Kyiv and Moscow")."""
    while phrase.dep_ == "conj":
        phrase = phrase.head
    return type_ in STRUCK_PLACE_TYPES and phrase.dep_ == "pobj" and phrase.head.lower_ == "between" and \
        not (place.feature or "").startswith(("PCL", "ADM1", "PPLC"))


def _locative(tok: Token, depth: int = 0) -> bool:
    """Whether a place's phrase says where: "in X", "in X and Y", "in front of the hall, X city", "on the
    outskirts of X"."""
    if depth > 3:
        return False
    if tok.dep_ == "pobj":
        if tok.head.lower_ == "of" and tok.head.head.lower_ in PLACE_PARTS:
            return _locative(tok.head.head, depth + 1)
        return tok.head.lower_ in LOCATIVE_PREPS
    if tok.dep_ in ("conj", "appos"):
        return _locative(tok.head, depth + 1)
    return False


def _demonym_place(holder: Token, context: ExtractContext, *, nested: bool) -> EventPlace | None:
    """ "42 Russian cities" puts the event in Russia (only when the places module can say which).

    Only a locative phrase of the holder counts, or with ``nested`` one under it that a toponym would be
    taken from ("killed dozens of protesters in Iranian cities"): "warned of the recruitment of prisoners
    in Russian jails" puts the recruitment in Russia, not the warning that is its clause's verb.
    """
    words = holder.subtree if nested else (m for p in holder.children if p.dep_ == "prep"
                                           for g in p.children if g.dep_ == "pobj" for m in g.subtree)
    for t in sorted(words, key=lambda w: abs(w.i - holder.i)):
        if t.ent_type_ != "NORP" or t.dep_ not in ("amod", "compound") or t.head.pos_ != "NOUN" or \
                t.head.lemma_.lower() in OWNER_NOUNS or not _locative(t.head):
            continue
        if nested and (_in_other_clause(t, holder) or _behind_other_preposition(t, holder, "")):
            continue
        country = _demonym_country(t.text, context)
        if country is not None:
            return EventPlace(t.idx, t.idx + len(t.text), *country)
    return None


def _demonym_country(word: str, context: ExtractContext) -> tuple[str, int | None] | None:
    """The country a demonym points to, as the article's places name it, else as the gazetteer does."""
    iso = demonym_country(word)
    if iso is None:
        return None
    for place in context.places:
        if iso in (place.name, place.country) and (place.feature or "").startswith("PCL"):
            return place.name, place.geonameid
    country = gazetteer().country(iso)
    return (country.name, country.geonameid) if country is not None else (iso, None)
