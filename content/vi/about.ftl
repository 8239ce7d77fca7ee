title = Về thông tin này
summary = Thông tin này do { $publisher } phát hành.
    Nội dung được kiểm tra lần cuối vào ngày { $published }.
    Chưa có cố vấn pháp lý nào kiểm tra bản tiếng Anh.

who = Ai làm ra thông tin này
    .p1 = Thông tin này do { $publisher } phát hành.
    .p2 = Nội dung được kiểm tra lần cuối vào ngày { $published }. Đây là phiên bản { $version }.
    .p3 = Một số trang được kiểm tra qua các bản sao đã lưu, có thể cũ hơn.
    .p4 = Chưa có cố vấn pháp lý hay tổ chức nào kiểm tra nội dung của bản tiếng Anh. Ở mỗi chủ đề, ứng dụng cho bạn biết nội dung đã được kiểm tra chưa, và do ai kiểm tra.
    .p5 = Thông tin này là thông tin chung. Để được tư vấn về hoàn cảnh riêng của bạn, hãy gọi đường dây nóng của CMM. Đường dây này giúp nạn nhân, những người lo lắng cho người khác, và bất kỳ ai muốn xin lời khuyên.
    .action = { CALL("cmm-hotline") }

sources = Thông tin lấy từ đâu
    .p1 = Mỗi chủ đề có danh sách nguồn. Mỗi phần của một chủ đề cho thấy nguồn của các thông tin trong phần đó.
    .p2 = Trong phiên bản này, các chủ đề dùng 86 nguồn khác nhau:
    .list1 =
        - 45 nguồn là trang của các cơ quan nhà nước Đan Mạch, như CMM, cảnh sát, Quốc hội Đan Mạch, các bộ và các tòa án.
        - 8 nguồn là báo cáo hoặc trang của chính phủ nước ngoài và các tổ chức quốc tế, như Bộ Ngoại giao Hoa Kỳ, Liên minh châu Âu và Tổ chức Lao động Quốc tế.
        - 9 nguồn là bản sao của các văn bản chính thức, như báo cáo hoặc văn bản luật, được lưu trên các trang web khác.
        - 7 nguồn là bài báo.
        - 3 nguồn là trang của các công ty luật.
        - 14 nguồn là trang của các tổ chức, công đoàn và các trang web khác.
    .p3 = Một số nguồn đã cũ, một số không ghi ngày, và một số chỉ được đọc một phần. Nếu nguồn là tin tức hoặc công ty luật, danh sách nguồn sẽ ghi rõ.
    .p4 = Các số điện thoại lấy từ trang chính thức của cảnh sát, của nhà nước Đan Mạch và của CMM. Số điện thoại và luật lệ có thể thay đổi. Nếu bạn không chắc, hãy gọi đường dây nóng của CMM.

languages = Ngôn ngữ và bản dịch
    .p1 = Thông tin này được viết trước bằng tiếng Anh. Các ngôn ngữ khác được dịch từ bản tiếng Anh.
    .p2 = Mỗi ngôn ngữ cho biết bản dịch được làm như thế nào, và đã được người bản ngữ kiểm tra chưa. Một số bản dịch được làm với sự trợ giúp của máy và chưa được người bản ngữ kiểm tra.
    .p3 = Nếu một phần chưa được dịch, bạn sẽ thấy phần đó bằng tiếng Anh, và ứng dụng sẽ báo cho bạn biết.
    .p4 = Khi bạn nói chuyện với CMM lần đầu, thường sẽ có phiên dịch viên.

privacy = Quyền riêng tư của bạn
    .p1 = Haven không lưu lại những gì bạn đọc hoặc tìm kiếm. Haven chỉ lưu các cài đặt của bạn, như ngôn ngữ và cỡ chữ.
    .p2 = Haven hoạt động mà không cần internet. Haven chỉ lên mạng để tìm thông tin mới cập nhật, và chỉ khi bạn yêu cầu trong phần cài đặt.
    .important = Nhưng chính điện thoại của bạn vẫn có thể lưu lại các cuộc gọi và email bạn thực hiện từ Haven. Chủ đề "Tìm sự giúp đỡ ngay" cho biết điện thoại lưu lại những gì.
    .p3 = Người liên lạc của bạn ở CMM có thể cho bạn lời khuyên về cách giữ an toàn cho điện thoại.
