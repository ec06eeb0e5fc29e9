"""Dates in Vietnamese text (d/m order) and the timeline."""

from __future__ import annotations

import calendar

from hypothesis import given
from hypothesis import strategies as st

from tomtat.analyze.dates import cluster_year, find_dates, format_date, timeline
from tomtat.pipeline import to_cluster


def dates(text: str, year: int | None = None) -> list[str]:
    return [format_date(d, year) for d in find_dates(text)]


def test_vietnamese_forms():
    assert dates("Hôm 5/1, tối 27/8 và ngày 10-1", 2022) == ["2022-01-05", "2022-08-27", "2022-01-10"]
    assert dates("Ngày 1/6/2022 và ngày 12-3-2012") == ["2022-06-01", "2012-03-12"]
    assert dates("tháng 1/2022, tháng 9 năm 2012, ngày 21 tháng 10", 2013) == ["2022-01", "2012-09", "2013-10-21"]
    assert dates("Hôm nay 23.10 và hồi tháng 7") == ["--10-23", "--07"]
    assert dates("trong 2 đêm 18 và 19/10") == ["--10-18", "--10-19"]


def test_year_alone_is_emitted_as_year_but_not_birth_years_or_school_years():
    assert dates("thành lập vào năm 1999") == ["1999"]
    assert dates("Nguyễn Văn A (SN 1988), sinh năm 1983, năm học 2022-2023") == []


def test_impossible_dates_and_look_alikes_are_not_dates():
    assert dates("ngày 31/2 và ngày 30/13") == []
    assert dates("thắng 4-1, Thông tư 06/2019/TT-BGDĐT, Nghị quyết số 16/2012") == []
    assert dates("gần 2.500 binh sĩ") == []


@given(st.integers(1, 12), st.integers(1, 31))
def test_every_valid_day_month_is_found_and_no_invalid_one(month, day):
    found = dates(f"Sáng {day}/{month}, đoàn đã tới.", 2021)
    if day <= calendar.monthrange(2021, month)[1]:
        assert found == [f"2021-{month:02d}-{day:02d}"]
    else:
        assert found == [] or found == [f"--{month:02d}-{day:02d}"]  # 29/2 kept without a year


def test_year_is_inferred_from_the_cluster_and_timeline_is_sorted():
    cluster = to_cluster([
        "Ngày 6/1/2022, đoàn xe đến thủ đô. Tối 5/1, người dân xuống đường.",
        "Hôm 7/1, chính quyền tuyên bố ổn định. Cuộc họp diễn ra năm 2022.",
    ])
    assert cluster_year(cluster) == 2022
    events = timeline(cluster)
    assert [e.date for e in events] == sorted([e.date for e in events], key=lambda d: (d[:4], d))
    assert "2022-01-05" in [e.date for e in events] and "2022-01-07" in [e.date for e in events]
    assert all(e.sources for e in events)


def test_retellings_of_one_event_merge_and_other_events_of_the_day_do_not():
    cluster = to_cluster([
        "Khoảng 7h sáng ngày 27/10, Phan Văn Sáng hắt xăng vào quầy thuốc ở xã Phú Phúc khiến 3 người bị bỏng.",
        "Vào khoảng 7h ngày 27/10, tại xã Phú Phúc, Sáng đã hắt xăng vào quầy thuốc làm 3 người bị bỏng nặng. "
        "Cũng ngày 27/10, tỉnh tổ chức hội nghị tổng kết mùa lúa.",
    ])
    events = [e for e in timeline(cluster) if e.date.endswith("10-27")]
    assert len(events) == 2
    merged = max(events, key=lambda e: len(e.sources))
    assert {s.doc for s in merged.sources} == {0, 1}


def test_two_days_with_one_year_quarters_and_months_before_a_comma():
    assert dates("Trong 2 ngày 7 và 8/7/2022, thí sinh làm bài thi.") == ["2022-07-07", "2022-07-08"]
    assert dates("Tăng trưởng quý II/2022 đạt mức cao.") == ["2022"]
    assert dates("Giá được dự báo tăng vào cuối tháng 7, trong khi vàng giảm.") == ["--07"]
    assert dates("Lãi suất là 7,5 tháng 7,5%.") == []


def test_a_day_in_a_parenthesis_after_a_day_word_and_a_range_of_full_dates():
    assert dates("Sáng nay (17-7), lễ kỷ niệm (27-7-1947 -27-7-2022) diễn ra.") == ["--07-17", "1947-07-27", "2022-07-27"]
    assert dates("Tỷ số (2-1) nghiêng về đội khách.") == []


def test_a_night_running_into_the_next_day():
    # invented: "đêm 18 bước sang ngày 19/9" gives both days of September
    from tomtat.analyze.dates import find_dates

    found = [(d.month, d.day) for d in find_dates("Vào đêm 18 bước sang ngày 19/9, nhóm này đua xe.")]
    assert found == [(9, 18), (9, 19)]
    assert [(d.month, d.day) for d in find_dates("Đêm 3 rạng sáng 4/10 mưa lớn.")] == [(10, 3), (10, 4)]


def test_ranges_scores_and_fractions_are_not_dates():
    for text in ("Giá rau tăng từ 2-3 lần.", "Chấm điểm: 7/10.", "Khoảng 1/3 dân số ở nhà.", "Có 3/5 người đồng ý."):
        assert find_dates(text) == [], text
    days = [(d.month, d.day) for d in find_dates("Sáng chủ nhật (10.11), trời mưa; từ 5/1 đến 10/1 nghỉ.")]
    assert days == [(11, 10), (1, 5), (1, 10)]


