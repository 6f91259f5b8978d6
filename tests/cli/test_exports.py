import csv
import dataclasses
import io
import json

import pytest
from click.testing import CliRunner

from newsledger import crossdoc
from newsledger.cli import cli
from newsledger.records import AcledType, EventPlace, EventTime, Place, SpanRef
from newsledger.store import open_store
from tests.crossdoc.test_ledger import WIRE, record

GOMA = Place(0, 0, "Goma", "Goma", 217831, "CD", -1.67409, 29.22845, "PPLA", admin1="North Kivu")


def located(article_id: str, outlet: str, text: str, trigger: str):  # type: ignore[no-untyped-def]
    rec = record(article_id, outlet, text, trigger)
    start = text.index("Goma")
    place = dataclasses.replace(GOMA, start=start, end=start + 4)
    event = dataclasses.replace(rec.events[0], acled=AcledType("Violence against civilians", "Attack"),
                                place=EventPlace(start, start + 4, "Goma", 217831))
    if "FDLR" in text:
        fdlr = text.index("FDLR")
        event = dataclasses.replace(event, co_actors=(SpanRef(fdlr, fdlr + 4, "FDLR"),))
    return dataclasses.replace(rec, places=(place,), events=(event,))


def _store(location: str, *records) -> None:  # type: ignore[no-untyped-def]
    with open_store(location) as store:
        for rec in records:
            store.add(rec)
        crossdoc.update(store, crossdoc.pending(store))


def _acled_rows(location: str) -> list[dict[str, str]]:
    result = CliRunner().invoke(cli, ["--db", str(location), "export", "--format", "acled-csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_export_formats(location: str) -> None:
    db = location
    _store(db, located("kivu", "Kivu Daily", "Rebels of M23 and FDLR attacked an aid convoy near Goma on Wednesday, "
                                             "killing six people, officials said.", "attacked"),
           located("wire", "Wire Service", WIRE, "ambushed"))

    def export(fmt: str) -> str:
        result = CliRunner().invoke(cli, ["--db", str(db), "export", "--format", fmt])
        assert result.exit_code == 0, result.output
        return result.stdout

    (row,) = _acled_rows(db)
    assert (row["event_type"], row["sub_event_type"], row["admin1"], row["location"]) == (
        "Violence against civilians", "Attack", "North Kivu", "Goma")
    assert row["fatalities"] == "6"
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == ("M23", "FDLR", "", "")
    # violence against civilians has civilians on its second side, whether or not the text names them
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("Rebel group", "Civilians", "Rebel group-Civilians")
    assert row["source"] == "Kivu Daily; Wire Service"
    assert row["event_date"] == "2023-03-08"

    features = json.loads(export("geojson"))["features"]
    kinds = sorted(f["properties"]["kind"] for f in features)
    assert kinds == ["event", "place", "place"]
    place = next(f for f in features if f["properties"]["kind"] == "place")
    assert place["geometry"]["coordinates"] == [29.22845, -1.67409]
    assert {"article", "start", "end", "geonameid"} <= set(place["properties"])

    lines = export("jsonl").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["kivu", "wire"]


@pytest.mark.parametrize(
    ("text", "trigger", "acled", "sides"),
    [
        # A battle or a clash whose parties are coordinated has two sides: ACLED's actor1 and actor2.
        ("M23 and FDLR fighters clashed near Goma on Wednesday.", "clashed", AcledType("Battles", "Armed clash"),
         ("M23", "", "FDLR", "")),
        ("Clashes between M23 supporters and FDLR supporters broke out in Goma.", "Clashes",
         AcledType("Riots", "Violent demonstration"), ("M23", "", "FDLR", "")),
        # Rioters named together are one side.
        ("M23 and FDLR supporters rioted in Goma on Wednesday.", "rioted",
         AcledType("Riots", "Violent demonstration"), ("M23", "FDLR", "", "")),
    ],
)
def test_acled_sides(location: str, text: str, trigger: str, acled: AcledType,
                     sides: tuple[str, str, str, str]) -> None:
    rec = located("kivu", "Kivu Daily", text, trigger)
    _store(location, dataclasses.replace(rec, events=(dataclasses.replace(rec.events[0], acled=acled),)))
    (row,) = _acled_rows(location)
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]) == sides


def _two_tolls(location: str) -> None:
    """One ambush told by two reports: six killed, and nine."""
    first = located("kivu", "Kivu Daily", "Rebels of M23 attacked an aid convoy near Goma on Wednesday, killing "
                                          "six people, officials said.", "attacked")
    higher = located("wire", "Wire Service", WIRE, "ambushed")
    _store(location, first, dataclasses.replace(higher, events=(dataclasses.replace(higher.events[0], fatalities=9),)))


def test_acled_fatalities_keep_the_lowest_report(location: str) -> None:
    """ACLED keeps the most conservative of differing reports, and notes the dispute."""
    _two_tolls(location)
    (row,) = _acled_rows(location)
    assert row["fatalities"] == "6"
    assert row["notes"].endswith("fatalities reported: 6 (Kivu Daily), 9 (Wire Service); the lowest is kept")


def test_acled_fatalities_zero_without_a_figure(location: str) -> None:
    _store(location, located("kivu", "Kivu Daily", "Rebels of M23 attacked an aid convoy near Goma on Wednesday, "
                                                   "officials said.", "attacked"))
    (row,) = _acled_rows(location)
    assert row["fatalities"] == "0"


def test_acled_export_leaves_out_what_did_not_take_place(location: str) -> None:
    """ACLED records events that took place: not one its only source denies, nor one only called possible."""
    foiled = located("kivu", "Kivu Daily", "Police said M23 failed in an attack on a convoy near Goma on Wednesday.",
                     "attack")
    foiled = dataclasses.replace(foiled, events=(dataclasses.replace(foiled.events[0], negated=True),))
    possible = located("wire", "Wire Service", "M23 may attack the town of Goma next week, officials said.", "attack")
    possible = dataclasses.replace(possible, events=(dataclasses.replace(
        possible.events[0], modality="hypothetical", time=EventTime("2023-03-15", "next week")),))
    _store(location, foiled, possible)
    with open_store(location) as store:
        assert sorted(e["status"] for e in crossdoc.list_events(store)) == ["denied", "unconfirmed"]
    assert _acled_rows(location) == []


def test_ledger_event_shows_a_disputed_toll(location: str) -> None:
    from newsledger.api import ledger

    _two_tolls(location)
    with open_store(location) as store:
        event = ledger.get_event(store, "kivu:v1")
    assert (event["fatalities"], event["fatalities_disputed"]) == (6, "6 (Kivu Daily), 9 (Wire Service)")
    assert (event["injured"], event["injured_disputed"]) == (None, None)


def test_one_incident_is_one_acled_row(location: str, pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "blew himself up ..., killing 6 civilians and wounding 20": three events of one bombing, one ACLED row."""
    text = ("A suicide bomber blew himself up at a market in Kabul on Friday, killing 6 civilians and wounding "
            "20 others, police said.")
    record = pipeline.extract(text, published="2023-03-11", id="kabul")
    blew = next(e for e in record.events if text[e.trigger[0]:e.trigger[1]] == "blew")
    parts = [text[e.trigger[0]:e.trigger[1]] for e in record.events if e.part_of == blew.id]
    assert parts == ["killing", "wounding"]
    _store(location, record)
    (row,) = _acled_rows(location)
    assert (row["sub_event_type"], row["fatalities"]) == ("Suicide bomb", "6")
