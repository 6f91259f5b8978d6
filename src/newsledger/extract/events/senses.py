"""Everyday senses of event words: when a word the lexicon lists names no political event.

Most news is not about conflict, and the words of conflict have everyday senses there: a company
"demonstrated" its new phone, a patient is "fighting cancer", "demand for diesel engines" fell, a
spokesman "refused to comment" or "requested anonymity", a suspect "pleaded not guilty", a group is
"called" something, senators "agree" that a crime was horrific, oil prices "retreated", a team
"surrendered a lead" or "was beaten 3-2", a film "bombed". ``everyday_sense`` tells these from the
political senses by the words around the trigger, so a ledger fed ordinary news is not filled with
events nobody reported. Deaths in accidents and at the hands of nature are ``triggers.non_agent_cause``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsledger.extract.events.found import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS
from newsledger.extract.events.lexicon import Sense
from newsledger.extract.events.parties import PARTITIVE_NOUNS, _is_party

# "fought the rebels" is violence; "fought cancer", "fought the ruling", "fight terrorism" are not.
FIGHTING_VERBS = frozenset({"fight", "battle", "combat"})
# What one fights when the fight is armed, though it is no party ("fought a bloody battle").
COMBAT_NOUNS = frozenset({"battle", "battles", "war", "wars", "duel", "gunfight", "firefight", "skirmish",
                          "skirmishes", "clash", "clashes", "insurgency", "offensive", "way",
                          # armed opponents the party vocabulary does not list
                          "enemy", "invader", "occupier", "occupation", "jihadist", "attacker", "aggressor",
                          "bandit", "pirate", "gang", "cartel", "raider", "poacher", "junta", "oppressor"})
# Who fights to win a place or hold a line in war ("troops fought to retake the town").
ARMED_SUBJECTS = frozenset({"troops", "troop", "force", "forces", "army", "soldier", "rebel", "militant", "fighter",
                            "militia", "insurgent", "guerrilla", "gunman", "police", "jihadist", "military",
                            "paramilitary", "defender", "attacker", "unit", "battalion", "brigade", "regiment",
                            "marine", "commando", "separatist", "loyalist", "volunteer", "partisan"})
# What fighting does when the parser takes "fighting" for a verb and its verb for the object.
GOING_ON = frozenset({"spread", "spreads", "continue", "continues", "rage", "rages", "erupt", "erupts", "escalate",
                      "escalates", "intensify", "intensifies", "resume", "resumes", "flare", "flares", "subside",
                      "subsides", "ease", "eases"})
# Stakes fought for outside war ("battling for market share", "fighting for his life").
EVERYDAY_STAKES = frozenset({"share", "life", "survival", "title", "championship", "cup", "trophy", "medal",
                             "contract", "custody", "place", "spot", "seat", "nomination", "job", "jobs", "lead",
                             "points", "audience", "viewers", "customers", "votes", "attention", "breath",
                             "compensation", "recognition", "promotion", "prize"})
# Verbs a spokesman refuses or declines ("declined to comment", "refused to be named").
SAYING_VERBS = frozenset({"comment", "identify", "elaborate", "say", "speak", "discuss", "confirm", "disclose",
                          "reveal", "answer", "name", "divulge", "specify", "talk", "detail", "explain",
                          "speculate"})
REFUSING_VERBS = frozenset({"refuse", "decline"})
ASKING_VERBS = frozenset({"request", "ask", "seek", "demand", "insist", "want"})
# "demand for diesel engines collapses", "to meet customer demand": the market's demand asks nothing of anyone.
MARKET_MODIFIERS = frozenset({
    "customer", "consumer", "market", "global", "domestic", "local", "foreign", "overseas", "export", "import",
    "oil", "energy", "power", "electricity", "gas", "fuel", "housing", "travel", "passenger", "seasonal",
    "peak", "strong", "weak", "soft", "rise", "fall", "grow", "slow", "sluggish", "robust", "high", "low",
    "additional", "increase", "underlying", "aggregate", "overall", "pent", "pent-up", "buoyant", "healthy",
    "solid", "firm", "tepid", "lacklustre", "lackluster", "brisk", "surge", "huge", "heavy", "insatiable",
    "user", "client", "investor", "tourist", "visitor", "reader", "viewer", "holiday", "christmas", "summer",
    "winter", "industrial", "commercial", "retail", "wholesale", "chip", "steel", "car", "vehicle", "credit",
    "loan", "mortgage", "labour", "labor", "china", "chinese", "american", "european", "asian", "world"})
MARKET_VERBS = frozenset({"meet", "satisfy", "outstrip", "exceed", "outpace", "boost", "dampen", "curb", "cool",
                          "fuel", "drive", "stimulate", "spur", "weaken", "sap", "hit", "hurt", "match", "keep",
                          "cater", "serve", "handle", "rise", "fall", "grow", "slow", "soften", "collapse",
                          "surge", "slump", "increase", "decrease", "decline", "drop", "jump", "recover",
                          "rebound", "pick", "remain", "stay", "ease", "strengthen", "outweigh", "see"})
MARKET_CHANGES = frozenset({"surge", "rise", "fall", "drop", "jump", "slump", "softening", "slowdown", "increase",
                            "decline", "growth", "boost", "dip", "change", "shift", "upturn", "downturn", "spike",
                            "collapse", "recovery", "rebound", "weakness", "strength", "slack", "lull", "boom"})
# Market figures as the subject or object of a hostile-looking verb ("oil prices retreated", "shares
# exploded higher", "the euro surrendered early gains", "beat analysts' expectations").
MARKET_WORDS = frozenset({"price", "prices", "rate", "rates", "share", "shares", "stock", "stocks", "index",
                          "indices", "market", "markets", "euro", "dollar", "pound", "sterling", "yen", "yuan",
                          "rupee", "currency", "currencies", "bond", "bonds", "yield", "yields", "revenue",
                          "revenues", "sales", "profit", "profits", "earnings", "inflation", "gdp", "output",
                          "supply", "oil", "gold", "commodity", "commodities", "futures", "margin", "margins",
                          "valuation", "value", "cost", "costs", "expectation", "expectations", "forecast",
                          "forecasts", "estimate", "estimates", "consensus", "gain", "gains", "loss", "losses",
                          "high", "highs", "low", "lows", "peak", "record", "lead", "advantage", "nasdaq", "dow",
                          "ftse", "nikkei", "sensex", "bitcoin", "premium", "premiums", "fare", "fares", "wage",
                          "wages", "salary", "salaries", "ratings", "rating", "audience", "traffic",
                          "unemployment", "productivity", "deficit", "debt", "temperature",
                          "temperatures", "turnover", "level", "levels"})
# ... of which these may be what is beaten or given up ("beat expectations", "surrendered a two-goal lead");
# a market or an oil depot that is shelled is a place.
MARKET_OBJECTS = frozenset({"expectation", "expectations", "forecast", "forecasts", "estimate", "estimates",
                            "consensus", "gain", "gains", "record", "records", "lead", "high", "highs", "low",
                            "lows", "peak", "advantage"})
MARKET_TYPES = frozenset({"ASSAULT", "RETREAT", "CONCEDE", "COERCE", "THREATEN"})
# Works and products that "bomb" or "kill it" without hurting anyone.
WORKS = frozenset({"film", "movie", "show", "album", "book", "play", "musical", "series", "sequel", "game",
                   "app", "product", "launch", "single", "song", "tour", "production", "premiere", "novel",
                   "comedian", "band", "singer", "rapper", "actor", "actress"})
# "agreed with the court's assessment": sharing an opinion is no agreement.
OPINION_NOUNS = frozenset({"view", "views", "assessment", "position", "defence", "defense", "argument",
                           "arguments", "conclusion", "conclusions", "analysis", "verdict", "finding", "findings",
                           "criticism", "statement", "remarks", "comment", "comments", "opinion", "opinions",
                           "characterization", "characterisation", "description", "sentiment", "point",
                           "premise", "diagnosis", "interpretation", "reading", "estimate", "prediction"})
CLAUSE_MODALS = frozenset({"should", "would", "will", "must", "shall", "could", "can", "may", "might", "'ll", "'d",
                           "wo", "ca"})
# "Terms call for First Security to issue shares", "the plan calls for 300 new homes": a text's content.
DOCUMENT_NOUNS = frozenset({"plan", "plans", "deal", "agreement", "accord", "law", "bill", "terms", "strategy",
                            "proposal", "proposals", "budget", "contract", "treaty", "programme", "program",
                            "measure", "legislation", "scheme", "rule", "rules", "regulation", "regulations",
                            "guideline", "guidelines", "policy", "test", "recipe", "design", "formula",
                            "blueprint", "roadmap", "framework", "settlement", "package", "forecast", "model",
                            "schedule", "timetable", "draft", "version", "provision", "provisions", "clause",
                            "constitution", "standard", "standards", "code", "reform", "reforms", "project",
                            "pact", "arrangement", "merger", "offer", "bid", "transaction"})
PLEAS = frozenset({"guilty", "innocent", "contest"})
SCORE = re.compile(r"(?<![\d,.])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?!\d|%|[.,]\d)")  # "were beaten 3-2"
WINNING_VERBS = frozenset({"beat", "defeat", "thrash", "crush", "rout", "hammer", "edge", "down", "sink", "trounce",
                           "whip", "stun", "humble", "batter", "destroy", "demolish", "overpower", "outplay"})
# Body parts, transplants and machines that are rejected or disengaged without any politics.
ORGANS_AND_MACHINES = frozenset({"kidney", "liver", "heart", "lung", "organ", "organs", "transplant", "graft",
                                 "implant", "engine", "engines", "clutch", "autopilot", "gear", "brake", "brakes",
                                 "lock", "mechanism", "cord"})


def everyday_sense(tok: Token, lemma: str, pos: str, sense: Sense) -> bool:
    """True when the trigger ``tok`` (lemma, part of speech "V" or "N", the sense the lexicon gave it) is
    used in an everyday sense that names no event."""
    children = list(tok.children)
    if pos == "V":
        if lemma in FIGHTING_VERBS and sense.type == "ASSAULT" and _fights_no_one(tok, children):
            return True
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in children):
            return True  # "demonstrated its foldable phone", "demonstrated that the plan works"
        if lemma in REFUSING_VERBS and _refuses_to_say(children):
            return True
        if lemma in ASKING_VERBS and _asks_anonymity(children):
            return True
        if lemma == "agree" and _shares_an_opinion(children):
            return True
        if lemma == "call" and sense.type == "REQUEST" and _names_or_contains(tok, children):
            return True
        if lemma == "plead" and any(c.lower_ in PLEAS for c in tok.subtree):
            return True  # "pleaded not guilty", "pleaded innocent to charges": a plea in court
        if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
            return True  # "who hails from the same state"
        if tok.lower_ == "wound" and any(c.lower_ == "up" for c in children):
            return True  # "as he wound up his speech"
        if lemma == "knife" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "jack":
            return True  # "the lorry jack-knifed"
        if sense.type in ("ASSAULT", "RETREAT", "REJECT") and _acts_on_a_thing(tok, lemma, children):
            return True
    elif lemma == "demonstration" and _shows_a_thing(tok):
        return True
    elif lemma == "attack" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in AILMENT_ATTACKS:
        return True  # "heart attack patients", where the parser hangs both words on "patients"
    if sense.type == "REQUEST" and lemma == "demand" and pos == "N" and market_demand(tok):
        return True
    if sense.type == "CONCEDE" and lemma == "meet" and any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "demand" and market_demand(c) for c in children):
        return True
    return sense.type in MARKET_TYPES and _market_move(tok, children)


def _fights_no_one(tok: Token, children: list[Token]) -> bool:
    """ "fought to keep the boy", "fighting cancer", "fight terrorism", "battle it out", "battling for
    market share": a struggle with no party on the other side. Armed subjects fight battles ("rebel groups
    fighting to topple Assad", "troops battling the Islamic State")."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subjects.append(tok.head)
    if any(_armed_party(s) for s in subjects):
        return False
    if tok.tag_ == "VBG" and not subjects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GOING_ON for c in children):
        return False  # "Internet shut down as fighting spreads": the noun, misparsed as a verb with an object
    if any(c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children) for c in children):
        return True  # "relatives fought to keep the boy"
    objects = [c for c in children if c.dep_ in ("dobj",)]
    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in ("against", "off")
                for g in c.children if g.dep_ == "pobj"]
    if objects:
        return not any(o.lemma_.lower() in COMBAT_NOUNS or o.lower_ in PARTITIVE_NOUNS
                       or any(_is_party(t) for t in _phrase_heads(o)) for o in objects)
    stakes = [g for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in EVERYDAY_STAKES for s in stakes)


