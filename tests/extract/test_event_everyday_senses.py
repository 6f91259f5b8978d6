"""Everyday senses of event words in ordinary news (business, sport, health, accidents, courts) name no
event, while the political senses of the same words still do. The sentences are our own, written for
these tests (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from newsledger.records import Event
from tests.extract.event_helpers import event_on, parsed_events


def _events(nlp, text: str) -> tuple[Event, ...]:  # type: ignore[no-untyped-def]
    return parsed_events(nlp, text)[1]


@pytest.mark.parametrize(
    "text",
    [
        # fighting with no party on the other side
        "The singer has been fighting bone cancer for two years.",
        "The council is fighting a losing battle against litter in the town centre.",
        "Her parents fought to keep the family farm after the bank called in the loan.",
        "Delivery firms are battling for market share in the suburbs.",
        "The two chefs battle it out in the final round.",
        # showing, refusing to say, asking not to be named
        "The carmaker demonstrated its new electric van to dealers in Munich.",
        "A spokeswoman for the hospital declined to comment on the case.",
        "The official, who refused to be named, said the figures were wrong.",
        "Two staff members requested anonymity because they were not allowed to speak to reporters.",
        # opinions, names, texts and pleas
        "Both coaches agreed the pitch was in poor condition.",
        "She runs a charity called Action for Rural Schools.",
        "The plan calls for 300 new homes on the site of the old brewery.",
        "The former bank manager pleaded not guilty to fraud at the crown court.",
        # markets and sport
        "Demand for second-hand cars fell sharply in the spring.",
        "The brewer is struggling to meet customer demand for its pale ale.",
        "Oil prices retreated from a six-week high on Friday.",
        "The pound surrendered its early gains against the dollar.",
        "The grocer beat analysts' expectations for quarterly profit.",
        "City were beaten 3-1 at home on Saturday.",
        "The sequel bombed at the box office.",
        "The company is killing off its photo-sharing app.",
        # accidents and nature
        "A coach carrying pensioners overturned on the motorway, killing two passengers.",
        "Three people were killed when a minibus plunged into a river.",
        "A powerful storm threatens the coast with heavy rain.",
        "Hailstones smashed car windscreens across the county.",
        "Locusts invaded farmland across the region.",
        "Farmers battled a plague of locusts that stripped crops across the valley.",
        "The mayor wound up his speech after an hour.",
        "The senator, who hails from a farming family, voted for the bill.",
        # politics without events: polls, debates, campaign rallies
        "The poll found the governor would beat the senator in a head-to-head race.",
        "The two candidates clashed at Tuesday's televised debate over taxes.",
        "The author will discuss his new memoir on the programme tonight.",
        "The senator addressed a campaign rally in Ohio before the primary.",
        "The couple have visited the restaurant several times.",
        "She greeted 2,000 supporters at a rowdy rally in Houston before the primary.",
        "The governor is now assured of winning at least 300 delegates.",
        "Cheers erupted when Texas was called for Ted Cruz.",
        "Both sources spoke because they were not authorized to discuss the talks publicly.",
        "In the poll, 48 percent agreed and 44 percent disagreed.",
        # other papers, other pages
        "The naira took another beating at the parallel market on Monday.",
        "The cooperative bank mobilised deposits of 2,300 crore in the last fiscal.",
        "The team will battle Samoa for ninth place on Sunday.",
        "The actor was besieged by fans at the airport.",
        "Dengue cases shot up in the city this week.",
        "Two labourers were buried alive when a trench caved in at a building site.",
        "The meteorological department warned of heavy rain across the coast.",
        "Cyclone Chido killed at least 94 people in the province.",
        "Firecrackers exploded over the harbour as the community celebrated Diwali.",
        "The police team stormed to the kabaddi title at the national games.",
        "The president pardoned the Thanksgiving turkey on Wednesday.",
        "The driver must take control of the vehicle when the system asks.",
        "Two milligrams of fentanyl is enough to kill an adult.",
        "The school did not sanction the event.",
        "The Ranji Trophy clash between Mumbai and Baroda ended in a tame draw.",
        # sport, home and inboxes
        "The striker's attack on goal in the 89th minute sealed the win.",
        "The visitors conceded three goals in the second half.",
        "He raided the fridge for leftovers after his shift.",
        "Since the article went viral, the author has been bombarded with emails.",
        "The FTSE 100 retreated 0.8 percent in early trading.",
        "The hit musical has stormed the box office.",
        # camps, head offices, mergers and recruits outside war
        "Climate activists set up camp on the lawn outside parliament.",
        "The charity set up relief camps for families who lost their homes.",
        "The software firm opened its new headquarters in Dublin on Monday.",
        "Shareholders of both banks approved the merger on Thursday.",
        "The two airlines formed an alliance to share routes across the Atlantic.",
        "The museum enlisted the help of a retired curator to date the paintings.",
        "He enlisted in the navy at the age of eighteen.",
        "The painting was taken from the museum in 1990.",
        "The boy was taken from school by his father.",
    ],
)
def test_everyday_senses_name_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert not events, [(e.type, text[e.trigger[0]:e.trigger[1]]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Government troops fought the rebels near the border.", "fought", "ASSAULT"),
        ("Troops fought to retake the town from the militia.", "fought", "ASSAULT"),
        ("Thousands demonstrated outside parliament against the new law.", "demonstrated", "PROTEST"),
        ("The rebels refused to hand over their weapons.", "refused", "REJECT"),
        ("The two sides agreed that the talks should resume in March.", "agreed", "AGREE"),
        ("The UN resolution calls for an immediate ceasefire.", "calls", "REQUEST"),
        ("The union's demand for a pay rise was rejected.", "demand", "REQUEST"),
        ("The government agreed to meet the demands of the striking nurses.", "meet", "AGREE"),
        ("Rebels shelled the market in the town centre.", "shelled", "ASSAULT"),
        ("A truck rammed into the crowd, killing ten people.", "killing", "ASSAULT"),
        ("The helicopter crashed after it was hit by a missile, killing the crew.", "missile", "ASSAULT"),
        ("Navy SEALs killed the militant leader in a raid.", "killed", "ASSAULT"),
        ("Government troops withdrew from their positions near the border.", "withdrew", "RETREAT"),
        ("The minister said Iran must stop enriching uranium.", "said", "REQUEST"),
        ("Teachers walked out on Wednesday over plans to lengthen the school day.", "walked", "PROTEST"),
        ("The delegation walked out of the talks in Geneva.", "walked", "SANCTION"),
        ("The regulator fined the bank 28 million pounds for misleading customers.", "fined", "COERCE"),
        ("Internet access was cut in the province as fighting spreads.", "fighting", "ASSAULT"),
        ("Turkey backs some of the rebel groups fighting to topple the president.", "fighting", "ASSAULT"),
        ("The army's lightning offensive drove thousands out of the enclave.", "drove", "ASSAULT"),
        ("The army could be called out to help the civil administration.", "called", "MOBILIZE"),
        ("Customs officers seized 40,000 counterfeit cigarettes at the port.", "seized", "COERCE"),
        ("Fans threw bottles and flares at police after the final whistle.", "threw", "ASSAULT"),
        ("Security forces beat civilians during the election unrest.", "beat", "ASSAULT"),
        ("A man attacked the MP with a knife outside his office.", "attacked", "ASSAULT"),
        ("Thousands held a rally in the capital against the new law.", "rally", "PROTEST"),
        ("The two leaders discussed trade with their ministers in Beijing.", "discussed", "CONSULT"),
        # words, not force: a verbal attack is an accusation
        ("The senator attacked the governor for failing to enforce the court order.", "attacked", "ACCUSE"),
        ("The candidate spent the last day of the campaign attacking a rival.", "attacking", "ACCUSE"),
        ("The governor strongly attacked the senator's proposal to ban the books.", "attacked", "ACCUSE"),
        ("The EU sanctioned five Russian officials on Monday.", "sanctioned", "SANCTION"),
        ("The rebels took control of the town after a week of fighting.", "control", "ASSAULT"),
        ("The final clashes between troops and rebels left twelve dead.", "clashes", "ASSAULT"),
        ("The senator called out his rival for his remarks on immigrants.", "called", "ACCUSE"),
        ("Jihadist fighters set up a camp in the forest near the border.", "set", "MOBILIZE"),
        ("The rebels installed their headquarters in the town hall.", "installed", "MOBILIZE"),
        ("Russia opened a naval base on the coast.", "opened", "MOBILIZE"),
        ("Two rebel factions announced their merger on Sunday.", "merger", "COOPERATE"),
        ("The militia enlisted hundreds of boys from the villages.", "enlisted", "MOBILIZE"),
        ("A lawyer was taken from his office by masked men and has not been seen since.", "taken", "ASSAULT"),
    ],
)
def test_political_senses_stay(nlp, text: str, trigger: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert any(text[e.trigger[0]:e.trigger[1]] == trigger and e.type == expected for e in events), \
        [(e.type, text[e.trigger[0]:e.trigger[1]]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # the bombings took place: the modal is about what they will not cause
        ("These bombings will not cause America to retreat, she said.", "bombings", "reported"),
        ("The government offered condolences to the families of the victims.", "condolences", "asserted"),
        # the threat of a strike, made when the union warns
        ("A general strike would cripple the port, the union warned.", "strike", "asserted"),
    ],
)
def test_modality_of_event_nouns(nlp, text: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, trigger).modality == modality


def test_withdrawing_from_a_stance_is_no_transfer_of_territory(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The department retreated from its position in the discrimination case.")
    assert all(e.acled is None for e in events)
