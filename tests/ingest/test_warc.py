"""WARC archives: each HTML response is an article; anything else is recorded with a reason, or passed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.distributed.sample import Page, news_page, write_warc
from newsledger.ingest import read_inputs
from newsledger.ingest.language import is_english
from newsledger.ingest.warc import article_id
from newsledger.records import Article, IngestFailure

PARAGRAPHS = [
    "Rebels attacked an aid convoy near Goma on Wednesday, killing six people, the provincial governor said "
    "in a statement on Thursday.",
    "The United Nations condemned the attack and called for an investigation into the killings, a spokesman "
    "told reporters in New York.",
]
PAGE = news_page("Convoy attacked near Goma", PARAGRAPHS, "2023-03-09", outlet="Kivu Daily")
FRENCH = ("Le gouvernement a annoncé lundi une nouvelle loi sur le logement, qui doit encore être adoptée par "
          "le Parlement, a déclaré un porte-parole du ministère à Paris. Les associations de locataires ont "
          "salué une avancée, mais demandent des mesures plus fortes pour les familles les plus pauvres.")
URL = "https://example.org/africa/convoy-attacked-goma.html"


def read_one(tmp_path: Path, page: Page) -> list[Article | IngestFailure]:
    return list(read_inputs([write_warc(tmp_path / "one.warc.gz", [page])]))


def test_html_response_becomes_an_article(tmp_path: Path) -> None:
    (article,) = read_one(tmp_path, Page(URL, PAGE))
    assert isinstance(article, Article)
    assert article.text.startswith("Rebels attacked an aid convoy near Goma")
    assert "Home" not in article.text and "Copyright" not in article.text
    assert (article.title, article.url, article.outlet) == ("Convoy attacked near Goma", URL, "Kivu Daily")
    assert article.published is not None and article.published.isoformat() == "2023-03-09"
    assert article.id.startswith("convoy-attacked-goma-")
    assert article.source == f"{tmp_path / 'one.warc.gz'}:1"


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (Page(URL, news_page("Loi logement", [FRENCH] * 2, "2023-03-09")), "language"),
        (Page(URL + "/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"), "content-type"),
        (Page(URL, b"<html>\x00\x01\x02</html>"), "binary"),
        (Page(URL, PAGE, status="404 Not Found"), "http"),
        (Page(URL, b"<html><body><script>var x = 1;</script></body></html>"), "empty"),
        (Page(URL, b"  "), "empty"),
    ],
    ids=["french", "image", "nul-bytes", "not-found", "no-text", "blank"],
)
def test_bad_response_is_recorded_with_reason(tmp_path: Path, page: Page, reason: str) -> None:
    (failure,) = read_one(tmp_path, page)
    assert isinstance(failure, IngestFailure)
    assert failure.reason == reason
    assert failure.line == 1
    assert failure.message.startswith(f"{tmp_path / 'one.warc.gz'} record 1: ")


def test_redirect_is_passed_over(tmp_path: Path) -> None:
    assert read_one(tmp_path, Page(URL, b"", status="301 Moved Permanently")) == []


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = news_page("Réunion à Genève", [*PARAGRAPHS, "Délégués à Genève."], "2023-03-09").decode()
    page = Page(URL, body.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    (article,) = read_one(tmp_path, page)
    assert isinstance(article, Article)
    assert "Délégués à Genève." in article.text


def test_crawl_date_is_the_fallback_date(tmp_path: Path) -> None:
    (article,) = read_one(tmp_path, Page(URL, news_page("Convoy attacked", PARAGRAPHS, None)))
    assert isinstance(article, Article)
    assert article.published is not None and article.published.isoformat() == "2023-03-12"


def test_plain_warc_and_folder_and_glob(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "a.warc", [Page(URL, PAGE)], gzip=False)
    write_warc(folder / "b.warc.gz", [Page(URL.replace("goma", "bunia"), PAGE.replace(b"Goma", b"Bunia"))])
    by_folder = [a.text for a in read_inputs([folder]) if isinstance(a, Article)]
    by_glob = [a.text for a in read_inputs([str(folder / "*.warc*")]) if isinstance(a, Article)]
    assert len(by_folder) == 2 and by_folder == by_glob
    assert "Bunia" in by_folder[1]


def test_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    pages = [Page(f"{URL}?n={n}", PAGE.replace(b"six", str(n + 7).encode())) for n in range(3)]
    whole = write_warc(tmp_path / "whole.warc.gz", pages).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 5 // 6])
    items = list(read_inputs([cut]))
    assert [i.text for i in items[:2] if isinstance(i, Article)] == [
        i.text for i in read_inputs([tmp_path / "whole.warc.gz"])][:2]
    assert all(isinstance(i, IngestFailure) and i.reason == "truncated" for i in items[2:])


def test_article_id_is_stable_and_readable() -> None:
    assert article_id(URL, "<urn:uuid:1>") == article_id(URL, "<urn:uuid:1>")
    assert article_id(URL, "<urn:uuid:1>") != article_id(URL, "<urn:uuid:2>")
    assert article_id("https://example.org/", "<urn:uuid:1>").startswith("warc-")


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (" ".join(PARAGRAPHS), True),
        (FRENCH, False),
        ("Die Bundesregierung hat am Montag ein neues Gesetz beschlossen, das die Rechte der Mieter in den "
         "großen Städten stärken soll. Der Bundestag muss noch zustimmen, sagte ein Sprecher in Berlin.", False),
        ("Правительство в понедельник объявило о новом законе о жилье, который еще должен принять парламент, "
         "заявил представитель министерства.", False),
        ("政府星期一宣布了一项新的住房法律，该法律仍需议会通过，部长的发言人在北京表示。", False),
        ("Goma, 9 March.", True),  # too short to judge: let through
    ],
    ids=["english", "french", "german", "russian", "chinese", "short"],
)
def test_language_filter(text: str, english: bool) -> None:
    assert is_english(text) is english


def test_file_that_is_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text("just some notes, not an archive\n", encoding="utf-8")
    (failure,) = read_inputs([tmp_path / "notes.warc"])
    assert isinstance(failure, IngestFailure) and failure.reason == "warc"


def test_glob_without_match_is_a_failure(tmp_path: Path) -> None:
    (failure,) = read_inputs([str(tmp_path / "*.warc.gz")])
    assert isinstance(failure, IngestFailure) and failure.reason == "missing"
