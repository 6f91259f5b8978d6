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
                             "compensation", "recognition", "promotion", "prize", "principle", "principles",
                             "value", "values", "cause", "causes", "issue", "issues", "idea", "ideas", "space",
                             "talent", "subscribers", "funding", "funds", "resources", "tickets", "places",
                             "market", "berth"})
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
                          "temperatures", "turnover", "level", "levels", "naira", "shilling", "peso", "rand",
                          "ringgit", "cedi", "taka", "lira", "ruble", "rouble", "dirham", "riyal", "kwacha", "birr",
                          "franc", "won", "baht", "rupiah", "dong", "kyat", "hryvnia", "zloty", "krona", "krone"})
# ... of which these may be what is beaten or given up ("beat expectations", "surrendered a two-goal lead");
# a market or an oil depot that is shelled is a place.
MARKET_OBJECTS = frozenset({"expectation", "expectations", "forecast", "forecasts", "estimate", "estimates",
                            "consensus", "gain", "gains", "record", "records", "lead", "high", "highs", "low",
                            "lows", "peak", "advantage"})
MARKET_TYPES = frozenset({"ASSAULT", "RETREAT", "CONCEDE", "COERCE", "THREATEN", "PROTEST"})
# Works and products that "bomb" or "kill it" without hurting anyone.
WORKS = frozenset({"film", "movie", "show", "album", "book", "play", "musical", "series", "sequel", "game",
                   "app", "product", "launch", "single", "song", "tour", "production", "premiere", "novel", "hit",
                   "blockbuster", "franchise", "record", "track", "video", "podcast", "documentary", "drama"})
PERFORMERS = frozenset({"comedian", "band", "singer", "rapper", "actor", "actress", "contestant", "player", "team",
                        "side", "candidate", "speaker", "presenter", "host"})
# Words of the sports pages: two of them, and nothing of force, make "attack", "siege" and "concede" play.
SPORT_CUES = frozenset({"goal", "goals", "goalless", "striker", "midfielder", "goalkeeper", "goalie", "winger",
                        "centre-back", "full-back", "innings", "wicket", "wickets", "bowler", "batsman", "batter",
                        "referee", "league", "tournament", "championship", "equaliser", "equalizer", "kick-off",
                        "semifinal", "semi-final", "quarterfinal", "quarter-final", "tiebreak", "tie-break",
                        "sprinter", "podium", "olympic", "olympics", "fixture", "derby", "touchdown", "quarterback",
                        "inning", "pitcher", "dunk", "grandmaster", "chess", "checkmate", "queen", "pawn", "rook",
                        "match", "cup", "laps", "marathon", "playoff", "play-off", "rebounds", "baseline",
                        "sevens", "batting", "bowling", "spinner", "spinners", "overs", "shuttler", "kabaddi",
                        "umpire", "lbw", "leg-before", "wicketkeeper", "fielder", "seamer", "pacer", "all-rounder",
                        "t20", "odi", "rugby", "hockey", "badminton", "snooker", "athlete", "athletics", "medal",
                        "trophy", "top-order", "runs", "test"})
SPORT_PHRASES = ("top order", "world number", "bowling attack", "opening spell", "first set", "second set",
                 "final set", "first half", "second half", "extra time", "injury time", "stoppage time",
                 "penalty shootout", "match point", "set point", "break point", "home side", "away side",
                 "leg-before", "free kick", "grand slam", "grand prix", "pole position")
SPORT_VETO = frozenset({"fan", "fans", "supporter", "supporters", "hooligan", "hooligans", "crowd", "riot",
                        "police", "troops", "army", "rebel", "rebels", "militant", "militants", "gunman", "gunmen",
                        "bomb", "explosion", "killed", "dead", "injured", "wounded", "stabbed", "hospital"})
SPORT_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "THREATEN", "RETREAT"})
NOTIONS = frozenset({"sense", "impression", "perception", "view", "belief", "notion", "idea", "image", "message",
                     "argument", "concern", "concerns", "fear", "fears", "suspicion", "suspicions", "case", "point",
                     "narrative", "stereotype", "stereotypes", "feeling", "perceptions"})
