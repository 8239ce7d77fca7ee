title = Không có giấy tờ? Sợ cảnh sát?
summary = Có thể bạn sợ sẽ bị giam giữ hoặc bị đưa về nước nếu bạn xin giúp đỡ.
    Trang này nói thật với bạn những gì có thể xảy ra. Không ai có thể hứa với bạn rằng việc đó an toàn.
    Bạn có thể gọi CMM trước mà không cần nói tên.

honest-answer = Tôi có thể bị giam giữ hoặc bị đưa về nước không?
    .p1 = Có, điều đó có thể xảy ra. Chúng tôi sẽ không nói với bạn rằng nó không thể xảy ra.
    .list1 =
        - Viện Nhân quyền Đan Mạch viết rằng với những người không có quyền hoặc chỉ có quyền hạn chế để ở lại, việc liên hệ với chính quyền rất có khả năng dẫn đến bị đăng ký, bị giam giữ (tạm giữ) và bị đưa ra khỏi Đan Mạch.
        - Các báo cáo của Hoa Kỳ nói rằng nạn nhân đã bị giam giữ trong khi giấy tờ của họ được kiểm tra (năm 2017), và rằng nhà chức trách có thể tạm giữ những người có thể là nạn nhân trong 72 giờ, và lâu hơn nếu cần (từ năm 2018 đến 2020).
        - Năm 2023, một báo cáo của Hoa Kỳ nói rằng Đan Mạch vẫn chú trọng vào việc đưa một số nạn nhân nước ngoài ra khỏi nước, thay vì kiểm tra xem họ có phải là nạn nhân không.
        - Một tổ chức, Reden International, nói rằng bán dâm không phạm pháp ở Đan Mạch, nhưng phụ nữ nước ngoài bán dâm bị bắt vì làm việc không có giấy phép hoặc vì ở lại không có giấy tờ, và thường bị đưa ra khỏi Đan Mạch rất gấp.
    .p2 = Là nạn nhân không phải lúc nào cũng ngăn được việc đó. Năm 2015, một phụ nữ từ Nigeria bị giam giữ để bị đưa ra khỏi Đan Mạch, dù chị đã hai lần được xác định là nạn nhân. Chị đã hai lần rời Đan Mạch mà không nhận sự giúp đỡ được đề nghị. Trong một vụ khác cùng năm đó, một phụ nữ từ Nigeria bị đưa ra khỏi Đan Mạch và bị cấm quay lại trong hai năm, dù CMM đã xác định chị là nạn nhân.

ask-first = Bạn có thể hỏi trước, không cần nói tên
    .p1 = Bạn có thể gọi đường dây nóng của CMM và kể về hoàn cảnh của bạn mà không cần nói tên. Bạn có thể hỏi điều gì sẽ xảy ra với bạn trước khi bạn quyết định bất cứ điều gì.
    .action = { CALL("cmm-hotline") }
    .list1 =
        - Buổi nói chuyện đầu tiên với CMM là ẩn danh, và bạn tự chọn có muốn tham gia hay không.
        - CMM nói rằng chỉ chuyển thông tin của bạn cho người khác nếu bạn đồng ý.
        - Nhưng CMM làm việc chặt chẽ với cảnh sát. Một bài báo năm 2025 viết rằng bây giờ CMM báo cho cảnh sát về các vụ việc, mà không nói tên.
    .important = Hãy hỏi CMM trước khi bạn nói tên: "Điều gì sẽ xảy ra với tôi nếu tôi không có giấy tờ? Các anh chị sẽ báo gì cho cảnh sát hoặc Cơ quan Di trú?"

who-decides = Ai quyết định bạn có phải là nạn nhân
    .p1 = Nếu bạn không có giấy tờ để ở lại Đan Mạch, hoặc bạn đang xin tị nạn, CMM không quyết định bạn có phải là nạn nhân của mua bán người hay không. Cơ quan Di trú Đan Mạch (Udlændingestyrelsen) quyết định.
    .list1 =
        - Trong một số trường hợp, Cơ quan Tuyển dụng Quốc tế và Hội nhập Đan Mạch (SIRI) quyết định.
        - Nếu bạn đang bị xét xử vì một tội, tòa án có thể quyết định.
        - Trong các vụ về mại dâm mà người đó không có giấy tờ, CMM luôn được liên hệ.
    .p2 = Cơ quan Di trú đã nói rằng họ dùng thông tin từ cảnh sát và những gì người đó đã kể với CMM.
    .p3 = Chỉ riêng buổi nói chuyện đầu tiên với CMM thì chưa cho bạn sự giúp đỡ dành cho nạn nhân.

