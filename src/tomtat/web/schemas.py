"""Request and response shapes of the HTTP API (pydantic), as shown in the OpenAPI docs at ``/docs``."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ArticleIn(BaseModel):
    """One article to summarize: its text, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text; a short first line is taken as title).")
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=1000, description="Where it comes from (a label, never a path).")
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=64)


class ClusterIn(BaseModel):
    """Articles about one event, and the summary budget in syllables."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1)
    words: int | None = Field(default=None, ge=1, description="Summary budget in syllables (default 200).")


class Ref(BaseModel):
    """A source sentence: article ``doc``, sentence ``sentence`` (its position in that article)."""

    doc: int
    sentence: int


class SummarySentenceOut(BaseModel):
    text: str
    sources: list[Ref]


class SummaryOut(BaseModel):
    summary: str
    sentences: list[SummarySentenceOut]


class SentenceOut(BaseModel):
    position: int
    text: str
    in_lead: bool = False


class ArticleOut(BaseModel):
    doc: int
    title: str
    source: str
    url: str
    published: str | None
    sentences: list[SentenceOut]


class DigestOut(BaseModel):
    """A stored digest: the summary with provenance, the articles as sentences, and the analysis."""

    id: str
    created: str
    title: str
    words: int
    article_count: int
    summary: SummaryOut
    articles: list[ArticleOut]
    analysis: dict[str, Any] | None = Field(description="Entities, facts, conflicts, timeline… (null when unavailable).")
    notes: list[str] = []


class DigestItem(BaseModel):
    id: str
    created: str
    title: str
    article_count: int
    words: int


class DigestList(BaseModel):
    items: list[DigestItem]
    total: int
    limit: int
    offset: int


class Health(BaseModel):
    status: str
    database: str
    analysis: bool
    version: str


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any | None = None


class ErrorOut(BaseModel):
    """The one error shape of every 4xx/5xx answer."""

    error: ErrorBody


ARTICLE_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"


class StreamArticleIn(ArticleIn):
    """An article of the stream; ``id`` (letters, digits, ``._:-``) is made up when missing."""

    id: str | None = Field(default=None, pattern=ARTICLE_ID)


class StreamIn(BaseModel):
    """Articles to add to the stream, in arrival order."""

    model_config = ConfigDict(extra="forbid")

    articles: list[StreamArticleIn] = Field(min_length=1)


class Assigned(BaseModel):
    id: str
    event_id: str


class StreamOut(BaseModel):
    assigned: list[Assigned]
    events: int


class EventItem(BaseModel):
    event_id: str
    title: str
    article_count: int
    first_seen: str | None
    last_seen: str | None
    summary: SummaryOut


class EventList(BaseModel):
    items: list[EventItem]
    total: int
    limit: int
    offset: int


class StreamArticleOut(BaseModel):
    doc: int
    id: str
    title: str = ""
    source: str = ""
    published: str | None = None
    arrived: str | None = None


class Changes(BaseModel):
    since: str
    new_articles: list[str]
    changes: Any | None = None


class EventOut(BaseModel):
    """One event: its articles as they arrived, its digest, and (with ``since``) what is new."""

    event_id: str
    title: str
    article_count: int
    first_seen: str | None
    last_seen: str | None
    articles: list[StreamArticleOut]
    summary: SummaryOut
    sentences: list[ArticleOut]
    analysis: dict[str, Any] | None
    notes: list[str] = []
    changes: Changes | None = None
