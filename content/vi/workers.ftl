title = Vấn đề ở nơi làm việc
summary = Lương thấp, làm quá nhiều, hoặc bị chủ lừa? Bạn có quyền khi làm việc ở Đan Mạch.
    Một số kiểu bóc lột là tội phạm, ngay cả khi đó không phải là mua bán người.
    Bạn có thể nhờ CMM hoặc một công đoàn giúp đỡ.

rights = Quyền của bạn khi làm việc
    .p1 = CMM có một trang dành cho người lao động. Trang đó viết:
    .list1 =
        - Chủ của bạn luôn phải trả mức lương mà hai bên đã thỏa thuận.
        - Đan Mạch không có lương tối thiểu do luật quy định. Lương được định bằng các thỏa thuận giữa công đoàn và chủ lao động (thỏa ước lao động tập thể).
        - Luật quy định về sức khỏe và an toàn, ngày nghỉ, lương khi bị bệnh, đối xử bình đẳng và trả lương bình đẳng.
        - Nếu công ty có thỏa ước lao động tập thể, bạn có những quyền giống như đồng nghiệp người Đan Mạch làm cùng công việc.
        - Bạn có quyền vào công đoàn, nhưng bạn không bắt buộc phải vào. Chủ không được bảo bạn phải vào một công đoàn nhất định.
        - Các quy định của Đan Mạch về sức khỏe và an toàn áp dụng cho mọi người làm việc ở Đan Mạch, kể cả làm việc ngắn hạn. Chủ phải làm cho công việc của bạn an toàn và không có hại cho sức khỏe.
        - Nếu bạn làm việc hơn 8 giờ một tuần, bạn phải có hợp đồng bằng văn bản, chậm nhất là một tháng sau khi bạn bắt đầu.
    .p2 = Nếu chủ có thỏa ước lao động tập thể, thỏa ước đó áp dụng cho tất cả người lao động, dù có là thành viên công đoàn hay không.
    .important = Một chủ không phải là thành viên của một tổ chức của chủ lao động có thể không bị ràng buộc bởi thỏa ước lao động tập thể, và có thể tự đặt điều kiện. Các công đoàn khuyên người lao động nước ngoài kiểm tra điều này.

crime = Khi bóc lột là tội phạm
    .p1 = Từ ngày 1 tháng 6 năm 2022, luật Đan Mạch có một tội gọi là "menneskeudnyttelse" (bóc lột con người). Tội này nằm trong Bộ luật Hình sự, điều 262 b.
    .p2 = Nghĩa là: tuyển một người, hoặc cho họ chỗ ở, để họ làm việc trong những điều kiện rõ ràng là vô lý, bằng cách lợi dụng khó khăn hoặc sự phụ thuộc của họ. Hình phạt có thể lên đến 6 năm tù.
    .p3 = Việc này có thể là tội phạm ngay cả khi đó không phải là mua bán người. Mua bán người (điều 262 a) bao gồm lao động cưỡng bức, và hình phạt có thể lên đến 10 năm tù.
    .p4 = Các quy định về luật sư của nạn nhân trong vụ án hình sự (bistandsadvokat) cũng áp dụng cho tội này. Hãy hỏi CMM xem bạn có thể có luật sư này không, và bằng cách nào.

forced = Khi đó có thể là lao động cưỡng bức
    .p1 = Công đoàn 3F nói rằng đây là những dấu hiệu của lao động cưỡng bức:
    .list1 =
        - Chủ lấy thẻ căn cước hoặc hộ chiếu của bạn.
        - Chủ dùng bạo lực, hoặc đe dọa sẽ dùng.
        - Chủ bảo bạn làm việc để trả nợ.
        - Chủ trả công cho bạn bằng đồ ăn và chỗ ở, thay vì bằng tiền.
    .p2 = 3F khuyên nạn nhân, và những người biết một nạn nhân, hãy gọi CMM. Để xem thêm dấu hiệu, hãy đọc "Tôi có đang bị bóc lột không?"
    .action = { CALL("cmm-hotline") }
    .p3 = Ở Đan Mạch, lao động cưỡng bức đã được phát hiện trong ngành vận tải, dọn dẹp vệ sinh, xây dựng, nhà hàng và giao báo.

union = Công đoàn có thể giúp
    .p1 = 3F nói rằng đây là công đoàn lớn nhất Đan Mạch. 3F nói:
    .list1 =
        - Nếu bạn được trả lương thấp hơn, hoặc có điều kiện tệ hơn người lao động Đan Mạch, hãy liên hệ với công đoàn ở địa phương của bạn.
        - Trên thị trường lao động Đan Mạch, đối xử khác biệt với người khác vì nơi họ đến là phạm pháp.
        - Công đoàn biết bạn có quyền được trả lương bao nhiêu, và các chuyên gia của công đoàn sẽ giúp bạn lấy lại tiền nếu bạn bị lừa.
    .action = { WEB("union-3f") }
    .p2 = Nếu chủ vi phạm thỏa ước lao động tập thể, vụ việc có thể được đưa ra Tòa án Lao động hoặc trọng tài lao động.

inspections = Cơ quan Môi trường Lao động
    .p1 = Cơ quan Môi trường Lao động Đan Mạch (Arbejdstilsynet) kiểm tra tất cả các công ty làm việc ở Đan Mạch, cả công ty nước ngoài. Các cuộc kiểm tra thường không báo trước. Cơ quan này cũng kiểm tra xem các công ty nước ngoài đã đăng ký vào sổ đăng ký của Đan Mạch cho các nhà cung cấp dịch vụ nước ngoài (RUT) chưa.
    .p2 = Cơ quan này không kiểm tra tiền lương hay điều kiện làm việc của bạn. Những điều đó được định bằng thỏa ước lao động tập thể.
    .important = Cơ quan Môi trường Lao động, cơ quan thuế và cảnh sát đôi khi cùng nhau kiểm tra ở nơi làm việc. Khi đó, cảnh sát kiểm tra nhiều thứ, trong đó có việc người lao động nước ngoài có giấy phép lao động hoặc giấy phép cư trú hay không. Nếu bạn không có giấy tờ, đây không phải là cách an toàn hay kín đáo để được giúp đỡ. Hãy đọc "Không có giấy tờ? Sợ cảnh sát?"

get-help = Bắt đầu từ đâu
    .p1 = Hãy gọi CMM nếu bạn nghĩ mình đang bị bóc lột hoặc bị ép làm việc. Bạn có thể nói chuyện mà không cần nói tên.
    .action = { CALL("cmm-hotline") }
    .p2 = Nếu có câu hỏi về lương và điều kiện làm việc, hãy liên hệ với một công đoàn, như 3F.
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