reflection = Thời gian cân nhắc có ý nghĩa gì với bạn
    .p1 = Nếu bạn được xác định là nạn nhân và bạn không có giấy tờ, Cơ quan Di trú có thể đặt một ngày mà trước ngày đó bạn phải rời Đan Mạch. Nếu có yêu cầu, cơ quan này đặt ngày đó vào 30 ngày sau. 30 ngày này gọi là thời gian cân nhắc. Thời gian này cho bạn thời gian để thoát khỏi sự bóc lột và hồi phục.
    .important = Thời gian cân nhắc không phải là giấy phép ở lại Đan Mạch. Đó là một ngày muộn hơn mà trước ngày đó bạn phải rời đi.
    .list1 =
        - Nếu có yêu cầu, ngày đó có thể được đặt muộn hơn hoặc được dời lại, khi có lý do đặc biệt, hoặc khi bạn tham gia lên kế hoạch trở về nước.
        - Thời gian này không bao giờ được quá 120 ngày.
        - Trong thời gian này, bạn có thể được đề nghị chỗ ở có bữa ăn, bác sĩ, chuyên gia tâm lý, sự giúp đỡ về pháp lý, và các hoạt động học tập.
    .p2 = Điều này có trong Luật Người nước ngoài, điều 33(14), là luật về người nước ngoài.
    .p3 = Cách xin thời gian cân nhắc, hoặc xin thêm thời gian: hãy hỏi CMM.

stay = Tôi có được ở lại Đan Mạch không?
    .list1 =
        - Chỉ riêng việc là nạn nhân của mua bán người thì chưa đủ để được cấp giấy phép cư trú ở Đan Mạch. Việc này có thể là một phần trong đơn xin tị nạn.
        - Có một loại giấy phép cho những người cần thiết cho một cuộc điều tra của cảnh sát hoặc một vụ án ở tòa. Giấy phép này rất hiếm khi được cấp, và không thể kéo dài hơn cuộc điều tra hoặc vụ án.
    .p1 = Hãy hỏi CMM xem bạn có thể làm được gì.

police-housing = Nếu cảnh sát đưa bạn đến một chỗ ở
    .p1 = Nếu bạn không có giấy tờ, cảnh sát có thể đưa bạn đến một trung tâm tạm lánh khẩn cấp hoặc một chỗ ở khác trong khi trường hợp của bạn được xem xét. Cảnh sát quyết định việc này. Đây là một quy định trong Luật Người nước ngoài, điều 34(1)(3).
    .important = Việc này không giống với một chỗ ở an toàn mà bạn tự chọn. Những người có thể là nạn nhân cũng đã từng bị giam giữ (tạm giữ) trong khi trường hợp của họ được xem xét.

being-sent-away = Nếu chính quyền muốn đưa bạn ra khỏi Đan Mạch
    .p1 = Khi chính quyền quyết định về việc đưa một người ra khỏi Đan Mạch, họ phải đặc biệt xem xét xem lý do để đưa người đó đi có phải là hậu quả của việc người đó bị mua bán hay không, và điều này có phải là lý do không nên đưa họ đi hay không. Đây là quy định trong Luật Người nước ngoài, điều 26 a, vào năm 2011 và 2015.
    .p2 = Như hai vụ ở trên cho thấy, quy định này không phải lúc nào cũng ngăn được việc đó. Quy định và cách áp dụng có thể đã thay đổi từ đó đến nay. Hãy hỏi CMM hoặc luật sư.
    .p3 = Một báo cáo của Hoa Kỳ năm 2021 nói rằng hộ chiếu của những nạn nhân nước ngoài hợp tác với chính quyền đã bị giữ lại mà họ không đồng ý.
    .p4 = Nếu bạn bị ép làm việc không có giấy phép hoặc bị ép phạm tội, hãy đọc "Bị ép ăn xin hoặc phạm tội".

get-help = Bắt đầu từ đâu
    .p1 = Hãy bắt đầu với đường dây nóng của CMM. Bạn không cần nói tên.
    .action = { CALL("cmm-hotline") }
    .p2 = Phụ nữ bán dâm có thể đến Mødestedet, một nơi có thể ghé vào không cần hẹn, do Reden International điều hành ở khu Indre Vesterbro, Copenhagen. Ở đó bạn không cần nói tên. Hãy hỏi CMM cách tìm đến đó.
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