def _phrase_heads(noun: Token) -> list[Token]:
    """The noun, its appositions and conjuncts, and what it is a part of ("a plague of locusts", "the Islamic
    State, file photo"), without its possessor or relative clause."""
    heads = [noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos")]
    heads += [g for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return heads


def _armed_party(tok: Token) -> bool:
    """A named party or an armed body: "Israel", "Hamas", "troops", "rebel groups"."""
    return tok.ent_type_ in ("ORG", "NORP", "GPE") or tok.lemma_.lower() in ARMED_SUBJECTS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_SUBJECTS for c in tok.children)


def _refuses_to_say(children: list[Token]) -> bool:
    """ "refused to comment", "declined to be named", "refused to identify himself"."""
    for c in children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in SAYING_VERBS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() == "be" and any(
                g.lemma_.lower() in SAYING_VERBS for g in c.children if g.dep_ in ("acomp", "attr", "xcomp")):
            return True
    return False


def _asks_anonymity(children: list[Token]) -> bool:
    """ "requested anonymity", "asked not to be identified", "spoke on condition of anonymity"."""
    for c in children:
        if c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "anonymity":
            return True
        if c.dep_ == "prep" and any(g.lemma_.lower() == "anonymity" for g in c.children):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote") and any(
                a.dep_ == "auxpass" for a in c.children):
            return True  # "asked not to be named"
    return False


