"""Unconfirmed claims (unconfirmed.py): allegations made, probabilities, likelihoods, risks, rumours, forecasts,
speculative and rhetorical questions, things said to be; and uses of "có thể", "khả năng", "được cho" that are no doubt."""

from __future__ import annotations

from analysis_support import cues, lowered_cues


def test_allegations_made_are_unconfirmed():
    assert cues("Tổ chức Ân xá quốc tế đã đưa ra một loạt cáo buộc, nói rằng các vụ tấn công được hỗ trợ.") == ["cáo buộc"]
    assert cues("Nhiều khán giả cáo buộc ca khúc mới giống hệt một bài hát nước ngoài.") == ["cáo buộc"]
    # a noun after a determiner or a verb that takes it as object is no new allegation
    assert cues("Công ty đã phủ nhận cáo buộc và tuyên bố khởi kiện.") == []
    assert cues("Nga vẫn bác bỏ các cáo buộc của EU về năng lượng.") == []
    assert cues("Ông bị bắt vì cáo buộc tham nhũng trong nhiều năm.") == []


def test_probability_and_the_utmost():
    assert cues("Tình huống có xác suất cao nhất là nền kinh tế sẽ chậm lại.") == ["xác suất"]
    assert cues("Chính phủ đã làm tất cả những gì có thể để tránh thương vong.") == []
    assert cues("Các hộ gia đình đều sống tiết kiệm nhất có thể.") == []
    assert cues("Giá xăng có thể tăng mạnh trong tuần tới.") == ["có thể"]


def test_requests_and_rhetoric_are_no_doubt():
    assert cues("KTSG Online: Ông có thể chia sẻ về thông điệp này?") == []
    assert cues("Chiếc máy có mức giá mà khó ai có thể nghĩ tới.") == []
    assert cues("Do đó nhà đầu tư có thể gặp rủi ro khi doanh nghiệp không trả được nợ.") == ["có thể"]


def test_likelihoods_with_a_future_and_suspicion():
    assert cues("Nhiều dự đoán cho rằng Fed khả năng sẽ tăng lãi suất thêm 100 điểm.") == ["khả năng"]
    assert cues("Nếu tăng trưởng đạt 7% thì khả năng lạm phát cả năm sẽ ở mức 3,5%.") == ["khả năng"]
    assert cues("Học sinh có năng lực cảm thụ và khả năng diễn đạt tốt sẽ đạt điểm cao.") == []
    assert cues("Ông bị sa thải vì tình nghi vi phạm kỷ luật nghiêm trọng.") == ["vì tình nghi"]


def test_risks_rumours_and_forecasts():
    # held-out-2 conventions: a risk, a rumour, a forecast with its clause, a warning of a possibility
    assert cues("Chỉ số này có nguy cơ rớt hạng trong năm tới.") == ["có nguy cơ"]
    assert cues("Nam diễn viên từng được đồn sẽ đóng vai chính.") == ["được đồn"]
    assert cues("Các chuyên gia dự báo, tuần này giá vàng sẽ giảm.") == ["dự báo"]
    assert cues("Giới phân tích cảnh báo về khả năng giá dầu tăng vọt.") == ["khả năng"]
    # no risk, a risk group named, a forecast as a noun in a list or as hard to make: no doubt
    assert cues("Trung tâm cho biết không có nguy cơ xảy ra sóng thần.") == []
    assert cues("Người có nguy cơ cao nên tiêm vaccine sớm.") == []
    assert cues("Tình hình còn phức tạp, khó dự báo.") == []
    assert cues("Cần tăng cường nghiên cứu, dự báo, định hướng thị trường.") == []


def test_a_denied_speculation_is_no_doubt():
    assert cues("Bộ trưởng đã bác bỏ mọi suy đoán và tuyên bố nhà máy vẫn hoạt động bình thường.") == []
    assert cues("Giới phân tích đưa ra nhiều suy đoán về kế hoạch sáp nhập.") == ["suy đoán"]


