"""The words the ACLED step reads: cue lemmas for weapons, sides, protests and strategic developments, and the
ACLED event type of each sub-event type."""

from __future__ import annotations

from newsledger.extract.events.everyday_words import MERGING_TRIGGERS

# Words of violence between two sides ("clashes between police and protesters").
RECIPROCAL_STEMS = ("clash", "fight", "fought", "battl", "skirmish", "gunfight", "firefight", "scuffl", "brawl",
                    "confront")

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPE: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VAC,
    "Attack": VAC,
    "Abduction/forced disappearance": VAC,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}

# Cue lemmas (lower case) that name the weapon and so the explosion sub-type, most specific first.
WEAPON_CUES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"chlorine", "sarin", "chemical", "toxic", "poisonous", "mustard", "nerve", "chloropicrin", "phosgene"}),
     "Chemical weapon"),
    (frozenset({"suicide", "self-immolation", "vest", "vests"}), "Suicide bomb"),
    (frozenset({"grenade", "grenades"}), "Grenade"),
    (frozenset({"airstrike", "air-strike", "warplane", "jet", "helicopter", "chopper", "drone", "aircraft",
                "airplane", "bomber", "air", "aerial", "airforce", "plane", "quadcopter", "uav"}), "Air/drone strike"),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer", "shellfire",
                "bombard", "bombardment", "katyusha", "launcher", "rpg"}), "Shelling/artillery/missile attack"),
    (frozenset({"ied", "landmine", "mine", "roadside", "explosive", "bomb", "blast", "explosion", "detonate",
                "bombing", "device", "explode", "blow-up"}), "Remote explosive/landmine/IED"),
)
CLASH_CUES = frozenset({"clash", "gunbattle", "gunfight", "firefight", "battle", "fighting", "fight", "crossfire",
                        "exchange", "encounter", "skirmish", "confrontation"})
# Words that name an exchange of fire anywhere in the sentence ("killed in an exchange of fire"); an "encounter" in
# South Asian news is a gunfight with the police.
FIREFIGHT_CUES = frozenset({"gunbattle", "gunfight", "firefight", "crossfire", "skirmish", "shootout", "shoot-out",
                            "fire-fight", "encounter"})
ARMED_WORDS = frozenset({"army", "troops", "troop", "soldier", "force", "military", "militant", "rebel", "insurgent",
                         "fighter", "militia", "guerrilla", "terrorist", "jihadist", "police", "policeman", "gunman",
                         "unit", "battalion", "regiment", "brigade", "combatant", "convoy", "camp", "post",
                         "checkpoint", "base", "position", "taliban", "shabab", "shabaab", "isis", "isil", "maoist",
                         "naxal"})
GOVERNMENT_WORDS = frozenset({"army", "troops", "troop", "soldier", "military", "government", "force", "unit",
                              "police", "regime", "gendarme", "gendarmerie", "commando"})
NON_STATE_WORDS = frozenset({"rebel", "militant", "insurgent", "fighter", "militia", "guerrilla", "terrorist",
                             "jihadist", "houthi", "taliban", "shabab", "shabaab", "shebab", "isis", "isil", "maoist",
                             "separatist", "militiaman", "militiamen", "gunman", "gunmen", "gang", "liberation",
                             "resistance", "insurgency"})  # not "revolutionary": Iran's Revolutionary Guards
# Doers whose blast is an attack, not an accident (not the places in ARMED_WORDS: "a blast at the camp").
ARMED_DOERS = (ARMED_WORDS | NON_STATE_WORDS) - {"convoy", "camp", "post", "checkpoint", "base", "position", "unit"}
# Words that tell an attack or a violent crowd, which no disaster is ("another Shebab attack killed 18 people").
ATTACK_WORDS = frozenset({"attack", "attacks", "bombing", "bombings", "raid", "raids", "ambush", "offensive",
                          "assault", "mob", "mobs", "rioter", "rioters", "rioting", "gunfire", "shooting"})
# Words that make a party the state even beside a non-state word ("government forces and allied militias").
STATE_WORDS = frozenset({"government", "regime", "junta", "police", "soldier", "military", "army"})
# Verbs of taking ground back ("retook": the tagger gives the past tense as its own lemma).
RETAKING_VERBS = frozenset({"retake", "retook", "recapture", "regain"})
TERRITORY_MODES = frozenset({"capture", "overrun"}) | RETAKING_VERBS
MOB_CUES = frozenset({"mob", "lynch", "vigilante", "villager", "crowd", "rioter"})
# The codebook's mob violence is violence by a mob; a lynching is mob violence by definition.
MOB_DECISIVE_ACTORS = frozenset({"mob", "mobs", "vigilante", "vigilantes", "crowd", "crowds"})
LYNCH_TRIGGERS = frozenset({"lynch", "lynching"})
# People taking part in a demonstration: violence by them is a violent demonstration (a riot), and
# violence against them by state forces is the state meeting a protest.
PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "agitator", "marcher",
                             "protesters", "protestors", "demonstrators", "rioters", "agitators", "marchers"})
