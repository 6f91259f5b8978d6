"""The issue's own check: the sample article and a second report of the Wagner announcement."""


import pytest

from newsledger import crossdoc
from newsledger.jobs import ingest_paths
from newsledger.store import open_store
from tests.conftest import SAMPLE

SECOND = """Title: Wagner opens recruitment centres across Russia
Date: 2023-03-10
Outlet: Reuters

The Wagner Group has opened recruitment centres in 42 Russian cities, its founder Yevgeny Prigozhin said on Friday, \
as the private military company seeks new fighters for the war in Ukraine.
"""


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, pipeline):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("sample-ledger")
    second = folder / "reuters.txt"
    second.write_text(SECOND, encoding="utf-8")
    with open_store(folder / "ledger.db") as store:
        ingest_paths([SAMPLE, second], store, pipeline)
        yield store


def test_one_ledger_event_with_two_independent_sources(ledger) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in crossdoc.list_events(ledger, type="MOBILIZE") if e["first_day"] == "2023-03-10"]
    reported_by_both = [e for e in events if e["independent_sources"] >= 2]
    assert len(reported_by_both) == 1, events
    sources = crossdoc.get_event(ledger, reported_by_both[0]["id"])["sources"]
    assert {s["article_id"] for s in sources} == {SAMPLE.stem, "reuters"}


def test_the_prigozhin_un_contradiction_with_both_chains(ledger) -> None:  # type: ignore[no-untyped-def]
    (claim,) = crossdoc.list_claims(ledger, status="contradicted")
    denied = [" <- ".join(s["chain"]) for s in claim["denied_by"]]
    asserted = [" <- ".join(s["chain"]) for s in claim["asserted_by"]]
    assert any("Prigozhin" in c and "Moscow Times" in c for c in denied), denied
    assert any("experts" in c for c in asserted), asserted
