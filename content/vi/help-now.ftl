title = Tìm sự giúp đỡ ngay
summary = Nếu bạn đang gặp nguy hiểm, hãy gọi { CALL("emergency") }. Cuộc gọi miễn phí.
    Để được giúp đỡ và tư vấn, hãy gọi Trung tâm Phòng chống Mua bán người Đan Mạch (CMM).

danger = Bạn đang gặp nguy hiểm ngay bây giờ?
    .p1 = Hãy gọi { CALL("emergency") } nếu tính mạng của ai đó đang bị đe dọa, nếu có tội phạm nghiêm trọng đang xảy ra, nếu có hỏa hoạn hoặc tai nạn, hoặc nếu có người bị thương hay bị bệnh nặng đến mức nguy hiểm tính mạng.
    .action = { CALL("emergency") }
    .p2 = Cuộc gọi miễn phí. Bạn vẫn gọi được ngay cả khi điện thoại hết tiền hoặc bị khóa.
    .p3 = Người nghe máy sẽ hỏi chuyện gì đã xảy ra, ở đâu và khi nào, cần gửi người đến giúp ở đâu, và có bao nhiêu người bị thương.
    .important = Mọi cuộc gọi khẩn cấp đều được ghi âm.

cmm = Gọi Trung tâm Phòng chống Mua bán người Đan Mạch
    .p1 = Trung tâm Phòng chống Mua bán người Đan Mạch (CMM) là một phần của một cơ quan nhà nước Đan Mạch. Trung tâm giúp tìm hiểu xem một người có bị mua bán hay không, và giúp đỡ, hỗ trợ và tư vấn cho họ. Gọi đường dây nóng là cách dễ nhất để liên lạc với CMM.
    .action = { CALL("cmm-hotline") }
    .p2 = Bạn cũng có thể gọi nếu bạn nghĩ có người khác đang bị bóc lột, hoặc nếu bạn chỉ muốn xin lời khuyên. Bạn có thể kể cho CMM về một hoàn cảnh mà không cần nói tên.
    .p3 = Bạn cũng có thể gửi email đến { EMAIL("cmm-hotline") }. Nếu bạn muốn gửi thông tin riêng tư qua email, hãy báo cho CMM trước.
    .p4 = Ứng dụng này không ghi giờ làm việc và các ngôn ngữ của đường dây nóng, vì những thông tin này chưa được xác nhận. Hãy hỏi CMM. Nếu không ai trả lời và bạn đang gặp nguy hiểm, hãy gọi { CALL("emergency") }.
    .important = Hãy nghĩ xem ai có thể xem điện thoại của bạn. Cuộc gọi bạn thực hiện từ ứng dụng này, kể cả gọi { CALL("emergency") } hoặc { CALL("police") }, sẽ hiện trong danh sách cuộc gọi của điện thoại. Nó cũng có thể hiện trên hóa đơn điện thoại. Email bạn gửi sẽ nằm lại trong thư mục "đã gửi".

first-talk = Điều gì xảy ra khi bạn nói chuyện với CMM
    .p1 = Buổi nói chuyện đầu tiên với CMM diễn ra như sau:
    .list1 =
        - Buổi nói chuyện là ẩn danh. Bạn không cần nói tên.
        - Bạn tự chọn có muốn tham gia hay không.
        - CMM chỉ chuyển thông tin của bạn cho người khác nếu bạn đồng ý. Nhưng hãy đọc ở dưới xem CMM báo gì cho cảnh sát.
        - Bạn có thể đưa theo một người bạn tin tưởng để hỗ trợ bạn.
        - Nếu bạn dưới 18 tuổi, thường sẽ có một người đại diện đi cùng bạn.
        - Thường sẽ có phiên dịch viên nếu bạn không nói giỏi tiếng Đan Mạch hoặc tiếng Anh.
    .p2 = Buổi nói chuyện có thể diễn ra ở CMM, ở nhà tạm lánh, ở nơi tạm giam hoặc nhà tù, ở trung tâm tị nạn, hoặc ở nơi bạn đang ở.
    .p3 = Trong khi CMM xem xét hoàn cảnh của bạn, CMM có thể đề nghị hỗ trợ bạn và cho bạn một chỗ ở, nếu bạn cần.

