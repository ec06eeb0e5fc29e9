"""tomtat's web app and HTTP API: ``create_app(settings)``, served by ``tomtat serve``."""

from __future__ import annotations

from .settings import Settings

__all__ = ["Settings", "create_app"]


def create_app(settings: Settings | None = None):
    """Build the FastAPI app (imported lazily so ``import tomtat.web`` stays cheap)."""
    from .app import create_app as _create

    return _create(settings)
