"""Ingest: text, HTML, JSONL and stdin inputs become cleaned Articles."""

from newsledger.ingest.sources import read_file, read_inputs
from newsledger.ingest.text import parse_plain_text

__all__ = ["parse_plain_text", "read_file", "read_inputs"]