CONTROLLED_THINGS = frozenset({"vehicle", "car", "wheel", "situation", "company", "board", "business", "account",
                               "process", "game", "match", "ball", "budget", "narrative", "agenda", "debate",
                               "conversation", "house", "senate", "chamber", "congress", "parliament", "council",
                               "legislature", "majority", "party", "firm", "bank", "stake", "airline", "brand",
                               "project", "finances", "destiny", "life", "lives", "future", "health", "weight",
                               "diabetes", "pain", "symptoms", "inflation", "prices", "costs", "spending", "team"})
MONEY_WORDS = frozenset({"deposit", "deposits", "fund", "funds", "resource", "resources", "capital", "money",
                         "savings", "finance", "finances", "investment", "investments", "revenue", "crore", "lakh",
                         "billion", "million", "cash", "donation", "donations", "loan", "loans"})
PRIZES = frozenset({"medal", "title", "lead", "initiative", "moment", "opportunity", "chance", "headline",
                    "headlines", "imagination", "attention", "victory", "win", "trophy", "crown", "championship",
                    "cup", "pole", "mood", "spotlight", "limelight", "share", "points", "wicket", "wickets"})
CONTESTS = frozenset({"battle", "fight", "dispute", "struggle", "race", "war", "talks", "negotiations", "contest",
                      "row", "standoff", "stand-off", "embrace", "competition", "rivalry", "tussle", "duel"})
PROBLEMS = frozenset({"problem", "problems", "question", "questions", "issue", "issues", "task", "tasks", "deficit",
                      "inflation", "poverty", "unemployment", "paper", "exam", "puzzle", "backlog", "waste"})
LIVESTOCK = frozenset({"buffalo", "buffaloes", "cattle", "cow", "cows", "goat", "goats", "sheep", "livestock",
                       "chicken", "chickens", "poultry", "calf", "calves", "pig", "pigs", "bird", "birds", "fish",
                       "bullock", "bullocks", "camel", "camels", "horse", "horses", "donkey", "hen", "hens", "deer"})
FIXTURES = frozenset({"trophy", "final", "semi-final", "semifinal", "derby", "test", "series", "fixture", "title",
                      "league", "cup", "match", "group", "knockout", "playoff", "tie"})
WEATHER_WORDS = frozenset({"rain", "rains", "rainfall", "monsoon", "cyclone", "storm", "flood", "floods", "heat",
                           "heatwave", "weather", "meteorological", "imd", "downpour", "snow", "thunderstorm",
                           "tsunami", "temperature", "temperatures", "wind", "winds", "fog", "smog", "bushfire",
                           "wildfire", "tide", "hurricane", "typhoon", "drought"})
PERMITTING = frozenset({"authorize", "authorise", "allow", "permit", "empower", "entitle"})
GAZES = frozenset({"eye", "eyes", "camera", "mirror", "face", "faces", "sky", "distance", "future", "abyss"})
POLL_SUBJECTS = frozenset({"percent", "%", "majority", "minority", "respondent", "voter", "poll", "survey",
                           "half", "third", "quarter"})
SCORED = frozenset({"goal", "goals", "run", "runs", "point", "points", "wicket", "wickets", "set", "sets", "game",
                    "games", "penalty", "penalties", "try", "tries", "basket", "baskets", "corner", "corners"})
# "bombarded with emails", "besieged by calls from salesmen": a flood of messages, not of shells.
FLOODING_VERBS = frozenset({"bombard", "besiege", "inundate", "pepper", "pelt", "barrage"})
MESSAGES = frozenset({"email", "emails", "call", "calls", "question", "questions", "message", "messages", "request",
                      "requests", "complaint", "complaints", "letter", "letters", "offer", "offers", "ad", "ads",
                      "advert", "adverts", "spam", "text", "texts", "comment", "comments", "criticism", "abuse",
                      "query", "queries", "enquiry", "enquiries", "application", "applications", "order", "orders",
                      "invitation", "invitations", "tweet", "tweets", "post", "posts", "notification",
                      # crowds of admirers besiege stars
                      "fan", "fans", "reporter", "reporters", "journalist", "journalists", "photographer",
                      "photographers", "paparazzi", "well-wisher", "well-wishers", "admirer", "admirers",
                      "autograph", "selfie", "shopper", "shoppers", "customer", "customers", "tourist", "tourists"})
