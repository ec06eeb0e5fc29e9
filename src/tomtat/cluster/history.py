"""What is new in a developing story: articles, facts, changed values and conflicts since a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from ..errors import InputError, UsageError
from .features import parse_time

TIME_KEYS = ("arrived", "published")


def as_documents(history: Sequence[Mapping]) -> list[dict]:
    """Stored article records (``StreamClusterer.history``) as dicts that summarize/analyze read."""
    docs = []
    for record in history:
        title = record.get("title") or ""
        lead = record.get("anchor_text") or record.get("lead") or ""
        text = record.get("text") or record.get("raw_text") or ""
        docs.append({"title": title, "anchor_text": lead, "text": text or lead or title,
                     "source": record.get("source") or str(record.get("id", ""))})
    return docs


def _moment(record: Mapping, by: str) -> datetime | None:
    """When an article became part of its event's story: its ``by`` time (arrival as fallback); by arrival,
    the later of arrival and ``joined`` (when settling moved it in from another event)."""
    moment = parse_time(record.get(by)) or parse_time(record.get("arrived"))
    joined = parse_time(record.get("joined")) if by == "arrived" else None
    return max(moment, joined) if moment is not None and joined is not None else moment or joined


def _fact_key(fact: Mapping) -> tuple[str, str]:
    return (str(fact.get("about") or ""), str(fact.get("unit") or ""))


def _values(facts: Sequence[Mapping]) -> dict[tuple[str, str], set[float]]:
    out: dict[tuple[str, str], set[float]] = {}
    for fact in facts:
        out.setdefault(_fact_key(fact), set()).add(float(fact["value"]))
    return out


def _with_ids(item: dict, ids: list[str]) -> dict:
    """Add the ids of the articles an item's sources point at (``doc`` indexes the event's articles)."""
    docs = sorted({s["doc"] for s in item.get("sources", []) if 0 <= s.get("doc", -1) < len(ids)})
    return {**item, "article_ids": [ids[d] for d in docs]}


def compare_digests(before: Mapping | None, now: Mapping, ids: list[str]) -> dict:
    """New facts, facts whose value changed and new conflicts between two digests (``model_dump`` dicts)."""
    old = _values(before["facts"]) if before else {}
    new_facts, changed = [], []
    now_values = _values(now["facts"])
    for fact in now["facts"]:
        if _fact_key(fact) not in old:
            new_facts.append(_with_ids(fact, ids))
    for key, values in now_values.items():
        if key in old and values != old[key]:
            changed.append({"about": key[0], "unit": key[1], "before": sorted(old[key]), "now": sorted(values),
                            "facts": [_with_ids(f, ids) for f in now["facts"]
                                      if _fact_key(f) == key and float(f["value"]) not in old[key]]})
    old_conflicts = {c["about"]: {float(v["value"]) for v in c["values"]} for c in (before or {}).get("conflicts", [])}
    new_conflicts = [_with_ids(c, ids) for c in now["conflicts"]
                     if old_conflicts.get(c["about"]) != {float(v["value"]) for v in c["values"]}]
    return {"new_facts": new_facts, "changed_facts": changed, "new_conflicts": new_conflicts}


def changes_since(history: Sequence[Mapping], since: datetime | str, *, by: str = "arrived",
                  analyze=None) -> dict:
    """What is new in an event since ``since``: new articles, new facts, changed values, new conflicts.

    ``history`` is ``StreamClusterer.history(event_id)``; an article is new when its ``by`` time
    (``arrived``, or ``published`` falling back to arrival) is after ``since``; by arrival, an older
    article that settling moved into the event after ``since`` (its ``joined`` time) is new too. Facts and conflicts come
    from comparing the digest of the articles known at ``since`` with the digest of all of them.
    """
    if by not in TIME_KEYS:
        raise UsageError(f"by must be one of {', '.join(TIME_KEYS)}, got {by!r}")
    moment = parse_time(since) if not isinstance(since, datetime) else since
    if moment is None:
        raise UsageError("since must be a date or date-time")
    if moment.tzinfo is None:
        moment = parse_time(moment.isoformat())
    ids = [str(r["id"]) for r in history]
    old = [r for r in history if (_moment(r, by) or moment) <= moment]
    new_ids = [str(r["id"]) for r in history if (_moment(r, by) or moment) > moment]
    out = {"since": moment.isoformat(), "articles": len(ids), "new_articles": new_ids,
           "new_facts": [], "changed_facts": [], "new_conflicts": []}
    if not new_ids:
        return out
    if analyze is None:
        from ..analyze import analyze
    try:
        now = analyze(as_documents(history)).model_dump(mode="json")
        before = analyze(as_documents(old)).model_dump(mode="json") if old else None
    except InputError as exc:
        raise InputError(f"cannot analyze the event: {exc}") from None
    # Sources of ``before`` index the old articles; only ``now``'s sources are reported, with article ids.
    out.update(compare_digests(before, now, ids))
    return out
