"""ASGI middleware that refuses request bodies over the size limit with a 413 in the one error shape."""

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
