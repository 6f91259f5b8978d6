"""Plain-text articles: the date line and byline at the top, image credits dropped.

A plain-text article may open with a header such as::

     date 2023-03-11 By Sarah Newton-John • 11 March 2023 • 10:40

or with ``Key: value`` lines (``Title:``, ``Date:``, ``Published:``, ``Author:``, ``By:``, ``URL:``,
``Outlet:``/``Source:``). These become metadata and leave the text. Short lines that credit an
image ("Russian prisoners/Shutterstock Images", "Photo: Reuters") are boilerplate and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsledger.errors import InputError
from newsledger.ingest.dates import parse_date

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\S+)(?P<rest>.*)$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*By\s+(?P<author>[^•|\n]+?)\s*(?:[•|]|$)")
_KEY_VALUE = re.compile(
    r"^\s*(?P<key>title|headline|date|published|author|by|url|outlet|source)\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_CREDIT_MARKERS = re.compile(
    r"(/\s*(Shutterstock|Getty|Reuters|AP|AFP|EPA|Alamy|TASS|Sputnik)\b|\b(Shutterstock|Getty Images|"
    r"iStock|Alamy|Wikimedia Commons)\b|^\s*(Photo|Image|Picture|Credit|Illustration)\s*(:|by\b)|"
    r"\((Photo|Image) (by|credit|courtesy)|©)",
    re.IGNORECASE,
)
_BLANK_RUNS = re.compile(r"\n\s*\n+")


@dataclass(frozen=True)
class ParsedText:
    text: str
    title: str | None = None
    published: date | None = None
    author: str | None = None
    url: str | None = None
    outlet: str | None = None


def parse_plain_text(raw: str, source: str) -> ParsedText:
    """Split ``raw`` into metadata and cleaned body text; raise InputError if nothing is left."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str] = {}
    body_start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not _read_header_line(line, meta, source):
            body_start = i
            break
    else:
        body_start = len(lines)
    body = [line for line in lines[body_start:] if not is_image_credit(line)]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(line.rstrip() for line in body)).strip()
    if not text:
        raise InputError(source, "empty", "no article text after the header")
    published = parse_date(meta["date"], source) if "date" in meta else None
    return ParsedText(
        text=text,
        title=meta.get("title"),
        published=published,
        author=meta.get("author"),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
    )


def _read_header_line(line: str, meta: dict[str, str], source: str) -> bool:
    """Record the metadata on ``line`` if it is a header line; False at the first body line."""
    m = _DATE_LINE.match(line)
    if m:
        meta["date"] = m.group("date")
        by = _BYLINE.match(m.group("rest"))
        if by:
            meta["author"] = by.group("author").strip()
        return True
    m = _KEY_VALUE.match(line)
    if m:
        key = m.group("key").lower()
        key = {"headline": "title", "published": "date", "by": "author", "source": "outlet"}.get(key, key)
        meta[key] = m.group("value")
        return True
    by = _BYLINE.match(line)
    if by and len(line.split()) <= 12 and "author" not in meta:
        meta["author"] = by.group("author").strip()
        return True
    return False


def is_image_credit(line: str) -> bool:
    """A short line with no sentence punctuation that credits a photo agency or photographer."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 12 or stripped.endswith((".", "?", "!", "”", '"')):
        return False
    return bool(_CREDIT_MARKERS.search(stripped))