def test_a_speculative_question_is_a_cue():
    assert lowered_cues("Sau ba trận thua liên tiếp, liệu đội bóng có trụ hạng được?") == ["liệu"]
    assert lowered_cues("Liệu giá vàng có tiếp tục tăng trong tuần tới?") == ["liệu"]
    # the noun "tài liệu/dữ liệu", a therapy, or a statement with no question
    assert lowered_cues("Tài liệu này có ghi rõ thời hạn nộp hồ sơ?") == []
    assert lowered_cues("Liệu pháp mới có hiệu quả với bệnh nhân?") == []
    assert lowered_cues("Dữ liệu có được lưu trên máy chủ trong nước.") == []


def test_a_capacity_is_no_doubt_but_a_likely_event_is():
    assert lowered_cues("Hệ thống tên lửa này có khả năng đánh chặn mục tiêu ở độ cao 30 km.") == []
    assert lowered_cues("Người làm thủ tục phải có tài khoản ngân hàng và có khả năng thanh toán trực tuyến.") == []
    assert lowered_cues("Ứng dụng mới sẽ giúp người dùng có khả năng tự tra cứu hồ sơ.") == []
    assert lowered_cues("Nhiều khu vực ven sông có khả năng ngập sâu trong đêm nay.") == ["có khả năng"]
    assert lowered_cues("Vùng áp thấp có khả năng mở rộng về phía đông trong vài ngày tới.") == ["có khả năng"]


def test_a_capacity_required_is_no_doubt():
    assert lowered_cues("Lực lượng cứu hộ cần phải có khả năng đối phó với lũ lớn.") == []
    assert lowered_cues("Cơn bão có khả năng mạnh thêm khi vào gần bờ.") == ["có khả năng"]


def test_a_degree_or_an_amount_that_is_said_to_be():
    assert lowered_cues("Giá chuyển nhượng tiền vệ này được cho lên đến 40 triệu bảng.") == ["được cho"]
    assert lowered_cues("Mẫu tên lửa mới được cho còn mạnh hơn mẫu cũ.") == ["được cho"]
    # something given or allowed is no doubt
    assert lowered_cues("Hai bệnh nhân đã được cho về nhà theo dõi sức khỏe.") == []


def test_a_risk_of_suffering():
    assert lowered_cues("Nhiều hộ dân đứng trước nguy cơ bị cắt điện trong mùa khô.") == ["nguy cơ"]
    assert lowered_cues("Theo kết quả kiểm tra, công trình không có nguy cơ bị sạt lở.") == []


def test_a_rhetorical_question_of_doubt():
    assert lowered_cues("Thị trường bất động sản có thật đang hồi phục?") == ["có thật"]
    assert lowered_cues("Câu chuyện này là có thật và đã được kiểm chứng.") == []


def test_a_fear_and_a_risk_that_an_event_happens_are_cues_a_risk_factor_and_an_ability_are_not():
    assert lowered_cues("Tình trạng này khiến nhiều người nghi ngại rằng iPhone 14 sẽ bị lùi lịch ra mắt.") == ["nghi ngại"]
    assert lowered_cues("Nắng nóng kéo dài dẫn đến nguy cơ cao xảy ra sự cố lưới điện cục bộ.") == ["nguy cơ"]
    assert lowered_cues("Châu Âu vẫn lo về nguy cơ thiếu khí đốt trong mùa đông.") == ["nguy cơ"]
    assert lowered_cues("Hút thuốc làm tăng nguy cơ mắc ung thư phổi.") == []
    assert lowered_cues("Ít có ca sĩ trẻ nào có thể thực hiện được 5 liveshow trong 4 năm.") == []
    assert lowered_cues("Ông Sunak có thể sẽ chỉ giành được 35% phiếu ủng hộ.") == ["có thể"]
    assert lowered_cues("Biến thể BA.2.12.1 cũng có khả năng lẩn tránh miễn dịch.") == []
    assert lowered_cues("Xe máy va chạm với một ô tô chưa rõ BKS rồi bỏ chạy.") == []


