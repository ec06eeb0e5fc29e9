"""A restart of the web app replays the stored stream from each article's stored features, reading no text."""

from __future__ import annotations

import base64

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from test_cluster import ARTICLES as INVENTED, NOW
from test_web_store import _alembic
from tomtat.cluster import StreamClusterer
from tomtat.cluster import stream as cluster_stream
from tomtat.web import Settings, create_app
from tomtat.web.db import StreamArticleRow, StreamSettleRow, StreamStateRow, utcnow
from tomtat.web.store import make_engine
from tomtat.web.stream import STREAM
from web_support import db_url  # noqa: F401 - db_url is a fixture


def _app(url: str) -> TestClient:
    return TestClient(create_app(Settings(db_url=url, default_words=60)))


def _seen(client) -> tuple[list, dict, dict]:
    """GET /api/events, each event's GET /api/events/{id}, and the state of the app's clusterer (joined times...)."""
    listing = client.get("/api/events", params={"limit": 100}).json()
    events = {item["event_id"]: client.get(f"/api/events/{item['event_id']}").json() for item in listing["items"]}
    return listing, events, client.app.state.stream._fresh().to_state()


def _rows(url: str) -> list:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(select(StreamArticleRow.record, StreamArticleRow.features, StreamArticleRow.texts)
                            .order_by(StreamArticleRow.position)).all()
    engine.dispose()
    return rows


@pytest.fixture
def no_tokenising(monkeypatch):
    """Make any tokenising of a text by the clusterer fail (turned on by calling it)."""
    def turn_on():
        def refuse(*args, **kwargs):
            raise AssertionError("a text was tokenised again")
        monkeypatch.setattr(cluster_stream, "term_counts", refuse)
    return turn_on


def test_a_restart_gives_the_same_events_from_stored_features(db_url, monkeypatch, no_tokenising):
    monkeypatch.setattr(cluster_stream, "DEFAULT_THRESHOLD", 0.95)  # each article opens its own event; settling joins
    with _app(db_url) as client:
        for batch in (INVENTED[:3], INVENTED[3:5], INVENTED[5:]):
            assert client.post("/api/articles", json={"articles": batch}).status_code == 201
        before = _seen(client)
        client.app.state.store.dispose()
    assert any(a.get("joined") for a in before[2]["articles"]), "settling moved some article"
    rows = _rows(db_url)
    assert len(rows) == len(INVENTED)
    for (record, features, texts), article in zip(rows, INVENTED):
        assert features and texts == {"text": article["text"]} and "text" not in record
    no_tokenising()
    with _app(db_url) as client:  # a new app on the same database: the restart
        assert _seen(client) == before
        # It keeps clustering where the first left off (new articles are tokenised, so the guard goes).
        monkeypatch.undo()
        more = [dict(r, id=f"{r['id']}-bis") for r in INVENTED[:2]]
        assert client.post("/api/articles", json={"articles": more}).status_code == 201
        client.app.state.store.dispose()


def _stored_by_0004(url: str, c: StreamClusterer) -> None:
    """The clusterer's stream as the app stored it before 0005: texts inside the records, no features."""
    state = c.to_state()
    articles, settles = state.pop("articles"), state.pop("settles")
    state["options"] = {k: v for k, v in state["options"].items() if k != "keep_features"}
    state.update(article_count=len(articles), settle_count=len(settles))
    texts = {r["id"]: r["text"] for r in INVENTED}
    engine = make_engine(url)
    _alembic(engine, ("upgrade", "0004"))
    with engine.begin() as conn:
        conn.execute(StreamStateRow.__table__.insert(), [{"name": STREAM, "version": 2, "updated": utcnow(), "state": state}])
        conn.execute(StreamArticleRow.__table__.insert(), [
            {"name": STREAM, "position": p, "record": {**{k: v for k, v in a.items() if k not in ("event", "joined", "features")},
                                                       "text": texts[a["id"]]}}
            for p, a in enumerate(articles)])
        conn.execute(StreamSettleRow.__table__.insert(), [{"name": STREAM, "seq": k, "record": r} for k, r in enumerate(settles)])
    engine.dispose()


def test_rows_stored_before_0005_get_their_features_on_first_load_and_back(db_url, no_tokenising):
    c = StreamClusterer(threshold=0.95, keep_texts=False)
    for r in INVENTED:
        c.add(r, now=NOW)
    c.settle()
    _stored_by_0004(db_url, c)
    engine = make_engine(db_url)
    _alembic(engine, ("upgrade", "0005"))
    engine.dispose()
    rows = _rows(db_url)
    assert all(f is None and "text" not in r and t == {"text": a["text"]} for (r, f, t), a in zip(rows, INVENTED))
    with _app(db_url) as client:  # first load: replayed from the texts, which give the features
        first = _seen(client)
        client.app.state.store.dispose()
    expected = {e.event_id: [a["id"] for a in c.history(e.event_id)] for e in c.events()}
    assert {k: [a["id"] for a in v["articles"]] for k, v in first[1].items()} == expected
    original = c.to_state()
    assert first[2]["articles"] == [{k: v for k, v in a.items() if k != "features"} for a in original["articles"]]
    assert (first[2]["edges"], first[2]["settles"]) == (original["edges"], original["settles"])
    stored = [base64.b64decode(a["features"]) for a in c.to_state()["articles"]]
    assert [f for _, f, _ in _rows(db_url)] == stored  # what the clusterer computed on arrival
    no_tokenising()
    with _app(db_url) as client:  # from now on a restart reads no text
        assert _seen(client) == first
        client.app.state.store.dispose()
    engine = make_engine(db_url)
    _alembic(engine, ("downgrade", "0004"))
    with engine.connect() as conn:
        records = conn.execute(select(StreamArticleRow.__table__.c.record)
                               .order_by(StreamArticleRow.__table__.c.position)).scalars().all()
    engine.dispose()
    assert [r["text"] for r in records] == [a["text"] for a in INVENTED]
