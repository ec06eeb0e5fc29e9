"""Sixth-round attribution rules: openers before the speaker, mixed quote marks, sources after "theo", told objects."""

from __future__ import annotations

from tomtat.analyze.attributions import attributions
from tomtat.pipeline import to_cluster


def speakers(text: str) -> list[str]:
    return [a.speaker for a in attributions(to_cluster([text]))]


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


def test_mixed_and_straight_quote_marks():
    assert speakers("Về phản ánh có tình trạng “cò\" làm hộ chiếu, Phó trưởng Phòng Tham mưu Công an tỉnh cho hay, "
                    "các đối tượng chỉ hoạt động bên ngoài.") == ["Phó trưởng Phòng Tham mưu Công an tỉnh"]
    assert speakers("Trước khẩu hiệu “làm nhanh\" dán khắp nơi, ông Trần Nam cho biết đã báo công an.") == ["ông Trần Nam"]
    # a verb inside a quote still open reports nothing
    assert speakers("Bà Lan nhắn: \"Tôi đã cho biết hết rồi và không nói thêm") == ["Bà Lan"]  # the quote is hers


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


def test_told_objects_and_nouns_of_speech():
    assert speakers("Tại hội thảo, các đại biểu đã chia sẻ những câu chuyện chân thật, ý nghĩa về cuộc đời ông.") == []
    assert speakers("Giám đốc Sở Trần Quang Tuấn chia sẻ kinh nghiệm hỗ trợ doanh nghiệp.") == []
    assert speakers("Thủ tướng Lê Văn Minh nhấn mạnh quan điểm kiên quyết phát triển thị trường lành mạnh.") == [
        "Thủ tướng Lê Văn Minh"]
    assert speakers("Ông Trần Văn An đã có bài phát biểu quan trọng mang tên “Đổi mới”.") == []
    assert speakers("Các lái xe cho biết, họ chỉ uống hai cốc bia.") == ["Các lái xe"]


def test_closing_speaker_with_an_audience_and_documents():
    assert speakers("Từ năm 2004 đã có 400 dân thường thiệt mạng, Đặc phái viên Liên Hợp Quốc Ben Emmerson vừa công bố "
                    "trước Đại hội đồng.") == ["Đặc phái viên Liên Hợp Quốc Ben Emmerson"]
    assert speakers("Nhiều người nổi tiếng chọn sinh con trong bí mật, để một thời gian sau mới công bố.") == []
    assert speakers("Ông Trần Văn An, Tổng cục trưởng Tổng cục Thuế phát biểu tại hội nghị.") in ([], ["Ông Trần Văn An"])
    assert speakers("Văn bản này cũng cho biết: “Phần lớn tổ chức đang gặp khó khăn”.") == ["Văn bản này"]
    assert speakers("Số liệu Hiệp hội Trái phiếu (VBMA) thống kê từ Ủy ban Chứng khoán, Sở Giao dịch Hà Nội ghi nhận "
                    "từ đầu tháng đến nay chỉ có 8 đợt phát hành.") == ["Số liệu Hiệp hội Trái phiếu (VBMA)"]
    assert speakers("Các kết luận giám định đều đúng quy định, các clip ghi nhận hành vi của bị cáo.") == []


def test_speech_verbs_with_rang_and_pronoun_like_nouns():
    assert speakers("Tổ chức này đặt ra nhiều nghi vấn, dù Washington luôn biện hộ rằng các vụ tấn công là chính xác.") == [
        "Washington"]
    assert speakers("Về nguyên nhân, vị này thông tin: “Nạn nhân bị đánh nhiều lần”.") == ["vị này"]
    assert speakers("Hội nghị do bà Lưu Thị Vân báo cáo viên các nghị quyết chủ trì.") == []


def test_quote_after_a_sentence_that_only_names_its_speaker():
    found = attributions(to_cluster([
        "Ông Lê Văn Hùng rất bức xúc khi nói về quả phạt đền. “Chúng tôi đã chịu sức ép trọng tài. "
        "Tôi không hiểu vì sao.” Trận đấu kết thúc với tỷ số hòa."
    ]))
    assert [(a.speaker, a.sources[0].sentence) for a in found] == [("Ông Lê Văn Hùng", 1), ("Ông Lê Văn Hùng", 2)]
    # no speaker named before the quote: nothing
    assert attributions(to_cluster(["Trận đấu diễn ra căng thẳng. “Chúng tôi đã chịu sức ép trọng tài.”"])) == []


def test_second_verb_of_a_coordinated_predicate():
    assert speakers("Ở diễn biến khác, Đại tá Lê Giang đến tận văn phòng giám đốc và nói rằng ông đã biết hết.") == ["Đại tá Lê Giang"]
    assert speakers("Thạch Thu Thảo bày tỏ niềm hạnh phúc và chia sẻ sẽ cố gắng hết mình.") == ["Thạch Thu Thảo"]


def test_document_openers():
    assert speakers("Trong báo cáo này, Công đoàn Y tế Việt Nam đã chỉ ra 8 nguyên nhân dẫn đến tình trạng nghỉ việc.") == [
        "Công đoàn Y tế Việt Nam"]
    assert speakers("Trong bài đăng trên Facebook, Thủ tướng Na Uy Jonas Store gọi vụ xả súng là một cuộc tấn công tàn nhẫn.") == [
        "Thủ tướng Na Uy Jonas Store"]
    assert speakers("Trong báo cáo “Doing Business 2014” mà Ngân hàng Thế giới (WB) công bố hôm nay, Việt Nam giữ nguyên "
                    "vị trí thứ 99.") == ["Ngân hàng Thế giới (WB)"]
    assert speakers("Trong thời gian tới, Công ty Hoa Mai sẽ mở thêm ba nhà máy ở phía Bắc.") == []


