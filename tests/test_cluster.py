"""The online event clusterer on invented articles: assignment, arrival order, window, state, bad input."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from tomtat.cluster import StreamClusterer, cluster
from tomtat.cluster.features import names, parse_time, record_text, term_counts
from tomtat.cluster.metrics import bcubed
from tomtat.errors import InputError, UsageError

# Invented articles (written for these tests): three events, two or three articles each.
FIRE = [
    {"id": "chay-1", "title": "Cháy lớn tại chợ Đồng Xuân, hàng trăm người sơ tán",
     "text": "Rạng sáng ngày 12/3, một đám cháy lớn bùng phát tại chợ Đồng Xuân, quận Hoàn Kiếm, Hà Nội. "
             "Lực lượng cảnh sát phòng cháy chữa cháy đã điều 20 xe chữa cháy tới hiện trường. "
             "Khoảng 120 người dân sống quanh chợ Đồng Xuân được sơ tán an toàn.",
     "published": "2026-03-12T06:00:00"},
    {"id": "chay-2", "title": "Hà Nội: Chợ Đồng Xuân bốc cháy dữ dội trong đêm",
     "text": "Đám cháy tại chợ Đồng Xuân (quận Hoàn Kiếm) bùng phát rạng sáng 12/3 khiến nhiều ki-ốt bị thiêu rụi. "
             "Theo cảnh sát phòng cháy chữa cháy Hà Nội, 150 người dân đã được sơ tán. "
             "Nguyên nhân vụ cháy chợ Đồng Xuân chưa được xác nhận.",
     "published": "2026-03-12T09:30:00"},
    {"id": "chay-3", "title": "Tiểu thương chợ Đồng Xuân thiệt hại nặng sau vụ cháy",
     "text": "Sau vụ cháy rạng sáng 12/3, nhiều tiểu thương chợ Đồng Xuân cho biết hàng hóa bị thiêu rụi. "
             "Ủy ban nhân dân quận Hoàn Kiếm đang thống kê thiệt hại và hỗ trợ các hộ kinh doanh.",
     "published": "2026-03-13T08:00:00"},
]
FOOTBALL = [
    {"id": "bong-1", "title": "Đội tuyển Việt Nam thắng Thái Lan ở bán kết AFF Cup",
     "text": "Tối 12/3, đội tuyển bóng đá Việt Nam đánh bại Thái Lan với tỷ số 2-1 trên sân Mỹ Đình "
             "trong trận bán kết lượt về AFF Cup. Tiền đạo Nguyễn Tiến Linh ghi bàn quyết định ở phút 85.",
     "published": "2026-03-12T22:00:00"},
    {"id": "bong-2", "title": "Tiến Linh đưa Việt Nam vào chung kết AFF Cup",
     "text": "Bàn thắng phút 85 của tiền đạo Nguyễn Tiến Linh giúp đội tuyển Việt Nam thắng Thái Lan 2-1 "
             "trên sân Mỹ Đình và giành vé vào chung kết AFF Cup.",
     "published": "2026-03-12T23:10:00"},
]
RICE = [
    {"id": "gao-1", "title": "Giá gạo xuất khẩu tăng mạnh",
     "text": "Giá gạo xuất khẩu của Việt Nam tuần này tăng thêm 15 USD mỗi tấn, lên mức 650 USD. "
             "Hiệp hội Lương thực Việt Nam cho rằng nhu cầu nhập khẩu gạo từ Philippines và Indonesia tăng cao.",
     "published": "2026-03-12T10:00:00"},
    {"id": "gao-2", "title": "Gạo Việt Nam xuất khẩu đạt 650 USD mỗi tấn",
     "text": "Theo Hiệp hội Lương thực Việt Nam, giá gạo xuất khẩu đã lên 650 USD mỗi tấn do Philippines "
             "và Indonesia tăng mua gạo nhập khẩu.",
     "published": "2026-03-13T10:00:00"},
]
ARTICLES = [FIRE[0], FOOTBALL[0], RICE[0], FIRE[1], FOOTBALL[1], RICE[1], FIRE[2]]
NOW = "2026-03-14T00:00:00"


def truth_of(records):
    return {r["id"]: r["id"].split("-")[0] for r in records}


def run(records, **options):
    c = StreamClusterer(**options)
    return c, {r["id"]: c.add(r, now=NOW) for r in records}


def test_bcubed_hand_computed():
    # Predicted {a,b,c} {d}; true {a,b} {c,d}. Precision per item: a 2/3, b 2/3, c 1/3, d 1 → 2.667/4.
    # Recall per item: a 1, b 1, c 1/2, d 1/2 → 3/4.
    p, r, f = bcubed({"a": "X", "b": "X", "c": "X", "d": "Y"}, {"a": 1, "b": 1, "c": 2, "d": 2})
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert r == pytest.approx(0.75)
    assert f == pytest.approx(2 * p * r / (p + r))
    assert bcubed({"a": 1, "b": 2}, {"a": "x", "b": "y"}) == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": 1})


def test_invented_events_are_found():
    c, assigned = run(ARTICLES)
    assert bcubed(assigned, truth_of(ARTICLES)) == (1.0, 1.0, 1.0)
    events = {e.event_id: e for e in c.events()}
    assert set(events) == {"chay-1", "bong-1", "gao-1"}
    assert events["chay-1"].article_ids == ("chay-1", "chay-2", "chay-3")  # arrival order
    assert events["chay-1"].first_seen.startswith("2026-03-12T06:00")
    assert events["chay-1"].last_seen.startswith("2026-03-13T08:00")


def test_event_ids_are_deterministic_and_follow_arrival_order():
    order = [FOOTBALL[1], RICE[1], FIRE[2], FIRE[0], FOOTBALL[0], RICE[0], FIRE[1]]
    c1, first = run(order)
    c2, second = run(order)
    assert first == second
    assert {e.event_id for e in c1.events()} == {"bong-2", "gao-2", "chay-3"}  # the first article names it
    assert bcubed(first, truth_of(order))[2] == 1.0


def test_window_keeps_far_apart_articles_apart():
    late = dict(FIRE[1], id="chay-late", published="2026-04-20T09:30:00")
    c, assigned = run([FIRE[0], late], window_days=3)
    assert assigned["chay-late"] == "chay-late"
    c, assigned = run([FIRE[0], late], window_days=60)
    assert assigned["chay-late"] == "chay-1"


def test_window_compares_like_with_like():
    undated = {k: v for k, v in FIRE[1].items() if k != "published"}
    c = StreamClusterer(window_days=3)
    c.add(FIRE[0], now="2026-03-12T07:00:00")
    assert c.add(undated, now="2026-09-01T00:00:00") == "chay-1"  # no date: the window cannot say no
    c = StreamClusterer(window_days=3)
    c.add({k: v for k, v in FIRE[0].items() if k != "published"}, now="2026-03-12T07:00:00")
    assert c.add(undated, now="2026-03-13T00:00:00") == "chay-1"  # both undated: arrival times, 1 day apart
    assert c.add(dict(undated, id="chay-9"), now="2026-03-30T00:00:00") == "chay-9"  # 17 days later


def test_threshold_near_one_splits_everything():
    c, assigned = run(ARTICLES, threshold=0.99)
    assert len(set(assigned.values())) == len(ARTICLES)


def test_state_round_trip_continues_identically():
    c, _ = run(ARTICLES[:4])
    state = json.loads(json.dumps(c.to_state(), ensure_ascii=False))
    restored = StreamClusterer.from_state(state)
    assert [e.to_dict() for e in restored.events()] == [e.to_dict() for e in c.events()]
    for record in ARTICLES[4:]:
        assert restored.add(record, now=NOW) == c.add(record, now=NOW)
    assert restored.to_state() == c.to_state()
    assert restored.history("chay-1")[1]["id"] == "chay-2"


def test_bad_records_raise_clear_errors():
    c = StreamClusterer()
    c.add(FIRE[0])
    with pytest.raises(InputError, match="duplicate id 'chay-1'"):
        c.add(FIRE[0])
    with pytest.raises(InputError, match="no text"):
        c.add({"id": "x", "text": "  "})
    with pytest.raises(InputError, match="missing 'id'"):
        c.add({"text": "Một bài báo không có mã."})
    with pytest.raises(InputError, match="unparseable date"):
        c.add({"id": "y", "text": "Một bài báo.", "published": "hôm qua"})
    with pytest.raises(InputError, match="must be a string"):
        c.add({"id": "z", "text": 12})
    with pytest.raises(UsageError):
        StreamClusterer(threshold=1.5)
    with pytest.raises(UsageError):
        StreamClusterer(window_days=0)
    assert len(c) == 1  # the failures left nothing behind


def test_cluster_function_and_features():
    events = cluster(ARTICLES, {"threshold": 0.16})
    assert sorted(len(e.article_ids) for e in events) == [2, 2, 3]
    assert "#đồng_xuân" in names("Cháy tại chợ Đồng Xuân hôm nay.")
    assert "#hà_nội" in names("Hà Nội mưa to.")  # two capitalised syllables at a sentence start still count
    assert names("Hôm nay trời mưa.") == []  # one capitalised syllable at a sentence start does not
    head, body = record_text({"title": "Tiêu đề", "text": "Nội dung bài."})
    assert head == "Tiêu đề" and body == "Nội dung bài."
    counts = term_counts("chợ Đồng Xuân", "chợ cháy")
    assert counts["chợ"] == 4 and counts["đồng xuân"] == 3  # the head counts three times
    assert parse_time("2022-01-06").isoformat() == "2022-01-06T00:00:00+00:00"
    assert parse_time(None) is None


@settings(max_examples=25, deadline=None)
@given(st.permutations(ARTICLES))
def test_any_arrival_order_gives_the_true_events(order):
    _, assigned = run(order)
    assert bcubed(assigned, truth_of(order))[2] == 1.0


def test_public_verb_is_callable_and_keeps_the_subpackage():
    import tomtat
    import tomtat.cluster.stream as stream_module

    events = tomtat.cluster(ARTICLES)
    assert sorted(len(e.article_ids) for e in events) == [2, 2, 3]
    assert tomtat.cluster.StreamClusterer is stream_module.StreamClusterer
    assert "cluster" in tomtat.__all__


def test_state_keeps_options_and_rejects_garbage():
    c, _ = run(ARTICLES[:3], threshold=0.3, link="max", keep_terms=50)
    restored = StreamClusterer.from_state(json.loads(json.dumps(c.to_state())))
    assert (restored.threshold, restored.link, restored.keep_terms) == (0.3, "max", 50)
    for bad in [{}, {"version": 1}, {"version": 1, "threshold": 0.2, "window_days": 3, "articles": [{"text": "x"}]},
                {"version": 1, "threshold": 0.2, "window_days": 3, "articles": "nope"}]:
        with pytest.raises(InputError):
            StreamClusterer.from_state(bad)
    with pytest.raises(KeyError):
        c.history("no-such-event")


def test_learned_decision_finds_the_invented_events_and_survives_state():
    c, assigned = run(ARTICLES, decision="learned")
    assert bcubed(assigned, truth_of(ARTICLES)) == (1.0, 1.0, 1.0)
    assert c.threshold == 0.35  # the learned decision's own default (a probability)
    restored = StreamClusterer.from_state(json.loads(json.dumps(c.to_state())))
    assert restored.decision == "learned" and [e.article_ids for e in restored.events()] == [
        e.article_ids for e in c.events()]
    with pytest.raises(UsageError, match="decision"):
        StreamClusterer(decision="coin")


def test_learned_model_features_and_probability():
    from tomtat.cluster.pairs import FEATURES, add_margins, shipped_model

    model = shipped_model()
    assert len(model.coef) == len(FEATURES)
    rows = [[0.0] * len(FEATURES), [0.0] * len(FEATURES)]
    rows[0][0], rows[0][1], rows[0][2] = 0.5, 0.6, 0.4
    rows[1][0], rows[1][1], rows[1][2] = 0.05, 0.06, 0.04
    add_margins(rows)
    assert rows[0][FEATURES.index("margin")] == pytest.approx(0.45)
    p = model.probability(rows)
    assert 0.0 <= p[1] < p[0] <= 1.0  # more similar means more likely the same event


def test_without_texts_kept_the_same_events_and_a_state_that_needs_them_back():
    kept, lean = StreamClusterer(), StreamClusterer(keep_texts=False)
    for r in ARTICLES:
        kept.add(r, now=NOW)
        lean.add(r, now=NOW)
    assert [e.to_dict() for e in lean.events()] == [e.to_dict() for e in kept.events()]
    history = lean.history("chay-1")
    assert history[0]["title"] and "text" not in history[0] and history[0]["position"] == 0
    state = lean.to_state()
    assert state["options"]["keep_texts"] is False and all("text" not in a for a in state["articles"])
    texts = {r["id"]: r["text"] for r in ARTICLES}
    state["articles"] = [{**a, "text": texts[a["id"]]} for a in state["articles"]]  # what a store gives back
    again = StreamClusterer.from_state(state)
    assert [e.to_dict() for e in again.events()] == [e.to_dict() for e in lean.events()]
    assert "text" not in again.history("chay-1")[0]
