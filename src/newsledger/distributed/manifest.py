"""The manifest of finished inputs: one JSON line per input, appended when its last row is written.

A restarted run reads it and skips every input listed with the same size, so a run killed after
days of work resumes where it stopped. An input changed since (another size) is done again.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsledger.errors import NewsledgerError

logger = logging.getLogger(__name__)

MANIFEST_NAME = "_manifest.jsonl"


def input_size(name: str) -> int | None:
    """The size of a local input in bytes (None for object storage, where it is not looked up)."""
    try:
        return os.stat(name).st_size
    except OSError:
        return None


class Manifest:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: dict[str, dict[str, Any]] = {}
        if path.exists():
            self._load()

    def _load(self) -> None:
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                self.done[entry["input"]] = entry
            except (json.JSONDecodeError, KeyError, TypeError):
                # A line cut off by a kill mid-write: that input simply runs again.
                logger.warning("%s:%d: unreadable manifest line ignored", self.path, number)

    def is_done(self, name: str) -> bool:
        entry = self.done.get(name)
        return entry is not None and entry.get("size") == input_size(name)

    def add(self, name: str, items: int, extracted: int, failed: int) -> None:
        entry = {
            "input": name, "size": input_size(name), "items": items, "extracted": extracted, "failed": failed,
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.done[name] = entry
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise NewsledgerError(f"cannot write the run manifest {self.path}: {exc}") from exc