def test_a_way_of_putting_it_is_no_doubt():
    assert lowered_cues("Tài khoản định danh có thể được xem như “CCCD trên mạng”.") == []
    assert lowered_cues("Đây có thể coi là bước tiến lớn của ngành.") == []
    assert lowered_cues("Giá xăng có thể tăng mạnh trong tuần tới.") == ["có thể"]
    assert lowered_cues("Khách hàng của Celsius có thể được coi là chủ nợ không có tài sản bảo đảm.") == ["có thể"]


def test_a_capacity_to_secure_supply_or_protect_is_no_doubt():
    assert lowered_cues("Bà nhấn mạnh, quân đội Đức có khả năng đảm bảo an ninh ở cấp khu vực và quốc gia.") == []
    assert lowered_cues("Bà từng nói rằng Đức có khả năng hạn chế trong việc cung cấp vũ khí cho Ukraine.") == []
    assert lowered_cues("Bão có khả năng mạnh lên trong 24 giờ tới.") == ["có khả năng"]


def test_health_advice_a_hope_and_a_way_of_naming_are_no_doubt():
    assert lowered_cues("Trạm y tế giám sát, điều tra các ca bệnh nghi ngờ, nắm bắt tình hình dịch.") == []
    assert lowered_cues("Khi có các dấu hiệu nghi ngờ mắc sốt xuất huyết cần đến ngay cơ sở y tế.") == []
    assert lowered_cues("Cô hy vọng có thể sắp xếp thời gian cho gia đình.") == []
    assert lowered_cues("MV mới có thể gọi là sự lột xác của Jack.") == []
    assert lowered_cues("Cảnh sát nghi ngờ nghi phạm đã bỏ trốn.") == ["nghi ngờ"]


def test_a_last_choice_and_a_machines_specifications_are_no_doubt():
    assert lowered_cues("Khán giả chỉ còn có thể lựa chọn hạng vé Standard.") == []
    assert lowered_cues("Chiến đấu cơ này có thể mang theo 4,5 tấn vũ khí và có thể hoạt động cả ngày lẫn đêm.") == []
    assert lowered_cues("Nhà máy có thể hoạt động trở lại vào tháng 5.") == ["có thể"]


def test_a_players_range_is_no_doubt():
    assert lowered_cues("Osimhen là mẫu trung phong hiện đại, có khả năng hoạt động rộng.") == []
    assert lowered_cues("Nhà máy có khả năng hoạt động trở lại vào tháng sau.") == ["có khả năng"]


def test_a_question_that_suggests_is_doubt_an_affordable_price_is_not():
    assert lowered_cues("Như vậy, phải chăng Trương Lăng Hách là người mà khán giả muốn đề cử?") == ["phải chăng"]
    assert lowered_cues("Giá cả phải chăng là lợi thế của sản phẩm.") == []


def test_a_speaker_not_sure_and_a_matter_hard_to_establish_are_doubt():
    # stop 16 (general words of doubt)
    assert lowered_cues("“Tôi không chắc đội bóng sẽ mua thêm cầu thủ”, ông nói.") == ["không chắc"]
    assert lowered_cues("Tuy nhiên, rất khó để có thể xác định nguồn gốc của số tiền này.") == ["khó để có thể xác định"]
    assert lowered_cues("Rất khó để có thể giành chiến thắng trên sân khách.") == []  # a hard task, no claim in doubt


def test_a_machines_range_is_no_doubt_its_price_or_a_risk_is():
    assert lowered_cues("Tiêm kích này có thể mang 6 tấn vũ khí.") == []
    assert lowered_cues("Hệ thống radar của tàu có thể quét trong phạm vi 200 km.") == []
    assert lowered_cues("Mỗi chiếc máy bay không người lái có thể có giá tới 2 triệu USD.") == ["có thể"]
    assert lowered_cues("Chiếc máy bay có thể bị rơi ở độ cao 300 m.") == ["có thể"]


