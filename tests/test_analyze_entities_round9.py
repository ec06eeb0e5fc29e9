"""Ninth-round entity rules (tomtat.analyze.entities): each answers misses seen in two annotation sets or follows
the annotation guideline; every sentence here is invented."""

from __future__ import annotations

from tomtat.analyze.entities import entities
from tomtat.pipeline import to_cluster


def _found(*texts: str) -> dict[str, str]:
    return {e.name: e.type for e in entities(to_cluster(list(texts)))}


def test_a_peninsula_and_a_strait_are_places_named_with_their_word():
    found = _found("Hai tàu khu trục vừa đi qua eo biển Đài Loan trong ngày 3/5.",
                   "Căng thẳng trên bán đảo Triều Tiên tiếp tục leo thang khi Triều Tiên phóng thử tên lửa.")
    assert found.get("eo biển Đài Loan") == "location"
    assert found.get("bán đảo Triều Tiên") == "location"
    assert found.get("Triều Tiên") == "location"  # the country, named alone, stays a place of its own


def test_a_delta_named_after_its_river_is_the_region():
    found = _found("Năm nay nông dân Đồng bằng sông Cửu Long thu hoạch lúa hè thu sớm hơn mọi năm.")
    assert found.get("Đồng bằng sông Cửu Long") == "location"
    assert "sông Cửu Long" not in found