# Raided for food or money at home.
HOME_STORES = frozenset({"fridge", "refrigerator", "cupboard", "pantry", "larder", "wardrobe", "jar", "tin",
                         "archive", "archives", "drawer", "freezer", "bin", "closet"})
INDEX_NAMES = frozenset({"ftse", "dow", "nasdaq", "nikkei", "sensex", "dax", "cac", "hang", "s&p", "nifty", "kospi",
                         "asx", "tsx", "stoxx"})
# "agreed with the court's assessment": sharing an opinion is no agreement.
OPINION_NOUNS = frozenset({"view", "views", "assessment", "position", "defence", "defense", "argument",
                           "arguments", "conclusion", "conclusions", "analysis", "verdict", "finding", "findings",
                           "criticism", "statement", "remarks", "comment", "comments", "opinion", "opinions",
                           "characterization", "characterisation", "description", "sentiment", "point",
                           "premise", "diagnosis", "interpretation", "reading", "estimate", "prediction",
                           "claim", "claims", "account", "version", "testimony"})
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
OPINION_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them", "that", "which", "what", "this",
                              "everything", "anything", "nothing", "everyone", "anyone", "everybody", "anybody"})
# Bodies whose members discuss among themselves.
COLLECTIVES = frozenset({"cabinet", "council", "committee", "parliament", "assembly", "congress", "senate", "board",
                         "panel", "commission", "government", "delegation", "alliance", "coalition", "union", "group",
                         "team", "bloc", "summit", "meeting", "conference", "couple", "pair", "family", "side"})
# Places one visits for leisure, not to consult anyone.
LEISURE_PLACES = frozenset({"restaurant", "diner", "cafe", "café", "bar", "pub", "shop", "store", "mall", "museum",
                            "gallery", "zoo", "park", "beach", "resort", "theatre", "theater", "cinema", "gym",
                            "salon", "bakery", "exhibition", "show", "fair", "festival", "website", "site", "page",
                            "market", "bazaar", "supermarket", "hotel", "club"})
# Where words clash.
DEBATES = frozenset({"debate", "meeting", "hearing", "summit", "conference", "interview", "session", "forum",
                     "convention", "caucus", "committee", "briefing", "press", "talk", "talks", "dinner"})
# "beat" in a race for votes.
ELECTION_CUES = frozenset({"poll", "polls", "election", "elections", "vote", "votes", "voter", "voters", "primary",
                           "primaries", "race", "match-up", "matchup", "nomination", "ballot", "caucus", "caucuses",
                           "runoff", "run-off", "seat", "contest", "referendum", "electoral", "candidate",
                           "voting", "recount", "recounts"})
HARMING_VERBS = frozenset({"destroy", "kill", "wreck", "ruin", "shatter", "smash", "damage", "hurt", "wound"})
# What is harmed without harm to anyone ("destroying the party's chance", "killed my enthusiasm").
ABSTRACT_DAMAGE = frozenset({"chance", "chances", "career", "reputation", "credibility", "confidence", "hope",
                             "hopes", "enthusiasm", "morale", "trust", "relationship", "image", "legacy", "brand",
                             "dream", "dreams", "future", "prospect", "prospects", "momentum", "mood", "spirit",
                             "document", "documents", "file", "files", "evidence", "email", "emails", "data",
                             "argument", "myth", "narrative", "record", "records", "fun", "buzz", "appetite"})
