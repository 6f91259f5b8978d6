import pytest

from newsledger.crossdoc.names import name_key, surname_key


@pytest.mark.parametrize(
    ("a", "b", "etype"),
    [
        ("Yevgeny Prigozhin", "Evgeny Prigozhin", "PERSON"),
        ("Yevgeniy Prigozhin", "Evgenii Prigozhin", "PERSON"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "PERSON"),
        ("Mikhail Khodorkovsky", "Mikhail Hodorkovsky", "PERSON"),
        ("the Wagner Group", "Wagner", "ORG"),
        ("PMC Wagner", "Wagner", "ORG"),
        ("Kyiv", "KYIV", "GPE"),
        ("Zürich", "Zurich", "GPE"),
    ],
)
def test_variants_share_a_key(a: str, b: str, etype: str) -> None:
    assert name_key(a, etype) == name_key(b, etype)


@pytest.mark.parametrize(
    ("a", "b", "etype"),
    [("Wagner Group", "Wagner Tuning", "ORG"), ("Georgia", "Gambia", "GPE"), ("Ivan Petrov", "Ivan Popov", "PERSON")],
)
def test_different_names_differ(a: str, b: str, etype: str) -> None:
    assert name_key(a, etype) != name_key(b, etype)


def test_surname_key() -> None:
    assert surname_key("Yevgeny Prigozhin") == surname_key("Prigozhin") == name_key("Prigozhin", "PERSON")
