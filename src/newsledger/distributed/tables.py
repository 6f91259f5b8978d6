"""Records as rows of flat tables: one table per record kind, each row keyed by its article.

Columns follow the record dataclasses (``records.py``) field for field, so an extractor that
adds a field gets a column without a change here: text, number and flag fields become typed
columns, anything nested (offset pairs, speaker spans, quantities) a JSON string column of the
same shape ``ArticleRecord.to_json`` publishes. Every row has ``article_id`` and ``date``, the
publication date the tables are partitioned by (``unknown`` when the article gives none).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsledger.records import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    IngestFailure,
    Place,
    Quote,
    TimeExpression,
    to_json,
)

UNKNOWN_DATE = "unknown"
KEY_FIELDS = [pa.field("article_id", pa.string()), pa.field("date", pa.string())]
# Kind of record per table; ``articles`` and ``mentions`` are derived, not a record list.
RECORD_TABLES: dict[str, type] = {
    "entities": Entity,
    "times": TimeExpression,
    "places": Place,
    "quotes": Quote,
    "events": Event,
}
TABLES = ("articles", "entities", "mentions", "times", "places", "quotes", "events", "failures")
_SCALARS: dict[object, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(hint: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type for a field's type hint, and whether the value is stored as JSON text."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and len(args) == 1:
        hint = args[0]
    if hint in _SCALARS:
        return _SCALARS[hint], False
    return pa.string(), True


@cache
def _columns(cls: Any) -> tuple[tuple[str, pa.DataType, bool], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, *_arrow_type(hints[f.name])) for f in dataclasses.fields(cls))


@cache
def schema(table: str) -> pa.Schema:
    """The fixed Arrow schema of ``table``: fixed so every part file of a table reads as one."""
    if table == "articles":
        fields = [pa.field(n, t) for n, t, _ in _columns(Article) if n != "id"]
        fields += [pa.field("input", pa.string()), pa.field("record", pa.string())]
    elif table == "mentions":
        fields = [pa.field(n, pa.string() if n in ("entity_id", "text") else pa.int64())
                  for n in ("entity_id", "start", "end", "text")]
    elif table == "failures":
        return pa.schema([pa.field(n, t) for n, t, _ in _columns(IngestFailure)]
                         + [pa.field("input", pa.string()), pa.field("date", pa.string())])
    else:
        fields = [pa.field(n, t) for n, t, _ in _columns(RECORD_TABLES[table])]
    return pa.schema(KEY_FIELDS + fields)


def _row(record: Any, key: dict[str, Any]) -> dict[str, Any]:
    row = dict(key)
    for name, _, as_json in _columns(record.__class__):
        value = getattr(record, name)
        row[name] = json.dumps(to_json(value), ensure_ascii=False) if as_json and value is not None else value
    return row


def date_key(record: ArticleRecord) -> str:
    published = record.article.published
    return published.isoformat() if published else UNKNOWN_DATE


def rows(results: Iterable[tuple[str, ArticleRecord | IngestFailure]]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for ``(input, result)`` pairs: articles, their records, and failures."""
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for source, result in results:
        if isinstance(result, IngestFailure):
            out["failures"].append({**_row(result, {}), "input": source, "date": UNKNOWN_DATE})
            continue
        key = {"article_id": result.article.id, "date": date_key(result)}
        article = _row(result.article, key)
        article.pop("id")
        record = json.dumps(result.to_json(), ensure_ascii=False)
        out["articles"].append({**article, "input": source, "record": record})
        text = result.article.text
        for table, cls in RECORD_TABLES.items():
            for item in getattr(result, table):
                if isinstance(item, cls):
                    out[table].append(_row(item, key))
        for entity in result.entities:
            out["mentions"] += [
                {**key, "entity_id": entity.id, "start": s, "end": e, "text": text[s:e]} for s, e in entity.mentions
            ]
    return out


def arrow_tables(results: Sequence[tuple[str, ArticleRecord | IngestFailure]]) -> dict[str, pa.Table]:
    """One Arrow table per record kind that has rows, in its fixed schema."""
    return {
        table: pa.Table.from_pylist(found, schema=schema(table))
        for table, found in rows(results).items()
        if found
    }


def read_table(out: str | Path, table: str) -> list[dict[str, Any]]:
    """Every row of one written table, in a stable order (by date, article, then all columns)."""
    import pyarrow.dataset as pads

    folder = Path(out) / table
    if not folder.is_dir():
        return []
    data = pads.dataset(folder, format="parquet", partitioning="hive", schema=schema(table)).to_table()
    found = data.to_pylist()
    return sorted(found, key=lambda row: json.dumps(row, sort_keys=True, default=str))
