"""Prototype texts for choosing an ACLED sub-event type by sentence-embedding similarity.

Each ACLED sub-event type gets a short description in our own words (paraphrasing the ACLED
codebook's definitions) and a few example sentences of our own; the sub-type's prototype is the
normalised mean of their all-MiniLM-L6-v2 embeddings. A sentence is then scored against the
prototypes of the sub-types its PLOVER event allows (zero-shot classification against label
descriptions, as the best CASE 2021 task 2 systems did).

``NOT_ACLED`` holds prototypes of news that ACLED does not record (disasters, accidents,
diplomacy, ordinary crime, claims of responsibility): a sentence nearer one of those than to any
allowed sub-type gets no ACLED type.

None of these texts comes from an evaluation set.
"""

from __future__ import annotations

SUBTYPE_TEXTS: dict[str, tuple[str, ...]] = {
    # --- Battles ------------------------------------------------------------------------------
    "Armed clash": (
        "Armed clash: two armed, organised groups fight each other, such as soldiers against rebels or "
        "militants, exchanging fire in a battle.",
        "Government troops and rebel fighters exchanged fire for several hours near the border town.",
        "Militants attacked an army checkpoint and soldiers fought back, leaving fighters dead on both sides.",
        "Heavy fighting broke out between two rival militias in the north of the province.",
        "Security forces killed three insurgents in a gunfight during a raid on their hideout.",
    ),
    "Government regains territory": (
        "Government regains territory: state forces take back control of a town or area that rebels or "
        "militants had held.",
        "The army recaptured the town from the rebels after days of fighting.",
        "Government troops drove the jihadists out of the district and restored state control there.",
        "Soldiers retook the strategic hill that insurgents had seized last month.",
    ),
    "Non-state actor overtakes territory": (
        "Non-state actor overtakes territory: rebels, militants or an armed group seize control of a town, "
        "base or area from the government or another group.",
        "Insurgents captured the provincial capital after government forces fled.",
        "Rebel fighters took control of the district headquarters and raised their flag.",
        "The militant group overran an army base and seized the surrounding villages.",
    ),
    # --- Explosions/Remote violence -------------------------------------------------------------
    "Chemical weapon": (
        "Chemical weapon: an attack using toxic chemicals such as chlorine, sarin or mustard gas.",
        "Residents choked after a gas attack with chlorine hit the rebel-held town.",
        "Investigators say the nerve agent sarin was used in the bombardment of the suburb.",
    ),
    "Air/drone strike": (
        "Air or drone strike: warplanes, helicopters or drones bomb or fire on a target from the air.",
        "Warplanes carried out air strikes on rebel positions, killing several fighters.",
        "A drone strike hit a car carrying militant commanders.",
        "Helicopter gunships raided villages held by insurgents.",
        "Jets bombed the town in an air raid overnight.",
    ),
    "Suicide bomb": (
        "Suicide bomb: an attacker blows himself up with an explosive vest or a car bomb, killing himself "
        "and others.",
        "A suicide bomber detonated his explosive vest at a crowded market.",
        "A suicide car bomb rammed into the gates of the military base.",
    ),
    "Shelling/artillery/missile attack": (
        "Shelling, artillery or missile attack: shells, mortars, rockets or missiles are fired from a "
        "distance at a place.",
        "Mortar shells fired by the militants landed on a residential neighbourhood.",
        "Rockets fired from across the border hit the town, wounding civilians.",
        "Artillery shelling of the city continued through the night.",
        "A ballistic missile struck an airport.",
    ),
    "Remote explosive/landmine/IED": (
        "Remote explosive, landmine or IED: a bomb, roadside device, car bomb or landmine explodes without "
        "a suicide attacker.",
        "A roadside bomb exploded as a military convoy passed, killing two soldiers.",
        "A landmine blast killed a farmer in his field.",
        "An improvised explosive device planted under a car went off in the city centre.",
    ),
    "Grenade": (
        "Grenade: an attacker throws a hand grenade at people or a building.",
        "Unknown men hurled a hand grenade into a crowded bar, wounding ten people.",
        "A grenade was thrown at a police station overnight.",
    ),
    # --- Violence against civilians -------------------------------------------------------------
    "Sexual violence": (
        "Sexual violence: armed men, soldiers or police rape or sexually assault women, girls or men.",
        "Soldiers raped women during the raid on the village, a rights group said.",
        "Militiamen were accused of sexual assault and molestation of girls at the camp.",
    ),
    "Attack": (
        "Attack on civilians: armed men or forces attack, shoot, stab, beat or kill unarmed civilians.",
        "Gunmen stormed the village and shot dead several farmers.",
        "Unidentified assailants killed a journalist outside his home.",
        "Armed men opened fire on passengers of a bus, killing five.",
        "Police beat and tortured a detainee who later died.",
    ),
    "Abduction/forced disappearance": (
        "Abduction or forced disappearance: people are kidnapped, taken hostage or made to disappear by "
        "armed groups or state forces.",
        "Gunmen kidnapped a businessman and his driver on the highway.",
        "Militants abducted dozens of schoolgirls from their dormitory.",
        "The activist disappeared after being taken away by security agents.",
    ),
    # --- Protests -------------------------------------------------------------------------------
    "Peaceful protest": (
        "Peaceful protest: demonstrators rally, march, strike or hold a sit-in without violence and "
        "without being dispersed.",
        "Thousands of people marched peacefully through the capital demanding the minister's resignation.",
        "Workers staged a sit-in outside the factory to protest unpaid wages.",
        "Students gathered in front of parliament holding banners against the new law.",
    ),
    "Protest with intervention": (
        "Protest with intervention: police or authorities break up a peaceful protest with tear gas, water "
        "cannon, batons or arrests.",
        "Police fired tear gas and water cannon to disperse the protesters.",
        "Officers detained dozens of demonstrators and broke up the rally.",
        "Riot police blocked the march and pushed the protesters back.",
    ),
    "Excessive force against protesters": (
        "Excessive force against protesters: security forces use lethal force, shooting and killing or "
        "seriously injuring peaceful demonstrators.",
        "Security forces opened fire on unarmed protesters, killing four people.",
        "Soldiers shot dead demonstrators with live ammunition during the march.",
        "Police fired live rounds at a peaceful march, killing a student.",
    ),
    # --- Riots ----------------------------------------------------------------------------------
    "Violent demonstration": (
        "Violent demonstration: protesters riot, throw stones or petrol bombs, burn tyres or vehicles, "
        "vandalise property or fight with the police.",
        "Rioters threw stones at police and set cars on fire during the protest.",
        "Demonstrators torched a police station and smashed shop windows.",
        "Protesters clashed with police and hurled petrol bombs.",
        "The protest turned violent when demonstrators fought the police and set vehicles alight.",
    ),
    "Mob violence": (
        "Mob violence: an angry crowd or mob attacks, lynches or beats people, outside an organised "
        "protest.",
        "An angry mob lynched a man suspected of theft.",
        "Villagers beat two men to death on suspicion of child abduction.",
        "A crowd attacked members of the other community with sticks and machetes.",
        "A mob attacked and killed a man accused of blasphemy before police arrived.",
    ),
    # --- Strategic developments -----------------------------------------------------------------
    "Agreement": (
        "Agreement: warring or political parties sign a peace deal or ceasefire, exchange prisoners, or "
        "fighters surrender under an agreement.",
        "The government and the rebels signed a ceasefire agreement.",
        "The two sides agreed to exchange prisoners as part of the peace deal.",
        "Hundreds of militants surrendered and laid down their arms to join the peace process.",
    ),
    "Arrests": (
        "Arrests: police or security forces arrest or detain people, especially political figures, "
        "activists or militants.",
        "Police arrested the opposition leader at his home.",
        "Security forces detained five suspected militants in a night raid.",
        "The journalist was placed under house arrest.",
    ),
    "Change to group/activity": (
        "Change to group or activity: an armed group or force is formed, merges, splits, mobilises, "
        "recruits fighters or changes its activity.",
        "A new militia was formed to defend the villages.",
        "Thousands of volunteers mobilised to join the armed forces.",
        "The two rebel factions announced they had merged under a single command.",
    ),
    "Disrupted weapons use": (
        "Disrupted weapons use: security forces seize, destroy or defuse weapons, ammunition or explosives, "
        "or intercept a bomb or missile before it causes harm.",
        "Police seized a cache of rifles, ammunition and explosives.",
        "The bomb squad defused an explosive device found near the school.",
        "Air defences intercepted a missile fired at the city.",
    ),
    "Headquarters or base established": (
        "Headquarters or base established: an armed group or force sets up a new base, camp or "
        "headquarters.",
        "The rebels set up a new headquarters in the town.",
        "The army established a military base near the border.",
    ),
    "Looting/property destruction": (
        "Looting or property destruction: armed men or groups loot, burn or destroy houses, shops or "
        "property.",
        "Armed men looted shops and set houses on fire in the village.",
        "Militias burned down homes and destroyed crops.",
        "Soldiers demolished the houses of the suspects' families.",
    ),
    "Non-violent transfer of territory": (
        "Non-violent transfer of territory: an armed group or the government takes over or hands over an "
        "area without fighting, after the other side withdraws.",
        "Government forces withdrew and handed the town over to the rebels without a fight.",
        "The militia took control of the city after the army pulled out peacefully.",
    ),
}

