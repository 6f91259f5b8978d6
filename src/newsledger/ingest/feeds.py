"""RSS and Atom feed files through feedparser: each entry with content or a summary is an Article.

Entries not in English are recorded (reason ``language``) and skipped, as in WARC archives.
Feeds carry either the full article (``content:encoded``, Atom ``content``) or only a teaser
(``description``/``summary``); the longest text an entry gives is used. HTML in an entry is a
fragment, not a page, so it is flattened to paragraphs here rather than sent through trafilatura,
which would discard short teasers as boilerplate.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from newsledger.errors import InputError
from newsledger.ingest.language import is_english
from newsledger.ingest.text import parse_plain_text
from newsledger.ingest.warc import article_id
from newsledger.records import Article, IngestFailure

logger = logging.getLogger(__name__)

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_BLOCK_END = re.compile(r"(?i)(<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr|section|article)>)")

Item = Article | IngestFailure


def is_feed(name: str) -> bool:
    return name.lower().endswith(FEED_SUFFIXES)


def read_feed(data: bytes, source: str, published: date | None = None) -> Iterator[Item]:
    """Articles from every entry of the feed in ``data``; a failure for entries with no text."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        yield IngestFailure(source, "feed", f"{source}: not an RSS or Atom feed with entries{problem}")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        try:
            article = entry_article(entry, f"{source}:{number}", outlet)
        except InputError as exc:
            yield IngestFailure(source, exc.reason, f"{source} entry {number}: {exc.detail}", number)
            continue
        if article.published is None and published is not None:
            article = dataclasses.replace(article, published=published)
        yield article


def entry_article(entry: Any, where: str, outlet: str | None) -> Article:
    """One feed entry as an Article: its longest text, title, link, author and date."""
    bodies = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content", ())]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        bodies.append((entry["summary"], detail.get("type") or "text/html"))
    texts = [fragment_text(value) if "html" in kind else value for value, kind in bodies if value.strip()]
    if not texts:
        raise InputError(where, "empty", "the entry has no content or summary")
    parsed = parse_plain_text(max(texts, key=len), where)
    if not is_english(parsed.text):
        raise InputError(where, "language", "not English")
    link = entry.get("link") or None
    key = entry.get("id") or link or where
    return Article(
        id=article_id(link, key, prefix="feed"),
        text=parsed.text,
        title=entry.get("title") or parsed.title,
        published=_entry_date(entry) or parsed.published,
        outlet=outlet or parsed.outlet,
        url=link,
        author=entry.get("author") or parsed.author,
        source=where,
    )


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n\n", html)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except (ParserError, ValueError):
        return html
    text: str = root.text_content()
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None
