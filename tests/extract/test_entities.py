import pytest

from newsledger.extract.outlets import is_outlet_name
from newsledger.records import ArticleRecord


def by_name(record: ArticleRecord, name: str):  # type: ignore[no-untyped-def]
    (entity,) = [e for e in record.entities if e.name == name]
    return entity


def mention_texts(record: ArticleRecord, entity) -> list[str]:  # type: ignore[no-untyped-def]
    return [record.article.text[s:e] for s, e in entity.mentions]


def test_prigozhin_is_one_person_with_five_mentions(sample_record: ArticleRecord) -> None:
    people = [e for e in sample_record.entities if "Prigozhin" in e.name]
    assert len(people) == 1
    (prigozhin,) = people
    assert prigozhin.type == "PERSON"
    assert prigozhin.name == "Yevgeny Prigozhin"
    assert len(prigozhin.mentions) == 5
    assert mention_texts(sample_record, prigozhin).count("Prigozhin") == 3


def test_wagner_is_one_org_holding_every_variant(sample_record: ArticleRecord) -> None:
    wagners = [e for e in sample_record.entities if "Wagner" in e.name]
    assert len(wagners) == 1
    assert wagners[0].type == "ORG"
    assert {"Wagner", "Wagner Group", "PMC Wagner"} <= set(mention_texts(sample_record, wagners[0]))


def test_outlets_and_no_moscow(sample_record: ArticleRecord) -> None:
    outlets = {e.name for e in sample_record.entities if e.type == "OUTLET"}
    assert outlets == {"EuropePress", "Moscow Times"}
    assert not [e for e in sample_record.entities if e.name == "Moscow"]


def test_no_slips(sample_record: ArticleRecord) -> None:
    names = {e.name for e in sample_record.entities}
    assert "Fighters" not in names
    assert "Violate Human Rights" not in names
    assert all(e.type == "PERSON" for e in sample_record.entities if "Prigozhin" in e.name)


def test_mentions_point_at_the_text(sample_record: ArticleRecord) -> None:
    text = sample_record.article.text
    for entity in sample_record.entities:
        for start, end in entity.mentions:
            assert text[start:end].strip() == text[start:end] != ""


@pytest.mark.parametrize(
    ("text", "name", "etype", "count"),
    [
        ("The United Nations said on Monday it was alarmed. The UN has sent envoys.", "United Nations", "ORG", 2),
        ("Joe Biden met Olaf Scholz in Berlin. Biden said the talks went well.", "Joe Biden", "PERSON", 2),
        ("Reuters reported the strike. According to Reuters, six people died.", "Reuters", "OUTLET", 2),
        # a first name alone is the one person of the article who has it
        ("Steve Jobs founded Apple in 1976. Steve was fired in 1985 and came back in 1997.", "Steve Jobs", "PERSON",
         2),
        ("Steve Jobs met Steve Wozniak in 1971. Steve was 16 years old then.", "Steve Jobs", "PERSON", 1),
    ],
)
def test_alias_merging(pipeline, text: str, name: str, etype: str, count: int) -> None:  # type: ignore[no-untyped-def]
    record = pipeline.extract(text)
    entity = by_name(record, name)
    assert (entity.type, len(entity.mentions)) == (etype, count)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("the Moscow Times", True), ("EuropePress", True), ("The Washington Post", True), ("Kyiv Independent", True),
        ("Reuters", True), ("Moscow", False), ("Wagner Group", False), ("United Nations", False),
        ("Defence Ministry", False),
    ],
)
def test_outlet_names(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


def test_repairs_can_be_switched_off(sample_text: str) -> None:
    from newsledger import Options, Pipeline

    record = Pipeline(Options(entity_repairs=False)).extract(sample_text)
    assert "Violate Human Rights" in {e.name for e in record.entities}