# News ACLED does not record; a sentence nearer one of these than to its allowed sub-types gets none.
NOT_ACLED_TEXTS: dict[str, tuple[str, ...]] = {
    "natural disaster": (
        "A natural disaster such as an earthquake, flood, storm, tsunami, landslide or drought kills "
        "people and damages buildings.",
        "Floods triggered by heavy rain killed twelve people and destroyed hundreds of homes.",
        "A strong earthquake struck the island, killing at least eight people.",
    ),
    "man-made disaster": (
        "An accident or man-made disaster: a plane crash, road accident, fire, industrial explosion, "
        "building collapse or chemical spill.",
        "A passenger plane crashed shortly after take-off, killing all on board.",
        "A gas explosion at a chemical factory killed five workers.",
        "A bus collided with a truck on the highway, killing ten people.",
    ),
    "diplomacy": (
        "Diplomacy: governments hold talks, cut or restore diplomatic ties, expel diplomats, make "
        "statements or urge other countries.",
        "The foreign minister met his counterpart to discuss trade and the border dispute.",
        "The country recalled its ambassador and expelled two diplomats.",
    ),
    "organised crime": (
        "Ordinary and organised crime: fraud, corruption, money laundering, drug trafficking or smuggling, "
        "and the police investigations into them.",
        "Police are investigating the company's managers for money laundering and bribery.",
        "Customs officers found cocaine hidden in a shipment of bananas.",
        "Armed robbers killed a shopkeeper and fled with the cash.",
    ),
    "attribution": (
        "A group claims responsibility for an attack, or officials blame someone for it.",
        "The militant group claimed responsibility for the bombing in a statement.",
        "Officials blamed the rebels for last week's attack on the convoy.",
    ),
}
