"""`tomtat analyze`: formats, the seeds end to end, bad input, the committed JSON schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tomtat import analyze
from tomtat.analyze.models import Digest

ROOT = Path(__file__).resolve().parent.parent
KEYS = ["entities", "facts", "conflicts", "timeline", "attributions", "unconfirmed", "coverage"]


def test_seeds_conflict_on_csto_force_and_unconfirmed_claims(cli, seeds_dir):
    code, out, err = cli("analyze", seeds_dir, "--format", "json")
    assert code == 0, err
    digest = json.loads(out)
    assert list(digest) == KEYS
    troops = [c for c in digest["conflicts"] if c["about"] == "binh sĩ"]
    assert len(troops) == 1
    values = {v["value"] for v in troops[0]["values"]}
    assert {2500, 3000} <= values
    docs = {s["doc"] for v in troops[0]["values"] for s in v["sources"]}
    assert len(docs) >= 3  # 3.000 in one article, 2.500 in two others
    cues = {u["cue"] for u in digest["unconfirmed"]}
    assert {"chưa được xác nhận", "chưa có sự xác nhận", "được cho là"} <= cues
    assert digest["coverage"]["articles"] == 5
    for key in KEYS[:-1]:
        for item in digest[key]:
            assert item["sources"] and all(set(s) == {"doc", "sentence"} for s in item["sources"])


def test_markdown_is_the_default(cli, seeds_dir):
    code, out, _ = cli("analyze", seeds_dir)
    assert code == 0
    for heading in ("# Phân tích chéo nguồn", "## Thực thể", "## Số liệu", "## Mâu thuẫn", "## Dòng thời gian",
                    "## Ai nói gì", "## Thông tin chưa được xác nhận", "## Độ phủ"):
        assert heading in out
    assert "⚠ mâu thuẫn" in out


def test_stdin_and_a_skipped_file(cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Hôm 3/5, 12 ki-ốt ở chợ Bình Minh bị cháy, ông Nguyễn Văn An cho biết.", encoding="utf-8")
    code, out, err = cli("analyze", good, empty, "--format", "json")
    assert code == 1 and "Warning: skipped" in err and "empty.txt" in err
    assert json.loads(out)["facts"][0]["value"] == 12
    code, out, _ = cli("analyze", "-", "--format", "json", stdin="Bài một có 5 người.\n---\nBài hai có 7 người.\n".encode())
    assert code == 0 and json.loads(out)["coverage"]["articles"] == 2


def test_bad_usage(cli, tmp_path):
    code, _, err = cli("analyze", tmp_path / "missing.txt")
    assert code == 2 and err.startswith("Error:") and "missing.txt" in err
    code, _, err = cli("analyze", "-", stdin=b"   \n")
    assert code == 2 and "skipped <stdin>: empty file" in err and err.rstrip().endswith("Error: no readable article in the input")
    code, _, err = cli("analyze", tmp_path, "--format", "yaml")
    assert code == 2


def test_library_returns_typed_digest_and_dump_is_stable():
    digest = analyze(["Ngày 6/1, 3.000 binh sĩ tới Almaty.", "Ngày 6/1, khoảng 2.500 binh sĩ tới Almaty."])
    assert isinstance(digest, Digest)
    dumped = digest.model_dump(mode="json")
    assert list(dumped) == KEYS
    assert Digest.model_validate(dumped) == digest


def test_committed_schema_equals_generated():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "export_schema.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_is_cheap():
    code = "import sys, tomtat; tomtat.analyze; assert 'underthesea' not in sys.modules, 'underthesea'"
    subprocess.run([sys.executable, "-c", code], check=True)
