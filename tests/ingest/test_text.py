from datetime import date

import pytest

from newsledger.errors import InputError
from newsledger.ingest.text import is_image_credit, parse_plain_text

SAMPLE_HEAD = (
    " date 2023-03-11 By Sarah Newton-John • 11 March 2023 • 10:40\n\nRussian prisoners/Shutterstock Images\n\n"
)


def test_sample_header_becomes_metadata(sample_text: str) -> None:
    parsed = parse_plain_text(sample_text, "sample")
    assert parsed.published == date(2023, 3, 11)
    assert parsed.author == "Sarah Newton-John"
    assert parsed.text.startswith("UN experts have warned")
    assert "Shutterstock" not in parsed.text
    assert "Newton-John" not in parsed.text


@pytest.mark.parametrize(
    ("raw", "published", "author", "title"),
    [
        (SAMPLE_HEAD + "Body text here.", date(2023, 3, 11), "Sarah Newton-John", None),
        ("Title: Troops withdraw\nDate: 2022-11-09\nAuthor: Ann Lee\n\nBody.", date(2022, 11, 9), "Ann Lee",
         "Troops withdraw"),
        ("Published: 2021-01-06T15:00:00Z\n\nBody.", date(2021, 1, 6), None, None),
        ("By John Smith\n\nBody.", None, "John Smith", None),
        ("No header at all. By the way, this is body text.", None, None, None),
    ],
)
def test_header_forms(raw: str, published: date | None, author: str | None, title: str | None) -> None:
    parsed = parse_plain_text(raw, "x")
    assert (parsed.published, parsed.author, parsed.title) == (published, author, title)
    assert parsed.text.endswith(".")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Russian prisoners/Shutterstock Images", True),
        ("Photo: Reuters", True),
        ("A soldier in Bakhmut (Photo by John Doe)", True),
        ("© 2023 Getty Images", True),
        ("Wagner fighters/AP", True),
        ("UN experts have warned of the recruitment of prisoners.", False),
        ("The photo agency Shutterstock said on Monday it would cut 200 jobs across its offices.", False),
        ("", False),
    ],
)
def test_image_credit_lines(line: str, credit: bool) -> None:
    assert is_image_credit(line) is credit


def test_unparseable_date_names_the_input() -> None:
    with pytest.raises(InputError, match=r"art\.txt: unparseable date '2023-13-45'"):
        parse_plain_text(" date 2023-13-45 By Someone\n\nBody.", "art.txt")


def test_header_only_is_empty() -> None:
    with pytest.raises(InputError, match="no article text") as info:
        parse_plain_text(" date 2023-03-11 By Someone\n\nPhoto: Reuters\n", "h.txt")
    assert info.value.reason == "empty"