def test_allegations_named_again_are_no_new_cue():
    assert lowered_cues("Tổ chức này đã điều tra 30 vụ việc trước khi đưa ra những cáo buộc trên.") == []
    assert lowered_cues("Nhóm phóng viên đưa ra một loạt cáo buộc nhằm vào công ty.") == ["cáo buộc"]


def test_unclear_is_doubt_a_description_purpose_and_sufficiency_are_not():
    assert lowered_cues("Ông nói sẽ giải quyết việc này, nhưng không rõ liệu ông có thực sự làm hay không.") == ["không rõ"]
    assert lowered_cues("Nghi phạm (không rõ lai lịch) đã bỏ trốn.") == []
    assert lowered_cues("Quy trình còn nhiều điểm không rõ ràng.") == []
    assert lowered_cues("Lịch thi đấu được điều chỉnh để đội tuyển có thể bổ sung lực lượng.") == []
    assert lowered_cues("Người vay chỉ cần chụp ảnh giấy tờ tùy thân là có thể vay tiền.") == []
    assert lowered_cues("Ngân hàng tăng lãi suất để chống lạm phát có thể gây suy thoái.") == ["có thể"]
    assert lowered_cues("Việc đội bóng thay huấn luyện viên là điều được dự đoán trước.") == []
    assert lowered_cues("Cổ phiếu này cũng nhận thông báo về khả năng đình chỉ giao dịch.") == ["khả năng"]


def test_a_risk_of_causing_a_question_without_its_mark_and_a_risk_a_measure_limits():
    assert cues("Ngay việc dùng điện thì nguy cơ quá tải, thậm chí nguy cơ gây cháy nổ cũng sẽ tăng cao.") == ["nguy cơ"]
    assert cues("Hút thuốc làm tăng nguy cơ gây ung thư phổi.") == []
    assert cues('Khán giả đặt ra câu hỏi: "Phải chăng Việt Nam đang loạn các cuộc thi hoa hậu".') == ["Phải chăng"]
    assert cues("Để hạn chế nguy cơ xảy ra sự cố cũng như nguy cơ cháy nổ, EVN đề nghị người dân tiết kiệm điện.") == []


def test_guesses_hearsay_a_possibility_raised_and_a_body_that_may_consider():
    assert cues("Động thái này khiến nhiều bạn đọc đoán rằng hai người đang yêu lại.") == ["đoán rằng"]
    assert cues("Bởi biết đâu thời gian xa cách đã khiến cả hai nhận ra tình cảm.") == ["biết đâu"]
    assert cues("Bạn cần biết đâu là loại thực phẩm cần thiết.") == []
    assert cues("Đây chỉ là suy luận của khán giả.") == ["suy luận"]
    assert cues("Tuần trước, Saudi Arabia đã đề cập đến khả năng cắt giảm sản lượng.") == ["khả năng"]
    assert cues("Ủy ban Thường vụ Quốc hội có thể xem xét mở rộng ra các nội dung khác.") == ["có thể"]
    assert cues("Khán giả có thể xem trực tiếp trên VTV. Công dân có thể chia sẻ thông tin của mình.") == []
    assert cues("Theo đó, có 55% chuyên gia dự báo giá vàng giảm.") == ["dự báo"]


def test_a_hope_a_way_of_putting_it_a_means_and_what_none_could_do_are_no_doubt_but_a_named_risk_is():
    assert cues("Nhiều doanh nghiệp hy vọng, tương lai Việt Nam có thể xuất khẩu thịt lợn chính ngạch.") == []
    assert cues("Các trận động đất ở Kon Tum có thể coi là sự tái diễn của động đất kích thích.") == []
    assert cues("Thông qua hội chợ, doanh nghiệp có thể tiếp thị sản phẩm.") == []
    assert cues("Không có nhóm nhạc nam nào ngoài BTS có thể lọt vào top 10.") == []
    assert cues("Trước thực tế đó, nguy cơ động đất trong các tháng tới là khó tránh khỏi.") == ["nguy cơ"]
    assert cues("Hút thuốc làm tăng nguy cơ tử vong.") == []


