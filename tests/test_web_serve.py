"""``tomtat serve``: it starts on loopback and answers; a bad database is one error line, not a traceback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest

SERVE = "import sys; from tomtat.cli import main; main(sys.argv[1:])"


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", SERVE, "serve", *args], capture_output=True, text=True,
                          timeout=timeout)


def test_bad_database_url_is_a_usage_error():
    done = _run("--db", "not a url")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["Error: not a database URL: 'not a url'"]


def test_unreachable_database_is_one_line_without_the_password():
    done = _run("--db", "postgresql+psycopg://someone:s3cret@127.0.0.1:1/none")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot open the database")
    assert "s3cret" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_serve_answers_on_loopback(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-c", SERVE, "serve", "--port", str(port), "--db",
                             f"sqlite:///{tmp_path / 'serve.db'}", "--max-articles", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read()
            try:
                health = httpx.get(base + "/api/health", timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health.json()["database"] == "ok"
        r = httpx.post(base + "/api/clusters", json={"articles": [{"text": "Một."}] * 3}, timeout=30)
        assert r.status_code == 422 and r.json()["error"]["code"] == "too_many_articles"
        assert httpx.get(base + "/docs", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert (tmp_path / "serve.db").exists()
