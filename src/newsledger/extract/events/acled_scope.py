"""Whether ACLED would record an event at all, and which sub-types the sentence's own words allow.

ACLED counts political violence, demonstrations and a few strategic developments; its coders do not record a
candidate's "attack" on a rival, a campaign rally, a burglar's arrest or a private rape allegation, which the
words of news share with the events it does count. Hand-judged rows of our ACLED export from real articles
(``evaluate.acled_precision``) showed those as most of its wrong rows. The checks read the lower-case lemmas
and words of the event's sentence (``cues``) and of its participants, as ``acled`` does:

- a sub-type the codebook defines by the act (sexual violence, abduction, looting, mob violence, the protest
  sub-types) needs a word of that act in the sentence, however near its embedding sits to one;
- an assault told by a word politics and sport also use ("attack", "fight", "blast", "beat") needs a sign of
  physical violence in its sentence or the one before (a weapon, a casualty, armed men, a building or vehicle hit),
  or a place or date naming the incident ("the Orlando attack"); this one reads the parse (``counted_by_acled``);
- sexual violence needs armed men, state forces, a mob or gang, or a communal or war setting;
- an arrest needs a political or armed-conflict side: who is held (an opposition leader, a journalist, a
  militant) or who holds them (soldiers, intelligence services), or what for (treason, terrorism);
- a rally needs a word of protest unless nothing ties it to an election campaign;
- an event noun must tell one occurrence, not a kind of act ("prone to terror attacks", "policies against terrorist
  recruitment"): a bare plural or mass noun needs a determiner, a number, a name, a place or date in its clause, or
  a verb telling it happened (``told_generically``);
- an explosion, fire or destruction the article has already put down to an accident or a disaster (a gas leak, an
  earthquake), with no sign of an attack, is not political violence (``accident_told_before``);
- recruiting or mobilising, surrendering or disbanding needs an armed side.

Two readings feed the ACLED step beyond the event's own sentence and words: how a protest went, when the next sentence
of the paragraph tells it (``protest_aftermath``: dispersed, clashed, fired on), and which words of a date are
months ("On 5 March 2021" tells no march; ``names_a_month``).

The same sign of violence decides whether a word of struggle ("beat", "fight", "explode") is an assault at all:
told of an election, a career or a prank it is no PLOVER event either (``figurative_struggle``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from functools import lru_cache

from spacy.tokens import Span, Token

from newsledger.extract.events.acled_actors import REBEL_WORDS
from newsledger.extract.events.acled_words import (
    ARMED_WORDS,
    BASE_ACTORS,
    CASUALTY_CUES,
    COMMUNAL_CUES,
    CROWD_CONTROL_CUES,
    INTERVENTION_CUES,
    LETHAL_FORCE_CUES,
    MOB_CUES,
    NON_STATE_WORDS,
    PROTEST_CONTEXT,
    PROTESTER_WORDS,
    RIOT_CUES,
    RIOTING_CUES,
    STATE_FORCE_WORDS,
    SYMBOLS_BURNED,
    WEAPON_CUES,
    WEAPON_OBJECTS,
    WEAPONS_NAMED,
)
from newsledger.extract.events.everyday_words import GOING_ON
from newsledger.extract.events.factuality import thwarted_at_a_front
from newsledger.extract.events.found import _light_verb, nearby_lemmas, nearby_sentences, sentence_lemmas
from newsledger.extract.events.observed_fire import observed_fire
from newsledger.extract.events.parties import PARTY_NOUNS
from newsledger.extract.events.references import PERSON_PRONOUNS, PLURAL_PRONOUNS
from newsledger.extract.times.lexicon import MONTHS

SEXUAL_ACTS = frozenset({"sexual", "sexually", "rape", "raped", "rapes", "gang-rape", "gang-raped", "molest",
                         "molestation", "molested"})
ABDUCTION_ACTS = frozenset({"abduct", "abduction", "kidnap", "kidnapping", "kidnapped", "hostage", "hostages",
                            "disappear", "disappearance", "disappeared", "abductor", "kidnapper", "whereabouts",
                            "whereabout", "missing", "plainclothes", "unaccounted"})
DESTRUCTION_ACTS = frozenset({"loot", "looting", "plunder", "burn", "torch", "destroy", "destruction", "raze",
                              "vandalise", "vandalize", "vandalism", "ransack", "arson", "demolish", "damage",
                              "fire", "blaze", "smash", "wreck"})
MOB_ACTS = MOB_CUES | frozenset({"lynch", "lynching", "mobs", "crowds"})
# Sub-types the codebook names by the act: the embedding may choose one only when the sentence tells that act.
DEFINING_WORDS: dict[str, frozenset[str]] = {
    "Sexual violence": SEXUAL_ACTS,
    "Abduction/forced disappearance": ABDUCTION_ACTS,
    "Looting/property destruction": DESTRUCTION_ACTS,
    "Mob violence": MOB_ACTS,
    "Violent demonstration": PROTEST_CONTEXT | RIOTING_CUES | RIOT_CUES | frozenset({"rioters", "unrest", "pelting",
                                                                                     "stone-pelting", "stones"}),
    "Excessive force against protesters": PROTEST_CONTEXT,
    "Protest with intervention": PROTEST_CONTEXT,
}

# Words of assault that politics, business and sport use as often as war does.
FIGURATIVE_TRIGGERS = frozenset({"attack", "assault", "fight", "battle", "clash", "fire", "blast", "beat", "hit",
                                 "strike", "offensive", "war", "target", "destroy", "explode", "explosion",
                                 "snipe", "plunder", "sabotage", "hijack", "crush", "ambush", "counterattack",
                                 "combat", "storm", "take", "control", "seize", "onslaught", "bombard", "torpedo",
                                 "knock", "shoot", "blow"})
# Things an armed attack hits that a verbal one does not.
PHYSICAL_TARGETS = frozenset({
    "village", "villages", "building", "house", "houses", "home", "homes", "mosque", "church", "temple",
    "synagogue", "school", "hospital", "clinic", "market", "bus", "train", "car", "vehicle", "truck", "station",
    "embassy", "consulate", "nightclub", "club", "restaurant", "cafe", "hotel", "airport", "convoy", "checkpoint",
    "camp", "compound", "shrine", "office", "barracks", "outpost", "ship", "boat", "plane", "aircraft", "border",
    "town", "neighbourhood", "neighborhood", "shop", "shops", "civilian", "civilians", "worshipper", "worshippers",
    "pilgrim", "pilgrims"})
# Names of armed groups that name nothing else (not "Hamas" or "Hezbollah", parties too): "exchanged fire with JNIM".
WARRING_GROUPS = REBEL_WORDS - {"islamic", "hamas", "hezbollah", "jihad", "extremist", "farc", "pkk", "sdf", "dpr",
                                "lpr", "novorossiya", "ansar", "eln", "ulfa", "lashkar", "jaish", "hizbul", "ypg"}
# Weapon words that also name an accident, a broadcast or a retort ("blast", "on air", "the device").
EVERYDAY_WEAPON_WORDS = frozenset({"air", "aerial", "plane", "airplane", "aircraft", "jet", "device", "blast",
                                   "explosion", "explode", "detonate", "mine", "chemical", "toxic", "poisonous",
                                   "shell"})
VIOLENCE_SIGNS = (CASUALTY_CUES | WEAPON_OBJECTS | WEAPONS_NAMED | ARMED_WORDS | NON_STATE_WORDS | STATE_FORCE_WORDS
                  | WARRING_GROUPS | PROTESTER_WORDS | MOB_CUES | PHYSICAL_TARGETS | RIOTING_CUES | ABDUCTION_ACTS
                  | frozenset().union(
                      *(words for words, _ in WEAPON_CUES)) - EVERYDAY_WEAPON_WORDS | frozenset({
                      "gunman", "gunmen", "gunfire", "gunshot", "bullet", "bullets", "knife", "stab", "stabbing",
                      "machete", "axe", "injury", "injured", "wounded", "killed", "deadly", "fatal", "bloody",
                      "terror", "terrorism", "massacre", "assailant", "attacker", "attackers", "shooter", "sniper",
                      "hostage", "siege", "armed", "weapon", "weapons", "troop", "troops", "invasion", "invade",
                      "casualties", "fatalities", "vandal", "vandals", "arsonist", "looter", "looters", "rioters",
                      "residential", "mast", "tower", "bridge", "pipeline", "railway", "suffocation", "territory",
                      "territories", "killer", "killers", "war", "arson", "bat", "baton", "batons", "club", "rod",
                      "stick", "brick", "hammer", "unconscious", "bleeding", "blood", "ceasefire", "cease-fire",
                      "truce", "armistice", "hostilities", "conflict", "militant", "militants", "rebel", "rebels",
                      "assassination", "assassinate", "assassin", "head", "chest", "leg", "legs", "neck", "stomach",
                      "abdomen", "shoulder", "thigh", "wife", "ex-wife", "husband", "girlfriend", "boyfriend", "child",
                      "children", "son", "daughter", "baby", "toddler", "prisoner", "prisoners", "detainee",
                      "detainees", "inmate", "inmates"}) | (DESTRUCTION_ACTS - {
                      "destroy", "destruction", "damage", "fire", "smash", "wreck", "plunder"}))
# Who commits sexual violence ACLED records: armed men, state forces, mobs and gangs, or in a communal or war setting.
SEXUAL_VIOLENCE_SETTINGS = (ARMED_WORDS | NON_STATE_WORDS | STATE_FORCE_WORDS | MOB_CUES | COMMUNAL_CUES
                            | frozenset({"armed", "uniform", "bandit", "bandits", "gang", "war", "conflict", "raid",
                                         "custody", "displacement", "displaced", "refugee", "militiaman",
                                         "militiamen", "fighters", "soldiers", "policemen"}))
# An arrest is ACLED's when it is political or part of an armed conflict.
POLITICAL_DETAINEES = frozenset({
    "opposition", "activist", "activists", "journalist", "journalists", "critic", "critics", "dissident",
    "dissidents", "leader", "leaders", "politician", "lawmaker", "legislator", "mp", "minister", "premier", "mayor",
    "aide", "candidate", "party", "protester", "protesters", "protest", "demonstration", "demonstrator", "rally",
    "march", "coup", "plot", "treason", "sedition", "terror", "terrorism", "terrorist", "extremist", "extremism",
    "islamist", "islamic", "qaeda", "hamas", "hezbollah", "boko", "blogger", "political", "regime", "junta",
    "spy", "espionage", "secessionist", "liberation", "rebellion", "uprising", "cell", "insurgency", "militant",
    "insurgent", "rebel", "jihadist", "separatist", "guerrilla", "militia", "taliban", "isis", "isil", "shabab",
    "shabaab", "maoist", "naxal", "unrest", "riot", "strike", "union", "student", "students", "navy", "sailor",
    "sailors", "soldier", "soldiers", "troops", "marine", "marines"})
SECURITY_CAPTORS = frozenset({"army", "soldier", "soldiers", "troops", "military", "forces", "intelligence", "security",
                              "nia", "dss", "fsb", "paramilitary", "rangers", "gendarme", "gendarmes",
                              "counter-terrorism", "counterterrorism"})
# Words that make a rally a demonstration, and words of an election campaign that make it a candidate's.
PROTEST_WORDS = PROTEST_CONTEXT - {"rally"} | frozenset({
    "against", "denounce", "condemn", "demand", "chant", "slogan", "placard", "banner", "activist", "activists",
    "strike", "boycott", "oppose", "dump", "outrage", "justice", "rights", "solidarity", "vigil"})
CAMPAIGN_WORDS = frozenset({
    "campaign", "candidate", "nominee", "nomination", "primary", "primaries", "caucus", "caucuses", "speech",
    "supporter", "supporters", "voter", "voters", "vote", "election", "delegate", "delegates", "stump", "trail",
    "debate", "gop", "republican", "republicans", "democrat", "democrats", "democratic", "senator", "governor",
    "frontrunner", "front-runner", "crowd", "crowds", "ovation", "podium", "audience", "presidential"})
# Raising, disbanding or giving up a force is ACLED's only when the force is armed.
ARMED_SIDE = ARMED_WORDS | NON_STATE_WORDS | BASE_ACTORS | WEAPON_OBJECTS | frozenset({
    "armed", "fighter", "fighters", "soldiers", "mercenary", "mercenaries", "war",
    "conflict", "ceasefire", "truce", "arms", "troops", "combatant", "combatants", "hostilities", "junta", "regime",
    "conscription", "conscript", "conscripts", "reservist", "reservists", "enlist", "security", "vigilante",
    "vigilantes", "reinforcement", "reinforcements"})


def supported(sub: str, cues: Collection[str]) -> bool:
    """Whether the sentence tells the act that defines the sub-type (always, for the sub-types a weapon, a side
    or a place defines)."""
    words = DEFINING_WORDS.get(sub)
    return words is None or not words.isdisjoint(cues)


def recorded(plover: str, mode: str | None, sub: str, trigger: str, cues: Collection[str],
             actor: Collection[str] = (), target: Collection[str] = ()) -> bool:
    """Whether ACLED would record an event of this sub-type that the sentence tells this way."""
    if sub == "Sexual violence":
        return not SEXUAL_VIOLENCE_SETTINGS.isdisjoint(set(cues) | set(actor))
    if sub == "Arrests":
        return not POLITICAL_DETAINEES.isdisjoint(set(cues) | set(target)) or not SECURITY_CAPTORS.isdisjoint(
            set(cues) | set(actor))
    if plover == "PROTEST" and trigger == "rally":  # ``trigger`` is a lemma
        return not PROTEST_WORDS.isdisjoint(cues) or CAMPAIGN_WORDS.isdisjoint(cues)
    if sub == "Change to group/activity" or (sub == "Agreement" and mode == "disarm"):
        return not ARMED_SIDE.isdisjoint(set(cues) | set(actor) | set(target))
    return True


# Nouns an event word may modify and still tell the event ("protest march", "bomb attack", "suicide bombing").
EVENT_HEADS = frozenset({"march", "rally", "protest", "demonstration", "attack", "strike", "raid", "operation",
                         "bombing", "blast", "explosion", "violence", "riot", "clash", "shooting", "killing", "sit-in",
                         "assault", "offensive", "ambush", "massacre", "fire", "gunfire", "campaign", "incident",
                         "spree", "rampage", "wave", "series", "drive", "centre", "center", "office", "attempt",
                         "victim", "survivor", "death", "toll", "aftermath", "run", "route", "anniversary"})
SPEECH_VERBS = frozenset({"say", "tell", "insist", "speak", "declare", "warn", "argue", "promise", "vow", "joke",
                          "claim", "announce", "urge", "add", "boast", "predict"})
HOSTING_VERBS = frozenset({"hold", "host", "headline", "address", "attend"})
ONE_SPEAKER = frozenset({"he", "she", "i", "his", "her", "my", "your"})


def counted_by_acled(tok: Token, plover: str) -> bool:
    """Whether the trigger tells an event ACLED could count, by its place in the text: not a word that names a
    kind of thing ("a protest candidate", "detention centres", "attack ads"), nor one person's rally ("his rallies",
    "a Hillary Clinton rally", "he said at a Tuesday rally": a candidate's, not a demonstration), nor an assault told
    by a word politics and sport also use with no sign of physical violence in its sentence or the one before and
    no place or date naming the incident ("the Orlando attack", "the attack in San Bernardino"), nor a kind of act
    rather than one occurrence ("evidence gathered through torture"), nor a blast the article put down to a gas
    leak or an earthquake."""
    if plover == "ASSAULT" and told_figuratively(tok):
        return False
    if plover != "ASSAULT" and tok.dep_ == "pobj" and tok.head.lower_ == "since":
        # "the first offensive since the 2002 cease-fire": a truce as a point in time, not the news (an attack
        # "since" which the campaign changed is still one ACLED records)
        return False
    if told_generically(tok):
        return False
    if plover == "ASSAULT" and accident_told_before(tok):
        return False
    # (a name after the word is more often the small model's misparse: "officer Van Dyke shooting McDonald")
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in EVENT_HEADS:
        return False
    return not _one_persons_rally(tok)


def _one_persons_rally(tok: Token) -> bool:
    if tok.lemma_.lower() != "rally" or tok.pos_ != "NOUN":
        return False
    if any((c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ONE_SPEAKER))
           or (c.dep_ == "compound" and c.ent_type_ == "PERSON") for c in tok.children):
        return True
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "at" else tok.head
    if not ((tok.dep_ == "dobj" and verb.lemma_.lower() in HOSTING_VERBS)
            or (tok.dep_ == "pobj" and verb.lemma_.lower() in SPEECH_VERBS)):
        return False
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ONE_SPEAKER) for c in verb.children)


INCIDENT_NAMES = frozenset({"GPE", "NORP", "DATE", "FAC", "LOC"})
# Determiners that leave an event noun open to any occurrence ("no protest", "such attacks", "more airstrikes").
OPEN_DETERMINERS = frozenset({"any", "no", "such", "all", "every", "more", "most", "some", "many", "other"})
# Names that pin an event noun to one occurrence: where, when, who, how many.
PINNING_NAMES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "CARDINAL", "ORDINAL", "ORG", "PERSON"})
MASS_ENDINGS = ("ing", "ment", "ure", "ence")
CLAUSE_PINS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
SPATIAL_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "on"})


def told_generically(tok: Token) -> bool:
    """An event noun that names a kind of act rather than one occurrence ("prone to terror attacks", "terrorist
    recruitment", "evidence gathered through torture", "a proposal for more airstrikes"): a bare plural or mass
    noun with no determiner, possessor or number, no name in its phrase, no place the reader knows, no place or date
    in its clause, and no verb in the past telling it happened ("launched attacks", "protests erupted")."""
    if tok.pos_ != "NOUN" or not (tok.tag_ == "NNS" or (tok.tag_ == "NN" and tok.lower_.endswith(MASS_ENDINGS))):
        return False
    noun = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok  # "bombing runs"
    if any(c.dep_ in ("poss", "nummod", "dobj") for c in noun.children):
        return False
    carrier = _light_verb(noun)
    if carrier is not None and carrier.tag_ in ("VBD", "VBN"):
        return False  # "launched attacks on army posts", "staged protests": the verb tells an occurrence
    # (a determiner may hang on a modifier: "the apparent jihad shooting")
    if any(t.dep_ == "det" and t.lower_ not in OPEN_DETERMINERS for t in noun.subtree if t.i < noun.i):
        return False
    if any(t.ent_type_ in PINNING_NAMES or t.pos_ == "PROPN" for t in noun.subtree):
        return False
    if _at_a_known_place(noun):
        return False
    if tok.tag_ == "NN" and tok.i + 1 < len(tok.doc) and tok.nbor(1).pos_ in ("PROPN", "PRON"):
        return False  # a gerund the small model tags as a noun: "officer Van Dyke shooting McDonald"
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    if verb.tag_ == "VBD" or (noun.dep_ in ("nsubj", "nsubjpass") and verb.tag_ == "VBN"):
        return False  # "subjected women to sexual violence", "protests erupted": told as having happened
    # (anywhere in the clause: the small model often hangs "in Hama province" or "by the army" on another word)
    return not any(t.ent_type_ in CLAUSE_PINS for t in verb.subtree)


def _at_a_known_place(noun: Token) -> bool:
    """"explosions near the airport": a place the reader knows, named with "the"."""
    places = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in SPATIAL_PREPS
              for o in c.children if o.dep_ == "pobj"]
    return any(d.dep_ == "det" and d.lower_ == "the" for o in places for d in o.children)


# Words that tell an explosion, a blaze or a building's fall, which an accident or a disaster also causes.
# ("fire" is left out: police and gunmen "open fire" in the same stories as "tear gas".)
BLAST_WORDS = frozenset({"blast", "explosion", "explode", "blaze", "destroy", "collapse", "damage", "burn"})
# An accident or a disaster that blows up, burns or brings down buildings, told as the cause (not rain or an
# epidemic, which a riot story may mention too).
ACCIDENT_CUES = frozenset({"gas", "leak", "cylinder", "boiler", "accident", "accidental", "accidentally",
                           "short-circuit", "malfunction", "faulty", "firework", "fireworks", "earthquake", "quake",
                           "tremor", "flood", "flooding", "cyclone", "hurricane", "typhoon", "storm", "tornado",
                           "landslide", "tsunami", "volcano", "eruption", "wildfire", "bushfire"})
# Signs that an explosion or the damage was an attack or a riot after all.
ATTACK_SIGNS = frozenset({"bomb", "bomber", "bombing", "suicide", "militant", "terrorist", "terror", "attack",
                          "attacker", "gunman", "gunmen", "ied", "grenade", "rocket", "missile", "shell", "shelling",
                          "airstrike", "drone", "insurgent", "rebel", "sabotage", "arson", "arsonist", "claim", "riot",
                          "rioter", "protester", "protest", "mob", "loot", "looter", "vandal", "clash"})
ARTICLE_LEAD = 6  # sentences before the trigger read for the cause already told


def accident_told_before(tok: Token) -> bool:
    """An explosion, a blaze or destruction retold after the article has told an accident or a disaster as its cause
    ("An explosion in a supermarket ... may have been caused by a gas leak. ... The blast occurred at 12.45 a.m.";
    "Two strong earthquakes have struck ... Six villages were destroyed"), with no sign of an attack."""
    if tok.lemma_.lower() not in BLAST_WORDS:
        return False
    if not ATTACK_SIGNS.isdisjoint(nearby_lemmas(tok, before=ARTICLE_LEAD)):
        return False
    told = nearby_sentences(tok, before=ARTICLE_LEAD)
    # "tear gas" is a weapon of crowd control, not a leak
    return any(w.lemma_.lower() in ACCIDENT_CUES and not (w.lower_ == "gas" and w.i > 0 and w.nbor(-1).lower_ == "tear")
               for s in told for w in s)


def told_figuratively(tok: Token) -> bool:
    """An assault word politics, business and sport also use ("attacks on her record", "beat him in Iowa") with no
    sign of physical violence in its sentence or the one before, and no place or date naming an incident."""
    lemma = tok.lemma_.lower()
    if lemma not in FIGURATIVE_TRIGGERS or not VIOLENCE_SIGNS.isdisjoint(nearby_lemmas(tok) - {lemma}):
        return False
    if observed_fire(tok):
        return False  # "the mission recorded 14 explosions near Horlivka" (not "an explosion of anger")
    after = next_in_paragraph(tok.sent) if lemma == "clash" else None
    if after is not None and not CASUALTY_CUES.isdisjoint(t.lemma_.lower() for t in after):
        # "supporters of two candidates clashed at a polling centre. Several people were injured." (only a clash:
        # "you either leave or you fight", told before a sentence on a killing, is still a word)
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) and lemma in ("shoot", "beat", "stab"):
        return False  # "was shot in his kitchen", "was beaten": someone was hurt
    if lemma == "assault" and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                                                         for c in tok.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in ASSAULTED_IDEAS and c.lower_ not in ASSAULTED_IDEAS
            for c in tok.children):
        # "members of the party assaulted a candidate": a group assaults people bodily (one man's assault, or
        # "assaulting a reporter is a fireable offense", may be crime or words)
        return False
    if tok.head.lemma_.lower() in GOING_ON or any(c.lower_ in GOING_ON for c in tok.children):
        return False  # "as fighting spreads" (the small model may make "spreads" the object of "fighting")
    named = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    named += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on") for g in c.children
              if g.dep_ == "pobj"]
    return tok.pos_ != "NOUN" or not any(w.ent_type_ in INCIDENT_NAMES for w in named)


# What is assaulted in words or in spirit ("assaulted the senses", "an assault on our values" as a verb).
ASSAULTED_IDEAS = frozenset({"sense", "senses", "ear", "ears", "eye", "eyes", "value", "values", "dignity", "democracy",
                             "constitution", "truth", "reason", "intelligence", "freedom", "liberty", "right", "rights",
                             "principle", "principles", "record", "character", "reputation"})
# Words of assault that, told figuratively, are words: criticism (PLOVER ACCUSE, CAMEO 111).
VERBAL_ASSAULT_WORDS = frozenset({"attack", "assault", "offensive", "blast", "clash", "onslaught", "counterattack"})
# Names of sides that wage wars, not campaigns ("Israel attacked Gaza", "the Serb attack").
WARRING_NAMES = frozenset({"GPE", "NORP", "LOC", "FAC"})
# What makes an assault one on the body ("convicted of sexual assault").
BODILY_MODIFIERS = frozenset({"sexual", "physical", "armed", "violent", "deadly", "brutal", "indecent", "knife",
                              "gun", "acid", "sexually", "physically", "violently", "brutally"})
PERSONAL_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"i", "we", "you", "me", "us", "our", "my", "your"}
# Words that lay blame for a deed or charge a crime, which words of criticism do not earn.
BLAMED_ATTACK_CUES = frozenset({"blame", "responsible", "responsibility", "perpetrator", "mastermind", "charge",
                                "convict", "accuse", "arrest", "guilty", "suspect", "plead", "sentence", "jail"})
# Common nouns of people whose attacks are mostly words.
POLITICAL_SIDES = frozenset({"candidate", "senator", "president", "nominee", "republican", "democrat", "lawmaker",
                             "congressman", "congresswoman", "governor", "mayor", "minister", "leader", "party",
                             "family", "administration", "government", "opposition", "critic", "rival", "opponent",
                             "campaign", "commentator", "columnist", "pundit", "frontrunner", "front-runner",
                             "challenger", "incumbent", "spokesman", "spokeswoman", "official", "politician"})


def told_as_words(tok: Token) -> bool:
    """An attack, assault or clash told where nothing in the sentence or the one before tells of force, with a
    person, a politician or a personal pronoun on a side and no country, people or place: "Trump's attack on
    Carson", "when Biden tried to attack Trump", "the Bush family clashed with the new face of the party". Something
    under attack is no act by anyone ("our classified information is under constant attack", see
    ``attacked_by_nobody``), and a kind of attack ("attack ads") is no occurrence."""
    if tok.lemma_.lower() not in VERBAL_ASSAULT_WORDS or not told_figuratively(tok):
        return False
    if attacked_by_nobody(tok) or tok.dep_ == "compound" or any(
            c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in BODILY_MODIFIERS for c in tok.children):
        return False
    if not BLAMED_ATTACK_CUES.isdisjoint(sentence_lemmas(tok.sent)):
        return False  # "blamed Moscow for the attack on the Skripals", "charged with assault": deeds
    attackers = [c for c in tok.children if c.dep_ in ("nsubj", "poss", "compound")]  # "pirate attacks"
    attackers += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                  for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ == "xcomp":
        attackers += [c for c in tok.head.children if c.dep_ == "nsubj"]
    targets = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "with")
                for g in c.children if g.dep_ == "pobj"]
    if any(t.ent_type_ in WARRING_NAMES for side in attackers + targets for t in side.subtree):
        return False
    # "a man attacked his neighbour": ordinary people named by a common noun come to blows; politicians trade
    # words. An armyworm or a currency speculator attacks no one with words, and a ship "was attacked" by pirates.
    if not all(_a_speaker(side) for side in attackers) or any(
            side.pos_ == "NOUN" and side.lemma_.lower() in PARTY_NOUNS and side.lemma_.lower() not in POLITICAL_SIDES
            for side in targets):
        return False
    if attackers or targets:
        return any(_a_politician(side) for side in attackers + targets)
    return any(t.ent_type_ == "PERSON" for t in tok.sent)  # "Hillary can handle these attacks"


def _a_politician(side: Token) -> bool:
    return side.ent_type_ == "PERSON" or side.lemma_.lower() in POLITICAL_SIDES or side.lower_ in PERSONAL_PRONOUNS


def _a_speaker(side: Token) -> bool:
    return side.ent_type_ in ("PERSON", "ORG") or side.pos_ in ("PRON", "PROPN") \
        or side.lemma_.lower() in POLITICAL_SIDES


def attacked_by_nobody(tok: Token) -> bool:
    """"Our classified information is under constant attack", "his guiding principle under attack": a state told
    figuratively, with no one attacking, is no act."""
    if tok.lemma_.lower() not in VERBAL_ASSAULT_WORDS or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return False
    return told_figuratively(tok) and not any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children)


# Words of struggle that, told figuratively, are no event at all ("Sanders beat her 51% to 36%", "keeps fighting",
# "made the watermelon explode"); a figurative "attack" or "blast" is still a verbal one.
STRUGGLE_WORDS = frozenset({"beat", "fight", "battle", "explode", "shoot", "combat", "crush", "knock"})


def figurative_struggle(tok: Token) -> bool:
    return tok.lemma_.lower() in STRUGGLE_WORDS and told_figuratively(tok)


# What a report's next sentence may tell of how a protest went: the police, how they met it, how it turned violent.
# Verbs by which a report's next sentence tells the police stopping a protest ("Police obstructed the procession",
# "police foiled the protest", "Police intervened."), which in the protest's own sentence may say anything else.
STOPPING_A_PROTEST = frozenset({"obstruct", "foil", "prevent", "stop", "remove", "intercept", "intervene", "halt",
                                "thwart"})
AFTERMATH_CUES = (INTERVENTION_CUES | CROWD_CONTROL_CUES | LETHAL_FORCE_CUES | RIOT_CUES | RIOTING_CUES
                  | STATE_FORCE_WORDS)
# Words by which the next sentence goes on telling the same protest.
PROTEST_BACK_REFERENCES = PROTEST_CONTEXT | frozenset({"they", "them", "crowd", "gathering", "sit-in"})


def names_a_month(tok: Token) -> bool:
    """ "March" or "May" in a date ("On 5 March 2021"), which is no march and no permission."""
    return tok.ent_type_ == "DATE" and tok.lower_ in MONTHS


@lru_cache(maxsize=64)
def next_in_paragraph(sent: Span) -> Span | None:
    """The sentence after this one, when the same paragraph goes on with it (a line break starts another)."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    told = [t for t in sent if not t.is_space]
    going_on = [t for t in after if not t.is_space]
    if not told or not going_on or "\n" in doc.text[told[-1].idx:going_on[0].idx]:
        return None
    return after


@lru_cache(maxsize=64)  # each protest event of a sentence asks for the same one
def protest_aftermath(sent: Span, doers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The cue words of how a protest went, from the sentence after the one that tells it, when that sentence in the
    same paragraph goes on telling it ("... staged a protest demanding arrears. Police dispersed them.", "They
    clashed with police"): ACLED types a protest by how the authorities met it and whether it turned violent, which a
    report often tells next."""
    after = next_in_paragraph(sent)
    if after is None:
        return frozenset()
    words = {w for t in after if not names_a_month(t) for w in (t.lower_, t.lemma_.lower())}
    if PROTEST_BACK_REFERENCES.isdisjoint(words) and not _police_intervened(after) and not _told_of(after, doers):
        return frozenset()
    return frozenset(words & (AFTERMATH_CUES - STOPPING_A_PROTEST)) | _stopped_by_the_state(after)


def _stopped_by_the_state(sent: Span) -> frozenset[str]:
    """The verbs of stopping a protest whose subject is a state force, not negated ("Police forces obstructed the
    procession"; not "nobody was stopped")."""
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in STOPPING_A_PROTEST
                     and not any(c.dep_ == "neg" for c in t.children)
                     and any(c.dep_ == "nsubj" and not STATE_FORCE_WORDS.isdisjoint(
                         {w.lemma_.lower() for w in c.subtree}) for c in t.children))


# Verbs of fighting an attack off, and what they fight off ("VDP repulsed the assault", "soldiers repelled the
# attackers", "the army responded to the attack").
REPELLING_VERBS = frozenset({"repel", "repulse", "rebuff"})
FENDING_PARTICLES = {"fend": "off", "fight": "off", "beat": "back", "push": "back", "drive": "back"}
ATTACK_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "attacker", "attackers", "assailant",
                          "assailants", "raid", "incursion", "offensive", "them", "militants", "insurgents"})
REPELLED = "repelled-attack"


@lru_cache(maxsize=64)  # each assault of a sentence asks for the same one
def attack_repelled(sent: Span) -> frozenset[str]:
    """``REPELLED``, when this sentence or the next one of its paragraph tells an attack fought off ("militants attacked
    the village. Volunteer fighters repulsed the assault and killed three militants"): the defenders fought, and ACLED
    codes the whole as a battle."""
    for told in (sent, next_in_paragraph(sent)):
        if told is not None and any(_fights_off(t) for t in told):
            return frozenset({REPELLED})
    return frozenset()


def _fights_off(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    if lemma in FENDING_PARTICLES:
        if not any(c.dep_ == "prt" and c.lower_ == FENDING_PARTICLES[lemma] for c in tok.children):
            return False
    elif lemma == "respond":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in ATTACK_NOUNS for g in c.children)
                   for c in tok.children)
    elif lemma == "thwart":
        return thwarted_at_a_front(tok)
    elif lemma not in REPELLING_VERBS:
        return False
    if any(c.dep_ in ("auxpass", "agent") for c in tok.children):
        return True  # "an armed group attacked the mayor's home and was repelled by the security forces"
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ATTACK_NOUNS for c in tok.children)


