"""Helpers of the web tests: small invented articles and an app on a throw-away database."""

from __future__ import annotations

import os

import pytest

# Invented reports of one invented event; the two give different numbers on purpose.
ARTICLES = [
    {"title": "Sạt lở đất ở xã Nậm Khẩu",
     "text": "Đêm 3/9, một vụ sạt lở đất đã vùi lấp 5 ngôi nhà ở xã Nậm Khẩu. "
             "Chính quyền cho biết 12 người đã được sơ tán an toàn. "
             "Lực lượng cứu hộ đang tìm kiếm 2 người mất tích."},
    {"title": "Nậm Khẩu khắc phục hậu quả sạt lở",
     "text": "Theo ông Lò Văn Minh, chủ tịch xã, sạt lở đã làm sập 7 ngôi nhà ở xã Nậm Khẩu. "
             "Khoảng 12 người được sơ tán tới trường học. "
             "Mưa lớn được dự báo còn kéo dài đến hết tuần."},
]

HOSTILE = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"


def pg_url() -> str:
    """The PostgreSQL URL of the test server, or skip."""
    url = os.environ.get("TOMTAT_TEST_PG_URL")
    if not url:
        pytest.skip("TOMTAT_TEST_PG_URL is not set")
    return url


def reset_pg(url: str) -> None:
    """Drop the app's tables (and Alembic's version table) so each test starts from an empty schema."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        for table in ("event_digests", "stream_articles", "stream_settles", "stream_state", "digest_articles", "digests", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh database URL: an SQLite file, and PostgreSQL when TOMTAT_TEST_PG_URL is set (emptied around the test)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tomtat.db'}"
        return
    url = pg_url()
    reset_pg(url)
    yield url
    reset_pg(url)
