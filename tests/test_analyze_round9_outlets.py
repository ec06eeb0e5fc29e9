"""Ninth-round fixes read on the seeds: a website named with its domain is one organisation, and the person an outlet
quotes ("X trích lời ông Y") is the speaker, not the outlet and its verb."""

from __future__ import annotations

from tomtat.analyze import analyze_cluster
from tomtat.analyze.entities import entities
from tomtat.analyze.mentions import tokens
from tomtat.pipeline import to_cluster


def test_a_name_and_its_web_domain_stay_one_token():
    assert any(t.endswith("Tinmoi.vn") for t in tokens("Theo trang Tinmoi.vn, giá xăng sẽ giảm."))
    assert tokens("Ông Nam đến Huế. Sau đó ông về.").count(".") == 2  # a full stop between sentences is left alone


def test_a_website_named_with_its_domain_is_an_organisation():
    found = {e.name: e.type for e in entities(to_cluster(["Chuyên gia của Quansu.pro cho rằng giá dầu sẽ tăng mạnh.",
                                                          "Tờ Kinhte.net đưa tin nhà máy đã đóng cửa."]))}
    assert found.get("Quansu.pro") == "organization"
    assert found.get("Kinhte.net") == "organization"
    assert "Quansu" not in found and "Kinhte" not in found


def test_the_person_an_outlet_quotes_is_the_speaker():
    digest = analyze_cluster(to_cluster(["“Chúng tôi sẽ không lùi bước”, hãng tin AFP trích lời ông Hoàng Minh nhấn mạnh.",
                                         "Bão số 3 đổ bộ vào miền Trung."]))
    speakers = [a.speaker for a in digest.attributions]
    assert speakers == ["ông Hoàng Minh"]
