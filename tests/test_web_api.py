"""The HTTP API: create, read, list, delete digests; uploads; provenance indices match the sentences."""

from __future__ import annotations

import unicodedata

import pytest
from fastapi.testclient import TestClient

from tomtat.web import Settings, create_app
from web_support import ARTICLES

TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "api.db"
    app = create_app(Settings(db_url=f"sqlite:///{db}"))
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def created(client):
    r = client.post("/api/clusters", json={"articles": ARTICLES, "words": 40})
    assert r.status_code == 201, r.text
    return r.json()


def test_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["database"] == "ok"


def test_create_returns_summary_articles_and_analysis_slot(created):
    assert len(created["id"]) == 32 and created["created"].endswith("Z")
    assert created["article_count"] == 2 and created["words"] == 40
    assert created["title"] == ARTICLES[0]["title"]
    assert created["summary"]["sentences"], "a summary of two articles is not empty"
    assert [a["title"] for a in created["articles"]] == [a["title"] for a in ARTICLES]
    assert "analysis" in created and isinstance(created["notes"], list)
    if created["analysis"] is None:
        assert created["notes"], "a missing analysis is explained in the notes"


def test_every_source_names_a_shown_sentence_with_the_same_text(created):
    sentences = {(a["doc"], s["position"]): s["text"] for a in created["articles"] for s in a["sentences"]}
    for item in created["summary"]["sentences"]:
        origin = item["sources"][0]
        assert sentences[(origin["doc"], origin["sentence"])] == item["text"]
        for ref in item["sources"]:
            assert (ref["doc"], ref["sentence"]) in sentences


def test_analysis_sources_point_at_sentences(created):
    if created["analysis"] is None:
        pytest.skip("tomtat.analyze is not installed yet")
    sentences = {(a["doc"], s["position"]) for a in created["articles"] for s in a["sentences"]}
    analysis = created["analysis"]
    items = [*analysis.get("entities", []), *analysis.get("facts", []), *analysis.get("timeline", []),
             *analysis.get("attributions", []), *analysis.get("unconfirmed", []),
             *(v for c in analysis.get("conflicts", []) for v in c["values"])]
    for item in items:
        for ref in item["sources"]:
            assert (ref["doc"], ref["sentence"]) in sentences


def test_get_list_delete_roundtrip(client):
    made = client.post("/api/clusters", json={"articles": ARTICLES[:1], "words": 20}).json()
    assert client.get(f"/api/clusters/{made['id']}").json() == made
    listing = client.get("/api/clusters", params={"limit": 100}).json()
    assert made["id"] in [i["id"] for i in listing["items"]]
    assert listing["total"] >= 1 and listing["limit"] == 100
    entry = next(i for i in listing["items"] if i["id"] == made["id"])
    assert entry == {k: made[k] for k in ("id", "created", "title", "article_count", "words")}
    assert client.delete(f"/api/clusters/{made['id']}").status_code == 204
    assert client.get(f"/api/clusters/{made['id']}").status_code == 404
    assert client.delete(f"/api/clusters/{made['id']}").status_code == 404


def test_list_is_newest_first_and_pages(client):
    ids = [client.post("/api/clusters", json={"articles": ARTICLES[1:], "words": 20}).json()["id"] for _ in range(3)]
    first = client.get("/api/clusters", params={"limit": 2}).json()
    second = client.get("/api/clusters", params={"limit": 2, "offset": 2}).json()
    assert [i["id"] for i in first["items"]] == ids[::-1][:2]
    assert second["items"][0]["id"] == ids[0]
    assert first["total"] == second["total"]


def test_upload_text_and_html_files(client):
    html = ("<html><head><title>Sạt lở</title></head><body><article><h1>Sạt lở ở Nậm Khẩu</h1>"
            f"<p>{ARTICLES[1]['text']}</p></article></body></html>")
    files = [("files", ("bao-a.txt", f"{ARTICLES[0]['title']}\n{ARTICLES[0]['text']}".encode("utf-8"))),
             ("files", ("bao-b.html", html.encode("utf-8")))]
    r = client.post("/api/clusters", files=files, data={"words": "30"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert [a["source"] for a in body["articles"]] == ["bao-a.txt", "bao-b.html"]
    assert body["articles"][0]["title"] == ARTICLES[0]["title"]
    assert any("7 ngôi nhà" in s["text"] for s in body["articles"][1]["sentences"])


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks as combining characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones)
    return "".join(out).encode("cp1258")


def test_upload_windows_1258_file_and_pasted_text(client):
    raw = _cp1258(f"{ARTICLES[0]['title']}\n{ARTICLES[0]['text']}")
    r = client.post("/api/clusters", files=[("files", ("cu.txt", raw))],
                    data={"text": f"{ARTICLES[1]['text']}\n---\nBài thứ ba. Mưa vẫn kéo dài.", "words": "30"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["article_count"] == 3
    assert body["articles"][2]["title"] == ARTICLES[0]["title"]


def test_uploaded_filename_is_a_label_only(client):
    r = client.post("/api/clusters", files=[("files", ("../../../../etc/passwd.txt", ARTICLES[0]["text"].encode()))])
    assert r.status_code == 201, r.text
    assert r.json()["articles"][0]["source"] == "passwd.txt"


def test_default_words_apply(client):
    body = client.post("/api/clusters", json={"articles": ARTICLES}).json()
    assert body["words"] == 200


def test_page_and_assets_are_served_locally(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in ("app.js", "dom.js", "analysis.js", "style.css"):
        r = client.get(f"/static/{asset}")
        assert r.status_code == 200 and len(r.content) > 100
        assert "http://" not in r.text and "https://" not in r.text, f"{asset} must not load remote assets"
    assert "https://" not in page.text and "http://" not in page.text


def test_page_scripts_never_parse_data_as_html():
    from pathlib import Path

    import tomtat.web

    static = Path(tomtat.web.__file__).parent / "static"
    for script in static.glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{script.name} uses {sink}"


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/clusters", "/api/clusters/{digest_id}", "/api/health"} <= set(paths)
    assert "multipart/form-data" in paths["/api/clusters"]["post"]["requestBody"]["content"]


def test_openapi_references_resolve(client):
    schema = client.get("/openapi.json").json()
    names = set(schema["components"]["schemas"])

    def refs(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield from ([value] if key == "$ref" else refs(value))
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    found = list(refs(schema))
    assert "#/components/schemas/ClusterIn" in found and "#/components/schemas/StreamIn" in found
    assert [r for r in found if r.rsplit("/", 1)[-1] not in names] == []
