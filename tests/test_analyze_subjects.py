"""Who is speaking (subjects.py): the speaker after an opener or an opener clause, a titled name, a second verb,
groups of people, and the source after "theo" (a person, a body, an inquiry, a rule's maker; not a directive)."""

from __future__ import annotations

from analysis_support import speakers
from tomtat.analyze import analyze_cluster
from tomtat.pipeline import to_cluster


def test_opener_with_khi_is_no_subordinate_clause():
    assert speakers("Trong khi đó, Giám đốc Sở Y tế Trần Văn Nam cho rằng số ca mắc sẽ giảm.") == ["Giám đốc Sở Y tế Trần Văn Nam"]
    assert speakers("Sau khi được cứu, ngư dân Lê Văn Tư (45 tuổi, ở xã An Hải, huyện Lý Sơn) cho biết tàu bị sóng đánh chìm.") == [
        "ngư dân Lê Văn Tư"]
    # a clause after "sau khi" mid-sentence still gives its own subject
    assert speakers("Giá dầu tăng vọt sau khi Nga thông báo cắt giảm sản lượng.") == ["Nga"]


def test_speaker_after_an_opener_clause():
    assert speakers("Tiếp cận từ góc độ người học, em Lê Thị Hoa, học sinh lớp 12A, chia sẻ: “Môn học này rất hay”.") == [
        "em Lê Thị Hoa"]
    assert speakers("Thông tin thêm, ông Phạm Văn Hùng, nguyên Vụ trưởng Vụ Tổng hợp, cho biết giá sẽ ổn định.") == ["ông Phạm Văn Hùng"]
    assert speakers("Tuy nhiên, dựa vào hồ sơ và diễn biến tại phiên tòa, hội đồng xét xử cho rằng lời khai không có cơ sở.") == [
        "hội đồng xét xử"]
    assert speakers("Cùng quan điểm, chuyên gia giao thông Phan Văn Bình cho rằng cần tăng trợ giá.") == [
        "chuyên gia giao thông Phan Văn Bình"]


def test_a_titled_name_glued_to_an_opener():
    assert speakers("Tại hội nghị ông Trần Văn Bình, Giám đốc Sở Tài chính, cho biết ngân sách năm nay tăng 8%.") == \
        ["ông Trần Văn Bình"]


def test_a_manner_adverb_before_the_verb_after_a_long_opener():
    text = ("Phát biểu tại buổi làm việc với lãnh đạo tỉnh về tình hình kinh tế, kết quả thu ngân sách, "
            "Bộ trưởng đặc biệt nhấn mạnh yêu cầu cắt giảm thủ tục hành chính.")
    assert speakers(text) == ["Bộ trưởng"]


def test_document_openers():
    assert speakers("Trong báo cáo này, Công đoàn Y tế Việt Nam đã chỉ ra 8 nguyên nhân dẫn đến tình trạng nghỉ việc.") == [
        "Công đoàn Y tế Việt Nam"]
    assert speakers("Trong bài đăng trên Facebook, Thủ tướng Na Uy Jonas Store gọi vụ xả súng là một cuộc tấn công tàn nhẫn.") == [
        "Thủ tướng Na Uy Jonas Store"]
    assert speakers("Trong báo cáo “Doing Business 2014” mà Ngân hàng Thế giới (WB) công bố hôm nay, Việt Nam giữ nguyên "
                    "vị trí thứ 99.") == ["Ngân hàng Thế giới (WB)"]
    assert speakers("Trong thời gian tới, Công ty Hoa Mai sẽ mở thêm ba nhà máy ở phía Bắc.") == []


def test_second_verb_of_a_coordinated_predicate():
    assert speakers("Ở diễn biến khác, Đại tá Lê Giang đến tận văn phòng giám đốc và nói rằng ông đã biết hết.") == ["Đại tá Lê Giang"]
    assert speakers("Thạch Thu Thảo bày tỏ niềm hạnh phúc và chia sẻ sẽ cố gắng hết mình.") == ["Thạch Thu Thảo"]


def test_speech_verbs_with_rang_and_pronoun_like_nouns():
    assert speakers("Tổ chức này đặt ra nhiều nghi vấn, dù Washington luôn biện hộ rằng các vụ tấn công là chính xác.") == [
        "Washington"]
    assert speakers("Về nguyên nhân, vị này thông tin: “Nạn nhân bị đánh nhiều lần”.") == ["vị này"]
    assert speakers("Hội nghị do bà Lưu Thị Vân báo cáo viên các nghị quyết chủ trì.") == []


def test_as_the_speaker_said():
    assert speakers("Đội bóng đã khép lại kỳ chuyển nhượng, như chính Park tự tin tuyên bố.") == ["Park"]
    assert speakers("Tương tự, như gia đình chị Lan cho biết, từ khi xăng tăng giá, vợ chồng chị đi xe buýt.") == ["gia đình chị Lan"]
    # "Như" opening a name stays in the name
    assert speakers("Chị Lan có nhiều fan. Như Quỳnh cho biết, cô sẽ trở lại sân khấu vào tháng sau.") == ["Như Quỳnh"]


def test_groups_of_people_speak():
    assert speakers("Tại đại hội, nhiều cổ đông cho biết họ chưa nhận được cổ tức năm nay.") == ["nhiều cổ đông"]
    assert speakers("Cụ thể, thành viên lưu ký xác nhận đủ tiền thanh toán giao dịch chậm nhất vào 16h45.") == []  # a procedure's step


