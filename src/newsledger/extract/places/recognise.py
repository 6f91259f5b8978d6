"""Finding toponyms: spaCy's GPE/LOC/FAC mentions, repaired and extended with gazetteer matches.

A place mention comes from (1) a GPE, LOC or FAC mention of the entities extractor, (2) an ORG or
PERSON mention that is only a well-known place name ("Ukraine" tagged ORG by the small model), (3) a
proper-noun run the model missed whose whole text is in the gazetteer, or (4) a dateline ("BOSTON
(Reuters) -", "DETROIT The ..."), which wins over whatever the model made of it. Outlets ("the
Moscow Times"), people and organisations (the "Washington" of "Washington Post") block the
characters they cover, and demonyms ("Russian cities") are kept aside as evidence of country, never
as places.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.extract.context import ExtractContext
from newsledger.extract.places.gazetteer import ADMIN1, CONTINENT, COUNTRY, Gazetteer, demonyms, first_names
from newsledger.extract.places.lexicon import (
    ADMIN2_CUES,
    ADMIN_CUES,
    ADMIN_OF_CUES,
    EXTRA_DEMONYMS,
    FACILITY_WORDS,
    GENERIC_WORDS,
    HONORIFICS,
    KIN_WORDS,
    NATURAL_SUFFIXES,
    NOT_PLACES,
    PLACE_PREPOSITIONS,
    REGIONAL_DEMONYMS,
    TITLE_WORDS,
    TOWN_CUES,
)
from newsledger.nlp.lexicon import words

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
BLOCKING_TYPES = frozenset({"PERSON", "ORG", "OUTLET", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                            "LANGUAGE"})
# Types the small model gives place names by mistake ("Kherson" PERSON, "Aleppo" NORP).
RELABEL_TYPES = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_CONNECTORS = frozenset({"of", "de", "upon", "on", "la", "le", "el", "al", "-", "del", "da", "do"})
MAX_NAME_TOKENS = 5
ARABIC_ARTICLES = frozenset({"Al", "El"})
# Gazetteer-only matches must be this populous (or a country or division) to count.
MIN_UNTAGGED_POPULATION = 15000
# An ORG/PERSON mention is taken as a place only for names this well known.
MIN_RELABEL_POPULATION = 100000
# ... and for a town's alternate name ("Kiev"), this well known: alternates hold oddities ("Google").
MIN_RELABEL_ALIAS_POPULATION = 1000000
# A lone given name ("Tyler", "Brent") is a place without a cue only if it is this well known.
MIN_GIVEN_NAME_POPULATION = 1_000_000
# A dateline: capitals at the start of the text or of a line, then a separator ("BOSTON (Reuters) -",
# "ALBUQUERQUE, N.M.", "BERLIN —") or, at a line start, the first word of the story ("DETROIT The");
# after a sentence's end (pages that run several stories together) only with a separator.
_DATELINE_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_DATELINE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?\"”] ))[ \t]*\(?(?P<name>{_DATELINE_WORD}(?: {_DATELINE_WORD}){{0,3}})\)?"
    rf"(?:\s*(?:,|\(|—|–|--|-\s|:)|(?P<bare>\s+(?=[A-Z][a-z])))"
)


@dataclass
class Mention:
    """A toponym found in the text: characters start..end, and the name to look up."""

    start: int
    end: int
    text: str
    name: str  # what is looked up: the text minus cue words ("Donetsk" of "Donetsk Oblast")
    source: str  # ner | relabel | gazetteer
    cue: str | None = None  # admin | admin2 | town: the feature type the context implies
    qualifier: Mention | None = None  # "Alexandria, Louisiana": Louisiana qualifies Alexandria


def is_demonym(word: str) -> bool:
    """A demonym or a regional adjective ("Russian", "European", "Kurdish"): never a toponym."""
    return word.strip() in REGIONAL_DEMONYMS or demonym_country(word) is not None


def demonym_not_place(gaz: Gazetteer, text: str) -> bool:
    """A demonym that is not also the main name of a country, division or sizeable town.

    "Canadian" is a demonym even though two hamlets in Texas and Oklahoma bear the name.
    """
    if not is_demonym(text):
        return False
    return not any(
        main and (e.feature in {COUNTRY, ADMIN1} or e.population >= MIN_UNTAGGED_POPULATION)
        for e, main in gaz.lookup(text)
    )


def demonym_country(word: str) -> str | None:
    """ISO2 country of a demonym ("Russian" -> "RU", "Ukrainians" -> "UA"), else None."""
    w = word.strip()
    if not w:
        return None
    return EXTRA_DEMONYMS.get(w) or demonyms().get(w)


def find_mentions(doc: Doc, context: ExtractContext, gaz: Gazetteer) -> tuple[list[Mention], list[str]]:
    """Place mentions in text order, and the demonym countries seen (one per demonym mention)."""
    text = doc.text
    blocked = bytearray(len(text) + 1)
    spans: list[tuple[int, int, str]] = []
    demonym_evidence: list[str] = []
    entity_mentions = _entity_mentions(doc, context)
    surnames = _person_name_words(entity_mentions)
    # "in Samos", "in Kasba Bonli" tagged PERSON: the preposition makes a gazetteer name a place.
    cued = {text[s:e] for s, e, label, _ in entity_mentions
            if label in RELABEL_TYPES and _after_in(text, s)
            and (_is_listed_place(gaz, text[s:e]) or _is_big_town(gaz, text[s:e], alias=True))}
    for start, end, label, name in entity_mentions:
        surface = text[start:end]
        if label in PLACE_TYPES:
            spans.append((start, end, "ner"))
        elif label in RELABEL_TYPES and not is_demonym(surface) and (
                (_same_words(surface, name) and (_is_famous_place(gaz, surface) or surface in cued))
                or _same_country(gaz, surface, name) or _settlement_framed(text, start, end)):
            spans.append((start, end, "relabel"))
        elif label in BLOCKING_TYPES:
            head = _place_before_title(gaz, surface) if label in {"ORG", "PERSON"} else 0
            if head:
                # "Manitoba Premier Brian Pallister": the place is the premier's, the rest a person.
                spans.append((start, start + head, "relabel"))
            for i in range(start + head, end):
                blocked[i] = 1
            if label == "NORP" and (iso := demonym_country(surface)):
                demonym_evidence.append(iso)
    spans += _datelines(text, gaz)
    mentions: list[Mention] = []
    taken = bytearray(len(text) + 1)
    for start, end, source in sorted(spans, key=lambda s: (s[0], s[2] != "dateline", s[1])):
        if (any(blocked[start:end]) and source != "dateline") or any(taken[start:end]):
            continue
        for part in _split_list(text, start, end):
            mention = _shape(doc, text, part[0], part[1], source, gaz)
            if mention is None:
                if (iso := demonym_country(text[part[0]:part[1]])) is not None:
                    demonym_evidence.append(iso)
                continue
            mentions.append(mention)
        for i in range(start, end):
            taken[i] = 1
    mentions += _gazetteer_matches(doc, gaz, blocked, taken)
    # "Sutton" alone where the article names "Ashley Sutton": the person, not the town.
    # "Kushtia city" where the article names "Kushtia Sadar": a cue word makes it the town.
    mentions = [m for m in mentions if m.source == "dateline" or m.cue is not None or m.text not in surnames
                or _is_big(gaz, m.text, admin=True)]
    mentions.sort(key=lambda m: m.start)
    _link_qualifiers(text, mentions, gaz)
    # "his brother Tyler", "Retired CN workers Brent and Lynnette Hain": people, not towns.
    # One sense per article: a name with a place cue anywhere ("in Regina") is a place everywhere.
    qualifiers = {id(m.qualifier) for m in mentions if m.qualifier is not None}
    dropped = [m for m in mentions if id(m) not in qualifiers and _given_name_not_place(doc, m, gaz)]
    kept_names = {m.text for m in mentions if all(m is not d for d in dropped)}
    mentions = [m for m in mentions if m.text in kept_names or all(m is not d for d in dropped)]
    return mentions, demonym_evidence


def _entity_mentions(doc: Doc, context: ExtractContext) -> list[tuple[int, int, str, str]]:
    if context.entities:
        return [(s, e, ent.type, ent.name) for ent in context.entities for s, e in ent.mentions]
    # Used without the entities extractor: spaCy's own entities, unmerged.
    return [(ent.start_char, ent.end_char, ent.label_, ent.text) for ent in doc.ents]


def _person_name_words(entity_mentions: list[tuple[int, int, str, str]]) -> set[str]:
    """The words of the article's full person names ("Ashley Sutton" -> Ashley, Sutton)."""
    found: set[str] = set()
    for _, _, label, name in entity_mentions:
        parts = name.split()
        if label == "PERSON" and len(parts) >= 2:
            found.update(p for p in parts if p[:1].isupper() and len(p) > 2)
    return found


