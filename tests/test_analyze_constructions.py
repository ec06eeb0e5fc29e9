"""Reporting constructions (constructions.py): an audience's verdict, a statement to the police, a private matter
made public, a source observed, a document that states, a report sent, a statement put out, a lead quote
repeated later with its speaker."""

from __future__ import annotations

from analysis_support import speakers


def test_an_audience_verdict_is_attributed_to_the_audience():
    assert speakers("Tập cuối của bộ phim bị khán giả chê bai vì kết thúc quá vội vàng.") == ["khán giả"]
    assert speakers("Nhiều cư dân mạng chỉ trích nam ca sĩ thiếu chuyên nghiệp khi đến muộn.") == ["Nhiều cư dân mạng"]
    assert speakers("Cô được người hâm mộ gọi là 'nữ hoàng phòng vé' sau ba bộ phim liên tiếp.") == ["người hâm mộ"]
    # a verdict caused, or none voiced, is no one's words
    assert speakers("Màn trình diễn này từng khiến khán giả chỉ trích.") == []
    assert speakers("Cư dân mạng không ném đá hành động của anh.") == []


def test_critics_praise():
    assert speakers("Bộ phim mới ra rạp đã thu hút đông khán giả và được giới phê bình đánh giá cao.") == ["giới phê bình"]
    assert speakers("Giới phê bình đánh giá cao diễn xuất của nam chính trong phim.") == ["Giới phê bình"]


def test_a_statement_to_the_police():
    assert speakers("Qua đấu tranh, tài xế khai đã uống hai chai bia trước khi lái xe.") == ["tài xế"]
    assert speakers("Tại cơ quan công an, Hùng khai nhận đã lấy trộm chiếc xe máy trong đêm.") == ["Hùng"]
    # a confession of "hành vi" without content, and "triển khai", "khai thác" are no statements
    assert speakers("Tại cơ quan công an, Hùng đã khai nhận hành vi phạm tội của mình.") == []
    assert speakers("Công an huyện triển khai lực lượng truy tìm tài xế bỏ trốn.") == []


def test_a_private_matter_made_public():
    assert speakers("Ca sĩ Minh Anh công khai đã kết hôn với bạn trai lâu năm.") == ["Ca sĩ Minh Anh"]
    assert speakers("Sau buổi họp, dự thảo được công khai để lấy ý kiến người dân.") == []


def test_sources_observed_reported_and_decisions_referred_to():
    assert speakers("Ghi nhận của Công an tỉnh, trong tuần qua đã có hơn 500 hồ sơ được tiếp nhận.") == ["Công an tỉnh"]
    assert speakers("Ghi nhận tại các chợ, giá rau củ đều tăng cao hơn tuần trước.") == []  # the reporter's own look
    assert speakers("Báo cáo tại hội nghị, năm qua tình hình an ninh trên địa bàn cơ bản ổn định.") == ["Báo cáo tại hội nghị"]
    assert speakers("Theo quyết định này, cổ phiếu của công ty bị đình chỉ giao dịch từ tuần sau.") == ["quyết định này"]
    assert speakers("Theo quyết định, cổ phiếu của công ty bị đình chỉ giao dịch từ tuần sau.") == []


def test_documents_that_state_and_footage_a_named_outlet_shows():
    assert speakers("Nghị quyết nêu rõ, trong năm tới tỉnh tập trung phát triển hạ tầng giao thông.") == ["Nghị quyết"]
    assert speakers("Hình ảnh được chiếu trên truyền hình cho thấy đoàn xe đã tới sân bay.") != []
    # footage with no source, footage that records: no one's words
    assert speakers("Đoạn video ghi lại vụ việc cho thấy chiếc xe lao nhanh qua ngã tư.") == []
    assert speakers("Các clip ghi nhận hành vi của bị cáo không bị cắt ghép.") == []


def test_a_report_sent_on_a_matter_but_not_a_reply_named_by_its_topic():
    assert speakers("Sở Tài chính vừa có báo cáo gửi UBND tỉnh về kết quả thu phí cảng biển năm qua.") == ["Sở Tài chính"]
    assert speakers("Chính quyền địa phương chưa có báo cáo nào về thiệt hại do bão.") == []
    assert speakers("Bộ Công Thương vừa có văn bản trả lời doanh nghiệp liên quan đến kiến nghị giảm thuế.") == []


