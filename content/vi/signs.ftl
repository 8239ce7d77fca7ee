title = Tôi có đang bị bóc lột không?
summary = Có một số dấu hiệu cho thấy một người đang bị bóc lột hoặc bị ép làm việc.
    Chỉ một dấu hiệu thì có thể chưa chứng minh được. Nhiều dấu hiệu cùng lúc là một lời cảnh báo mạnh.
    Nếu điều này giống hoàn cảnh của bạn, hãy gọi CMM.

warning-signs = Dấu hiệu cảnh báo
    .p1 = Trung tâm Phòng chống Mua bán người Đan Mạch (CMM) đưa ra những dấu hiệu cảnh báo sau:
    .list1 =
        - Có người đã lấy hộ chiếu hoặc thẻ căn cước của bạn.
        - Bạn nợ tiền người đã đưa bạn đến đây hoặc người đã tìm việc cho bạn.
        - Tiền lương của bạn bị giữ lại, hoặc thấp hơn nhiều so với lời hứa.
        - Bạn không có hợp đồng, hoặc hợp đồng viết bằng ngôn ngữ bạn không hiểu.
        - Có người đe dọa bạn hoặc gia đình bạn.
        - Bạn không tự kiểm soát được MitID hoặc NemID của mình, tức là danh tính điện tử Đan Mạch của bạn.

more-signs = Các dấu hiệu khác của lao động cưỡng bức
    .p1 = Tổ chức Lao động Quốc tế (ILO) đưa ra thêm các dấu hiệu sau:
    .list1 =
        - Bạn bị lừa về công việc, tiền lương hoặc địa điểm.
        - Bạn không được tự do rời đi, hoặc không thể đi đến nơi bạn muốn.
        - Bạn bị giữ cách xa những người khác.
        - Có người đánh bạn, làm bạn bị thương, hoặc ép bạn quan hệ tình dục.
        - Bạn phải làm việc rất nhiều giờ.
        - Nơi bạn làm việc hoặc sống rất tồi tệ.
        - Có người lợi dụng hoàn cảnh khó khăn của bạn để chống lại bạn.

what-it-means = Các dấu hiệu có ý nghĩa gì
    .p1 = Chỉ một dấu hiệu thì có thể chưa chứng minh được rằng bạn bị ép làm việc.
    .p2 = Nhưng nhiều dấu hiệu cùng lúc thì rất có thể là bạn đang bị ép làm việc.
    .important = Bạn có thể được giúp để thoát ra, và được nhà nước Đan Mạch hỗ trợ.

next-step = Bạn nên làm gì tiếp theo
    .p1 = Hãy gọi đường dây nóng của CMM. Bạn có thể nói về hoàn cảnh của mình mà không cần nói tên.
    .action = { CALL("cmm-hotline") }
    .p2 = Bạn nghĩ có người khác đang bị bóc lột? Bạn cũng có thể gọi CMM về người đó.
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