def _shares_an_opinion(children: list[Token]) -> bool:
    """ "agree this was a horrific crime", "agreed with the judge's assessment": an opinion shared, not a
    commitment ("agreed that their countries should cooperate" keeps its modal)."""
    for c in children:
        if c.dep_ == "ccomp" and c.i > c.head.i:
            words = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
            if not words & CLAUSE_MODALS and not any(a.tag_ == "TO" for a in c.children) and c.tag_ != "VB":
                return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in OPINION_NOUNS for g in c.children):
            return True
    return False


def _names_or_contains(tok: Token, children: list[Token]) -> bool:
    """ "a group called the Working Group on Afghan Women" names it; "terms call for the bank to issue
    shares" tells what a text contains."""
    names = [c for c in children if c.dep_ in ("oprd", "attr")]
    if names:
        return any(n.ent_type_ not in ("DATE", "TIME") for n in names)  # not "called Thursday on Arabs to unite"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in children):
        return True
    subjects = [c for c in children if c.dep_ in ("nsubj",)]
    if tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and not subjects:
        subjects = [tok.head]
    return any(s.lemma_.lower() in DOCUMENT_NOUNS or s.lower_ in DOCUMENT_NOUNS for s in subjects)


def _acts_on_a_thing(tok: Token, lemma: str, children: list[Token]) -> bool:
    """ "were beaten 3-2", "the film bombed", "killing off its messaging app", "killed it at the festival",
    "the body rejected the kidney"."""
    if lemma in WINNING_VERBS and SCORE.search(tok.doc.text[tok.idx:tok.sent.end_char]):
        return True
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if any(o.lemma_.lower() in ORGANS_AND_MACHINES for o in objects):
        return True
    if lemma == "kill":
        if any(o.lower_ == "it" for o in objects):
            return True
        if any(c.lower_ == "off" for c in children) and not any(_is_party(o) for o in objects):
            return True
    subjects = [c for c in children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "acl" else [])
    return not objects and any(s.lemma_.lower() in WORKS for s in subjects) and lemma in ("bomb", "kill", "die")


