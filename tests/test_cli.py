"""End-to-end CLI: summarize, batch, evaluate, on examples/, ../shared/seeds and hand-made bad input.

Most tests call the console-script entry point ``main`` in-process (fast); one runs the real
``tomtat`` executable. Every failure must be one ``Error: …`` line, never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from builders import POOL, article_text, cluster_texts, read_jsonl, record, write_articles, write_jsonl
from tomtat.tidy import drop_dangling_connective
from tomtat.read import read_paths
from tomtat.split import build_cluster, syllables


def _check_json_summary(out: str, paths: list[str], words: int) -> dict:
    data = json.loads(out)
    articles, _ = read_paths(paths)
    cluster = build_cluster(articles)
    used = 0
    for s in data["sentences"]:
        from tomtat.models import SourceRef

        origin = cluster.sentence(SourceRef(**s["sources"][0]))
        assert s["text"] in (origin.text, drop_dangling_connective(origin.text))
        for src in s["sources"]:
            cluster.sentence(SourceRef(**src))  # KeyError if it points nowhere
        used += len(syllables(s["text"]))
    assert used <= words
    assert len(data["articles"]) == len(articles)
    return data


# --- summarize ---------------------------------------------------------------------------


def test_summarize_example_text(cli, example_dir):
    code, out, err = cli("summarize", example_dir, "--words", 120)
    assert (code, err) == (0, "")
    body, sources = out.split("\nNguồn:\n")
    assert body.strip() and all(line.rstrip().endswith("]") for line in body.strip().split("\n"))
    assert len(sources.strip().split("\n")) == 4


def test_summarize_example_json_provenance(cli, example_dir):
    code, out, err = cli("summarize", example_dir, "--words", 120, "--format", "json")
    assert code == 0
    data = _check_json_summary(out, [str(example_dir)], 120)
    assert data["sentences"]
    digest = data["analysis"]
    assert set(digest) == {"entities", "facts", "conflicts", "timeline", "attributions", "unconfirmed", "coverage"}
    articles, _ = read_paths([str(example_dir)])
    cluster = build_cluster(articles)
    from tomtat.models import SourceRef

    for item in digest["facts"] + digest["unconfirmed"] + digest["timeline"]:
        for src in item["sources"]:
            cluster.sentence(SourceRef(**src))  # the digest uses the summary's provenance indices


def test_library_gives_the_cli_result(cli, example_dir):
    import tomtat

    code, out, _ = cli("summarize", example_dir, "--words", 120, "--format", "json", "--no-analysis")
    texts = [p.read_text(encoding="utf-8") for p in sorted(example_dir.glob("*.txt"))]
    summary = tomtat.summarize(texts, words=120)
    assert code == 0 and json.loads(out)["sentences"] == summary.to_dict()["sentences"]


def test_summarize_json_without_analysis(cli, example_dir):
    code, out, _ = cli("summarize", example_dir, "--format", "json", "--no-analysis")
    assert code == 0 and "analysis" not in json.loads(out)


def test_summarize_seeds(cli, seeds_dir):
    code, out, err = cli("summarize", seeds_dir, "--words", 80, "-f", "json")
    assert (code, err) == (0, "")
    _check_json_summary(out, [str(seeds_dir)], 80)


def test_summarize_html(cli, example_dir):
    code, out, _ = cli("summarize", example_dir.parent / "html", "-f", "json", "--words", 60)
    assert code == 0
    data = json.loads(out)
    assert data["articles"][0]["title"] == "Bình Lâm: sơ tán 150 công nhân khi xưởng dệt bốc cháy"
    assert not any("Mọi quyền" in s["text"] or "Trang chủ" in s["text"] for s in data["sentences"])


def test_summarize_markdown(cli, example_dir):
    code, out, _ = cli("summarize", example_dir, "-f", "markdown", "-w", 60)
    assert code == 0 and out.startswith("## Tóm tắt\n") and "[^1]:" in out


def test_summarize_stdin(cli):
    raw = "\n---\n".join(cluster_texts(3)).encode("utf-8")
    code, out, err = cli("summarize", "-", "-f", "json", "-w", 50, stdin=raw)
    assert (code, err) == (0, "")
    assert [a["source"] for a in json.loads(out)["articles"]] == ["<stdin>:1", "<stdin>:5", "<stdin>:9"]  # each text ends in a newline


def test_one_article_only(cli, tmp_path):
    write_articles(tmp_path, cluster_texts(1))
    code, out, _ = cli("summarize", tmp_path, "-f", "json", "-w", 40)
    assert code == 0
    assert {src["doc"] for s in json.loads(out)["sentences"] for src in s["sources"]} == {0}


def test_article_without_sentence_boundary(cli, tmp_path):
    text = " ".join(["lũ dâng cao ở các xã ven sông khiến người dân phải di dời tài sản"] * 80)
    write_articles(tmp_path, [text])
    code, out, _ = cli("summarize", tmp_path, "-f", "json", "-w", 150)
    assert code == 0
    _check_json_summary(out, [str(tmp_path)], 150)


def test_two_hundred_articles(cli, tmp_path):
    texts = [article_text([POOL[i % 12], POOL[(i * 5 + 1) % 12]], f"Bài số {i}") for i in range(200)]
    write_articles(tmp_path, texts)
    code, out, _ = cli("summarize", tmp_path, "-f", "json", "-w", 60)
    assert code == 0
    assert len(json.loads(out)["articles"]) == 200


def test_mixed_vietnamese_english(cli, tmp_path):
    write_articles(tmp_path, [
        article_text(["Hãng Reuters cho biết the factory will reopen next week sau khi sửa chữa xong.", POOL[0]]),
        article_text(["Theo AP, production was suspended tại nhà máy ở Hải Lâm từ ngày 5/9.", POOL[1]]),
    ])
    code, out, _ = cli("summarize", tmp_path, "-f", "json", "-w", 60)
    assert code == 0 and json.loads(out)["sentences"]


def test_some_unreadable_files_warn_and_exit_1(cli, tmp_path):
    write_articles(tmp_path, cluster_texts(2))
    (tmp_path / "02.txt").write_bytes(b"")
    (tmp_path / "03.txt").write_bytes(b"\x00\x01\x02\x03")
    code, out, err = cli("summarize", tmp_path, "-w", 40)
    assert code == 1
    assert err.splitlines() == [
        f"Warning: skipped {tmp_path / '02.txt'}: empty file",
        f"Warning: skipped {tmp_path / '03.txt'}: binary file, not text (holds NUL bytes)",
    ]
    assert "Nguồn:" in out


def test_nothing_readable_is_an_error(cli, tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    code, out, err = cli("summarize", tmp_path)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"Warning: skipped {tmp_path / 'a.txt'}: empty file",
                                "Error: no readable article in the input"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["summarize", "nope"], "Error: nope: no such file or folder"),
        (["summarize", "examples/cluster", "--words", "0"], "Error: words must be a positive whole number, got 0"),
        (["summarize", "examples/cluster", "--format", "xml"],
         "Error: Invalid value for '--format' / '-f': Value error, 'xml' is not one of 'text', 'json', 'markdown'. "
         "(see 'tomtat summarize --help')"),
        (["summarize", "--bogus"], "Error: No such option: --bogus (see 'tomtat summarize --help')"),
        (["summarize"], "Error: Missing argument 'PATH'. (see 'tomtat summarize --help')"),
        (["batch", "in.jsonl"], "Error: Missing option '--output' / '-o'. (see 'tomtat batch --help')"),
        (["batch", "nope.jsonl", "-o", "out.jsonl"], "Error: nope.jsonl: no such file"),
        (["evaluate", "nope.jsonl", "gold.jsonl"], "Error: nope.jsonl: no such file"),
    ],
)
def test_bad_usage_is_one_error_line_exit_2(cli, args, message, monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    code, out, err = cli(*args)
    assert (code, out, err) == (2, "", message + "\n")


# --- batch --------------------------------------------------------------------------------


def test_batch_end_to_end_with_a_bad_line(cli, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [record(cluster_id="a"), "{bad json", "", record(cluster_id="b", max_words=20)])
    out_path = tmp_path / "out.jsonl"
    code, out, err = cli("batch", src, "-o", out_path, "--words", 50)
    assert code == 1
    assert err == f"Warning: skipped {src}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)\n"
    rows = read_jsonl(out_path)
    assert [r.get("cluster_id") for r in rows] == ["a", None, "b"]
    assert rows[1] == {"line": 2, "error": "malformed JSON (Expecting property name enclosed in double quotes at column 2)"}
    assert sum(len(syllables(s["text"])) for s in rows[2]["sentences"]) <= 20


def test_batch_to_stdout_with_two_workers(cli, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [record(cluster_id=i, max_words=15 + i) for i in range(5)])
    code, out, err = cli("batch", src, "-o", "-", "--workers", 2, "--engine", "local", "--quiet")
    assert (code, err) == (0, "")
    assert [json.loads(line)["cluster_id"] for line in out.splitlines()] == [0, 1, 2, 3, 4]


def test_batch_where_nothing_works_exits_2(cli, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ["[]", {"single_documents": []}])
    code, _, err = cli("batch", src, "-o", tmp_path / "out.jsonl")
    assert code == 2
    assert err.splitlines()[-1] == f"Error: none of the 2 lines of {src} could be summarized"
    assert len(read_jsonl(tmp_path / "out.jsonl")) == 2


def test_batch_empty_input_exits_2(cli, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ["", ""])
    code, _, err = cli("batch", src, "-o", tmp_path / "out.jsonl")
    assert (code, err) == (2, f"Error: {src}: no JSON line to summarize (the input is empty)\n")


def test_batch_refuses_to_overwrite_its_input(cli, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [record()])
    code, _, err = cli("batch", src, "-o", src)
    assert (code, err) == (2, f"Error: {src}: output would overwrite the input\n")


# --- evaluate -----------------------------------------------------------------------------


def _gold(tmp_path):
    golds = []
    for i in range(3):
        rec = record(cluster_texts(2 + i % 2), cluster_id=f"g{i}")
        rec["summary"] = " ".join(POOL[i:i + 2])
        golds.append(rec)
    return write_jsonl(tmp_path / "gold.jsonl", golds)


def test_batch_then_evaluate(cli, tmp_path):
    gold = _gold(tmp_path)
    pred = tmp_path / "pred.jsonl"
    assert cli("batch", gold, "-o", pred, "-w", 40)[0] == 0
    code, out, err = cli("evaluate", pred, gold, "--json")
    assert (code, err) == (0, "")
    scores = json.loads(out)
    assert scores["clusters"] == 3 and 0 < scores["rouge1"]["f"] <= 1
    code, out, _ = cli("evaluate", pred, gold)
    assert code == 0 and "rouge2" in out and "ROUGE over 3 clusters" in out


def test_evaluate_missing_prediction_names_the_cluster(cli, tmp_path):
    gold = _gold(tmp_path)
    pred = write_jsonl(tmp_path / "pred.jsonl", [{"cluster_id": "g0", "summary": POOL[0]},
                                                 {"cluster_id": "g2", "summary": POOL[2]}])
    code, out, err = cli("evaluate", pred, gold)
    assert (code, out, err) == (2, "", "Error: no prediction for cluster g1\n")


def test_evaluate_malformed_line(cli, tmp_path):
    gold = _gold(tmp_path)
    pred = write_jsonl(tmp_path / "pred.jsonl", ['{"cluster_id": "g0"', {"cluster_id": "g1", "summary": "x"}])
    code, _, err = cli("evaluate", pred, gold)
    assert code == 2 and err.startswith(f"Error: {pred}:1: malformed JSON")


# --- the real executable ------------------------------------------------------------------


def test_console_script_help_and_error():
    exe = Path(sys.executable).with_name("tomtat")
    if not exe.exists():
        pytest.skip("the tomtat console script is not installed next to this Python")
    done = subprocess.run([str(exe), "summarize", "nope"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "Error: nope: no such file or folder\n")
    done = subprocess.run([str(exe), "batch", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Exit codes" in done.stdout


def test_an_over_long_cluster_is_cut_with_a_warning_per_article(cli, tmp_path, monkeypatch):
    import tomtat.read

    monkeypatch.setattr(tomtat.read, "MAX_CLUSTER_CHARS", 400)
    paths = write_articles(tmp_path, [article_text(POOL * 2, "Bài dài")] * 2)
    code, out, err = cli("summarize", tmp_path, "-f", "json", "-w", 60)
    assert code == 1
    assert [line.split(": cluster too long")[0] for line in err.splitlines()] == [
        f"Warning: skipped {p}" for p in paths]
    _check_json_summary(out, [str(tmp_path)], 60)  # indices still point at the (cut) sentences


def test_a_5_mb_article_is_cut_with_a_warning(cli, tmp_path):
    sentence = " ".join(POOL) + "\n"
    big = "Bài báo rất dài\n" + sentence * (5_000_000 // len(sentence.encode("utf-8")) + 1)
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    assert (tmp_path / "big.txt").stat().st_size >= 5_000_000
    write_articles(tmp_path / "other", cluster_texts(1))
    code, out, err = cli("summarize", tmp_path / "big.txt", tmp_path / "other", "-f", "json", "-w", 60)
    assert code == 1
    assert err.startswith(f"Warning: skipped {tmp_path / 'big.txt'}: article too long: only its first ")
    assert len(err.splitlines()) == 1
    assert json.loads(out)["sentences"]
