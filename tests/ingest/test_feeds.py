"""RSS and Atom feeds: each entry with content or a summary becomes an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ingest import read_inputs
from newsledger.ingest.feeds import fragment_text
from newsledger.records import Article, IngestFailure

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kivu Daily</title><link>https://kivu.example/</link>
<item>
  <title>Convoy attacked near Goma</title>
  <link>https://kivu.example/2023/03/convoy-attacked</link>
  <guid>kivu-1001</guid>
  <pubDate>Thu, 09 Mar 2023 08:00:00 GMT</pubDate>
  <author>desk@kivu.example (Bea Writer)</author>
  <description>Rebels attacked a convoy.</description>
  <content:encoded><![CDATA[<p>Rebels attacked an aid convoy near Goma on Wednesday, killing six people,
  the governor said.</p><p>The United Nations condemned the attack.</p>]]></content:encoded>
</item>
<item>
  <title>Protesters detained</title>
  <link>https://kivu.example/2023/03/protesters</link>
  <pubDate>Fri, 10 Mar 2023 08:00:00 GMT</pubDate>
  <description>Police detained 12 protesters in Bukavu on Friday, a rights group said.</description>
</item>
<item><title>Photo gallery</title><link>https://kivu.example/gallery</link></item>
<item><title>Convoi attaqué</title><link>https://kivu.example/fr/convoi</link>
  <description>Des rebelles ont attaqué un convoi humanitaire près de Goma mercredi, tuant six personnes, a
  déclaré le gouverneur de la province dans un communiqué publié jeudi à la presse.</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Minsk Wire</title><id>urn:minsk</id>
<updated>2023-03-10T10:00:00Z</updated>
<entry><title>Court jails activist</title><id>urn:minsk:7</id>
  <link href="https://minsk.example/court-jails-activist"/>
  <updated>2023-03-10T10:00:00Z</updated>
  <content type="html">&lt;p&gt;A court in Minsk jailed an activist for five years on Friday,
  her lawyer said.&lt;/p&gt;</content>
</entry></feed>
"""


@pytest.fixture
def feeds(tmp_path: Path) -> Path:
    (tmp_path / "kivu.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "minsk.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://x.example/</loc></url></urlset>",
                                          encoding="utf-8")
    return tmp_path


def test_rss_entries(feeds: Path) -> None:
    items = list(read_inputs([feeds / "kivu.rss"]))
    first, second, empty, french = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == ("Rebels attacked an aid convoy near Goma on Wednesday, killing six people, the governor "
                          "said.\n\nThe United Nations condemned the attack.")
    assert (first.title, first.outlet, first.url) == ("Convoy attacked near Goma", "Kivu Daily",
                                                      "https://kivu.example/2023/03/convoy-attacked")
    assert first.published is not None and first.published.isoformat() == "2023-03-09"
    assert first.id.startswith("convoy-attacked-") and first.source == f"{feeds / 'kivu.rss'}:1"
    assert second.text.startswith("Police detained 12 protesters")  # summary only
    assert isinstance(empty, IngestFailure) and (empty.reason, empty.line) == ("empty", 3)
    assert isinstance(french, IngestFailure) and (french.reason, french.line) == ("language", 4)


def test_atom_entry(feeds: Path) -> None:
    (entry,) = read_inputs([feeds / "minsk.atom"])
    assert isinstance(entry, Article)
    assert entry.text == "A court in Minsk jailed an activist for five years on Friday, her lawyer said."
    assert (entry.outlet, entry.url) == ("Minsk Wire", "https://minsk.example/court-jails-activist")
    assert entry.published is not None and entry.published.isoformat() == "2023-03-10"


def test_xml_that_is_not_a_feed_is_a_failure(feeds: Path) -> None:
    (failure,) = read_inputs([feeds / "sitemap.xml"])
    assert isinstance(failure, IngestFailure) and failure.reason == "feed"


def test_folder_reads_every_feed(feeds: Path) -> None:
    articles = [i for i in read_inputs([feeds]) if isinstance(i, Article)]
    assert sorted(a.outlet or "" for a in articles) == ["Kivu Daily", "Kivu Daily", "Minsk Wire"]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("Line one<br>line two", "Line one\n\nline two"),
        ("<div><b>Bold</b> words &amp; more</div>", "Bold words & more"),
    ],
)
def test_fragment_text(html: str, text: str) -> None:
    assert fragment_text(html) == text
