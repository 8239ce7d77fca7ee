title = Tôi có đang bị bóc lột không?
summary = Có một số dấu hiệu cho thấy một người đang bị bóc lột: bị ép làm việc, bán dâm, hoặc phạm tội.
    Chỉ một dấu hiệu thì có thể chưa chứng minh được. Nhiều dấu hiệu cùng lúc là một lời cảnh báo mạnh.
    Nếu điều này giống hoàn cảnh của bạn, hãy gọi CMM.

warning-signs = Dấu hiệu của lao động cưỡng bức
    .p1 = Trung tâm Phòng chống Mua bán người Đan Mạch (CMM) đưa ra những dấu hiệu cảnh báo sau:
    .list1 =
        - Có người đã lấy hộ chiếu hoặc thẻ căn cước của bạn.
        - Bạn nợ tiền người đã đưa bạn đến đây hoặc người đã tìm việc cho bạn.
        - Tiền lương của bạn bị giữ lại, hoặc thấp hơn nhiều so với lời hứa.
        - Bạn không có hợp đồng, hoặc hợp đồng viết bằng ngôn ngữ bạn không hiểu.
        - Bạn bị ép phải ký hợp đồng.
        - Có người đe dọa bạn hoặc gia đình bạn.
        - Bạn không tự kiểm soát được MitID hoặc NemID của mình, tức là danh tính điện tử Đan Mạch của bạn.
    .p2 = CMM cũng đưa ra những dấu hiệu sau:
    .list2 =
        - Bạn phải làm việc nhiều giờ, nhiều hơn hợp đồng ghi.
        - Công việc có hại cho sức khỏe hoặc không an toàn.
        - Một phần lớn tiền lương của bạn phải trả lại cho chủ, hoặc bị trừ vào lương.
        - Bạn sống trong điều kiện tồi tệ: không có sự riêng tư, không có nhà vệ sinh hoặc chỗ tắm sạch sẽ, hoặc bạn sống ngay ở nơi làm việc.
        - Chủ nói sẽ đuổi việc bạn mà không trả lương, hoặc báo bạn với chính quyền, nếu bạn phàn nàn hoặc nói chuyện với một công đoàn như 3F.
        - Chủ muốn nói thay bạn với chính quyền hoặc ngân hàng.
        - Bạn bị theo dõi, ví dụ qua GPS trên điện thoại hoặc bằng camera.
        - Bạn không được phép đi khám bác sĩ hoặc đi bệnh viện khi bị thương hoặc bị bệnh.

more-signs = Các dấu hiệu khác của lao động cưỡng bức
    .p1 = Tổ chức Lao động Quốc tế (ILO) có một danh sách các dấu hiệu của lao động cưỡng bức. Danh sách này cũng gồm những dấu hiệu sau:
    .list1 =
        - Bạn bị lừa về công việc, tiền lương hoặc địa điểm.
        - Bạn không được tự do rời đi, hoặc không thể đi đến nơi bạn muốn.
        - Bạn bị giữ cách xa những người khác.
        - Có người đánh bạn, làm bạn bị thương, hoặc ép bạn quan hệ tình dục.
        - Bạn phải làm việc rất nhiều giờ.
        - Nơi bạn làm việc hoặc sống rất tồi tệ.
        - Có người lợi dụng hoàn cảnh khó khăn của bạn để chống lại bạn.

what-it-means = Các dấu hiệu của lao động cưỡng bức có ý nghĩa gì
    .p1 = Chỉ một dấu hiệu thì có thể chưa chứng minh được rằng bạn bị ép làm việc.
    .p2 = Nhưng nhiều dấu hiệu cùng lúc cho thấy rất rõ là lao động cưỡng bức.
    .important = CMM nói rằng bạn có thể được giúp để thoát ra, và được nhà nước Đan Mạch hỗ trợ.

sexual-signs = Dấu hiệu của bóc lột tình dục
    .p1 = Ở Đan Mạch, loại mua bán người được phát hiện nhiều nhất là bóc lột tình dục: người ta bị ép bán dâm, ví dụ trong mại dâm.
    .p2 = Không phải ai cũng bị nhốt hoặc bị đánh. Sự kiểm soát thường âm thầm và khó thấy. Các tổ chức giúp phụ nữ làm mại dâm, và Cơ quan Di trú Đan Mạch, mô tả những dấu hiệu như sau:
    .list1 =
        - Bạn không được quyết định bán dâm kiểu gì, tiếp bao nhiêu khách, hoặc được giữ bao nhiêu tiền.
        - Tiền được đưa thẳng cho người khác.
        - Bạn mắc một món nợ lớn cho chuyến đi, visa hoặc các chi phí khác. Món nợ này là bịa ra, và có thể mất nhiều năm mới trả hết.
        - Người khác đã lên kế hoạch và trả tiền cho chuyến đi của bạn, và có thể đã đi cùng bạn.
        - Bạn bị nhốt trong một căn hộ, hoặc bị giữ trong một ngôi nhà xa những người khác.
        - Bạn bị bắt thề, ví dụ lời thề "ju-ju".
        - Có người đe dọa gia đình bạn ở quê nhà.
    .p3 = HopeNow, một trong những tổ chức này, nói rằng những món nợ như vậy thường bắt đầu từ 60.000 euro hoặc hơn.

crime-signs = Dấu hiệu của việc bị ép phạm tội
    .p1 = Người ta cũng có thể bị mua bán để phạm tội hoặc để ăn xin. CMM và chính phủ Đan Mạch mô tả những trường hợp như sau:
    .list1 =
        - Có người bắt bạn ăn trộm, đột nhập nhà, hoặc chở hay bán ma túy.
        - Có người bắt bạn trồng cần sa.
        - Có người bắt bạn ăn xin hoặc móc túi.
        - Có người dùng tên hoặc giấy tờ tùy thân của bạn để lừa các công ty hoặc cơ quan thuế.
        - Bạn bị đe dọa, có thể bằng vũ khí. Bạn biết rằng từ chối băng nhóm có thể gây hậu quả nghiêm trọng.
        - Những kẻ đứng sau biết gia đình bạn sống ở đâu ở quê nhà.
        - Bạn rất sợ kể với bất kỳ ai về những gì xảy ra với bạn.
    .p2 = Đọc thêm trong "Bị ép ăn xin hoặc phạm tội".

common-signs = Dấu hiệu trong mọi loại mua bán người
    .p1 = CMM nói rằng những điều sau thường lặp lại trong các vụ mua bán người:
    .list1 =
        - Bạn rất muốn kiếm tiền, để cuộc sống của bạn và gia đình tốt hơn.
        - Bạn có vẻ bị đe dọa và sợ hãi.
        - Bạn cảm thấy không có lựa chọn nào khác, và không có cách nào khác để trả món nợ bạn đang mắc.
        - Bạn không tin các tổ chức giúp đỡ hoặc chính quyền, và bạn sợ liên hệ với họ.
        - Bạn không biết tìm sự giúp đỡ ở đâu.

next-step = Bạn nên làm gì tiếp theo
    .p1 = Hãy gọi đường dây nóng của CMM. Bạn có thể nói về hoàn cảnh của mình mà không cần nói tên.
    .action = { CALL("cmm-hotline") }
    .p2 = Bạn nghĩ có người khác đang bị bóc lột? Bạn cũng có thể gọi CMM về người đó.
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
