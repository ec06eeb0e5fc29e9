"""The FastAPI app: JSON API under ``/api``, the page at ``/``, static assets under ``/static``."""

# No ``from __future__ import annotations`` here: FastAPI must see the real ``Query(le=settings.…)``
# annotations of the routes, which refer to a variable of the enclosing function.

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from .. import __version__
from . import errors
from .digest import RawArticle, analysis_available, build_digest, check_limits
from .docs import ARTICLES_BODY, CLUSTERS_BODY, install_docs
from .errors import ApiError, error_response
from .inputs import content_type, form_articles, json_articles, json_body
from .limits import BodyLimit, SameOrigin, SecurityHeaders
from .schemas import DigestList, DigestOut, ErrorOut, EventList, EventOut, Health, StreamIn, StreamOut
from .settings import Settings
from .store import Store
from .stream import Stream, changes, parse_time

STATIC = Path(__file__).resolve().parent / "static"
ERRORS = {code: {"model": ErrorOut} for code in (400, 403, 404, 409, 413, 415, 422)}


def _router(settings: Settings, store: Store, stream: Stream) -> APIRouter:
    api = APIRouter(prefix="/api", responses=ERRORS)

    @api.get("/health", response_model=Health)
    def health() -> dict:
        """Whether the app and its database answer."""
        return {"status": "ok", "database": "ok" if store.ping() else "down", "analysis": analysis_available(),
                "version": __version__}

    @api.post("/clusters", status_code=201, response_model=DigestOut, openapi_extra=CLUSTERS_BODY)
    async def create_cluster(request: Request) -> dict:
        """Summarize articles about one event (JSON or uploaded files) and store the digest."""
        kind = content_type(request)
        if kind == "application/json":
            raws, words = await json_articles(request, settings)
        elif kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raws, words = await form_articles(request, settings)
        else:
            raise ApiError(415, "unsupported_media_type",
                           "send application/json or multipart/form-data", {"content_type": kind or None})
        check_limits(raws, settings)
        digest, rows = await run_in_threadpool(build_digest, raws, words)
        return await run_in_threadpool(store.add_digest, digest, rows)

    @api.get("/clusters", response_model=DigestList)
    def list_clusters(limit: Annotated[int, Query(ge=1, le=settings.max_list)] = 20,
                      offset: Annotated[int, Query(ge=0)] = 0) -> dict:
        """Stored digests, newest first."""
        items, total = store.list_digests(limit, offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @api.get("/clusters/{digest_id}", response_model=DigestOut)
    def get_cluster(digest_id: str) -> dict:
        """One stored digest."""
        found = store.get_digest(digest_id)
        if found is None:
            raise ApiError(404, "not_found", f"no digest with id {digest_id!r}")
        return found

    @api.delete("/clusters/{digest_id}", status_code=204)
    def delete_cluster(digest_id: str) -> Response:
        """Delete a stored digest."""
        if not store.delete_digest(digest_id):
            raise ApiError(404, "not_found", f"no digest with id {digest_id!r}")
        return Response(status_code=204)

    @api.post("/articles", status_code=201, response_model=StreamOut, openapi_extra=ARTICLES_BODY)
    async def add_articles(request: Request) -> dict:
        """Add articles to the stream; each joins the most similar recent event or starts a new one."""
        from ..read import article_from_text

        kind = content_type(request)
        if kind != "application/json":
            raise ApiError(415, "unsupported_media_type", "send application/json", {"content_type": kind or None})
        body = await json_body(request, StreamIn)
        raws = [RawArticle(text=a.text, label=f"article {i + 1}") for i, a in enumerate(body.articles)]
        check_limits(raws, settings)
        records = []
        for i, a in enumerate(body.articles):
            art = article_from_text(a.text, index=i, source=a.source or "", title=a.title, url=a.url or "",
                                    published=a.published)
            records.append({"id": a.id, "title": art.title, "text": art.text, "source": art.source,
                            "url": art.url, **({"published": a.published} if a.published else {})})
        assigned = await run_in_threadpool(stream.add, records)
        return {"assigned": assigned, "events": await run_in_threadpool(stream.event_count)}

    @api.get("/events", response_model=EventList)
    def list_events(limit: Annotated[int, Query(ge=1, le=settings.max_list)] = 20,
                    offset: Annotated[int, Query(ge=0)] = 0) -> dict:
        """Events of the stream, most recently active first, each with its summary."""
        events = stream.events()
        items = []
        for event in events[offset:offset + limit]:
            _event, history = stream.event(event.event_id)
            digest = stream.digest(event, history)
            items.append({"event_id": event.event_id, "title": digest["title"], "article_count": len(event.article_ids),
                          "first_seen": event.first_seen, "last_seen": event.last_seen, "summary": digest["summary"]})
        return {"items": items, "total": len(events), "limit": limit, "offset": offset}

    @api.get("/events/{event_id}", response_model=EventOut)
    def get_event(event_id: str, since: Annotated[str | None, Query(description="ISO 8601 time")] = None) -> dict:
        """One event: its articles, summary and analysis; with ``since``, what arrived after that time."""
        moment = parse_time(since, "since") if since else None
        event, history = stream.event(event_id)
        digest = stream.digest(event, history)
        return {
            "event_id": event.event_id, "title": digest["title"], "article_count": len(event.article_ids),
            "first_seen": event.first_seen, "last_seen": event.last_seen,
            "articles": [{"doc": i, "id": a["id"], "title": a.get("title", ""), "source": a.get("source", ""),
                          "published": a.get("published"), "arrived": a.get("arrived")} for i, a in enumerate(history)],
            "summary": digest["summary"], "sentences": digest["articles"], "analysis": digest["analysis"],
            "notes": digest["notes"], "changes": changes(stream.with_texts(history), moment) if moment else None,
        }

    return api


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app on ``settings.url`` (schema migrated at creation); ``app.state.store`` holds the repository."""
    settings = settings or Settings.from_env()
    store = Store(settings.url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.dispose()

    app = FastAPI(title="tomtat", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Faithful summaries of Vietnamese news clusters, with provenance and analysis.")
    app.state.settings, app.state.store = settings, store
    errors.install(app)
    app.state.stream = stream = Stream(store, settings.default_words)
    app.include_router(_router(settings, store, stream))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    install_docs(app)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(SameOrigin)

    return app


__all__ = ["create_app", "error_response"]
