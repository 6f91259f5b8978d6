"""Fixtures shared by the whole suite: the spaCy model loads once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger import Options, Pipeline
from newsledger.evaluate.common import shared_data_dir

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "wagner-prison-recruitment-2023-03-11.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Options())


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_record(pipeline: Pipeline, sample_text: str):  # type: ignore[no-untyped-def]
    return pipeline.extract(sample_text, id=SAMPLE.stem)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"gold data not found at {path} (set NEWSLEDGER_SHARED_DATA)")
    return path
