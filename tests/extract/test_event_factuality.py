"""Whether an event happened as the text tells it (extract/events/factuality.py): each rule with a sentence where
it holds and one where it must not."""

from __future__ import annotations

import pytest

from newsledger.extract.events.factuality import factuality
from tests.extract.event_helpers import event_on as _event_of


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"),
    [
        # What someone is accused, charged or suspected of is their word, not the writer's.
        ("Dylann Roof is accused of killing nine people inside the church.", "killing", "reported", False),
        ("Rebels accused the army of shelling the village.", "shelling", "reported", False),
        ("The RSF accused the army of bombing residential areas with drones.", "bombing", "reported", False),
        ("Kenya's opposition blamed police for killing two protesters.", "killing", "reported", False),
        ("Two soldiers were convicted of raping a woman in Goma.", "raping", "asserted", False),
        ("He was charged with assault after the rally.", "assault", "reported", False),
        ("The campaign fell apart over allegations he beat his ex-wife.", "beat", "reported", False),
        ("The allegations he made about the massacre were false.", "massacre", "asserted", False),
        ("Police arrested two men for attacking a bus.", "attacking", "asserted", False),
        # A headline's infinitive, and "be to", announce what is to come; "is yet to" says it has not happened.
        ("Russia to deploy troops to Belarus", "deploy", "future", False),
        ("Russia deployed troops to Belarus.", "deployed", "asserted", False),
        ("Nigeria is to deploy 2,000 troops on the disputed peninsula.", "deploy", "future", False),
        ("The state government is yet to release the compensation promised to farmers.", "release", "asserted",
         True),
        # Acts foiled, prevented, failed or called off did not happen.
        ("Police foiled a bomb attack on the embassy.", "attack", "asserted", True),
        ("Police investigated a bomb attack on the embassy.", "attack", "asserted", False),
        ("Security forces prevented the protesters from marching to parliament.", "marching", "asserted", True),
        ("Security forces watched the protesters marching to parliament.", "marching", "asserted", False),
        ("Rebels called off the planned offensive.", "offensive", "future", True),
        ("Rebels called for a general strike.", "strike", "hypothetical", False),
        # A planned act is future, unless the text says it took place or not.
        ("The long-planned offensive began on Monday.", "offensive", "asserted", False),
        ("Opposition parties did not hold their planned rally in Harare.", "rally", "asserted", True),
        # No one did it.
        ("No shots were fired at the protesters.", "fired", "asserted", True),
        ("Shots were fired at the protesters.", "fired", "asserted", False),
        ("Police arrested no one at the rally.", "arrested", "asserted", True),
        ("Police arrested ten people at the rally.", "arrested", "asserted", False),
        ("Neither side fired a shot.", "fired", "asserted", True),
        ("The rebels no longer attack convoys.", "attack", "asserted", True),
        # A negated verb negates the event noun it carries, not the one it speaks of.
        ("The two sides did not hold the planned rally.", "rally", "asserted", True),
        ("The government did not condemn the attack on the embassy.", "attack", "asserted", False),
        # Coordinated verbs share their auxiliaries; a negation only through "or".
        ("Russia will call up reservists and deploy them to the front.", "deploy", "future", False),
        ("Rebels attacked and burned the village.", "burned", "asserted", False),
        ("Police could arrest and detain the protesters.", "detain", "hypothetical", False),
        ("Police did not beat or arrest the protesters.", "arrest", "asserted", True),
        ("Police did not beat the protesters but arrested them.", "arrested", "asserted", False),
        # A complement told as its verb is: "continued to shell" did, "will continue to" will, "did not manage to"
        # did not (no refusal); "the first country to recognise" did.
        ("Russian forces continued to shell Kharkiv on Monday.", "shell", "asserted", False),
        ("Rebels kept firing on the convoy.", "firing", "asserted", False),
        ("The militia used to attack convoys on this road.", "attack", "asserted", False),
        ("Police did not manage to free the hostages.", "free", "asserted", True),
        ("Algeria became the first country to recognise the Palestinian state.", "recognise", "asserted", False),
        ("Algeria sent a delegation to recognise the Palestinian state.", "recognise", "future", False),
        # A purpose is planned, not done.
        ("Troops were sent to the border to attack the rebels.", "attack", "future", False),
        ("Police have to disperse the crowd before noon.", "disperse", "hypothetical", False),
        # What one asks an end to goes on; what one asks for does not happen yet.
        ("Rights groups urged a halt to the executions.", "executions", "asserted", False),
        ("The pope demanded an end to the bombing of Aleppo.", "bombing", "asserted", False),
        ("The UN demanded an investigation into the killings of protesters.", "killings", "asserted", False),
        ("Hardliners demanded air strikes on the rebel camps.", "strikes", "hypothetical", False),
        # "have yet to", "stopped short of": not done; "pressed on with" goes on
        ("The militants have yet to free the three aid workers.", "free", "asserted", True),
        ("Colombia's president stopped short of threatening Venezuela with military action.", "threatening",
         "asserted", True),
        ("Prisoners pressed on with a hunger strike against transfers.", "strike", "asserted", False),
        ("Prisoners pressed for a hunger strike against transfers.", "strike", "hypothetical", False),
        # An act a noun names is told as the infinitive that carries it when a plan, threat or wish governs that:
        # what one acts on is not ("moved to break up the protest": the protest took place).
        ("Delegates threatened to disrupt the convention with protests.", "protests", "future", False),
        ("The rabbis said they plan to take part in the protest of his speech.", "protest", "future", False),
        ("He asked them not to engage in any kind of protest on the floor.", "protest", "hypothetical", False),
        ("Police moved to break up the protest with tear gas.", "protest", "asserted", False),
        ("Delegates disrupted the convention with protests.", "protests", "asserted", False),
        # a perfect infinitive tells a done act, as someone tells it; a plain one a plan
        ("The rebels claimed to have captured two towns in the north.", "captured", "reported", False),
        ("The gunmen are believed to have kidnapped two aid workers.", "kidnapped", "reported", False),
        ("The rebels moved to capture two towns in the north.", "capture", "future", False),
    ],
)
def test_what_the_text_says_happened(nlp, text: str, trigger: str, modality: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(nlp, text, trigger)
    assert (event.modality, event.negated) == (modality, negated)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Only a future someone states as an intent makes a hostile act a threat or a cooperative one a pledge.
        ("Rebels will attack the town.", "attack", "THREATEN"),
        ("Troops were sent to the border to attack the rebels.", "attack", "ASSAULT"),
        ("Police fired tear gas to disperse the protesters.", "disperse", "COERCE"),
        # An ultimatum is made when it is given, whatever the mood of what it demands.
        ("The United States gave Saddam Hussein 48 hours to leave Iraq or face military action.", "face",
         "THREATEN"),
        # Failing to agree is no refusal; saying one will not accept is.
        ("The two sides failed to reach an agreement.", "reach", "AGREE"),
        ("The government will not accept any more refugees.", "accept", "REJECT"),
        ("Rebels will attack and burn the village.", "burn", "THREATEN"),
        ("Police did not manage to free the hostages.", "free", "RETREAT"),
    ],
)
def test_modality_and_type(nlp, text: str, trigger: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_of(nlp, text, trigger).type == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "modality", "negated"),
    [
        # A refusal, a pledge or a threat is made when it is said: the record is not negated, and told as the
        # verb that states it.
        ("The government will not accept any more refugees.", "accept", "REJECT", "asserted", False),
        ("The two sides did not hold talks.", "talks", "REJECT", "asserted", False),
        ("Iraq said on Thursday it would allow U.N. weapons inspectors to return.", "allow", "AGREE", "asserted",
         False),
        ("Saddam Hussein warned that Iraq would shoot down U.S. planes.", "shoot", "THREATEN", "asserted", False),
        ("Hezbollah vowed revenge for the killing of its leader.", "vowed", "THREATEN", "asserted", False),
        ("Iraq may say it will allow inspectors to return.", "allow", "AGREE", "hypothetical", False),
        # an intent denied is a refusal too
        ("The junta has no intention of releasing the opposition leader.", "releasing", "REJECT", "asserted", False),
        ("Moscow has no plans to withdraw its troops from the region.", "withdraw", "REJECT", "asserted", False),
        # what is avenged took place
        ("Hezbollah vowed revenge for the killing of its leader.", "killing", "ASSAULT", "asserted", False),
    ],
)
def test_an_intent_is_stated_when_it_is_told(nlp, text: str, trigger: str, type_: str, modality: str,  # type: ignore[no-untyped-def]
                                             negated: bool) -> None:
    event = _event_of(nlp, text, trigger)
    assert (event.type, event.modality, event.negated) == (type_, modality, negated)


@pytest.mark.parametrize(
    ("text", "word", "negated"),
    [
        ("No one wants to stay in Lebanon.", "wants", True),
        ("Everyone wants to stay in Lebanon.", "wants", False),
        # "has no plans" denies the plans, not the having
        ("IBM has no plans to recall its cards.", "has", False),
        ("IBM has no plans to recall its cards.", "recall", True),
    ],
)
def test_negation_of_any_event_word(nlp, text: str, word: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """The rules judge any event word, as ``newsledger eval event-factuality`` scores them on MEANTIME and
    TimeBank."""
    token = next(t for t in nlp(text) if t.text == word)
    assert factuality(token, None).recorded[0] is negated
