title = Quyền của bạn
summary = Nếu bạn là nạn nhân của mua bán người, Đan Mạch cho bạn thời gian để nghỉ ngơi và nhận sự giúp đỡ.
    Bạn có thể có chỗ ở an toàn, được chăm sóc sức khỏe, được giúp đỡ về pháp lý và có luật sư riêng.

reflection = Thời gian để nghỉ ngơi và hồi phục
    .p1 = Khi chính quyền xác định rằng bạn là nạn nhân của mua bán người, bạn sẽ được 30 ngày để nghỉ ngơi và hồi phục. Thời gian này gọi là thời gian cân nhắc. Trong thời gian này, bạn có thể thoát khỏi những kẻ bóc lột bạn và khỏe lại.
    .p2 = Thời gian này có thể dài hơn, lên đến 120 ngày, nếu bạn làm việc với chính quyền để lên kế hoạch tự nguyện trở về nước.
    .p3 = Nếu bạn đang ở Đan Mạch hợp pháp, bạn cũng được một khoảng thời gian tương tự, với sự giúp đỡ giống như vậy.

support = Sự giúp đỡ trong thời gian này
    .p1 = Trong thời gian này, bạn có thể nhận được:
    .list1 =
        - chỗ ở an toàn, có bữa ăn
        - sự giúp đỡ của bác sĩ
        - sự giúp đỡ của chuyên gia tâm lý
        - sự giúp đỡ về pháp lý
        - lớp học và các hoạt động học tập
        - giúp liên lạc với các tổ chức ở nước của bạn, nếu bạn muốn
    .p2 = Bạn cũng có một người liên lạc từ CMM. Người này giải thích cho bạn những sự giúp đỡ mà bạn có thể nhận. Người này cũng thay bạn làm việc với những nơi khác, như cơ quan di trú, luật sư, cảnh sát và Hội Chữ thập đỏ.

lawyer = Luật sư riêng của bạn, miễn phí
    .p1 = Là nạn nhân của mua bán người, bạn có thể có luật sư riêng. Trong tiếng Đan Mạch, luật sư này gọi là "bistandsadvokat", tức là luật sư của nạn nhân. Nhà nước trả tiền cho luật sư này.
    .p2 = Hãy xin cảnh sát cho bạn một luật sư của nạn nhân. Sau đó tòa án sẽ chọn luật sư. Bạn có thể xin một luật sư cụ thể. CMM cũng có thể giúp bạn có luật sư.
    .list1 =
        - Luật sư cho bạn lời khuyên trong khi cảnh sát điều tra.
        - Luật sư có thể đi cùng bạn khi cảnh sát nói chuyện với bạn.
        - Luật sư giải thích cho bạn phiên tòa diễn ra như thế nào.
        - Luật sư có thể đi cùng bạn khi bạn nói trước tòa.
        - Luật sư có thể tính số tiền bạn yêu cầu bồi thường và trình bày yêu cầu đó trong vụ án.
    .p3 = Nếu chính bạn bị buộc tội, bạn có quyền có luật sư bào chữa.

compensation = Tiền bù đắp cho những tổn hại bạn phải chịu
    .p1 = Nếu một tội phạm làm tổn hại cơ thể hoặc tinh thần của bạn, bạn có thể xin nhà nước Đan Mạch trả tiền. Tiền này gọi là tiền bồi thường. Hội đồng Bồi thường cho Nạn nhân Tội phạm (Erstatningsnævnet) sẽ quyết định.
    .p2 = Các quy định chính là:
    .list1 =
        - Thông thường, tội phạm phải được báo cho cảnh sát trong vòng 72 giờ.
        - Nếu có vụ án ra tòa, bạn phải yêu cầu bồi thường trong vụ án đó.
        - Bạn phải nộp đơn trong vòng 2 năm. Thời hạn 2 năm được tính từ lúc xảy ra tội phạm, từ khi có bản án cuối cùng, hoặc từ khi cảnh sát đóng hồ sơ vụ việc.
    .p3 = Bạn nộp đơn qua cảnh sát. Cảnh sát sẽ gửi đơn của bạn đến Hội đồng. Luật sư của bạn có thể giúp bạn.
    .p4 = Tiền bồi thường có thể trả cho việc chữa trị, tiền lương bị mất, sự đau đớn và khổ sở, và thương tật lâu dài. Hội đồng thường quyết định sau khi vụ án ở tòa đã kết thúc.

residence = Tôi có được ở lại Đan Mạch không?
    .p1 = Chỉ riêng việc là nạn nhân của mua bán người thì chưa đủ để được cấp giấy phép cư trú ở Đan Mạch. Việc này có thể là một phần trong đơn xin tị nạn. Trước đây, rất ít nạn nhân được cho tị nạn.
    .p2 = Luật cho phép cấp giấy phép cư trú cho người cần có mặt cho một cuộc điều tra của cảnh sát hoặc một vụ án ở tòa. Giấy phép hết hiệu lực khi vụ việc kết thúc. Loại giấy phép này rất hiếm khi được cấp.
    .p3 = Giấy phép cư trú vì lý do nhân đạo chỉ được cấp như một ngoại lệ hiếm hoi.
    .important = Hãy hỏi luật sư hoặc người liên lạc của bạn ở CMM xem điều này có ý nghĩa gì với bạn.

return = Về nhà an toàn
    .p1 = Bạn có thể được giúp để trở về nước của bạn, hoặc đến một nước khác nơi bạn có giấy phép cư trú. Việc này gọi là hồi hương có chuẩn bị. Việc này là tự nguyện.
    .p2 = Bạn vẫn được giúp như vậy ngay cả khi bạn không làm việc với cảnh sát hoặc không nói trước tòa.
    .p3 = Việc trở về được lên kế hoạch cùng với bạn trong thời gian cân nhắc. Sau khi bạn về đến nơi, bạn có thể được hỗ trợ trong khoảng sáu tháng. Sự hỗ trợ có thể gồm:
    .list1 =
        - tiền hằng tháng
        - giúp đỡ về nhà ở
        - giúp bắt đầu một cách kiếm tiền, ví dụ một cửa hàng nhỏ hoặc một tiệm làm tóc
        - giúp đỡ về y tế
        - đi học hoặc học tập, cả cho con của bạn
    .p4 = Trước khi bạn đi, người liên lạc của bạn sẽ cùng bạn xem những gì có thể làm bạn gặp nguy hiểm. Nhu cầu an toàn của bạn sẽ được chuyển cho một tổ chức đối tác ở nước của bạn.
