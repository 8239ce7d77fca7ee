title = Chỗ ở an toàn
summary = Nếu bạn là nạn nhân của mua bán người, bạn có thể có một chỗ ở an toàn, có bữa ăn.
    Để có chỗ ở, hãy bắt đầu bằng việc gọi cho CMM.

get-a-place = Cách để có chỗ ở
    .p1 = Hãy gọi đường dây nóng của CMM. CMM và người liên lạc của bạn sẽ cùng chính quyền sắp xếp chỗ ở cho bạn.
    .action = { CALL("cmm-hotline") }
    .p2 = Trong khi CMM xem xét hoàn cảnh của bạn, CMM có thể cho bạn một chỗ ở nếu bạn cần.
    .p3 = Nếu bạn không có quyền hợp pháp để ở lại Đan Mạch, cảnh sát cũng có thể đưa bạn đến một trung tâm tạm lánh khẩn cấp hoặc một chỗ ở khác trong khi vụ việc của bạn được xem xét.

what-you-get = Chỗ ở như thế nào
    .p1 = Bạn sẽ có một chỗ ở an toàn, có bữa ăn.
    .p2 = Đó có thể là một trung tâm tạm lánh khẩn cấp, một nhà trọ, hoặc một trung tâm tị nạn. Trẻ em dưới 18 tuổi có thể ở tại một nơi ở dành cho trẻ em.

staying-safe = Giữ an toàn
    .p1 = Người liên lạc của bạn ở CMM sẽ xem những gì có thể làm bạn gặp nguy hiểm. Người này có thể giúp bạn về:
    .list1 =
        - lời khuyên để giữ an toàn
        - cách giữ an toàn cho điện thoại của bạn
        - chuyển đến một chỗ ở khác
        - liên lạc với cảnh sát

women = Chỗ ở cho phụ nữ
    .p1 = Tổ chức Reden International có hai nhà tạm lánh cho phụ nữ là nạn nhân của mua bán người, trong thời gian cân nhắc. Địa chỉ được giữ bí mật để giữ an toàn cho bạn.
    .p2 = Nhà tạm lánh cho những phụ nữ sống ở đó lời khuyên về cách giữ an toàn.
    .p3 = Phụ nữ đang xin tị nạn thường ở tại trung tâm tị nạn. Sau khi hoàn cảnh của bạn đã được xem xét, bạn có thể được chuyển đến Reden International.

men = Chỗ ở cho nam giới
    .p1 = Nam giới có thể ở tại một trung tâm tạm lánh khẩn cấp cho nam giới, ở nhà ở có người hỗ trợ, ở một căn hộ, hoặc ở một nơi tương tự. CMM làm việc với một nhà trọ ở Copenhagen.
    .p2 = Nam giới đang xin tị nạn thường ở tại trung tâm tị nạn.

drop-in = Nơi phụ nữ có thể ghé vào ở Copenhagen
    .p1 = Reden International có Mødestedet, một nơi bạn có thể ghé vào mà không cần hẹn trước, ở khu Indre Vesterbro, Copenhagen. Nơi này dành cho phụ nữ nước ngoài bán dâm.
    .list1 =
        - Bạn không cần nói tên.
        - Bạn có thể được giúp về các vấn đề xã hội, pháp lý và sức khỏe.
        - Bạn có thể có chút đồ ăn và được nghỉ ngơi, tránh xa đường phố một lúc.
    .p2 = Hãy hỏi đường dây nóng của CMM cách tìm đến đó.
