"""``doc_slice`` gives the same characters as slicing the document's whole text."""

from __future__ import annotations

import pytest

TEXT = "UN experts warned on Friday.\n\nWagner  recruits  prisoners, the experts said."


@pytest.mark.parametrize(("start", "end"), [
    (0, 2), (3, 10), (0, len(TEXT)), (5, 40), (27, 31), (30, 36), (36, 38), (36, 37), (35, 45), (4, 4), (10, 3),
])
def test_doc_slice_matches_the_text(nlp, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    from newsledger.nlp.text import doc_slice

    doc = nlp(TEXT)
    assert doc_slice(doc, start, end) == doc.text[start:end]
