"""HTML pages: body text and metadata (title, author, date, site name) through trafilatura."""

from __future__ import annotations

import logging

import trafilatura
from trafilatura.settings import Document

from newsledger.errors import InputError
from newsledger.ingest.dates import parse_date
from newsledger.ingest.text import ParsedText, is_image_credit

logger = logging.getLogger(__name__)


def parse_html(html: str, source: str, url: str | None = None) -> ParsedText:
    """Main text and metadata of an HTML page; InputError when no article text can be found."""
    if "<" not in html:
        raise InputError(source, "html", "does not look like HTML (no tags)")
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(source, "html", f"HTML could not be parsed: {exc}") from exc
    if not isinstance(doc, Document) or not doc.text:
        raise InputError(source, "empty", "no article text found in the HTML page")
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip() and not is_image_credit(p)]
    if paragraphs and doc.title and paragraphs[0] == doc.title.strip():
        paragraphs = paragraphs[1:]
    text = "\n\n".join(paragraphs)
    if not text:
        raise InputError(source, "empty", "no article text found in the HTML page")
    published = None
    if doc.date:
        try:
            published = parse_date(doc.date, source)
        except InputError:
            logger.warning("%s: ignoring unparseable page date %r", source, doc.date)
    return ParsedText(
        text=text,
        title=doc.title or None,
        published=published,
        author=doc.author or None,
        url=url or doc.url or None,
        outlet=doc.sitename or None,
    )
