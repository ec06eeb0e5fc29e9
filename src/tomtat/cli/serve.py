"""``tomtat serve``: the web page and HTTP API (FastAPI on uvicorn), storing digests in a database."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import TomtatError
from ._common import app, fail


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 keeps it on this machine).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=0, max=65535)] = 8000,
    db: Annotated[str | None, typer.Option("--db", help="Database URL (sqlite:///file.db or postgresql+psycopg://…); default: an SQLite file in the user's data folder; env TOMTAT_DB_URL.")] = None,
    max_body_bytes: Annotated[int | None, typer.Option(help="Largest request body in bytes (env TOMTAT_MAX_BODY_BYTES).", min=1)] = None,
    max_articles: Annotated[int | None, typer.Option(help="Most articles in one request (env TOMTAT_MAX_ARTICLES).", min=1)] = None,
    max_article_chars: Annotated[int | None, typer.Option(help="Longest article in characters (env TOMTAT_MAX_ARTICLE_CHARS).", min=1)] = None,
) -> None:
    """Serve the web page at / and the API at /api (OpenAPI docs at /docs)."""
    import uvicorn

    from ..web import create_app
    from ..web.settings import Settings

    try:
        settings = Settings.from_env(db_url=db, max_body_bytes=max_body_bytes, max_articles=max_articles,
                                     max_article_chars=max_article_chars)
        web = create_app(settings)
    except TomtatError as exc:
        fail(str(exc), exc.exit_code)
    except Exception as exc:  # a database that cannot be reached or migrated: one line, no traceback
        fail(f"cannot open the database {_shown(settings.url)}: {type(exc).__name__}: {str(exc).splitlines()[0]}", 1)
    typer.echo(f"tomtat: serving on http://{host}:{port}/ (database {_shown(settings.url)})", err=True)
    uvicorn.run(web, host=host, port=port, log_level="info")


def _shown(url: str) -> str:
    """The URL without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
