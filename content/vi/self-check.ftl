title = Điều này có đang xảy ra với tôi không?
summary = Một vài câu hỏi về các dấu hiệu bị bóc lột. Hãy trả lời "có", "không" hoặc "không chắc".
intro = Mỗi câu hỏi hỏi về một dấu hiệu. Câu trả lời của bạn nằm lại trên màn hình này: chúng không được lưu hay gửi đi, và sẽ mất đi khi bạn rời khỏi đây.

documents = Có ai đã lấy hộ chiếu hoặc thẻ căn cước của bạn không?
debt = Bạn có nợ tiền người đã đưa bạn đến đây hoặc người đã tìm việc cho bạn không?
pay = Tiền lương của bạn có bị giữ lại, hoặc thấp hơn nhiều so với lời hứa không?
deceived = Bạn có bị lừa về công việc, tiền lương hoặc địa điểm không?
threats = Có ai đe dọa bạn hoặc gia đình bạn không?
violence = Có ai đã đánh bạn, làm bạn bị thương, hoặc ép bạn quan hệ tình dục không?
not-free = Có phải bạn không được tự do rời đi, hoặc không được đi đến nơi bạn muốn không?
watched = Bạn có bị theo dõi không, ví dụ qua GPS trên điện thoại hoặc bằng camera?
doctor = Bạn có bị ngăn không cho đi khám bác sĩ hoặc đi bệnh viện khi bị thương hoặc bị bệnh không?
digital-id = Có người khác kiểm soát MitID hoặc NemID (danh tính điện tử Đan Mạch) của bạn không?
sex-money = Có người khác quyết định bạn bán dâm kiểu gì, tiếp bao nhiêu khách, hoặc bạn được giữ bao nhiêu tiền không?
forced-crime = Có ai bắt bạn ăn trộm, bán ma túy hoặc ăn xin không?

result = { $count ->
    [0] Bạn không trả lời "có" với dấu hiệu nào trong số { $total } dấu hiệu.
   *[other] Bạn đã trả lời "có" với { $count } trong số { $total } dấu hiệu.
}
unsure = { $unsure ->
   *[other] Bạn không chắc về { $unsure } câu hỏi.
}

help = Điều này có nghĩa là gì
    .p1 = Đây không phải là một bài kiểm tra, và nó không thể nói điều gì đang xảy ra với bạn. Chỉ một dấu hiệu thì không phải là bằng chứng. Nhiều dấu hiệu cùng lúc là một lời cảnh báo mạnh.
    .p2 = Bạn có thể nói chuyện với đường dây nóng của CMM về hoàn cảnh của mình mà không cần nói tên. Bạn cũng có thể gọi về một người khác.
    .action1 = { CALL("cmm-hotline") }
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi số khẩn cấp.
    .action2 = { CALL("emergency") }
