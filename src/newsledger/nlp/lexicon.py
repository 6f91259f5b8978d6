"""Word lists that come with the loaded spaCy pipeline (its lemmatizer's WordNet index).

Extractors receive only a ``Doc``; the lists are registered per vocabulary when the model is
loaded, so a rule can ask "is this word only ever a verb?" without a second download.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.vocab import Vocab

_INDEX: dict[int, tuple[Vocab, dict[str, frozenset[str]]]] = {}


def register(nlp: Language) -> None:
    """Remember the lemmatizer's part-of-speech word lists of ``nlp`` for its vocabulary."""
    index: dict[str, frozenset[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            index = {pos: frozenset(table[pos]) for pos in ("verb", "noun", "adj") if pos in table}
    _INDEX[id(nlp.vocab)] = (nlp.vocab, index)


def words(vocab: Vocab, pos: str) -> frozenset[str]:
    """The base forms listed for ``pos`` ("verb", "noun", "adj"); empty when unknown."""
    entry = _INDEX.get(id(vocab))
    return entry[1].get(pos, frozenset()) if entry else frozenset()


def is_verb_only(vocab: Vocab, word: str) -> bool:
    """True for words the lexicon knows as verbs and never as nouns ("violate", "endanger")."""
    return word in words(vocab, "verb") and word not in words(vocab, "noun")