PLEAS = frozenset({"guilty", "innocent", "contest"})
SCORE = re.compile(r"(?<![\d,.])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?!\d|%|[.,]\d)")  # "were beaten 3-2"
ELECTORAL_WINS = frozenset({"beat", "defeat", "trounce", "thrash", "crush", "rout", "edge"})
WINNING_VERBS = frozenset({"beat", "defeat", "thrash", "crush", "rout", "hammer", "edge", "sink", "trounce",
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
        if lemma == "call" and sense.type in ("REQUEST", "CONSULT") and _names_or_contains(tok, children):
            return True
        if lemma == "plead" and (any(c.lower_ in PLEAS for c in tok.subtree) or not any(
                (c.dep_ == "prep" and c.lower_ in ("for", "with")) or c.dep_ in ("xcomp", "ccomp") for c in children)):
            return True  # "pleaded not guilty", "pled on the eve of trial": a plea in court, not an appeal
        if lemma == "rally" and sense.type == "PROTEST" and any(c.dep_ == "dobj" for c in children):
            return True  # "rallied supporters", "rally crowds": gathering one's own side
        if sense.type == "CONSULT" and _talks_alone(tok, lemma, children):
            return True
        if lemma == "raid" and any(c.dep_ in OBJECT_DEPS and c.lemma_.lower() in HOME_STORES for c in children):
            return True  # "raided the fridge"
        if lemma in FLOODING_VERBS and any(g.lemma_.lower() in MESSAGES for c in children if c.dep_ in ("prep", "agent")
                                           for g in c.children if g.dep_ == "pobj"):
            return True  # "bombarded with emails from readers", "besieged by calls from salesmen"
        if lemma == "assure" and any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and not _is_party(c))
                                      for c in children):
            return True  # "Clinton is assured of winning at least 334 delegates"
        if lemma == "call" and sense.type == "SANCTION" and not any(c.lower_ == "off" for c in children):
            return True  # "is calling a meeting" convenes; "called off the talks" halts them
        if lemma in ("discuss", "speak", "comment") and tok.head.lemma_.lower() in PERMITTING:
            return True  # "because they were not authorized to discuss the gathering"
        if lemma == "look" and any(g.lemma_.lower() in GAZES for c in children if c.dep_ == "prep"
                                   for g in c.children if g.dep_ == "pobj"):
            return True  # "as I look into your eyes"
        if lemma == "agree" and any(c.dep_ in ("nsubj", "npadvmod") and c.lemma_.lower() in POLL_SUBJECTS
                                    for c in children):
            return True  # "48 percent agreed": a poll's answer
        if lemma in ("mobilize", "mobilise") and any(c.dep_ == "dobj" and c.lemma_.lower() in MONEY_WORDS
                                                     for c in children):
            return True  # "mobilised deposits of 2,300 crore"
        if lemma in ("seize", "capture", "grab", "snatch") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in PRIZES for c in children):
            return True  # "seize the gold medal", "captured the mood"
        if lemma in ("storm", "sweep", "romp", "cruise", "charge", "power", "blast") and any(
                g.lemma_.lower() in PRIZES or g.lemma_.lower() in FIXTURES for c in children
                if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children if g.dep_ == "pobj"):
            return True  # "stormed to the kabaddi title"
        if lemma == "shoot" and any(c.lower_ == "up" for c in children) and not any(
                c.dep_ in OBJECT_DEPS for c in children):
            return True  # "dengue cases shot up"
        if lemma == "cave" and any(c.dep_ == "nsubj" and not _is_party(c) for c in children):
            return True  # "a trench caved in"
        if lemma == "lock" and any(g.lemma_.lower() in CONTESTS for c in children if c.dep_ == "prep"
                                   and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"):
            return True  # "locked in a fierce battle for subscribers"
        if lemma == "warn" and _warns_of_weather(children):
            return True  # "warned of dangerous bushfire conditions"
        if lemma == "pardon" and any(c.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.lower_ in ("turkey", "bird",
                                                                                          "fowl", "turkeys")
                                     and c.ent_type_ != "GPE" for c in children):
            return True  # "Obama pardoned his last turkey"
        if lemma == "sanction" and any(c.dep_ == "dobj" and not _is_party(c) for c in children):
            return True  # "the school did not sanction the event": approving it
        if lemma in ("reinforce", "strengthen", "bolster") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in NOTIONS for c in children):
            return True  # "reinforced the sense that ..."
        if lemma == "concede" and any(c.dep_ == "dobj" and c.lemma_.lower() in SCORED for c in children):
            return True  # "a defence that has conceded only eight goals"
        if lemma in ELECTORAL_WINS and sense.type in ("ASSAULT", "THREATEN") and _wins_votes(tok, children):
            return True  # "Clinton would beat Trump in a match-up"
        if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
            return True  # "who hails from the same state"
        if tok.lower_ == "wound" and any(c.lower_ == "up" for c in children):
            return True  # "as he wound up his speech"
        if lemma == "knife" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "jack":
            return True  # "the lorry jack-knifed"
        if sense.type in ("ASSAULT", "RETREAT", "REJECT") and _acts_on_a_thing(tok, lemma, children):
            return True
    elif _noun_in_everyday_sense(tok, lemma, sense):
        return True
    if sense.type == "REQUEST" and lemma == "demand" and pos == "N" and market_demand(tok):
        return True
    if sense.type == "CONCEDE" and lemma == "meet" and any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() == "demand" and market_demand(c) for c in children):
        return True
    if lemma == "clash" and sense.type == "ASSAULT" and _clash_of_words(tok, children):
        return True
    if sense.type in SPORT_TYPES and _on_the_sports_pages(tok):
        return True
    return sense.type in MARKET_TYPES and _market_move(tok, children)