def test_a_forecast_as_the_yardstick_of_a_condition_is_no_doubt():
    # "như dự báo": the forecast measures the condition, the claim hedged is the "thì …" after it (stop 19)
    assert cues("Nếu tuần tới trời rét đậm như dự báo thì giá rau xanh chắc chắn sẽ tăng mạnh.") == []
    assert cues("Các chuyên gia dự báo giá rau xanh sẽ tăng mạnh trong tuần tới.") == ["dự báo"]


def test_those_named_not_yet_speaking_to_confirm_is_doubt():
    # "chưa lên tiếng xác nhận" (stop 19, held-out-33 045), named as written
    assert cues("Bộ ảnh vẫn được lan truyền dù các diễn viên chưa lên tiếng xác nhận.") == ["chưa lên tiếng xác nhận"]
    assert cues("Nữ ca sĩ đã lên tiếng xác nhận tin vui.") == []
    assert cues("Thông tin này chưa được cơ quan chức năng kiểm chứng.") == ["chưa được … kiểm chứng"]


def test_naming_examples_is_no_doubt():
    # stop 20 (held-out-26 cluster_136): "Có thể kể tới …" lists examples, as "có thể kể tên"
    assert cues("Có thể kể tới tập thể bác sĩ Bệnh viện Trung ương Huế với đề tài ghép tim.") == []
    assert cues("Giá xăng có thể tăng mạnh trong tuần tới.") == ["có thể"]
    # "xem ra" (it seems) hedges, as "có vẻ" (held-out-30 abmusu-validation-001); "xem ra sao" (how it goes) does not
    assert cues("Có thể kể ra nhiều nguyên nhân, nhưng xem ra nguyên nhân sâu xa là sự lệch lạc.") == ["xem ra"]
    assert cues("Chúng ta hãy chờ xem ra sao.") == []


def test_cues_read_in_round_39():
    # stop 20 (held-out-35): a risk prevented is a purpose; rumour and leaks are doubt; a variant's ability; a suspected case
    assert cues("Ông cho biết, để ngăn chặn nguy cơ mất an toàn giao thông, mức phạt sẽ tăng.") == []
    assert cues("Hàng nghìn hộ dân đối mặt nguy cơ mất nhà.") == ["nguy cơ"]
    assert cues("Hoa hậu bị đồn mua giải.") == ["bị đồn"]
    assert cues("Theo thông tin rò rỉ, máy có màn hình mới.") == ["thông tin rò rỉ"]
    assert cues("Biến thể BA.5 có thể lẩn tránh miễn dịch.") == []
    assert cues("Xử trí trẻ nghi ngờ nhiễm cúm chủ yếu là hạ sốt.") == []


def test_cues_read_in_round_41():
    # a confirmation that cannot be given or is still missing, an accusation with no accuser, a transfer rumour
    assert cues("Hãng tin thừa nhận không thể xác minh độc lập các thông tin trên.") == ["không thể xác minh"]
    assert cues("Phía Anh vẫn chưa thể xác nhận quy mô cuộc tấn công.") == ["chưa thể xác nhận"]
    assert cues("Đã có tiếng nổ, song vẫn chưa có bất kỳ xác nhận chính thức nào từ chính quyền.") == ["chưa có bất kỳ xác nhận"]
    assert cues("Ca khúc còn bị tố đạo nhái một sản phẩm nước ngoài.") == ["bị tố"]
    assert cues("Cả bên tố cáo lẫn bên bị tố cáo đều không đưa ra bằng chứng.") == []
    assert cues("Câu lạc bộ đã được liên kết với tiền vệ Sander Berge trong nhiều tuần.") == ["được liên kết với"]
    assert cues("Tài khoản ngân hàng được liên kết với ứng dụng của nhà mạng.") == []


