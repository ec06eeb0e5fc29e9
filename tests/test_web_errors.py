"""Every bad request gets the one JSON error shape with the right 4xx code, and stores nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tomtat.web import Settings, create_app
from web_support import ARTICLES

LIMITS = {"max_body_bytes": 20_000, "max_articles": 3, "max_article_chars": 2_000, "max_words": 500}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "errors.db"
    with TestClient(create_app(Settings(db_url=f"sqlite:///{db}", **LIMITS))) as c:
        yield c


def _too_many():
    return {"articles": [{"text": "Một câu."}] * 4}


BAD = [
    # (method, url, request keyword arguments, expected status, expected code)
    ("get", "/no/such/page", {}, 404, "not_found"),
    ("get", "/api/nothing", {}, 404, "not_found"),
    ("get", "/api/clusters/0123456789abcdef0123456789abcdef", {}, 404, "not_found"),
    ("delete", "/api/clusters/nope", {}, 404, "not_found"),
    ("get", "/static/missing.js", {}, 404, "not_found"),
    ("put", "/api/clusters", {"json": {}}, 405, "method_not_allowed"),
    ("delete", "/api/clusters", {}, 405, "method_not_allowed"),
    ("post", "/api/health", {}, 405, "method_not_allowed"),
    ("post", "/api/clusters", {"content": b"{", "headers": {"content-type": "application/json"}}, 422, "invalid_json"),
    ("post", "/api/clusters", {"content": b"\xff\xfe", "headers": {"content-type": "application/json"}}, 422, "invalid_json"),
    ("post", "/api/clusters", {"content": b"articles", "headers": {"content-type": "text/plain"}}, 415, "unsupported_media_type"),
    ("post", "/api/clusters", {"json": {}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": []}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": []}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": [{"title": "x"}]}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": [{"text": 5}]}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": [{"text": "a", "colour": "red"}]}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": ARTICLES, "words": 0}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": ARTICLES, "words": "many"}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": ARTICLES, "words": 501}}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": [{"text": "   \n "}]}}, 422, "empty_article"),
    ("post", "/api/clusters", {"json": _too_many()}, 422, "too_many_articles"),
    ("post", "/api/clusters", {"json": {"articles": [{"text": "Mưa. " * 500}]}}, 422, "article_too_long"),
    ("post", "/api/clusters", {"json": {"articles": [{"text": "x" * 30_000}]}}, 413, "body_too_large"),
    ("post", "/api/clusters", {"files": [("files", ("a.pdf", b"%PDF-1.4"))]}, 415, "unsupported_file"),
    ("post", "/api/clusters", {"files": [("files", ("a.txt", b"\x00\x01\x02binary"))]}, 422, "bad_input"),
    ("post", "/api/clusters", {"files": [("files", ("a.txt", b"   "))]}, 422, "bad_input"),
    ("post", "/api/clusters", {"files": [("files", ("a.html", b"<html><body></body></html>"))]}, 422, "bad_input"),
    ("post", "/api/clusters", {"data": {"words": "10"}, "files": [("other", ("a.txt", b"x"))]}, 422, "no_articles"),
    ("post", "/api/clusters", {"data": {"text": "Một bài.", "words": "abc"}}, 422, "invalid_request"),
    ("get", "/api/clusters?limit=0", {}, 422, "invalid_request"),
    ("get", "/api/clusters?limit=1000", {}, 422, "invalid_request"),
    ("get", "/api/clusters?offset=-1", {}, 422, "invalid_request"),
    ("get", "/api/clusters?limit=ten", {}, 422, "invalid_request"),
    ("post", "/api/clusters", {"json": {"articles": ARTICLES}, "headers": {"origin": "http://evil.example"}},
     403, "cross_origin"),
    ("delete", "/api/clusters/x", {"headers": {"origin": "http://127.0.0.1:9"}}, 403, "cross_origin"),
]


@pytest.mark.parametrize("method, url, kwargs, status, code", BAD, ids=[f"{b[0]} {b[1]} {b[4]}" for b in BAD])
def test_bad_request_has_the_one_error_shape(client, method, url, kwargs, status, code):
    before = client.get("/api/clusters").json()["total"]
    r = getattr(client, method)(url, **kwargs)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) <= {"code", "message", "detail"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert client.get("/api/clusters").json()["total"] == before, "a refused request stores nothing"


def test_405_names_an_allowed_method(client):
    r = client.put("/api/health")
    assert r.headers.get("allow") == "GET"


def test_limit_messages_name_the_article_and_the_limit(client):
    r = client.post("/api/clusters", json={"articles": [{"text": "ngắn"}, {"text": "Mưa. " * 500}]})
    error = r.json()["error"]
    assert "article 2" in error["message"] and "2000" in error["message"]
    assert error["detail"] == {"article": "article 2", "length": 2500, "limit": 2000}


def test_streamed_body_over_the_limit_is_413(client):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    r = client.post("/api/clusters", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"


def test_validation_detail_does_not_echo_the_input(client):
    r = client.post("/api/clusters", json={"articles": [{"text": "bí mật", "bad": "bí mật"}]})
    assert "bí mật" not in r.text


def test_a_crash_is_a_500_in_the_same_shape(tmp_path, monkeypatch):
    import tomtat.web.app as web_app

    def broken(*_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(web_app, "build_digest", broken)
    with TestClient(create_app(Settings(db_url=f"sqlite:///{tmp_path / 'crash.db'}")),
                    raise_server_exceptions=False) as c:
        r = c.post("/api/clusters", json={"articles": ARTICLES})
        assert r.status_code == 500
        assert r.json() == {"error": {"code": "internal_error",
                                      "message": "the server failed to answer; the error was logged"}}
        assert c.get("/api/clusters").json()["total"] == 0


def test_a_long_pasted_form_field_meets_the_article_limit_not_the_parser_limit(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'form.db'}", max_article_chars=1_000_000)
    with TestClient(create_app(settings)) as c:
        text = "Mưa. " * 240_000  # 1.2 M characters: over Starlette's default 1 MB form-field limit
        r = c.post("/api/clusters", data={"text": text}, files=[("none", ("a.txt", b"x"))])
        assert r.status_code == 422 and r.json()["error"]["code"] == "article_too_long"


def test_same_origin_requests_pass(client):
    r = client.post("/api/clusters", json={"articles": ARTICLES[:1], "words": 20},
                    headers={"origin": "http://testserver"})
    assert r.status_code == 201
    assert client.get("/api/health", headers={"origin": "http://evil.example"}).status_code == 200
