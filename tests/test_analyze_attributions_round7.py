"""Attributions: seventh-round constructions (held-out-2 conventions, general usage); invented sentences."""

from __future__ import annotations

from tomtat.analyze.attributions import attributions
from tomtat.pipeline import to_cluster


def speakers(text: str) -> list[str]:
    return [a.speaker for a in attributions(to_cluster([text]))]


def test_an_audience_verdict_is_attributed_to_the_audience():
    assert speakers("Tập cuối của bộ phim bị khán giả chê bai vì kết thúc quá vội vàng.") == ["khán giả"]
    assert speakers("Nhiều cư dân mạng chỉ trích nam ca sĩ thiếu chuyên nghiệp khi đến muộn.") == ["Nhiều cư dân mạng"]
    assert speakers("Cô được người hâm mộ gọi là 'nữ hoàng phòng vé' sau ba bộ phim liên tiếp.") == ["người hâm mộ"]
    # a verdict caused, or none voiced, is no one's words
    assert speakers("Màn trình diễn này từng khiến khán giả chỉ trích.") == []
    assert speakers("Cư dân mạng không ném đá hành động của anh.") == []


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


def test_a_stance_voiced_and_a_belief():
    assert speakers("Trước đó, Mỹ đã bày tỏ sự ủng hộ với đề xuất của Hàn Quốc về viện trợ.") == ["Mỹ"]
    assert speakers("Ông Park bày tỏ sự cảm thông với các gia đình nạn nhân.") == []  # sympathy is no claim
    assert speakers("HLV Park tin rằng đội tuyển sẽ vượt qua vòng bảng.") == ["HLV Park"]
    assert speakers("Dựa vào kết quả này, tôi tin rằng đội sẽ thắng.") == []


def test_praise_and_blame_voiced_by_a_named_person():
    assert speakers("Thủ tướng Nguyễn Văn Bình lên án vụ tấn công vào khu chợ đông người.") == ["Thủ tướng Nguyễn Văn Bình"]
    assert speakers("Tổng thống Lê Minh ca ngợi việc mở lại đường bay là một quyết định đúng đắn.") == ["Tổng thống Lê Minh"]
    # blamed, a common noun as subject, or a title of a work: no speaker
    assert speakers("Năm ngoái, công ty bị chỉ trích vì một sự cố tương tự.") == []
    assert speakers("Nhiều người chỉ trích chính sách mới của thành phố.") == []
    assert speakers("Ông Cừ đã biên soạn nhiều văn kiện, trong đó có tác phẩm Tự chỉ trích hoàn thành năm 1939.") == []


def test_a_lead_quote_repeated_later_with_its_speaker():
    text = ("“Giá nhà sẽ còn giảm trong nửa cuối năm nay”. Thị trường bất động sản đang trầm lắng. "
            "“Giá nhà sẽ còn giảm trong nửa cuối năm nay, nhất là ở vùng ven”, ông Trần Văn Hải nói.")
    assert speakers(text) == ["ông Trần Văn Hải", "ông Trần Văn Hải"]
    # a quote opened and never closed, or one the article never repeats, stays unattributed
    assert speakers("'Giá nhà sẽ còn giảm trong nửa cuối năm nay. Thị trường đang trầm lắng. "
                    "“Giá nhà sẽ còn giảm trong nửa cuối năm nay”, ông Trần Văn Hải nói.") == ["ông Trần Văn Hải"]
    assert speakers("“Giá nhà sẽ còn giảm trong nửa cuối năm nay”. Thị trường bất động sản đang trầm lắng.") == []


def test_as_the_speaker_said():
    assert speakers("Đội bóng đã khép lại kỳ chuyển nhượng, như chính Park tự tin tuyên bố.") == ["Park"]
    assert speakers("Tương tự, như gia đình chị Lan cho biết, từ khi xăng tăng giá, vợ chồng chị đi xe buýt.") == ["gia đình chị Lan"]
    # "Như" opening a name stays in the name
    assert speakers("Chị Lan có nhiều fan. Như Quỳnh cho biết, cô sẽ trở lại sân khấu vào tháng sau.") == ["Như Quỳnh"]


def test_groups_of_people_speak():
    assert speakers("Tại đại hội, nhiều cổ đông cho biết họ chưa nhận được cổ tức năm nay.") == ["nhiều cổ đông"]
    assert speakers("Cụ thể, thành viên lưu ký xác nhận đủ tiền thanh toán giao dịch chậm nhất vào 16h45.") == []  # a procedure's step
