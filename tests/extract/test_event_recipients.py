"""Whom an act falls on in wire leads the nineteenth pass found wrong, and the types those leads named: the people
a vehicle carried, the side a town is taken from, whom a gift is to help, the party a protest is staged against,
envoys ordered out, a blockade lifted, prisoners released, a state warned off. The sentences are our own, written
for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import extract_events
from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the people in a vehicle attacked, not the vehicle
        ("Gunmen ambushed a bus carrying Israeli settlers near Hebron on Monday.", "ambushed", "Israeli settlers"),
        ("Soldiers opened fire on a boat carrying villagers on the river.", "fire", "villagers"),
        # a town retaken is taken from someone
        ("Government forces recaptured the diamond town of Cafunfo from UNITA rebels on Sunday.", "recaptured",
         "UNITA rebels"),
        ("Rebels seized the town of Goma from government troops.", "seized", "government troops"),
        # whom a gift or a pledge of money is to help; a sum given to no one named has no recipient
        ("Saudi Arabia donated $10 million on Sunday to help Bosnian Muslim refugees.", "donated",
         "Bosnian Muslim refugees"),
        ("Japan offered $30 billion in credit to help Asian economies hit by the crisis.", "offered",
         "Asian economies"),
        ("The donors responded by providing nearly $500 million in aid.", "providing", None),
        # who is not let in is refused
        ("The government refused on Wednesday to allow Norwegian mediators to meet the rebel leaders.", "refused",
         "Norwegian mediators"),
        # a protest's purpose names whom it is against better than the flags it burns
        ("Protesters burned American flags outside the embassy on Saturday to denounce NATO air strikes on Serbia.",
         "burned", "NATO"),
        ("Protesters burned American flags outside the embassy on Saturday.", "burned", "American"),
        # a protest against an arrest is not against the arrested
        ("Several hundred Kurds occupied the Greek embassy to protest against the arrest of rebel leader Abdullah "
         "Ocalan.", "protest", "the arrest"),
        # "by" misattached to what was attacked still names the attackers
        ("Doctors walked off the job on Wednesday to protest attacks on hospitals by security forces.", "walked",
         "security forces"),
        # envoys ordered out, not the country they leave
        ("The junta ordered the U.N. peacekeeping mission to leave the country without delay.", "ordered",
         "the U.N. peacekeeping mission"),
        # a weapon fired in numbers is still the means
        ("Hezbollah fired dozens of rockets at northern Israel on Saturday.", "fired", "northern Israel"),
        # the parser makes the detained the subject of a clause
        ("Police detained more than 200 farmers marching towards the capital on Tuesday.", "detained",
         "more than 200 farmers"),
        # an act condemned with no doer named: the act, not those it was done to
        ("Amnesty condemned the execution of three political prisoners in Iran.", "condemned", "the execution"),
        ("Police condemned the killing of the officer by gunmen.", "condemned", "gunmen"),
        # a border "with" a state, misattached to the verb
        ("Iraq deployed troops along its border with Kuwait on Sunday.", "deployed", "Kuwait"),
        # welcoming an act welcomes its doer
        ("The United States welcomed the release of two American citizens by Venezuela on Saturday.", "welcomed",
         "Venezuela"),
        # a ban on a thing the tagger reads as a noun, and a cordon's "of"
        ("The government lifted a ban on the social media platform X on Monday.", "lifted",
         "the social media platform X"),
        ("The army lifted the blockade of the rebel-held town.", "lifted", "the rebel-held town"),
        # the other side of a dispute settled
        ("Denmark accepted a compromise to settle its dispute with Norway over fishing rights.", "accepted", "Norway"),
        # a kind of place keeps its name
        ("Ethiopian troops withdrew from the Somali border town of Beledweyne on Tuesday.", "withdrew",
         "the Somali border town of Beledweyne"),
        # the two sides of a treaty act together: a place or a word of what they set up is no third party
        ("Russia and Ukraine signed an agreement in Moscow on Friday.", "signed", None),
        ("France and Germany agreed on Monday to set up a joint army corps.", "agreed", None),
        ("Britain and France agreed to impose sanctions on Iran.", "agreed", "Iran"),
        # misparsed: where a rally is, not whom it is against
        ("Thousands of Georgians rallied outside parliament in Tbilisi on Sunday.", "rallied", None),
        # what a protest blocks is no party it is against
        ("Farmers blocked border crossings with Bulgaria on Tuesday.", "blocked", "border crossings"),
        # police deployed "in force" are deployed in numbers, not to a force; police sent to a place named
        # have it as recipient, and with none named stay the target (the police acting)
        ("Riot police were deployed in force around parliament.", "deployed", None),
        ("Kenya pledged on Tuesday to deploy 1,000 police officers to Haiti.", "pledged", "Haiti"),
        ("The state government was prompt in deploying police in the district.", "deploying", "police"),
    ],
)
def test_whom_the_act_falls_on(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert (event.target.text if event.target else None) == target, event


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The government released 40 communist rebels on Monday as a goodwill gesture.", "RETREAT"),
        ("Iran released a British businessman on Tuesday after five years.", "RETREAT"),
        ("The Armenian government called off a planned offensive against Azerbaijani positions.", "RETREAT"),
        ("Azerbaijan lifted its blockade of Armenia on Monday.", "RETREAT"),
        ("Denmark accepted a compromise to settle its dispute with Norway.", "AGREE"),
        ("Mexico offered on Monday to mediate between the government and the guerrillas.", "AGREE"),
        ("Japan will provide $200 million in emergency loans to Thailand.", "AGREE"),
        ("Several hundred Kurds occupied the Greek embassy to protest against the arrest of their leader.", "PROTEST"),
        ("China warned Taiwan against any move towards formal independence.", "THREATEN"),
        ("North Korea warned Japan that any sanctions would mean war.", "THREATEN"),
        ("The Arab League backed Syria in its dispute with Turkey.", "SUPPORT"),
        ("The military government eased press censorship on Wednesday.", "CONCEDE"),
        ("The Taliban barred women from working for aid agencies.", "COERCE"),
        # a state's blockade coerces; rebels or farmers who block a road obstruct in protest
        ("The army blocked roads into the city on Sunday.", "COERCE"),
        ("Government forces blocked the highway to the port.", "COERCE"),
        ("Rebel forces blocked the highway to the port.", "PROTEST"),
        ("Farmers blocked border crossings with Bulgaria to demand lower fuel costs.", "PROTEST"),
        ("Kosovo police closed four Serbian-run bank branches on Wednesday.", "COERCE"),
        ("The regime stripped 94 opposition figures of their citizenship.", "COERCE"),
        ("Armenia recognised the jurisdiction of the International Criminal Court.", "SUPPORT"),
        ("The president put the army on its highest state of alert.", "MOBILIZE"),
        ("The government ordered the closure of the newspaper's local bureau.", "COERCE"),
    ],
)
def test_type_of_the_main_event(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == type_, (text, event)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a warning that advises, and one against an act, are no threat
        ("UN experts warned against the recruitment of prisoners by Wagner.", "warned"),
        ("Health officials warned residents against swimming in the lake.", "warned"),
    ],
)
def test_a_warning_that_is_no_threat(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, trigger).type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The cargo ship ran aground and is blocking the main channel into the port.", "blocking"),
        # a forecast names no one warned
        ("The IMF warned that it would be a difficult year for exporters.", "warned"),
        ("The newspaper's release of the report angered the minister.", "release"),
        ("Hackers forced staff to cancel routine operations at the hospital.", "cancel"),
    ],
)
def test_what_these_words_do_not_name(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if text[e.trigger[0]:e.trigger[1]] == trigger], events


def test_police_put_out_by_no_one_named_are_who_acts(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, "In the state, police were put on high alert in all sensitive districts.", "put")
    assert event.actor is not None and event.actor.text == "police", event


def test_the_closure_ordered_is_done_by_who_ordered_it(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, "The Ugandan government ordered the closure of the newspaper's local bureau.", "closure")
    assert event.actor is not None and event.actor.text == "The Ugandan government"


def test_a_kind_of_place_is_tied_to_the_place_it_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopian troops withdrew from the Somali border town of Beledweyne on Tuesday."
    doc = nlp(text)
    entities = extract_entities(doc, None)
    events = extract_events(doc, ExtractContext(entities=entities))
    event = next(e for e in events if e.type == "RETREAT")
    named = {e.id: e.name for e in entities}
    assert event.target is not None and named.get(event.target.entity or "") == "Beledweyne", (event, named)
