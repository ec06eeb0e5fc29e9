"""Read articles from files, folders, standard input, dicts and JSONL records."""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .clean import clean, normalise
from .errors import InputError, UsageError
from .models import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
ARTICLE_SEPARATOR = "---"
# Longest article kept whole, in characters. The longest article of ../shared/data has 22,183;
# underthesea word_tokenize runs at 77,000-95,000 characters a second on this (loaded) machine
# (benchmarks/RESULTS.md), so 100,000 characters cost 1-1.3 s and keep the sentence-similarity matrix small.
MAX_ARTICLE_CHARS = 100_000
# Most text one cluster keeps, in characters: 15 times the largest cluster of ../shared/data (32,427), about
# 6 s of word_tokenize and some 3,500 sentences, so a sentence-by-sentence similarity matrix stays near 100 MB.
MAX_CLUSTER_CHARS = 500_000


# Largest HTML page read: trafilatura's own MAX_FILE_SIZE (it returns nothing above it). A 4.8 MB page takes
# about 4 s to extract here; the article text is then cut to MAX_ARTICLE_CHARS like any other.
MAX_HTML_CHARS = 20_000_000


class InputWarning(UserWarning):
    """Part of an input was left out (a very long article cut); raised as a warning by library calls."""


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), else Windows-1258.

    Anything else (empty, binary, undecodable) is an :class:`InputError` naming ``where``.
    """
    if not data.strip():
        raise InputError("empty file", where=where)
    text = _decode(data, where)
    if not text.strip():
        raise InputError("empty file", where=where)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    # Text files hold no control characters; 1 in 100 tolerates a few stray ones.
    if controls > len(sample) / 100:
        raise InputError("binary file, not text (control characters)", where=where)
    return text


def _decode(data: bytes, where: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-8 text after its BOM (byte 0x{data[exc.start + 3]:02x} at offset "
                             f"{exc.start + 3})", where=where) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 text ({exc.reason} at byte {exc.start})", where=where) from None
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError("binary file, not text (holds NUL bytes)", where=where)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"neither UTF-8 nor Windows-1258 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})",
            where=where,
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no BOM: NUL bytes on one side of most pairs, then a clean decode; else None."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(data) % 2 or max(even, odd) < len(head) // 8 or min(even, odd) > len(head) // 64:
        return None
    try:
        text = data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\n\r\t\f" for ch in text[:4096]):
        return None
    return text


def truncate(text: str, limit: int = MAX_ARTICLE_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, at the last paragraph, sentence or word boundary."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for mark in ("\n", ". ", " "):
        cut = head.rfind(mark)
        if cut > limit // 2:
            return head[: cut + 1].rstrip()
    return head


def _cap(text: str, where: str, notes: list | None) -> str:
    """Cut an over-long article and say so (in ``notes`` when given, else as an :class:`InputWarning`)."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return text
    kept = truncate(text)
    note = InputError(f"article too long: only its first {len(kept):,} of {len(text):,} characters are summarized "
                      f"(limit {MAX_ARTICLE_CHARS:,})", where=where)
    if notes is not None:
        notes.append(note)
    else:
        import warnings

        warnings.warn(str(note), InputWarning, stacklevel=3)
    return kept