def test_questions_and_verbs_after_modals_report_nothing():
    assert speakers("KTSG Online: Ông có thể nói rõ hơn về nội dung của đề án này?") == []
    assert speakers("Theo ông, cần phát triển những nền tảng gì?") == []
    assert speakers("Tham gia buổi bình luận trước trận, Roy Keane được đề nghị nói một vài điều về cuốn sách.") == []
    assert speakers("Ông Kucherena từ chối tiết lộ tên công ty tuyển dụng anh ta.") == []
    assert speakers("“Bao giờ thì xong?”, ông Nam hỏi và cho biết sẽ chờ thêm một tuần.") == ["ông Nam"]


def test_speech_verbs_with_an_object_for_named_speakers():
    assert speakers("Lần đầu đóng phim hình sự, NSND Trần Văn Anh kêu thoại khó.") == ["NSND Trần Văn Anh"]
    assert speakers("Tổng thư ký Lê Văn Nam khắc họa một bức tranh nghiệt ngã về an ninh thế giới.") == ["Tổng thư ký Lê Văn Nam"]
    assert speakers("Trong buổi họp báo, HLV Lê Văn Tâm đã nhắc đến 4 cầu thủ sẽ đá chính.") == ["HLV Lê Văn Tâm"]
    # not for documents, nouns or passives
    assert speakers("Yêu cầu thứ hai đề cập đến một trong những giá trị của tác phẩm.") == []
    assert speakers("Những cầu thủ được nhắc đến đều đã giành nhiều danh hiệu.") == []
    assert speakers("Trước thực trạng này, các địa phương đã kêu gọi người dân diệt lăng quăng.") == []


def test_claim_before_that_is_the_view_of():
    found = attributions(to_cluster([
        "Lạm phát cả năm sẽ nằm trong tầm kiểm soát dù giá xăng tăng. Đây là nhận định về diễn biến của thị trường "
        "của ông Trần Văn Công, chuyên gia phân tích. Giá vàng giảm nhẹ."
    ]))
    assert [(a.speaker, a.sources[0].sentence) for a in found] == [("ông Trần Văn Công", 0), ("ông Trần Văn Công", 1)]


def test_more_speech_verbs_after_a_quote():
    assert speakers("“Đây là thời điểm khó khăn nhất”, chị Lan, một tiểu thương ở chợ Bến Thành, than thở.") == ["chị Lan"]
    assert speakers("“Em biết em sai nhưng vì cuộc sống nên em phải chấp nhận” – tài xế Lê Văn Sơn phân trần.") == [
        "tài xế Lê Văn Sơn"]
    assert speakers("“Họ đã lừa dối chúng tôi”, anh Lê Văn Tú kể lại.") == ["anh Lê Văn Tú"]
    # "bình luận" as a noun
    assert speakers("Nhiều người đã vào phần bình luận để lại lời động viên người phụ nữ.") == []


def test_speaker_after_a_closing_quote_whatever_the_verb():
    assert speakers("“Phải phục hồi được du lịch quốc tế”, ông Phùng Quang Thắng phân tích.") == ["ông Phùng Quang Thắng"]
    assert speakers("“Người nào còn lại thì ra đường, đứng đầu gió” – ông Trần Tú tiếp.") == ["ông Trần Tú"]
    assert speakers("\"Chúng ta không thể mua bằng mọi giá\", vị đại diện nói.") == ["vị đại diện"]
    # quoted words inside a sentence, not one quote closed before its speaker
    assert speakers("Bị cáo còn xưng mình là \"nhân tài, tấm gương tốt\", \"các đệ tử đều rất giỏi\".") == []
    assert speakers("Mỗi đảng viên cần nêu cao ý thức “tự soi”, “tự sửa”, đề cao danh dự của đảng viên.") == []


def test_speaker_and_a_short_predicate_before_a_colon_and_a_quote():
    assert speakers("Ông Lê Văn Tấn kể tiếp: “5 ngày trôi trên biển, chúng tôi thấy đèn điện sáng”.") == ["Ông Lê Văn Tấn"]
    assert speakers("Về phần mình, Torres tỏ ra khá bình thản trước chiến thắng: “Ghi bàn là điều cần phải làm”.") == ["Torres"]
    assert speakers("Ông NGUYỄN TRUNG HẢI, PGĐ HTX Thành Công: “Muốn hòa lưới Quốc gia khó, chúng tôi cũng muốn”.") == [
        "Ông NGUYỄN TRUNG HẢI"]
    # a question, a hearing, a lone common word: no speaker
    assert speakers("Nam Joo Hyuk hỏi Suzy: “Bạn đã ăn gì vậy?”") == []
    assert speakers("Tại Hội nghị, các đại biểu được nghe 4 chuyên đề: “Tiếp tục đổi mới chính sách đất đai”.") == []


def test_issued_statements_and_single_quotes():
    assert speakers("Hôm qua, văn phòng ông James Clapper đã đưa ra một tuyên bố bằng văn bản cho biết bài báo không chính xác.") == [
        "văn phòng ông James Clapper"]
    assert speakers("Tại hội nghị, Thứ trưởng Bộ Y tế Nguyễn Trường Sơn đã nêu ra mệnh lệnh: 'Luôn trong tâm thế chủ động'.") == [
        "Thứ trưởng Bộ Y tế Nguyễn Trường Sơn"]
