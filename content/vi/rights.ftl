title = Quyền của bạn
summary = Nhiều sự giúp đỡ ở đây chỉ dành cho những người được chính quyền xác định là nạn nhân của mua bán người.
    Những gì bạn nhận được cũng phụ thuộc vào giấy tờ của bạn và vào vụ án ở tòa, nếu có.
    Hãy hỏi CMM xem điều gì áp dụng cho bạn.

who-decides = Ai quyết định bạn có phải là nạn nhân
    .p1 = Phần lớn sự giúp đỡ trên trang này dành cho những người được xác định là nạn nhân của mua bán người. Ai quyết định việc này tùy vào hoàn cảnh của bạn:
    .list1 =
        - Nếu bạn ở Đan Mạch hợp pháp, CMM quyết định. Ví dụ, bạn là công dân Đan Mạch hoặc công dân EU, hoặc bạn có giấy tờ để ở lại.
        - Nếu bạn không có quyền hợp pháp để ở lại Đan Mạch, hoặc bạn đang xin tị nạn, Cơ quan Di trú Đan Mạch (Udlændingestyrelsen) quyết định. Trong một số trường hợp, một cơ quan nhà nước khác là SIRI quyết định.
        - Nếu bạn đang bị xét xử vì một tội, tòa án có thể quyết định rằng bạn là nạn nhân.
    .p2 = Chỉ riêng buổi nói chuyện đầu tiên với CMM thì chưa cho bạn sự giúp đỡ trên trang này.
    .important = Xin lưu ý: năm 2011, Cơ quan Di trú nói rằng họ quyết định dựa trên thông tin từ cảnh sát và những gì bạn đã kể với CMM.

reflection = Thời gian cân nhắc
    .p1 = Nếu bạn được xác định là nạn nhân, bạn sẽ được đề nghị một khoảng thời gian 30 ngày. Thời gian này gọi là thời gian cân nhắc. Mục đích là cho bạn thời gian để thoát khỏi những kẻ bóc lột bạn, và để hồi phục.
    .p2 = Thời gian này có ý nghĩa gì là tùy vào giấy tờ của bạn.
    .list1 =
        - Nếu bạn không có quyền hợp pháp để ở lại Đan Mạch, thời gian cân nhắc là một thời hạn phải rời Đan Mạch. Nếu có yêu cầu, Cơ quan Di trú Đan Mạch đặt thời hạn này vào 30 ngày sau.
        - Nếu bạn ở Đan Mạch hợp pháp, bạn được một khoảng thời gian tương tự, với sự giúp đỡ giống như vậy. Thời gian này gọi là thời gian phục hồi.
    .p3 = Nếu có yêu cầu, Cơ quan Di trú có thể đặt thời hạn muộn hơn hoặc kéo dài thời hạn. Việc này có thể xảy ra khi có lý do đặc biệt, hoặc khi bạn làm việc với chính quyền để lên kế hoạch tự nguyện trở về nước. Thời hạn không bao giờ được quá 120 ngày. Quy định này nằm trong Luật Người nước ngoài, § 33(14).
    .important = Thời gian cân nhắc không phải là giấy phép ở lại Đan Mạch. Nếu muốn xin thêm thời gian, hãy hỏi CMM hoặc luật sư cách làm.

support = Sự giúp đỡ trong thời gian cân nhắc
    .p1 = Trong thời gian này, bạn có thể được đề nghị:
    .list1 =
        - chỗ ở, có bữa ăn
        - sự giúp đỡ của bác sĩ
        - sự giúp đỡ của chuyên gia tâm lý
        - sự giúp đỡ về pháp lý
        - lớp học và các hoạt động học tập
        - giúp liên lạc với các tổ chức ở nước của bạn, nếu bạn muốn
    .p2 = Bạn cũng có một người liên lạc từ CMM. Người này giải thích cho bạn những sự giúp đỡ mà bạn có thể nhận. Người này cũng làm việc với những nơi khác về trường hợp của bạn, như Cơ quan Di trú, luật sư, cảnh sát và Hội Chữ thập đỏ.
    .p3 = Sự giúp đỡ của CMM không phụ thuộc vào việc bạn có hợp tác với cảnh sát hay không.

no-legal-stay = Nếu bạn không có quyền hợp pháp để ở lại
    .p1 = Nếu bạn có thể là nạn nhân và không có quyền hợp pháp để ở lại, cảnh sát có thể quyết định bạn ở đâu trong khi trường hợp của bạn được xem xét. Cảnh sát có thể đưa bạn đến một trung tâm tạm lánh khẩn cấp hoặc một chỗ ở khác. Đây là quyết định của cảnh sát theo Luật Người nước ngoài (§ 34(1)(3)). Việc này không giống với một chỗ ở mà CMM đề nghị cho bạn.
    .important = Hãy biết về rủi ro. Những người có thể là nạn nhân đã từng bị giam giữ (tạm giữ) ở Đan Mạch trong khi trường hợp hoặc giấy tờ của họ được kiểm tra. Một số người đã được CMM xác định là nạn nhân vẫn bị đưa ra khỏi Đan Mạch.
    .p2 = Hãy hỏi CMM hoặc luật sư xem điều này có ý nghĩa gì với bạn, trước khi bạn quyết định làm gì.

