"""The one dateline grammar every stage steps over datelines with (``nlp.datelines``)."""

from __future__ import annotations

import pytest

from newsledger.nlp.datelines import dateline_at


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("BAMAKO, Feb 2 (Reuters) - Islamist militants killed ...", "-"),
        ("NAIROBI (AP) \u2014 Kenyan police fired ...", "\u2014"),
        ("GOMA, Democratic Republic of Congo (AFP) \u2014 Rebels seized ...", "\u2014"),
        ("Kyiv, March 4 (Reuters) - Russian drones struck ...", "-"),
        ("WASHINGTON, D.C. (AP) -- The Senate voted ...", "--"),
        ("WASHINGTON\u2014President Donald Trump is scaling back ...", "\u2014"),
        ("NEW DELHI: The police arrested ...", ":"),
        ("GENEVA, 10 March 2023 (Reuters) - UN experts said ...", "-"),
        ("KYIV, Ukraine, Sept. 1 (AP) - Air raid sirens ...", "-"),
        ("UNITED NATIONS (AP) _ The Security Council condemned ...", "_"),
    ],
)
def test_a_dateline_runs_to_its_dash(text: str, dash: str) -> None:
    found = dateline_at(text, 0)
    assert found is not None, text
    assert text[found.sep : found.end] == dash


@pytest.mark.parametrize(
    "text",
    [
        "NATO leaders met in Vilnius on Tuesday - and agreed to ...",
        "US President-elect Donald Trump has called ...",
        "Ukraine - the latest",  # a place in its own case needs a date or an agency
        "Prigozhin - who founded Wagner - said ...",
        "Update: the minister resigned.",
        "ABC-TV reported the fire.",
    ],
)
def test_other_openings_are_no_datelines(text: str) -> None:
    assert dateline_at(text, 0) is None


def test_a_word_after_the_dash_is_outside_the_dateline() -> None:
    text = "Headline\nKHARTOUM, June 3 (Reuters) - Sudan's army said ..."
    assert dateline_at(text, text.index("KHARTOUM")) is not None
    assert dateline_at(text, text.index("June")) is not None
    assert dateline_at(text, text.index("Sudan")) is None
    assert dateline_at(text, 0) is None
