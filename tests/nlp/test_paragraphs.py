"""A blank line ends a sentence, so a headline or date line never runs into the first sentence."""

from __future__ import annotations


def test_blank_line_ends_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Apple executive leaves company after iPhone 4 antenna issues\n\nAugust 9, 2010\n\n"
              "Mark Papermaster is stepping down from his post.\nThe move came\nafter criticism.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[:3] == ["Apple executive leaves company after iPhone 4 antenna issues", "August 9, 2010",
                          "Mark Papermaster is stepping down from his post."]
    # a single line break is only a wrapped line
    assert any(s.text.strip() == "The move came\nafter criticism." for s in doc.sents)


def test_a_wire_dateline_ends_at_its_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("BAMAKO, Feb 2 (Reuters) - Islamist militants killed at least 20 soldiers in central Mali.\n"
              "NAIROBI (AP) — Police fired tear gas at protesters.")
    assert [s.text.strip() for s in doc.sents] == [
        "BAMAKO, Feb 2 (Reuters) -", "Islamist militants killed at least 20 soldiers in central Mali.",
        "NAIROBI (AP) —", "Police fired tear gas at protesters."]


def test_a_dateline_may_name_the_country_in_its_own_case(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("GOMA, Democratic Republic of Congo (AFP) — M23 rebels seized the town of Rubaya on Tuesday.")
    assert [s.text.strip() for s in doc.sents] == [
        "GOMA, Democratic Republic of Congo (AFP) —", "M23 rebels seized the town of Rubaya on Tuesday."]


def test_a_capitalised_opening_without_a_dash_is_no_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("NATO leaders met in Vilnius on Tuesday - and agreed on little.")
    assert len(list(doc.sents)) == 1