def _has_score(text: str) -> bool:
    """A score ("beaten 3-2", "took the first set 6-2"), not a range ("2-3 years") or dates ("October 19-20")."""
    for m in SCORE.finditer(text):
        after = text[m.end():m.end() + 12].lower().lstrip()
        before = text[max(0, m.start() - 10):m.start()].lower()
        if not UNIT_AFTER.match(after) and not any(month in before for month in MONTHS):
            return True
    return False


UNIT_AFTER = re.compile(r"(years?|months?|weeks?|days?|hours?|minutes?|percent|per|km|miles?|metres?|meters?|"
                        r"people|times|million|billion|%|p\.?m|a\.?m|o'clock)\b")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _on_the_sports_pages(tok: Token) -> bool:
    """ "The striker's attack on goal sealed the win", "laid siege to the visitors' goal but could not find an
    equaliser": two words only sport uses (or one and a score), and no fans, police or arms."""
    words = {w.lemma_.lower() for w in tok.sent} | {w.lower_ for w in tok.sent}
    text = tok.sent.text.lower()
    cues = len(words & SPORT_CUES) + _has_score(tok.sent.text) + sum(phrase in text for phrase in SPORT_PHRASES)
    return cues >= 2 and not words & SPORT_VETO


def _noun_in_everyday_sense(tok: Token, lemma: str, sense: Sense) -> bool:
    """ "a demonstration of the new phone", "a Trump rally in Alabama", "heart attack patients" (where the
    parser hangs both words on "patients")."""
    if lemma == "demonstration":
        return _shows_a_thing(tok)
    if lemma == "rally":
        return sense.type == "PROTEST" and _campaign_rally(tok)
    if lemma in ("clash", "battle", "duel", "fight"):
        before = tok.doc[max(tok.sent.start, tok.i - 3):tok.i]  # "the Ranji Trophy clash between Mumbai and Baroda"
        return any(w.lemma_.lower() in SPORT_CUES or w.lemma_.lower() in FIXTURES for w in before)
    if lemma == "control" and sense.type == "ASSAULT":
        # "the driver must take control of the vehicle", "took control of the House": no ground taken
        preps = [p for p in (*tok.children, *tok.head.children) if p.dep_ == "prep" and p.lower_ == "of"]
        return any(g.lemma_.lower() in CONTROLLED_THINGS for p in preps for g in p.children if g.dep_ == "pobj")
    if lemma == "alert" and sense.type == "MOBILIZE":
        return any(w.lemma_.lower() in WEATHER_WORDS for w in tok.sent)  # "in view of the red alert" for rain
    return lemma == "attack" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in AILMENT_ATTACKS


