"""Each bad input gives a clear error naming it, and the rest of the batch is stored."""

import io
import json
from pathlib import Path

import pytest

from newsledger.ingest import read_inputs
from newsledger.jobs import ingest_paths
from newsledger.records import Article, IngestFailure
from newsledger.store import open_store

GOOD = " date 2023-03-10 By A. Writer\n\nRebels attacked a convoy near Goma on Thursday, officials said.\n"
HTML = ("<html><head><title>Convoy attacked</title><meta name='author' content='Bea Writer'>"
        "<meta property='og:site_name' content='Kivu Daily'>"
        "<meta property='article:published_time' content='2023-03-09T08:00:00Z'></head><body><article>"
        "<h1>Convoy attacked</h1><p>Rebels attacked an aid convoy near Goma on Wednesday, killing six people, "
        "the provincial governor said in a statement.</p><p>Photo: Reuters</p>"
        "<p>The United Nations condemned the attack and called for an investigation into the killings.</p>"
        "</article></body></html>")

BAD_FILES = {
    "empty.txt": (b"", "empty", "empty.txt: the file is empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary.txt: looks like a binary file"),
    "latin1.txt": ("Réunion à Genève.".encode("latin-1"), "encoding", "latin1.txt: not UTF-8 text"),
    "cut.txt": (b"Body text about Kyiv and Lviv " + "Донецьк".encode()[:-1], "truncated",
                "cut.txt: the file ends in the middle of a character"),
    "baddate.txt": (b" date 2023-02-30 By X\n\nBody text.", "date", "baddate.txt: unparseable date '2023-02-30'"),
    "cut.html": (b"<html><body><p>Rebels attacked", "truncated", "cut.html: the HTML page has no closing"),
}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    for name, (data, _, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    lines = [
        json.dumps({"id": "j1", "text": "Police arrested 12 protesters in Minsk.", "published": "2023-03-05"}),
        "{not json",
        json.dumps({"id": "j2", "text": "x", "published": "yesterday"}),
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "j3", "html": HTML.replace("Goma", "Bunia"), "outlet": "Example Wire"}),
        json.dumps({"id": "j4", "text": "The army shelled villages in the north, residents said."})[:-10],
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return folder


@pytest.mark.parametrize(("name", "reason", "message"), [(n, r, m) for n, (_, r, m) in BAD_FILES.items()])
def test_bad_file_message(batch: Path, name: str, reason: str, message: str) -> None:
    (item,) = list(read_inputs([batch / name]))
    assert isinstance(item, IngestFailure)
    assert item.reason == reason
    assert message in item.message


@pytest.mark.parametrize(
    ("line", "reason", "message"),
    [
        (2, "json", "batch.jsonl:2: not valid JSON"),
        (3, "date", "batch.jsonl:3: unparseable date 'yesterday'"),
        (4, "field", 'batch.jsonl:4: missing "id"'),
        (6, "truncated", "batch.jsonl:6: the last line is cut off"),
    ],
)
def test_bad_jsonl_line_message(batch: Path, line: int, reason: str, message: str) -> None:
    failures = [i for i in read_inputs([batch / "batch.jsonl"]) if isinstance(i, IngestFailure)]
    (failure,) = [f for f in failures if f.line == line]
    assert failure.reason == reason
    assert message in failure.message


def test_html_metadata(batch: Path) -> None:
    (article,) = list(read_inputs([batch / "page.html"]))
    assert isinstance(article, Article)
    assert article.title == "Convoy attacked"
    assert article.author == "Bea Writer"
    assert article.outlet == "Kivu Daily"
    assert str(article.published) == "2023-03-09"
    assert "Photo: Reuters" not in article.text
    assert article.text.startswith("Rebels attacked")


def test_stdin_is_plain_text() -> None:
    (article,) = list(read_inputs(["-"], stdin=io.BytesIO(GOOD.encode())))
    assert isinstance(article, Article)
    assert article.author == "A. Writer"
    assert article.source == "<stdin>"


def test_batch_goes_on_past_every_bad_input(batch: Path, tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    with open_store(tmp_path / "ledger.db") as store:
        summary = ingest_paths([batch], store, pipeline)
        stored = {r["id"] for r in store.iter_records()}
        failures = store.failures()
    assert stored == {"good", "page", "j1", "j3"}
    assert summary.stored == 4
    assert summary.failed_total == len(BAD_FILES) + 4
    assert {(f.source.rsplit("/", 1)[-1], f.line) for f in failures} >= {("batch.jsonl", 2), ("empty.txt", None)}
    assert all(f.message for f in failures)
