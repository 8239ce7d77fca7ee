title = Tìm sự giúp đỡ ngay
summary = Nếu bạn đang gặp nguy hiểm, hãy gọi { CALL("emergency") }. Cuộc gọi miễn phí.
    Để được giúp đỡ và tư vấn, hãy gọi Trung tâm Phòng chống Mua bán người Đan Mạch (CMM).

danger = Bạn đang gặp nguy hiểm ngay bây giờ?
    .p1 = Hãy gọi { CALL("emergency") } nếu tính mạng của bạn đang bị đe dọa, nếu có tội phạm nghiêm trọng đang xảy ra, hoặc nếu có người bị thương nặng hay bị bệnh rất nặng.
    .action = { CALL("emergency") }
    .p2 = Cuộc gọi miễn phí. Bạn vẫn gọi được ngay cả khi điện thoại hết tiền hoặc bị khóa.
    .p3 = Hãy nói chuyện gì đã xảy ra, bạn đang ở đâu, và có bao nhiêu người bị thương.
    .important = Mọi cuộc gọi khẩn cấp đều được ghi âm.

cmm = Gọi Trung tâm Phòng chống Mua bán người Đan Mạch
    .p1 = Trung tâm Phòng chống Mua bán người Đan Mạch (tiếng Đan Mạch: Center mod Menneskehandel, gọi tắt là CMM) là một phần của nhà nước Đan Mạch. Trung tâm giúp những người có thể là nạn nhân của mua bán người. Gọi đường dây nóng là cách dễ nhất để liên lạc với CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Bạn cũng có thể gọi nếu bạn nghĩ có người khác đang bị bóc lột, hoặc nếu bạn chỉ muốn xin lời khuyên.
    .p3 = Bạn cũng có thể gửi email đến { EMAIL("cmm-hotline") }. Nếu bạn muốn gửi thông tin riêng tư qua email, hãy báo cho CMM trước.

first-talk = Điều gì xảy ra khi bạn nói chuyện với CMM
    .p1 = Buổi nói chuyện đầu tiên với CMM diễn ra như sau:
    .list1 =
        - Buổi nói chuyện có thể ẩn danh. Bạn không cần nói bạn là ai.
        - Bạn tự chọn có muốn tham gia hay không.
        - CMM chỉ chuyển những gì bạn nói cho người khác nếu bạn đồng ý.
        - Bạn có thể đưa theo một người bạn tin tưởng để hỗ trợ bạn.
        - Thường sẽ có phiên dịch viên nếu bạn không nói giỏi tiếng Đan Mạch hoặc tiếng Anh.
    .p2 = Buổi nói chuyện có thể diễn ra ở CMM, ở nhà tạm lánh, trong nhà tù, ở trung tâm tị nạn, hoặc ở nơi bạn đang ở.
    .p3 = Trong khi CMM xem xét hoàn cảnh của bạn, CMM có thể hỗ trợ bạn và cho bạn một chỗ ở, nếu bạn cần.

police-and-cmm = CMM và cảnh sát
    .p1 = Bạn có thể được CMM giúp đỡ ngay cả khi bạn không đến gặp cảnh sát.
    .important = Xin lưu ý: CMM làm việc chặt chẽ với cảnh sát. CMM báo cho cảnh sát về các vụ việc mà không nói tên, và CMM khuyến khích nạn nhân liên hệ với cảnh sát.

not-urgent = Khi không khẩn cấp
    .p1 = Hãy gọi cảnh sát theo số { CALL("police") } để báo một tội phạm không cần cảnh sát đến ngay, để hỏi về vụ việc của bạn, hoặc để cung cấp thông tin cho cảnh sát.
    .action = { CALL("police") }
    .p2 = Nếu điện thoại của bạn dùng thẻ SIM nước ngoài, hãy thêm mã quốc gia của Đan Mạch vào trước số điện thoại.
    .p3 = Những cuộc gọi này cũng được ghi âm.
