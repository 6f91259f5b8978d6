"""What an extractor may read besides the parsed document.

Extractors are pure functions ``(doc, context) -> tuple[record, ...]``. They run in a fixed
order (entities, times, places, quotes, events) and each sees what the earlier ones produced,
so events can use the times, places and quotes of the same article.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsledger.records import Entity, Place, Quote, TimeExpression


@dataclass(frozen=True)
class ExtractContext:
    published: date | None = None
    outlet: str | None = None
    entity_repairs: bool = True
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def with_records(self, field: str, records: tuple[Any, ...]) -> ExtractContext:
        if field == "events":
            return self
        return replace(self, **{field: records})  # type: ignore[arg-type]
