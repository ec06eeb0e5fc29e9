"""Reading a request's articles: JSON bodies, multipart uploads (.txt/.html) and pasted text."""

from __future__ import annotations

import json
from typing import TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from ..errors import InputError
from .digest import RawArticle
from .errors import ApiError
from .schemas import ClusterIn
from .settings import Settings

FILE_SUFFIXES = (".txt", ".html", ".htm")
Model = TypeVar("Model", bound=BaseModel)


def content_type(request: Request) -> str:
    """The media type of the request body, lowercased, without parameters."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def json_body(request: Request, model: type[Model]) -> Model:
    """The body parsed as JSON and validated by ``model``; 422 with the one error shape otherwise."""
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(422, "invalid_json", f"the body is not valid JSON ({exc})") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        detail = [{"loc": [str(p) for p in e["loc"]], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise ApiError(422, "invalid_request", "the request does not have the expected shape", detail) from None


def words_of(value, settings: Settings) -> int:
    """The summary budget asked for (default when absent); 422 when not a whole number within the limit."""
    if value is None or value == "":
        return settings.default_words
    try:
        words = int(value)
    except (TypeError, ValueError):
        raise ApiError(422, "invalid_request", f"words must be a whole number, got {value!r}") from None
    if not 1 <= words <= settings.max_words:
        raise ApiError(422, "invalid_request", f"words must lie between 1 and {settings.max_words}, got {words}",
                       {"limit": settings.max_words})
    return words


def safe_label(filename: str | None, number: int) -> str:
    """A display label for an uploaded file: its base name, printable, short; never used as a path."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable())[:200]
    return name or f"file {number}"


def _looks_like_html(text: str) -> bool:
    """An upload with no .html name is still read as HTML when it opens like a page."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


async def json_articles(request: Request, settings: Settings) -> tuple[list[RawArticle], int]:
    """Articles and budget of a JSON request (:class:`ClusterIn`)."""
    body = await json_body(request, ClusterIn)
    raws = [RawArticle(text=a.text, label=f"article {i + 1}", title=a.title, source=a.source or "",
                       url=a.url or "", published=a.published) for i, a in enumerate(body.articles)]
    return raws, words_of(body.words, settings)


async def form_articles(request: Request, settings: Settings) -> tuple[list[RawArticle], int]:
    """Articles and budget of a form: ``files`` (uploads), ``text`` (pasted, split at ``---``), ``words``."""
    from ..read import decode, split_stream

    # Starlette's limits guard the parser; the article count itself is checked afterwards, with a clear message.
    form = await request.form(max_files=settings.max_articles * 4, max_fields=100,
                              max_part_size=settings.max_body_bytes)
    raws: list[RawArticle] = []
    for value in form.getlist("text"):
        if isinstance(value, str) and value.strip():
            for line, part in split_stream(value.replace("\r\n", "\n"), "text"):
                raws.append(RawArticle(text=part, label=f"pasted text, line {line}"))
    for number, upload in enumerate(form.getlist("files"), start=1):
        if isinstance(upload, str):
            raise ApiError(422, "invalid_request", "the field 'files' must hold uploaded files")
        label = safe_label(upload.filename, number)
        if not label.lower().endswith(FILE_SUFFIXES) and label != f"file {number}":
            raise ApiError(415, "unsupported_file", f"{label}: only {', '.join(FILE_SUFFIXES)} files are read",
                           {"file": label})
        data = await upload.read()
        try:
            text = decode(data, label)
        except InputError as exc:
            raise ApiError(422, "bad_input", str(exc), {"file": label}) from None
        html = label.lower().endswith((".html", ".htm")) or _looks_like_html(text)
        raws.append(RawArticle(text=text, label=label, source=label, html=html))
    words = words_of(form.get("words"), settings)
    await form.close()
    return raws, words