def _shows_a_thing(tok: Token) -> bool:
    """ "a demonstration of the new phone", "the clearest demonstration of the alliance's resolve"; "a
    demonstration of thousands of workers" is a protest."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return any(g.dep_ == "pobj" and not _is_party(g) and g.lower_ not in PARTITIVE_NOUNS
                       for g in c.children)
    return any(c.lemma_.lower() in ("product", "live", "software", "technology", "cooking", "flight", "practical")
               for c in tok.children if c.dep_ in ("amod", "compound"))


def market_demand(noun: Token) -> bool:
    """ "demand for diesel engines", "to meet customer demand", "a softening in the demand for office
    products": the market's demand, not a party's ("the union's demand for a pay rise", "a demand for his
    release", "demands for reform")."""
    if noun.tag_ == "NNS" or any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(g.dep_ == "pobj" and _is_party(g) for g in c.children)
           for c in noun.children):
        return False  # "to meet the demand of the strikers"
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "this", "that", "their", "its", "his", "her")
           for c in noun.children):
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in MARKET_MODIFIERS for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in MARKET_CHANGES:
        return True  # "a surge in demand"
    if noun.dep_ in ("nsubj", "dobj", "pobj") and head.lemma_.lower() in MARKET_VERBS:
        return True
    for_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj"]
    # "the demand for hotel rooms", in a sentence about a market: goods, not an act a party is asked to do
    # ("the demand for a separate flag" is one)
    return bool(for_objects) and not any(_is_party(g) or g.lemma_.lower() in ACTS_DEMANDED for g in for_objects) \
        and any(w.lemma_.lower() in MARKET_CUES for w in noun.sent)


