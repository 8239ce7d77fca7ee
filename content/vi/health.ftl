title = Chăm sóc sức khỏe
summary = Nếu bạn bị bệnh rất nặng hoặc bị thương nặng, hãy gọi { CALL("emergency") }.
    Trong thời gian cân nhắc, nạn nhân có thể được chăm sóc sức khỏe thêm.
    Người không có giấy tờ có thể được giúp miễn phí tại các phòng khám của Hội Chữ thập đỏ.

emergency-care = Nếu bạn bị bệnh rất nặng hoặc bị thương nặng
    .p1 = Hãy gọi { CALL("emergency") }. Cuộc gọi miễn phí.
    .action = { CALL("emergency") }
    .p2 = Nếu bạn không có giấy phép cư trú ở Đan Mạch, hệ thống y tế nhà nước chỉ chữa cấp cứu cho bạn. Nhân viên y tế sẽ quyết định trường hợp nào là cấp cứu.

reflection-care = Chăm sóc sức khỏe trong thời gian cân nhắc
    .p1 = Nếu bạn được xác định là nạn nhân của mua bán người, bạn có thể dùng thêm một dịch vụ y tế trong thời gian cân nhắc. Dịch vụ này gồm có sự giúp đỡ của bác sĩ và sự giúp đỡ của chuyên gia tâm lý.
    .p2 = Người liên lạc của bạn ở CMM có thể giải thích cho bạn những sự giúp đỡ mà bạn có thể nhận.
    .action = { CALL("cmm-hotline") }

clinics = Phòng khám miễn phí cho người không có giấy tờ
    .p1 = Hội Chữ thập đỏ Đan Mạch có các phòng khám miễn phí cho những người sống ở Đan Mạch mà không có giấy tờ. Nghĩa là những người không có thẻ y tế màu vàng và không có số CPR, tức là mã số cá nhân của Đan Mạch.
    .p2 = Có phòng khám ở Copenhagen, Aarhus và Odense. Các phòng khám có thể giúp bạn:
    .list1 =
        - khám và chữa bệnh với bác sĩ
        - tiêm vắc-xin cho trẻ em
        - khám thai khi bạn đang mang thai
        - vật lý trị liệu
        - chữa răng cấp cứu
        - nói chuyện với chuyên gia tâm lý
    .p3 = Có phiên dịch viên tình nguyện giúp đỡ.

find-a-clinic = Cách tìm phòng khám
    .p1 = Địa chỉ của các phòng khám không được công khai, để người không có giấy tờ cảm thấy an toàn.
    .p2 = Mọi người biết đến các phòng khám qua lời kể của người khác, qua nhân viên xã hội làm việc trên đường phố, và qua tờ rơi.
    .p3 = Hãy hỏi một tổ chức mà bạn tin tưởng, hoặc gọi đường dây nóng của CMM.

outreach = Các chuyến thăm về sức khỏe ở tiệm massage
    .p1 = Hai tổ chức AmiAmi và Reden International gửi nhóm y tế đến các tiệm massage. Họ trò chuyện với mọi người và kiểm tra sức khỏe.
    .p2 = Họ cũng có phòng khám riêng của mình.
    .important = Không phải chuyến thăm nào cũng là thăm về sức khỏe. Cảnh sát và Cơ quan Thuế Đan Mạch cũng đến các tiệm massage để kiểm tra và tìm dấu hiệu của mua bán người.