def test_ability_opened_by_a_means_or_a_help_and_what_none_could_do_in_round_41():
    assert cues("Hội chợ là cần thiết, qua đó doanh nghiệp có thể tiếp cận các đối tác lớn.") == []
    assert cues("Lãi suất tăng, qua đó có thể tác động mạnh tới tăng trưởng.") == ["có thể"]
    assert cues("Quyết định giúp các bệnh viện, cơ sở y tế trong cả nước có thể chủ động mời thầu.") == []
    assert cues("Uống nước ấm giúp đờm loãng ra, trẻ dễ chịu hơn, có thể giúp giảm ho.") == ["có thể"]
    assert cues("Đó là thành tích không tiền vệ nào tại giải đấu có thể chạm đến.") == []
    assert cues("Những nơi có thể xây cầu phao đều nằm trong tầm hỏa lực.") == []


def test_a_choice_offered_confidence_felt_and_a_dotted_subject_of_a_purpose_are_no_doubt_in_round_42():
    assert cues("Người tham gia có thể lựa chọn đóng định kỳ 3 tháng hoặc 6 tháng một lần.") == []
    assert cues("Cô vẫn có thể tự tin khi đụng hàng Hoa hậu.") == []
    assert cues("Thời gian còn lại là quá ngắn để CLB TP.HCM có thể giành điểm.") == []
    assert cues("Giá xăng có thể tăng mạnh để TP.HCM có thể bị ảnh hưởng.") == ["có thể"]


def test_nothing_guarantees_it_and_ability_read_in_round_43():
    assert cues("Anh từng là trụ cột, song chưa có gì đảm bảo anh sẽ được giữ lại.") == ["chưa có gì đảm bảo"]
    assert cues("Theo HLV, anh là hậu vệ có khả năng, nhưng còn phải chứng minh.") == []
    assert cues("Trời có khả năng mưa lớn vào chiều nay.") == ["có khả năng"]
    assert cues("Các chỉ báo cho tín hiệu trung tính, xu hướng chưa rõ nét.") == []
    assert cues("Nguyên nhân vụ cháy vẫn chưa rõ.") == ["chưa rõ"]
    assert cues("Khóa học dùng tiếng Anh để học viên có thể làm chủ ngôn ngữ.") == []
    assert cues("Bão để lại nhiều thiệt hại để khu vực có thể làm tăng nguy cơ lũ.") == ["có thể"]


def test_permission_of_qualified_users_a_likelihood_rated_and_suspected_cases_in_round_44():
    assert cues("Người dùng gói cước cũ hiện tại có thể tiếp tục sử dụng dịch vụ.") == []
    assert cues("Họ kêu gọi những nhân viên có thể làm việc từ xa ở nhà.") == []
    assert cues("Phần thi vừa sức với thí sinh nhưng có thể sẽ khó đạt điểm tối đa.") == ["có thể"]
    assert cues("Khách hàng của quỹ có thể được coi là chủ nợ.") == ["có thể"]
    assert cues("Một số công ty trong trường hợp cần thiết có thể sắp xếp giờ làm việc.") == []
    assert cues("Nhờ đó, máy có khả năng tránh được các phần mềm độc hại.") == []
    assert cues("Bệnh viện đã tiếp nhận 1.068 ca nghi nhiễm cúm.") == []
    assert cues("Theo NASA, khả năng mảnh vỡ rơi xuống khu dân cư rất thấp.") == ["khả năng"]
    assert cues("Tiêu đề Những cáo buộc trên được tiết lộ sau chuyến thăm.") == []
    assert cues("Nga cáo buộc Ukraine tấn công nhà máy.") == ["cáo buộc"]
    assert cues("Hãng không khuyến khích người dùng bẻ khóa vì có thể gây hại cho máy.") == ["có thể"]
    assert cues("Khoảng 100 người dân tỉnh này có thể đã thiệt mạng.") == ["có thể"]