PROTEST_CONTEXT = PROTESTER_WORDS | frozenset({"protest", "demonstration", "rally", "riot", "agitation", "march",
                                               "sit-in", "procession", "agitate"})
STATE_FORCE_WORDS = frozenset({"police", "policeman", "policemen", "security", "soldier", "troops", "troop", "army",
                               "force", "officer", "gendarme", "military", "paramilitary", "constable", "ranger",
                               "rangers", "paramilitaries", "gendarmerie", "commando", "guards", "battalion", "brigade",
                               "regiment"})  # not "corps": "stormed the Corps Commander's residence"
# What protesters do in a riot (the codebook's violent demonstration), named in the sentence.
RIOTING_CUES = frozenset({"riot", "rioter", "violent", "stone", "rocks", "pelt", "vandalise", "vandalize", "torch",
                          "molotov", "petrol", "smash", "ransack", "loot", "tyre", "tyres", "tires"})
CROWD_CONTROL_CUES = frozenset({"teargas", "tear", "cannon", "baton", "disperse", "lathicharge", "lathi-charge",
                                "rubber", "pellet", "lathi", "stun", "pepper", "flash-bang", "flashbang"})
# A bomb squad destroying a device is the codebook's disrupted weapons use, not an explosion, as long
# as nobody was hurt.
DISPOSAL_CUES = frozenset({"disposal", "defuse", "defused", "sapper", "deminer", "demining",
                           "de-mining", "neutralise", "neutralize", "neutralised", "neutralized"})
CASUALTY_CUES = frozenset({"kill", "dead", "death", "die", "injure", "wound", "hurt", "casualty", "victim"})
COMMUNAL_CUES = frozenset({"communal", "sectarian", "ethnic", "tribal", "caste", "clan", "community", "communities"})
# Unorganised groups who riot (a violent demonstration) rather than armed men who loot.
RIOTER_LIKE = frozenset({"youth", "supporter", "student", "worker", "resident", "villager", "youths", "supporters",
                         "students", "workers", "residents", "villagers"})
# People who are no organised armed group: violence by them is ACLED's mob violence (a riot), whoever they beat,
# stab or clash with ("locals assaulted a rickshaw driver", "two factions of the student wing clashed").
UNORGANISED_SIDES = RIOTER_LIKE | frozenset({
    "local", "locals", "member", "members", "activist", "activists", "cadre", "cadres", "faction", "factions",
    "follower", "followers", "relative", "relatives", "passenger", "passengers", "farmer", "farmers", "herder",
    "herders", "pastoralist", "pastoralists", "neighbour", "neighbours", "neighbor", "neighbors", "trader", "traders",
    "inhabitant", "inhabitants", "employer", "employers", "worshipper", "worshippers", "fan", "fans", "employee",
    "employees", "family", "families", "butcher", "butchers", "vendor", "vendors", "shopkeeper", "shopkeepers",
    "merchant", "merchants", "rival", "rivals", "opponent", "opponents", "accomplice", "accomplices", "hawker",
    "hawkers", "seller", "sellers", "broker", "brokers"})
# Crowds named by no trade or side ("a group of people"), who riot unless a gun or blade is named (with "group").
VAGUE_CROWDS = frozenset({"people", "person", "persons", "individual", "individuals"})
# Crude, blunt weapons: beating someone with sticks, rods or bricks is how rioters fight, not how armed groups attack
# (ACLED codes "assailants assaulted a journalist with iron rods" as mob violence). Blades are left out: machetes
# are also the arms of communal militias, whose violence is an attack.
BLUNT_WEAPONS = frozenset({"stick", "rod", "stump", "brick", "brickbat", "bamboo", "hockey", "club", "cudgel",
                           "lathi", "stone", "pipe"})
# Weapons of an armed group: with one of them named, blunt weapons beside it do not make a riot.
ARMED_GROUP_WEAPONS = frozenset({"gun", "gunman", "gunmen", "gunfire", "firearm", "rifle", "pistol", "shoot", "shot",
                                 "machete", "knife", "blade", "sharp", "axe", "spear", "arrow", "sword", "dagger"})
