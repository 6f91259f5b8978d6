"""Turning paths (files, folders, ``-`` for stdin) into Articles, one failure never stopping the rest.

``read_inputs`` yields an ``Article`` for each good input and an ``IngestFailure`` for each bad one
(empty, binary, not UTF-8, truncated, malformed JSONL line, unparseable date), naming the file
and, for JSONL, the line.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from newsledger.errors import InputError
from newsledger.ingest.dates import parse_date
from newsledger.ingest.feeds import is_feed, read_feed
from newsledger.ingest.html import parse_html
from newsledger.ingest.text import ParsedText, parse_plain_text
from newsledger.ingest.warc import is_warc, read_warc
from newsledger.records import Article, IngestFailure

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
GLOB_CHARS = frozenset("*?[")
STDIN = "-"

Item = Article | IngestFailure


def read_inputs(
    paths: Iterable[str | Path], published: date | None = None, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Articles and failures from every input, in order. ``published`` overrides missing dates."""
    for raw in paths:
        if str(raw) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guard("<stdin>", partial(_from_text_bytes_of, stream.read, "<stdin>", "stdin"), published)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p)):
                yield from read_file(child, published)
        elif not path.exists() and GLOB_CHARS & set(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                yield IngestFailure(str(raw), "missing", f"{raw}: no file matches this pattern")
            yield from read_inputs(matches, published)
        else:
            yield from read_file(path, published)


def is_supported(path: Path) -> bool:
    """Whether a folder walk reads ``path``: articles, JSONL, WARC archives and feeds."""
    return path.suffix.lower() in SUPPORTED or is_warc(path.name) or is_feed(path.name)


def read_file(path: Path, published: date | None = None) -> Iterator[Item]:
    source = str(path)
    if not path.exists():
        yield IngestFailure(source, "missing", f"{source}: no such file or folder")
        return
    suffix = path.suffix.lower()
    if is_warc(path.name) or is_feed(path.name):
        yield from _read_container(path, published)
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, published)
        return
    yield from _guard(source, partial(_from_text_bytes_of, path.read_bytes, source, path.stem), published)


def _read_container(path: Path, published: date | None) -> Iterator[Item]:
    """A WARC archive or a feed: many articles in one file."""
    source = str(path)
    try:
        if is_warc(path.name):
            with path.open("rb") as stream:
                yield from read_warc(stream, source, published)
        else:
            yield from read_feed(path.read_bytes(), source, published)
    except OSError as exc:
        yield IngestFailure(source, "unreadable", f"{source}: {exc.strerror or exc}")


def _guard(source: str, produce: Callable[[], Article], published: date | None) -> Iterator[Item]:
    try:
        article = produce()
    except InputError as exc:
        yield IngestFailure(exc.source, exc.reason, str(exc), exc.line)
        return
    except OSError as exc:
        yield IngestFailure(source, "unreadable", f"{source}: {exc.strerror or exc}")
        return
    yield _with_default_date(article, published)


def _with_default_date(article: Article, published: date | None) -> Article:
    if published is None or article.published is not None:
        return article
    return dataclasses.replace(article, published=published)


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of ``data``, or an InputError saying why it is not an article."""
    if not data.strip():
        raise InputError(source, "empty", "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary", "looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise InputError(
                source, "truncated", f"the file ends in the middle of a character (byte {exc.start}): truncated?"
            ) from exc
        raise InputError(
            source, "encoding", f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def _from_text_bytes_of(read: Callable[[], bytes], source: str, article_id: str) -> Article:
    return _from_text_bytes(read(), source, article_id)


def _from_text_bytes(data: bytes, source: str, article_id: str) -> Article:
    text = decode(data, source)
    is_html = Path(source).suffix.lower() in HTML_SUFFIXES or text.lstrip().lower().startswith(
        ("<!doctype html", "<html")
    )
    if is_html:
        if "</html>" not in text.lower() and "</body>" not in text.lower():
            raise InputError(source, "truncated", "the HTML page has no closing </body> or </html>: truncated?")
        parsed = parse_html(text, source)
    else:
        parsed = parse_plain_text(text, source)
    return _article(article_id, parsed, source)


def _article(article_id: str, parsed: ParsedText, source: str) -> Article:
    return Article(
        id=article_id,
        text=parsed.text,
        title=parsed.title,
        published=parsed.published,
        outlet=parsed.outlet,
        url=parsed.url,
        author=parsed.author,
        source=source,
    )


def _read_jsonl(path: Path, published: date | None) -> Iterator[Item]:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestFailure(source, "unreadable", f"{source}: {exc.strerror or exc}")
        return
    try:
        text = decode(data, source)
    except InputError as exc:
        yield IngestFailure(source, exc.reason, str(exc))
        return
    lines = text.split("\n")
    ends_cleanly = text.endswith("\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        is_last = number == len(lines) or (number == len(lines) - 1 and not lines[-1])
        try:
            article = parse_jsonl_line(line, source, number, truncated_ok=not (is_last and not ends_cleanly))
        except InputError as exc:
            yield IngestFailure(source, exc.reason, str(exc), number)
            continue
        yield _with_default_date(article, published)


def parse_jsonl_line(line: str, source: str, number: int, truncated_ok: bool = True) -> Article:
    """One JSONL record: ``{"id", "text" or "html", "published"?, "title"?, "url"?, "outlet"?, "author"?}``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        if not truncated_ok:
            raise InputError(source, "truncated", f"the last line is cut off ({exc.msg})", number) from exc
        raise InputError(source, "json", f"not valid JSON ({exc.msg} at column {exc.colno})", number) from exc
    if not isinstance(obj, dict):
        raise InputError(source, "json", f"expected a JSON object, got {type(obj).__name__}", number)
    article_id = obj.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise InputError(source, "field", 'missing "id" (a non-empty string)', number)
    where = f"{source}:{number}"
    if isinstance(obj.get("text"), str):
        parsed = parse_plain_text(obj["text"], where) if obj["text"].strip() else None
    elif isinstance(obj.get("html"), str):
        parsed = parse_html(obj["html"], where, url=obj.get("url"))
    else:
        raise InputError(source, "field", 'missing "text" (or "html"): a string with the article', number)
    if parsed is None:
        raise InputError(source, "empty", '"text" is empty', number)
    pub = parse_date(obj["published"], source, number) if obj.get("published") else parsed.published
    for key in ("title", "url", "outlet", "author"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(source, "field", f'"{key}" must be a string', number)
    return Article(
        id=article_id,
        text=parsed.text,
        title=obj.get("title") or parsed.title,
        published=pub,
        outlet=obj.get("outlet") or parsed.outlet,
        url=obj.get("url") or parsed.url,
        author=obj.get("author") or parsed.author,
        source=where,
    )
