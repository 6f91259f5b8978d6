"""What the twenty-fifth events pass found missing when probing the CAMEO categories of disapproval (11x),
investigation (09x), threats and ultimatums (13x), and ACLED's sub-types in messier wording: disapproval voiced as a
feeling, opposition rallied, acts labelled as crimes (with the object shifted past its label), parties taken to task
or to court, inquiries announced, pressure put on a party, ultimatums, chemical arms used, acts referred to as done
under a future verb. The sentences are our own, written for
these tests (none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The bank's board voiced disapproval of the merger plan.", "ACCUSE"),
        ("Church leaders sought to rally opposition to the new divorce law.", "ACCUSE"),
        ("The minister called the blockade a flagrant violation of the treaty.", "ACCUSE"),
        ("Ankara described the arms embargo as a betrayal of an ally.", "ACCUSE"),
        ("The columnist attacked the mayor over his links to the developer.", "ACCUSE"),
        ("The foreign ministry took Oslo to task over its visa policy.", "ACCUSE"),
        ("Rights groups took the government to court over the detentions.", "ACCUSE"),
        pytest.param("Fishermen took the shipping company to court over the oil spill.", "ACCUSE",
                     marks=pytest.mark.xfail(strict=True, reason="the parser reads 'to court' as an infinitive "
                                             "verb, so 'court' is no object of 'took'")),
        # Opposition supporters who rally protest; opposition rallied is disapproval.
        ("Opposition supporters rallied in the square against the verdict.", "PROTEST"),
        ("The regulator announced a probe into the collapse of the insurer.", "ACCUSE"),
        ("Parliament set up a commission to examine the deaths in custody.", "ACCUSE"),
        ("Detectives questioned the club's managers about the payments.", "ACCUSE"),
        ("The alliance gave the junta 72 hours to release the hostages.", "THREATEN"),
        ("The rebels said they would retaliate for the arrest of their leader.", "THREATEN"),
        ("The ministry allowed aid workers into the flooded districts.", "RETREAT"),
        ("Congress passed sanctions against the regime.", "SANCTION"),
        ("Brussels put pressure on Athens to cut spending.", "REQUEST"),
    ],
)
def test_wording_of_disapproval_inquiry_and_threat(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == type_, (text, event)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # The wounded taken to hospital are not sued; fertiliser used on fields is no chemical attack.
        ("The wounded were taken to hospital in the capital.", "taken"),
        ("Farmers use chemical fertilisers on their fields.", "use"),
        ("The motorcade passed the scene of the accident.", "passed"),
        ("The heatwave put the power grid under heavy pressure.", "pressure"),
    ],
)
def test_what_these_words_do_not_name(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if text[e.trigger[0]:e.trigger[1]] == trigger], events


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # Disapproval voiced as a feeling is felt at the act, or at the party inside it; none when it is of nothing.
        ("The union expressed outrage at the sacking of the editor.", "expressed", "the editor"),
        ("Britain voiced dismay over Iran's decision.", "voiced", "Iran"),
        ("The envoy expressed indignation.", "expressed", None),
        # Opposition rallied is rallied to something; "the opposition" is a party.
        ("The bishops mobilised opposition against the abortion bill.", "mobilised", "the abortion bill"),
        ("The government accused the opposition of inciting riots.", "accused", "the opposition"),
        # What is labelled, not what the label is of.
        ("Syria called the accord a betrayal of the Arab nation.", "called", "the accord"),
        # The object shifted past its label.
        ("Tirana denounced as a crime Belgrade's crackdown on the protesters.", "denounced", "Belgrade"),
        ("The government condemned as illegal the decision of the union to strike.", "condemned", "the union"),
        # A threat to break off relations falls on the other party to them.
        ("Moscow warned it would break off relations with Vilnius.", "warned", "Vilnius"),
        # An ultimatum falls on whom it is given to.
        ("NATO gave the militias 48 hours to withdraw their guns.", "gave", "the militias"),
    ],
)
def test_whom_these_acts_touch(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert (event.target.text if event.target else None) == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # A document's act is its issuer's.
        ("An ultimatum issued by the junta gave the foreign troops 72 hours to leave.", "gave", "the junta"),
        ("The European Parliament passed a resolution condemning the crackdown.", "condemning",
         "The European Parliament"),
    ],
)
def test_who_acts_through_a_document(nlp, text: str, trigger: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # An act referred to as done under a future verb took place: what is reviewed, investigated, answered or
        # followed.
        ("An independent panel will review the police handling of the protests.", "protests"),
        ("The airline will seek compensation for the shooting down of its plane.", "shooting"),
        ("The ministers will meet after the bombing of the embassy.", "bombing"),
        ("The militia vowed to retaliate for the killing of its commander.", "killing"),
    ],
)
def test_acts_referred_to_as_done(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert event.type == "ASSAULT" or event.type == "PROTEST", event
    assert event.modality in ("asserted", "reported"), event


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Iraqi forces retook the town of Hit from the militants.", "Government regains territory"),
        ("The army used sarin gas against villagers in the valley.", "Chemical weapon"),
        ("A bomber detonated an explosive vest at the checkpoint, killing six.", "Suicide bomb"),
        ("Gunmen seized three engineers working on the pipeline.", "Abduction/forced disappearance"),
        ("Police fired at agitating farmers, killing five of them.", "Excessive force against protesters"),
        ("Members of two communities clashed in the market, leaving ten injured.", "Mob violence"),
        ("The Maoists have set up camps in the forests along the state border.", "Headquarters or base established"),
        ("Protesters set ablaze the house of the local legislator.", "Violent demonstration"),
    ],
)
def test_acled_sub_types_in_plainer_wording(nlp, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.acled is not None and event.acled.sub_event_type == sub_type, event
