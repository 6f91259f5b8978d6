"""The pipeline: one spaCy pass per article, then every extractor in order.

The CLI, the batch ingest and the Python API all call ``Pipeline``::

    from newsledger import Pipeline
    record = Pipeline().extract(text, published="2023-03-11")
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.config import Options
from newsledger.errors import InputError
from newsledger.extract import EXTRACTORS, ExtractContext
from newsledger.ingest.dates import parse_date
from newsledger.ingest.text import parse_plain_text
from newsledger.nlp.model import load_model
from newsledger.records import Article, ArticleRecord, IngestFailure

logger = logging.getLogger(__name__)


class Pipeline:
    """Parses articles with spaCy and runs the extractors; the model loads on first use."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options if options is not None else Options.from_env()

    @property
    def nlp(self) -> Language:
        return load_model(self.options.model)

    def extract(
        self,
        text: str,
        *,
        published: date | str | None = None,
        id: str = "article",
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        author: str | None = None,
    ) -> ArticleRecord:
        """Extract every record from one article's text (a date line or byline at the top is read too)."""
        parsed = parse_plain_text(text, id)
        when = parse_date(published, id) if published is not None else parsed.published
        article = Article(
            id=id,
            text=parsed.text,
            title=title or parsed.title,
            published=when,
            outlet=outlet or parsed.outlet,
            url=url or parsed.url,
            author=author or parsed.author,
            source=id,
        )
        return self.extract_article(article)

    def extract_article(self, article: Article) -> ArticleRecord:
        return self.records_from_doc(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleRecord | IngestFailure]:
        """Records for each article in order, parsed in batches; a failing article becomes a failure."""
        stream = iter(articles)
        while batch := tuple(itertools.islice(stream, self.options.batch_size)):
            docs: list[Doc | IngestFailure]
            try:
                docs = list(self.nlp.pipe([a.text for a in batch], batch_size=len(batch)))
            except Exception:
                # One article broke the batch's parse: parse them one by one to find it.
                logger.exception("parsing a batch failed; retrying its articles one by one")
                docs = [self._parse_alone(a) for a in batch]
            for doc, article in zip(docs, batch, strict=True):
                if isinstance(doc, IngestFailure):
                    yield doc
                    continue
                try:
                    yield self.records_from_doc(doc, article)
                except Exception as exc:
                    logger.exception("extraction failed for %s", article.source or article.id)
                    yield IngestFailure(article.source or article.id, "extract", f"extraction failed: {exc!r}")

    def _parse_alone(self, article: Article) -> Doc | IngestFailure:
        try:
            return self.nlp(article.text)
        except Exception as exc:
            return IngestFailure(article.source or article.id, "parse", f"spaCy could not parse it: {exc!r}")

    def records_from_doc(self, doc: Doc, article: Article) -> ArticleRecord:
        """Run the enabled extractors over an already parsed document of ``article``."""
        if doc.text != article.text:
            raise InputError(article.source or article.id, "parse", "parsed text differs from the article text")
        context = ExtractContext(
            published=article.published, outlet=article.outlet, entity_repairs=self.options.entity_repairs
        )
        found: dict[str, tuple[object, ...]] = {}
        for name, extractor in EXTRACTORS.items():
            if name not in self.options.extractors:
                continue
            records = extractor(doc, context)
            found[name] = records
            context = context.with_records(name, records)
        return ArticleRecord(article=article, **found)  # type: ignore[arg-type]
