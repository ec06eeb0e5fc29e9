"""The Spark engine: same rows as the local engine, in order; errors recorded; models loaded once per worker."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.errors import InputError, UsageError
from tomtat.options import Options

pytestmark = pytest.mark.spark

if importlib.util.find_spec("pyspark") is None:
    pytest.skip("pyspark is not installed (pip install -e '.[spark]')", allow_module_level=True)
if shutil.which("java") is None:
    pytest.skip("no Java runtime on PATH (Spark needs Java 17)", allow_module_level=True)

from pyspark import cloudpickle  # noqa: E402

from tomtat import spark as engine  # noqa: E402

# Functions of this module run inside Spark's python workers, which cannot import tests/.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

# Invented articles (not from ../shared), enough for a real summary of each cluster.
ARTICLES = [
    "Mưa lớn kéo dài từ chiều qua khiến nhiều tuyến phố ở Hà Nội ngập sâu. "
    "Lực lượng chức năng đã được điều động để hướng dẫn giao thông. "
    "Người dân được khuyến cáo hạn chế ra đường vào giờ cao điểm.",
    "Trận mưa lớn chiều qua làm nhiều tuyến phố Hà Nội ngập nặng. "
    "Công ty thoát nước cho biết đã vận hành các trạm bơm hết công suất. "
    "Dự báo mưa còn kéo dài đến cuối tuần.",
    "Đội tuyển bóng đá nữ Việt Nam thắng 3-0 trong trận giao hữu tối qua. "
    "Huấn luyện viên hài lòng với tinh thần thi đấu của các cầu thủ. "
    "Đội sẽ tiếp tục tập huấn trước giải đấu khu vực vào tháng sau.",
]


def cluster(cid: str, *texts: str, **extra) -> str:
    docs = [{"title": f"Bài {i}", "anchor_text": "", "raw_text": t} for i, t in enumerate(texts)]
    return json.dumps({"cluster_id": cid, "single_documents": docs, **extra}, ensure_ascii=False)


INPUT_LINES = [
    cluster("mua-1", ARTICLES[0], ARTICLES[1]),
    '{"cluster_id": "hong", "single_documents": [',  # malformed JSON
    "",  # blank: no output row, but it counts for the line numbers after it
    cluster("bong-da", ARTICLES[2], max_words=20),
    "[1, 2]",  # not an object
    json.dumps({"cluster_id": "rong", "single_documents": []}),  # no article
    cluster("mua-2", ARTICLES[1], ARTICLES[0], ARTICLES[2]),
    cluster("mot-bai", ARTICLES[2]),
]


@pytest.fixture(scope="module")
def spark():
    session = engine.session("local[2]")
    yield session
    session.stop()


@pytest.fixture()
def in_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(INPUT_LINES) + "\n", encoding="utf-8")
    return path


def local_run(in_path: Path, tmp_path: Path, options: Options = Options()):
    """What the local engine writes for ``in_path``, and its stats."""
    from tomtat.batch import run_batch

    out = tmp_path / "local.jsonl"
    stats = run_batch(str(in_path), str(out), options, workers=1, progress=False)
    return out.read_text(encoding="utf-8").splitlines(), stats


def local_output(in_path: Path, tmp_path: Path, options: Options = Options()) -> list[str]:
    return local_run(in_path, tmp_path, options)[0]


def test_spark_output_is_the_local_output_line_for_line(spark, in_file, tmp_path):
    out = tmp_path / "spark.jsonl"
    reported = []
    stats = engine.run_spark(str(in_file), str(out), Options(words=60), spark=spark, partitions=4,
                             on_problem=reported.append)
    got = out.read_text(encoding="utf-8").splitlines()
    want, want_stats = local_run(in_file, tmp_path, Options(words=60))
    assert got == want
    assert stats == want_stats
    rows = [json.loads(line) for line in got]
    assert len(rows) == 7 and stats.lines == 7
    assert stats.failed == sum("error" in r for r in rows) == 3
    assert [r.get("cluster_id") for r in rows if "summary" in r] == ["mua-1", "bong-da", "mua-2", "mot-bai"]
    assert "malformed JSON" in next(r for r in rows if r.get("line") == 2)["error"]
    assert stats.problems[0].startswith(f"{in_file}:2: malformed JSON")
    assert reported == stats.problems
    assert not out.with_name(out.name + ".partial").exists()


def test_order_holds_with_many_partitions_on_real_clusters(spark, data_dir, tmp_path):
    lines = (data_dir / "abmusu-validation.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    src = tmp_path / "val.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "spark.jsonl"
    engine.run_spark(str(src), str(out), Options(), spark=spark, partitions=4)
    assert out.read_text(encoding="utf-8").splitlines() == local_output(src, tmp_path)


def test_models_load_once_per_python_worker(spark, in_file, tmp_path):
    engine.run_spark(str(in_file), str(tmp_path / "o.jsonl"), Options(), spark=spark, partitions=4)
    report = spark.sparkContext.parallelize(range(16), 16).mapPartitions(engine.worker_loads).collect()
    loads = {}
    for pid, count in report:
        loads.setdefault(pid, set()).add(count)
    assert len(report) == 16
    assert len(loads) < 16  # workers are reused across tasks ...
    assert all(counts == {1} for counts in loads.values())  # ... and each loaded the models once


def explode_on_bong_da(record, options, line=None):
    """A per-cluster function that fails (raises) on one cluster, to show the job goes on."""
    from tomtat.batch import process_record

    if isinstance(record, dict) and record.get("cluster_id") == "bong-da":
        raise RuntimeError("boom")
    return process_record(record, options, line)


def test_a_cluster_that_raises_becomes_an_error_row(spark, in_file, tmp_path):
    out = tmp_path / "o.jsonl"
    stats = engine.run_spark(str(in_file), str(out), Options(), spark=spark, partitions=3,
                             process=explode_on_bong_da)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == stats.lines == 7
    assert rows[2] == {"cluster_id": "bong-da", "line": 4, "error": "internal error (RuntimeError: boom)"}
    assert [r["cluster_id"] for r in rows if "summary" in r] == ["mua-1", "mua-2", "mot-bai"]


def test_parquet_in_and_out_keep_rows_and_order(spark, in_file, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    good = [json.loads(line) for line in INPUT_LINES if line.startswith('{"cluster_id": "') and line.endswith("}")]
    jsonl = tmp_path / "good.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in good) + "\n", encoding="utf-8")
    pq_in = tmp_path / "good.parquet"
    columns = {key: [r.get(key) for r in good] for key in ("cluster_id", "single_documents", "max_words")}
    pq.write_table(pa.Table.from_pydict(columns), pq_in)  # max_words: int64 with nulls, as a real dataset
    expected = local_output(jsonl, tmp_path)

    out = tmp_path / "from-parquet.jsonl"
    engine.run_spark(str(pq_in), str(out), Options(), spark=spark, partitions=3)
    assert out.read_text(encoding="utf-8").splitlines() == expected

    pq_out = tmp_path / "out.parquet"
    stats = engine.run_spark(str(jsonl), str(pq_out), Options(), spark=spark, partitions=3)
    table = sorted(pq.read_table(pq_out).to_pylist(), key=lambda r: r["line"])
    assert [r["line"] for r in table] == list(range(1, len(good) + 1)) and stats.lines == len(good)
    # Each Parquet row, nulls dropped and ``line`` kept for error rows only, is the local JSON row.
    back = [{k: v for k, v in r.items() if v is not None and (k != "line" or r["error"])} for r in table]
    assert back == [json.loads(line) for line in expected]


# Lines as Spark's reader gives them: no line terminator inside (it splits on \n, \r\n and \r).
_LINE = st.one_of(
    st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"")),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3).map(lambda d: json.dumps(d).encode()),
    st.sampled_from([b"", b"  ", b"[1]", b"{\"a\": ", b"\xef\xbb\xbf{}", b"\xff{}"]),
)


@settings(max_examples=60, deadline=None)
@given(raw=st.lists(_LINE, min_size=1, max_size=6))
def test_parse_line_matches_the_local_reader(raw):
    """Each line of a file parses to the same object or error, same line numbers, in both engines."""
    import tempfile

    from tomtat.read import iter_jsonl

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_bytes(b"\n".join(raw) + b"\n")
        local = [(n, str(v) if isinstance(v, InputError) else v) for n, v in iter_jsonl(str(path))]
        mine = [(n, engine.parse_line(r, n, str(path))) for n, r in enumerate(raw, start=1)]
    assert [(n, str(v) if isinstance(v, InputError) else v) for n, v in mine if v is not None] == local


@pytest.mark.parametrize("name", ["in.csv", "in.json", "in"])
def test_unknown_suffix_is_a_usage_error(name):
    with pytest.raises(UsageError, match="must end in .jsonl or .parquet"):
        engine.file_format(name, "input")


def test_missing_input_is_a_usage_error(spark, tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        engine.run_spark(str(tmp_path / "nope.jsonl"), str(tmp_path / "o.jsonl"), Options(), spark=spark)


@pytest.mark.parametrize("out, message", [("no/such/dir/o.jsonl", "no such folder"),
                                          ("s3a://bucket/o.jsonl", "JSONL output goes to a local file")])
def test_unwritable_output_is_refused_before_any_work(in_file, tmp_path, out, message):
    target = out if "://" in out else str(tmp_path / out)
    with pytest.raises(UsageError, match=message):
        engine.run_spark(str(in_file), target, Options(), spark="unused: refused before Spark starts")


def test_cli_engine_spark_writes_what_engine_local_writes(spark, in_file, tmp_path, capsys):
    from tomtat.cli import main

    outputs = {}
    for name in ("local", "spark"):
        out = tmp_path / f"{name}.jsonl"
        with pytest.raises(SystemExit) as exit_:
            main(["batch", str(in_file), "--engine", name, "-o", str(out), "--words", "60"])
        assert exit_.value.code == 1  # some lines skipped, each named on stderr
        err = capsys.readouterr().err
        assert f"Warning: skipped {in_file}:2: malformed JSON" in err
        outputs[name] = out.read_text(encoding="utf-8")
    assert outputs["spark"] == outputs["local"]


@pytest.mark.parametrize("args", [["-o", "out.parquet"], ["-o", "out.jsonl", "--master", "local[2]"]])
def test_cli_parquet_and_master_need_engine_spark(in_file, tmp_path, capsys, args):
    from tomtat.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["batch", str(in_file), *[str(tmp_path / a) if a.startswith("out") else a for a in args]])
    assert exit_.value.code == 2
    assert "need --engine spark" in capsys.readouterr().err


def test_task_count_grows_with_the_input(spark, tmp_path, monkeypatch):
    small = tmp_path / "small.jsonl"
    small.write_text("{}\n")
    cores = spark.sparkContext.defaultParallelism
    assert engine.task_count(spark, str(small)) == max(2, engine.TASKS_PER_CORE * cores)
    monkeypatch.setattr(engine, "MAX_TASK_BYTES", 10)
    big = tmp_path / "big.jsonl"
    big.write_text("x" * 1000)
    assert engine.task_count(spark, str(big)) == 100


def test_paths_with_spaces_and_glob_characters(spark, tmp_path):
    folder = tmp_path / "a b [1]"
    folder.mkdir()
    src = folder / "in *x*.jsonl"
    src.write_text(INPUT_LINES[0] + "\n" + INPUT_LINES[1] + "\n", encoding="utf-8")
    (folder / "in 1x1.jsonl").write_text("{}\n")  # what the name would match as a glob
    out = folder / "out [2].parquet"
    stats = engine.run_spark(str(src), str(out), Options(), spark=spark, partitions=2)
    assert stats.lines == 2 and stats.problems[-1].startswith(f"{src}:2: malformed JSON")
    back = engine.run_spark(str(out), str(folder / "back.jsonl"), Options(), spark=spark, partitions=2)
    assert back.lines == 2 and out.is_dir()


def test_parquet_folder_rows_are_numbered_by_file_name_then_row(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "in.parquet"
    folder.mkdir()
    docs = [{"title": "", "anchor_text": "", "raw_text": ARTICLES[0]}]
    # The second file is the bigger one: Spark would read it first if nothing ordered the rows.
    for name, ids in (("part-0.parquet", ["a"]), ("part-1.parquet", ["b", "c", "d"])):
        pq.write_table(pa.Table.from_pydict({"cluster_id": ids, "single_documents": [docs * 6] * len(ids)}),
                       folder / name)
    out = tmp_path / "o.jsonl"
    engine.run_spark(str(folder), str(out), Options(), spark=spark, partitions=3)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["cluster_id"] for r in rows] == ["a", "b", "c", "d"]