SEXUAL_CUES = frozenset({"sexual", "sexually"})
SEXUAL_TRIGGERS = frozenset({"assault", "abuse", "violence", "attack", "harass", "harassment"})
# Ordinary crime ACLED does not record: a robbery, a domestic or family quarrel (CASE 2021 files it
# as crime, not political violence). Checked only when no mob and no explosive weapon is named.
CRIMINAL_ACTORS = frozenset({"robber", "robbers", "burglar", "burglars", "thief", "thieves", "poacher", "poachers",
                             "dacoit", "dacoits", "sicario", "sicarios"})
# People a crowd punishes as suspects (the codebook's mob justice), named as the victims or by what they are accused of.
SUSPECTED_CULPRITS = frozenset({"thief", "thieves", "robber", "robbers", "burglar", "burglars", "witch", "witches",
                                "sorcerer", "sorcerers", "kidnapper", "kidnappers", "rapist", "rapists", "pickpocket",
                                "pickpockets", "rustler", "rustlers", "snatcher", "snatchers"})
ACCUSED_OF = frozenset({"theft", "thefts", "sorcery", "witchcraft", "burglary", "robbery", "robberies", "stealing",
                        "steal"})
SUSPICION_CUES = frozenset({"suspect", "suspected", "suspicion", "accuse", "accused", "presume", "presumed", "alleged",
                            "allegedly"})
CRIME_CONTEXT = frozenset({"robbery", "heist", "burglary", "dowry", "domestic", "quarrel", "juror", "jurors", "jury",
                           "confession", "acquit", "acquitted", "manslaughter", "homicide", "coroner", "probation"})
# Who may set up a base or headquarters in ACLED's sense: an armed organisation, not a bank.
BASE_ACTORS = (ARMED_WORDS - {"camp", "post", "checkpoint", "base", "position", "unit", "convoy"}) | NON_STATE_WORDS | {
    "armed", "faction", "navy", "marine", "separatist", "al-shabaab", "boko", "haram", "hezbollah", "hamas", "bandit",
    "dissident", "outfit", "jnim", "iswap", "m23", "wagner", "warlord", "commander"}
RIOT_CUES = frozenset({"riot", "rioter", "violent", "stone", "pelt", "vandalise", "vandalize", "torch", "clash",
                       "throw", "burn", "molotov", "smash"})
# What protesters burn as a rite of a peaceful protest, as ACLED codes it ("burned an effigy of the minister").
SYMBOLS_BURNED = frozenset({"effigy", "effigies", "flag", "flags", "copy", "copies", "poster", "posters"})
LETHAL_FORCE_CUES = frozenset({"kill", "shoot", "shot", "dead", "live", "bullet", "death", "die"})
INTERVENTION_CUES = frozenset({"disperse", "tear", "teargas", "arrest", "detain", "baton", "cannon", "lathicharge",
                               "intervene", "break", "police", "block"})
WEAPON_OBJECTS = frozenset({"weapon", "arms", "ammunition", "explosive", "rifle", "gun", "bomb", "grenade", "ied",
                            "cartridge", "revolver", "pistol", "missile", "rocket", "launcher", "device", "mine",
                            "weapons", "explosives", "rifles", "guns", "revolvers", "ammunitions", "landmine",
                            "landmines", "ieds", "munitions", "detonator", "detonators", "mortars", "shells",
                            "grenades", "bombs", "missiles", "rockets"})
GROUP_CHANGE_TRIGGERS = frozenset({"mobilize", "mobilise", "mobilization", "mobilisation", "form", "recruit",
                                   "recruitment", "conscript", "conscription", "enlist"})
MOVING_TRIGGERS = frozenset({"move", "mass", "amass", "relocate", "redeploy", "transfer", "shift"})
MOVED_FORCES = frozenset({"troops", "troop", "soldier", "soldiers", "force", "forces", "tank", "tanks", "artillery",
                          "unit", "units", "division", "brigade", "battalion", "armour", "armor", "reinforcements",
                          "missiles", "launchers", "warships", "jets", "fighters"})
# Armed groups merging, allying or joining forces change what they are (ACLED's "Change to group/activity").
ALLYING_TRIGGERS = MERGING_TRIGGERS | {"join", "unite"}
ALLIED_THINGS = frozenset({"force", "forces", "hand", "hands", "ranks", "alliance", "coalition", "front"})
# Emergency rule over an area ACLED records as a strategic development ("Other"): curfews, states of
# emergency and martial law, internet shut down, parties and organisations banned; not measures against a
# disaster or an epidemic.
EMERGENCY_RULE = frozenset({"curfew", "emergency", "martial"})
CUT_SERVICES = frozenset({"internet", "mobile", "telecom", "broadband", "communications", "phone", "phones",
                          "network", "networks", "service", "services", "data"})
