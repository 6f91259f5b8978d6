"""Loading the spaCy pipeline once per process, with a clear error when it is missing."""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from newsledger.config import MODEL_PACKAGES
from newsledger.errors import ModelNotFoundError
from newsledger.nlp import lexicon
from newsledger.nlp.datelines import dateline_dash
from newsledger.nlp.repairs import rehang_reporting_conjuncts, rehang_verbs_read_as_adjectives

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """The spaCy pipeline ``name`` (a package name or a path), loaded once and cached."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        package = MODEL_PACKAGES.get(name, name)
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Install it with: pip install {package} "
            f"(or set NEWSLEDGER_MODEL to a pipeline you have)"
        ) from exc
    _keep_whole_words(nlp)
    if nlp.pipe_names and ACRONYMS not in nlp.pipe_names:
        nlp.add_pipe(ACRONYMS, first=True)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "parser" in nlp.pipe_names and DATELINES not in nlp.pipe_names:
        nlp.add_pipe(DATELINES, before="parser")
    if "parser" in nlp.pipe_names and REPAIRS not in nlp.pipe_names:
        nlp.add_pipe(REPAIRS, after="parser")
    lexicon.register(nlp)
    logger.debug("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


ACRONYMS = "newsledger_acronyms"
# Capitalised names the small model reads as common words: "IS militants attacked Iraqi forces" is parsed with "IS"
# as the verb "is", and the attack loses its doer. Their norm, which the model's first layer reads, is set to a name
# it knows; the text and offsets stay as written.
NAME_NORMS = {"IS": "isis"}


@Language.component(ACRONYMS)
def acronym_norms(doc: Doc) -> Doc:
    """Give the names in ``NAME_NORMS`` their norm, unless the words beside them are capitals too (a headline in
    capitals: "WHAT IS NEXT")."""
    for tok in doc:
        norm = NAME_NORMS.get(tok.text)
        if norm is not None and not _among_capitals(tok):
            tok.norm_ = norm
    return doc


def _among_capitals(tok: Token) -> bool:
    beside = [t for t in (tok.nbor(-1) if tok.i > 0 else None, tok.nbor(1) if tok.i + 1 < len(tok.doc) else None)
              if t is not None and t.is_alpha]
    return bool(beside) and all(t.is_upper for t in beside)


PARAGRAPHS = "newsledger_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. Left to itself the parser runs a headline, a date line and the first
    sentence together into one ("Apple executive leaves company after iPhone 4 antenna issues / August 9,
    2010 / Mark Papermaster ... is stepping down"), and every extractor then reads a wrong parse."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


DATELINES = "newsledger_datelines"
FIRST_SENTENCE_WORDS = 60
SENTENCE_ENDS = frozenset({".", "!", "?"})


@Language.component(DATELINES)
def dateline_breaks(doc: Doc) -> Doc:
    """A wire dateline ends where its dash does. Parsed with the story's first sentence, "SANTIAGO, Oct 19 -
    Protesters ... set fire to subway stations" makes the place the sentence's root and "Oct 19 - Protesters" the
    rioters; "KHARTOUM, June 3 (Reuters) - ..." becomes part of what a source said."""
    for tok in doc:
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
            continue
        dash = dateline_dash(doc, tok.i)
        if dash is None or dash.i + 1 >= len(doc) or doc[dash.i + 1].is_space:
            continue
        if tok.i > 0:
            tok.is_sent_start = True
        doc[dash.i + 1].is_sent_start = True
        # Left free, the parser splits the story's first words off as sentences of their own ("Morocco" | "cut
        # diplomatic ties with Iran"): no break until the sentence's own full stop.
        for word in doc[dash.i + 2 : dash.i + 2 + FIRST_SENTENCE_WORDS]:
            if word.text in SENTENCE_ENDS or "\n" in word.text:
                break
            word.is_sent_start = False
    return doc


REPAIRS = "newsledger_repairs"


@Language.component(REPAIRS)
def parse_repairs(doc: Doc) -> Doc:
    """Arcs the small model gets wrong in a way a rule can see (``nlp.repairs``), mended once for every extractor."""
    return rehang_verbs_read_as_adjectives(rehang_reporting_conjuncts(doc))


# Hyphenated words the tokenizer would split into three tokens, which news uses as one noun: "staged a
# sit-in" is a protest only if "sit-in" reaches the parser whole.
WHOLE_WORDS = ("sit-in", "sit-ins", "Sit-in", "Sit-ins", "SIT-IN", "SIT-INS")


def _keep_whole_words(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in WHOLE_WORDS:
        tokenizer.add_special_case(word, [{ORTH: word}])
