"""Quantities: Vietnamese number forms, hedges, what is not a quantity."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tomtat.analyze.quantities import find_quantities, parse_number
from tomtat.pipeline import to_cluster


def values(text: str) -> list[tuple[float, bool]]:
    return [(q.value, q.approx) for q in find_quantities(text)]


def test_vietnamese_number_forms():
    assert values("Có 2.500 binh sĩ") == [(2500, False)]
    assert values("thiệt hại 3,5 triệu đồng") == [(3_500_000, False)]
    assert values("dài khoảng 7 nghìn km") == [(7000, True)]
    assert values("gần 8.000 người bị bắt") == [(8000, True)]
    assert values("hơn 1 tuần sau, hàng chục người") == [(1, True), (10, True)]
    assert values("chừng 20 km, trên 300 hộ, ước tính 40 tấn") == [(20, True), (300, True), (40, True)]


def test_units_and_counted_nouns():
    cluster = to_cluster(["Tổ chức này đưa gần 2.500 binh sĩ tới. Họ mua 3 chiếc máy bay với giá 200 triệu euro, tăng 60%."])
    found = [(q.value, q.unit) for s in cluster.sentences for q in find_quantities(s.text, s)]
    assert (2500, "binh sĩ") in found and (3, "máy bay") in found
    assert (200_000_000, "euro") in found and (60, "%") in found


def test_not_quantities():
    text = ("Chuyến bay VB518 (máy bay IL-76, A320) cất cánh lúc 22h ngày 23/8; xe 66C1-054.53 và 71H9 – 2832; "
            "gọi 0912 345 678; xem www.example.vn/tin/12345; Sư đoàn số 76, Quốc lộ 13, lần thứ 15, vòng 2, "
            "tỉ số 4-1, năm 2022, (SN 1988), Thông tư 06/2019/TT-BGDĐT, khoảng 3 giờ 30 sáng.")
    assert values(text) == []


def test_within_is_not_a_label():
    assert values("trong vòng 72 giờ tới") == [(72, False)]


@given(st.integers(0, 10**9))
def test_dotted_thousands_parse_back(n):
    assert parse_number(f"{n:,}".replace(",", ".")) == n


@given(st.integers(0, 999), st.integers(1, 9))
def test_comma_is_the_decimal_mark(whole, tenth):
    assert parse_number(f"{whole},{tenth}") == whole + tenth / 10


def test_square_metres_and_clock_ranges():
    assert [(q.value, q.unit) for q in find_quantities("lá cờ rộng 1.800 m2 lúc 8 giờ sáng")] == [(1800, "m2")]
    assert values("từ 20 giờ đến 22 giờ 30, và từ 7 giờ đến 17 giờ") == []


def test_ranges_and_short_multipliers():
    assert values("Xuất khẩu đạt khoảng 42 - 43 tỷ USD mỗi năm.") == [(42e9, True), (43e9, True)]  # a range: both ends approximate
    assert values("Giá dưới 25 tr/m2 không còn.") == [(25e6, True)]
    assert values("Tỷ số 4-1 nghiêng về đội khách.") == []
    assert values("Mức lương Vùng 2 tăng 6%.") == [(6.0, False)]


def test_fractions_and_version_numbers():
    assert values("Có 14/2140 mẫu vượt ngưỡng.") == [(14.0, False), (2140.0, False)]
    assert values("Tháng 6/2022 giá tăng 5%.") == [(5.0, False)]
    assert values("Apple phát hành iOS 15.6 cho iPhone 12, vá 39 lỗi.") == [(39.0, False)]
    assert values("Bản 15.1.1 trở xuống được hỗ trợ.") == []


def test_labels_names_hotlines_and_list_numbers_are_no_facts():
    # invented: quarters, candidate numbers, a name's number, a hotline, a list number, a day after "đêm"
    assert values("Trong quý 1 và 2, có 5 vụ tai nạn.") == [(5, False)]
    assert values("Thí sinh Lan (SBD 168) nhận 3025 lượt bình chọn.") == [(3025, False)]
    assert values("Nhà máy nhiệt điện Mông Dương 2 vẫn chạy.") == []
    assert values("Gọi tổng đài 1900 1234 hoặc hotline 0912 345 678 khi có sự cố.") == []
    assert values("1. Nộp hồ sơ trước 3 ngày.") == [(3, False)]
    assert values("Vào đêm 18 bước sang ngày 19/9, nhóm này đua xe.") == []


def test_large_numbers_and_glued_units_are_facts():
    # invented: a verb ending like a label ("cung cấp", "điều") before a large number, a unit glued to it
    assert values("Ngân hàng cung cấp 200 triệu đồng cho dự án.") == [(200_000_000, False)]
    assert values("Nga điều 3.000 lính tới biên giới.") == [(3000, False)]
    assert [(q.value, q.unit) for q in find_quantities("Công suất đạt 22.800MW.")] == [(22800, "mw")]


def test_millions_as_a_manner_of_speaking_are_no_facts():
    assert values("Hàng triệu người xem trận đấu, hàng chục nghìn người tới sân.") == [(10_000, True)]


def test_part_of_a_whole_shares_its_scale_and_unit():
    # Invented sentences: "a trong (tổng) số b", "a/b tỷ đồng" and "hàng ngàn tỉ" (both spellings of tỷ).
    assert [(q.value, q.unit) for q in find_quantities("Đã nộp 1.200 trong tổng số 1.500 tỷ đồng tiền phạt.")] == [
        (1.2e12, "đồng"), (1.5e12, "đồng")]
    assert [q.value for q in find_quantities("Mới thi hành được 120/1.450 tỉ đồng.")] == [1.2e11, 1.45e12]
    assert [q.value for q in find_quantities("Đường dây đánh bạc hàng ngàn tỉ đồng.")] == [1e12]
    assert [(q.value, q.unit) for q in find_quantities("Có 12 trong số 30 người dương tính.")] == [
        (12.0, "người"), (30.0, "người")]


def test_whole_numbers_only_and_counts_that_look_like_labels():
    assert find_quantities("Hội thảo (15.7.2022) mở màn.") == []  # never the "1" of a dotted date
    assert [q.value for q in find_quantities("Một học sinh 12 tuổi được cứu.")] == [12.0]  # not "sinh 12" (a birth year)
    assert [q.value for q in find_quantities("Bộ phim ra mắt cách đây.....15 năm.")] == [15.0]
    assert [q.value for q in find_quantities("Người lao động trong độ tuổi 20-40 được tuyển.")] == [20.0, 40.0]
    assert [q.value for q in find_quantities("Giá rau tăng 2-3 lần.")] == [2.0, 3.0]
    for text in ("Chuyến bay VNA 123 cất cánh.", "Cô giành ngôi Á hậu 2 năm nay.", "Cuộc diễn tập ARDEX 13 khai mạc."):
        assert find_quantities(text) == [], text


def test_ranges_are_approximate_and_parts_of_a_whole_are_not():
    assert values("giá từ 5-7 triệu đồng") == [(5_000_000, True), (7_000_000, True)]
    assert values("tăng từ 5-7% so với") == [(5, True), (7, True)]
    assert values("khoảng 3 đến 4 chiếc xe") == [(3, True), (4, True)]
    assert values("28 trong số 41 người") == [(28, False), (41, False)]


def test_settlement_days_plenums_house_numbers_and_generations_are_no_facts():
    assert values("giao dịch vào chiều T+2, không phải T+3 hay T+1.5 như trước") == []
    assert values("Nghị quyết Hội nghị Trung ương 5 khóa XIII") == []
    assert values("giao hàng tại hẻm 113 Võ Duy Ninh, ngõ 37") == []
    assert values("bị can (SN 1971, trú ở 20 Chử Đồng Tử, phường Vĩnh Thọ)") == []
    assert values("kỷ nguyên 5.5G của ngành") == []
    # A count before a public body is still a count.
    assert values("có mặt tại 5 Sở Y tế và 20 tỉnh") == [(5, False), (20, False)]


def test_levels_semifinals_units_and_vague_amounts_after_a_verb():
    assert values("Cổng dịch vụ công mức độ 4 và cấp độ 3 của dịch") == []
    assert values("Ở trận bán kết 1, Đội 2 và Hải đội 2 cùng có mặt") == []
    assert values("Triều Tiên đề nghị cung cấp hàng ngàn người lao động") == [(1000, True)]
    assert values("độ 20 người tham gia, tốc độ 120 khung hình/giây") == [(20, True), (120, False)]
    assert values("bổ sung thêm 10-11 cầu thủ") == [(10, True), (11, True)]


def test_coordinates_product_numbers_plans_and_dotted_decimals():
    assert values("tọa độ 14.817 độ vĩ Bắc, 108,44 độ kinh Đông, độ sâu 10 km") == [(10, False)]
    assert values("xổ số tự chọn Power 6/55 và giải Jackpot 2 trị giá") == []
    assert values("Kế hoạch 81 của Ủy ban và các tổ công tác 141") == []
    assert values("kế hoạch 5 năm, cách Athens 27 km, nhập từ Indonesia 20.284 chiếc") == [
        (5, False), (27, False), (20284, False)]
    assert values("động đất có độ lớn 4.7 độ richter, tăng 2.5%") == [(4.7, False), (2.5, False)]
    assert values("hồi 7 giờ 36 phút 44 giây ngày 28-8") == []


def test_an_order_of_magnitude_takes_every_multiplier_after_it():
    assert values("Ngân sách thất thu hàng chục nghìn tỷ đồng mỗi năm.") == [(10 ** 13, True)]
    assert values("Dự án cần hàng trăm triệu đồng.") == [(10 ** 8, True)]


def _values(text: str) -> list[float]:
    return [v for v, _ in values(text)]


def test_an_amount_in_two_multipliers_and_a_half_are_one_value():
    assert _values("So với cùng kỳ, tiền phạt tăng 170 tỷ 913 triệu đồng.") == [170_913_000_000]
    assert _values("Tổng cộng 2 triệu 500 nghìn đồng.") == [2_500_000]
    assert _values("Anh ấy có 3 tỷ và 5 triệu.") == [3e9, 5e6]  # two amounts, "và" between them
    assert _values("Công ty đã dành 2 năm rưỡi để chuẩn bị.") == [2.5]
    assert _values("Giá 1 triệu rưỡi đồng một vé.") == [1_500_000]


def test_doses_ring_roads_titles_and_model_names_are_no_counts():
    assert _values("Trong đó, mũi 1 đạt 64,5% và mũi 2 mới đạt 30,8%.") == [64.5, 30.8]
    assert _values("Xe tải gặp nạn trên đường vành đai 3 thuộc thôn Đông Mẫu.") == []
    assert _values("Trong liveshow “Tình mẫu tử 5” anh sẽ hát 40 ca khúc.") == [40]
    assert _values("Nord Stream 1 ngừng hoạt động để bảo trì.") == []
    assert _values("Tàu gặp nạn khi cách Nha Trang 240 hải lý.") == [240]  # a Vietnamese place, then a distance


def test_a_count_after_an_acronym_is_a_count():
    assert _values("Lực lượng chức năng tước GPLX 18.088 trường hợp.") == [18088]
    assert _values("Bệnh nhân thở HFNC 8 ca, thở máy 5 ca.") == [8, 5]
    assert _values("Chuyến bay VNA 686 là chuyến cuối trong ngày.") == []


def test_steps_levels_generations_and_an_index_name_are_no_counts():
    assert _values("Gồm bước 1 - truy cập cổng dịch vụ; bước 2 - chọn đăng ký.") == []
    assert _values("Mức 1 có thể trải nghiệm một vài tiện ích cơ bản.") == []
    assert _values("Lãi suất giữ ở mức 20% và giá đạt mức 215,85 US cent/pound.") == [20, 215.85]
    assert _values("Khán giả chuyền tay bộ ảnh của mỹ nam 9x này.") == []
    assert _values("Phiên này S&P 500 giảm 141,46 điểm.") == [141.46]


def test_years_of_party_membership_on_a_badge_are_counted():
    found = [q.value for q in find_quantities("Có 3 đảng viên được trao tặng Huy hiệu 55 năm tuổi Đảng.")]
    assert found == [3.0, 55.0]
    assert find_quantities("Máy bay số hiệu 123 hạ cánh.") == []  # a "hiệu" label stays no count


def test_a_count_disciplined_is_no_law_number_and_a_score_s_scale_is_no_quantity():
    assert [q.value for q in find_quantities("Đảng đã thi hành kỷ luật 8 Ủy viên Trung ương.")] == [8.0]
    assert find_quantities("Theo Luật 15 về đất đai.") == []  # a law's number stays a label
    assert [q.value for q in find_quantities("Chỉ số dao động quanh mốc 30/100 điểm.")] == [30.0]
    assert [q.value for q in find_quantities("Có 26/34 Sở Y tế báo cáo thiếu thuốc.")] == [26.0, 34.0]  # a part of a whole


def test_two_counts_across_a_slash_a_rate_and_a_periods_length():
    # stop 16 (held-out-16): "X vụ/Y bị can" counts both; a rate's denominator counts nothing; a measure per words is a
    # rate, not a code; "giai đoạn 6 tháng" is a length, "giai đoạn 2" a phase
    assert [q.value for q in find_quantities("Đã khởi tố 3.725 vụ/7.066 bị can.")] == [3725, 7066]
    assert [q.value for q in find_quantities("Nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở.")] == [0.4]
    assert [q.value for q in find_quantities("Bé giật mình 2 lần/30 phút.")] == [2]
    assert [(q.value, q.unit) for q in find_quantities("Năng suất đạt 17kg/con/ngày.")] == [(17, "kg")]
    assert [q.value for q in find_quantities("Trẻ trong giai đoạn 6 tháng đến 3 tuổi dễ ốm.")] == [6, 3]
    assert [q.value for q in find_quantities("Dự án giai đoạn 2 đã hoàn thành.")] == []


def test_an_age_after_nam_and_a_century_is_a_label():
    assert [(q.value, q.unit) for q in find_quantities("Cô lên thủ đô học nhạc năm 13 tuổi.")] == [(13, "tuổi")]
    assert [q.value for q in find_quantities("Ông là kiến trúc sư lớn nhất thế kỷ 20.")] == []
    assert [q.value for q in find_quantities("Năm 2020 có 13 người mắc bệnh.")] == [13]


def test_a_height_and_measurements_as_the_entertainment_press_writes_them():
    found = find_quantities("Người đẹp cao 1m77, cân nặng 48 kg, số đo 3 vòng: 74 - 60 - 90.")
    assert [(q.value, q.unit, q.approx) for q in found if q.unit in ("m", "cm")] == \
        [(1.77, "m", False), (74, "cm", False), (60, "cm", False), (90, "cm", False)]
    assert [(q.value, q.unit) for q in find_quantities("Cô cao 1m7.")] == [(1.7, "m")]


def test_a_weekday_glued_to_the_word_before_is_a_label():
    # stop 20 (held-out-34 abmusu-validation-070): a schedule whose lines the page glued ("mở thưởngThứ 3: …")
    assert values("Thứ 2: Đài Huế phát hành và mở thưởngThứ 3: Đài Quảng Nam phát hànhThứ 4: Đài Đà Nẵng") == []
    assert values("Có 3 người chết và thứ 4 có 5 người bị thương.") == [(3, False), (5, False)]


def test_slogans_a_match_minute_a_school_year_and_a_show_round_count_nothing_in_round_41():
    def values(text):
        return [q.value for q in find_quantities(text)]
    assert values('Phát huy phương châm "4 tại chỗ" và nguyên tắc "3 sẵn sàng".') == []
    assert values("Thực hiện “3 giảm 3 tăng” trong năm.") == []
    assert values('Họ nói "6000 năm" lịch sử.') == [6000]
    assert values("Phút 63, Loan đá phạt.") == []
    assert values("Trận đấu kéo dài 90 phút và có 3 bàn thắng.") == [90, 3]
    assert values("Trường duy trì khối 11 và khối 12 với 300 học sinh.") == [300]
    assert values("Đêm liveshow 5 có 6 thí sinh.") == [6]


def test_a_small_share_a_length_in_two_units_and_an_age_rating_in_round_43():
    def values(text):
        return [q.value for q in find_quantities(text)]
    assert values("Bị cáo đã chấp hành được 1/3 thời hạn tù.") == [1, 3]
    assert values("Kho chứa mới đầy 2/3 và việc bơm đang chậm lại.") == [2, 3]
    assert values("Anh phải chấp hành thêm 20 tháng 21 ngày tù trong tổng số 60 tháng.") == [20, 21, 60]
    assert values("Cô nói trang web 18+ chỉ là trò đùa.") == []
    assert values("Bị cáo Nam lĩnh 3 năm 6 tháng tù, bị cáo Hà 5 năm tù.") == [3.5, 5]  # years and months: one length
    assert values("Ngày 1/3 có 30 người đến.") == [30]


def test_a_chart_rank_and_the_minutes_of_a_time_of_day_are_no_quantities_in_round_49():
    def values(text):
        return [(q.value, q.unit) for q in find_quantities(text)]
    assert values("Nhóm giữ ba vị trí (#3 - How You Like That, #4 - Ice Cream).") == []
    assert values("Giá vàng sẽ được công bố lúc 8 giờ 30 phút.") == []
    assert values("Giá vàng tăng 30 phút sau khi mở cửa.") == [(30, "phút")]
    assert values("Dự thảo cần từ 2-3 năm chuẩn bị.") == [(2, "năm"), (3, "năm")]


def test_places_of_a_ranking_in_brackets_are_no_quantities_in_round_51():
    def values(text):
        return [q.value for q in find_quantities(text)]
    assert values("Còn lại trong top 10 gồm Hồng Kông (2), New Zealand (3), Mỹ (4) và Anh (10).") == []
    assert values("Việt Nam đứng sau Philippines (108), Indonesia (120) trong bảng này.") == []
    assert values("Số doanh nghiệp nhiều nhất ở Hồ Chí Minh (874), Hà Nội (360) và Đồng Nai (360).") == [874, 360, 360]
    assert values("Bài hát đứng đầu bảng, Hà Nội (12) có nhiều người nghe nhất.") == [12]  # one bracket is no ranking list
