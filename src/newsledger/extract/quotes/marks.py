"""Finding quoted passages by their quotation marks, in every common style.

Straight ("..."), curly (“...”), low-high („...“), guillemets («...»), single curly (‘...’),
straight single ('...') and typewriter (''...'' and ``...'') quotes are paired by a small scanner. A quote left open at
the end of a paragraph goes on when the next paragraph opens with a quotation mark again (the
news convention for a quote over several paragraphs); otherwise it is closed at the paragraph end.
"""

from __future__ import annotations

from dataclasses import dataclass

# Opening mark -> the marks that may close it.
_CLOSERS: dict[str, str] = {
    "“": "”“\"",  # “...”, “...“ (German style) and “..." (mixed marks in copied text)
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’",
    '"': '"”',
    "'": "'",
    "「": "」",
    "”": "”",  # Swedish/Finnish style ”...”
}
_DOUBLE = frozenset("“„«»\"「”")
_BEFORE_OPENER = frozenset(" \t\n([{—–-/:;,")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted passage: ``start``/``end`` include the marks, ``inner`` is the words within."""

    start: int
    end: int
    inner: tuple[int, int]
    closed: bool  # False when the paragraph ended before a closing mark


def _is_opener(text: str, i: int) -> bool:
    c = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if c in "“„«‘「‹":
        # “ right after a letter is a closing mark in the „...“ style, not an opener.
        return not (c == "“" and before.isalnum())
    if c == "»":
        return False  # »...« is rare in English news and collides with «...» closers
    if c == "'":
        # An apostrophe at a word start ('90s, 'em) is too common to pair blindly.
        return before in _BEFORE_OPENER and after.isalpha() and before != "-"
    return before in _BEFORE_OPENER or before in "“‘"


def _is_closer(text: str, i: int, opener: str) -> bool:
    c = text[i]
    if c not in _CLOSERS[opener]:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if opener in "‘'":
        # ’ and ' are also apostrophes (Wagner’s, don't): a closer is not followed by a letter.
        return not after.isalpha() and not before.isspace()
    return not before.isspace() or opener == '"'


def _next_paragraph_start(text: str, i: int) -> int:
    """Index of the first non-blank character after the line break at ``i``."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    return j


def find_quoted(text: str) -> list[Quoted]:
    """Every top-level quoted passage in ``text``, in order (nested quotes stay inside)."""
    if "''" in text or "``" in text:
        # Typewriter-style ''...'' and ``...'' quotes: read each pair of marks as a space and a ".
        text = text.replace("``", ' "').replace("''", ' "')
    found: list[Quoted] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in _CLOSERS or not _is_opener(text, i):
            i += 1
            continue
        start, opener = i, c
        j = i + 1
        end = -1
        while j < n:
            d = text[j]
            if _is_closer(text, j, opener):
                end = j + 1
                break
            if d == "\n":
                k = _next_paragraph_start(text, j)
                if opener in _DOUBLE and k < n and text[k] == opener and _is_opener(text, k):
                    j = k + 1  # the quote goes on in the next paragraph
                    continue
                break
            j += 1
        if end > 0:
            found.append(Quoted(start, end, _trim(text, start + 1, end - 1), True))
            i = end
        else:
            stop = j if j < n else n
            if opener in _DOUBLE and stop - start > 1:
                found.append(Quoted(start, stop, _trim(text, start + 1, stop), False))
            i = start + 1 if opener not in _DOUBLE else max(stop, start + 1)
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The words inside the marks, without the comma or space a cue follows (“... ,” he said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
