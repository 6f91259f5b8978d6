"""WARC and ARC archives (plain or gzipped, as Common Crawl's CC-NEWS ships them) through warcio.

Every HTTP response in the archive is a candidate article: its HTML goes through the same
``parse_html`` (trafilatura) as a saved page. Requests, metadata and redirects are not articles
and pass silently; a response that is not HTML, not decodable, has no article text or is not
English becomes an ``IngestFailure`` (reason ``content-type``, ``http``, ``binary``, ``empty``,
``language``, ...) naming the archive and the record's number, and the archive goes on.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsledger.errors import InputError
from newsledger.ingest.dates import parse_date
from newsledger.ingest.html import parse_html
from newsledger.ingest.language import is_english
from newsledger.records import Article, IngestFailure

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9]+")

Item = Article | IngestFailure


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read_warc(stream: IO[bytes], source: str, published: date | None = None) -> Iterator[Item]:
    """Articles and failures from every response record of the archive in ``stream``, in order."""
    number = seen = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            seen += 1
            if record.rec_type not in ("response", "resource"):
                continue
            number += 1
            try:
                article = _article(record, source, number, published)
            except InputError as exc:
                yield IngestFailure(source, exc.reason, f"{source} record {number}: {exc.detail}", number)
                continue
            if article is not None:
                yield article
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        if seen == 0:
            yield IngestFailure(source, "warc", f"{source}: not a readable WARC or ARC archive: {exc}")
        else:
            # A cut-off download still yields the records before the cut.
            yield IngestFailure(source, "truncated", f"{source}: archive unreadable after record {number}: {exc}")
        return
    if seen == 0:
        yield IngestFailure(source, "warc", f"{source}: no WARC or ARC records in this file")


def _article(record: Any, source: str, number: int, published: date | None) -> Article | None:
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{source}:{number}"
    if record.rec_type == "response":
        if record.http_headers is None:
            if url and ("://" in url or url.startswith("dns:")):
                return None  # a response to a non-HTTP protocol (dns:, ftp://)
            # What warcio makes of a file that is not an archive at all.
            raise InputError(where, "warc", "not a WARC record (no target URL): is this file an archive?")
        status = record.http_headers.get_statuscode() or ""
        if status.startswith("3"):
            return None  # a redirect: the page it points to is its own record
        if not status.startswith("2"):
            raise InputError(where, "http", f"HTTP status {status} for {url}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    data = record.content_stream().read()
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        raise InputError(where, "content-type", f"{mime} is not an HTML page ({url})")
    html = decode_html(data, content_type, where)
    parsed = parse_html(html, where, url=url)
    if not is_english(parsed.text):
        raise InputError(where, "language", f"not English ({url})")
    when = parsed.published or published or _crawl_date(record)
    return Article(
        id=article_id(url, record.rec_headers.get_header("WARC-Record-ID") or where),
        text=parsed.text,
        title=parsed.title,
        published=when,
        outlet=parsed.outlet,
        url=parsed.url or url,
        author=parsed.author,
        source=where,
    )


def decode_html(data: bytes, content_type: str, source: str) -> str:
    """The page's text, in the charset the HTTP header or the page's meta tag declares, else UTF-8."""
    if not data.strip():
        raise InputError(source, "empty", "the response body is empty")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary", "the response body is binary (it contains NUL bytes), not HTML")
    declared = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    meta = _CHARSET.search(data[:4096])
    candidates = [declared.group(1) if declared else None, meta.group(1).decode("ascii") if meta else None, "utf-8"]
    for charset in candidates:
        if not charset:
            continue
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    # Pages that lie about their charset are common on the web; keep the text, mark the bad bytes.
    return data.decode("utf-8", errors="replace")


def article_id(url: str | None, key: str, prefix: str = "warc") -> str:
    """A readable, stable id: the last words of the URL path and a hash of ``key`` (the record's id)."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    path = urlsplit(url or "").path.rstrip("/").rsplit("/", 1)[-1]
    slug = _SLUG.sub("-", path.lower().rsplit(".", 1)[0]).strip("-")[:48].strip("-")
    return f"{slug}-{digest}" if slug else f"{prefix}-{digest}"


def _crawl_date(record: Any) -> date | None:
    # CC-NEWS fetches pages within hours of publication: the crawl date is the best anchor left.
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        return parse_date(value, "WARC-Date")
    except InputError:
        return None
