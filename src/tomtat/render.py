"""Render a summary with its provenance as text, JSON or Markdown."""

from __future__ import annotations

import json

from .models import Article, Cluster, Summary, SummarySentence


def _docs(sentence: SummarySentence) -> list[int]:
    return sorted({r.doc for r in sentence.sources})


def _name(article: Article) -> str:
    """How a source is listed: its title and file, whichever are known."""
    if article.title and article.source:
        return f"{article.title} ({article.source})"
    return article.title or article.source or f"article {article.index + 1}"


def _empty_note(summary: Summary) -> str:
    return f"(no sentence fits within {summary.max_words} syllables)"


def render_text(summary: Summary, cluster: Cluster) -> str:
    """Plain text: each sentence followed by the numbers of its source articles, then the sources."""
    lines = [f"{s.text} {''.join(f'[{d + 1}]' for d in _docs(s))}" for s in summary.sentences]
    if not lines:
        lines.append(_empty_note(summary))
    lines.append("")
    lines.append("Nguồn:")
    lines.extend(f"[{a.index + 1}] {_name(a)}" for a in cluster.articles)
    return "\n".join(lines)


def render_json(summary: Summary, cluster: Cluster, analysis=None) -> str:
    """JSON: the summary, its sentences with ``{"doc", "sentence"}`` sources, the articles, and the digest if given."""
    data = summary.to_dict()
    data["articles"] = [{"doc": a.index, "title": a.title, "source": a.source} for a in cluster.articles]
    if analysis is not None:
        data["analysis"] = analysis.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_markdown(summary: Summary, cluster: Cluster) -> str:
    """Markdown: a bulleted summary with source footnotes."""
    lines = ["## Tóm tắt", ""]
    lines.extend(f"- {_escape(s.text)} " + " ".join(f"[^{d + 1}]" for d in _docs(s)) for s in summary.sentences)
    if not summary.sentences:
        lines.append(f"_{_empty_note(summary)}_")
    lines.append("")
    lines.extend(f"[^{a.index + 1}]: {_escape(_name(a))}" for a in cluster.articles)
    return "\n".join(lines)


def _escape(text: str) -> str:
    """Keep article text from being read as Markdown markup."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}


def render(summary: Summary, cluster: Cluster, format: str, analysis=None) -> str:
    """Render in one of :data:`RENDERERS`; the JSON form carries the cross-source digest when one is given."""
    if format == "json":
        return render_json(summary, cluster, analysis)
    return RENDERERS[format](summary, cluster)
