"""Parse repairs (nlp/repairs.py): a reported clause whose last object the parser hung on the reporting verb."""

from __future__ import annotations

import pytest

from newsledger.nlp.repairs import stray_object, stray_subject

STRAY = ("Russian missiles struck an apartment block in the Ukrainian city of Dnipro on Saturday, killing at least "
         "40 people, including three children, regional governor Serhiy Lysak said.")


def _word(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_the_stray_subject_is_the_object_of_the_clause_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(STRAY)
    said, killing = _word(doc, "said"), _word(doc, "killing")
    assert [t.dep_ for t in said.children if t.dep_ == "nsubj"] == ["nsubj", "nsubj"]  # the parse this repairs
    assert stray_subject(said) is not None and stray_subject(said).text == "people"
    assert stray_object(killing) is not None and stray_object(killing).text == "people"
    assert stray_object(_word(doc, "struck")) is None  # it has its own object


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Gunmen killed at least 12 people in the market, police said.", "said"),
        ("The army said rebels had killed 12 villagers.", "said"),
        ("Police said the attackers fled, and officials said two people died.", "said"),
    ],
)
def test_an_ordinary_reporting_verb_has_no_stray_subject(nlp, text: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert all(stray_subject(t) is None for t in doc if t.text == verb)


@pytest.mark.parametrize(
    ("text", "verb", "head"),
    [
        # a past-tense verb cannot share the reported verb's modal: it goes with the reporting verb
        ("Kindiki said the government would not tolerate violence and warned that organisers would be prosecuted.",
         "warned", "said"),
        ("Ginsburg said that she would not think about it and predicted that Clinton will win.", "predicted", "said"),
        # after a verb of demanding the present form is a subjunctive, which a past-tense verb cannot share either
        ("The council demanded that the militias withdraw and called on all sides to disarm.", "called", "demanded"),
        # with do-support the two verbs share their subject ("did not feel well and was unable")
        ("Ali said he did not feel well and stayed at home.", "stayed", "feel"),
        # a conjunct with a subject of its own keeps its place
        ("She said the army would withdraw and the rebels agreed.", "agreed", "withdraw"),
    ],
)
def test_a_past_conjunct_of_a_reported_verb_goes_with_the_reporting_verb(nlp, text: str, verb: str,  # type: ignore[no-untyped-def]
                                                                        head: str) -> None:
    doc = nlp(text)
    assert _word(doc, verb).head.text == head


@pytest.mark.parametrize(
    "text",
    [
        # the object made the root, "assaulted" and "injured" its adjectives
        "On 12 May 2023, members of Jubo League assaulted and injured members of Jamaat in Barisal upazila.",
        # the object made a conjunct of "assaulted", "injured" its adjective
        "Members of Jatiya Party assaulted and injured members of Gono Forum in Khulna upazila.",
        "On 3 March 2024, supporters of the mayor assaulted and injured supporters of his rival.",
    ],
)
def test_past_verbs_read_as_adjectives_are_verbs(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assaulted, injured = _word(doc, "assaulted"), _word(doc, "injured")
    victims = [t for t in doc if t.i > injured.i and t.dep_ == "dobj"]
    assert (next(doc.sents).root, injured.dep_, injured.head, injured.pos_) == (assaulted, "conj", assaulted, "VERB")
    assert len(victims) == 1 and victims[0].head in (assaulted, injured)


def test_an_adjective_stays_one(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The wounded soldiers were taken to hospital.")
    assert (_word(doc, "wounded").dep_, next(doc.sents).root.text) == ("amod", "taken")


def test_a_second_object_after_and_is_the_object_of_a_second_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On 9 May 2023, about 40 members of the party staged a demonstration and exploded crude bombs in Pabna.")
    staged, exploded, bombs = _word(doc, "staged"), _word(doc, "exploded"), _word(doc, "bombs")
    assert (exploded.dep_, exploded.head, exploded.pos_, bombs.head) == ("conj", staged, "VERB", exploded)


def test_a_past_verb_after_its_subject_is_the_root(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On 14 October, presumed Ansaroul Islam militants assaulted teachers in Djibo and forced them to leave "
              "the school.")
    assaulted, militants, teachers = _word(doc, "assaulted"), _word(doc, "militants"), _word(doc, "teachers")
    assert (next(doc.sents).root, militants.head, militants.dep_, teachers.head, teachers.dep_) == (
        assaulted, assaulted, "nsubj", assaulted, "dobj")
