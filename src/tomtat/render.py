"""Render a summary with its provenance as text, JSON or Markdown."""

from __future__ import annotations

import json

from .models import Cluster, Summary


def _label(cluster: Cluster, doc: int) -> str:
    return f"[{doc + 1}]"


def render_text(summary: Summary, cluster: Cluster) -> str:
    """Plain text: each sentence followed by the numbers of its source articles, then the sources."""
    lines = []
    for s in summary.sentences:
        docs = sorted({r.doc for r in s.sources})
        lines.append(f"{s.text} {''.join(_label(cluster, d) for d in docs)}")
    lines.append("")
    for a in cluster.articles:
        name = a.title or a.source or f"article {a.index + 1}"
        lines.append(f"[{a.index + 1}] {name}")
    return "\n".join(lines)


def render_json(summary: Summary, cluster: Cluster) -> str:
    """JSON: the summary, its sentences with ``{"doc", "sentence"}`` sources, and the articles."""
    data = summary.to_dict()
    data["articles"] = [{"doc": a.index, "title": a.title, "source": a.source} for a in cluster.articles]
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_markdown(summary: Summary, cluster: Cluster) -> str:
    """Markdown: a bulleted summary with source footnotes."""
    lines = ["## Tóm tắt", ""]
    for s in summary.sentences:
        docs = sorted({r.doc for r in s.sources})
        lines.append(f"- {s.text} " + " ".join(f"[^{d + 1}]" for d in docs))
    lines.append("")
    for a in cluster.articles:
        lines.append(f"[^{a.index + 1}]: {a.title or a.source or f'article {a.index + 1}'}")
    return "\n".join(lines)


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}


def render(summary: Summary, cluster: Cluster, format: str) -> str:
    """Render in one of :data:`RENDERERS`."""
    return RENDERERS[format](summary, cluster)