def _told_of(sent: Span, doers: Collection[str]) -> bool:
    """The sentence's subject is the protest's own doers again ("Students demonstrated ... Students erected
    barricades")."""
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in doers for t in sent)


def _police_intervened(sent: Span) -> bool:
    """ "Police intervened.": a sentence that says only that, after a protest, tells of it."""
    return any(t.lemma_.lower() == "intervene" and t.dep_ == "ROOT" and not any(c.dep_ in ("prep", "dobj", "xcomp")
               for c in t.children) for t in sent) and not STATE_FORCE_WORDS.isdisjoint(t.lemma_.lower() for t in sent)


# What protesters' own acts, told beside their protest, say of how it turned ("staged a demonstration and clashed
# with police", "demonstrated and hurled rocks"): a riot.
PROTESTERS_VIOLENCE = RIOT_CUES | RIOTING_CUES | frozenset({"attack", "assault", "explode", "detonate", "hurl", "beat",
                                                             "injure", "storm", "violently"})


def _carrying_verb(tok: Token) -> Token | None:
    """The light verb a protest noun is the object of ("staged a demonstration"), which tells the protest too."""
    return tok.head if tok.dep_ in ("dobj", "pobj") and tok.head.pos_ == "VERB" else None


def protest_turns(tok: Token) -> frozenset[str]:
    """The cue words of violence the protesters themselves did, told by verbs coordinated with the protest's own (the
    trigger's, or that of the light verb it is the object of: "staged a demonstration and exploded cocktail bombs"),
    or by an adverb of the protest verb ("protested violently"). A coordinated verb with a subject of its own ("and
    police fired tear gas") is someone else's act."""
    verb = _carrying_verb(tok) or tok
    words: set[str] = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        objects = {c.lemma_.lower() for c in conj.children if c.dep_ == "dobj"}
        if not SYMBOLS_BURNED.isdisjoint(objects):
            continue  # "staged a demonstration and burned an effigy of the minister": a peaceful protest's rite
        words.add(conj.lemma_.lower())
        words.update(objects)
    return frozenset(words & PROTESTERS_VIOLENCE)