def _fights_no_one(tok: Token, children: list[Token]) -> bool:
    """ "fought to keep the boy", "fighting cancer", "fight terrorism", "battle it out", "battling for
    market share": a struggle with no party on the other side. Armed subjects fight battles ("rebel groups
    fighting to topple Assad", "troops battling the Islamic State")."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        subjects.append(tok.head)
    armed = any(_armed_party(s) for s in subjects)
    stakes = {g.lemma_.lower() for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj"}
    if stakes & (EVERYDAY_STAKES - ({"life", "survival"} if armed else set())):
        return True  # "will battle Samoa for ninth place", "firms fighting for talent"
    if armed:
        return False
    if tok.tag_ == "VBG" and not subjects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GOING_ON for c in children):
        return False  # "Internet shut down as fighting spreads": the noun, misparsed as a verb with an object
    if any(c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children) for c in children):
        return True  # "relatives fought to keep the boy"
    if not any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
               for c in children) and any(w.lemma_.lower() in CAMPAIGN_CUES for w in tok.sent):
        return True  # "promises to continue fighting and vowing to win his home state" in a campaign
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]  # "the contest has been fought online"
    objects += [g for c in children if c.dep_ == "prep" and c.lower_ in ("against", "off")
                for g in c.children if g.dep_ == "pobj"]
    if objects:
        return not any(o.lemma_.lower() in COMBAT_NOUNS or o.lower_ in PARTITIVE_NOUNS
                       or any(_is_party(t) for t in _phrase_heads(o)) for o in objects)
    return False


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
    # "he agrees with me", "a word that I don't agree with": no terms, no act agreed on
    terms = any((c.dep_ == "prep" and c.lower_ in ("on", "to", "over")) or c.dep_ in ("xcomp", "ccomp", "dobj")
                for c in children)
    return not terms and any(
        c.dep_ == "prep" and c.lower_ == "with" and (not list(c.children) or any(
            g.dep_ == "pobj" and g.lower_ in OPINION_PRONOUNS for g in c.children)) for c in children)


def _wins_votes(tok: Token, children: list[Token]) -> bool:
    """ "Clinton would beat Trump and Cruz, the poll finds", "I will beat Hillary Clinton in Ohio this fall",
    "beat back a challenge in a home-state election": a candidate beats a candidate in a vote ("beat up a
    heckler" is force)."""
    if any(c.lower_ == "up" for c in children):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    words = {w.lemma_.lower() for w in tok.sent}
    return all(o.ent_type_ in ("PERSON", "ORG") or o.pos_ in ("PRON", "PROPN") or o.lemma_.lower() in RIVALS
               or o.lemma_.lower() == "challenge" for o in objects) and bool(words & CAMPAIGN_CUES) \
        and not words & (FORCE_CUES - {"beat"})


def _warns_of_weather(children: list[Token]) -> bool:
    """ "The Bureau of Meteorology has warned of dangerous bushfire conditions": a forecast, not an accusation."""
    for c in children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            for g in c.children:
                words = {g.lemma_.lower(), *(m.lemma_.lower() for m in g.children if m.dep_ in ("compound", "amod"))}
                if g.dep_ == "pobj" and words & WEATHER_WORDS:
                    return True
    return False


def _talks_alone(tok: Token, lemma: str, children: list[Token]) -> bool:
    """ "the author will discuss his new book", "the Clintons have visited the restaurant before": one person
    talking, or a visit to a place of leisure, consults no other party."""
    if lemma in ("discuss", "debate") and not any(w.lower_ in ("with", "between") for w in tok.subtree):
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return bool(subjects) and all(
            not s.conjuncts and (s.ent_type_ == "PERSON" or s.lower_ in ("i", "he", "she") or (
                s.tag_ == "NN" and s.ent_type_ == "" and s.lemma_.lower() not in COLLECTIVES)) for s in subjects)
    if lemma == "visit":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in LEISURE_PLACES for c in children)
    return False


