"""Small WARC archives built from article texts, as a news crawler would have saved them.

The tests and the benchmark use these: real article text wrapped in a plain news page and written
as HTTP response records with warcio, so every byte goes through the same reading path as CC-NEWS.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.ingest.text import parse_plain_text


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    crawled: str = "2023-03-12T08:00:00Z"


def news_page(title: str, paragraphs: Iterable[str], published: str | None, outlet: str = "Example News") -> bytes:
    """An HTML news page with the metadata trafilatura reads (title, date, site name)."""
    meta = f'<meta property="article:published_time" content="{published}T09:00:00Z">' if published else ""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f"<!doctype html><html lang='en'><head><title>{html.escape(title)}</title>{meta}"
        f'<meta property="og:site_name" content="{html.escape(outlet)}"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>Copyright Example News</footer></body></html>"
    )
    return page.encode("utf-8")


def page_from_text(url: str, text: str, published: str | None) -> Page:
    """A page for a plain-text article (a header is dropped; a short first paragraph is the title)."""
    paragraphs = [p.strip() for p in parse_plain_text(text, url).text.split("\n\n") if p.strip()]
    if len(paragraphs) > 1 and len(paragraphs[0]) < 150:
        return Page(url, news_page(paragraphs[0].rstrip("."), paragraphs[1:], published))
    return Page(url, news_page("", paragraphs, published))


def write_warc(path: Path, pages: Iterable[Page], gzip: bool = True) -> Path:
    """Write ``pages`` as request/response record pairs, like a crawler's archive."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for page in pages:
        request = writer.create_warc_record(
            page.url, "request", payload=BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {page.url} HTTP/1.1", [("Host", "example.org")], is_http_request=True),
            warc_headers_dict={"WARC-Date": page.crawled},
        )
        headers = StatusAndHeaders(page.status, [("Content-Type", page.content_type)], protocol="HTTP/1.1")
        response = writer.create_warc_record(
            page.url, "response", payload=BytesIO(page.body), http_headers=headers,
            warc_headers_dict={"WARC-Date": page.crawled},
        )
        writer.write_record(request)
        writer.write_record(response)
    path.write_bytes(buffer.getvalue())
    return path
