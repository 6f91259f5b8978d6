"""Recall of the rarer, mostly non-violent PLOVER types (AID, CONCEDE, CONSULT, COOPERATE, MOBILIZE,
RETREAT, SANCTION, SUPPORT, REJECT) and the look-alikes that must stay silent. The sentences are our
own, written for these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import main_event_of as _main
from tests.extract.event_helpers import parsed_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AID: goods, money, refuge handed to someone
        ("The embassy handed over 5,000 tonnes of maize to the relief agency.", "AID"),
        ("Oman deposited 200 million dollars in Yemen's central bank.", "AID"),
        ("The Asian Development Bank approved a 90 million dollar loan for Laos.", "AID"),
        ("The fund released a 300 million dollar tranche to Ghana on Friday.", "AID"),
        ("Norway supplied the coast guard with patrol boats, radios and training.", "AID"),
        ("Canada delivered a batch of armoured vehicles to the Ukrainian army.", "AID"),
        ("The consulate gave refuge to six dissidents fleeing arrest.", "AID"),
        # CONCEDE / RETREAT: restrictions eased, people and property returned, access allowed
        ("The regulator restored the licence of the opposition broadcaster.", "CONCEDE"),
        ("The interior ministry lifted the obstacles to the return of displaced families.", "CONCEDE"),
        ("The rebels withdrew their demand for a new constitution before talks.", "CONCEDE"),
        ("The cabinet withdrew the disputed mining ordinance after months of protests.", "CONCEDE"),
        ("The museum returned 300 looted antiquities to Cambodia.", "RETREAT"),
        ("The junta let the monitors into the northern province on Tuesday.", "RETREAT"),
        ("The inspectors were granted access to the reactor site.", "RETREAT"),
        # CONSULT
        ("Negotiators from both sides sat down for talks in Geneva.", "CONSULT"),
        ("The former president chaired a new round of talks between the factions.", "CONSULT"),
        ("Leaders of the bloc gathered in Nairobi for a summit on the crisis.", "CONSULT"),
        ("The foreign minister was received by King Abdullah in Amman.", "CONSULT"),
        # COOPERATE
        ("Kenyan and Ugandan police launched a joint operation against cattle rustlers.", "COOPERATE"),
        ("The two navies began coordinated patrols in the gulf.", "COOPERATE"),
        ("The two countries resumed direct flights after a decade.", "COOPERATE"),
        ("The court transferred the suspect to the tribunal in The Hague.", "COOPERATE"),
        ("French prosecutors sent bank records to their Senegalese counterparts.", "COOPERATE"),
        ("Laos began exporting electricity to Thailand through a new line.", "COOPERATE"),
        # PLOVER: a rescue by police or soldiers is aid; a release by the captors a retreat
        ("Police in Lyon freed nine women held by a trafficking gang.", "AID"),
        ("Marines boarded the ship and freed the crew held by pirates.", "AID"),
        ("The kidnappers freed the two engineers on Sunday.", "RETREAT"),
        # leaving an organisation or a treaty reduces relations; troops leaving a place retreat
        ("Ghana withdrew from the regional grouping in protest.", "SANCTION"),
        ("Washington withdrew from the arms control treaty.", "SANCTION"),
        ("Russian troops withdrew from the town overnight.", "RETREAT"),
        # visa, travel and trade curbs on another state's people are sanctions; a court-ordered payment too
        ("Canada imposed visa restrictions on officials of the junta.", "SANCTION"),
        ("A tribunal ordered the state oil company to pay $40 million in damages to the fishermen.", "SANCTION"),
        # refusing an act, and protesters taking a place
        ("The museum declined to return the bronzes to Nigeria.", "REJECT"),
        ("The chancellor ruled out sending combat troops to the region.", "REJECT"),
        ("Tens of thousands of protesters filled the main square of the capital.", "PROTEST"),
        ("Protesters camped outside parliament for a week.", "PROTEST"),
        # two sides meeting consult
        ("Delegates of the two Sudans held a meeting in Juba on Monday.", "CONSULT"),
        ("Armenian and Azerbaijani officials held a series of meetings in Vienna.", "CONSULT"),
        # two parties opening an exchange, or holding manoeuvres together, cooperate (not concede or mobilise)
        ("Armenia and Georgia reopened the Sadakhlo border crossing to freight on Monday.", "COOPERATE"),
        ("Kenya and Tanzania inaugurated a ferry service across Lake Victoria.", "COOPERATE"),
        ("Greek and Cypriot border guards began jointly screening arrivals at the port.", "COOPERATE"),
        ("Egypt and Greece launched their annual Medusa naval exercise on Sunday.", "COOPERATE"),
        ("The Kenyan army began a field exercise with the British Army near Nanyuki.", "COOPERATE"),
        # MOBILIZE
        ("Armenia raised the combat readiness of its border units.", "MOBILIZE"),
        ("The navy was placed on high alert after the incident.", "MOBILIZE"),
        ("Pakistan moved two divisions toward the border over the weekend.", "MOBILIZE"),
        ("The government activated the national guard in three provinces.", "MOBILIZE"),
        ("Israel called up 10,000 reservists on Sunday.", "MOBILIZE"),
        ("The ministry dispatched a flotilla of gunboats to the disputed islands.", "MOBILIZE"),
        # SANCTION
        ("Beijing banned imports of timber from the neighbouring country.", "SANCTION"),
        ("The regional bloc suspended Mali from all its bodies.", "SANCTION"),
        ("The bank paused new lending to the government over the law.", "SANCTION"),
        ("Moscow halted gas deliveries to its neighbour on Monday.", "SANCTION"),
        ("The mission pulled its observers out of the region.", "SANCTION"),
        # SUPPORT
        ("The party threw its weight behind the reform plan.", "SUPPORT"),
        ("The senator came to the defence of the embattled minister.", "SUPPORT"),
        ("The union voiced its backing for the striking nurses.", "SUPPORT"),
        pytest.param("The prime minister rallied his allies behind the budget.", "SUPPORT",
                     marks=pytest.mark.xfail(strict=True, reason="the parse hangs 'behind' on 'allies', not on "
                                                                 "'rallied', so it reads as a rally")),
        ("Paris recognised the council as the country's legitimate government.", "SUPPORT"),
        # REJECT
        ("The president ruled out talks with the armed groups.", "REJECT"),
        ("The authorities barred the delegation from entering the country.", "REJECT"),
        # ACCUSE
        ("The state filed a suit against its neighbour at the world court.", "ACCUSE"),
        ("Islamabad summoned the envoy to lodge a protest over the killings.", "ACCUSE"),
        # Terse wire leads
        ("UNICEF flew 12 tonnes of medical supplies into the capital on Thursday.", "AID"),
        ("Army helicopters dropped food packets to villagers cut off by the floods.", "AID"),
        ("Italian investigators gave the prosecutors evidence on the shipments.", "COOPERATE"),
        ("The king played host to the rebel leader in Amman on Wednesday.", "CONSULT"),
        ("NATO put its warplanes on standby for possible strikes.", "MOBILIZE"),
        ("The guerrillas halted attacks on Monday under a Christmas truce.", "RETREAT"),
        ("The agency stopped arms deliveries to the government.", "SANCTION"),
        ("The government ordered the relief agencies out of the province.", "SANCTION"),
        ("The leader sent a message of solidarity to the strikers.", "SUPPORT"),
        # Regional and long wire copy
        ("The state government released Rs 40 crore to families hit by the floods.", "AID"),
        ("The navy ferried drinking water and medicine to the stranded islanders.", "AID"),
        ("The rebels handed over their heavy weapons to the monitors.", "RETREAT"),
        ("The union held a third round of talks with the ministry on Friday.", "CONSULT"),
        ("The prime minister called on the Emir at his palace in Doha.", "CONSULT"),
        ("Islamabad warned Kabul that it would strike the camps across the border.", "THREATEN"),
        ("The two countries reestablished diplomatic relations after a decade.", "SUPPORT"),
        pytest.param("The two countries re-established diplomatic relations after a decade.", "SUPPORT",
                     marks=pytest.mark.xfail(strict=True, reason="the tokenizer splits 're-established' at the "
                                                                 "hyphen and the parse loses the verb")),
        ("The party quit the ruling coalition over the farm laws.", "SANCTION"),
        ("The board paused disbursements to the government after the coup.", "SANCTION"),
        ("Tribal fighters vacated their bunkers along the road as the truce held.", "RETREAT"),
        ("Brazilian prosecutors shared bank records with their Peruvian counterparts.", "COOPERATE"),
        # joint activities, access through a small clause, weapons provided
        ("Kenya and Somalia opened a joint border post near Mandera on Monday.", "COOPERATE"),
        ("India and France launched joint air force exercises in Jodhpur on Monday.", "COOPERATE"),
        ("The government allowed Red Cross delegates to visit the detention camps.", "RETREAT"),
        ("Sudan allowed UN peacekeepers to enter the disputed town.", "RETREAT"),
        ("Britain provided Ukraine with long-range missiles and drones.", "AID"),
        ("Qatar sent two planes loaded with food and medicine to Gaza on Sunday.", "AID"),
        ("The UN trucked flour and blankets into the besieged city.", "AID"),
    ],
)
def test_type_of_the_main_event(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == expected, (text, event)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor will hold a press conference at noon.",
        "The firm is a joint venture partner of the state oil company.",
        "Doctors ruled out his brother as a donor.",
        "He had called in sick for three days.",
        "Workers were not allowed to switch jobs without approval.",
        "Cholera has killed more than 300 people in the camps.",
        "Landslides blocked the main highway for a third day.",
        "He copied other people's work without giving credit.",
        "She tipped police off that a body was buried in the basement.",
        "The owner had traded on inside information from an employee.",
        "Officers now claim to be defending California from criminals.",
        "It seems unlikely that he will be dislodged at the next election.",
        "The company allowed staff to work from home on Fridays.",
        "The two universities run a joint degree programme in law.",
        "The board held a meeting on Tuesday.",  # one body meeting consults no one
        "The spokesman declined to comment on the report.",
        "The ministry declined to make the general available for an interview.",
        "Investigators ruled out foul play.",
        "Oil prices declined for a third day.",
        "The university conferred 400 degrees at its convocation.",
        "The carmaker launched a marketing offensive against its rivals.",
        "The judge ordered the company to pay its workers' wages.",
        "He sent a van loaded with furniture to his new flat.",
    ],
)
def test_look_alikes_stay_silent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is None or event.type not in ("CONSULT", "COOPERATE", "REJECT", "REQUEST", "ASSAULT",
                                               "PROTEST", "AID", "THREATEN"), (text, event)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey reopened its border with Armenia on Monday.", "CONCEDE"),  # one side opens to the other
        ("The Egyptian army began a large military exercise near the border.", "MOBILIZE"),  # alone: a show of force
    ],
)
def test_one_sided_openings_and_exercises_keep_their_types(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == expected, (text, event)


@pytest.mark.parametrize(
    ("text", "second", "target"),
    [
        # PLOVER lists both sides of a mutual act as its actor, with no recipient ...
        ("Kenya and Tanzania inaugurated a ferry service across Lake Victoria.", "Tanzania", None),
        ("Spanish and Moroccan police exchanged intelligence on smuggling rings.", "Moroccan", None),
        # ... unless "with" names the other side
        ("Colombia and Peru cooperated with Interpol on the case.", "Peru", "Interpol"),
    ],
)
def test_a_mutual_act_has_no_recipient_but_its_partner(nlp, text: str, second: str,  # type: ignore[no-untyped-def]
                                                       target: str | None) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == "COOPERATE" and event.actor is not None, (text, event)
    assert (event.target.text if event.target else None) == target
    assert any(second in side.text for side in (event.actor, *event.co_actors)), "both sides act"


def test_what_is_imposed_is_not_a_second_event(nlp) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, "Canada imposed visa restrictions on officials of the junta.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "discontinue")]


def test_a_date_is_not_the_verb_particle(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "called ... on Sunday" is no appeal ("called on"): the date only says when."""
    event = _main(nlp, "The ministry called the ambassador on Sunday.")
    assert event is None or event.type != "REQUEST"


def test_without_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    doc, events = parsed_events(nlp, "The troops left without firing a shot.")
    firing = [e for e in events if doc.text[e.trigger[0]:e.trigger[1]] == "firing"]
    assert firing and all(e.negated for e in firing)


@pytest.mark.parametrize(
    "text",
    [
        "The UN called on both sides to respect the truce.",
        "The IMF warned that it would be a difficult year for exporters.",
    ],
)
def test_appeals_and_forecasts_keep_their_types(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is None or event.type not in ("CONSULT", "THREATEN"), (text, event)
