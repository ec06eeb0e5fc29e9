"""Which verbs report a claim (reporting.py, complements.py): verbs with an object or a "rằng" clause, stances,
praise and blame, promises, analyses, announcements and documents; and verbs, questions or objects that report
nothing."""

from __future__ import annotations

from analysis_support import speakers
from tomtat.analyze.attributions import attributions
from tomtat.pipeline import to_cluster


def test_told_objects_and_nouns_of_speech():
    assert speakers("Tại hội thảo, các đại biểu đã chia sẻ những câu chuyện chân thật, ý nghĩa về cuộc đời ông.") == []
    assert speakers("Giám đốc Sở Trần Quang Tuấn chia sẻ kinh nghiệm hỗ trợ doanh nghiệp.") == []
    assert speakers("Thủ tướng Lê Văn Minh nhấn mạnh quan điểm kiên quyết phát triển thị trường lành mạnh.") == [
        "Thủ tướng Lê Văn Minh"]
    assert speakers("Ông Trần Văn An đã có bài phát biểu quan trọng mang tên “Đổi mới”.") == []
    assert speakers("Các lái xe cho biết, họ chỉ uống hai cốc bia.") == ["Các lái xe"]


def test_speech_verbs_with_an_object_for_named_speakers():
    assert speakers("Lần đầu đóng phim hình sự, NSND Trần Văn Anh kêu thoại khó.") == ["NSND Trần Văn Anh"]
    assert speakers("Tổng thư ký Lê Văn Nam khắc họa một bức tranh nghiệt ngã về an ninh thế giới.") == ["Tổng thư ký Lê Văn Nam"]
    assert speakers("Trong buổi họp báo, HLV Lê Văn Tâm đã nhắc đến 4 cầu thủ sẽ đá chính.") == ["HLV Lê Văn Tâm"]
    # not for documents, nouns or passives
    assert speakers("Yêu cầu thứ hai đề cập đến một trong những giá trị của tác phẩm.") == []
    assert speakers("Những cầu thủ được nhắc đến đều đã giành nhiều danh hiệu.") == []
    assert speakers("Trước thực trạng này, các địa phương đã kêu gọi người dân diệt lăng quăng.") == []


def test_closing_speaker_with_an_audience_and_documents():
    assert speakers("Từ năm 2004 đã có 400 dân thường thiệt mạng, Đặc phái viên Liên Hợp Quốc Ben Emmerson vừa công bố "
                    "trước Đại hội đồng.") == ["Đặc phái viên Liên Hợp Quốc Ben Emmerson"]
    assert speakers("Nhiều người nổi tiếng chọn sinh con trong bí mật, để một thời gian sau mới công bố.") == []
    assert speakers("Ông Trần Văn An, Tổng cục trưởng Tổng cục Thuế phát biểu tại hội nghị.") in ([], ["Ông Trần Văn An"])
    assert speakers("Văn bản này cũng cho biết: “Phần lớn tổ chức đang gặp khó khăn”.") == ["Văn bản này"]
    assert speakers("Số liệu Hiệp hội Trái phiếu (VBMA) thống kê từ Ủy ban Chứng khoán, Sở Giao dịch Hà Nội ghi nhận "
                    "từ đầu tháng đến nay chỉ có 8 đợt phát hành.") == ["Số liệu Hiệp hội Trái phiếu (VBMA)"]
    assert speakers("Các kết luận giám định đều đúng quy định, các clip ghi nhận hành vi của bị cáo.") == []


def test_questions_and_verbs_after_modals_report_nothing():
    assert speakers("KTSG Online: Ông có thể nói rõ hơn về nội dung của đề án này?") == []
    assert speakers("Theo ông, cần phát triển những nền tảng gì?") == []
    assert speakers("Tham gia buổi bình luận trước trận, Roy Keane được đề nghị nói một vài điều về cuốn sách.") == []
    assert speakers("Ông Kucherena từ chối tiết lộ tên công ty tuyển dụng anh ta.") == []
    assert speakers("“Bao giờ thì xong?”, ông Nam hỏi và cho biết sẽ chờ thêm một tuần.") == ["ông Nam"]


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


