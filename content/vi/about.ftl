title = Về thông tin này
summary = Thông tin này do { $publisher } phát hành.
    Nội dung được kiểm tra lần cuối vào ngày { $published }.

who = Ai làm ra thông tin này
    .p1 = Thông tin này do { $publisher } phát hành.
    .p2 = Nội dung được kiểm tra lần cuối vào ngày { $published }. Đây là phiên bản { $version }.

sources = Thông tin lấy từ đâu
    .p1 = Thông tin được lấy từ các nguồn ghi kèm theo mỗi chủ đề. Phần lớn là các trang chính thức của Đan Mạch, ví dụ như trang của Trung tâm Phòng chống Mua bán người Đan Mạch, của cảnh sát và của Quốc hội Đan Mạch.
    .p2 = Mọi số điện thoại đều được kiểm tra với các trang chính thức.
    .p3 = Luật lệ có thể thay đổi. Nếu bạn không chắc, hãy gọi đường dây nóng của CMM.

languages = Ngôn ngữ và bản dịch
    .p1 = Thông tin này được viết trước bằng tiếng Anh. Các ngôn ngữ khác được dịch từ bản tiếng Anh.
    .p2 = Mỗi ngôn ngữ cho biết bản dịch đã được kiểm tra đến mức nào. Một số bản dịch được làm với sự trợ giúp của máy và chưa được người bản ngữ kiểm tra.
    .p3 = Nếu một phần chưa được dịch, bạn sẽ thấy phần đó bằng tiếng Anh, và ứng dụng sẽ báo cho bạn biết.

privacy = Quyền riêng tư của bạn
    .p1 = Haven không lưu lại những gì bạn đã đọc.
    .p2 = Haven hoạt động mà không cần internet.
