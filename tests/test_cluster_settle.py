"""Settling: complete link over the pairs compared on arrival re-forms the open events."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from tomtat.cluster import StreamClusterer, settle as settle_module
from tomtat.cluster import stream as stream_module
from tomtat.cluster.metrics import bcubed
from tomtat.cluster.settle import complete_link, components, partition, rescue_lone
from tomtat.errors import UsageError

from test_cluster import ARTICLES, NOW, truth_of


def test_components_and_complete_link_on_a_small_graph():
    edges = {(0, 1): 0.6, (1, 2): 0.5, (3, 4): 0.3}
    assert components([0, 1, 2, 3, 4, 5], edges) == [[0, 1, 2], [3, 4], [5]]
    # 0-2 was never found similar, so 0, 1 and 2 cannot all share an event: the closest pair stays.
    assert complete_link([0, 1, 2], edges, 0.11) == [[0, 1], [2]]
    assert complete_link([0, 1, 2], {**edges, (0, 2): 0.2}, 0.11) == [[0, 1, 2]]
    assert partition([0, 1, 2, 3, 4, 5], {**edges, (0, 2): 0.05}, 0.11, {}) == [[0, 1], [2], [3, 4], [5]]


def test_a_lone_article_joins_the_cluster_of_its_most_similar_article():
    # 0-2 falls short of the settling threshold, so complete link leaves 2 alone, but its best pair is with 1;
    # 5 and 6 are each other's best match; 7 was never compared.
    edges = {(0, 1): 0.6, (1, 2): 0.5, (0, 2): 0.09, (3, 4): 0.3, (5, 6): 0.095}
    nodes = list(range(8))
    assert partition(nodes, edges, 0.11, {}) == [[0, 1], [2], [3, 4], [5], [6], [7]]
    assert partition(nodes, edges, 0.11, {}, rescue=0.08) == [[0, 1, 2], [3, 4], [5, 6], [7]]
    assert partition(nodes, edges, 0.11, {}, rescue=0.1) == [[0, 1, 2], [3, 4], [5], [6], [7]]


def test_rescue_takes_the_best_pair_and_follows_chains_of_lone_articles():
    clusters = [[0, 1], [2], [3, 4]]
    assert rescue_lone(clusters, {(1, 2): 0.09, (2, 3): 0.1}, 0.08) == [[0, 1], [2, 3, 4]]
    assert rescue_lone(clusters, {(1, 2): 0.1, (2, 3): 0.1}, 0.08) == [[0, 1, 2], [3, 4]]  # tie: the earliest
    # 5's best match is 6, itself alone; 6's is 4: both end in 4's cluster.
    chain = rescue_lone([[3, 4], [5], [6]], {(5, 6): 0.2, (4, 6): 0.3, (3, 5): 0.1}, 0.08)
    assert chain == [[3, 4, 5, 6]]
    # A pair with an article outside the settled ones (its event closed) is no match.
    assert rescue_lone([[0, 1], [2]], {(2, 9): 0.5}, 0.08) == [[0, 1], [2]]
    assert rescue_lone([[0, 1], [2]], {(1, 2): 0.05}, 0.08) == [[0, 1], [2]]


def test_settling_rescues_articles_that_complete_link_leaves_alone():
    # A settling threshold no pair reaches: complete link leaves every article alone, and each joins its
    # most similar article when the rescue is on.
    def settled(rescue):
        c = StreamClusterer(threshold=0.95, settle_threshold=0.9, rescue_threshold=rescue)
        for r in ARTICLES:
            c.add(r, now=NOW)
        c.settle()
        return c, {a: e.event_id for e in c.events() for a in e.article_ids}

    alone, final = settled(None)
    assert len(set(final.values())) == len(ARTICLES) and alone.to_state()["edges"] == []
    c, final = settled(0.05)
    assert bcubed(final, truth_of(ARTICLES)) == (1.0, 1.0, 1.0)
    assert min(s for _, _, s in c.to_state()["edges"]) >= 0.05  # pairs are kept down to the rescue threshold
    restored = StreamClusterer.from_state(json.loads(json.dumps(c.to_state())))
    assert restored.rescue_threshold == 0.05 and restored.to_state() == c.to_state()
    with pytest.raises(UsageError, match="rescue_threshold"):
        StreamClusterer(rescue_threshold=0.0)


def test_a_state_saved_before_the_rescue_existed_goes_on_without_it():
    c = StreamClusterer(rescue_threshold=None)
    for r in ARTICLES:
        c.add(r, now=NOW)
    state = json.loads(json.dumps(c.to_state()))
    del state["options"]["rescue_threshold"]  # as written by the code before the rescue
    assert StreamClusterer.from_state(state).rescue_threshold is None


def test_a_component_over_the_bound_keeps_its_current_events(monkeypatch):
    monkeypatch.setattr(settle_module, "MAX_COMPONENT", 2)
    edges = {(0, 1): 0.6, (1, 2): 0.5}
    assert partition([0, 1, 2], edges, 0.11, {0: 7, 1: 8, 2: 8}) == [[0], [1, 2]]


def _separate_then_settle(records):
    c = StreamClusterer(threshold=0.95)  # on arrival every article opens its own event
    on_arrival = {r["id"]: c.add(r, now=NOW) for r in records}
    assert len(set(on_arrival.values())) == len(records)
    assert c.settle() is True
    return c


def test_settling_joins_articles_that_arrived_apart():
    c = _separate_then_settle(ARTICLES)
    final = {a: e.event_id for e in c.events() for a in e.article_ids}
    assert bcubed(final, truth_of(ARTICLES)) == (1.0, 1.0, 1.0)
    # Each settled event keeps the id of the old event it drew most from (the earliest on a tie).
    assert sorted(e.event_id for e in c.events()) == ["bong-1", "chay-1", "gao-1"]
    assert c.event_of("chay-3") == "chay-1" and c.event("chay-1").article_ids == ("chay-1", "chay-2", "chay-3")
    assert [a["id"] for a in c.history("chay-1")] == ["chay-1", "chay-2", "chay-3"]
    assert c.history("chay-1")[2]["assigned"] == "chay-3"  # where it was placed on arrival
    with pytest.raises(KeyError):
        c.event("chay-2")  # emptied by settling
    assert c.successors("chay-2") == ["chay-1"] and c.successors("chay-1") == [] and c.successors("nope") == []
    assert c.settle() is False  # settled already: nothing moves
    assert c.event_count() == len(c.events()) == 3


def test_settling_splits_an_event_that_absorbed_its_neighbours():
    c = StreamClusterer(threshold=0.001)  # on arrival everything joins the first candidate
    for r in ARTICLES:
        c.add(r, now=NOW)
    before = {a: e.event_id for e in c.events() for a in e.article_ids}
    assert bcubed(before, truth_of(ARTICLES))[0] < 1.0
    c.settle()
    after = {a: e.event_id for e in c.events() for a in e.article_ids}
    assert bcubed(after, truth_of(ARTICLES)) == (1.0, 1.0, 1.0)
    assert len({e.event_id for e in c.events()}) == 3


@settings(max_examples=20, deadline=None)
@given(st.permutations(ARTICLES))
def test_settled_events_do_not_depend_on_arrival_order(order):
    c = _separate_then_settle(order)
    final = {a: e.event_id for e in c.events() for a in e.article_ids}
    assert bcubed(final, truth_of(order)) == (1.0, 1.0, 1.0)
    assert sorted(a for e in c.events() for a in e.article_ids) == sorted(r["id"] for r in order)


def test_state_after_settling_round_trips_and_continues_identically():
    c = StreamClusterer(threshold=0.95)
    for r in ARTICLES[:5]:
        c.add(r, now=NOW)
    c.settle()
    restored = StreamClusterer.from_state(json.loads(json.dumps(c.to_state(), ensure_ascii=False)))
    assert [e.to_dict() for e in restored.events()] == [e.to_dict() for e in c.events()]
    for r in ARTICLES[5:]:
        assert restored.add(r, now=NOW) == c.add(r, now=NOW)
    assert restored.settle() == c.settle()
    assert restored.to_state() == c.to_state()


def test_settling_runs_on_its_own_every_expiry_check_and_is_replayed(monkeypatch):
    monkeypatch.setattr(stream_module, "EXPIRE_EVERY", 7)
    c = StreamClusterer(threshold=0.95)
    for r in ARTICLES:
        c.add(r, now=NOW)
    assert len(c.events()) == 3 and [count for count, _ in c.to_state()["settles"]] == [7]
    restored = StreamClusterer.from_state(json.loads(json.dumps(c.to_state())))
    assert restored.to_state() == c.to_state()


def test_a_state_saved_before_settling_still_loads():
    c = StreamClusterer(threshold=0.95, settle_threshold=None)
    for r in ARTICLES:
        c.add(r, now=NOW)
    old = c.to_state()
    old["version"] = 1
    for key in ("edges", "settles"):
        old.pop(key)
    del old["options"]["settle_threshold"]
    for a in old["articles"]:
        del a["assigned"]
    restored = StreamClusterer.from_state(old)
    assert restored.settle_threshold is None and restored.settle() is False
    assert [e.to_dict() for e in restored.events()] == [e.to_dict() for e in c.events()]


def test_settling_can_be_turned_off_and_checks_its_threshold():
    c = StreamClusterer(threshold=0.95, settle_threshold=None)
    for r in ARTICLES:
        c.add(r, now=NOW)
    assert c.settle() is False and len(c.events()) == len(ARTICLES)
    with pytest.raises(UsageError, match="settle_threshold"):
        StreamClusterer(settle_threshold=1.5)


def test_round_trip_after_closed_events_were_forgotten(monkeypatch):
    # Settle every 2 articles, forget closed events at every check: the pairs of the early events are
    # gone from the state by the end, and the replay must still rebuild the same events.
    monkeypatch.setattr(stream_module, "EXPIRE_EVERY", 2)
    monkeypatch.setattr(stream_module, "FORGET_EVERY", 1)
    early = [dict(r, published="2026-03-12T08:00:00") for r in ARTICLES[:4]]
    late = [dict(r, published="2026-05-20T08:00:00") for r in ARTICLES[4:]]
    c = StreamClusterer(threshold=0.95, window_days=1)
    for r in early + late:
        c.add(r, now=NOW)
    c.settle()
    state = json.loads(json.dumps(c.to_state()))
    assert state["settles"] and all(a >= 4 and b >= 4 for a, b, _ in state["edges"])  # early pairs forgotten
    restored = StreamClusterer.from_state(state)
    assert [e.to_dict() for e in restored.events()] == [e.to_dict() for e in c.events()]
    assert restored.to_state() == c.to_state()


def test_local_scaling_lowers_cosines_in_a_dense_topic_and_keeps_them_at_the_windows_usual_density():
    from tomtat.cluster.settle import locally_scaled

    dense = {(a, b): 0.30 for a in range(5) for b in range(a + 1, 5)}  # five articles of one busy topic
    ordinary = {(a, a + 1): 0.20 for a in range(10, 20, 2)}  # ten articles in pairs: the window's usual density
    edges = {**dense, **ordinary, (5, 6): 0.12, (0, 99): 0.10}  # 5-6: a faint pair far from the rest; 99 not in the window
    nodes = [0, 1, 2, 3, 4, 5, 6, *range(10, 20)]
    scaled = locally_scaled(nodes, edges)
    assert scaled[(0, 1)] < 0.30 and scaled[(5, 6)] == pytest.approx(0.12)  # 5, 6 and the pairs share the floor scale
    assert scaled[(0, 99)] == 0.10  # a pair leaving the window keeps its cosine
    assert all(0.0 < s < 1.0 for s in scaled.values())
    assert locally_scaled(nodes[::-1], dict(reversed(list(edges.items())))) == scaled
    busy = locally_scaled([0, 1, 2, 3, 4, 5, 6], edges)  # a window where the busy topic is the usual density
    assert busy[(0, 1)] == pytest.approx(0.30) and busy[(5, 6)] > 0.12  # the faint pair far from it gets a lower bar