def test_a_transfer_link_and_more_ability_in_round_45():
    assert cues("Trong thời gian qua, tiền đạo này được liên hệ chuyển đến Juventus.") == ["được liên hệ"]
    assert cues("Ông được liên hệ để hỏi ý kiến.") == []
    assert cues("Các nhà thiên văn có thể ước tính khối lượng của một ngôi sao.") == []
    assert cues("Kính viễn vọng này có thể sánh ngang với Hubble.") == []
    assert cues("Người hâm mộ hoàn toàn có thể mong chờ một bất ngờ.") == []
    assert cues("Tài khoản này có thể được hiểu là ví giấy tờ điện tử.") == []
    assert cues("Công dân có thể thông báo lưu trú trên ứng dụng, có thể khai báo y tế.") == []
    assert cues("Giá có thể tăng, có thể giảm.") == ["có thể"]


def test_odds_in_percent_a_linked_target_and_what_is_not_yet_established_in_round_46():
    assert cues("Công cụ FedWatch cho thấy 56,5% khả năng tăng 50 điểm.") == ["khả năng"]
    assert cues("Tôi sẽ cố gắng 200% khả năng để không phụ lòng khán giả.") == []
    assert cues("Đội bóng còn được liên kết với mục tiêu số 1 của đối thủ.") == ["được liên kết với"]
    assert cues("Chúng tôi chưa thực sự xác định rằng họ là mục tiêu.") == ["chưa thực sự xác định"]
    assert cues("Danh tính nạn nhân chưa xác định.") == []
    assert cues("Tổ công tác kiểm tra kỹ các đối tượng nghi vấn.") == []


def test_a_likelihood_denied_in_round_47():
    assert cues("Nước này rõ ràng là không có khả năng sẽ tham gia.") == []
    assert cues("Theo tin đồn rò rỉ, hãng có thể ra mắt điện thoại mới.")[:1] == ["tin đồn"]


def test_a_reach_over_anything_and_rumour_mongering_are_no_doubt_in_round_50():
    assert lowered_cues("Đội ngũ chuyên gia có thể làm việc từ bất cứ nơi đâu trên thế giới.") == []
    assert lowered_cues("Nhà máy này có thể đốt bất cứ loại rác nào.") == []
    assert lowered_cues("Căn nhà có thể sập bất cứ lúc nào.") == ["có thể"]
    assert lowered_cues("Bệnh có thể xuất hiện ở bất cứ mùa nào trong năm.") == ["có thể"]
    assert lowered_cues("Thông tin thiếu minh bạch dẫn đến tình trạng tung tin đồn thổi, nhiễu loạn thị trường.") == []
    assert lowered_cues("Có tin đồn rằng ca sĩ sắp kết hôn.") == ["có tin đồn"]


def test_an_ability_in_a_relative_clause_or_kept_is_no_doubt_in_round_52():
    assert lowered_cues("Chính phủ xác định số tiền mà họ có thể vay hàng năm.") == []
    assert lowered_cues("Tuy nhiên, ngôi sao sinh năm 1985 vẫn có thể tiếp tục thi đấu.") == []
    # a hedge after "mà" (but), a relative clause that ends before "có thể", a level still to come: doubt
    assert lowered_cues("Trẻ khóc không phải vì đau mà đó có thể là dấu hiệu nhiễm độc.") == ["có thể"]
    assert lowered_cues("Lượng oxit mà mỏ này mang lại có thể rất nhỏ.") == ["có thể"]
    assert lowered_cues("Thua lỗ vẫn có thể ở mức cao.") == ["có thể"]


def test_no_one_knows_and_no_statement_backs_it_in_round_53():
    assert lowered_cues("Hiện tại chẳng ai biết câu trả lời sẽ là gì.") == ["chẳng ai biết"]
    assert lowered_cues("Con số đó giờ đây chẳng ai dám chắc.") == ["chẳng ai dám chắc"]
    assert lowered_cues("Không có tuyên bố chính thức rằng ông sẽ từ giã chính trường.") == ["không có tuyên bố chính thức"]
    assert lowered_cues("Ai cũng biết câu trả lời.") == []