def _datelines(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Spans of datelines that name a country, a division, a sizeable town or a county."""
    found = []
    for m in _DATELINE.finditer(text):
        name = m.group("name").rstrip(".-'’")
        letters = sum(c.isalpha() for c in name)
        at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if letters < 3 or (m.group("bare") is not None and not at_line_start):
            continue
        county = name.endswith(" COUNTY") and gaz.has(name)
        if county or (gaz.has(name) and _is_big(gaz, name, admin=False)):
            start = m.start("name")
            found.append((start, start + len(name), "dateline"))
    return found


def _same_words(surface: str, name: str) -> bool:
    """The mention is its entity's whole name, whatever the spacing the entities extractor gave it ("Nagorno -
    Karabakh" for "Nagorno-Karabakh"); a mention that is part of a longer name ("Prigozhin") is not."""
    return surface.replace(" ", "") == name.replace(" ", "")


def _same_country(gaz: Gazetteer, surface: str, name: str) -> bool:
    """ "DPRK" in an organisation mention the entities extractor named "Democratic People's Republic of Korea"."""
    name = name.replace(" 's", "'s").replace(" ’s", "’s")  # the entities extractor's token spacing
    if surface == name:
        return False
    ids = {e.geonameid for e, _ in gaz.lookup(surface) if e.feature == COUNTRY}
    return bool(ids) and any(e.geonameid in ids for e, _ in gaz.lookup(name) if e.feature == COUNTRY)


# "in Samos", "in northern Rakhine", "outside south-western Kyiv"
_IN_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|inside)\s+"
                        r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+|central\s+)?$", re.IGNORECASE)