def test_praise_with_nothing_praised_is_no_report():
    assert speakers("Trong buổi giao lưu, Hoa hậu Lan Anh hát tiếng Anh khiến khán giả khen ngợi.") == []


def test_a_promise_and_a_view_reiterated():
    assert speakers("Đại tá Lê Văn Hùng hứa sẽ cùng tập thể đơn vị hoàn thành mọi nhiệm vụ được giao.") == ["Đại tá Lê Văn Hùng"]
    assert speakers("Ông Trần Quốc Bảo nhắc lại quan điểm của bộ về việc tăng giá điện.") == ["Ông Trần Quốc Bảo"]
    # things that are "promising", what was promised as an object, a booster dose: no one speaks
    assert speakers("Trận chung kết hứa hẹn sẽ rất hấp dẫn.") == []
    assert speakers("Ông Hải muốn làm những gì đã hứa khi nhận chức với cử tri trong huyện.") == []
    assert speakers("Người dân cần tiêm mũi nhắc lại để tăng miễn dịch.") == []


def test_an_admission_with_its_object():
    assert speakers("Tại hội nghị, lãnh đạo thành phố thẳng thắn nhìn nhận những hạn chế trong cải cách hành chính.") == \
        ["lãnh đạo thành phố"]
    assert speakers("Cách nhìn nhận của giới trẻ về hôn nhân đã thay đổi nhiều.") == []


def test_an_analysis_voiced_by_a_person_or_a_source():
    assert speakers("Sau trận thua, giới chuyên gia liên tục phân tích về hàng thủ thiếu người của đội bóng.") == ["giới chuyên gia"]
    assert speakers("Ông Lê Văn Hòa phân tích, giá thép tăng do chi phí vận chuyển cao.") == ["Ông Lê Văn Hòa"]
    # a noun or a lab test, not an analysis voiced
    assert speakers("Bộ Giáo dục cũng công bố phân tích phổ điểm của từng môn thi.") == []
    assert speakers("Bệnh nhân được chỉ định làm xét nghiệm tổng phân tích tế bào máu.") == []


def test_a_work_tells_what_it_is_about_and_does_not_speak():
    assert speakers("Bộ phim nói về cuộc đời của một nữ bác sĩ vùng cao.") == []
    assert speakers("Đạo diễn nói về bộ phim mới: “Đây là dự án tôi ấp ủ nhiều năm”.") == ["Đạo diễn"]


def test_a_post_of_photos_is_no_report():
    assert speakers("Mới đây, ca sĩ Minh Thư đã chia sẻ trên trang cá nhân loạt ảnh mới chụp ở Đà Lạt.") == []
    assert speakers("Ca sĩ Minh Thư chia sẻ trên trang cá nhân rằng cô sắp ra album mới.") == ["Ca sĩ Minh Thư"]


def test_a_body_announcing_an_act():
    assert speakers("Hôm qua, Sở Y tế đã công bố tạm dừng hoạt động của hai phòng khám tư nhân.") == ["Sở Y tế"]
    # announcing an object (a decision read out, an app launched) gives no content
    assert speakers("Chiều 5/3, Công an huyện công bố quyết định xử phạt đối với 12 người đua xe.") == []
    assert speakers("Ngày 1/6, Tổng cục Du lịch chính thức công bố ứng dụng du lịch mới.") == []


def test_a_decision_read_out_with_what_it_decides():
    text = ("Tại buổi lễ, Thiếu tướng Trần Văn An, Giám đốc Công an tỉnh công bố và trao Quyết định số 12/QĐ do Bộ trưởng "
            "ký ngày 1/8, bổ nhiệm ông Lê Văn Dũng giữ chức Phó Giám đốc.")
    assert speakers(text) == ["Thiếu tướng Trần Văn An"]