lawyer = Luật sư của nạn nhân trong vụ án hình sự
    .p1 = Khi cảnh sát và tòa án giải quyết một tội phạm gây ra cho bạn, bạn có thể có một luật sư riêng. Trong tiếng Đan Mạch, luật sư này gọi là "bistandsadvokat", tức là luật sư của nạn nhân. Quy định này nằm trong Luật Tố tụng Tư pháp, § 741 a. Quy định này áp dụng cho tội mua bán người.
    .p2 = Luật sư này gắn với vụ án hình sự về tội phạm gây ra cho bạn. Nhà nước trả tiền cho luật sư. Tòa án chỉ định luật sư, và bạn có thể xin một luật sư cụ thể.
    .important = Chưa được xác nhận là nạn nhân của mua bán người xin luật sư này như thế nào, hoặc có được luật sư mà không cần xin hay không. Hãy hỏi CMM hoặc cảnh sát.
    .p3 = Luật sư của nạn nhân có thể:
    .list1 =
        - cho bạn lời khuyên trong khi cảnh sát điều tra
        - đi cùng bạn khi cảnh sát lấy lời khai của bạn
        - giải thích phiên tòa diễn ra như thế nào
        - đi cùng bạn khi bạn làm chứng tại tòa
        - tính số tiền bạn yêu cầu bồi thường và trình bày yêu cầu đó trong vụ án
    .p4 = CMM cũng có thể giúp đỡ và tư vấn pháp lý cho bạn: về quyền và lựa chọn của bạn, về việc làm nhân chứng, về việc yêu cầu bồi thường, và về việc có luật sư.
    .p5 = Nếu chính bạn bị buộc tội, bạn có quyền có luật sư bào chữa.

compensation = Tiền bồi thường cho những tổn hại bạn phải chịu
    .p1 = Nếu một tội phạm làm tổn hại cơ thể hoặc tinh thần của bạn, bạn có thể nộp đơn xin nhà nước Đan Mạch trả tiền. Tiền này gọi là tiền bồi thường. Hội đồng Bồi thường cho Nạn nhân Tội phạm (Erstatningsnævnet) sẽ quyết định.
    .p2 = Có những điều kiện sau:
    .list1 =
        - Thông thường, tội phạm phải được báo cho cảnh sát trong vòng 72 giờ.
        - Nếu có vụ án ra tòa, bạn phải yêu cầu bồi thường trong vụ án đó.
        - Bạn phải nộp đơn trong vòng 2 năm. Thời hạn 2 năm được tính từ lúc xảy ra tội phạm, từ khi có bản án cuối cùng, hoặc từ khi cảnh sát đóng hồ sơ vụ việc.
    .important = Chưa được xác nhận là quy định 72 giờ có được nới lỏng cho nạn nhân của mua bán người hay không. Hãy hỏi CMM hoặc luật sư.
    .p3 = Bạn nộp đơn qua cảnh sát. Cảnh sát gửi đơn của bạn và hồ sơ vụ việc đến Hội đồng.
    .p4 = Hội đồng thường quyết định sau khi vụ án ở tòa đã kết thúc. Bạn có thể nộp đơn lên Hội đồng nếu người làm hại bạn bị kết tội nhưng chưa trả tiền cho bạn, nếu họ được tuyên vô tội, hoặc nếu không ai biết họ là ai.
    .p5 = Tiền bồi thường có thể trả cho việc chữa trị, tiền lương bị mất, sự đau đớn và khổ sở, thương tật lâu dài, việc mất khả năng lao động, chi phí luật sư và các thiệt hại khác.

residence = Tôi có được ở lại Đan Mạch không?
    .p1 = Chỉ riêng việc là nạn nhân của mua bán người thì chưa đủ để được cấp giấy phép cư trú ở Đan Mạch. Việc này có thể là một phần trong đơn xin tị nạn. Trong năm năm trước năm 2017, chỉ có bốn nạn nhân được cho tị nạn.
    .p2 = Luật cho phép cấp giấy phép cư trú cho người cần có mặt cho một cuộc điều tra của cảnh sát hoặc một vụ án ở tòa. Giấy phép không thể kéo dài hơn cuộc điều tra hoặc vụ án. Loại giấy phép này rất hiếm khi được cấp.
    .p3 = Giấy phép cư trú vì lý do nhân đạo được quyết định theo từng trường hợp. Giấy phép này chỉ được cấp như một ngoại lệ hiếm hoi.
    .important = Hãy hỏi luật sư hoặc người liên lạc của bạn ở CMM xem điều này có ý nghĩa gì với bạn.

return = Về nước có người giúp đỡ
    .p1 = Nếu bạn được xác định là nạn nhân, bạn sẽ được đề nghị giúp để trở về nước của bạn, hoặc đến một nước khác nơi bạn có giấy phép cư trú. Việc này gọi là hồi hương có chuẩn bị. Việc này là tự nguyện.
    .p2 = Bạn vẫn được đề nghị sự giúp đỡ này ngay cả khi bạn không hợp tác với cảnh sát hoặc không nói trước tòa.
    .p3 = Việc trở về được lên kế hoạch cùng với bạn trong thời gian cân nhắc. Sau khi bạn về đến nơi, bạn có thể được hỗ trợ trong khoảng sáu tháng. Sự hỗ trợ có thể gồm:
    .list1 =
        - tiền hằng tháng
        - giúp đỡ về nhà ở
        - giúp bắt đầu một cách kiếm tiền, ví dụ một cửa hàng nhỏ hoặc một tiệm làm tóc
        - giúp đỡ về y tế
        - đi học hoặc học tập, cả cho con của bạn
    .p4 = Trước khi bạn đi, người liên lạc của bạn sẽ cùng bạn và Cơ quan Hồi hương Đan Mạch xem những gì có thể làm bạn gặp nguy hiểm. Nhu cầu an toàn của bạn sẽ được chuyển cho một tổ chức đối tác ở nước của bạn.
