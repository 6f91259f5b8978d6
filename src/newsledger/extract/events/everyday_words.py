"""The words ``senses`` tests to tell the everyday senses of event words from their political senses:
what is fought for outside war, what a market's figures are called, the words only the sports pages use,
what a campaign, a court or a text contains. Each list says what it is for; ``senses`` says how it is used.
"""

from __future__ import annotations

import re

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
                             "value", "values", "cause", "causes", "liberty", "liberties", "issue", "issues",
                             "idea", "ideas", "space", "talent", "subscribers", "funding", "funds", "resources",
                             "tickets", "places", "market", "berth"})
# Whom a politician "fights for": the people a speech champions, not a side in a fight.
CHAMPIONED = frozenset({"other", "others", "people", "family", "families", "worker", "workers", "voter", "voters",
                        "american", "americans", "child", "children", "consumer", "consumers", "taxpayer",
                        "taxpayers", "veteran", "veterans", "senior", "seniors"})
# Verbs a spokesman refuses or declines ("declined to comment", "refused to be named").
SAYING_VERBS = frozenset({"comment", "identify", "elaborate", "say", "speak", "discuss", "confirm", "disclose",
                          "reveal", "answer", "name", "divulge", "specify", "talk", "detail", "explain",
                          "speculate"})
REFUSING_VERBS = frozenset({"refuse", "decline"})
ANONYMITY_ASKERS = frozenset({"request", "ask", "seek", "demand", "insist", "want"})
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
                        "trophy", "top-order", "test"})
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
# "Terms call for First Security to issue shares", "the plan calls for 300 new homes": a text's content.
DOCUMENT_NOUNS = frozenset({"plan", "plans", "deal", "agreement", "accord", "law", "bill", "terms", "strategy",
                            "proposal", "proposals", "budget", "contract", "treaty", "programme", "program",
                            "measure", "legislation", "scheme", "rule", "rules", "regulation", "regulations",
                            "guideline", "guidelines", "policy", "test", "recipe", "design", "formula",
                            "blueprint", "roadmap", "framework", "settlement", "package", "forecast", "model",
                            "schedule", "timetable", "draft", "version", "provision", "provisions", "clause",
                            "constitution", "standard", "standards", "code", "reform", "reforms", "project",
                            "pact", "arrangement", "merger", "offer", "bid", "transaction"})
# Who shares an opinion in general ("what most would agree was poor judgment").
OPINION_HOLDERS = frozenset({"most", "many", "everyone", "everybody", "all", "few", "nobody", "anyone", "anybody",
                             "experts", "observers", "analysts", "critics"})
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
UNIT_AFTER = re.compile(r"(years?|months?|weeks?|days?|hours?|minutes?|percent|per|km|miles?|metres?|meters?|"
                        r"people|times|million|billion|%|p\.?m|a\.?m|o'clock|members|persons|men|women|"
                        r"supporters|activists|assailants|attackers|villagers|students|workers|youths)\b")
# Words before a range of numbers that make it a count, not a score ("at least 30-40 members").
COUNT_BEFORE = re.compile(r"(at least|about|some|around|nearly|approximately|up to|between|over|estimated)\s*$")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
CAMPAIGN_CUES = ELECTION_CUES | {"campaign", "presidential", "gop", "republican", "democratic", "reelection",
                                 "re-election", "stump", "trail", "frontrunner", "front-runner", "delegate",
                                 "superdelegate", "super", "victory", "nominee", "campaigning", "rival",
                                 "fundraiser"}
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
                             "tweet", "tweets", "position", "role", "refusal", "reluctance", "inaction",
                             "link", "links", "ties", "involvement", "treatment", "management", "behaviour",
                             "behavior", "attitude"})
SCATHING_WORDS = frozenset({"blistering", "scathing", "stinging", "withering", "excoriating", "verbal",
                            "rhetorical", "veiled", "thinly-veiled", "written", "public", "personal", "sexist",
                            "racist", "partisan", "negative", "online", "misogynistic", "homophobic", "ad",
                            "hominem", "political"})