def test_two_days_in_a_parenthesis_or_after_from_and_a_day_after_last_night():
    assert dates("Trong 2 ngày (21 và 22/7), hơn 1.300 đảng viên", 2022) == ["2022-07-21", "2022-07-22"]
    assert dates("Từ 5-20/7, đã có 4 xe bị phá hủy", 2022) == ["2022-07-05", "2022-07-20"]
    assert dates("đêm nhạc diễn ra vào tối qua, 22.10 tại Hà Nội", 2022) == ["2022-10-22"]
    # A range of amounts after "từ" stays an amount.
    assert dates("giá tăng từ 5-7% và từ 6-8 triệu đồng", 2022) == []


def test_years_listed_after_one_year_word_and_months_that_recur_every_year():
    assert dates("nổi bật trong năm 2021 và 2022, không tính năm 2019, 2020") == ["2021", "2022", "2019", "2020"]
    assert dates("khảo sát vào tháng 1 và tháng 7 hàng năm", 2022) == []
    assert dates("thời gian điều trị từ 3-5 ngày, sau 2-3 tháng", 2022) == []
    assert dates("Tối 28, rạng sáng ngày 29/7 trận mưa sao băng đạt cực đại", 2022) == ["2022-07-29"]


def test_a_year_named_from_the_articles_own():
    found = {t.date for t in timeline(to_cluster([
        "Ngày 1/7/2022, Mỹ tuyên bố viện trợ. Taliban nắm quyền vào tháng 8 năm ngoái. "
        "Dự án khởi công tháng 3 năm tới. Ngày 5/6 năm nay, đoàn đến Kabul."]))}
    assert found == {"2022-07-01", "2021-08", "2023-03", "2022-06-05"}
    # without a year anywhere, the month stays without one
    assert {t.date for t in timeline(to_cluster(["Taliban nắm quyền vào tháng 8 năm ngoái."]))} == {"--08"}


def test_a_span_of_years_gives_both_and_the_national_day_its_date():
    years = [(d.year, d.month) for d in find_dates("Đến năm 1973 - 1974, người dân vẫn giữ nghề.")]
    assert years == [(1973, None), (1974, None)]
    assert [(d.year, d.month) for d in find_dates("Kế hoạch năm 2022-2023 được duyệt.")] == [(2022, None), (2023, None)]
    assert find_dates("Trong năm học 2022-2023, trường tuyển 500 em.") == []  # a school year is no date
    assert find_dates("Giai đoạn năm 1990-2022 đã qua.") == []  # a long span is a period, not two dates
    assert [(d.month, d.day) for d in find_dates("Nhân dịp Quốc khánh 2-9, quận có 103 đảng viên được tặng huy hiệu.")] == [(9, 2)]


def test_a_part_of_a_whole_is_no_date_unless_a_date_s_cue_comes_before():
    assert find_dates("Cuộc thăm dò cho thấy 2/3 cử tri không muốn ông tái tranh cử.") == []
    assert find_dates("Nơi có 3/4 dân số thế giới sinh sống; 12/12 tỉnh đã đồng ý.") == []
    [d] = find_dates("Ngày 1/3 tỉnh Quảng Nam tổ chức lễ hội.")
    assert (d.month, d.day) == (3, 1)


def test_three_days_of_one_month_and_a_heading_glued_after_the_year():
    # stop 16 (held-out-16)
    assert [(d.year, d.month, d.day) for d in find_dates("Ông thăm Nga trong 3 ngày 20-21 và 22/10/2013.")] == \
        [(2013, 10, 20), (2013, 10, 21), (2013, 10, 22)]
    assert [(d.year, d.month, d.day) for d in find_dates("18/1/2021Tài liệu được đưa đi")] == [(2021, 1, 18)]


def test_a_month_and_year_joined_by_a_dot():
    assert [(d.year, d.month) for d in find_dates("Căng thẳng leo thang kể từ tháng 9.2012.")] == [(2012, 9)]


def test_a_small_share_is_no_date_and_a_list_of_months_gives_each_in_round_43():
    assert find_dates("Bị cáo đã chấp hành được 1/3 thời hạn tù.") == []
    assert find_dates("Kho chứa mới đầy 2/3 và việc bơm đang chậm lại.") == []
    assert find_dates("Doanh số cao hơn 1/3 so với cùng kỳ.") == []
    assert [(d.month, d.day) for d in find_dates("Đến 2/3 cuộc thi mới kết thúc.")] == [(3, 2)]
    assert [d.month for d in find_dates("Trong tháng 9, 10 và 11, ba cuộc thi diễn ra.")] == [9, 10, 11]
    assert [d.month for d in find_dates("Trong tháng 9, 10 người nhập viện.")] == [9]


def test_a_count_of_years_the_hours_of_a_service_and_a_name_after_a_date_are_no_dates_in_round_49():
    assert find_dates("Một dự thảo luật cần sơ bộ từ 2-3 năm chuẩn bị.") == []
    assert [(d.month, d.day) for d in find_dates("Ngày 5/3 năm trước, dự án khởi công.")] == [(3, 5)]
    assert find_dates("Hệ thống được giám sát liên tục 24/7 bởi các đơn vị chức năng.") == []
    assert find_dates("Tổng đài hoạt động 24/7 để hỗ trợ người dân.") == []
    assert [(d.month, d.day) for d in find_dates("Sáng 24/7, đoàn công tác đến Hà Nội.")] == [(7, 24)]
    assert find_dates("Ông giao hai khu đất cho Tổng công ty 3/2.") == []
    assert find_dates("Xe tải lật trên đường 3/2 ở quận 10.") == []
    assert [(d.month, d.day) for d in find_dates("Ngày 3/2, xe tải lật ở quận 10.")] == [(2, 3)]
    assert [(d.month, d.day) for d in find_dates("Bộ gửi văn bản theo yêu cầu 3/2 của Chính phủ.")] == [(2, 3)]  # not a bridge