def test_theo_forms():
    assert speakers("Theo phản ánh của người dân, nhiều vụ cướp đã xảy ra trên địa bàn.") == ["người dân"]
    assert speakers("Còn theo chuyên gia kinh tế Ngô Văn Long, lạm phát sẽ trong tầm kiểm soát.") == ["chuyên gia kinh tế Ngô Văn Long"]
    assert speakers("Theo một số người dân sống lâu năm ở đây cho biết mưa đá rất hiếm xuất hiện.") == [
        "một số người dân sống lâu năm ở đây"]
    assert speakers("Còn theo Cơ quan Vũ trụ Mỹ (NASA) khả năng mảnh vỡ rơi trúng người là rất thấp, chỉ 1/3200.") == [
        "Cơ quan Vũ trụ Mỹ (NASA)"]
    assert speakers("Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đắk Lắk, đã có thêm một ca tử vong.") == [
        "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đắk Lắk"]
    assert speakers("Tờ Guardian trích tuyên bố của Bộ Nội vụ Tây Ban Nha cho biết, hàng rào đã bị cắt.") == ["Bộ Nội vụ Tây Ban Nha"]


def test_an_inquiry_as_the_source():
    assert speakers("Theo kết quả điều tra, nghi phạm đã theo dõi căn nhà từ nhiều ngày trước.") == ["kết quả điều tra"]
    assert speakers("Theo kết quả bốc thăm, đội tuyển nằm ở bảng A cùng chủ nhà.") == []


def test_a_rule_with_the_body_that_made_it():
    assert speakers("Theo quy định của Bộ Y tế, bệnh viện không được thu thêm phí ngoài bảng giá.") == ["Bộ Y tế"]
    assert speakers("Theo quy định của pháp luật, người vi phạm sẽ bị phạt tiền.") == []


def test_a_directive_is_no_report():
    assert speakers("Hội nghị được tổ chức định kỳ hàng tháng, theo chỉ đạo của Bộ trưởng Bộ Công Thương Trần Văn Nam.") == []
    assert speakers("Theo chỉ đạo của Chính phủ, các địa phương đang đẩy nhanh tiến độ giải phóng mặt bằng.") == []


def test_the_person_an_outlet_quotes_is_the_speaker():
    digest = analyze_cluster(to_cluster(["“Chúng tôi sẽ không lùi bước”, hãng tin AFP trích lời ông Hoàng Minh nhấn mạnh.",
                                         "Bão số 3 đổ bộ vào miền Trung."]))
    speakers = [a.speaker for a in digest.attributions]
    assert speakers == ["ông Hoàng Minh"]


def test_a_document_is_named_without_when_it_came_out_and_a_time_zone_is_no_source():
    assert speakers("Báo cáo việc làm tháng 9 của Mỹ được công bố đêm qua (theo giờ Việt Nam) cho thấy, tình hình việc "
                    "làm ở nước này đã yếu hơn kỳ vọng.") == ["Báo cáo việc làm tháng 9 của Mỹ"]
    # "do X công bố" names who put it out, and stays.
    assert speakers("Một video do Bộ Quốc phòng Nga công bố cho thấy hệ thống tác chiến điện tử đang hoạt động.") == [
        "Một video do Bộ Quốc phòng Nga công bố"]


def test_figures_given_by_a_body_and_an_outlets_online_dateline():
    assert speakers("Đây là số liệu được Tổng cục Cảnh sát phòng, chống tội phạm (Bộ Công an) đưa ra tại hội nghị "
                    "sơ kết 5 năm.") == ["Tổng cục Cảnh sát phòng, chống tội phạm (Bộ Công an)"]
    assert speakers("QĐND Online – Chiều 29-10, thông tin từ Công ty Cổ phần sữa Việt Nam (Vinamilk) cho biết, trong "
                    "9 tháng Vinamilk đã thu mua 115.300 tấn sữa.") == ["Công ty Cổ phần sữa Việt Nam"]


def test_a_speaker_in_a_clause_after_khi_and_an_estimate_opening_the_sentence():
    assert speakers("Hội đồng Bảo an chia rẽ về các lệnh trừng phạt, khi Moskva tuyên bố các biện pháp mới là "
                    "“vô trách nhiệm”.") == ["Moskva"]
    assert speakers("Snowden, hiện sống tại Nga, đang bị Mỹ truy nã về tội gián điệp, sau khi anh ta tiết lộ các hoạt "
                    "động theo dõi của NSA trên toàn thế giới.") == ["Snowden"]  # a pronoun after "sau khi": the subject before
    assert speakers("Tính toán của Sở Giao thông Vận tải TP HCM, đến năm 2025, nguồn thu phí dự kiến đạt 16.000 tỷ "
                    "đồng.") == ["Sở Giao thông Vận tải TP HCM"]
    assert speakers("Số liệu của VAMA cho thấy, tổng doanh số xe tháng 6 đã giảm tới 44%.") == ["VAMA"]


def test_under_a_post_is_where_the_speakers_spoke():
    assert speakers("Dưới bài viết, nhiều khán giả cho rằng cô xứng đáng được đề cử.") == ["nhiều khán giả"]


def test_a_manner_of_speaking_before_mà_nói_is_no_speaker():
    assert speakers("Công bằng mà nói, đội chủ nhà đã chơi tốt hơn trong hiệp hai.") == []
    assert speakers("Cô hát chưa tròn vai nhưng khách quan mà nói, cô đã rất cố gắng trong đêm diễn.") == []
