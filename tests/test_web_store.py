"""The repository on SQLite and (when TOMTAT_TEST_PG_URL is set) PostgreSQL: migrations, transactions, threads."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from tomtat.web import Settings, create_app
from tomtat.web.store import Store, make_engine
from web_support import ARTICLES, db_url  # noqa: F401 - db_url is a fixture



def _digest(n: int) -> tuple[dict, list[dict]]:
    return ({"title": f"tin {n}", "words": 50, "summary": {"summary": "", "sentences": []}},
            [{"text": f"bài {n}.{i}", "title": f"t{i}"} for i in range(3)])


def test_migrations_build_the_schema_and_are_idempotent(db_url):
    first = Store(db_url)
    first.dispose()
    store = Store(db_url)
    tables = set(inspect(store.engine).get_table_names())
    assert {"digests", "digest_articles", "alembic_version"} <= tables
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    store.dispose()


def test_add_get_list_delete(db_url):
    store = Store(db_url)
    made = store.add_digest(*_digest(1))
    assert store.get_digest(made["id"]) == made
    assert store.article_texts(made["id"]) == ["bài 1.0", "bài 1.1", "bài 1.2"]
    items, total = store.list_digests(10, 0)
    assert total == 1 and items[0]["title"] == "tin 1" and items[0]["article_count"] == 3
    assert store.delete_digest(made["id"]) is True
    assert store.get_digest(made["id"]) is None
    assert store.article_texts(made["id"]) == [], "the articles go with their digest"
    assert store.delete_digest(made["id"]) is False
    store.dispose()


def test_a_failed_write_leaves_nothing_behind(db_url):
    store = Store(db_url)
    digest, rows = _digest(2)
    rows[2]["text"] = None  # NOT NULL: the third article row fails inside the transaction
    with pytest.raises(Exception):
        store.add_digest(digest, rows)
    assert store.list_digests(10, 0) == ([], 0)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM digest_articles")).scalar() == 0
    store.dispose()


def test_concurrent_writers_and_readers_do_not_corrupt_the_store(db_url):
    store = Store(db_url)

    def work(n: int) -> str:
        made = store.add_digest(*_digest(n))
        assert store.get_digest(made["id"])["title"] == f"tin {n}"
        store.list_digests(5, 0)
        return made["id"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(work, range(40)))
    assert len(set(ids)) == 40
    items, total = store.list_digests(100, 0)
    assert total == 40 and {i["id"] for i in items} == set(ids)
    for n, digest_id in enumerate(ids):
        assert store.article_texts(digest_id) == [f"bài {n}.{i}" for i in range(3)]
    store.dispose()


def test_digests_survive_a_restart_of_the_app(db_url):
    app = create_app(Settings(db_url=db_url))
    with TestClient(app) as client:
        made = client.post("/api/clusters", json={"articles": ARTICLES, "words": 30}).json()
    app.state.store.dispose()
    with TestClient(create_app(Settings(db_url=db_url))) as client:
        assert client.get(f"/api/clusters/{made['id']}").json() == made
        assert client.get("/api/clusters").json()["total"] == 1


def test_concurrent_posts_through_the_api(db_url):
    app = create_app(Settings(db_url=db_url))
    with TestClient(app) as client:
        def post(n: int) -> int:
            r = client.post("/api/clusters", json={"articles": ARTICLES[n % 2:], "words": 20 + n})
            return r.status_code

        with ThreadPoolExecutor(max_workers=4) as pool:
            codes = list(pool.map(post, range(8)))
        assert codes == [201] * 8
        listing = client.get("/api/clusters", params={"limit": 100}).json()
        assert listing["total"] == 8
        assert sorted(i["words"] for i in listing["items"]) == [20 + n for n in range(8)]
    app.state.store.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_in_memory_sqlite_works_for_a_whole_app():
    with TestClient(create_app(Settings(db_url="sqlite://"))) as client:
        assert client.get("/api/health").json()["database"] == "ok"
        assert client.get("/api/clusters").json()["total"] == 0


def _alembic(engine, *steps: tuple[str, str]) -> None:
    from alembic import command
    from alembic.config import Config

    from tomtat.web.store import HERE

    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        for verb, revision in steps:
            getattr(command, verb)(cfg, revision)


def test_an_old_database_is_upgraded_and_keeps_its_digests(db_url):
    engine = make_engine(db_url)
    _alembic(engine, ("upgrade", "0001"))
    assert "stream_state" not in inspect(engine).get_table_names()
    engine.dispose()
    old = Store(db_url, run_migrations=False)
    made = old.add_digest(*_digest(7))
    old.dispose()
    store = Store(db_url)  # upgrades to head at start-up
    assert {"stream_state", "event_digests"} <= set(inspect(store.engine).get_table_names())
    assert store.get_digest(made["id"]) == made
    _alembic(store.engine, ("downgrade", "base"))
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    store.dispose()


def test_the_models_match_the_migrations(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from tomtat.web.db import Base

    store = Store(db_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    store.dispose()
