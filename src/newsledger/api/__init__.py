"""The web app over the ledger: a REST API (``/api``, documented at ``/docs``) and server-rendered pages.

    from newsledger.api import create_app
    app = create_app("ledger.db")      # then serve it with uvicorn, or run `newsledger serve`
"""

from newsledger.api.app import create_app

__all__ = ["create_app"]