def test_a_notice_signed_or_a_document_that_states():
    assert speakers("Giám đốc Sở Giao thông vừa ký công văn thông báo điều chỉnh giờ cấm xe tải trong nội đô.") == \
        ["Giám đốc Sở Giao thông"]
    assert speakers("Nội dung trên được Ủy ban Chứng khoán nêu trong quyết định xử phạt công ty chứng khoán.") == \
        ["Ủy ban Chứng khoán"]
    # a document signed, without what it says, is no one's words
    assert speakers("Phó Thủ tướng vừa ký ban hành nghị quyết về phiên họp chuyên đề tháng 5.") == []


def test_a_conclusion_drawn_by_a_body():
    assert speakers("Ủy ban Kiểm tra Trung ương kết luận ban thường vụ huyện ủy đã vi phạm quy chế làm việc.") == \
        ["Ủy ban Kiểm tra Trung ương"]
    # "có kết luận điều tra" is a document made, not a conclusion stated (held-out README)
    assert speakers("Công an tỉnh vừa có kết luận điều tra vụ lừa đảo chiếm đoạt tài sản ở thị xã.") == []


def test_a_verb_of_saying_with_its_clause_after_a_clause_word_or_adverbs():
    assert speakers("Tuy nhiên, Sở Tài chính hỏi ý kiến các bộ thì các bộ đều cho rằng nên giữ nguyên mức phí hiện hành.") == ["các bộ"]
    assert speakers("Dù chưa có kết quả nhưng các thành viên hội đồng đều cho rằng đó là điều bình thường.") == ["các thành viên hội đồng"]
    assert speakers("Ngoài ra, các cơ quan chức năng còn bảo đảm với người dân rằng nguồn nước đã an toàn trở lại.") == \
        ["các cơ quan chức năng"]
    # words not said yet, a question, a first person
    assert speakers("Tuy nhiên, những người phản đối sẽ lập luận rằng mức phí này còn quá cao.") == []
    # a belief given as a reason is its holder's (sixteenth round: the two such sentences annotated, held-out-5 cluster_16
    # and held-out-11 034, count it; until then a reason was no attribution)
    assert speakers("Nhiều phụ huynh chủ quan vì cho rằng bệnh này dễ chữa và không nguy hiểm.") == ["Nhiều phụ huynh"]
    assert speakers("Liệu các chuyên gia có cho rằng giá sẽ còn tăng trong năm tới?") == []
    assert speakers("Thật lòng tôi nghĩ rằng đội bóng sẽ còn tiến xa ở giải năm nay.") == []


def test_a_fear_of_what_may_come_is_its_holders_view_and_many_reports_are_a_source():
    assert speakers("Liên minh châu Âu (EU) lo ngại Nga có thể trì hoãn cung cấp khí đốt để trả đũa.") == ["Liên minh châu Âu"]
    assert speakers("Các nhà đầu tư vẫn lo ngại rằng chi phí đi vay tăng nhanh sẽ ảnh hưởng đến tăng trưởng.") == [
        "Các nhà đầu tư"]
    assert speakers("Người dân lo ngại về ô nhiễm không khí trong mùa khô.") == []  # a worry about a topic, no claim
    assert speakers("Song, nhiều báo cáo gần đây đã chỉ ra dòng iPhone mới vẫn sẽ lên kệ đúng lịch vào tháng 9.") == [
        "nhiều báo cáo"]


def test_speech_acts_with_their_that_clause_and_a_group_said_to_exist():
    # stop 16: a joke, an exclamation, a signal with "rằng" report their clause; a quantified group after "có" speaks
    assert speakers("Trước trận đấu, HLV Park Hang-seo bông đùa rằng ông đã quá quen với mưa ở Hà Nội.") == ["HLV Park Hang-seo"]
    assert speakers("Sau buổi công chiếu thì cũng có không ít khán giả cho rằng cái kết của phim quá vội vàng.") == \
        ["không ít khán giả"]
    # a rumour with no quantified group keeps no speaker; a thought is no one's words
    assert speakers("Có ý kiến cho rằng cái kết của phim quá vội vàng và thiếu thuyết phục.") == []
    assert speakers("Anh hiểu rằng con đường phía trước còn rất nhiều khó khăn.") == []


