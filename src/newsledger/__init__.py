"""newsledger: a sourced, searchable record of who did what to whom, where and when, and who says so."""

from newsledger.config import Options
from newsledger.errors import NewsledgerError
from newsledger.pipeline import Pipeline
from newsledger.records import Article, ArticleRecord

__version__ = "0.1.0"
__all__ = ["Article", "ArticleRecord", "NewsledgerError", "Options", "Pipeline", "__version__"]
