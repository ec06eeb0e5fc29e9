"""``tomtat cluster``: events out, digests, changes since a time, and the bad-input contract."""

from __future__ import annotations

import json

import pytest

from test_cluster import ARTICLES, FIRE


def write(path, lines):
    path.write_text("".join((l if isinstance(l, str) else json.dumps(l, ensure_ascii=False)) + "\n" for l in lines),
                    encoding="utf-8")
    return path


def test_events_written_one_a_line(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", ARTICLES)
    code, out, err = cli("cluster", src, "-o", tmp_path / "out.jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(l) for l in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["event_id"]: r["article_ids"] for r in rows} == {
        "chay-1": ["chay-1", "chay-2", "chay-3"], "bong-1": ["bong-1", "bong-2"], "gao-1": ["gao-1", "gao-2"]}


def test_settling_at_the_end_and_no_settle(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", ARTICLES)
    # --threshold 0.95: on arrival every article opens its own event; settling then joins the stories.
    code, out, err = cli("cluster", src, "--threshold", "0.95")
    assert (code, err) == (0, "")
    assert sorted(len(json.loads(l)["article_ids"]) for l in out.splitlines()) == [2, 2, 3]
    code, out, err = cli("cluster", src, "--threshold", "0.95", "--no-settle")
    assert (code, err) == (0, "")
    assert [json.loads(l)["article_ids"] for l in out.splitlines()] == [[r["id"]] for r in ARTICLES]


def test_learned_decision_groups_the_invented_events(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", ARTICLES)
    code, out, err = cli("cluster", src, "--decision", "learned")
    assert (code, err) == (0, "")
    rows = [json.loads(l) for l in out.splitlines()]
    assert {r["event_id"]: r["article_ids"] for r in rows} == {
        "chay-1": ["chay-1", "chay-2", "chay-3"], "bong-1": ["bong-1", "bong-2"], "gao-1": ["gao-1", "gao-2"]}


def test_bad_lines_warned_by_line_rest_processed(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", [
        FIRE[0], "{not json", dict(FIRE[0]), {"id": "empty", "text": ""},
        dict(FIRE[1], published="tuần trước"), {"title": "không có id", "text": "Nội dung."}])
    code, out, err = cli("cluster", src)
    assert code == 1
    lines = err.splitlines()
    assert all(line.startswith("Warning: ") for line in lines) and len(lines) == 5
    for number, cue in [(2, "malformed JSON"), (3, "duplicate id 'chay-1'"), (4, "no text"),
                        (5, "unparseable date 'tuần trước'"), (6, "missing 'id'")]:
        assert any(f"{src}:{number}" in line and cue in line for line in lines), (number, lines)
    rows = [json.loads(l) for l in out.splitlines()]
    assert [r["article_ids"] for r in rows] == [["chay-1", "chay-2"]]  # undated now, chay-2 still joins its event


@pytest.mark.parametrize("args, message", [
    (["/no/such.jsonl"], "no such file"),
    (["IN", "--threshold", "1.5"], "threshold"),
    (["IN", "--window-days", "0"], "window_days"),
    (["IN", "--since", "2026-03-12"], "--since needs --digest"),
    (["IN", "--digest", "--since", "hôm qua"], "unparseable date"),
    (["IN", "-o", "/no/such/folder/out.jsonl"], "folder does not exist"),
    (["IN", "--words", "0"], "--words"),
    (["IN", "--decision", "magic"], "decision must be one of"),
])
def test_bad_usage_exits_2(cli, tmp_path, args, message):
    src = write(tmp_path / "in.jsonl", ARTICLES[:2])
    code, out, err = cli("cluster", *[str(src) if a == "IN" else a for a in args])
    assert code == 2 and err.startswith("Error: ") and message in err and out == ""


def test_nothing_usable_exits_2(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", ["[1, 2]"])
    code, out, err = cli("cluster", src)
    assert code == 2 and "Warning: " in err and "Error: " in err


def test_digest_and_changes_since(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", FIRE[:2])
    code, out, err = cli("cluster", src, "--digest", "--words", "40", "--since", "2026-03-12T08:00:00")
    assert code == 0, err
    (row,) = [json.loads(l) for l in out.splitlines()]
    assert row["article_ids"] == ["chay-1", "chay-2"]
    assert row["summary"] and all(s["sources"] for s in row["sentences"])
    assert {"facts", "conflicts", "entities"} <= set(row["analysis"])
    assert row["changes"]["new_articles"] == ["chay-2"]  # published 09:30; chay-1 at 06:00


def test_state_carries_the_stream_from_run_to_run(cli, tmp_path):
    state = tmp_path / "stream.json"
    first = write(tmp_path / "a.jsonl", [a for a in ARTICLES if a["id"] in ("chay-1", "chay-2", "bong-1")])
    later = write(tmp_path / "b.jsonl", [a for a in ARTICLES if a["id"] not in ("chay-1", "chay-2", "bong-1")])
    code, out, err = cli("cluster", first, "--state", state)
    assert (code, err) == (0, "") and state.is_file()
    code, out, err = cli("cluster", later, "--state", state)
    assert (code, err) == (0, "")
    rows = [json.loads(l) for l in out.splitlines()]
    # the second run's articles join the events of the first; every event of the stream is listed
    assert {r["event_id"]: r["article_ids"] for r in rows} == {
        "chay-1": ["chay-1", "chay-2", "chay-3"], "bong-1": ["bong-1", "bong-2"], "gao-1": ["gao-1", "gao-2"]}
    code, out, err = cli("cluster", later, "--state", state)  # the same articles again: each a duplicate id
    assert code == 1 and err.count("duplicate id") == len(ARTICLES) - 3
    assert len(out.splitlines()) == 3


def test_state_errors(cli, tmp_path):
    src = write(tmp_path / "in.jsonl", ARTICLES[:2])
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, out, err = cli("cluster", src, "--state", broken)
    assert (code, out) == (2, "")
    assert err == f"Error: {broken}: not a state file (line 1: Expecting property name enclosed in double quotes)\n"
    foreign = tmp_path / "foreign.json"
    foreign.write_text('{"version": 99}', encoding="utf-8")
    code, out, err = cli("cluster", src, "--state", foreign)
    assert (code, err) == (2, f"Error: {foreign}: not a clusterer state of version 2\n")
    state = tmp_path / "stream.json"
    assert cli("cluster", src, "--state", state)[0] == 0
    code, out, err = cli("cluster", src, "--state", state, "--threshold", "0.3", "--no-settle")
    assert (code, err) == (2, f"Error: --threshold, --no-settle: {state} already holds the stream's options; leave them out\n")
    code, out, err = cli("cluster", src, "--state", tmp_path / "nowhere" / "s.json")
    assert (code, err) == (2, f"Error: {tmp_path / 'nowhere' / 's.json'}: its folder does not exist\n")
