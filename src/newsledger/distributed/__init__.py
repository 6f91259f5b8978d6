"""Extraction at scale: the same pipeline over many inputs, locally or on Ray Data.

``run(inputs, out=..., db=..., engine="local" | "ray", workers=N)`` reads WARC archives, feeds,
folders and globs (local or object-storage URIs), extracts every article and writes one Parquet
table per record kind (partitioned by publication date) and/or the ledger. Ray is optional: the
local engine runs without it, the ray engine imports it only when asked for.
"""

from newsledger.distributed.engine import ENGINES, RunReport, run
from newsledger.distributed.stages import BatchExtractor
from newsledger.distributed.tables import TABLES

__all__ = ["ENGINES", "TABLES", "BatchExtractor", "RunReport", "run"]