# Whom politicians attack in words, and what speaks for them.
RIVALS = frozenset({"rival", "opponent", "critic", "challenger", "candidate", "frontrunner", "front-runner",
                    "incumbent", "nominee", "contender", "senator", "governor", "congressman", "congresswoman",
                    "lawmaker", "mayor", "columnist", "commentator", "journalist", "reporter", "host"})
CAMPAIGN_VOICES = frozenset({"ad", "ads", "advert", "advertisement", "commercial", "campaign", "video", "speech",
                             "editorial", "column", "op-ed", "tweet", "post", "letter", "statement", "mailer",
                             "newspaper", "paper", "daily", "weekly", "magazine"})
# Words that tell of force in a sentence: then a person attacking a person is violence.
FORCE_CUES = frozenset({"knife", "gun", "stab", "shoot", "shot", "weapon", "injure", "injury", "wound", "hospital",
                        "kill", "dead", "death", "police", "arrest", "punch", "kick", "beat", "hammer", "axe",
                        "machete", "acid", "bomb", "grenade", "rifle", "pistol", "bullet", "blood", "bleed",
                        "physically", "assault", "gunman", "attacker", "assailant", "hospitalise", "hospitalize",
                        "bat", "stick", "rod", "fist", "brutally", "savagely", "violently"})
# The birds a president pardons at Thanksgiving.
PARDONED_BIRDS = frozenset({"turkey", "turkeys", "bird", "fowl"})
# Who sets up a camp or headquarters, or merges into an alliance, in the sense ACLED records: an armed
# body or group (its head noun or a word before it: "Houthi forces", "M23 rebels", "bandit leader").
ARMED_GROUP_WORDS = ARMED_SUBJECTS - {"police", "defender", "volunteer", "loyalist", "partisan", "unit"} | {
    "dissident", "bandit", "faction", "outfit", "gang", "jihadist", "terrorist", "taliban", "houthi", "hezbollah",
    "hamas", "isis", "isil", "iswap", "jnim", "shabaab", "shabab", "al-shabaab", "boko", "maoist", "naxal",
    "m23", "wagner", "navy", "armed", "militiaman", "cadre", "commander", "warlord", "naxalite"}
# Bases and outposts are military by name; a state may set one up ("China opened a naval base"). acled.py
# uses them too.
MILITARY_SITES = frozenset({"base", "bases", "outpost", "outposts", "garrison", "stronghold"})
MILITARY_MODIFIERS = frozenset({"military", "naval", "air", "army", "drone", "missile", "forward", "operating"})
# Camps for people in need, at leisure or on strike are not an armed group's base.
CIVIL_CAMPS = frozenset({"refugee", "relief", "displacement", "displaced", "transit", "medical", "health", "eye",
                         "holiday", "summer", "boot", "protest", "protesters", "base", "peace", "vaccination",
                         "screening", "blood", "donation", "rescue", "flood", "tent", "migrant", "idp", "camping"})
# Words for groups becoming one; acled.py adds joining forces to them.
MERGING_TRIGGERS = frozenset({"merge", "merger", "amalgamate", "alliance"})
# A merger or alliance counts between armed groups and political parties, not between banks.
ALLYING_WORDS = ARMED_GROUP_WORDS | {"party", "parties", "opposition", "movement", "coalition"}
# Who is enlisted as a recruit ("enlisted 500 volunteers"); anyone else is enlisted for help ("enlisted
# the help of a lawyer", "enlisted an expert").
RECRUITS = frozenset({"recruit", "volunteer", "fighter", "man", "youth", "soldier", "militiaman", "child", "boy",
                      "civilian", "villager", "student", "reservist", "conscript", "member", "people"})
# Someone taken away and not seen since, or taken by men who hide who they are: a disappearance.
DISAPPEARANCE_CUES = frozenset({"whereabouts", "missing", "disappear", "disappearance", "trace", "untraceable",
                                "abduct", "abduction", "kidnap", "kidnapping", "blindfold", "plain", "plainclothes",
                                "unidentified", "masked", "gunman", "gunmen", "armed"})
