"""Blame laid on another without the word "accuse" (PLOVER ACCUSE, CAMEO 112), and other wording the lexicon had
missed: hostile vows, forces sent to a border, weapons sent to an ally, positions evacuated. The sentences are our
own, written for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Kenya held al-Shabaab responsible for the bombing of the hotel.", "held", "Kenya", "al-Shabaab"),
        ("The ministry said Hamas was responsible for the rocket attacks.", "said", "The ministry", "Hamas"),
        ("Officials said the militia was to blame for the massacre.", "said", "Officials", "the militia"),
        ("Police said a criminal gang was behind the kidnapping.", "said", "Police", "a criminal gang"),
        ("The opposition charged that soldiers had tortured detainees.", "charged", "The opposition", "soldiers"),
        ("HRW said Russia's shelling of Kharkiv amounted to a war crime.", "said", "HRW", "Russia"),
    ],
)
def test_blame_laid_on_another_is_an_accusation(nlp, text: str, trigger: str, actor: str,  # type: ignore[no-untyped-def]
                                                target: str) -> None:
    event = event_on(nlp, text, trigger)
    assert event.type == "ACCUSE", (text, event)
    assert event.actor is not None and event.actor.text == actor
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    "text",
    [
        "The group said it was responsible for the attack.",  # a claim of one's own deed
        "The minister said Russia was not responsible for the crash of the airliner.",  # a denial
        "The council said the county was responsible for repairing the bridge.",  # a duty, not a harm
        "Analysts said high prices were behind the rise in inflation.",  # a cause, not a harm
        "Experts said the new rule was not a violation of the treaty.",  # denied
        "The spokesman declined to say whether the raid was a violation of the truce.",  # no blame laid
    ],
)
def test_claims_denials_and_duties_are_no_accusations(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if e.type == "ACCUSE"], (text, events)


def test_the_blamed_party_is_not_also_a_blamer(nlp) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, "The army said the rebels were to blame for the ambush.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert len(accusations) == 1 and accusations[0].actor is not None
    assert accusations[0].actor.text == "The army"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The president vowed to crush the insurgents in the north.", "THREATEN"),
        ("The general swore to wipe out the gangs within a year.", "THREATEN"),
        ("Tehran pledged to retaliate against any strike on its territory.", "THREATEN"),
        ("The rebels promised to release the hostages.", "AGREE"),  # a promise of a concession stays one
        ("The army sent troops to the border with Sudan.", "MOBILIZE"),
        ("More police were sent to the capital after the riots.", "MOBILIZE"),
        ("Paris sent troops to Chad at the government's request.", "AID"),  # forces given to another state
        ("Poland sent ammunition and air defence systems to Kyiv.", "AID"),
        ("Spain dispatched rescue teams to the flooded region.", "AID"),
        ("The separatists evacuated their positions near the airport.", "RETREAT"),
        ("The navy returned the seized fishing boat to Ghana.", "RETREAT"),
        ("The government dismissed the allegations as politically motivated.", "REJECT"),
        ("Chile and Peru set up a joint commission on migration.", "COOPERATE"),
        ("Moscow stood by its ally in Damascus throughout the war.", "SUPPORT"),
        ("The senator defended Israel's right to respond.", "SUPPORT"),
        ("The cabinet suspended the fuel tax after a week of strikes.", "CONCEDE"),
        ("The Commonwealth suspended Fiji after the coup.", "SANCTION"),
        ("Norway froze funding for the programme over corruption fears.", "SANCTION"),
        ("Jordan took in hundreds of thousands of Syrian refugees.", "AID"),
        ("The Gulf state funded the reconstruction of the mosque.", "AID"),
        ("The junta expelled three foreign correspondents.", "COERCE"),
        ("The coast guard turned back two boats carrying migrants.", "COERCE"),
        ("The jihadists moved their headquarters to a village near the border.", "MOBILIZE"),
        ("Raiders burned down the clinic and two schools.", "ASSAULT"),
        ("The blogger has been held without charge since June.", "COERCE"),
        ("Armenia handed over Kelbajar to Azerbaijan.", "RETREAT"),  # ground given up
        ("The militia ceded the airport to government forces.", "RETREAT"),
        ("Italy handed over the suspects to Germany.", "COOPERATE"),  # people handed over to justice are not ground
        ("Tehran freed three Frenchmen held on spying charges.", "RETREAT"),
        ("Berlin supplied the Kurds with rifles and anti-tank weapons.", "AID"),
        ("The EU gave Jordan 200 million euros for refugee schooling.", "AID"),
        ("Aid groups set up field clinics for the flood victims.", "AID"),
        ("The opposition cried foul over the count.", "ACCUSE"),
        ("Students chained themselves to the gates of the ministry.", "PROTEST"),
        ("The assembly voted against the budget.", "REJECT"),
        ("The generals suspended the constitution and dissolved parliament.", "COERCE"),
        ("The fund cut off lending to the junta.", "SANCTION"),
        ("The ministry described the new sanctions as illegal.", "ACCUSE"),  # condemned by a label
        ("The opposition leader branded the governor a thief.", "ACCUSE"),
        ("The embassy described the report as baseless.", "REJECT"),  # a claim labelled false
        ("Farmers blockaded the highway with their tractors.", "PROTEST"),  # civilians obstruct
        ("Students occupied the rector's office for two days.", "PROTEST"),
        ("Riot police cleared the protest camp in the main square.", "COERCE"),
        ("The mayor abandoned the reform after a week of protests.", "CONCEDE"),
        ("The party pulled out of the coalition government.", "SANCTION"),
        ("The donors halted budget support to the government.", "SANCTION"),
        ("The ruling party accepted the opposition's conditions.", "CONCEDE"),
        ("The rights chief voiced outrage over the executions.", "ACCUSE"),
        ("The new government reinstated the dismissed judges.", "CONCEDE"),
        ("The city scrapped the congestion charges after a month.", "CONCEDE"),
        ("The ministry eased the visa rules for aid workers.", "CONCEDE"),
        ("Washington ended funding for the refugee agency.", "SANCTION"),
        ("The Netherlands suspended arms export licences to the kingdom.", "SANCTION"),
        ("The separatists quit the negotiations in Geneva.", "SANCTION"),
        ("The militia vowed to avenge the death of its commander.", "THREATEN"),
        ("Brazil and Peru opened a joint inquiry into the massacre.", "COOPERATE"),
    ],
)
def test_wording_the_lexicon_had_missed(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    main = _main(nlp, text)
    assert main is not None and main.type == type_, (text, parsed_events(nlp, text)[1])


@pytest.mark.parametrize(
    "text",
    [
        "Mothers held a candlelight vigil outside the prison on Sunday.",  # no one is held
        "Officials fear the fishing boats will return to the disputed waters.",  # boats are not returned
        "Investigators believe a faulty cable was to blame for the fire.",  # no one blames
        "The donors gave $2,700 each to the senator's campaign.",  # a donation, not aid
        "The coach described the final as a war of nerves.",  # a label, but no wrong
        "They called the summit a success.",
    ],
)
def test_look_alikes_name_no_such_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if e.type in ("COERCE", "RETREAT", "ACCUSE", "AID")], (text, events)


@pytest.mark.parametrize(
    ("text", "harm", "doer"),
    [
        ("Kenya held al-Shabaab responsible for the bombing of the hotel.", "bombing", "al-Shabaab"),
        ("Officials said the militia was to blame for the massacre.", "massacre", "the militia"),
        ("The coalition said Houthi rebels were behind the drone strike.", "strike", "Houthi rebels"),
        ("The Islamic State group said it was responsible for the bombing.", "bombing", "The Islamic State group"),
        ("The group, which was behind the attack on the embassy, has been banned.", "attack", "The group"),
    ],
)
def test_the_blamed_is_the_doer_of_the_harm(nlp, text: str, harm: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, harm)
    assert event.actor is not None and event.actor.text == doer, (text, event)


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("The minister said Russia was not responsible for the attack on the convoy.", "attack"),  # denied
        ("Half of those polled held heated rhetoric responsible for the shooting at the clinic.", "shooting"),
    ],
)
def test_blame_denied_or_laid_on_a_thing_names_no_doer(nlp, text: str, harm: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, harm).actor is None


@pytest.mark.parametrize("text", ["The rebels vowed to stop attacks on civilians.",
                                  "The clans signed a pact pledging to end revenge attacks."])
def test_a_vow_to_stop_attacking_is_no_threat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if e.type == "THREATEN"], (text, events)