def _split_title(text: str) -> tuple[str, str]:
    """A short first line with no final punctuation, followed by more text, is a title."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first.split()) <= 30 and first[-1] not in ".!?…:;,\"”":
        return first, rest
    return "", text


def article_from_text(text: str, *, index: int = 0, source: str = "", title: str | None = None,
                      lead: str = "", url: str = "", published: str | None = None,
                      notes: list[InputError] | None = None) -> Article:
    """Clean a raw text into an :class:`Article`; a first short line becomes the title unless one is given.

    An article longer than :data:`MAX_ARTICLE_CHARS` is cut, and the cut reported in ``notes``.
    """
    body = clean(_cap(text, source or f"article {index}", notes))
    if title is None:
        title, body = _split_title(body)
        body = body.strip()
    if not body and not lead:
        raise InputError("no text left after cleaning", where=source or f"article {index}")
    return Article(index=index, text=body, title=normalise(title or ""), lead=clean(lead) if lead else "",
                   source=source, url=url, published=published)


def article_from_html(html: str, *, index: int = 0, source: str = "", notes: list[InputError] | None = None) -> Article:
    """Extract the main text of an HTML page with trafilatura."""
    import trafilatura

    if len(html) > MAX_HTML_CHARS:
        raise InputError(f"HTML page too large ({len(html):,} characters; at most {MAX_HTML_CHARS:,} are read)",
                         where=source)
    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputError("no article text found in the HTML", where=source)
    title = getattr(doc, "title", None) or ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip() and rest.strip():
        text = rest  # trafilatura repeats the headline as the first line of the text
    return article_from_text(text, index=index, source=source, title=title,
                             url=getattr(doc, "url", None) or "", published=getattr(doc, "date", None), notes=notes)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def read_file(path: Path, index: int = 0, notes: list[InputError] | None = None) -> Article:
    """Read one article file (.txt or .html); an over-long one is cut and the cut noted in ``notes``."""
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=where) from None
    text = decode(data, where)
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(text):
        return article_from_html(text, index=index, source=where, notes=notes)
    return article_from_text(text, index=index, source=where, notes=notes)


def split_stream(text: str, where: str = "<stdin>") -> list[tuple[int, str]]:
    """Articles of a stream separated by lines holding only ``---``: (first line number, text)."""
    parts: list[tuple[int, str]] = []
    start, current = 1, []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip() == ARTICLE_SEPARATOR:
            parts.append((start, "\n".join(current)))
            start, current = number + 1, []
        else:
            current.append(line)
    parts.append((start, "\n".join(current)))
    return [(n, t) for n, t in parts if t.strip()]


def expand_paths(paths: Iterable[str], ignored: list[InputError] | None = None) -> list[str]:
    """Folders become their article files (sorted); ``-`` stays; missing paths are usage errors.

    Other visible files of a folder are not articles: each is reported in ``ignored``, never dropped silently.
    """
    out: list[str] = []
    for raw in paths:
        if raw == "-":
            out.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
            except OSError as exc:
                raise UsageError(f"{raw}: cannot read the folder ({exc.strerror})") from None
            found = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
            if not found:
                raise UsageError(f"{raw}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})")
            if ignored is not None:
                ignored.extend(
                    InputError(f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})", where=str(p))
                    for p in files
                    if p.suffix.lower() not in ARTICLE_SUFFIXES
                )
            out.extend(str(p) for p in found)
        elif path.is_file():
            out.append(str(path))
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return out


def read_paths(paths: Iterable[str], *, stdin=None) -> tuple[list[Article], list[InputError]]:
    """Read every article named by ``paths``; unreadable ones are returned as errors, not dropped silently.

    The errors also hold a note for each article cut because it was too long.
    """
    articles: list[Article] = []
    problems: list[InputError] = []
    for name in expand_paths(paths, ignored=problems):
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            try:
                text = decode(data if isinstance(data, bytes) else data.encode("utf-8"), "<stdin>")
            except InputError as exc:
                problems.append(exc)
                continue
            for line, part in split_stream(text):
                try:
                    articles.append(article_from_text(part, index=len(articles), source=f"<stdin>:{line}",
                                                      notes=problems))
                except InputError as exc:
                    problems.append(InputError(exc.message, where="<stdin>", line=line))
            continue
        try:
            articles.append(read_file(Path(name), index=len(articles), notes=problems))
        except InputError as exc:
            problems.append(exc)
    return articles, problems


def article_from_record(doc: Mapping, index: int, where: str = "", notes: list[InputError] | None = None) -> Article:
    """An article from a JSON object: ``raw_text`` or ``text``, optional ``title``, ``anchor_text``/``lead``."""
    if not isinstance(doc, Mapping):
        raise InputError(f"article {index} is not a JSON object", where=where)
    text = doc.get("raw_text", doc.get("text"))
    if not isinstance(text, str):
        raise InputError(f"article {index} has no text (expected a string in 'raw_text' or 'text')", where=where)
    title = doc.get("title") or ""
    lead = doc.get("anchor_text", doc.get("lead")) or ""
    if not isinstance(title, str) or not isinstance(lead, str):
        raise InputError(f"article {index}: 'title' and 'anchor_text' must be strings", where=where)
    return article_from_text(text, index=index, source=str(doc.get("source") or where), title=title, lead=lead,
                             url=str(doc.get("url") or ""), published=doc.get("published"), notes=notes)


def as_articles(items: Iterable) -> list[Article]:
    """Accept Articles, plain strings or dicts, and return Articles indexed in order."""
    out: list[Article] = []
    for item in items:
        i = len(out)
        if isinstance(item, Article):
            out.append(item if item.index == i else Article(**{**_fields(item), "index": i}))
        elif isinstance(item, str):
            out.append(article_from_text(item, index=i, source=f"article {i}"))
        elif isinstance(item, Mapping):
            out.append(article_from_record(item, i, where=f"article {i}"))
        else:
            raise UsageError(f"article {i}: expected a str, a dict or an Article, got {type(item).__name__}")
    if not out:
        raise UsageError("no articles given")
    return fit_cluster(out)


def _shares(lengths: list[int], budget: int) -> list[int]:
    """Per-article character limits adding up to ``budget``: short articles whole, long ones an equal share."""
    limits = [0] * len(lengths)
    left, count = budget, len(lengths)
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        share = left // count
        limits[i] = min(lengths[i], share)
        left -= limits[i]
        count -= 1
    return limits


def fit_cluster(articles: list[Article], notes: list[InputError] | None = None) -> list[Article]:
    """Articles whose texts add up to at most :data:`MAX_CLUSTER_CHARS`, the longest cut first.

    Each cut is reported in ``notes`` when given, else as an :class:`InputWarning`.
    """
    from dataclasses import replace

    lengths = [len(a.text) + len(a.lead) for a in articles]
    if sum(lengths) <= MAX_CLUSTER_CHARS:
        return list(articles)
    out = []
    for article, length, limit in zip(articles, lengths, _shares(lengths, MAX_CLUSTER_CHARS)):
        if limit >= length:
            out.append(article)
            continue
        kept = truncate(article.text, max(limit - len(article.lead), 0))
        note = InputError(f"cluster too long ({sum(lengths):,} characters, limit {MAX_CLUSTER_CHARS:,}): only the "
                          f"first {len(kept):,} of this article's {len(article.text):,} characters are summarized",
                          where=article.source or f"article {article.index}")
        if notes is not None:
            notes.append(note)
        else:
            import warnings

            warnings.warn(str(note), InputWarning, stacklevel=3)
        out.append(replace(article, text=kept))
    return out


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in Article.__slots__}


def iter_jsonl(path: str) -> Iterator[tuple[int, dict | InputError]]:
    """Stream a JSONL file: (line number, object) or (line number, the error for that line)."""
    for number, _, obj in iter_jsonl_sized(path):
        yield number, obj


def parse_jsonl_line(raw: bytes, path: str, number: int) -> dict | InputError:
    """One JSONL line to its object, or to the :class:`InputError` that names the file and line."""
    raw = raw.rstrip(b"\r\n")  # an error at the end of a cut-off line is reported on that line, not the next
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                          where=path, line=number)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", where=path, line=number)
    if not isinstance(obj, dict):
        return InputError(f"expected a JSON object, got {type(obj).__name__}", where=path, line=number)
    return obj


def iter_jsonl_sized(path: str) -> Iterator[tuple[int, int, dict | InputError]]:
    """Like :func:`iter_jsonl`, with each line's size in bytes (for progress); blank lines are skipped."""
    handle = sys.stdin.buffer if path == "-" else open(path, "rb")
    where = "<stdin>" if path == "-" else path
    with handle:
        for number, raw in enumerate(handle, start=1):
            size = len(raw)
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            yield number, size, parse_jsonl_line(raw, where, number)
