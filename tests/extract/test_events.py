"""Events: trigger, PLOVER/ACLED type, participants, modality, time, place, source, quantities.

Times, places and quotes are hand-built here so these tests do not depend on those extractors.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.errors import NewsledgerError
from newsledger.extract.context import ExtractContext
from newsledger.extract.entities import extract_entities
from newsledger.extract.events import PUBLICATION_DATE_TEXT, extract_events
from newsledger.extract.events.acled import acled_type
from newsledger.extract.events.lexicon import load_lexicon, parse_lexicon
from newsledger.records import Event, Place, Quote, SpanRef, TimeExpression, to_json
from newsledger.records import _event as record_event_from_json


def _events(nlp, text: str, **context) -> tuple[Event, ...]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ctx = ExtractContext(entities=extract_entities(doc, None), **context)
    return extract_events(doc, ctx)


def _trigger(text: str, event: Event) -> str:
    return text[event.trigger[0]:event.trigger[1]]


def _event_of(nlp, text: str, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    """The event whose trigger is the word ``trigger`` of ``text``."""
    return next(e for e in _events(nlp, text) if _trigger(text, e) == trigger)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested three protesters in the city.", [("arrested", "COERCE", "Police", "three protesters")]),
        ("Rebels attacked an army convoy near the border.", [("attacked", "ASSAULT", "Rebels", "an army convoy")]),
        ("UN experts call on the international community to act.",
         [("call", "REQUEST", "UN experts", "the international community")]),
        ("The opposition rejected the peace plan.", [("rejected", "REJECT", "The opposition", "the peace plan")]),
        ("Thousands of workers staged a protest against the new law.",
         [("protest", "PROTEST", "workers", "the new law")]),
        # The cooperation agreed to is itself an intent (CAMEO 03x): AGREE, not COOPERATE.
        ("Hungary and Romania agreed to cooperate on refugees.",
         [("agreed", "AGREE", "Hungary", None), ("cooperate", "AGREE", "Hungary", None)]),
        ("Wagner's recruitment of prisoners alarmed the experts.",
         [("recruitment", "MOBILIZE", "Wagner", "prisoners")]),
        # Precision: these words are not events here.
        ("The film crew will shoot a new scene tomorrow.", []),
        ("She called her mother and they talked about the weather.", []),
        ("A strong earthquake killed eight people on Java.", []),
        ("He suffered a heart attack last year.", []),
        # The subject of a transitive verb is not what the verb does to its object; support goes to what it is
        # "for", as a rejection to what is rejected.
        ("The opposition voiced support for the plan.", [("support", "SUPPORT", "The opposition", "the plan")]),
        # Joint exercises are cooperation, whatever arms they show.
        ("The two navies held a joint military exercise.", [("exercise", "COOPERATE", "The two navies", None)]),
        # Property destroyed by rioters is PLOVER's violent riot, as it is ACLED's violent demonstration.
        ("Angry youths torched a police station in the town.",
         [("torched", "PROTEST", "Angry youths", "a police station")]),
        # A wire dateline is where the story was filed, never a participant.
        ("NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas at protesters.",
         [("fired", "ASSAULT", "Kenyan police", "protesters")]),
        # Nor is a reflexive: the bomber is no recipient of his own bomb.
        ("A suicide bomber blew himself up in a mosque.", [("blew", "ASSAULT", "A suicide bomber", None)]),
    ],
)
def test_trigger_type_and_participants(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    got = [(_trigger(text, e), e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
           for e in events]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # The party behind the thing acted on: a possessor, a "by" agent, a name used as a modifier.
        ("Berlin rejected recent calls by Belarus's rulers for economic aid.", "rejected", "Berlin",
         "Belarus's rulers"),
        ("Albania denounced Serbia's suppression of the protests.", "denounced", "Albania", "Serbia"),
        # The recipient of what is given, not the actor's own troops.
        ("Syria offered its troops to Lebanon.", "offered", "Syria", "Lebanon"),
        # A place the act falls on, through the act that is threatened.
        ("Israel threatened to ban voting in East Jerusalem.", "threatened", "Israel", "East Jerusalem"),
        # An event noun carried by a light verb shares its actor and its recipient.
        ("Peru issued an ultimatum to Ecuador.", "ultimatum", "Peru", "Ecuador"),
        ("Angry activists staged rallies against the party leader.", "rallies", "Angry activists",
         "the party leader"),
        # A protest takes the target of the act it is staged for.
        ("Hundreds of refugees began a hunger strike to protest against Sweden's decision.", "strike", "refugees",
         "Sweden"),
        # A pronoun actor stands for the subject of the clause it hangs from; a partitive for its party.
        ("The union reiterated its demand that the government raise wages.", "demand", "The union",
         "the government"),
        ("Thousands of Kurds demonstrated against the government.", "demonstrated", "Kurds", "the government"),
        # Whom an accusation, a charge or a conviction holds to have done the act is its actor, wherever the
        # parser hangs the "of"; an act brought in by another preposition is not theirs.
        ("The RSF accused the army of bombing residential areas of Khartoum North with drones.", "bombing",
         "the army", "Khartoum North"),
        ("Kenya's opposition blamed police for killing two protesters.", "killing", "police", "two protesters"),
        ("The government blamed the rebels for the attack on the convoy.", "attack", "the rebels", "the convoy"),
        ("Dylann Roof is accused of killing nine people inside the church.", "killing", "Dylann Roof",
         "nine people"),
        ("Two soldiers were convicted of raping a woman in Goma.", "raping", "Two soldiers", "a woman"),
        ("Police arrested three men suspected of bombing the church.", "bombing", "three men", "the church"),
        ("Police arrested three men on Saturday for allegedly torching a church.", "torching", "three men",
         "a church"),
        ("London imposed sanctions on 12 Iranian officials it accused of a violent crackdown on protesters.",
         "accused", "London", "12 Iranian officials"),
        ("London imposed sanctions on 12 Iranian officials it accused of a violent crackdown on protesters.",
         "crackdown", "12 Iranian officials", "protesters"),
        # What is blamed on someone makes them the accused; a mishap is no one.
        ("Tehran has blamed the unrest on its foreign enemies.", "blamed", "Tehran", "its foreign enemies"),
        ("One of the cars jumped a red light, an incident Uber blamed on human error.", "blamed", None,
         "an incident"),
        # In a passive relative clause the accused is its subject, not the noun the clause hangs from.
        ("It was an atmosphere of hysteria in which Moscow is accused of every sin.", "accused", None, "Moscow"),
        # Live ammunition used names no one it is used on.
        ("Security forces have used live ammunition.", "used", "Security forces", None),
        ("Turkish police detained 25 people suspected of links to Islamic State in dawn raids.", "raids", None,
         None),
        # A warning that someone will be punished, with no punisher named, is the warner's threat.
        ("Kindiki warned that organisers would be prosecuted.", "warned", "Kindiki", "organisers"),
        # Sanctions being weighed or approved are the weigher's.
        ("The European Union said it was considering further sanctions against the generals.", "sanctions",
         "The European Union", "the generals"),
        ("Brussels approved new sanctions against Iran.", "sanctions", "Brussels", "Iran"),
        ("Rights groups have accused Malian soldiers and Wagner fighters of executing civilians in Moura.",
         "executing", "Malian soldiers", "civilians"),
        # Who claims responsibility for an attack says it did it; "no group" names no one.
        ("JNIM claimed responsibility for the attack in a statement.", "attack", "JNIM", None),
        ("No group has claimed responsibility for the bombing.", "bombing", None, None),
        # Whoever runs into a mine or a roadside bomb is what it hits; who laid it is not said.
        ("Four Malian soldiers were killed when their vehicle hit a landmine near Boni.", "hit", None,
         "their vehicle"),
        ("A soldier stepped on a landmine in Helmand.", "landmine", None, "A soldier"),
        ("Insurgents hit the convoy with a roadside bomb.", "hit", "Insurgents", "the convoy"),
        # The small model reads "militants killed ..., the army said" as militants who were killed.
        ("BAMAKO, Feb 2 (Reuters) - Islamist militants killed at least 20 soldiers in an attack on an army post in "
         "central Mali on Wednesday, the army said.", "killed", "Islamist militants", "at least 20 soldiers"),
        ("The men arrested last week face charges of murder.", "arrested", None, "The men"),
        # A participle conjoined to a passive shares its "were": its subject is a victim, not the doer.
        ("Six soldiers were killed and nine wounded in the attack.", "wounded", None, "nine"),
        ("Six soldiers were killed and nine wounded in the attack.", "attack", None, None),
        ("Gunmen killed six soldiers and wounded nine in the attack.", "wounded", "Gunmen", "nine"),
        ("Three protesters were arrested and charged with rioting.", "rioting", "Three protesters", None),
    ],
)
def test_participants_named_inside_phrases(nlp, text: str, trigger: str, actor: str | None,  # type: ignore[no-untyped-def]
                                           target: str | None) -> None:
    event = _event_of(nlp, text, trigger)
    assert (event.actor.text if event.actor else None, event.target.text if event.target else None) == (
        actor, target)


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"),
    [
        ("Troops attacked the village.", "attacked", "asserted", False),
        ("Troops did not attack the village.", "attack", "asserted", True),
        ("The army could attack the village.", "attack", "hypothetical", False),
        ("The army will deploy troops to the border.", "deploy", "future", False),
        ("The minister said troops attacked the village.", "attacked", "reported", False),
        ("According to witnesses, troops attacked the village.", "attacked", "reported", False),
        ("The union threatened to boycott the talks.", "threatened", "asserted", False),
        ("Police had to fire six rounds in the air on Sunday.", "fire", "asserted", False),
        ("Police have to disperse the crowd before noon.", "disperse", "hypothetical", False),
        # A purpose is planned, not done.
        ("Police fired tear gas to disperse the protesters.", "disperse", "future", False),
        ("Police were forced to fire tear gas at the crowd.", "fire", "asserted", False),
        # What one warns against has not happened; what one warns "that" someone did is reported.
        ("Germany warned Russia against any invasion of Ukraine.", "invasion", "hypothetical", False),
        ("The experts warned that Wagner executed recruits.", "executed", "reported", False),
        ("UN experts have warned of the recruitment of prisoners.", "recruitment", "reported", False),
        ("Armed men reportedly raped several women in the village.", "raped", "reported", False),
    ],
)
def test_modality_and_negation(nlp, text: str, trigger: str, modality: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(nlp, text, trigger)
    assert (event.modality, event.negated) == (modality, negated)


def test_a_participle_used_as_a_noun_is_no_trigger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The accused was taken into custody on Monday."
    assert [(_trigger(text, e), e.type) for e in _events(nlp, text)] == [("custody", "COERCE")]


def test_future_cooperation_is_an_intent_to_agree(nlp) -> None:  # type: ignore[no-untyped-def]
    """The event is the expression of intent, which is made when it is told."""
    text = "Japan will provide food aid to North Korea."
    event = _event_of(nlp, text, "provide")
    assert (event.type, event.modality) == ("AGREE", "asserted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 6 civilians in the market.", [("6 civilians", 6.0, "civilians")]),
        ("The group opened offices in dozens of cities.", []),  # "open offices" is no event
        ("Wagner has opened recruitment centres in 42 Russian cities.", [("42 Russian cities", 42.0, "cities")]),
        # "dozens" as ACLED reads it: 12
        ("Militants abducted dozens of villagers.", [("dozens of villagers", 12.0, "villagers")]),
    ],
)
def test_quantities_say_what_they_count(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    got = [(q.text, q.value, q.unit) for e in events for q in e.quantities]
    assert got == expected


def test_time_from_own_sentence_else_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels attacked the town on Friday. Police arrested two men."
    friday = _span(text, "Friday")
    times = (TimeExpression(friday[0], friday[1], "Friday", "DATE", "2023-03-10"),)
    attack, arrest = _events(nlp, text, times=times, published=date(2023, 3, 11))
    assert attack.time is not None and (attack.time.value, attack.time.text) == ("2023-03-10", "Friday")
    assert arrest.time is not None and (arrest.time.value, arrest.time.text) == ("2023-03-11", PUBLICATION_DATE_TEXT)


def test_no_time_records_no_time(nlp) -> None:  # type: ignore[no-untyped-def]
    (event,) = _events(nlp, "Rebels attacked the town on Friday.", published=date(2023, 3, 11))
    assert event.time is None


def test_retold_event_keeps_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("He announced the recruitment of fighters on Friday. "
            "The recruitment of fighters has begun in many towns, he said.")
    friday = _span(text, "Friday")
    times = (TimeExpression(friday[0], friday[1], "Friday", "DATE", "2023-03-10"),)
    first, second = _events(nlp, text, times=times)
    assert first.time == second.time and second.time is not None and second.time.text == "Friday"


def test_place_from_the_event_clause_not_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russian officials said that troops attacked a village in Ukraine."
    ukraine = _span(text, "Ukraine")
    places = (Place(ukraine[0], ukraine[1], "Ukraine", "Ukraine", 690791, "UA", 49.0, 32.0, "PCLI"),)
    (event,) = _events(nlp, text, places=places)
    assert event.place is not None and (event.place.text, event.place.geonameid) == ("Ukraine", 690791)


def test_a_name_is_not_a_location(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "UN experts called on Russia to stop the recruitment."
    un = _span(text, "UN")
    places = (Place(un[0], un[1], "UN", "UN", 1, "IN", 0.0, 0.0, "PPL"),)
    event = next(e for e in _events(nlp, text, places=places) if e.type == "REQUEST")
    assert event.place is None


def test_demonym_places_the_event_in_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Recruitment centres have opened in 42 Russian cities. Russia denied it."
    russia = text.rindex("Russia")
    places = (Place(russia, russia + 6, "Russia", "Russia", 2017370, "RU", 60.0, 100.0, "PCLI"),)
    event = next(e for e in _events(nlp, text, places=places) if e.type == "MOBILIZE")
    assert event.place is not None and (event.place.text, event.place.geonameid) == ("Russia", 2017370)


def test_reported_inside_a_quote_cites_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We have information that several recruits have been executed,” the experts said."
    content = _span(text, "We have information that several recruits have been executed")
    experts = _span(text, "the experts")
    quote = Quote("q1", "direct", content, None, SpanRef(experts[0], experts[1], "the experts"))
    (event,) = _events(nlp, text, quotes=(quote,))
    assert (event.type, event.modality, event.source, event.target and event.target.text) == (
        "ASSAULT", "reported", "q1", "several recruits")


@pytest.mark.parametrize(
    ("plover", "mode", "trigger", "cues", "expected"),
    [
        ("ASSAULT", None, "attack", {"grenade", "attack"}, "Grenade"),
        ("ASSAULT", "explosives", "kill", {"roadside", "bomb"}, "Remote explosive/landmine/IED"),
        ("ASSAULT", None, "kill", {"chlorine", "helicopter"}, "Chemical weapon"),
        ("ASSAULT", "sexual", "rape", {"soldier", "rape"}, "Sexual violence"),
        ("ASSAULT", "sexual", "rape", {"allege", "rape"}, None),  # no armed men, state or mob: ordinary crime
        ("PROTEST", "demo", "march", {"peaceful"}, "Peaceful protest"),
        ("PROTEST", "demo", "protest", {"police", "tear", "gas", "disperse"}, "Protest with intervention"),
        ("COERCE", "arrest", "arrest", {"opposition", "leader"}, "Arrests"),
        ("COERCE", "arrest", "arrest", {"burglary", "police"}, None),  # a burglar's arrest is not political
        ("REQUEST", None, "call", set(), None),
    ],
)
def test_acled_sub_types(plover: str, mode: str | None, trigger: str, cues: set[str],
                         expected: str | None) -> None:
    got = acled_type(plover, mode, trigger, cues)
    assert (got.sub_event_type if got else None) == expected


def test_lexicon_loads_and_rejects_bad_rows() -> None:
    lexicon = load_lexicon()
    assert ("recruit", "V") in lexicon and all(s.type for senses in lexicon.values() for s in senses)
    with pytest.raises(NewsledgerError):
        parse_lexicon(["kill\tX\tASSAULT\t-"])
    with pytest.raises(NewsledgerError):
        parse_lexicon(["kill\tV\tASSAULT\t-\tbogus=x"])


def test_sample_article_events(sample_record) -> None:  # type: ignore[no-untyped-def]
    text = sample_record.article.text
    events = sample_record.events

    def find(type_: str, trigger: str) -> list[Event]:
        return [e for e in events if e.type == type_ and _trigger(text, e).lower() == trigger]

    (recruit, *_) = find("MOBILIZE", "recruitment")
    assert recruit.actor is not None and "Wagner" in recruit.actor.text
    assert recruit.target is not None and recruit.target.text == "prisoners"
    for trigger in ("executed", "injured"):
        (assault,) = find("ASSAULT", trigger)
        assert assault.modality == "reported" and assault.target is not None
        assert assault.target.text == "several recruits"
    opened = [e for e in events if e.type == "MOBILIZE" and any(q.value == 42 for q in e.quantities)]
    assert len(opened) == 1
    assert opened[0].place is not None and opened[0].place.text == "Russia"
    assert opened[0].time is not None and opened[0].time.value == "2023-03-10"
    # recruitment centres opened are ACLED's change to an armed group's activity, though "recruitment" modifies a noun
    assert opened[0].acled is not None and opened[0].acled.sub_event_type == "Change to group/activity"
    (request,) = find("REQUEST", "call")
    assert request.target is not None and request.target.text == "the international community"
    (accuse,) = find("ACCUSE", "warned")
    assert accuse.actor is not None and accuse.actor.text == "UN experts"
    assert accuse.target is not None and "Wagner" in accuse.target.text
    # the recruitment "in Russian jails" is in Russia; the experts' warning of it is not
    assert recruit.place is not None and recruit.place.text == "Russia" and accuse.place is None
    assert all(e.trigger[0] < e.trigger[1] for e in events)


def test_sample_assaults_cite_the_experts_quote(sample_record) -> None:  # type: ignore[no-untyped-def]
    if not sample_record.quotes:
        pytest.skip("no quotes extractor registered: nothing to cite")
    text = sample_record.article.text
    assault = next(e for e in sample_record.events if _trigger(text, e) == "executed")
    quote = next(q for q in sample_record.quotes if q.id == assault.source)
    assert quote.speaker is not None and "experts" in quote.speaker.text


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # The "to" of what is given, which spaCy labels "dative".
        ("The UN sent food to refugees in Yemen.", "sent", "refugees"),
        # A noun carried by a verb of giving, through a measure of it.
        ("The UN will provide 25,000 tons of food aid to refugees.", "aid", "refugees"),
        # A relative pronoun stands for the noun its clause modifies.
        ("The journalists who were arrested last week were released.", "arrested", "The journalists"),
        # An act on an act falls on its doers.
        ("Turkish police prevented the demonstration staged by students.", "prevented", "students"),
        # A weapon fired is the means; the "at" phrase names the target.
        ("Hamas fired rockets at Israel.", "fired", "Israel"),
        # In violence "with" a party is the other side.
        ("Iraqi troops clashed with Kurdish fighters near Kirkuk.", "clashed", "Kurdish fighters"),
        # Coordinated verbs share their object.
        ("Police arrested and questioned three men.", "arrested", "three men"),
        # Forces sent or withdrawn are what moves: the recipient is where they go or leave.
        ("Kenya deployed troops to Somalia.", "deployed", "Somalia"),
        ("Israel withdrew troops from Lebanon.", "withdrew", "Lebanon"),
        # "in protest at X": X (or the party behind it) is what is protested.
        ("Farmers went on strike in protest at the government's new tax.", "strike", "the government"),
        # A threat is made to the one whose act is its condition.
        ("China threatened retaliation if Washington continued arms sales to Taiwan.", "threatened", "Washington"),
        # The "that" clause of a demand, hung on the verb after a date.
        ("The union repeated its demand on Monday that the government raise wages.", "demand", "the government"),
        # A complaint is against the party behind the grievance, not its audience.
        ("Human rights groups complained to the UN about abuses by Ethiopian troops.", "complained",
         "Ethiopian troops"),
        # A pronoun target stands for a party of a governing clause, never the actor itself.
        ("Israel said Hamas had attacked it.", "attacked", "Israel"),
        ("Police said they arrested them.", "arrested", "them"),
        # A title keeps whom it belongs to.
        ("Rebels killed the President of Chad.", "killed", "the President of Chad"),
        # A concession made after talks with a party is made to it.
        ("The union called off its strike after talks with the government.", "called", "the government"),
        # An apposition names a participant described by a common noun.
        ("Lavrov met his counterpart, Antony Blinken, in Geneva.", "met", "Antony Blinken"),
        # A blockade's road is no target: the protest it is staged for names one.
        ("Farmers blocked the highway to protest against the government.", "blocked", "the government"),
        # A pronoun in a participle clause stands for the object of the verb it hangs from.
        ("Venezuela expelled the U.S. ambassador, accusing him of plotting a coup.", "accusing",
         "the U.S. ambassador"),
        # Kin are people in their own right, named with whom they belong to.
        ("Egyptian police arrested the brother of the former president.", "arrested",
         "the brother of the former president"),
        # A retreat after fighting with a party is a retreat before it; a call for calm after clashes
        # is addressed to no side of them.
        ("The army retreated after heavy fighting with rebels.", "retreated", "rebels"),
        ("The UN called for calm after clashes between police and protesters.", "called", None),
        # The actor's own thing is the means: whom it is shut to is the target.
        ("Chad closed its border with Sudan.", "closed", "Sudan"),
    ],
)
def test_recipient_constructions(nlp, text: str, trigger: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(nlp, text, trigger)
    assert (event.target.text if event.target else None) == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # "between X and Y": both sides act (PLOVER's reciprocal actors); the event names the first.
        ("Talks between Israel and Syria resumed on Monday.", "Talks", "Israel", None),
        # ... unless a third party acts: then the sides are acted with, through an effort noun too.
        ("Qatar launched a mediation effort between the Emirates and Saudi Arabia.", "mediation", "Qatar",
         "the Emirates"),
        # The one put under an act is its target: active, passive, relative and participle clauses.
        ("Police placed the editor under house arrest.", "arrest", "Police", "the editor"),
        ("The two suspects were taken into custody by police.", "custody", "police", "The two suspects"),
        ("The former minister remains under house arrest.", "arrest", None, "The former minister"),
        ("Five people taken into custody were released on Monday.", "custody", None, "Five people"),
        ("Separatists placed the city under siege.", "siege", "Separatists", "the city"),
        ("The town was put under curfew after the riots.", "curfew", None, "The town"),
        # The possessor of a singular act noun is the one acted on, unless "of" names that one.
        ("Navalny's arrest sparked protests across Russia.", "arrest", None, "Navalny"),
        ("The journalist's murder by soldiers was condemned.", "murder", "soldiers", "The journalist"),
        ("Turkey's arrest of journalists drew criticism.", "arrest", "Turkey", "journalists"),
        ("Russia's invasion of Ukraine began in February.", "invasion", "Russia", "Ukraine"),
        ("Trump's mass deportations continued.", "deportations", "Trump", None),
        # The owner of the place acted on, the person charged (not the charge), the party behind a weapon.
        ("ED officials raided the premises of a ruling party legislator.", "raided", "ED officials",
         "a ruling party legislator"),
        ("Prosecutors charged a former army general with war crimes.", "charged", "Prosecutors",
         "a former army general"),
        ("Israeli air strikes killed 20 people in Gaza.", "killed", "Israeli", "20 people"),
        ("A roadside bomb struck a police vehicle in Helmand.", "struck", "A roadside bomb", "a police vehicle"),
        # Verbs that carry an event noun: "exchanged fire", "has been on hunger strike".
        ("Security forces and JNIM militants exchanged fire near the town.", "fire", "Security forces", None),
        ("The activist has been on hunger strike since April.", "strike", "The activist", None),
        ("Opposition parties voiced opposition to the bill.", "opposition", "Opposition parties", "the bill"),
        # Who is asked or called on to act would act; who is sent somewhere is no recipient.
        ("Rights groups pressed the authorities to investigate the killings.", "investigate", "the authorities",
         "the killings"),
        ("Zakharova called on the UN agencies to provide aid to civilians.", "provide", "the UN agencies",
         "civilians"),
        ("Kenya sent 1,000 police officers to Haiti.", "sent", "Kenya", "Haiti"),
        # A restriction falls on the people of the place it is imposed in.
        ("The government imposed a curfew in Kashmir.", "imposed", "The government", "Kashmir"),
        ("Authorities lifted the curfew in Leh on Saturday.", "lifted", "Authorities", "Leh"),
        # What is thrown or given is the means; where it lands or whom it reaches is the target.
        ("A grenade was hurled at a police post in Srinagar.", "hurled", None, "a police post"),
        ("Aid was delivered by the World Food Programme to displaced people.", "delivered",
         "the World Food Programme", "displaced people"),
        ("Japan pledged $500 million in loans to Bangladesh.", "pledged", "Japan", "Bangladesh"),
        # An attack noun: its nationality is the actor, what it hits the target; both sides of a clash act.
        ("Israeli air strikes hit a residential building in Gaza City.", "strikes", "Israeli",
         "a residential building"),
        ("Clashes between rival militias left 27 people dead.", "Clashes", "rival militias", None),
        # Who is ordered to act acts, unless the act is imposed on them (then the one ordering does it).
        ("The army ordered the rebels to surrender.", "surrender", "the rebels", None),
        ("The authorities forced the newspaper to suspend publication.", "suspend", "The authorities",
         "the newspaper"),
        # The one warned is the target; what it is warned against is only the topic.
        ("China warned the United States against arms sales to Taiwan.", "warned", "China", "the United States"),
        # A participle on a thing issued takes its issuer; on a thing authored elsewhere, its author.
        ("The party issued a declaration demanding that the government release prisoners.", "demanding",
         "The party", "the government"),
        ("Syria rejected a UN resolution condemning its crackdown.", "condemning", "UN", "Syria"),
        # Whoever does what is done "in protest" protests.
        ("Workers staged a sit-in in protest at the government's new tax.", "protest", "Workers", "the government"),
    ],
)
def test_actor_and_target_of_phrases(nlp, text: str, trigger: str, actor: str | None,  # type: ignore[no-untyped-def]
                                     target: str | None) -> None:
    event = _event_of(nlp, text, trigger)
    assert (event.actor.text if event.actor else None, event.target.text if event.target else None) == (
        actor, target)


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        ("The United States and France accused Russia of violating the treaty.", "accused",
         ["The United States", "France"], ["Russia"]),
        ("Russia, China and Iran condemned the sanctions on Syria.", "condemned", ["Russia", "China", "Iran"], None),
        ("Gunmen killed six civilians and two soldiers in Borno on Monday.", "killed",
         ["Gunmen"], ["six civilians", "two soldiers"]),
        ("Police arrested three students and a teacher during the protest.", "arrested",
         ["Police"], ["three students", "a teacher"]),
        # Dates coordinated with each other are no parties.
        ("The rebels attacked the town on Monday and Tuesday.", "attacked", ["The rebels"], ["the town"]),
    ],
)
def test_coordinated_parties(nlp, text: str, trigger: str, actors: list[str],  # type: ignore[no-untyped-def]
                             targets: list[str] | None) -> None:
    event = _event_of(nlp, text, trigger)
    assert [r.text for r in (event.actor, *event.co_actors) if r] == actors
    if targets is not None:
        assert [r.text for r in (event.target, *event.co_targets) if r] == targets
    for ref in (*event.co_actors, *event.co_targets):
        assert text[ref.start:ref.end] == ref.text


def test_coordinated_parties_survive_json(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States and France accused Russia and Iran of violating the treaty."
    event = _event_of(nlp, text, "accused")
    assert event.co_actors and event.co_targets
    assert record_event_from_json(to_json(event)) == event


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.", "suspend",
         "La Prensa"),
        ("The authorities forced the newspaper to suspend publication.", "suspend", "the newspaper"),
        # Not made to act by anyone: what is suspended stays the target.
        ("The government suspended publication of the weekly.", "suspended", "publication"),
    ],
)
def test_an_act_imposed_on_a_party_falls_on_it(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                               target: str) -> None:
    event = _event_of(nlp, text, trigger)
    assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Palestinian prisoner died as a result of torture while in Israeli police custody.",
         "A Palestinian prisoner"),
        ("A detainee died under torture in the prison.", "A detainee"),
    ],
)
def test_violence_one_dies_of_falls_on_the_dead(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(nlp, text, "torture")
    assert event.type == "ASSAULT" and event.target is not None and event.target.text == target


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        # The doer of the act someone was killed or hurt in.
        ("Six people were killed in police firing in Surat on Monday.", "killed", "police", "Six people"),
        ("as many as 98 people were killed in police firing, he said.", "killed", "police",
         "as many as 98 people"),
        ("A policeman was killed in firing by militants.", "killed", "militants", "A policeman"),
        ("One person was killed when the police fired 15 rounds in Santrampur.", "killed", "the police",
         "One person"),
        ("Two villagers were injured in army shelling.", "injured", "army", "Two villagers"),
        # "following" an act, however tagged, and hung on the passive coordinated with this one
        ("Four soldiers were killed and three were wounded following an ambush by Taliban militants in Ghazni.",
         "killed", "Taliban militants", "Four soldiers"),
        ("Two policemen were killed following attacks by Taliban militants in Kunduz.", "killed",
         "Taliban militants", "Two policemen"),
        # An armed body before an act noun does the act; a victim there does not.
        ("The police killing of an unarmed man sparked protests.", "killing", "police", "an unarmed man"),
        # A death in an act of force: the act, its doer and the dead.
        ("police say 125 persons have died in police firing.", "firing", "police", "125 persons"),
        ("sixty per cent of the people who died due to police firing were from the majority community.",
         "firing", "police", "the people"),
        # "with police forces using sticks" is parsed as a clause: the forces are still the other side
        ("Villagers clashed with police forces using sticks in Barisal.", "clashed", "Villagers", "police forces"),
        # No doer named: none invented.
        ("A man was injured in the police station.", "injured", None, "A man"),
        ("Two men were killed and a woman was wounded following a dispute over land.", "killed", None, "Two men"),
    ],
)
def test_doer_of_the_act_someone_was_hurt_in(nlp, text: str, trigger: str, actor: str | None,  # type: ignore[no-untyped-def]
                                             target: str) -> None:
    event = _event_of(nlp, text, trigger)
    assert event.type == "ASSAULT"
    assert (event.actor.text if event.actor else None, event.target.text if event.target else None) == (actor, target)


def test_dying_due_to_an_act_is_no_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "sixty per cent of the people who died due to police firing were from the majority community."
    event = _event_of(nlp, text, "firing")
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # Forces put out with no one named putting them out are who mobilises; where they go is the target.
        ("Four companies of para-military forces have been deployed in Bhavnagar.", "para-military forces",
         "Bhavnagar"),
        ("Two battalions of troops were deployed in Kashmir.", "troops", "Kashmir"),
        ("Police reported calm amid a heavy deployment of paramilitary forces.", "paramilitary forces", None),
        # PLOVER's recipient of a mobilisation is whom it is aimed at, if that is clear; never the forces.
        ("Azerbaijan massed thousands of troops near Armenia's border.", "Azerbaijan", "Armenia"),
        ("Beijing sent a dozen warships toward Taiwan on Sunday.", "Beijing", "Taiwan"),
        ("The army called up 20,000 reservists on Friday.", "The army", None),
    ],
)
def test_forces_deployed(nlp, text: str, actor: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, text) if e.type == "MOBILIZE")
    assert (event.actor.text if event.actor else None, event.target.text if event.target else None) == (actor, target)


@pytest.mark.parametrize(
    ("text", "trigger", "negated", "modality"),
    [
        ("M23 denied that its fighters attacked the convoy near Goma.", "attacked", True, "reported"),
        ("The army denied killing civilians.", "killing", True, "reported"),
        ("The ministry rejected reports that troops had shelled the village.", "shelled", True, "reported"),
        # Denying a part in an act is no denial that it happened.
        ("Russia denied any involvement in the attack on the pipeline.", "attack", False, "hypothetical"),
        ("The army killed two rebels, officials said.", "killed", False, "reported"),
    ],
)
def test_denied_acts_are_negated_reports(nlp, text: str, trigger: str, negated: bool,  # type: ignore[no-untyped-def]
                                         modality: str) -> None:
    event = _event_of(nlp, text, trigger)
    assert (event.negated, event.modality) == (negated, modality)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The law allows the police to arrest anyone withholding information.", "arrest", "hypothetical"),
        ("Police were unable to arrest the suspect.", "arrest", "hypothetical"),
        ('"We will not hesitate in arresting senior leaders," they said.', "arresting", "hypothetical"),
        # "were able to" says it was done.
        ("Police were able to arrest the suspect after a chase.", "arrest", "asserted"),
    ],
)
def test_permitted_or_unable_acts_are_not_done(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                               modality: str) -> None:
    event = _event_of(nlp, text, trigger)
    assert event.modality == modality


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # A pronoun subject stands for the one agreeing party that is subject of the sentence before.
        ("Police reached the mosque at noon. They fired tear gas at the crowd.", "fired", "Police"),
        ("Eta was founded in 1959. It killed more than 800 people.", "killed", "Eta"),
        # Two subjects there could be meant: the pronoun stays as written.
        ("Soldiers held the hills while rebels held the town. They attacked the convoy.", "attacked", "They"),
        ("The soldiers said the rebels had left. They attacked the convoy.", "attacked", "They"),
        # Not across a paragraph; a single line break is only a hard wrap.
        ("Police reached the mosque at noon.\n\nThey fired tear gas at the crowd.", "fired", "They"),
        ("Police reached the mosque at noon.\n    They fired tear gas at the crowd.", "fired", "Police"),
    ],
)
def test_pronoun_subject_from_the_sentence_before(nlp, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  actor: str) -> None:
    event = _event_of(nlp, text, trigger)
    assert event.actor is not None and event.actor.text == actor


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit the coast on Monday. It killed 12 people.",
        "An earthquake struck the region. It killed eight people.",
    ],
)
def test_a_disaster_named_in_the_sentence_before_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in _events(nlp, text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "entity"),
    [
        ("The Wagner Group has recruited prisoners. The group also opened recruitment centres in 42 cities.",
         "recruitment", "Wagner Group"),
        ("Hamas fired rockets at Israel. The militant group later said it had attacked an army post.", "attacked",
         "Hamas"),
        # The same noun said in between is what "the group" refers to, not the organisation before it.
        ("Hamas fired rockets at Israel. A group of men gathered outside. The group attacked a post.", "attacked",
         None),
    ],
)
def test_the_group_refers_back_to_the_organisation_named_before(pipeline, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                                                 entity: str | None) -> None:
    record = pipeline.extract(text)
    event = next(e for e in record.events if _trigger(text, e) == trigger)
    names = {e.id: e.name for e in record.entities}
    assert event.actor is not None and names.get(event.actor.entity or "") == entity


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the people or outlets a measure was about are who gains when it is lifted
        ("The ministry lifted its ban on two opposition newspapers.", "two opposition newspapers"),
        ("The regulator restored the accreditation of four foreign correspondents.", "four foreign correspondents"),
    ],
)
def test_a_concession_goes_to_those_the_measure_was_about(nlp, text: str,  # type: ignore[no-untyped-def]
                                                        target: str) -> None:
    event = next(e for e in _events(nlp, text) if e.type == "CONCEDE")
    assert event.target is not None and event.target.text == target
