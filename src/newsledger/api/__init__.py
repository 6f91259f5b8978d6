"""The web app over the ledger: a REST API (``/api``, documented at ``/docs``) and server-rendered pages.

    from newsledger.api import create_app
    app = create_app("ledger.db")      # then serve it with uvicorn, or run `newsledger serve`

``create_app`` is imported lazily so that the exports (``newsledger.api.exports``), which the
command line uses too, work without the web extra installed.
"""

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from newsledger.api.app import create_app

        return create_app
    raise AttributeError(name)
