"""End to end: the page in headless Chromium (Playwright) against the app served by uvicorn on 127.0.0.1.

The screenshot goes to a temporary folder; to refresh the README's docs/screenshot.png:
    TOMTAT_UPDATE_SCREENSHOT=1 .venv/bin/pytest tests/test_browser.py
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from web_support import ARTICLES, HOSTILE

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshot.png"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    pytest.importorskip("playwright.sync_api")
    import uvicorn

    from tomtat.web import Settings, create_app

    app = create_app(Settings(db_url=f"sqlite:///{tmp_path_factory.mktemp('browser') / 'page.db'}"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.dispose()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 1000}, locale="vi-VN")
        page = context.new_page()
        page.problems = []
        page.on("pageerror", lambda exc: page.problems.append(f"page error: {exc}"))
        page.on("console", lambda msg: page.problems.append(f"console {msg.type}: {msg.text}")
                if msg.type == "error" else None)
        # Offline: any request that leaves the app's own origin fails the test.
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                   else (page.problems.append(f"remote request: {route.request.url}"), route.abort()))
        yield page
        browser.close()


def _example_text(example_dir: Path) -> str:
    files = sorted(example_dir.glob("*.txt"))
    if not files:  # the bundled example is absent: use the invented test articles
        return "\n---\n".join(f"{a['title']}\n{a['text']}" for a in ARTICLES)
    return "\n---\n".join(f.read_text(encoding="utf-8").strip() for f in files)


def _submit(page, text: str, words: int = 120) -> None:
    page.fill("#articles", text)
    page.fill("#words", str(words))
    page.click("#submit")
    page.wait_for_selector("#status.ok, #status.error", timeout=60_000)
    status = page.locator("#status")
    assert "ok" in status.get_attribute("class"), status.inner_text()


def test_summarize_highlight_conflicts_and_screenshot(server, page, example_dir, tmp_path):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "tomtat"
    _submit(page, _example_text(example_dir))

    sentences = page.locator(".sum-sentence")
    assert sentences.count() >= 1
    assert page.locator(".source-article").count() == max(1, len(list(example_dir.glob("*.txt"))) or len(ARTICLES))

    # Clicking a summary sentence highlights its source sentence, which holds the same text.
    first = sentences.nth(0)
    first.click()
    highlighted = page.locator(".src.hl")
    assert highlighted.count() >= 1
    assert first.locator(".text").inner_text() in [highlighted.nth(i).inner_text() for i in range(highlighted.count())]
    assert "active" in first.get_attribute("class")

    # The history lists the new digest.
    page.wait_for_selector("#history li[data-id]")

    # The example's articles disagree on the number of evacuated workers (120 vs 150): the page shows it.
    digest_id = page.evaluate("location.hash.slice(3)")
    analysis = page.request.get(f"{server}/api/clusters/{digest_id}").json()["analysis"]
    assert analysis is not None and analysis["conflicts"], "the example's 120/150 disagreement was not found"
    assert page.locator("#conflicts").is_visible()
    conflicts = page.locator("#conflicts .conflict")
    assert conflicts.count() == len(analysis["conflicts"])
    texts = conflicts.all_inner_texts()
    assert any("120" in t and "150" in t for t in texts), texts

    first.click()
    page.evaluate("window.scrollTo(0, 0)")
    shot = SCREENSHOT if os.environ.get("TOMTAT_UPDATE_SCREENSHOT") == "1" else tmp_path / "screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert page.problems == []


def _stub_analysis(cluster) -> dict:
    """A fixed analysis of the invented landslide articles, to check how the page draws each part."""
    houses = [{"value": 5.0, "text": "5 ngôi nhà", "sources": [{"doc": 0, "sentence": 0}]},
              {"value": 7.0, "text": "7 ngôi nhà", "sources": [{"doc": 1, "sentence": 0}]}]
    return {
        "entities": [{"name": "Nậm Khẩu", "type": "location", "aliases": ["xã Nậm Khẩu"],
                      "sources": [{"doc": 0, "sentence": 0}, {"doc": 1, "sentence": 0}]}],
        "facts": [{**h, "unit": "ngôi nhà", "approx": False, "about": "ngôi nhà"} for h in houses]
        + [{"value": 12.0, "unit": "người", "approx": True, "text": "Khoảng 12 người", "about": "người",
            "sources": [{"doc": 0, "sentence": 1}, {"doc": 1, "sentence": 1}]}],
        "conflicts": [{"about": "ngôi nhà", "values": houses}],
        "timeline": [{"date": "--09-03", "text": cluster.sentences[0].text, "sources": [{"doc": 0, "sentence": 0}]}],
        "attributions": [{"speaker": "ông Lò Văn Minh", "claim": "sạt lở đã làm sập 7 ngôi nhà",
                          "sources": [{"doc": 1, "sentence": 0}]}],
        "unconfirmed": [{"text": "Mưa lớn được dự báo còn kéo dài đến hết tuần.", "cue": "được dự báo",
                         "sources": [{"doc": 1, "sentence": 2}]}],
        "coverage": {"articles": 2, "independent_sources": [[0], [1]]},
    }


def test_conflicts_are_marked(server, page, monkeypatch):
    import tomtat.web.digest as digest

    monkeypatch.setattr(digest, "_analyzer", lambda: _stub_analysis)
    page.goto(server + "/")
    _submit(page, "\n---\n".join(f"{a['title']}\n{a['text']}" for a in ARTICLES), words=60)
    conflict = page.locator("#conflicts .conflict")
    assert conflict.count() == 1 and "ngôi nhà" in conflict.inner_text()
    assert conflict.locator(".value").all_inner_texts() == ["5 ngôi nhà", "7 ngôi nhà"]
    marked = page.locator(".facts-table tr.conflict")
    assert marked.count() == 2 and page.locator(".facts-table tbody tr").count() == 3
    assert page.locator("#timeline time").inner_text() == "3/9"
    assert page.locator("#entities .entity-name").inner_text() == "Nậm Khẩu"
    assert "được dự báo" in page.locator("#unconfirmed").inner_text()
    # A source chip of the conflict highlights exactly that article's sentence.
    conflict.locator(".chip").nth(1).click()
    assert page.locator(".src.hl").all_inner_texts() == [page.locator("#s-1-0").inner_text()]
    assert page.problems == []


def test_article_text_is_never_run_as_html(server, page):
    page.goto(server + "/")
    hostile = f"Tin giả có mã độc {HOSTILE}\nNội dung chứa {HOSTILE} ở giữa câu. Mưa vẫn kéo dài ở xã Nậm Khẩu."
    _submit(page, hostile + "\n---\n" + ARTICLES[0]["text"], words=60)
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".source-article img, .source-article script, .summary img").count() == 0
    shown = page.locator(".source-article").first.inner_text()
    assert "<script>" in shown and "onerror" in shown, "the markup is shown as text"
    page.locator("#history li[data-id] .open").first.wait_for()
    assert "<script>" in page.locator("#history").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []


def test_history_opens_and_deletes_digests(server, page):
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.wait_for_selector("#history li[data-id]")
    before = page.locator("#history li[data-id]").count()
    page.locator("#history li[data-id] .open").last.click()
    page.wait_for_selector(".sum-sentence")
    page.locator("#history li[data-id] .delete").first.click()
    expect(page.locator("#history li[data-id]")).to_have_count(before - 1)
    assert page.problems == []


def test_stream_events_are_listed_and_open(server, page):
    import httpx

    body = {"articles": [{"id": f"slide-{i}", **a} for i, a in enumerate(ARTICLES)]}
    assert httpx.post(server + "/api/articles", json=body, timeout=60).status_code == 201
    page.goto(server + "/")
    page.locator("#events li[data-id] .open").first.click()
    page.wait_for_selector(".sum-sentence")
    assert page.locator("#summary h2").inner_text() == ARTICLES[0]["title"]
    page.locator(".sum-sentence").first.click()
    assert page.locator(".src.hl").count() >= 1
    assert page.problems == []


def test_api_docs_work_offline(server, page):
    page.goto(server + "/docs")
    try:
        page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    except Exception:
        pytest.fail(f"Swagger UI did not render: {page.problems}")
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/clusters" in p for p in paths)
    assert page.problems == []
