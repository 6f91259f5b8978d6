"""Several reports of one event: different outlets, a syndicated copy, and a denial."""

import dataclasses
from datetime import date

import pytest

from newsledger import crossdoc
from newsledger.crossdoc.ledger import _participant
from newsledger.records import Article, ArticleRecord, Entity, Event, EventTime, Quantity, SpanRef
from newsledger.store import open_store

WIRE = (
    "M23 fighters ambushed an aid convoy outside Goma on Wednesday and killed six people, the provincial "
    "governor said. The convoy was carrying food and medicine to camps for displaced families north of the city. "
    "Aid agencies suspended deliveries on the road after the attack and called for an independent investigation. "
    "The rebels have seized large parts of North Kivu province since late 2021."
)


def record(article_id: str, outlet: str, text: str, trigger: str, *, negated: bool = False,
           published: date = date(2023, 3, 9)) -> ArticleRecord:
    start = text.index(trigger)
    m23 = text.index("M23")
    entities = (Entity("e1", "M23", "ORG", ((m23, m23 + 3),)),)
    six = text.find("six")
    quantities = (Quantity(six, six + 3, "six", 6.0, "people"),) if six >= 0 else ()
    event = Event(
        id="v1", type="ASSAULT", mode=None, acled=None, trigger=(start, start + len(trigger)),
        actor=SpanRef(m23, m23 + 3, "M23", "e1"), target=None,
        time=EventTime("2023-03-08", "on Wednesday"), place=None, negated=negated, modality="asserted",
        source=None, quantities=quantities, fatalities=6 if six >= 0 else None,
    )
    article = Article(id=article_id, text=text, outlet=outlet, published=published)
    return ArticleRecord(article=article, entities=entities, events=(event,))


@pytest.fixture
def ledger(location: str):  # type: ignore[no-untyped-def]
    """A fresh ledger on each backend (SQLite and PostgreSQL)."""
    with open_store(location) as store:
        yield store


def add(store, rec: ArticleRecord) -> None:  # type: ignore[no-untyped-def]
    assert store.add(rec).status == "stored"
    crossdoc.update(store, [rec.article.id])


