"""process_record (pure, never raises for bad input) and run_batch (streaming, ordered, error rows)."""

from __future__ import annotations

import json

import pytest

from builders import POOL, cluster_texts, document, read_jsonl, record, write_jsonl
from tomtat.models import as_paragraph
from tomtat.tidy import drop_dangling_connective
from tomtat.batch import process_record, run_batch
from tomtat.errors import InputError, UsageError
from tomtat.options import Options
from tomtat.split import build_cluster, syllables
from tomtat.read import article_from_record

OPTS = Options(words=40)


def _check_provenance(rec: dict, row: dict) -> None:
    articles = [article_from_record(d, i) for i, d in enumerate(rec["single_documents"])]
    cluster = build_cluster(articles)
    for s in row["sentences"]:
        assert s["sources"], s
        for src in s["sources"]:
            cluster.sentence(_ref(src))  # raises KeyError when the index points nowhere
        origin = cluster.sentence(_ref(s["sources"][0]))
        assert s["text"] in (origin.text, drop_dangling_connective(origin.text))


def _ref(src: dict):
    from tomtat.models import SourceRef

    return SourceRef(src["doc"], src["sentence"])


def test_process_record_summarizes_with_valid_provenance():
    rec = record(cluster_id="c1")
    row = process_record(rec, OPTS, line=1)
    assert list(row) == ["cluster_id", "summary", "sentences"]
    assert row["cluster_id"] == "c1"
    assert row["sentences"], row
    assert row["summary"] == as_paragraph(s["text"] for s in row["sentences"])
    _check_provenance(rec, row)


def test_max_words_of_a_line_overrides_the_option():
    rec = record(max_words=12)
    row = process_record(rec, Options(words=500))
    total = sum(len(syllables(s["text"])) for s in row["sentences"])
    assert 0 < total <= 12


@pytest.mark.parametrize(
    "rec, message",
    [
        ({"cluster_id": "x"}, "missing 'single_documents'"),
        ({"single_documents": []}, "'single_documents' is empty"),
        ({"single_documents": "text"}, "'single_documents' must be a list, got str"),
        ({"single_documents": [{"raw_text": "  "}]}, "no usable article: single_documents[0]: no text left after cleaning"),
        ({"single_documents": [42]}, "no usable article: single_documents[0]: article 0 is not a JSON object"),
        ({"single_documents": [document(POOL[0])], "max_words": "many"}, "'max_words' must be a positive whole number, got 'many'"),
        ({"single_documents": [document(POOL[0])], "max_words": 0}, "'max_words' must be a positive whole number, got 0"),
        ({"single_documents": [document("!!! ... ???")]}, "no sentence to summarize in any article"),
    ],
)
def test_bad_records_become_error_rows(rec, message):
    row = process_record(rec, OPTS, line=9)
    assert row["line"] == 9
    assert row["error"].startswith(message), row["error"]
    assert ("cluster_id" in row) == ("cluster_id" in rec)


def test_an_input_error_becomes_an_error_row_with_its_line():
    row = process_record(InputError("malformed JSON (x)", where="in.jsonl", line=4), OPTS)
    assert row == {"line": 4, "error": "malformed JSON (x)"}


def test_one_unusable_article_is_skipped_and_indices_stay_aligned():
    texts = cluster_texts(3)
    rec = record([texts[0], "   ", texts[2]], cluster_id=3)
    row = process_record(rec, OPTS)
    assert row["skipped"] == ["single_documents[1]: no text left after cleaning"]
    docs = {src["doc"] for s in row["sentences"] for src in s["sources"]}
    assert docs and 1 not in docs and docs <= {0, 2}