def _after_in(text: str, start: int) -> bool:
    return _IN_BEFORE.search(text[max(0, start - 30):start]) is not None


# "the village of Tangaye", "in the area of Fili-Fili", "Durgapur village", "in Loropeni (Perigban, Poni)": a
# village the gazetteer does not hold, which the small model tags as an organisation or a person.
_SETTLEMENT_OF = re.compile(r"\b(?:village|town|city|hamlet|locality|commune|area|outskirts|neighbou?rhood|"
                            r"municipality|district|department|settlement)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|city|hamlet|commune|upazila|municipality)\b")
_WHERE_IT_LIES = re.compile(r"\s*\((?=[^)]*[a-z])[A-Z][\w'’ -]*(?:,\s*[A-Z][\w'’ -]*)*\)")


def _settlement_framed(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    if not surface[:1].isupper() or len(surface.split()) > 3 or _is_acronym(surface):
        return False
    return _SETTLEMENT_OF.search(text[max(0, start - 30):start]) is not None \
        or _SETTLEMENT_AFTER.match(text, end) is not None \
        or (_after_in(text, start) and _WHERE_IT_LIES.match(text, end) is not None)


def _is_listed_place(gaz: Gazetteer, name: str) -> bool:
    """The main name (no alternate names) of a place in the gazetteer: a town, a division, a country or a region
    ("in Nagorno-Karabakh", tagged ORG)."""
    return any(main for _, main in gaz.lookup(name))


def _is_famous_place(gaz: Gazetteer, name: str) -> bool:
    """A name the small model tagged ORG or PERSON ("Kherson", "Kiev") that is better read as a place."""
    for e, main in gaz.lookup(name):
        if e.feature in {COUNTRY, ADMIN1, CONTINENT} and main:
            return True
        if e.is_town and e.population >= (MIN_UNTAGGED_POPULATION if main else MIN_RELABEL_ALIAS_POPULATION):
            return True
    return False


def _place_before_title(gaz: Gazetteer, surface: str) -> int:
    """Length of a well-known place name that opens ``surface`` and is followed by a title word."""
    words_ = surface.split(" ")
    for n in (3, 2, 1):
        if len(words_) > n and words_[n] in TITLE_WORDS:
            head = " ".join(words_[:n])
            if _is_famous_place(gaz, head):
                return len(head)
    return 0


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Alexandria, Louisiana" tagged as one span becomes two."""
    parts: list[tuple[int, int]] = []
    pos = start
    for piece in text[start:end].split(","):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        if b > a:
            parts.append((a, b))
        pos += len(piece) + 1
    return parts


def _shape(doc: Doc, text: str, start: int, end: int, source: str, gaz: Gazetteer) -> Mention | None:
    """Trim a span to its name, read cue words around it; None for a demonym or a non-name."""
    surface = text[start:end]
    if "(" in surface:  # "Tchaourou (Tchaourou", a span run into the bracket that says where the place lies
        end = start + len(surface[:surface.index("(")].rstrip())
        surface = text[start:end]
    while surface.lower().startswith("the "):
        start += 4
        surface = text[start:end]
    for suffix in ("'s", "’s"):
        if surface.endswith(suffix):
            end -= 2
            surface = text[start:end]
    if not surface or not surface[0].isupper() or surface in NOT_PLACES:
        return None
    if demonym_not_place(gaz, surface):
        return None
    first = surface.split()[0].rstrip(".")
    if first in HONORIFICS:
        return None  # "Ms Raggi" tagged GPE by the small model
    # "MoD", "IRNA", "UN": an acronym names a country or a state ("US", "N.J.") or nothing; a dateline
    # in capitals ("ROME, Italy") is no acronym.
    if source != "dateline" and _is_acronym(surface) \
            and not any(e.feature in {COUNTRY, ADMIN1} for e, _ in gaz.lookup(surface)):
        return None

    if " " not in surface and _is_generic_word(gaz, surface):
        return None
    name = surface
    cue: str | None = None
    words_ = surface.split()
    last = words_[-1].lower() if len(words_) > 1 else ""
    if last in ADMIN_CUES | ADMIN2_CUES and gaz.has(" ".join(words_[:-1])):
        cue = "admin" if last in ADMIN_CUES else "admin2"
        if not gaz.has(surface):
            name = " ".join(words_[:-1])
    cue = cue or _context_cue(doc, start, end)
    return Mention(start, end, surface, name, source, cue)


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2 and " " not in text


def _is_generic_word(gaz: Gazetteer, surface: str) -> bool:
    """A capitalised generic word ("Centre", "Valley", "West") that is not a country's name."""
    return surface.lower() in GENERIC_WORDS and not _is_country(gaz, surface)


def _context_cue(doc: Doc, start: int, end: int) -> str | None:
    """The feature type implied by the words around a name: "X region", "the state of X", "X city"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_lower:
        if after.lower_ in ADMIN_CUES:
            return "admin"
        if after.lower_ in ADMIN2_CUES:
            return "admin2"
        if after.lower_ in TOWN_CUES:
            return "town"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2].lower_
        if before in ADMIN_OF_CUES:
            return "admin"
        if before in TOWN_CUES:
            return "town"
    return None


def _is_name_token(tok: Token) -> bool:
    return tok.tag_ in _PROPER_TAGS and (tok.is_title or tok.is_upper) and tok.is_alpha


def _last_connector(run: Span) -> int:
    """Index in the run of its last connector word ("on" of "Rostov on Don"), 0 when it has none."""
    return max((k for k, t in enumerate(run) if k and t.lower_ in _CONNECTORS), default=0)


def _gazetteer_matches(doc: Doc, gaz: Gazetteer, blocked: bytearray, taken: bytearray) -> list[Mention]:
    """Proper-noun runs the model did not tag whose whole text names a well-known place."""
    common = words(doc.vocab, "noun") | words(doc.vocab, "verb") | words(doc.vocab, "adj")
    text = doc.text  # once: spaCy joins the tokens anew on each call
    found: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        # "in northern Rakhine" with "Rakhine" tagged a common noun: the preposition says it is a name.
        named = _is_name_token(tok) or (tok.tag_ in ("NN", "NNS") and tok.is_title and not tok.is_sent_start
                                        and tok.lower_ not in common and _after_in(text, tok.idx))
        if not named or blocked[tok.idx] or taken[tok.idx]:
            i += 1
            continue
        j = i + 1
        while j < n and (_is_name_token(doc[j]) or (doc[j].lower_ in _CONNECTORS and j + 1 < n
                                                    and _is_name_token(doc[j + 1]))):
            if blocked[doc[j].idx] or taken[doc[j].idx]:
                break
            j += 1
        run = doc[i:j]
        # "in Manchester on Monday": a connector joins names only when the whole run is one.
        while not gaz.has(run.text) and (cut := _last_connector(run)):
            run = run[:cut]
        end_tok = run.end
        # "Dnipro River": the name before a natural-feature word is not a match for the town.
        if run[-1].text in NATURAL_SUFFIXES or len(run) > MAX_NAME_TOKENS:
            i = max(end_tok, i + 1)
            continue
        surface = run.text
        mention = None
        single_common = len(run) == 1 and tok.lower_ in common
        # A sentence opens with a capital anyway: alone there, only a sizeable uncommon name counts.
        opener = len(run) == 1 and tok.is_sent_start and (single_common or not _is_famous_place(gaz, surface))
        if gaz.has(surface) and not opener:
            # The lexicon lists famous towns as nouns ("manchester"): after "in" they are the town.
            ok = _is_big(gaz, surface, admin=single_common) or (
                single_common and _after_in(text, run.start_char) and _is_big_town(gaz, surface))
            if ok and not is_demonym(surface):
                mention = _shape(doc, text, run.start_char, run.end_char, "gazetteer", gaz)
        if mention is not None:
            found.append(mention)
        i = max(end_tok, i + 1)
    return found


def _is_big(gaz: Gazetteer, name: str, *, admin: bool) -> bool:
    """Whether a name's main sense is a country or division (admin=True), or also a sizeable town."""
    for e, main in gaz.lookup(name):
        if e.feature in {COUNTRY, ADMIN1, CONTINENT}:
            return True
        if not admin and main and e.population >= MIN_UNTAGGED_POPULATION:
            return True
    return False


def _is_big_town(gaz: Gazetteer, name: str, *, alias: bool = False) -> bool:
    """The main name (or with ``alias`` any name: "Naypyitaw", "Andijan") of a town of 100,000 or more."""
    return any((main or alias) and e.is_town and e.population >= MIN_RELABEL_POPULATION
               for e, main in gaz.lookup(name))


def _is_country(gaz: Gazetteer, name: str) -> bool:
    return any(main and e.feature == COUNTRY for e, main in gaz.lookup(name))


def _given_name_not_place(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """A given name the model took for a place: "Tyler", "Olivia" alone, or "Brooke Henderson".

    A lone given name stays a place with a cue: a preposition before it ("in Tyler"), a division or
    country after a comma ("Austin, Texas"), a cue word ("Tyler city"), or a dateline; so does a
    country, a continent, a first-level division or a town of a million people ("Georgia", "Paris").
    A given name and one or two more capitalised words stay a place only if the gazetteer holds them.
    """
    if m.source == "dateline" or m.cue is not None or m.qualifier is not None:
        return False
    words_ = m.text.split()
    if len(words_) == 1 and _after_kin_word(doc, m) and not _is_well_known(gaz, m.text):
        return True  # "his daughter Yulia", "her brother, Aondona": any name, listed or not
    if words_[0] not in first_names():
        return False
    if len(words_) > 1:
        # "in Al Hishah", "near El Fasher": the Arabic article, not the given name "Al"
        if words_[0] in ARABIC_ARTICLES and _after_in(doc.text, m.start):
            return False
        return (len(words_) <= 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words_)
                and not gaz.has(m.text) and not gaz.has(m.name)
                and not any(w in FACILITY_WORDS or w.lower() in GENERIC_WORDS for w in words_[1:]))
    if _is_well_known(gaz, m.text):
        return False
    return not _place_cue_around(doc, m, gaz)


def _after_kin_word(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in KIN_WORDS


def _is_well_known(gaz: Gazetteer, name: str) -> bool:
    for e, main in gaz.lookup(name):
        if e.feature in {COUNTRY, CONTINENT} or (main and e.feature == ADMIN1):
            return True
        if main and e.population >= MIN_GIVEN_NAME_POPULATION:
            return True
    return False


def _place_cue_around(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    comma_of = before == "of" and (after == "," or (span.start > 1 and doc[span.start - 2].text == ","))
    if before in PLACE_PREPOSITIONS or comma_of:
        return True  # "in Tyler", "Peddar, of Brent, north west London", "Brookes, 18, of Regina"
    if after == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
        return nxt.is_title and _is_big(gaz, nxt.text, admin=True)  # "Austin, Texas"
    return False


def _link_qualifiers(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """ "Alexandria, Louisiana" / "Kramatorsk, Ukraine": the second names the first's division or country."""
    for a, b in itertools.pairwise(mentions):
        gap = text[a.end:b.start]
        if gap.strip() != "," or "\n" in gap:
            continue
        if any(e.feature in {COUNTRY, ADMIN1} for e, _ in gaz.lookup(b.name)):
            a.qualifier = b
