"""Evaluation commands: each extractor measured against real gold data (see ``common``)."""
