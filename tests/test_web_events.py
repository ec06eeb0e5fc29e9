"""The article stream over HTTP: POST /api/articles, GET /api/events, GET /api/events/{id}?since=…"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tomtat.web import Settings, create_app
from web_support import ARTICLES, db_url  # noqa: F401 - db_url is a fixture



@pytest.fixture(scope="module")
def fire(example_dir: Path) -> list[dict]:
    files = sorted(example_dir.glob("*.txt"))
    if len(files) < 3:
        pytest.skip("the bundled example cluster is absent")
    return [{"id": f"fire-{i}", "text": f.read_text(encoding="utf-8"), "source": f.name} for i, f in enumerate(files)]


SLIDE = [{"id": f"slide-{i}", **a} for i, a in enumerate(ARTICLES)]


def _app(url: str) -> TestClient:
    return TestClient(create_app(Settings(db_url=url, default_words=60)))


def _events(client) -> dict[str, list[str]]:
    """Event id → its article ids, read back through the API."""
    out = {}
    for item in client.get("/api/events", params={"limit": 100}).json()["items"]:
        out[item["event_id"]] = [a["id"] for a in client.get(f"/api/events/{item['event_id']}").json()["articles"]]
    return out


def test_articles_join_events_and_events_have_summaries(db_url, fire):
    with _app(db_url) as client:
        r = client.post("/api/articles", json={"articles": fire + SLIDE})
        assert r.status_code == 201, r.text
        assigned = {a["id"]: a["event_id"] for a in r.json()["assigned"]}
        assert list(assigned) == [a["id"] for a in fire + SLIDE]
        # Every article is in exactly the event it was assigned to, in arrival order; an event is named
        # after its first article.
        events = _events(client)
        assert r.json()["events"] == len(events)
        assert sorted(a for ids in events.values() for a in ids) == sorted(assigned)
        for event_id, ids in events.items():
            assert ids[0] == event_id and all(assigned[a] == event_id for a in ids)

        listing = client.get("/api/events").json()
        assert listing["total"] == len(events)
        for item in listing["items"]:
            assert item["article_count"] == len(events[item["event_id"]]) and item["summary"]["sentences"]
        last = [item["last_seen"] for item in listing["items"]]
        assert last == sorted(last, reverse=True), "most recently active first"

        event = client.get(f"/api/events/{assigned['fire-0']}").json()
        assert event["changes"] is None
        shown = {(a["doc"], s["position"]): s["text"] for a in event["sentences"] for s in a["sentences"]}
        for sentence in event["summary"]["sentences"]:
            origin = sentence["sources"][0]
            assert shown[(origin["doc"], origin["sentence"])] == sentence["text"]


def test_since_tells_what_is_new(db_url, fire):
    with _app(db_url) as client:
        client.post("/api/articles", json={"articles": fire[:2]})
        between = datetime.now(timezone.utc)
        client.post("/api/articles", json={"articles": fire[2:]})
        events = _events(client)
        new = []
        for event_id in events:
            changes = client.get(f"/api/events/{event_id}", params={"since": between.isoformat()}).json()["changes"]
            new += changes["new_articles"]
        assert sorted(new) == sorted(a["id"] for a in fire[2:])
        future = (between + timedelta(days=1)).isoformat()
        assert client.get("/api/events/fire-0", params={"since": future}).json()["changes"]["new_articles"] == []
        r = client.get("/api/events/fire-0", params={"since": "hôm qua"})
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_the_stream_survives_a_restart_and_keeps_clustering(db_url, tmp_path, fire):
    with _app(f"sqlite:///{tmp_path / 'straight.db'}") as client:
        client.post("/api/articles", json={"articles": fire[:-1] + SLIDE})
        straight = client.post("/api/articles", json={"articles": fire[-1:]}).json()
        straight_events = _events(client)
    with _app(db_url) as client:
        client.post("/api/articles", json={"articles": fire[:-1] + SLIDE})
    with _app(db_url) as client:
        restarted = client.post("/api/articles", json={"articles": fire[-1:]}).json()
        assert restarted == straight, "a restart between two batches changes no assignment"
        assert _events(client) == straight_events


def test_two_apps_on_one_database_lose_no_update(db_url, fire):
    with _app(db_url) as one, _app(db_url) as two:
        one.post("/api/articles", json={"articles": fire[:2]})
        two.post("/api/articles", json={"articles": SLIDE})
        one.post("/api/articles", json={"articles": fire[2:]})
        seen = [_events(one), _events(two)]
        assert seen[0] == seen[1]
        assert sorted(a for ids in seen[0].values() for a in ids) == sorted(a["id"] for a in fire + SLIDE)


def test_bad_stream_requests_store_nothing(db_url, fire):
    with _app(db_url) as client:
        client.post("/api/articles", json={"articles": fire[:1]})
        bad = [
            ({"articles": fire[:1]}, 409, "duplicate_article"),
            ({"articles": [fire[1], fire[1]]}, 409, "duplicate_article"),
            ({"articles": [{"id": "../etc", "text": "Một."}]}, 422, "invalid_request"),
            ({"articles": []}, 422, "invalid_request"),
            ({"articles": [{"id": "x1", "text": "  "}]}, 422, "empty_article"),
            ({"articles": [fire[1], {**fire[2], "published": "sáng nay"}]}, 422, "bad_input"),
        ]
        for body, status, code in bad:
            r = client.post("/api/articles", json=body)
            assert r.status_code == status and r.json()["error"]["code"] == code, r.text
        r = client.post("/api/articles", content=b"id=1", headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 415
        assert client.get("/api/events/nope").json()["error"]["code"] == "not_found"
        assert _events(client) == {"fire-0": ["fire-0"]}


def test_ids_are_made_up_when_missing(tmp_path):
    with _app(f"sqlite:///{tmp_path / 'ids.db'}") as client:
        r = client.post("/api/articles", json={"articles": [{"text": a["text"]} for a in ARTICLES]})
        ids = [a["id"] for a in r.json()["assigned"]]
        assert len(set(ids)) == 2 and all(len(i) == 32 for i in ids)


def test_a_cached_event_digest_follows_its_articles_not_their_count(db_url, fire):
    # Settling can swap one article of an event for another: same id, same count, other articles.
    from tomtat.cluster.stream import Event
    from tomtat.web.store import Store
    from tomtat.web.stream import Stream

    store = Store(db_url)
    stream = Stream(store, 60)
    records = {a["id"]: a for a in fire + SLIDE}
    first = Event("e", ("fire-0", "fire-1"), None, None)
    swapped = Event("e", ("fire-0", "slide-0"), None, None)
    one = stream.digest(first, [records[i] for i in first.article_ids])
    assert stream.digest(first, [records[i] for i in first.article_ids]) == one  # served from the cache
    two = stream.digest(swapped, [records[i] for i in swapped.article_ids])
    assert two != one and len(two["articles"]) == len(one["articles"]) == 2
    store.dispose()


def test_an_event_emptied_by_settling_says_where_its_articles_went(db_url):
    from test_cluster import ARTICLES as INVENTED, NOW
    from tomtat.cluster import StreamClusterer
    from tomtat.web.db import StreamStateRow, utcnow
    from tomtat.web.stream import STREAM

    c = StreamClusterer(threshold=0.95)  # every article opens its own event on arrival...
    for r in INVENTED:
        c.add(r, now=NOW)
    c.settle()  # ...and settling joins them: chay-2 and chay-3 move into chay-1
    with _app(db_url) as client:
        with client.app.state.store.sessions.begin() as session:
            session.add(StreamStateRow(name=STREAM, version=1, updated=utcnow(), state=c.to_state()))
        assert [a["id"] for a in client.get("/api/events/chay-1").json()["articles"]] == ["chay-1", "chay-2", "chay-3"]
        r = client.get("/api/events/chay-2")
        assert r.status_code == 404
        assert r.json()["error"]["message"] == ("event 'chay-2' was re-formed when the stream was settled; "
                                                "its articles are now in 'chay-1'")
        assert r.json()["error"]["detail"] == {"now_in": ["chay-1"]}
        assert client.get("/api/events/never").json()["error"]["message"] == "no event with id 'never'"


def test_each_article_and_settling_is_stored_once_in_its_own_row(db_url, monkeypatch):
    from sqlalchemy import select

    from test_cluster import ARTICLES as INVENTED
    from tomtat.cluster import stream as stream_module
    from tomtat.web.db import StreamArticleRow, StreamSettleRow, StreamStateRow
    from tomtat.web.stream import STREAM

    monkeypatch.setattr(stream_module, "DEFAULT_THRESHOLD", 0.95)  # each article opens its own event; settling joins them

    def stored(sessions):
        with sessions() as session:
            return ({r.position: r.record for r in session.scalars(select(StreamArticleRow))},
                    {r.seq: r.record for r in session.scalars(select(StreamSettleRow))},
                    session.get(StreamStateRow, STREAM).state)

    with _app(db_url) as client:
        client.post("/api/articles", json={"articles": INVENTED[:4]})
        articles, settles, _ = stored(client.app.state.store.sessions)
        client.post("/api/articles", json={"articles": INVENTED[4:]})
        rows, settle_rows, state = stored(client.app.state.store.sessions)
        in_memory = client.app.state.stream._fresh().to_state()
    assert len(settles) >= 1 and len(settle_rows) > len(settles), "both batches settled something"
    assert [rows[p]["id"] for p in range(len(INVENTED))] == [a["id"] for a in INVENTED]
    assert {p: rows[p] for p in articles} == articles, "the second batch leaves the first batch's rows alone"
    assert {k: settle_rows[k] for k in settles} == settles
    assert [settle_rows[k] for k in range(len(settle_rows))] == in_memory["settles"]
    assert all("event" not in r and r["assigned"] for r in rows.values())  # where settling put it is replayed
    assert "articles" not in state and "settles" not in state
    assert (state["article_count"], state["settle_count"]) == (len(INVENTED), len(settle_rows))


def test_the_articles_move_out_of_an_old_state_row_and_back(db_url):
    """Migration 0004 on a stream saved by 0003 (articles inside the state), then its downgrade."""
    from sqlalchemy import select

    from test_cluster import ARTICLES as INVENTED, NOW
    from test_web_store import _alembic
    from tomtat.cluster import StreamClusterer
    from tomtat.web.db import StreamArticleRow, StreamSettleRow, StreamStateRow, utcnow
    from tomtat.web.store import make_engine
    from tomtat.web.stream import STREAM

    c = StreamClusterer(threshold=0.95)
    for r in INVENTED:
        c.add(r, now=NOW)
    c.settle()
    old_state = c.to_state()  # as saved before stored features existed
    old_state["articles"] = [{k: v for k, v in a.items() if k != "features"} for a in old_state["articles"]]
    del old_state["options"]["keep_features"]
    engine = make_engine(db_url)
    _alembic(engine, ("upgrade", "0003"))
    with engine.begin() as conn:
        conn.execute(StreamStateRow.__table__.insert(), [{"name": STREAM, "version": 3, "updated": utcnow(), "state": old_state}])
    _alembic(engine, ("upgrade", "0004"))
    with engine.connect() as conn:
        state = conn.execute(select(StreamStateRow.state)).scalar_one()
        records = conn.execute(select(StreamArticleRow.record).order_by(StreamArticleRow.position)).scalars().all()
    assert "articles" not in state and state["article_count"] == len(INVENTED) == len(records)
    with engine.connect() as conn:
        settles = conn.execute(select(StreamSettleRow.record).order_by(StreamSettleRow.seq)).scalars().all()
    assert "settles" not in state and state["settle_count"] == len(old_state["settles"]) == len(settles) == 1
    assert settles == old_state["settles"]
    engine.dispose()
    with _app(db_url) as client:  # the app reads the moved rows and replays the settled stream
        assert [a["id"] for a in client.get("/api/events/chay-1").json()["articles"]] == ["chay-1", "chay-2", "chay-3"]
        client.app.state.store.dispose()
    engine = make_engine(db_url)
    _alembic(engine, ("downgrade", "0003"))
    with engine.connect() as conn:
        back = conn.execute(select(StreamStateRow.state)).scalar_one()
    engine.dispose()
    assert "article_count" not in back and "settle_count" not in back and back["settles"] == old_state["settles"]
    assert [e.to_dict() for e in StreamClusterer.from_state(back).events()] == [e.to_dict() for e in c.events()]


def test_the_server_keeps_article_texts_in_the_database_not_in_memory(db_url, fire):
    from tomtat.cluster import stream as cluster_stream
    from tomtat.web import stream as web_stream

    assert web_stream.TEXT_KEYS == cluster_stream.TEXT_KEYS
    with _app(db_url) as client:
        client.post("/api/articles", json={"articles": fire})
        event_id = next(iter(_events(client)))
        in_memory = client.app.state.stream._fresh().history(event_id)
        assert in_memory and all("text" not in a for a in in_memory)
        event = client.get(f"/api/events/{event_id}").json()
        assert event["summary"]["sentences"] and all(a["sentences"] for a in event["sentences"])
