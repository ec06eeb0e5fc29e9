"""Settings of the web app: database URL and request limits, from arguments or ``TOMTAT_*`` env vars."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..errors import UsageError

ENV_PREFIX = "TOMTAT_"


def default_db_url() -> str:
    """An SQLite file in the user's data folder (``$XDG_DATA_HOME/tomtat`` or ``~/.local/share/tomtat``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    folder = Path(base) / "tomtat"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'tomtat.db'}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    """What the app needs to know; every limit has a default chosen for a few long news articles."""

    db_url: str = ""
    """SQLAlchemy URL; empty means :func:`default_db_url`."""
    max_body_bytes: int = 5_000_000
    """Largest request body accepted (413 beyond); 5 MB holds dozens of long HTML pages."""
    max_articles: int = 30
    """Most articles in one digest; a news event rarely has more distinct reports worth reading."""
    max_article_chars: int = 100_000
    """Longest article text, in characters, after decoding (about 15 000 words)."""
    max_words: int = 1000
    """Largest summary budget a client may ask for."""
    default_words: int = 200
    """Summary budget when the request names none."""
    max_list: int = 100
    """Largest page of ``GET /api/clusters``."""

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "db_url" and (not isinstance(value, int) or value < 1):
                raise UsageError(f"setting {f.name} must be a positive whole number, got {value!r}")
        if self.default_words > self.max_words:
            raise UsageError(f"default_words ({self.default_words}) exceeds max_words ({self.max_words})")

    @property
    def url(self) -> str:
        return self.db_url or default_db_url()

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "Settings":
        """Defaults, then ``TOMTAT_DB_URL``, ``TOMTAT_MAX_BODY_BYTES``…, then non-None ``overrides``."""
        env = os.environ if env is None else env
        values: dict = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            if f.name == "db_url":
                values[f.name] = raw
            else:
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    raise UsageError(f"{ENV_PREFIX}{f.name.upper()} must be a whole number, got {raw!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_overrides(self, **overrides) -> "Settings":
        """A copy with the non-None ``overrides`` applied."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **given) if given else self