# Prepositions and verbs that tell what a protest is about: its grievance, not what happened at it ("for" and
# "after" are left out: "for a second day", "after police fired tear gas" more often tell the protest itself).
GRIEVANCE_PREPS = frozenset({"against", "over", "following", "about", "regarding", "condemning"})
GRIEVANCE_VERBS = frozenset({"demand", "protest", "condemn", "denounce", "decry", "oppose", "seek"})


def protest_grievance(tok: Token) -> frozenset[int]:
    """The indices of the tokens that tell what a protest is against or demands, on the trigger or on the light verb
    it is the object of ("staged a protest against the vandalism and clashes during the opposition's march",
    "demanding justice for the student killed in a prior clash"): violence named there is the grievance, not the
    protesters' own. A clause with its own subject inside it ("... as police fired tear gas") is left out: the parser
    often hangs how the protest was met there."""
    heads = [tok, verb] if (verb := _carrying_verb(tok)) is not None else [tok]
    found: set[int] = set()
    for head in heads:
        for child in head.children:
            if (child.dep_ == "prep" and child.lower_ in GRIEVANCE_PREPS) or (
                    child.dep_ in ("xcomp", "advcl", "acl") and child.lemma_.lower() in GRIEVANCE_VERBS):
                found.update(_without_own_clauses(child))
    return frozenset(found)


def _without_own_clauses(top: Token) -> Iterator[int]:
    for t in top.children:
        if t.dep_ in ("advcl", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        yield from _without_own_clauses(t)
    yield top.i
