"""What counts as a party to an event, and the party named inside a phrase about a thing.

A party is a named or human participant ("the government", "Iraq", "protesters"), as opposed to the
thing offered, demanded or rejected (``_is_party``). ``_party_inside`` finds the party in a phrase about
a thing ("Serbia's suppression", "calls by Belarus", "opposition demands"), ``_through_partitive`` passes
through a part to the whole ("scores of refugees"), and ``_own`` tells the actor's own people ("its troops").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsledger.extract.events.found import _child, _prep_object

PARTITIVE_NOUNS = frozenset({"position", "positions", "part", "scores", "dozens", "hundreds", "thousands", "members",
                             "member", "number", "some", "many", "most", "all", "one", "third", "half", "group",
                             "camp", "camps", "home", "homes", "office", "offices",
                             # places owned or used by a party: "raided the premises of a legislator"
                             "premises", "residence", "residences", "house", "houses", "headquarters",
                             "property", "properties",
                             # units of a force: "four companies of para-military forces"
                             "company", "companies", "battalion", "battalions", "column", "columns", "platoon",
                             "platoons", "contingent", "contingents", "unit", "units", "squad", "squads"})
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
    # ranks, offices and walks of life news names people by
    "general", "colonel", "captain", "sergeant", "lieutenant", "lawmaker", "legislator", "senator", "politician",
    "governor", "mayor", "businessman", "businesswoman", "tycoon", "lord", "kingpin", "cleric", "imam", "priest",
    "bishop", "pastor", "monk", "nun", "worshipper", "pilgrim", "passenger", "farmer", "trader", "smuggler",
    "trafficker", "criminal", "dissident", "blogger", "lawyer", "nurse", "medic", "mercenary", "recruit",
    "convict", "inmate", "defendant", "spokesman", "spokeswoman", "spokesperson", "crew", "sailor", "pilot",
    "engineer", "contractor", "tourist", "pupil", "schoolgirl", "schoolboy", "schoolchild",
    "bank", "firm", "corporation", "oligarch", "aide", "adviser", "advisor", "assistant", "deputy", "staffer",
    "employee", "guard", "bodyguard", "associate", "side", "chairman", "chairwoman", "commissioner", "director",
    "prosecutor", "secretary", "donor", "creditor", "lender", "labourer", "laborer", "veteran",
    "correspondent", "reporter", "editor", "publisher", "family", "survivor", "newspaper", "broadcaster",
    "miner", "driver", "striker", "unionist", "shopkeeper", "fisherman", "herder", "mourner", "rioter",
    "representative", "mediator", "negotiator", "intermediary",
    "junta", "navy", "tribunal", "jury", "investigator", "magistrate",
})
PARTY_ENTITY_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# Party nouns for bodies, states and institutions rather than people ("released the government" is no release
# of persons).
BODY_NOUNS = frozenset({
    "government", "authority", "authorities", "leadership", "force", "forces", "army", "troops", "police",
    "community", "council", "parliament", "party", "group", "faction", "movement", "union", "coalition",
    "alliance", "country", "nation", "state", "regime", "administration", "ministry", "agency", "organization",
    "organisation", "court", "militia", "opposition", "cabinet", "congress", "senate", "assembly", "committee",
    "commission", "tribe", "clan", "population", "company", "bank", "firm", "corporation", "newspaper",
    "broadcaster", "side", "family", "delegation", "crew", "junta", "navy", "tribunal", "jury"})
# Bodies named as the modifier of what they do or want ("opposition demands", "police brutality"); not every
# party noun ("bank records", "a High Court order", "the parliament building" name things, not their doers).
GROUP_MODIFIERS = frozenset({"opposition", "government", "police", "army", "military", "union", "rebel", "rebels",
                             "militant", "militia", "student", "students", "worker", "workers", "protester",
                             "protesters", "settler", "settlers", "regime", "junta"})
# Prepositions that name a party inside a phrase about a thing ("calls by Belarus", "contact with the US").
INNER_PARTY_PREPS = frozenset({"by", "from", "of", "with", "to", "against", "on", "for", "between", "toward",
                               "towards"})
# Possessive pronouns name the actor's own things ("its forces", "their demands"), not another party.
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _is_person(tok: Token) -> bool:
    """A person or people, named or by a common noun ("a British businessman", "40 communist rebels")."""
    return tok.ent_type_ in ("PERSON", "NORP") or any(
        word in PARTY_NOUNS and word not in BODY_NOUNS for word in (tok.lemma_.lower(), tok.lower_))


def _is_party(tok: Token) -> bool:
    """A named or human participant, as opposed to the thing offered, demanded or rejected."""
    if tok.tag_ in ("WDT", "WP", "EX") or tok.lower_ in ("it", "this", "that", "what", "which"):
        return False
    return tok.ent_type_ in PARTY_ENTITY_TYPES or tok.pos_ in ("PROPN", "PRON") or \
        tok.lemma_.lower() in PARTY_NOUNS or tok.lower_ in PARTY_NOUNS


# Kinds of place, named by the name before them ("Manipur's Imphal East district") or after their "of" ("the
# breakaway regions of Abkhazia and South Ossetia").
PLACE_NOUNS = frozenset({"district", "province", "region", "state", "city", "town", "village", "area", "county",
                         "valley", "division", "zone", "territory", "capital", "governorate", "neighbourhood",
                         "neighborhood"})


PLACE_NAME_TYPES = frozenset({"GPE", "LOC"})


def _place_named_after(tok: Token, kinds: frozenset[str] = PLACE_NOUNS,
                       name_types: frozenset[str] = PLACE_NAME_TYPES) -> Token | None:
    """The name of a kind of place named after its "of": "the town of Kismayo", "the breakaway regions of Abkhazia".
    ``kinds`` and ``name_types`` are the kinds of place and the entity types of a name the caller accepts."""
    if tok.lemma_.lower() not in kinds:
        return None
    name = _prep_object(tok, ("of",))
    if name is None or name.i < tok.i or not (name.pos_ == "PROPN" or name.ent_type_ in name_types):
        return None
    return name


def _party_inside(noun: Token, depth: int = 2, modifiers: bool = True, agents: bool = True) -> Token | None:
    """The party named inside a phrase about a thing: "Serbia's suppression", "calls by Belarus's rulers",
    "contact with the United States", "the return of U.N. weapons inspectors", "Israeli air raids"."""
    poss = _child(noun, ("poss",)) if modifiers else None
    if poss is not None and poss.lower_ not in OWN_POSSESSIVES and _is_party(poss):
        return poss
    named = _named_modifier(noun) if modifiers else None
    if named is not None:
        return named
    # "opposition demands", but not the "opposition" of "opposition newspapers", which are a party themselves.
    body = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and
                 c.lower_ in GROUP_MODIFIERS), None) if modifiers and not _is_party(noun) else None
    if body is not None:
        return body  # "bowed to opposition demands", "condemned police brutality"
    # Whom "by" names did the act ("the release of two Americans by Venezuela"); look there first.
    for prep in sorted(noun.children, key=lambda c: c.lower_ != "by"):
        if prep.dep_ != "prep" or prep.lower_ not in INNER_PARTY_PREPS or (prep.lower_ == "by" and not agents):
            continue
        if prep.lower_ in ("between", "on") and not modifiers:
            # "attacked a police station between Nadiagou and Koualou", "ambushed a patrol on the Djibo axis": a
            # thing stands between places, or on a road
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            obj = _through_partitive(obj) or obj
            if _is_party(obj) or _place_named_after(obj) is not None:
                return obj  # "the town of Kismayo" is a place; not the "Georgian" of "the Georgian regions of Abkhazia"
            inner = _party_inside(obj, depth - 1, modifiers, agents) if depth > 1 else None
            if inner is not None:
                return inner
    return None


GO_BETWEEN_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor", "chair", "moderate"})


def _made_by(noun: Token, trigger: Token) -> Token | None:
    """ "the ceasefire proposal put forward by Egypt", "the bill passed by parliament": the party that made the
    thing, named by a participle's agent (not the event's own: "the bill, opposed by House Republicans")."""
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl == trigger or acl.lemma_.lower() in GO_BETWEEN_VERBS:
            continue  # "talks brokered by Saudi Arabia": a go-between is no party to them
        agent = next((g for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and _is_party(agent):
            return agent
    return None


def _named_modifier(noun: Token) -> Token | None:
    """A name used as a modifier: "Israeli air raids", "a Karen guerrilla stronghold", "US-led war", "a Turkish
    drone strike"."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            named = next((g for g in c.children if g.dep_ in ("npadvmod", "compound", "amod")
                          and g.ent_type_ in PARTY_ENTITY_TYPES), None)
            if c.ent_type_ in PARTY_ENTITY_TYPES or (named is not None and c.lemma_.lower() in PARTY_NOUNS):
                return c
            if named is not None:
                return named
    return None


def _own(tok: Token) -> bool:
    """"its troops", "their forces": the actor's own people, sent or moved rather than acted on."""
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)


def _through_partitive(tok: Token | None) -> Token | None:
    """"positions of the Palestinian security forces", "scores of refugees": the party, not the part."""
    if tok is None or (tok.lemma_.lower() not in PARTITIVE_NOUNS and tok.lower_ not in PARTITIVE_NOUNS):
        return tok
    inner = _prep_object(tok, ("of",))
    return inner if inner is not None else tok
