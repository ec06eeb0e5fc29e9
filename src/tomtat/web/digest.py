"""Turn validated input into a digest: articles → cluster → summary with provenance → analysis."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Article, Cluster
from ..options import Options
from .errors import ApiError
from .settings import Settings

log = logging.getLogger("tomtat.web")
# underthesea's models are shared, lazily loaded objects not documented as thread-safe:
# the NLP part of a request runs under this lock; storage and HTTP stay concurrent.
NLP_LOCK = threading.Lock()
TITLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as received, before cleaning: text plus optional metadata; ``label`` names it in errors."""

    text: str
    label: str
    title: str | None = None
    source: str = ""
    url: str = ""
    published: str | None = None
    html: bool = False


def check_limits(raws: list[RawArticle], settings: Settings) -> None:
    """Too many articles or too long an article is a 422 naming the limit and the article."""
    if not raws:
        raise ApiError(422, "no_articles", "no article given")
    if len(raws) > settings.max_articles:
        raise ApiError(422, "too_many_articles",
                       f"{len(raws)} articles given, at most {settings.max_articles} allowed",
                       {"given": len(raws), "limit": settings.max_articles})
    for raw in raws:
        if len(raw.text) > settings.max_article_chars:
            raise ApiError(422, "article_too_long",
                           f"{raw.label}: {len(raw.text)} characters, at most {settings.max_article_chars} allowed",
                           {"article": raw.label, "length": len(raw.text), "limit": settings.max_article_chars})
        if not raw.text.strip():
            raise ApiError(422, "empty_article", f"{raw.label}: the text is empty", {"article": raw.label})


def _analyzer() -> Callable | None:
    """``tomtat.analyze`` when that module is installed, else None."""
    try:
        from .. import analyze as module  # type: ignore[attr-defined]
    except ImportError:
        return None
    fn = getattr(module, "analyze", module)
    return fn if callable(fn) else None


def analysis_available() -> bool:
    """Whether the cross-source analysis can run in this installation."""
    return _analyzer() is not None


def _analysis(cluster: Cluster, notes: list[str]) -> dict | None:
    fn = _analyzer()
    if fn is None:
        notes.append("analysis unavailable: tomtat.analyze is not installed")
        return None
    try:
        result = fn(cluster)
    except Exception as exc:  # the summary still stands; the note says what is missing and why
        log.exception("analysis failed")
        notes.append(f"analysis failed: {type(exc).__name__}: {exc}")
        return None
    return result.model_dump(mode="json") if hasattr(result, "model_dump") else dict(result)


def _to_article(raw: RawArticle, index: int) -> Article:
    from ..read import article_from_html, article_from_text

    if raw.html:
        art = article_from_html(raw.text, index=index, source=raw.source or raw.label)
        return art if raw.title is None else Article(**{**_fields(art), "title": raw.title})
    return article_from_text(raw.text, index=index, source=raw.source, title=raw.title, url=raw.url,
                             published=raw.published)


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in Article.__slots__}


def build_digest(raws: list[RawArticle], words: int) -> tuple[dict, list[dict]]:
    """The digest dict (without id) and the article rows to store with it."""
    from ..pipeline import summarize, to_cluster

    options = Options(words=words)
    notes: list[str] = []
    with NLP_LOCK:
        articles = [_to_article(raw, i) for i, raw in enumerate(raws)]
        cluster = to_cluster(articles)
        summary = summarize(cluster, options)
        analysis = _analysis(cluster, notes)
    first = next((a.title for a in cluster.articles if a.title), "") or summary.text or cluster.articles[0].text
    title = first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1].rstrip() + "…"
    digest = {
        "title": title,
        "words": words,
        "article_count": len(cluster.articles),
        "summary": summary.to_dict(),
        "articles": [
            {"doc": a.index, "title": a.title, "source": a.source, "url": a.url, "published": a.published,
             "sentences": [{"position": s.position, "text": s.text, "in_lead": s.in_lead}
                           for s in sorted(cluster.sentences_of(a.index), key=lambda s: s.position)]}
            for a in cluster.articles
        ],
        "analysis": analysis,
        "notes": notes,
    }
    rows = [{"title": a.title, "source": a.source, "url": a.url, "published": a.published,
             "text": "\n".join(filter(None, [a.lead, a.text]))} for a in cluster.articles]
    return digest, rows