def test_a_finding_a_sector_and_a_party_as_speakers():
    assert speakers("Theo đó, khán giả nhận thấy, ở nhiều cảnh quay, nam chính trông giống hệt nhân vật trong truyện.") == ["khán giả"]
    assert speakers("Trong mùa mưa, ngành điện khuyến cáo người dân không đến gần trạm biến áp bị ngập.") == ["ngành điện"]
    assert speakers("Trong khi đó, đảng Dân chủ lại chỉ trích dự luật thuế mới.") == ["đảng Dân chủ"]
    # blame by a phrase that is no body's name is no one's words ("các bình luận chỉ trích …" describes comments)
    assert speakers("Kênh này trích dẫn các bình luận chỉ trích nam ca sĩ vì phát ngôn thiếu tế nhị.") == []


def test_an_opener_is_no_claim_and_an_openers_passive_is_not_the_speaker():
    found = attributions(to_cluster(["Trong khi đó, ông Trần Văn Nam chỉ trích luật mới."]))
    assert [(a.speaker, a.claim) for a in found] == [("ông Trần Văn Nam", "luật mới.")]
    assert speakers("Trước những khó khăn được ngành giáo dục nêu ra, GS Trần Văn Bình cho biết việc thiếu giáo viên đã kéo dài.") == \
        ["GS Trần Văn Bình"]


def test_a_colon_quote_after_several_openers():
    text = "Trong một buổi phỏng vấn, khi được hỏi về dự định sắp tới, Hồng Nhung liền đáp: “Tôi sẽ nghỉ ngơi một thời gian.”"
    assert speakers(text) == ["Hồng Nhung"]
    assert speakers("Cô nàng còn khéo léo bóng gió: “Mọi người hãy chờ sản phẩm tiếp theo nhé.”") == ["Cô nàng"]


def test_a_law_pointed_at_or_named_states_a_rule_in_general_does_not():
    # stop 16 (the guideline's "a document that states", "Theo quyết định này")
    assert speakers("Theo luật pháp Singapore, người hút thuốc nơi công cộng bị phạt tiền.") == ["luật pháp Singapore"]
    assert speakers("Theo luật mới, người lao động được nghỉ thêm một ngày mỗi năm.") == ["luật mới"]
    assert speakers("Theo luật, người lao động được nghỉ thêm một ngày mỗi năm.") == []
    assert speakers("Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm.") == []


def test_an_editorial_a_head_of_state_by_his_seat_and_praise_with_its_adverb():
    assert speakers("Hồ sơ mật bị để lẫn với nhiều vật dụng cá nhân, một bài xã luận trên tờ Le Monde đánh giá.") == \
        ["một bài xã luận trên tờ Le Monde"]
    assert speakers("Ông chủ điện Kremlin cũng nhắc lại lịch sử quan hệ giữa hai nước.") == ["Ông chủ điện Kremlin"]
    assert speakers("Thay mặt Chính phủ, Thủ tướng đánh giá rất cao sự chuẩn bị của các bộ, ngành.") == ["Thủ tướng"]


def test_a_clause_that_opens_with_a_titled_name_then_a_closing_speaker():
    text = "Tổng thống Pháp đã đích thân trao món quà cho Thủ tướng Ý - đại sứ Pháp Jean Dupont tiết lộ với các phóng viên."
    assert speakers(text) == ["đại sứ Pháp Jean Dupont"]


def test_those_led_to_a_belief_hold_it_and_a_name_given_in_the_passive():
    # stop 16 (held-out-17): "khiến X cho rằng/cho là …": X holds the belief; "được X gọi là “…”": X gave the name
    assert speakers("Mức phí mà công ty đưa ra khiến nhiều người cho là vô lý.") == ["nhiều người"]
    assert speakers("Chiếc xe phát nổ, khiến nhà chức trách Nga cho rằng nạn nhân là mục tiêu của vụ tấn công.") == \
        ["nhà chức trách Nga"]
    assert speakers("Ông được các phương tiện truyền thông phương Tây gọi là “kiến trúc sư của chiến dịch”.") == \
        ["các phương tiện truyền thông phương Tây"]


