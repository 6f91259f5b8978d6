import json

from click.testing import CliRunner

from newsledger import crossdoc
from newsledger.cli import cli
from newsledger.store import open_store
from tests.crossdoc.test_ledger import WIRE, record


def build(db: str) -> None:
    with open_store(db) as store:
        for rec in (
            record("kivu", "Kivu Daily", "Rebels of M23 attacked an aid convoy near Goma on Wednesday, killing six "
                                         "people, officials said.", "attacked"),
            record("wire", "Wire Service", WIRE, "ambushed"),
            record("radio", "Rebel Radio", "M23 denied that its fighters attacked the convoy near Goma on Wednesday.",
                   "attacked", negated=True),
        ):
            store.add(rec)
        crossdoc.update(store, crossdoc.pending(store))


def run(db: str, *args: str):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def test_events_event_claims_stories(location: str) -> None:
    db = location
    build(db)
    (event,) = json.loads(run(db, "events", "--type", "assault", "--json").stdout)
    assert event["independent_sources"] == 3
    assert json.loads(run(db, "events", "--min-sources", "4", "--json").stdout) == []
    assert json.loads(run(db, "events", "--since", "2023-04-01", "--json").stdout) == []
    shown = run(db, "event", str(event["id"])).stdout
    assert "DENIES  Rebel Radio" in shown and "asserts Wire Service" in shown
    claims = run(db, "claims", "--contradicted").stdout
    assert "contradicted" in claims and "Rebel Radio" in claims
    assert "3 articles" in run(db, "stories").stdout


def test_unknown_event_is_a_clear_error(location: str) -> None:
    db = location
    build(db)
    result = CliRunner().invoke(cli, ["--db", str(db), "event", "999"])
    assert "no ledger event with id 999" in str(result.exception)
