"""read: decoding, files and folders, stdin, JSONL records, the long-article cap."""

from __future__ import annotations

import codecs
import io
import unicodedata
import warnings

import pytest

from builders import POOL, article_text, cluster_texts, write_articles, write_jsonl
from tomtat.errors import InputError, UsageError
from tomtat.read import (
    MAX_ARTICLE_CHARS,
    InputWarning,
    article_from_record,
    article_from_text,
    as_articles,
    decode,
    iter_jsonl,
    read_file,
    read_paths,
    split_stream,
    truncate,
)

TEXT = "Hải Lâm sơ tán dân\nGần 3.000 hộ dân đã được sơ tán. Bão vào chiều ngày 5/9, gió giật cấp 11."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
        TEXT.encode("utf-16-be"),  # no BOM
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_decode_unicode_encodings(data):
    assert decode(data, "a.txt") == TEXT


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed (â, ơ, ư…), tone marks as combining characters."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
    return b"".join(out)


def test_decode_windows_1258_composes_tone_marks(tmp_path):
    # cp1258 writes many tone marks as combining characters: after reading, text is NFC.
    data = _cp1258(TEXT)
    assert "\u0309".encode("cp1258") in data  # the test really holds combining marks
    (tmp_path / "a.txt").write_bytes(data)
    article = read_file(tmp_path / "a.txt")
    assert article.title == "Hải Lâm sơ tán dân"
    assert article.text == TEXT.split("\n", 1)[1]
    assert unicodedata.is_normalized("NFC", article.text)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "a.txt: empty file"),
        (b"  \n\t\n", "a.txt: empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4, "a.txt: binary file, not text (holds NUL bytes)"),
        (codecs.BOM_UTF8 + b"abc \xff", "a.txt: not valid UTF-8 text after its BOM (byte 0xff at offset 7)"),
        (b"abc \x81\x8a\x8d\x8e\x8f\x90 def", "a.txt: neither UTF-8 nor Windows-1258 text (undecodable byte 0x81 at offset 4)"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 65]) * 50, "a.txt: binary file, not text (control characters)"),
    ],
)
def test_decode_errors_name_the_file(data, message):
    with pytest.raises(InputError) as info:
        decode(data, "a.txt")
    assert str(info.value) == message


def test_title_line_is_split_off():
    article = article_from_text("Tiêu đề ngắn\nThân bài có một câu.")
    assert (article.title, article.text) == ("Tiêu đề ngắn", "Thân bài có một câu.")
    # A first line ending in a full stop is text, not a title.
    assert article_from_text("Câu đầu tiên.\nCâu thứ hai.").title == ""


def test_text_that_cleans_to_nothing_is_an_error():
    with pytest.raises(InputError, match=r"^x\.txt: no text left after cleaning$"):
        article_from_text(" date 2022-01 ", source="x.txt")


def test_folder_with_unreadable_files_reads_the_rest(tmp_path):
    write_articles(tmp_path, cluster_texts(2))
    (tmp_path / "03.txt").write_bytes(b"")
    (tmp_path / "04.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "notes.md").write_text("not an article suffix: reported, not read")
    (tmp_path / ".hidden.txt").write_text("hidden files are not looked at")
    articles, problems = read_paths([str(tmp_path)])
    assert [a.index for a in articles] == [0, 1]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'notes.md'}: not an article file (expected .txt, .html, .htm)",
        f"{tmp_path / '03.txt'}: empty file",
        f"{tmp_path / '04.txt'}: binary file, not text (holds NUL bytes)",
    ]


def test_missing_path_and_empty_folder_are_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="^nope: no such file or folder$"):
        read_paths(["nope"])
    with pytest.raises(UsageError, match="folder holds no article files"):
        read_paths([str(tmp_path)])


def test_stdin_articles_are_separated_by_dashes():
    raw = "Tiêu đề một\nCâu một.\n---\n\n---\nCâu hai của bài hai.\n"
    assert split_stream(raw) == [(1, "Tiêu đề một\nCâu một."), (6, "Câu hai của bài hai.\n")]
    articles, problems = read_paths(["-"], stdin=io.BytesIO(raw.encode("utf-8")))
    assert [a.text for a in articles] == ["Câu một.", "Câu hai của bài hai."]
    assert [a.source for a in articles] == ["<stdin>:1", "<stdin>:6"]
    assert problems == []


def test_empty_stdin_is_reported():
    articles, problems = read_paths(["-"], stdin=io.BytesIO(b""))
    assert articles == [] and [str(p) for p in problems] == ["<stdin>: empty file"]


