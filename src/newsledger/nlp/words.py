"""Closed-class words that several extractors read the parse by."""

from __future__ import annotations

# Modal auxiliaries, with the first halves of "won't" and "can't" as the tokenizer splits them.
MODALS = frozenset({"would", "will", "could", "might", "may", "can", "should", "must", "shall", "'d", "'ll",
                    "wo", "ca"})
# Conjunctions that open a clause of time ("days after protesters overran his residence").
TIME_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "once"})
