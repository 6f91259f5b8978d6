"""Wording of the rarer PLOVER types the eighteenth pass found missing in fresh wire leads: concessions (curbs
loosened, martial law lifted, exiles let back), expulsions of envoys and monitors, apologies and forgiveness, court
verdicts and questioning, boycotts of a chamber, shows of force, acts named by a noun ("the suspension of aid"),
and a killing of the kind of the clash that caused it. The sentences are our own, written for these tests (none
comes from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The military government loosened its controls on the private press on Friday.", "CONCEDE"),
        ("The government lifted martial law in the capital on Sunday.", "CONCEDE"),
        ("Authorities shortened the night curfew in the port city by two hours.", "CONCEDE"),
        ("The regime allowed exiled opposition leaders to return to the country.", "CONCEDE"),
        ("The army ordered the U.N. monitors to leave the border zone.", "SANCTION"),
        ("The government asked the Red Cross delegation to quit the province.", "SANCTION"),
        ("Kigali ordered the withdrawal of the U.N. observers on Monday.", "SANCTION"),
        ("Kenya pulled out of the peace talks on Tuesday.", "SANCTION"),
        ("Uruguay withdrew from the regional peace initiative.", "SANCTION"),
        ("The chancellor asked forgiveness from the people of Greece for the wartime massacres.", "SUPPORT"),
        ("The archbishop forgave the gunmen who had attacked his church.", "SUPPORT"),
        ("The foreign minister spoke up for the Malian government on Friday.", "SUPPORT"),
        ("A court in Arusha found the former mayor guilty of genocide.", "ACCUSE"),
        ("The former mayor was found guilty of fraud.", "ACCUSE"),
        ("Police questioned three suspects over the bombing of the bus.", "ACCUSE"),
        ("Opposition deputies walked out of parliament in protest at the vote.", "PROTEST"),
        ("The authorities barred the dissident from leaving the country.", "COERCE"),
        ("The government jammed the broadcasts of the exile radio station.", "COERCE"),
        ("The navy held war games off the disputed islands on Monday.", "MOBILIZE"),
        ("The army staged a live artillery drill near the frontier.", "MOBILIZE"),
        ("The Kremlin beefed up its forces along the border.", "MOBILIZE"),
        ("The navy moved an aircraft carrier into the gulf.", "MOBILIZE"),
        ("The U.N. envoy shuttled between the two capitals on Thursday.", "CONSULT"),
        ("The army ended its offensive in the north on Sunday.", "RETREAT"),
        ("Government troops crossed into the neighbouring country in pursuit of the rebels.", "ASSAULT"),
        ("The militias violated the truce on Monday, shelling each other's positions.", "ASSAULT"),
        ("Rebel fighters began turning in their weapons on Friday under the peace accord.", "RETREAT"),
        ("The last French troops left Chad on Monday.", "RETREAT"),
        ("Hundreds of illegal immigrants were expelled from Gabon last week.", "COERCE"),
        # the act named by a noun, with what it is done to after "of"
        ("The suspension of Swedish aid to Kenya was announced on Monday.", "SANCTION"),
        ("The recognition of Kosovo by Japan angered Serbia.", "SUPPORT"),
        ("A buildup of troops on the border continued on Sunday.", "MOBILIZE"),
        # two states' war games are joint manoeuvres
        ("Greek and Cypriot warships began five days of war games off Crete.", "COOPERATE"),
        # refusals told as an intent denied
        ("Tehran said it would not suspend uranium enrichment.", "REJECT"),
        ("Khartoum will not allow U.N. troops into Darfur, the president said.", "REJECT"),
        ("Baku said it would not withdraw from the disputed territories.", "REJECT"),
        ("The junta has no intention of releasing the opposition leader.", "REJECT"),
        ("Moscow has no plans to withdraw its troops from the region.", "REJECT"),
        ("The government shut down more than 100 media outlets on Friday.", "COERCE"),
    ],
)
def test_wording_of_the_rarer_types(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == type_, (text, event)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # troops of one's own ordered out retreat (whose troops they are, the parse does not tell)
        ("The president ordered the troops to leave the city.", "ordered", None),
        ("Officials ordered residents to leave the flooded villages.", "ordered", None),
        # a rival's words doubted are no investigation
        ("The senator questioned the governor's account of the crisis.", "questioned", None),
        # an agreement signed is support in the PLOVER gold, a walk-out of talks a withdrawal
        ("The union walked out of the pay talks on Tuesday.", "walked", "SANCTION"),
        ("The Labour Congress walked out of the wage committee.", "walked", "SANCTION"),
        # "allows them to return to the lineup": no people let back into a country
        ("He gives voters an alternative yet allows them to return to the party lineup.", "allows", None),
        ("The challenger lacks the name recognition of the senator.", "recognition", None),
        ("Brazil and Germany played a game in Rio on Sunday.", "game", None),
    ],
)
def test_what_these_words_do_not_name(nlp, text: str, trigger: str, type_: str | None) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    found = [e for e in events if text[e.trigger[0]:e.trigger[1]] == trigger]
    assert [e.type for e in found] == ([type_] if type_ else []), (text, events)


def test_the_expelled_party_is_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, "The army ordered the U.N. monitors to leave the border zone.", "ordered")
    assert event.mode == "expel"
    assert event.actor is not None and event.actor.text == "The army"
    assert event.target is not None and "monitors" in event.target.text


def test_troops_that_begin_to_withdraw_retreat(nlp) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, "Syrian troops began withdrawing from the city under the accord.", "withdrawing")
    assert event.type == "RETREAT", event


def test_a_killing_is_of_the_kind_of_the_clash_that_caused_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three men were killed when two rival militias exchanged fire near the market on Friday."
    killed, fire = event_on(nlp, text, "killed"), event_on(nlp, text, "fire")
    assert killed.part_of == fire.id
    assert fire.acled is not None and killed.acled == fire.acled
    assert killed.acled.sub_event_type == "Armed clash"