# A service cut is a shutdown when the sentence says it is the internet or the phones, not water or power.
SHUTDOWN_CUES = frozenset({"internet", "mobile", "telecom", "broadband", "phone"})
BANNED_BODIES = frozenset({"party", "parties", "organisation", "organization", "organisations", "organizations",
                           "outfit", "outfits", "movement", "activities", "group", "groups", "union", "unions",
                           "league"})
DISASTER_CUES = frozenset({"flood", "floods", "cyclone", "storm", "hurricane", "typhoon", "earthquake", "quake",
                           "pandemic", "covid", "covid-19", "coronavirus", "virus", "outbreak", "epidemic", "wildfire",
                           "bushfire", "drought", "heatwave", "heat", "snow", "blizzard", "disease", "ebola", "cholera",
                           "lockdown", "infection", "infections", "volcano", "eruption", "tsunami", "landslide",
                           "floodwater", "floodwaters", "flooding", "rain", "rains", "rainfall", "monsoon",
                           "inundation"})
# Words naming an agreement ("peace" alone names none: "the Peace and Security Council", "the Nobel Peace Prize").
AGREEMENT_CUES = frozenset({"agreement", "deal", "ceasefire", "truce", "accord", "pact", "treaty", "cessation",
                            "armistice"})
# Words that place an arrest at a protest ("riot" is left out: "riot police" guard house arrests too, and
# "march" may be the month).
AT_A_PROTEST = PROTESTER_WORDS | frozenset({"protest", "demonstration", "rally", "sit-in", "agitation", "vigil",
                                            "procession", "gathering"})
# An agreement ACLED records is between the sides of a conflict, not a trade deal signed on a visit.
CONFLICT_CUES = frozenset({"ceasefire", "truce", "armistice", "cessation", "peace", "hostilities", "prisoner",
                           "prisoners", "rebel", "rebels", "war", "conflict", "fighting", "militia", "militant",
                           "militants", "insurgent", "insurgents", "disarmament", "demobilisation", "demobilization"})
# A prisoner exchange is an agreement between the sides in ACLED's codebook.
EXCHANGE_TRIGGERS = frozenset({"exchange", "swap"})
# Ground that changes hands: handed over, ceded, or left by withdrawing forces.
TERRITORY_WORDS = frozenset({"town", "city", "district", "province", "region", "base", "airfield", "airport", "port",
                             "village", "territory", "area", "bank", "camp", "garrison", "zone", "enclave", "island",
                             "islands", "outpost", "positions", "position", "neighbourhood", "neighborhood", "valley"})
HANDOVER_TRIGGERS = frozenset({"hand", "handover", "cede", "transfer"})
# Words for ground that can be handed over, not an area things happen in.
HANDED_GROUND = (TERRITORY_WORDS - {"area", "region", "province", "zone", "valley", "bank", "position"}) | {
    "checkpoint", "checkpoints", "villages", "towns", "bases", "outposts", "districts"}
THROWING_TRIGGERS = frozenset({"hurl", "throw", "lob", "toss"})
# "air defences shot down a missile": the air is where the weapon was stopped, not where it came from.
AIR_DEFENCE_CUES = frozenset({"defence", "defense", "defences", "defenses"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
SELF_DETONATION_CUES = frozenset({"blow", "detonate", "explode", "explosive", "bomb", "vest", "belt"})
# Fire thrown by hand at a riot is not a remote explosive.
INCENDIARY_CUES = frozenset({"petrol", "molotov", "gasoline", "firebomb"})
# "claimed responsibility for the attack": CASE 2021 files the claim (ATTRIB), not the attack.
RESPONSIBILITY_CUES = frozenset({"responsibility"})
CLAIM_CUES = frozenset({"claim", "claimed", "claiming", "accept", "admit", "take"})
# Words without which a sentence tells no claim of an attack or blame for it (not "suspect": "suspected militants"
# is how conflict news names attackers).
ATTRIBUTION = "attribution"
CRIME = "organised crime"
ATTRIBUTION_CUES = RESPONSIBILITY_CUES | frozenset({"claim", "blame", "accuse", "attribute", "responsible", "behind",
                                                   "allege", "deny"})
# Weapons no accident is made of (not "explosion", "blast", "plane" or "chemical", which accidents share), and
# the kinds of news without an attacker that their sentences may still resemble.
WEAPONS_NAMED = frozenset({"bomb", "bombing", "ied", "landmine", "grenade", "missile", "rocket", "mortar", "shelling",
                           "artillery", "airstrike", "warplane", "drone", "suicide", "explosive"})
DISASTERS = frozenset({"natural disaster", "man-made disaster"})
