"""Restarting the clusterer from its state: stored article features stand for the texts, and the replay is exact."""

from __future__ import annotations

import base64
import json
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from test_cluster import ARTICLES, NOW
from tomtat.cluster import StreamClusterer
from tomtat.cluster import stream as stream_module
from tomtat.cluster.features import (FEATURES_FORMAT, hashed_counts, pack_terms, record_text, sublinear, term_counts,
                                     unpack_terms)
from tomtat.cluster.index import HASH_BITS, Vocabulary
from tomtat.errors import InputError

TERMS = st.text(alphabet="abcđêôơưạảãáàễ #_0123456789", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(TERMS, st.integers(min_value=1, max_value=5000), max_size=80))
def test_packed_terms_round_trip_and_give_the_vocabulary_vector(counts):
    counts = Counter(counts)
    ids, summed = hashed_counts(counts, HASH_BITS)
    expected_ids, expected_tf = Vocabulary().vector(counts)
    assert np.array_equal(ids, expected_ids) and ids.dtype == expected_ids.dtype
    assert np.array_equal(sublinear(summed), expected_tf) and sublinear(summed).dtype == expected_tf.dtype
    back_ids, back_summed = unpack_terms(pack_terms(ids, summed, HASH_BITS), HASH_BITS)
    assert np.array_equal(back_ids, ids) and np.array_equal(back_summed, summed)


def test_packed_terms_of_another_format_or_space_are_refused_and_damage_is_an_error():
    counts = term_counts(*record_text(ARTICLES[0]))
    packed = pack_terms(*hashed_counts(counts, HASH_BITS), HASH_BITS)
    assert unpack_terms(packed, HASH_BITS - 1) is None  # another hashed term space: the text is read again
    assert unpack_terms(bytes([FEATURES_FORMAT + 1]) + packed[1:], HASH_BITS) is None
    for damaged in (packed[:4], packed[:-3], packed[:6] + b"garbage"):
        with pytest.raises(ValueError, match="damaged"):
            unpack_terms(damaged, HASH_BITS)


def _settled_stream(**options) -> StreamClusterer:
    """The invented articles with a settling mid-stream and one at the end: some articles join other events."""
    c = StreamClusterer(threshold=0.95, **options)  # each article opens its own event; settling joins them
    for r in ARTICLES:
        c.add(r, now=NOW)
    c.settle()
    return c


def _same(a: StreamClusterer, b: StreamClusterer) -> None:
    assert [e.to_dict() for e in a.events()] == [e.to_dict() for e in b.events()]
    for e in b.events():
        assert a.history(e.event_id) == b.history(e.event_id)  # joined times included
    assert a.to_state() == b.to_state()


def _without_features(state: dict) -> dict:
    """The state as saved before features existed."""
    options = {k: v for k, v in state["options"].items() if k != "keep_features"}
    return {**state, "options": options, "articles": [{k: v for k, v in a.items() if k != "features"}
                                                      for a in state["articles"]]}


def test_replay_from_features_or_texts_gives_the_same_clusterer_across_settlings(monkeypatch):
    monkeypatch.setattr(stream_module, "EXPIRE_EVERY", 3)  # settles after articles 3 and 6, then at the end
    c = _settled_stream()
    state = json.loads(json.dumps(c.to_state(), ensure_ascii=False))
    assert len(state["settles"]) >= 2 and any(a.get("joined") for a in state["articles"])
    assert all(isinstance(a["features"], str) for a in state["articles"])
    from_features = StreamClusterer.from_state(state)
    from_texts = StreamClusterer.from_state(_without_features(state))
    _same(from_features, c)
    _same(from_texts, c)  # an old state gains its features on the next save
    more = [dict(r, id=f"{r['id']}-again") for r in ARTICLES[:4]]
    for r in more:
        assert from_features.add(r, now=NOW) == from_texts.add(r, now=NOW) == c.add(r, now=NOW)
    assert from_features.settle() == from_texts.settle() == c.settle()
    _same(from_features, c)
    _same(from_texts, c)


def test_a_replay_from_features_reads_no_text(monkeypatch):
    lean = _settled_stream(keep_texts=False)
    state = json.loads(json.dumps(lean.to_state()))
    assert all("text" not in a and "title" in a for a in state["articles"])

    def no_tokenising(*args, **kwargs):
        raise AssertionError("a text was tokenised again")

    monkeypatch.setattr(stream_module, "term_counts", no_tokenising)
    again = StreamClusterer.from_state(state)
    _same(again, lean)
    with pytest.raises(InputError, match="neither its text nor its features"):  # no features and no texts: refused
        StreamClusterer.from_state(_without_features(state))


def test_features_kept_or_handed_over():
    kept = _settled_stream()
    handed = _settled_stream(keep_features=False)
    assert all("features" not in a for a in handed.to_state()["articles"])
    taken = handed.take_features()
    assert sorted(taken) == list(range(len(ARTICLES))) and handed.take_features() == {}
    assert [base64.b64encode(taken[p]).decode() for p in sorted(taken)] == [
        a["features"] for a in kept.to_state()["articles"]]
    # Handed-over features given back with the state (as the web app does) give the same clusterer.
    state = handed.to_state()
    state["articles"] = [{**a, "features": taken[p]} for p, a in enumerate(state["articles"])]
    again = StreamClusterer.from_state(state)
    assert again.take_features() == {}  # nothing computed: every article came with its features
    _same(again, handed)


def test_unreadable_features_name_the_article_and_other_spaces_fall_back_to_the_text():
    state = _settled_stream().to_state()
    bad = json.loads(json.dumps(state))
    bad["articles"][2]["features"] = "not base64!"
    with pytest.raises(InputError, match="article 2: unreadable 'features'"):
        StreamClusterer.from_state(bad)
    bad["articles"][2]["features"] = base64.b64encode(b"\x01\x16\x05\x00\x00\x00xx").decode()
    with pytest.raises(InputError, match="article 2: unreadable 'features'.*damaged"):
        StreamClusterer.from_state(bad)
    other = json.loads(json.dumps(state))
    counts = term_counts(*record_text(ARTICLES[2]))
    other["articles"][2]["features"] = base64.b64encode(pack_terms(*hashed_counts(counts, 20), 20)).decode()
    _same(StreamClusterer.from_state(other), StreamClusterer.from_state(state))


def test_the_learned_decision_replays_from_the_texts(monkeypatch):
    c = StreamClusterer(decision="learned")
    for r in ARTICLES:
        c.add(r, now=NOW)
    state = json.loads(json.dumps(c.to_state(), ensure_ascii=False))
    assert all(a["features"] for a in state["articles"])
    read = []
    monkeypatch.setattr(stream_module, "term_counts", lambda *a, **k: read.append(a) or term_counts(*a, **k))
    again = StreamClusterer.from_state(state)
    assert len(read) == len(ARTICLES)  # its profiles (names, numbers, title terms) need the texts
    _same(again, c)


def test_a_state_with_neither_texts_nor_features_is_refused_by_article():
    lean = StreamClusterer(keep_texts=False, keep_features=False)
    for record in ARTICLES:
        lean.add(record, now=NOW)
    with pytest.raises(InputError, match=r"article 0 \('chay-1'\): neither its text nor its features are in the state"):
        StreamClusterer.from_state(json.loads(json.dumps(lean.to_state())))