def test_a_titled_speaker_after_a_clause_a_view_named_after_its_claim_a_document_that_sets_out():
    assert speakers("Bộ phim ra đời từ đây và nàng Mai cho biết từng không ưng ý với ý tưởng này.") == ["nàng Mai"]
    assert speakers("Tăng lương theo hiệu quả công việc cũng là ý kiến của nhiều chuyên gia khi góp ý cho thành phố.") == \
        ["nhiều chuyên gia"]
    assert speakers("Nghị quyết số 12-NQ/TU đề ra mục tiêu xây dựng đội ngũ cán bộ có đức, có tài.") == ["Nghị quyết số 12-NQ/TU"]
    assert speakers("Cô nhớ, mỗi sáng, cô đều đi bộ qua con phố ấy để đến trường.") == ["Cô"]
    assert speakers("Cần ghi nhớ, mỗi ngày phải uống đủ nước.") == []
    # two bodies joined by "và" stay one speaker
    assert speakers("Bộ Y tế và Bộ Công an cho biết sẽ phối hợp kiểm tra.") == ["Bộ Y tế và Bộ Công an"]


def test_told_to_an_outlet_a_hope_held_and_a_sentence_that_hands_over_to_a_quote():
    # stop 16 (held-out-18)
    assert speakers("Nguồn tin cho Reuters biết, thương vụ vẫn đang trong giai đoạn đàm phán.") == ["Nguồn tin"]
    assert speakers("Cô được người hâm mộ tin tưởng sẽ giành vương miện tại cuộc thi năm nay.") == ["người hâm mộ"]
    text = "Tiền đạo Luis Suarez đã trở về quê nhà.\n\nAnh nói với Telemundo:\n\n“Tôi rất vui khi được trở lại nơi tôi bắt đầu.”"
    found = attributions(to_cluster([text]))
    assert [(a.speaker, a.sources[0].sentence) for a in found] == [("Anh", 1), ("Anh", 2)]
    assert found[0].claim.startswith("“Tôi rất vui")  # the words it hands over to


def test_a_law_that_rules_a_belief_in_the_passive_an_opener_naming_who_else():
    # stop 16 (held-out-19)
    assert speakers("Luật Giáo dục quy định, mọi công dân đều có quyền học tập.") == ["Luật Giáo dục"]
    assert speakers("Các kết luận giám định đều đúng quy định, không có sự cắt ghép.") == []
    assert speakers("Tạo hình của nhân vật được người xem cho rằng rất giống một bộ phim nổi tiếng.") == ["người xem"]
    assert speakers("Không riêng Quách Thu Phương, nhiều nghệ sĩ như Tú Oanh cũng nói vai càng ngắn càng khó.") == \
        ["nhiều nghệ sĩ như Tú Oanh"]
    assert speakers("Ca sĩ Hồng Nhung từng có chia sẻ về album đầu tay của mình: “Đó là những ngày đẹp nhất.”") == \
        ["Ca sĩ Hồng Nhung"]


def test_a_claim_that_ends_in_a_question_and_the_last_word_of_a_quote():
    # stop 16 (held-out-20): a speaker and "chia sẻ," before a rhetorical question make a claim; a quote opened in an earlier
    # sentence that closes after "cảnh báo" names no speaker closing the sentence
    assert speakers("Thiếu tướng Nguyễn Văn An, Phó cục trưởng, chia sẻ, rất hiểu nỗi lo của người dân, liệu có lấy lại được tiền không?") \
        == ["Thiếu tướng Nguyễn Văn An"]
    assert speakers("Ông có thể chia sẻ, điều gì khiến ông quyết định như vậy?") == []
    assert speakers("Vũ khí được thử trong thực chiến chống lại quân đội đối phương – một lực lượng có nhiều hệ thống cảnh báo”.") == []
