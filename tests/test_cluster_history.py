"""``changes_since``: what is new in a developing story since a time."""

from __future__ import annotations

import pytest

from test_cluster import FIRE
from tomtat.cluster import StreamClusterer, changes_since
from tomtat.cluster.history import compare_digests
from tomtat.errors import UsageError


def fact(about, value, doc, unit=""):
    return {"about": about, "unit": unit, "value": value, "text": f"{value} {about}",
            "sources": [{"doc": doc, "sentence": 0}]}


def digest(facts, conflicts=()):
    return {"facts": list(facts), "conflicts": list(conflicts)}


def test_compare_digests_new_changed_and_conflicts():
    before = digest([fact("người", 120, 0), fact("xe", 20, 0)])
    conflict = {"about": "người", "values": [{"value": 120, "text": "120 người", "sources": [{"doc": 0, "sentence": 1}]},
                                              {"value": 150, "text": "150 người", "sources": [{"doc": 2, "sentence": 1}]}],
                "sources": [{"doc": 0, "sentence": 1}, {"doc": 2, "sentence": 1}]}
    now = digest([fact("người", 120, 0), fact("người", 150, 2), fact("xe", 20, 0), fact("ki-ốt", 30, 2)], [conflict])
    out = compare_digests(before, now, ["a", "b", "c"])
    assert [f["about"] for f in out["new_facts"]] == ["ki-ốt"]
    assert out["new_facts"][0]["article_ids"] == ["c"]
    (changed,) = out["changed_facts"]
    assert (changed["about"], changed["before"], changed["now"]) == ("người", [120.0], [120.0, 150.0])
    assert changed["facts"][0]["article_ids"] == ["c"]
    assert out["new_conflicts"][0]["article_ids"] == ["a", "c"]
    assert compare_digests(now, now, ["a", "b", "c"]) == {"new_facts": [], "changed_facts": [], "new_conflicts": []}


def test_changes_since_uses_arrival_and_published():
    c = StreamClusterer(window_days=5)
    c.add(FIRE[0], now="2026-03-12T07:00:00")
    c.add(FIRE[1], now="2026-03-12T10:00:00")
    c.add(FIRE[2], now="2026-03-13T09:00:00")
    history = c.history("chay-1")
    seen = {}

    def fake_analyze(docs):
        seen.setdefault("sizes", []).append(len(docs))

        class D:
            def model_dump(self, mode):
                return digest([fact("bài", len(docs), 0)])
        return D()

    out = changes_since(history, "2026-03-12T12:00:00", analyze=fake_analyze)
    assert out["new_articles"] == ["chay-3"] and out["articles"] == 3
    assert seen["sizes"] == [3, 2]  # now (all), then the event as it was at ``since``
    assert out["changed_facts"][0]["before"] == [2.0] and out["changed_facts"][0]["now"] == [3.0]
    by_published = changes_since(history, "2026-03-12T08:00:00", by="published", analyze=fake_analyze)
    assert by_published["new_articles"] == ["chay-2", "chay-3"]
    nothing = changes_since(history, "2026-03-14T00:00:00", analyze=fake_analyze)
    assert nothing["new_articles"] == [] and seen["sizes"] == [3, 2, 3, 1]  # no analysis when nothing is new
    with pytest.raises(UsageError):
        changes_since(history, "2026-03-12", by="nowhere")


def test_changes_since_with_the_real_analysis():
    c = StreamClusterer()
    c.add(FIRE[0], now="2026-03-12T07:00:00")
    c.add(FIRE[1], now="2026-03-12T10:00:00")
    out = changes_since(c.history("chay-1"), "2026-03-12T08:00:00")
    assert out["new_articles"] == ["chay-2"]
    # chay-1 says 120 people were evacuated, chay-2 says 150: a value that changed, and a new conflict
    # when the analysis sees it (its rules decide what counts as the same fact).
    reported = out["new_facts"] + out["changed_facts"] + out["new_conflicts"]
    assert any("150" in str(item) for item in reported), out


def test_an_article_moved_in_by_settling_is_new_since_then():
    c = StreamClusterer(threshold=0.95, window_days=5)  # on arrival every article opens its own event
    c.add(FIRE[0], now="2026-03-12T07:00:00")
    c.add(FIRE[1], now="2026-03-12T10:00:00")
    c.add(FIRE[2], now="2026-03-13T09:00:00")
    assert c.settle() is True  # the three join chay-1 here, at the last arrival (13/3 09:00)
    history = c.history("chay-1")
    assert [a.get("joined") for a in history] == [None, "2026-03-13T09:00:00+00:00", "2026-03-13T09:00:00+00:00"]

    def fake_analyze(docs):
        class D:
            def model_dump(self, mode):
                return digest([])
        return D()

    # chay-2 arrived on 12/3 at 10:00 but was not part of chay-1 until the settling: new since 12/3 noon.
    assert changes_since(history, "2026-03-12T12:00:00", analyze=fake_analyze)["new_articles"] == ["chay-2", "chay-3"]
    # By publication time, joining does not count (chay-2 was published on 12/3 at 09:30, chay-3 on 13/3).
    by_published = changes_since(history, "2026-03-12T12:00:00", by="published", analyze=fake_analyze)
    assert by_published["new_articles"] == ["chay-3"]
    # The state keeps it: a reloaded clusterer reports the same times.
    again = StreamClusterer.from_state(c.to_state())
    assert again.history("chay-1") == history