def test_html_file_goes_through_trafilatura(tmp_path):
    body = "".join(f"<p>{s}</p>" for s in POOL[:4])
    html = (f"<!DOCTYPE html><html><head><title>Bão số 7</title></head><body><nav>Trang chủ | Thời sự</nav>"
            f"<article><h1>Bão số 7</h1>{body}</article><footer>© Báo Mẫu</footer></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    article = read_file(tmp_path / "a.html")
    assert article.title == "Bão số 7"
    assert article.text.split("\n") == list(POOL[:4])


def test_long_article_is_cut_and_the_cut_is_reported(tmp_path):
    sentence = POOL[1] + " "
    long_text = "Bài rất dài\n" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 50)
    (tmp_path / "long.txt").write_text(long_text, encoding="utf-8")
    articles, problems = read_paths([str(tmp_path)])
    assert len(articles[0].text) <= MAX_ARTICLE_CHARS
    assert articles[0].text.endswith(POOL[1])  # cut at a sentence boundary
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{tmp_path / 'long.txt'}: article too long: only its first ")
    # Library callers get a warning instead of a silent cut.
    with pytest.warns(InputWarning, match="article too long"):
        as_articles([long_text])


def test_truncate_prefers_paragraph_then_sentence_boundaries():
    assert truncate("Một hai.\nBa bốn năm sáu bảy.", 12) == "Một hai."
    assert truncate("Một hai. Ba bốn năm sáu bảy.", 12) == "Một hai."
    assert truncate("abc", 10) == "abc"


def test_short_articles_raise_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        as_articles([article_text(POOL[:3])])


def test_record_fields_and_errors():
    article = article_from_record({"title": "Tựa", "anchor_text": "Sa pô.", "raw_text": "Thân bài."}, 2, "f:3")
    assert (article.index, article.title, article.lead, article.text) == (2, "Tựa", "Sa pô.", "Thân bài.")
    with pytest.raises(InputError, match="article 1 has no text"):
        article_from_record({"title": "x"}, 1)
    with pytest.raises(InputError, match="'title' and 'anchor_text' must be strings"):
        article_from_record({"raw_text": "Có chữ.", "title": 5}, 0)


def test_iter_jsonl_reports_bad_lines_with_numbers(tmp_path):
    path = write_jsonl(tmp_path / "x.jsonl", [{"a": 1}, "", "{oops", "[1]", {"b": 2}])
    with open(path, "ab") as handle:
        handle.write(b'{"c": "\xff"}\n')
    items = list(iter_jsonl(str(path)))
    assert [n for n, _ in items] == [1, 3, 4, 5, 6]
    assert items[0][1] == {"a": 1} and items[3][1] == {"b": 2}
    assert str(items[1][1]).startswith(f"{path}:3: malformed JSON")
    assert str(items[2][1]) == f"{path}:4: expected a JSON object, got list"
    assert str(items[4][1]) == f"{path}:6: not valid UTF-8 (byte 0xff at column 8)"


def test_unreadable_folder_is_a_usage_error(tmp_path, monkeypatch):
    from pathlib import Path

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", denied)
    with pytest.raises(UsageError, match=r": cannot read the folder \(Permission denied\)$"):
        read_paths([str(tmp_path)])


def test_an_over_long_cluster_cuts_its_longest_articles_first(monkeypatch):
    import tomtat.read as read

    monkeypatch.setattr(read, "MAX_CLUSTER_CHARS", 300)
    short = article_from_text(POOL[0], index=0, source="a")
    long_text = " ".join(POOL * 3)
    longs = [article_from_text(long_text, index=i, source=s) for i, s in ((1, "b"), (2, "c"))]
    notes = []
    fitted = read.fit_cluster([short, *longs], notes)
    assert fitted[0] is short
    assert all(len(a.text) <= (300 - len(short.text)) // 2 for a in fitted[1:])
    assert all(long_text.startswith(a.text) and a.text.endswith(".") for a in fitted[1:])
    assert [n.where for n in notes] == ["b", "c"] and "cluster too long" in str(notes[0])
    with pytest.warns(InputWarning, match="cluster too long"):
        read.as_articles([POOL[0], long_text])


def test_shares_fill_the_budget_shortest_first():
    from tomtat.read import _shares

    assert _shares([10, 500, 1000], 310) == [10, 150, 150]
    assert _shares([10, 20], 100) == [10, 20]


def test_an_html_page_over_trafilaturas_limit_is_named(monkeypatch):
    import tomtat.read as read

    monkeypatch.setattr(read, "MAX_HTML_CHARS", 100)
    with pytest.raises(InputError, match=r"^p\.html: HTML page too large \(1\d\d characters; at most 100 are read\)$"):
        read.article_from_html("<html><body>" + "<p>Một câu.</p>" * 10 + "</body></html>", source="p.html")


def test_a_cut_off_jsonl_line_is_reported_on_its_own_line_and_column():
    from tomtat.read import parse_jsonl_line

    error = parse_jsonl_line(b'{"a": \n', "in.jsonl", 3)
    assert str(error) == "in.jsonl:3: malformed JSON (Expecting value at column 7)"
