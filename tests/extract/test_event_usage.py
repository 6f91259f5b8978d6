"""Event words used as labels, formulas and figures of speech in real news name no event ("consulting firm",
"'Thank you for coming'", "31 percent declared support", "the debate promised to be"), campaign attacks are
criticism, and the parties of participles and "from" phrases are read the right way round. The sentences are
our own, modelled on what a hand-judged sample of events in real articles showed (none is taken from it or
from an evaluation set).
"""

from __future__ import annotations

import pytest

from tests.extract.event_helpers import event_on, parsed_events


@pytest.mark.parametrize(
    "text",
    [
        # a trade or a name
        "An economist with a consulting firm in Denver said growth had slowed.",
        "Arson investigators returned to the scene on Thursday.",
        "She won most of the pledged delegates in the western states.",
        # formulas, polls and habits of mind
        "She prefers to talk about jobs, as opposed to her voting record.",
        "'Thank you for coming,' the mayor told the crowd.",
        "Asked who they would vote for, 31 percent declared support for the Green Party.",
        "We don't always agree on things.",
        "Whether you agree or not, the message resonates with many voters.",
        "The exchange has agreed to be acquired by an online brokerage.",
        "The court had agreed to hear cases on voting rights before the judge died.",
        "She backs the senator but concedes that most of her friends prefer the governor.",
        "Maria Lopez, a psychologist at the clinic, agrees.",
        "'Our ideas of success are different,' agrees Michelle Stevens, 30, of Gainesville.",
        "The new police chief agrees with the mayor that the force should reverse the decline in stop-and-search "
        "checks.",
        "Most Republicans agree that the prison should be closed.",
        "The official, who spoke on the condition of anonymity to discuss internal deliberations, said little.",
        "You can check a restaurant's hygiene rating by visiting one of two websites.",
        "A consultancy that approaches recruitment analytically says interviews predict little.",
        "The merger will reinforce customer service in both markets.",
        # things that promise or threaten, and votes courted
        "The debate promised to be a turning point for the governor.",
        "A pending ballot measure threatened to raise the minimum wage faster.",
        "Both candidates sought to appeal to suburban women on Tuesday.",
        "The vice president spoke at his first rally with Clinton.",
        "The senator opened a Rochester rally on Tuesday.",
        # strategies deployed, information shared, organs donated, seats occupied, numbers called
        "The senator will find it harder to deploy that strategy in the general election.",
        "Users can now share more photos from their phones.",
        "He has registered to donate his organs.",
        "The first vehicle, occupied by a male driver, was stopped at the gate.",
        "For more information, call the county library at 555-201-3344.",
        # accidents
        "Dozens were injured in a gas explosion at a restaurant in the city.",
        "His brother struggled with the drinking that eventually killed him.",
        "An explosion at a market injured 37 people and may have been caused by a gas leak, state media said.",
        "The cause of the crash is being investigated.",
        "Doctors said his heart started beating on its own again.",
        # poll splits, bare reassurances and responsibility
        "Women preferred the senator 51 percent to 24 percent, while men backed the governor, 57 percent to 22 "
        "percent.",
        "'I promise.'",
        "If the bill fails, the president may have his own party to blame.",
    ],
)
def test_labels_formulas_and_figures_name_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, events = parsed_events(nlp, text)
    assert not events, [(e.type, text[e.trigger[0]:e.trigger[1]]) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Rebels occupied the town hall on Sunday.", "occupied", "COERCE"),
        ("Egyptian and Sudanese intelligence agencies shared information on smuggling networks.", "shared",
         "COOPERATE"),
        ("A fringe group has threatened to vandalise cinemas if the film is screened.", "threatened", "THREATEN"),
        ("Iran backed out of the nuclear deal.", "backed", "REJECT"),
        ("The leaders discussed the border dispute at the summit.", "discussed", "CONSULT"),
        ("The opposition appealed to the Supreme Court against the result.", "appealed", "REQUEST"),
        # campaign attacks are words, not violence
        ("Cruz says Trump is attacking him because the polls have tightened.", "attacking", "ACCUSE"),
        ("Entering the debate, the two governors faced sharp attacks from Jeb Bush and John Kasich.", "attacks",
         "ACCUSE"),
        ("Her apology overshadowed an attack she leveled seconds earlier at the party chairman.", "attack", "ACCUSE"),
        ("A planned attack by Ansar al-Sharia killed the ambassador.", "attack", "ASSAULT"),
        ("Opposition leader Raila Odinga held a rally in Nairobi on Sunday.", "rally", "PROTEST"),
        ("The president conceded that he had lost the election.", "conceded", "CONCEDE"),
        ("Macron proposed a ceasefire. Putin agreed.", "agreed", "AGREE"),
        ("The two sides finally agreed.", "agreed", "AGREE"),
        ("Iran and the EU agree to resume nuclear talks.", "agree", "AGREE"),
        ("Warring sides agree on a prisoner swap.", "agree", "AGREE"),
        ("Russia deployed S-400 missile systems to Syria.", "deployed", "MOBILIZE"),
        ("The Wagner Group has recruited prisoners. The group also opened recruitment centres.", "recruitment",
         "MOBILIZE"),
        ("Trump attacked her on Monday over her record.", "attacked", "ACCUSE"),
        ("A bomb blast injured 12 people, police said, ruling out a gas leak.", "injured", "ASSAULT"),
        ("The army promised to withdraw from the town by Friday.", "promised", "AGREE"),
        ('She promised lower spending, pledging, "we will respect the autonomy of the central bank."', "pledging",
         "AGREE"),
        ("The government did not create the jobs as it had promised.", "promised", "AGREE"),
        ("Police are investigating the killing of the journalist.", "investigating", "ACCUSE"),
        ("The opposition parties backed the governor's bid on Tuesday.", "backed", "SUPPORT"),
    ],
)
def test_political_senses_and_campaign_attacks(nlp, text: str, trigger: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert event_on(nlp, text, trigger).type == expected


def _text(ref) -> str | None:  # type: ignore[no-untyped-def]
    return None if ref is None else ref.text


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # participles: who is acted on
        ("The tax was pushed by the federal government but rejected by the premier.", "rejected", "the premier",
         None),
        ("Police said the men detained could be members of the gang.", "detained", None, "the men"),
        ("Arrested in March, he remains in custody.", "Arrested", None, "he"),
        ("'I called my lenders, asked for extensions, made partial payments,' she recalled.", "asked", "I", None),
        # who a noun's act comes from, whom blame is laid on, what is no party
        ("The plan drew harsh criticism from Democrats.", "criticism", "Democrats", None),
        ("Entering the debate, the two governors faced sharp attacks from Jeb Bush and John Kasich.", "attacks",
         "Jeb Bush", None),
        ("The senator blamed the problem of rising crime on lax judges.", "blamed", "The senator", "lax judges"),
        ("He pledged to cut the sales tax from 16% to 8%.", "pledged", "He", None),
        # who protests: the clause above an "in protest", the people a protest is named for; raids in a series
        ("Hundreds of parents kept their children from sitting the tests in protest of testing.", "protest",
         "Hundreds", "testing"),
        ("The movement began with worker protests in New York.", "protests", "worker", None),
        ("He was arrested on Friday during a series of raids by Montreal police.", "raids", "Montreal police", None),
    ],
)
def test_parties_of_participles_and_phrases(nlp, text: str, trigger: str, actor, target) -> None:  # type: ignore[no-untyped-def]
    event = event_on(nlp, text, trigger)
    assert (_text(event.actor), _text(event.target)) == (actor, target)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Paris attacks killed 130 people in November 2015.", None),  # a town the attacks are named for
        ("A US strike killed the commander in Syria.", "US"),  # a country acts
    ],
)
def test_a_town_an_attack_is_named_for_is_no_actor(pipeline, text: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = pipeline.extract(text).events
    assert events and {_text(e.actor) for e in events} == {actor}
