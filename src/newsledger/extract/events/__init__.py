"""Events: who did what to whom, where and when (see ``extract``); ACLED typing in ``acled``."""

from newsledger.extract.events.dating import PUBLICATION_DATE_TEXT
from newsledger.extract.events.extract import extract_events

__all__ = ["PUBLICATION_DATE_TEXT", "extract_events"]
