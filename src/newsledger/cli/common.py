"""What every command shares: the options object, the pipeline and the ledger location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsledger.config import Options
from newsledger.pipeline import Pipeline
from newsledger.store import open_store
from newsledger.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from newsledger.store.postgres import PostgresStore


@dataclass
class CLIState:
    db: str | None = None
    model: str | None = None
    _pipeline: Pipeline | None = field(default=None, repr=False)

    def options(self) -> Options:
        return Options.from_env(db=self.db, model=self.model)

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.options())
        return self._pipeline

    def store(self) -> SQLiteStore | PostgresStore:
        return open_store(self.options().db_location())
