title = Bị ép ăn xin hoặc phạm tội
summary = Bị ép ăn xin, ăn trộm, bán ma túy hoặc phạm các tội khác có thể là mua bán người.
    Có thể bạn sợ mình sẽ bị phạt. Trang này nói thật với bạn những gì đã biết.
    Bạn có thể gọi CMM mà không cần nói tên.

what-it-is = Bị ép phạm tội là gì
    .p1 = Ở Đan Mạch, luật chống mua bán người cũng áp dụng cho những người bị lợi dụng để phạm tội.
    .p2 = Ăn xin cũng có thể là mua bán người. Chính phủ Đan Mạch đã nêu ăn xin, móc túi và bán ma túy trong số những lĩnh vực có thể xảy ra mua bán người. Chính phủ cũng nói rằng muốn một kế hoạch mới chống mua bán người tập trung vào ăn xin và trẻ em.
    .p3 = CMM đã gặp những người bị ép phải:
    .list1 =
        - ăn trộm, hoặc đột nhập nhà
        - chở hoặc bán ma túy
        - trồng cần sa
        - gian lận thuế khi trông coi một cửa hàng
    .p4 = Đôi khi kẻ buôn người dùng tên và giấy tờ tùy thân của một người để lừa các công ty và cơ quan thuế. Trong một vụ, những người nghèo từ Romania bị đưa đến Đan Mạch bằng những lời mời làm việc giả, và tên của họ bị dùng để lừa đảo. Những kẻ buôn người bị kết tội mua bán người.

who = Việc này xảy ra với ai
    .p1 = CMM mô tả một nhóm trẻ em trai và thanh niên từ Bắc Phi. Các băng nhóm lợi dụng họ để ăn trộm, đột nhập nhà, và chở và bán ma túy.
    .list1 =
        - Một số người bị đánh đập, bị xâm hại tình dục, hoặc bị đe dọa, kể cả bằng vũ khí.
        - Họ biết rằng từ chối băng nhóm có thể gây hậu quả nghiêm trọng.
        - Băng nhóm có thể biết gia đình họ sống ở đâu ở quê nhà.
        - Nhiều người đến Đan Mạch một mình khi còn là trẻ em và đã xin tị nạn.
    .p2 = Đàn ông cũng có thể bị lợi dụng. Ví dụ, đàn ông từ Việt Nam đã bị lợi dụng để trồng cần sa.

punished = Tôi có bị phạt vì những gì tôi bị ép phải làm không?
    .p1 = Chúng tôi không thể hứa rằng bạn sẽ không bị phạt. Đây là những gì đã biết:
    .list1 =
        - Các báo cáo của Hoa Kỳ năm 2021 và 2022 nói rằng luật Đan Mạch không có quy định rõ ràng để bảo vệ nạn nhân khỏi bị phạt vì những tội họ bị ép phải làm.
        - Cũng các báo cáo đó nói rằng một số cơ quan đã đưa nạn nhân ra tòa vì những tội như vậy, kể cả trẻ em.
        - Năm 2024, CMM nói rằng những trẻ em trai từ Bắc Phi bị ép phạm tội thường không được xem là nạn nhân. Thay vào đó, các em bị bỏ tù và bị đưa ra khỏi Đan Mạch.
        - Công tố viên có thể bỏ cáo buộc đối với những tội ít nghiêm trọng mà nạn nhân đã phạm trong lúc bị mua bán. Khi đó nạn nhân cũng có thể tránh bị đưa ra khỏi nước.
        - Nếu bạn đang bị xét xử vì một tội, tòa án có thể quyết định rằng bạn là nạn nhân của mua bán người.
    .important = Việc bỏ cáo buộc chỉ có thể xảy ra nếu người ta biết rằng bạn đã bị mua bán. Hãy nói với luật sư và chính quyền những gì đã xảy ra với bạn.
    .p2 = Nếu bạn bị buộc tội, bạn có quyền có luật sư bào chữa.
    .p3 = Bạn có thể bị tạm giữ. Các báo cáo của Hoa Kỳ từ năm 2018 đến 2020 nói rằng nhà chức trách có thể tạm giữ những người có thể là nạn nhân trong 72 giờ, và lâu hơn nếu cần.
    .p4 = Các quy định có thể đã thay đổi từ khi có những báo cáo này. Cũng có các hướng dẫn cho công tố viên về việc buộc tội nạn nhân, và ứng dụng này không biết hiện nay các hướng dẫn đó nói gì. Hãy hỏi CMM hoặc luật sư xem quy định hiện nay là gì.

afraid = Nếu bạn sợ kể ra
    .p1 = Nhiều người trong hoàn cảnh này rất sợ kể chuyện của mình, vì bị băng nhóm đe dọa.
    .p2 = Một tổ chức, HopeNow, nói rằng nhiều người có thể là nạn nhân bị đối xử như tội phạm và bị giam trong tù cho đến khi được xác định là nạn nhân. Vì vậy nhiều người tránh xa cảnh sát.
    .p3 = Bạn có thể gọi CMM trước và hỏi mà không cần nói tên. Sự giúp đỡ của CMM không phụ thuộc vào việc bạn có đến gặp cảnh sát hay không.
    .action = { CALL("cmm-hotline") }

get-help = Tìm sự giúp đỡ ở đâu
    .p1 = HopeNow cũng làm việc với những người đàn ông bị lợi dụng để phạm tội.
    .action = { WEB("hopenow") }
    .p2 = Nếu bạn dưới 18 tuổi, hãy đọc "Nếu bạn dưới 18 tuổi".
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