def _campaign_rally(noun: Token) -> bool:
    """ "a Trump rally in Alabama", "greeted 2,000 supporters at a rowdy rally ... before the primary", "a
    Super Tuesday rally": a candidate's rally in a campaign, not a protest. Party rallies against a government
    are protests, so a word of the campaign must be in the sentence and nothing the rally is against."""
    words = {w.lemma_.lower() for w in noun.sent}
    return not words & {"against", "protest", "protester", "demand", "denounce", "oppose", "police"} \
        and bool(words & CAMPAIGN_CUES)


CAMPAIGN_CUES = ELECTION_CUES | {"campaign", "presidential", "gop", "republican", "democratic", "reelection",
                                 "re-election", "stump", "trail", "frontrunner", "front-runner", "delegate",
                                 "superdelegate", "super", "victory", "nominee", "campaigning", "rival"}


def _clash_of_words(tok: Token, children: list[Token]) -> bool:
    """ "Bush clashed with Trump at Saturday's debate", "a clash between a competing candidate and Trump":
    people who argue, with nothing in the sentence that tells of force."""
    if any(w.lemma_.lower() in FORCE_CUES for w in tok.sent):
        return False
    sides = [c for c in children if c.dep_ == "nsubj"]
    sides += [g for c in children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for g in c.children if g.dep_ == "pobj"]
    sides += [j for s in list(sides) for j in s.conjuncts]
    if sides and all(s.ent_type_ == "PERSON" or s.lemma_.lower() in RIVALS for s in sides):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "in") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in DEBATES for g in c.children) for c in children)


def _names_or_contains(tok: Token, children: list[Token]) -> bool:
    """ "a group called the Working Group on Afghan Women" names it; "terms call for the bank to issue
    shares" tells what a text contains."""
    if any(c.dep_ == "nsubjpass" for c in children) and any(
            g.ent_type_ == "PERSON" for c in children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children):
        return True  # "Texas was called for Ted Cruz": the race, not an appeal
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
    if lemma in WINNING_VERBS and _has_score(tok.doc.text[tok.idx:tok.sent.end_char]):
        return True
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    if any(o.lemma_.lower() in ORGANS_AND_MACHINES for o in objects):
        return True  # "rejecting the transplanted kidney", "disengage an engine"
    if lemma in HARMING_VERBS and any(o.lemma_.lower() in ABSTRACT_DAMAGE for o in objects):
        return True  # "destroying the party's chance", "killed my enthusiasm"
    if lemma == "attack" and objects and all(o.lemma_.lower() in PROBLEMS for o in objects):
        return True  # "struggling to attack the long numerical questions"
    if objects and all(o.lemma_.lower() in LIVESTOCK for o in objects) and not any(
            _is_party(c) for c in children if c.dep_ == "nsubj"):
        return True  # "a tiger killed two buffaloes"
    if lemma == "destroy" and any(_is_party(o) for o in objects):
        return True  # "the media can destroy any candidate": a person is killed, not destroyed
    if lemma == "kill":
        if any(o.lower_ == "it" for o in objects):
            return True
        if any(c.lower_ == "off" for c in children) and not any(_is_party(o) for o in objects):
            return True
    subjects = [c for c in children if c.dep_ == "nsubj"] + ([tok.head] if tok.dep_ == "acl" else [])
    if any(s.lemma_.lower() in WORKS for s in subjects):
        return True  # "the film bombed", "the hit musical has stormed the West End box office"
    return not objects and any(s.lemma_.lower() in PERFORMERS for s in subjects) and lemma in ("bomb", "kill", "die")


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
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        subjects += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "the naira took another beating"
    objects = [c for c in children if c.dep_ in OBJECT_DEPS]
    for words, vocabulary in ((subjects, MARKET_WORDS), (objects, MARKET_OBJECTS)):
        for word in words:
            if word.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and (
                    word.lemma_.lower() in vocabulary or word.lower_ in vocabulary):
                return True
    if any(w.lower_ in INDEX_NAMES for s in subjects for w in s.subtree):
        return True  # "The FTSE 100 retreated 0.8 percent"
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in TRADED_ASSETS for g in c.children) for c in children)