police-and-cmm = CMM báo gì cho cảnh sát
    .p1 = Bạn có thể được CMM giúp đỡ ngay cả khi bạn không đến gặp cảnh sát.
    .p2 = CMM làm việc chặt chẽ với cảnh sát. Đây là những gì đã biết về thông tin đến tay cảnh sát:
    .list1 =
        - Tên và thông tin của bạn: CMM nói rằng chỉ chuyển cho người khác nếu bạn đồng ý.
        - Vụ việc của bạn: một bài báo năm 2025 viết rằng bây giờ CMM báo cho cảnh sát về các vụ việc, mà không nói tên. Bài báo cũng viết rằng CMM khuyến khích nạn nhân tự liên hệ với cảnh sát.
        - Bài báo không nói CMM còn báo cho cảnh sát những gì khác về một vụ việc.
    .p3 = Nếu bạn không có giấy tờ để ở lại Đan Mạch, Cơ quan Di trú Đan Mạch quyết định bạn có phải là nạn nhân hay không, chứ không phải CMM. Cơ quan Di trú đã nói rằng họ dùng thông tin từ cảnh sát và những gì người đó đã kể với CMM.
    .important = Trước khi bạn nói tên hoặc các chi tiết, hãy hỏi CMM: "Các anh chị sẽ báo gì về tôi cho cảnh sát hoặc Cơ quan Di trú?"

after-call = Điều gì xảy ra sau khi bạn gọi
    .p1 = Đây là các bước, theo những gì đã biết:
    .list1 =
        - Bạn kể cho CMM về hoàn cảnh của bạn. Bạn không cần nói tên.
        - Nếu đó có thể là mua bán người, CMM có thể mời bạn một buổi nói chuyện đầu tiên. Bạn tự chọn có muốn hay không.
        - Trong khi hoàn cảnh của bạn được xem xét, CMM có thể đề nghị hỗ trợ bạn và cho bạn một chỗ ở, nếu bạn cần.
        - Sau đó, sẽ có nơi quyết định bạn có phải là nạn nhân của mua bán người hay không. Nếu bạn ở Đan Mạch hợp pháp, CMM quyết định. Nếu bạn không có quyền cư trú hợp pháp, hoặc bạn đang xin tị nạn, Cơ quan Di trú Đan Mạch quyết định. Nếu bạn đang bị xét xử vì một tội, tòa án có thể quyết định.
        - Nếu bạn được xác định là nạn nhân, bạn sẽ được đề nghị một khoảng thời gian 30 ngày để thoát khỏi sự bóc lột và hồi phục. Thời gian này gọi là thời gian cân nhắc (với người ở Đan Mạch hợp pháp, gọi là thời gian phục hồi). Thời gian này có thể dài hơn, đến 120 ngày, khi có lý do đặc biệt, hoặc nếu bạn tham gia lên kế hoạch trở về nước.
        - Bạn có một người liên lạc từ CMM. Người này giải thích những sự giúp đỡ bạn có thể nhận, và làm việc với những nơi khác, như Cơ quan Di trú, luật sư, cảnh sát và Hội Chữ thập đỏ.
    .important = Nếu bạn không có quyền cư trú hợp pháp, thời gian cân nhắc không phải là giấy phép ở lại. Đó là một ngày muộn hơn mà trước ngày đó bạn phải rời Đan Mạch. Hãy đọc "Không có giấy tờ? Sợ cảnh sát?"
    .p2 = Sự giúp đỡ của CMM, và đề nghị giúp bạn lên kế hoạch trở về nước, không phụ thuộc vào việc bạn có giúp cảnh sát hay không.
    .p3 = Người liên lạc của bạn cũng cùng bạn xem xét sự an toàn của bạn. Việc này có thể là lời khuyên về cách giữ an toàn và cách giữ an toàn cho điện thoại của bạn, chuyển đến một chỗ ở khác, hoặc liên lạc với cảnh sát.

not-urgent = Khi không khẩn cấp
    .p1 = Hãy gọi cảnh sát theo số { CALL("police") } để báo một tội phạm không cần cảnh sát đến ngay, để hỏi về vụ việc của bạn, hoặc để cung cấp thông tin cho cảnh sát.
    .action = { CALL("police") }
    .p2 = Nếu điện thoại của bạn dùng thẻ SIM nước ngoài, hãy thêm mã quốc gia của Đan Mạch vào trước số điện thoại.
    .p3 = Những cuộc gọi này cũng được ghi âm.
