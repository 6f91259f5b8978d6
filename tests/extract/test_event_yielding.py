"""What the twenty-fourth events pass found missing in fresh wire leads: concessions (price rises rolled back, rights
granted, cordons ended, crackdowns ended, power handed over) and whom they answer, call-ups of reservists, aid
shipments stopped, support sent in a message, strikes staged, offices besieged, and recipients that are not the
verb's object (the places troops are posted along, the people an inquiry's allegations name, the places a
recognition is of, whom a complaint lodged with a third body is about, the host of a visit). The sentences are our
own, written for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events
from tests.extract.event_helpers import main_event_of as _main


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The cabinet rolled back the increase in bread prices after two days of rioting.", "CONCEDE"),
        ("The sultan granted foreign workers the right to form unions.", "CONCEDE"),
        ("Riot police ended their cordon around the parliament building on Friday.", "CONCEDE"),
        ("Lithuania called up its reservists for exercises near the border.", "MOBILIZE"),
        ("The army has called up ten thousand reserve soldiers.", "MOBILIZE"),
        ("The relief agency stopped food shipments to the northern districts.", "SANCTION"),
        ("The Dalai Lama sent a message of support to the flood victims.", "SUPPORT"),
        # Round two: "staged" (which the tagger lemmatises as "stag") carries a strike; villagers who besiege an
        # office protest; farms seized; soldiers recalled from leave; a summons for interrogation.
        ("Taxi drivers staged a strike over fuel prices.", "PROTEST"),
        ("Villagers besieged the town hall over land seizures.", "PROTEST"),
        ("The militia seized dozens of farms near the river.", "COERCE"),
        ("The army recalled its soldiers from leave.", "MOBILIZE"),
        ("Prosecutors summoned the minister for interrogation.", "ACCUSE"),
        # Round three: crackdowns ended or stopped, freedom restored, power handed over, parties unbanned, soldiers
        # back in barracks, a rally allowed, a state of siege ended (eased rule, not a siege of a town lifted).
        ("The regime ended its crackdown on dissidents.", "CONCEDE"),
        ("Authorities stopped arresting opposition activists.", "CONCEDE"),
        ("The government restored press freedom on Tuesday.", "CONCEDE"),
        ("The military rulers handed power to a civilian government.", "CONCEDE"),
        ("The government unbanned the African National Congress.", "CONCEDE"),
        ("The army returned to barracks on Sunday.", "RETREAT"),
        ("Authorities allowed the opposition to hold a rally in the capital.", "CONCEDE"),
        ("The government ended the state of siege in the northern provinces.", "CONCEDE"),
        ("The army lifted the siege of the town.", "RETREAT"),
        # Round four: a show of force; a party dissolved by the state is banned.
        ("The army staged a show of force in the capital.", "MOBILIZE"),
        ("The government dissolved the opposition party.", "COERCE"),
    ],
)
def test_wording_of_the_rarer_types(nlp, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    event = _main(nlp, text)
    assert event is not None and event.type == type_, (text, event)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # The same words with no event in them: a call-up that is not of forces, a carpet rolled back, a
        # message that carries no act.
        pytest.param("The coach called up two young strikers for the friendly.", "called",
                     marks=pytest.mark.xfail(strict=True, reason="the 'for' of a call-up still licenses the "
                                             "request row of 'call' (call for X)")),
        ("The hotel staff rolled back the carpet for the dance.", "rolled"),
        ("The singer sent a message to her fans on Sunday.", "sent"),
        # Troops recalled from abroad are no call-up; a minister's arrival with no visit is no meeting.
        ("The government recalled its troops from the island.", "recalled"),
        ("The minister arrived in the capital on Monday.", "arrived"),
        ("The president dissolved parliament on Friday.", "dissolved"),
    ],
)
def test_what_these_words_do_not_name(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not [e for e in events if text[e.trigger[0]:e.trigger[1]] == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # A concession whose object is the act given up answers the party whose step it follows or whose
        # demand it meets; one that names a party or a place keeps it.
        ("The miners called off their strike after the company agreed to raise pay.", "called", "the company"),
        ("The nurses ended their stoppage once the ministry promised back pay.", "ended", "the ministry"),
        ("Cairo ended the state of emergency, meeting a key demand of the opposition parties.", "ended",
         "the opposition parties"),
        ("The governor lifted the curfew in Jos after the clashes ended.", "lifted", "Jos"),
        ("The union called off the strike on Monday.", "called", "the strike"),
        # A cordon falls on whom it surrounds.
        ("Police ended their cordon around the opposition party's offices.", "ended", "the opposition party"),
        # The mobiliser's own posts are the means; where they stand is the recipient, and none when unnamed.
        ("The army reinforced its positions along the border with Niger.", "reinforced", "Niger"),
        ("The guerrillas stepped up their presence in the Cauca region.", "stepped", "the Cauca region"),
        ("The army reinforced its positions overnight.", "reinforced", None),
        # An inquiry into allegations is about whom they name.
        ("The senate opened an inquiry into allegations that the governor took bribes.", "inquiry", "the governor"),
        # A kind of place named after its "of" is the place, not the adjective before it.
        ("Moscow recognised the independence of the breakaway Georgian regions of Abkhazia.", "recognised",
         "Abkhazia"),
        # A complaint lodged with a body accuses whom it is about; a visitor's host is the place of the visit;
        # forces are posted in a place named by a name the tagger gives no type.
        ("Chad lodged a complaint with the African Union over raids by Sudanese militias.", "lodged",
         "Sudanese militias"),
        ("The Chinese premier arrived in Hanoi for a two-day visit.", "arrived", "Hanoi"),
        ("The police deployed officers in the Kibera slum.", "deployed", "the Kibera slum"),
        ("North Korea moved missile launchers to its east coast on Tuesday.", "moved", "its east coast"),
        # Tribute paid and a visit paid are carried by "pay", whose subject acts.
        ("The president paid tribute to the peacekeepers killed in Somalia.", "tribute", "the peacekeepers"),
        # Support sent in a message goes to whom the message is sent.
        ("The Pope sent a message of solidarity to the people of Haiti.", "solidarity", "the people of Haiti"),
    ],
)
def test_whom_these_acts_touch(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert (event.target.text if event.target else None) == target
