"""One JSON error shape everywhere: ``{"error": {"code", "message", "detail"?}}``, for every 4xx and 5xx."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, TomtatError, UsageError

log = logging.getLogger("tomtat.web")

_CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
          413: "body_too_large", 415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error"}


class ApiError(Exception):
    """An error the API answers on purpose, with its HTTP status and a stable machine code."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None):
        super().__init__(message)
        self.status, self.code, self.message, self.detail = status, code, message, detail


def error_response(status: int, code: str, message: str, detail: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """The JSON error answer."""
    body: dict = {"code": code, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse({"error": body}, status_code=status, headers=headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _validation_detail(exc: RequestValidationError) -> list[dict]:
    # Only location, message and type: the offending input may be huge or hold the article text.
    return [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


def install(app: FastAPI) -> None:
    """Replace FastAPI's own 404/405/422/500 answers with the one error shape."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) and exc.detail else _phrase(exc.status_code)
        return error_response(exc.status_code, _CODES.get(exc.status_code, f"http_{exc.status_code}"), message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError):
        return error_response(422, "invalid_request", "the request does not have the expected shape",
                              _validation_detail(exc))

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.detail)

    @app.exception_handler(TomtatError)
    async def _tomtat(_: Request, exc: TomtatError):
        if isinstance(exc, UsageError):
            return error_response(400, "bad_usage", str(exc))
        detail = {"where": exc.where, "line": exc.line} if isinstance(exc, InputError) and exc.where else None
        return error_response(422, "bad_input", str(exc), detail)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception):
        log.exception("unexpected error while answering a request")
        return error_response(500, "internal_error", "the server failed to answer; the error was logged")