# "Investors retreated from emerging markets."
TRADED_ASSETS = frozenset({"market", "markets", "stock", "stocks", "share", "shares", "bond", "bonds", "equity",
                           "equities", "asset", "assets", "currency", "currencies", "commodity", "commodities"})


AILMENT_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety", "phishing", "ransomware", "malware", "shark",
                             "dog", "bear"})
# "attacked him over his remarks", "a scathing attack on the budget": words, not force.
GRIEVANCE_NOUNS = frozenset({"remark", "remarks", "comment", "comments", "handling", "stance", "record", "policy",
                             "policies", "decision", "decisions", "failure", "failures", "response", "views",
                             "statement", "statements", "speech", "plan", "plans", "budget", "proposal",
                             "proposals", "leadership", "performance", "conduct", "approach", "silence", "claims",
                             "tweet", "tweets", "position", "role", "refusal", "reluctance", "inaction"})
SCATHING_WORDS = frozenset({"blistering", "scathing", "stinging", "withering", "excoriating", "verbal",
                            "rhetorical", "veiled", "thinly-veiled", "written", "public", "personal", "sexist",
                            "racist", "partisan", "negative", "online", "misogynistic", "homophobic", "ad",
                            "hominem"})


def verbal_attack(tok: Token, pos: str) -> bool:
    """ "Spitzer attacked him for failing to enforce a court order", "attacked the plan as reckless", "Trump
    spent the day attacking a rival", "a scathing attack on fame": criticism (PLOVER ACCUSE), not violence.
    A person attacking a person counts only when nothing in the sentence tells of force ("a man attacked
    the MP with a knife")."""
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
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl", "xcomp") and not subjects:
        subjects = [tok.head] if tok.dep_ != "xcomp" else [c for c in tok.head.children if c.dep_ == "nsubj"]
    person_target = any(t.ent_type_ == "PERSON" or t.lemma_.lower() in RIVALS or t.lemma_.lower() in GRIEVANCE_NOUNS
                        for t in targets)
    speaking_subject = any(t.lemma_.lower() in CAMPAIGN_VOICES for t in subjects)
    if not (person_target or speaking_subject) or any(_armed_party(t) and t.ent_type_ != "PERSON" for t in subjects):
        return False
    return not any(w.lemma_.lower() in FORCE_CUES for w in tok.sent)


# Whom politicians attack in words, and what speaks for them.
RIVALS = frozenset({"rival", "opponent", "critic", "challenger", "candidate", "frontrunner", "front-runner",
                    "incumbent", "nominee", "contender", "senator", "governor", "congressman", "congresswoman",
                    "lawmaker", "mayor", "columnist", "commentator", "journalist", "reporter", "host"})
CAMPAIGN_VOICES = frozenset({"ad", "ads", "advert", "advertisement", "commercial", "campaign", "video", "speech",
                             "editorial", "column", "op-ed", "tweet", "post", "letter", "statement", "mailer"})
# Words that tell of force in a sentence: then a person attacking a person is violence.
FORCE_CUES = frozenset({"knife", "gun", "stab", "shoot", "shot", "weapon", "injure", "injury", "wound", "hospital",
                        "kill", "dead", "death", "police", "arrest", "punch", "kick", "beat", "hammer", "axe",
                        "machete", "acid", "bomb", "grenade", "rifle", "pistol", "bullet", "blood", "bleed",
                        "physically", "assault", "gunman", "attacker", "assailant", "hospitalise", "hospitalize",
                        "bat", "stick", "rod", "fist", "brutally", "savagely", "violently"})
