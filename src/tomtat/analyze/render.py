"""The digest for a person: Markdown with Vietnamese headings."""

from __future__ import annotations

from .models import Digest, Source

_TYPES = (("person", "Người"), ("organization", "Tổ chức"), ("location", "Địa điểm"))


def refs(sources: list[Source], limit: int = 6) -> str:
    """Sources as "[bài 0, câu 3]"-style short references: "0:3, 2:5"."""
    shown = ", ".join(f"{s.doc}:{s.sentence}" for s in sources[:limit])
    return shown + (f" (+{len(sources) - limit})" if len(sources) > limit else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.3f}".rstrip("0").replace(",", " ").replace(".", ",").replace(" ", ".")


def _bullets(heading: str, items: list, empty: str, line) -> list[str]:
    """A "## heading" section: one bullet per item, or the ``empty`` sentence."""
    return ["", f"## {heading}", "", *(f"- {line(i)}" for i in items)] + ([] if items else [empty])


def to_markdown(digest: Digest) -> str:
    """The whole digest as Markdown; sources are written "bài:câu" (article index:sentence position)."""
    cov = digest.coverage
    lines = ["# Phân tích chéo nguồn", ""]
    lines.append(f"{cov.articles} bài báo, {len(cov.independent_sources)} nguồn độc lập. "
                 "Nguồn ghi dạng `bài:câu` (số thứ tự bài, vị trí câu, từ 0).")
    copies = [g for g in cov.independent_sources if len(g) > 1]
    if copies:
        lines.append("Các bài sao chép nhau: " + "; ".join(", ".join(map(str, g)) for g in copies) + ".")
    lines += ["", "## Thực thể", ""]
    for kind, label in _TYPES:
        items = [e for e in digest.entities if e.type == kind]
        if items:
            lines.append(f"**{label}:** " + "; ".join(
                e.name + (f" ({', '.join(e.aliases)})" if e.aliases else "") + f" — {len({s.doc for s in e.sources})} bài"
                for e in items))
            lines.append("")
    if not digest.entities:
        lines += ["Không tìm thấy.", ""]
    conflicted = {(v.value, c.about) for c in digest.conflicts for v in c.values}
    lines += ["## Số liệu", ""]
    if digest.facts:
        lines += ["| Giá trị | Đối tượng | Nguyên văn | Nguồn | Nguồn độc lập | Ghi chú |", "|---:|---|---|---|---:|---|"]
        for f in digest.facts:
            note = "⚠ mâu thuẫn" if (f.value, f.about) in conflicted else ""
            value = ("~" if f.approx else "") + _number(f.value)
            lines.append(f"| {value} | {_cell(f.about)} | {_cell(f.text)} | {refs(f.sources)} | {f.independent_sources} | {note} |")
    else:
        lines.append("Không tìm thấy.")
    lines += _bullets("Mâu thuẫn", digest.conflicts, "Không phát hiện mâu thuẫn.", lambda c: f"**{c.about}**: " + "; ".join(
        f"{_cell(v.text)} [{refs(v.sources)}]" for v in c.values))
    lines += _bullets("Dòng thời gian", digest.timeline, "Không tìm thấy mốc thời gian.",
                      lambda e: f"**{e.date}** — {e.text} [{refs(e.sources)}]")
    lines += _bullets("Ai nói gì", digest.attributions, "Không tìm thấy.",
                      lambda a: f"**{a.speaker}**: {a.claim} [{refs(a.sources)}]")
    lines += _bullets("Thông tin chưa được xác nhận", digest.unconfirmed, "Không tìm thấy.",
                      lambda u: f"({u.cue}) {u.text} [{refs(u.sources)}]")
    lines += ["", "## Độ phủ", ""]
    for a in cov.per_article:
        facts = ", ".join(a.only_facts) or "—"
        ents = ", ".join(a.only_entities) or "—"
        lines.append(f"- Bài {a.doc}: số liệu chỉ bài này có: {facts}; thực thể chỉ bài này nêu: {ents}")
    return "\n".join(lines).rstrip() + "\n"
