"""Pydantic models at the API edge: what a client may send, and the shapes it gets back."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")

MAX_TEXT_CHARS = 2_000_000


class ErrorDetail(BaseModel):
    field: str | None = Field(None, description="where the problem is, e.g. query.limit or body.text")
    message: str


class ErrorInfo(BaseModel):
    status: int
    code: str = Field(description="a short machine-readable kind: not_found, invalid_request, bad_query, ...")
    message: str = Field(description="what went wrong, written for a person")
    details: list[ErrorDetail] = []


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer of the API has this shape."""

    error: ErrorInfo


class Page(BaseModel, Generic[T]):
    """One page of a list. Pass ``next`` back as ``after`` for the following page (null: the last page)."""

    items: list[T]
    next: str | None = None
    limit: int


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    author: str | None
    ingested_at: str
    lead: str


class Segment(BaseModel):
    text: str
    refs: list[str]
    kinds: list[str]
    href: str | None


class ArticleDetail(BaseModel):
    """The stored record (the JSON of ``newsledger extract``) and its text cut into highlighted segments."""

    record: dict[str, Any]
    segments: list[Segment]
    annotations: dict[str, dict[str, Any]]


class EntitySummary(BaseModel):
    name: str
    type: str
    articles: int


class EntityMention(BaseModel):
    article_id: str
    title: str | None
    published: str | None
    outlet: str | None
    local_id: str
    type: str
    start: int
    end: int
    before: str
    mention: str
    after: str


class EntityDetail(BaseModel):
    name: str
    types: list[str]
    mentions: list[EntityMention]


class QuoteOut(BaseModel):
    article_id: str
    local_id: str
    kind: str
    content: str
    speaker_name: str | None
    via: list[str | None]
    title: str | None
    published: str | None
    outlet: str | None


class Speaker(BaseModel):
    name: str
    quotes: int


class SearchHitOut(BaseModel):
    kind: str
    article_id: str
    title: str | None
    published: str | None
    outlet: str | None
    snippet: str
    speaker: str | None = None


class EventOut(BaseModel):
    """A ledger event with its sources. Fields beyond these may appear (from the cross-document layer)."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: str
    modality: str | None = None
    sources: list[dict[str, Any]] = []


class ClaimOut(BaseModel):
    model_config = ConfigDict(extra="allow")


class StoryOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str


class ArticleIn(BaseModel):
    """One article to ingest: its plain ``text`` or the ``html`` of its page, and what is known of it."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200, description="default: made from the title or the text")
    text: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    html: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, description="YYYY-MM-DD", max_length=40)
    outlet: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    author: str | None = Field(None, max_length=300)

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError('give exactly one of "text" or "html"')
        if not (self.text or self.html or "").strip():
            raise ValueError("the article is empty")
        return self


class IngestFailureOut(BaseModel):
    source: str
    line: int | None
    reason: str
    message: str


class IngestResult(BaseModel):
    read: int
    stored: int
    duplicates: int
    failed: int
    stored_ids: list[str]
    duplicate_of: list[str] = []
    failures: list[IngestFailureOut]


class Counts(BaseModel):
    articles: int
    entities: int
    quotes: int
    events: int
    places: int
    times: int
    crossdoc: bool = Field(description="whether events, stories and claims come from the cross-document layer")