def test_one_event_two_independent_sources_a_copy_and_a_denial(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("kivu", "Kivu Daily", "Rebels of M23 attacked an aid convoy near Goma on Wednesday, "
                                            "killing six people, officials said.", "attacked"))
    add(ledger, record("wire", "Wire Service", WIRE, "ambushed"))
    copy = "Six killed in convoy ambush\n\n" + WIRE.rsplit(" The rebels", 1)[0] + " Subscribe to our newsletter."
    add(ledger, record("copy", "City Paper", copy, "ambushed"))

    (event,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert (event["mentions"], event["independent_sources"], event["status"]) == (3, 2, "corroborated")
    sources = crossdoc.get_event(ledger, event["id"])["sources"]
    assert [s["syndicated_copy"] for s in sources if s["article_id"] == "copy"] == [True]
    stories = crossdoc.list_stories(ledger)
    assert [(s["articles"], s["copies"]) for s in stories] == [(3, 1)]

    add(ledger, record("radio", "Rebel Radio", "M23 denied that its fighters attacked the convoy near Goma on "
                                              "Wednesday, calling the reports lies.", "attacked", negated=True))
    (event,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert (event["mentions"], event["independent_sources"], event["status"]) == (4, 3, "contradicted")
    (claim,) = crossdoc.list_claims(ledger, status="contradicted")
    assert [s["article_id"] for s in claim["denied_by"]] == ["radio"]
    assert {s["article_id"] for s in claim["asserted_by"]} == {"kivu", "wire", "copy"}


def test_another_week_is_another_event(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("wire", "Wire Service", WIRE, "ambushed"))
    later = record("later", "Kivu Daily", WIRE.replace("Wednesday", "Friday") + " A second attack followed.",
                   "ambushed", published=date(2023, 4, 20))
    moved = dataclasses.replace(later.events[0], time=EventTime("2023-04-19", "on Wednesday"))
    later = dataclasses.replace(later, events=(moved,))
    add(ledger, later)
    assert len(crossdoc.list_events(ledger, type="ASSAULT")) == 2


def test_entities_merge_across_articles_with_the_rule(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("kivu", "Kivu Daily", "Rebels of M23 attacked an aid convoy near Goma on Wednesday.",
                       "attacked"))
    add(ledger, record("wire", "Wire Service", WIRE, "ambushed"))
    rows = ledger.query("SELECT ledger_entity_id, rule FROM entity_links ORDER BY article_rowid")
    assert rows[0]["ledger_entity_id"] == rows[1]["ledger_entity_id"]
    assert [r["rule"] for r in rows] == ["new", "same name"]


def test_update_is_idempotent(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("wire", "Wire Service", WIRE, "ambushed"))
    crossdoc.update(ledger, ["wire"])
    assert ledger.query("SELECT count(*) AS n FROM event_links")[0]["n"] == 1
    assert crossdoc.pending(ledger) == []


def test_a_coordinated_actor_is_found_by_the_actor_search(ledger) -> None:  # type: ignore[no-untyped-def]
    text = "The United States and France accused Russia of violating the treaty on Monday."
    us, france, russia = (text.index(w) for w in ("The United States", "France", "Russia"))
    start = text.index("accused")
    event = Event(
        id="v1", type="ACCUSE", mode=None, acled=None, trigger=(start, start + len("accused")),
        actor=SpanRef(us, us + 17, "The United States"), target=SpanRef(russia, russia + 6, "Russia"),
        time=EventTime("2023-03-06", "on Monday"), place=None, negated=False, modality="asserted", source=None,
        co_actors=(SpanRef(france, france + 6, "France"),),
    )
    add(ledger, ArticleRecord(article=Article(id="treaty", text=text, outlet="Wire", published=date(2023, 3, 7)),
                              events=(event,)))
    (found,) = crossdoc.list_events(ledger, actor="france")
    assert crossdoc.list_events(ledger, actor="germany") == []
    detail = crossdoc.get_event(ledger, found["id"])
    assert (detail["co_actors"], detail["co_targets"]) == (["France"], [])


def test_a_possible_or_planned_act_corroborates_nothing(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("wire", "Wire Service", WIRE, "ambushed"))
    maybe = record("kivu", "Kivu Daily", "M23 fighters may have ambushed an aid convoy outside Goma on Wednesday, "
                                         "killing six people.", "ambushed")
    maybe = dataclasses.replace(maybe, events=(dataclasses.replace(maybe.events[0], modality="hypothetical"),))
    add(ledger, maybe)
    (event,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert (event["mentions"], event["independent_sources"], event["status"]) == (2, 1, "single")
    stances = {s["article_id"]: s["polarity"] for s in crossdoc.get_event(ledger, event["id"])["sources"]}
    assert stances == {"wire": 1, "kivu": 0}


def test_an_event_only_mentioned_as_possible_is_unconfirmed(ledger) -> None:  # type: ignore[no-untyped-def]
    maybe = record("kivu", "Kivu Daily", "M23 fighters may have ambushed an aid convoy outside Goma on Wednesday.",
                   "ambushed")
    maybe = dataclasses.replace(maybe, events=(dataclasses.replace(maybe.events[0], modality="hypothetical"),))
    add(ledger, maybe)
    (event,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert (event["independent_sources"], event["status"]) == (0, "unconfirmed")


def test_an_event_its_sources_only_deny_is_denied(ledger) -> None:  # type: ignore[no-untyped-def]
    add(ledger, record("kivu", "Kivu Daily", "M23 denied that its fighters attacked an aid convoy near Goma on "
                                             "Wednesday.", "attacked", negated=True))
    (event,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert (event["independent_sources"], event["status"]) == (1, "denied")


@pytest.mark.parametrize(
    ("text", "entity", "key"),
    [
        ("he", None, None),
        ("They", None, None),
        ("he", "e1", "E7"),  # resolved by the article's coreference
        ("the soldiers", None, "t:soldi"),
        ("Wagner", "e2", "t:wagne"),  # an entity the ledger has not linked goes by its word
    ],
)
def test_an_unresolved_pronoun_is_no_participant_key(text: str, entity: str | None, key: str | None) -> None:
    assert _participant({"start": 0, "end": len(text), "text": text, "entity": entity}, {"e1": 7}) == key


@pytest.mark.parametrize(
    ("actor_text", "shown"),
    [
        ("They", "M23"),  # a pronoun the article resolved: the entity's name
        ("the group", "M23"),  # so is a description
        ("M23 fighters", "M23 fighters"),  # words that name it stay
    ],
)
def test_a_ledger_event_names_whom_a_pronoun_stands_for(ledger, actor_text: str,  # type: ignore[no-untyped-def]
                                                        shown: str) -> None:
    text = f"M23 seized the town on Monday. {actor_text} attacked an aid convoy outside Goma on Wednesday."
    rec = record("kivu", "Kivu Daily", text, "attacked")
    start = text.index(actor_text, 5)
    event = dataclasses.replace(rec.events[0], actor=SpanRef(start, start + len(actor_text), actor_text, "e1"))
    add(ledger, dataclasses.replace(rec, events=(event,)))
    (listed,) = crossdoc.list_events(ledger, type="ASSAULT")
    assert listed["actor_text"] == shown
    assert listed["summary"].startswith(f"{shown} attacked")