# Words of a sentence about a market.
MARKET_CUES = MARKET_WORDS | frozenset({"sale", "sell", "buy", "product", "production", "consumer", "customer",
                                        "economy", "growth", "percent", "%", "quarter", "export", "import",
                                        "manufacturer", "factory", "plant", "industry", "rent", "tourism",
                                        "supplier", "retailer", "order", "orders", "capacity", "room", "labor",
                                        "labour", "housing"})
# What a party demands: "a demand for the release of prisoners", "demand for his resignation".
ACTS_DEMANDED = frozenset({"release", "resignation", "withdrawal", "independence", "ceasefire", "compensation",
                           "justice", "apology", "probe", "inquiry", "investigation", "referendum", "election",
                           "elections", "return", "end", "halt", "removal", "reform", "reforms", "autonomy",
                           "recognition", "extradition", "payment", "action", "change", "talks", "dialogue",
                           "ban", "sanctions", "trial", "punishment", "arrest", "accountability", "vote",
                           "retraction", "explanation", "answers", "access", "rights", "freedom", "reinstatement",
                          "restoration", "repeal", "cancellation", "suspension", "transparency", "rise", "raise",
                           "increase", "cut", "cuts", "hike"})


def _market_move(tok: Token, children: list[Token]) -> bool:
    """ "Oil prices retreated from a three-week high", "shares exploded higher", "the euro surrendered early
    gains", "petrol prices shot up", "beat analysts' expectations": figures moving, not parties acting."""
    subjects = [c for c in children if c.dep_ == "nsubj" or c.dep_ in PASSIVE_SUBJECT_DEPS]
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    for words, vocabulary in ((subjects, MARKET_WORDS), (objects, MARKET_OBJECTS)):
        for word in words:
            if word.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and (
                    word.lemma_.lower() in vocabulary or word.lower_ in vocabulary):
                return True
    return False


AILMENT_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety", "phishing", "ransomware", "malware", "shark",
                             "dog", "bear"})
# "attacked him over his remarks", "a scathing attack on the budget": words, not force.
GRIEVANCE_NOUNS = frozenset({"remark", "remarks", "comment", "comments", "handling", "stance", "record", "policy",
                             "policies", "decision", "decisions", "failure", "failures", "response", "views",
                             "statement", "statements", "speech", "plan", "plans", "budget", "proposal",
                             "proposals", "leadership", "performance", "conduct", "approach", "silence", "claims",
                             "tweet", "tweets", "position", "role", "refusal", "reluctance", "inaction"})
SCATHING_WORDS = frozenset({"blistering", "scathing", "stinging", "withering", "excoriating", "verbal",
                            "rhetorical", "veiled", "thinly-veiled", "written", "public"})


def verbal_attack(tok: Token, pos: str) -> bool:
    """ "Spitzer attacked him for failing to enforce a court order", "attacked the plan as reckless", "a
    scathing attack on fame": criticism (PLOVER ACCUSE), not violence."""
    if pos == "N":
        return any(c.dep_ in ("amod", "compound") and c.lower_ in SCATHING_WORDS for c in tok.children)
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.lower_ == "for" and any(g.tag_ == "VBG" or g.lemma_.lower() in GRIEVANCE_NOUNS for g in objects):
            return True
        if c.lower_ == "over" and any(g.lemma_.lower() in GRIEVANCE_NOUNS for g in objects):
            return True
        if c.lower_ == "as" and any(g.pos_ == "ADJ" for g in c.children):
            return True
    return False
