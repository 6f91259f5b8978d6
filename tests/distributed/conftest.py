"""A small crawl archive for the distributed tests: real article text, one German page, one image."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.distributed.sample import Page, news_page, page_from_text, write_warc
from newsledger.evaluate.common import shared_data_dir

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "wagner-prison-recruitment-2023-03-11.txt"
# Used when the gold data (PolNeAR news texts) is not on this machine.
FALLBACK_TEXTS = [
    ("2023-03-09", "Convoy attacked near Goma\n\nRebels attacked an aid convoy near Goma on Wednesday, killing six "
     "people, the provincial governor said in a statement.\n\nThe United Nations condemned the attack and called "
     "for an investigation, a spokesman told reporters in New York on Thursday."),
    ("2023-03-10", "Protesters detained in Minsk\n\nPolice in Minsk detained at least 12 protesters on Friday, "
     "according to the rights group Viasna.\n\n\"They were taken away in vans,\" said one witness, who asked not "
     "to be named. The interior ministry did not respond to a request for comment."),
]
GERMAN = ("Die Bundesregierung hat am Montag ein neues Gesetz beschlossen, das die Rechte der Mieter in den großen "
          "Städten stärken soll. Der Bundestag muss noch zustimmen, sagte ein Sprecher des Ministeriums in Berlin.")


def crawl_pages(texts: int = 3) -> list[Page]:
    pages = [page_from_text("https://example.org/world/wagner-recruits", SAMPLE.read_text(encoding="utf-8"),
                            "2023-03-11")]
    polnear = shared_data_dir() / "attribution" / "polnear" / "dev" / "text"
    if polnear.is_dir():
        for path in sorted(polnear.glob("*.txt"))[:texts]:
            published = path.stem.split("_")[1]
            pages.append(page_from_text(f"https://example.org/{path.stem}", path.read_text(encoding="utf-8"),
                                        published))
    else:
        pages += [page_from_text(f"https://example.org/story-{i}", text, day)
                  for i, (day, text) in enumerate(FALLBACK_TEXTS)]
    pages.append(Page("https://example.de/politik/mieter", news_page("Mieterschutz", [GERMAN] * 3, "2023-03-10")))
    pages.append(Page("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"))
    return pages


@pytest.fixture(scope="session")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gzipped WARC archive of a few news pages, a German page and an image."""
    return write_warc(tmp_path_factory.mktemp("crawl") / "news.warc.gz", crawl_pages())
