title = Chỗ ở an toàn
summary = Nạn nhân của mua bán người được đề nghị một chỗ ở an toàn, có bữa ăn.
    Để có chỗ ở, hãy bắt đầu bằng việc gọi cho CMM.
    Nếu bạn không có quyền hợp pháp để ở lại, cảnh sát cũng có thể quyết định bạn ở đâu.

get-a-place = Cách để có chỗ ở
    .p1 = Hãy gọi đường dây nóng của CMM. Chỗ ở được sắp xếp qua CMM, người liên lạc của bạn ở CMM và chính quyền.
    .action = { CALL("cmm-hotline") }
    .p2 = Trong khi CMM xem xét hoàn cảnh của bạn, CMM có thể đề nghị cho bạn một chỗ ở nếu bạn cần.

what-you-get = Chỗ ở như thế nào
    .p1 = Nạn nhân được đề nghị một chỗ ở an toàn, có bữa ăn.
    .p2 = Đó có thể là một trung tâm tạm lánh khẩn cấp, một nhà trọ, hoặc một trung tâm tị nạn. Trẻ em dưới 18 tuổi có thể ở tại một nơi ở dành cho trẻ em.

police-placement = Nếu cảnh sát quyết định bạn ở đâu
    .p1 = Nếu bạn có thể là nạn nhân và không có quyền hợp pháp để ở lại Đan Mạch, cảnh sát có thể đưa bạn đến một trung tâm tạm lánh khẩn cấp hoặc một chỗ ở khác trong khi trường hợp của bạn được xem xét.
    .p2 = Đây là quyết định của cảnh sát theo Luật Người nước ngoài (§ 34(1)(3)), là luật về người nước ngoài. Việc này không giống với một chỗ ở mà CMM đề nghị cho bạn.
    .important = Xin lưu ý: những người có thể là nạn nhân đã từng bị giam giữ (tạm giữ) ở Đan Mạch trong khi trường hợp hoặc giấy tờ của họ được kiểm tra. Một số người đã được xác định là nạn nhân vẫn bị đưa ra khỏi Đan Mạch. Hãy hỏi CMM hoặc luật sư xem điều này có ý nghĩa gì với bạn.

staying-safe = Giữ an toàn
    .p1 = Người liên lạc của bạn ở CMM sẽ xem những gì có thể làm bạn gặp nguy hiểm. Người này có thể giúp bạn về:
    .list1 =
        - lời khuyên để giữ an toàn
        - cách giữ an toàn cho điện thoại của bạn
        - chuyển đến một chỗ ở khác
        - liên lạc với cảnh sát

women = Chỗ ở cho phụ nữ
    .p1 = Tổ chức Reden International có hai nhà tạm lánh cho phụ nữ là nạn nhân của mua bán người và đang trong thời gian cân nhắc. Địa chỉ được giữ bí mật để giữ an toàn cho những phụ nữ này. Nhà nước trả tiền cho các nhà tạm lánh.
    .p2 = Nhà tạm lánh cho những phụ nữ sống ở đó lời khuyên về cách giữ an toàn.
    .p3 = Phụ nữ đồng thời đang xin tị nạn thường ở tại trung tâm tị nạn. Sau khi hoàn cảnh của họ đã được xem xét, họ có thể được chuyển đến Reden International.

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
