"""Ninth-round fixes read on the seeds: a website named with its domain is one organisation, and the person an outlet
quotes ("X trích lời ông Y") is the speaker, not the outlet and its verb."""

from __future__ import annotations

from tomtat.analyze import analyze_cluster
from tomtat.pipeline import to_cluster


def test_the_person_an_outlet_quotes_is_the_speaker():
    digest = analyze_cluster(to_cluster(["“Chúng tôi sẽ không lùi bước”, hãng tin AFP trích lời ông Hoàng Minh nhấn mạnh.",
                                         "Bão số 3 đổ bộ vào miền Trung."]))
    speakers = [a.speaker for a in digest.attributions]
    assert speakers == ["ông Hoàng Minh"]
