"""Name keys that survive spelling variation across outlets.

"Yevgeny Prigozhin", "Evgeny Prigozhin", "Yevgeniy Prigozhin" and "PRIGOZHIN" should meet; "Wagner
Group" and "the Wagner group" too. A key is the name folded to ASCII lower case, without leading
articles, corporate suffixes or punctuation, with common romanisation variants of Slavic and
Arabic names collapsed (ye/e, iy/y, kh/h, ou/u...). Keys are for matching, never shown.
"""

from __future__ import annotations

import re
import unicodedata

_ARTICLES = ("the ", "a ", "an ")
_ORG_SUFFIXES = frozenset({"group", "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "pmc"})
_TRANSLIT = (
    (re.compile(r"^ye"), "e"), (re.compile(r"(?<=[aeiou])ye"), "e"),
    (re.compile(r"iy\b"), "y"), (re.compile(r"ii\b"), "y"),
    (re.compile(r"yy\b"), "y"), (re.compile(r"ij\b"), "y"), (re.compile(r"kh"), "h"), (re.compile(r"ou"), "u"),
    (re.compile(r"dzh"), "j"), (re.compile(r"zh"), "j"), (re.compile(r"ck"), "k"), (re.compile(r"w"), "v"),
    (re.compile(r"ph"), "f"), (re.compile(r"(.)\1"), r"\1"), (re.compile(r"ei"), "ey"), (re.compile(r"yi"), "i"),
)
_NON_WORD = re.compile(r"[^a-z0-9 ]+")


def fold(name: str) -> str:
    """ASCII, lower case, single spaces, no punctuation, no leading article."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = " ".join(_NON_WORD.sub(" ", ascii_name.lower().replace("'s", "")).split())
    for article in _ARTICLES:
        text = text.removeprefix(article)
    return text


def romanisation_key(word: str) -> str:
    for pattern, replacement in _TRANSLIT:
        word = pattern.sub(replacement, word)
    return word


def name_key(name: str, entity_type: str) -> str:
    """The matching key of an entity name of ``entity_type`` (PERSON, ORG, GPE, OUTLET...)."""
    words = fold(name).split()
    if entity_type in {"ORG", "OUTLET"}:
        kept = [w for w in words if w not in _ORG_SUFFIXES]
        words = kept or words
    return " ".join(romanisation_key(w) for w in words)


def surname_key(name: str) -> str:
    words = fold(name).split()
    return romanisation_key(words[-1]) if words else ""