def test_run_batch_one_output_line_per_input_line_in_order(tmp_path):
    lines = [
        record(cluster_id="a"),
        "",
        "{broken",
        record(cluster_id="b", max_words=15),
        {"cluster_id": "c", "single_documents": []},
        record(cluster_texts(1)),
    ]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    problems = []
    stats = run_batch(str(src), str(tmp_path / "out.jsonl"), OPTS, progress=False, on_problem=problems.append)
    rows = read_jsonl(tmp_path / "out.jsonl")
    assert [r.get("cluster_id") for r in rows] == ["a", None, "b", "c", None]
    assert rows[1]["line"] == 3 and rows[1]["error"].startswith("malformed JSON")
    assert rows[3] == {"cluster_id": "c", "line": 5, "error": "'single_documents' is empty"}
    assert "summary" in rows[4]
    assert (stats.ok, stats.failed) == (3, 2)
    assert problems == [f"{src}:3: {rows[1]['error']}", f"{src}:5: 'single_documents' is empty"]


def test_two_workers_give_the_same_rows_in_the_same_order(tmp_path):
    lines = [record(cluster_texts(1 + i % 3), cluster_id=i, max_words=10 + i) for i in range(12)]
    lines.insert(5, "[]")
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    run_batch(str(src), str(tmp_path / "one.jsonl"), OPTS, workers=1, progress=False)
    stats = run_batch(str(src), str(tmp_path / "two.jsonl"), OPTS, workers=2, progress=False)
    assert (tmp_path / "one.jsonl").read_text() == (tmp_path / "two.jsonl").read_text()
    assert (stats.ok, stats.failed) == (12, 1)


def test_read_ahead_is_bounded(tmp_path, monkeypatch):
    """The reader never runs more than the window ahead of the writer (memory does not grow with IN)."""
    import tomtat.batch as batch

    monkeypatch.setattr(batch, "READ_AHEAD_PER_WORKER", 4)
    read, written = [], []
    real = batch._records

    def counting(path):
        for item in real(path):
            read.append(item[0])
            yield item

    monkeypatch.setattr(batch, "_records", counting)
    src = write_jsonl(tmp_path / "in.jsonl", [record(cluster_texts(1), cluster_id=i) for i in range(40)])
    lead = []
    for line, _, _ in batch._results(str(src), OPTS, workers=2):
        written.append(line)
        lead.append(len(read) - len(written))
    assert len(written) == 40
    assert max(lead) <= 4 * 2


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="nope.jsonl: no such file"):
        run_batch(str(tmp_path / "nope.jsonl"), str(tmp_path / "out.jsonl"), OPTS, progress=False)
    with pytest.raises(UsageError, match="is a folder, not a JSONL file"):
        run_batch(str(tmp_path), str(tmp_path / "out.jsonl"), OPTS, progress=False)
    src = write_jsonl(tmp_path / "in.jsonl", [record()])
    with pytest.raises(UsageError, match=r"out\.jsonl: cannot write \(No such file or directory\)"):
        run_batch(str(src), str(tmp_path / "no" / "out.jsonl"), OPTS, progress=False)


def test_output_rows_are_plain_json(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [record(cluster_id="x")])
    run_batch(str(src), str(tmp_path / "out.jsonl"), OPTS, progress=False)
    text = (tmp_path / "out.jsonl").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and "\\u" not in text
    json.loads(text)


def test_progress_bar_does_not_disturb_the_output(tmp_path, capsys):
    src = write_jsonl(tmp_path / "in.jsonl", [record(cluster_id=1), "oops"])
    problems = []
    stats = run_batch(str(src), str(tmp_path / "out.jsonl"), OPTS, progress=True, on_problem=problems.append)
    assert (stats.ok, stats.failed) == (1, 1) and len(problems) == 1
    assert [r.get("cluster_id") for r in read_jsonl(tmp_path / "out.jsonl")] == [1, None]
    assert capsys.readouterr().out == ""


def test_stdin_to_stdout(monkeypatch, capsys):
    import io
    import sys

    data = (json.dumps(record(cluster_id="s")) + "\n{x\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    problems = []
    stats = run_batch("-", "-", OPTS, progress=False, on_problem=problems.append)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("cluster_id") for r in rows] == ["s", None]
    assert (stats.ok, stats.failed) == (1, 1)
    assert problems[0].startswith("<stdin>:2: malformed JSON")