def test_a_statement_or_a_warning_put_out():
    assert speakers("Hôm qua, ông Trần Văn Minh, Giám đốc công ty, đã đưa ra một thông báo bất ngờ: công ty sẽ đóng cửa hai nhà máy.") == \
        ["ông Trần Văn Minh"]
    assert speakers("Tuần này, Quỹ Tiền tệ Quốc tế ra cảnh báo về khả năng kinh tế thế giới suy thoái trong năm tới.") == \
        ["Quỹ Tiền tệ Quốc tế"]
    # a notice named by its topic says nothing yet
    assert speakers("Cục Thuế đã ra thông báo về thời hạn nộp tiền sử dụng đất.") == []


def test_a_lead_quote_repeated_later_with_its_speaker():
    text = ("“Giá nhà sẽ còn giảm trong nửa cuối năm nay”. Thị trường bất động sản đang trầm lắng. "
            "“Giá nhà sẽ còn giảm trong nửa cuối năm nay, nhất là ở vùng ven”, ông Trần Văn Hải nói.")
    assert speakers(text) == ["ông Trần Văn Hải", "ông Trần Văn Hải"]
    # a quote opened and never closed, or one the article never repeats, stays unattributed
    assert speakers("'Giá nhà sẽ còn giảm trong nửa cuối năm nay. Thị trường đang trầm lắng. "
                    "“Giá nhà sẽ còn giảm trong nửa cuối năm nay”, ông Trần Văn Hải nói.") == ["ông Trần Văn Hải"]
    assert speakers("“Giá nhà sẽ còn giảm trong nửa cuối năm nay”. Thị trường bất động sản đang trầm lắng.") == []


def test_a_speech_named_by_the_opener_is_its_titled_speakers_whatever_the_verb():
    assert speakers("Phát biểu tại buổi lễ, Bộ trưởng Bộ Tài chính Hồ Đức Phớc đề nghị các địa phương đẩy nhanh giải ngân.") \
        == ["Bộ trưởng Bộ Tài chính Hồ Đức Phớc"]
    assert speakers("Phát biểu bế mạc, Chủ tịch UBND tỉnh Lê Văn Hưng giao các sở rà soát lại toàn bộ dự án.") \
        == ["Chủ tịch UBND tỉnh Lê Văn Hưng"]
    # no title and name after the opener, or no speech named, no speaker
    assert speakers("Phát biểu tại buổi lễ, đại diện nhà trường trao hai mươi suất học bổng cho sinh viên nghèo.") == []
    assert speakers("Tham dự buổi lễ, Bộ trưởng Hồ Đức Phớc trao bằng khen cho các tập thể xuất sắc trong năm.") == []


def test_some_unnamed_people_say():
    assert speakers("Có người nói đội tuyển đã thi đấu quá thận trọng, có người lại nói đó là chiến thuật hợp lý.") == ["có người"]
    assert speakers("Ngoài ra, có người còn đánh giá bộ phim này hay hơn phần trước rất nhiều.") == ["có người"]
    assert speakers("Có ý kiến cho rằng giá vé máy bay sẽ còn tăng trong dịp Tết.") == []  # an opinion alone: stop 16
    # someone speaking a language, or someone inside a clause, says nothing
    assert speakers("Có người nói tiếng Anh rất giỏi nên đoàn không cần phiên dịch.") == []
    assert speakers("Trong lớp có người nói tiếng Nhật và tiếng Hàn rất thạo.") == []


def test_a_speech_opener_does_not_make_sympathy_or_a_commendation_a_claim():
    assert speakers("Phát biểu tại buổi gặp mặt, Thượng tướng Trần Văn Sơn bày tỏ lòng biết ơn sâu sắc với nhân dân địa phương.") == []
    assert speakers("Phát biểu tại lễ trao giải, Bộ trưởng Nguyễn Văn Hùng tuyên dương các tập thể có thành tích xuất sắc.") == []
