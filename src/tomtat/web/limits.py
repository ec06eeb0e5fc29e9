"""ASGI middleware: a request body size limit (413 in the one error shape) and security headers."""

from __future__ import annotations

from starlette.exceptions import HTTPException

from .errors import error_response


class BodyLimit:
    """Checks ``Content-Length`` up front, and counts streamed (chunked) bodies as they arrive."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                response = error_response(400, "bad_request", "the Content-Length header is not a whole number")
                return await response(scope, receive, send)
            if size > self.limit:
                return await self._too_large(scope, receive, send)
        received = 0

        async def counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # Raised inside the app's body read: the app's HTTP error handler answers 413.
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"the request body is larger than the limit of {self.limit} bytes"

    async def _too_large(self, scope, receive, send):
        response = error_response(413, "body_too_large", self._message(), {"limit": self.limit})
        await response(scope, receive, send)


# The page loads only its own script and style: injected markup could neither run nor fetch.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The /docs page (Swagger UI) starts itself with an inline script, which the strict policy would block.
_DOCS = ("/docs", "/redoc", "/openapi")


class SecurityHeaders:
    """Adds nosniff, no-referrer and (outside the API docs) a strict Content-Security-Policy to every answer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        strict = not scope.get("path", "").startswith(_DOCS)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                if strict:
                    extra.append((b"content-security-policy", PAGE_CSP.encode()))
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class SameOrigin:
    """Refuses a state-changing request (POST, PUT, PATCH, DELETE) sent by a page of another origin (403).

    Browsers name the sending page in ``Origin``; a form on another site could otherwise post to a
    server on this machine. Requests without ``Origin`` (curl, scripts) are let through.
    """

    UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] in self.UNSAFE:
            headers = dict(scope.get("headers") or ())
            origin = headers.get(b"origin", b"").decode("latin-1")
            host = headers.get(b"host", b"").decode("latin-1")
            if origin and origin.split("://", 1)[-1] != host:
                response = error_response(403, "cross_origin", f"requests from {origin} are refused",
                                          {"origin": origin})
                return await response(scope, receive, send)
        await self.app(scope, receive, send)
