title = Làm nhân chứng
summary = Những gì bạn kể với cảnh sát và tòa án có thể giúp ngăn chặn những kẻ đã bóc lột bạn.
    Có những cách để bảo vệ bạn tại tòa.
    Bạn vẫn có thể được giúp đỡ ngay cả khi bạn không làm chứng.

what-it-is = Làm chứng nghĩa là gì
    .p1 = Làm chứng nghĩa là kể cho cảnh sát và tòa án biết những gì đã xảy ra với bạn. Khi đó bạn là nhân chứng.
    .p2 = Mua bán người là một tội nghiêm trọng ở Đan Mạch. Hình phạt có thể lên đến 10 năm tù.
    .p3 = Trong những vụ án này, lời kể của nạn nhân thường là bằng chứng quan trọng nhất. Đôi khi đó là bằng chứng duy nhất.

steps = Từ khi báo cảnh sát đến khi ra tòa
    .p1 = Thông thường mọi việc diễn ra như sau:
    .list1 =
        - Bạn kể cho cảnh sát những gì đã xảy ra. Việc này gọi là trình báo với cảnh sát.
        - Cảnh sát điều tra. Họ có thể nói chuyện lại với bạn. Luật sư của bạn có thể đi cùng bạn.
        - Nếu có vụ án ra tòa, bạn có thể được yêu cầu nói trước tòa với tư cách nhân chứng.
        - Tại tòa, bạn trả lời các câu hỏi về những gì đã xảy ra. Luật sư của bạn có thể đi cùng bạn.
    .p2 = Luật sư của nạn nhân có thể giải thích cho bạn từng bước và phiên tòa diễn ra như thế nào. Nhà nước trả tiền cho luật sư này.

protection = Bạn có thể được bảo vệ như thế nào
    .p1 = Hiếm khi cần đến sự giúp đỡ đặc biệt tại tòa. Nếu bạn cần, luật sư của bạn hoặc công tố viên thường có thể thỏa thuận việc này với tòa án trước ngày xét xử.
    .list1 =
        - Có thể có người đón bạn khi bạn đến tòa.
        - Bạn có thể chờ trong một phòng chờ riêng.
        - Nếu bạn yêu cầu, trong một số trường hợp tòa án có thể cho bị cáo ngồi ở chỗ bạn không nhìn thấy họ trong khi bạn nói.
        - Trong những trường hợp đặc biệt, tòa án có thể ra lệnh cho bị cáo rời khỏi phòng xử án trong khi bạn nói.
        - Chỉ khi thật sự cần thiết cho sự an toàn của bạn, tòa án mới có thể giữ bí mật tên, công việc và địa chỉ của bạn với bị cáo.
    .p2 = Trong quá trình điều tra, cảnh sát cũng có thể giữ kín một số thông tin với nghi phạm để bảo vệ bạn.
    .important = Nếu có ai đe dọa bạn hoặc gây rắc rối cho bạn vì bạn là nhân chứng, hãy báo ngay cho cảnh sát. Nếu bạn đang gặp nguy hiểm, hãy gọi { CALL("emergency") }.

compensation = Xin tiền bồi thường trong vụ án
    .p1 = Nếu có vụ án ra tòa chống lại những kẻ đã bóc lột bạn, hãy yêu cầu bồi thường trong vụ án đó. Nếu bạn không làm vậy, sau này bạn có thể mất quyền được nhà nước bồi thường.
    .p2 = Luật sư của nạn nhân có thể tính số tiền bạn yêu cầu và thay bạn trình bày yêu cầu đó trong vụ án.

forced-crimes = Nếu bạn bị ép phải phạm pháp
    .p1 = Một số nạn nhân bị những kẻ bóc lột ép phải phạm tội.
    .p2 = Luật Đan Mạch chưa có một quy định rõ ràng để bảo vệ nạn nhân khỏi bị phạt vì những tội mà họ bị ép phải làm.
    .p3 = Nhưng công tố viên có thể bỏ cáo buộc đối với những tội ít nghiêm trọng hơn mà bạn đã phạm vì bạn bị mua bán. Khi đó bạn cũng có thể tránh bị trục xuất khỏi Đan Mạch. Điều này chỉ có thể xảy ra nếu chính quyền biết rằng bạn đã bị mua bán.
    .important = Hãy nói với luật sư của bạn rằng bạn đã bị mua bán. Nếu bạn bị buộc tội, bạn có quyền có luật sư bào chữa.

your-choice = Lựa chọn của bạn
    .p1 = Bạn có thể được CMM giúp đỡ ngay cả khi bạn không đến gặp cảnh sát hoặc không làm chứng. Việc được giúp để về nhà an toàn cũng không phụ thuộc vào điều đó.
    .important = Xin lưu ý: CMM làm việc chặt chẽ với cảnh sát. CMM báo cho cảnh sát về các vụ việc mà không nói tên, và CMM khuyến khích nạn nhân liên hệ với cảnh sát.
    .p2 = Nhiều điều vẫn do bạn tự quyết định:
    .list1 =
        - bạn có tham gia buổi nói chuyện với CMM hay không
        - CMM có chuyển những gì bạn kể cho người khác hay không
        - bạn có về nước theo hình thức hồi hương có chuẩn bị hay không
        - bạn có xin được bảo vệ tại tòa hay không
        - bạn xin luật sư nào
    .p3 = Hãy hỏi luật sư hoặc người liên lạc của bạn ở CMM trước khi bạn quyết định.
