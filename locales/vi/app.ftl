# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = Giúp đỡ và quyền của bạn, bằng ngôn ngữ của bạn. Dùng được khi không có internet.

## Leaving the app at once
quick-exit = Thoát ngay
quick-exit-label = Rời Haven ngay. Ứng dụng đóng lại ngay lập tức.

## Choosing a language
choose-language = Chọn ngôn ngữ của bạn
search-languages = Tìm ngôn ngữ
no-language-found = Không tìm thấy ngôn ngữ.
change-language = Ngôn ngữ

## Moving around
home = Trang chủ
back = Quay lại
topics-heading = Bạn cần gì?
more-services = Tất cả dịch vụ và số điện thoại

## The emergency card on every screen
emergency-heading = Đang gặp nguy hiểm?
emergency-text = Hãy gọi số khẩn cấp. Cuộc gọi miễn phí.

## The directory of services
directory = Gọi cho ai
directory-intro = Các dịch vụ có thể giúp bạn. Chạm vào số để gọi.
filter-all = Tất cả
kind-emergency = Khẩn cấp
kind-police = Cảnh sát
kind-hotline = Đường dây nóng
kind-shelter = Chỗ ở an toàn
kind-legal = Trợ giúp pháp lý
kind-health = Sức khỏe
kind-support = Hỗ trợ
kind-authority = Cơ quan nhà nước
call = Gọi
call-from-foreign-phone = Từ điện thoại nước ngoài
send-sms = Gửi tin nhắn
send-email = Gửi email
open-website = Trang web
free-call = Gọi miễn phí
no-number = Không có số điện thoại công khai.
no-services = Không có dịch vụ nào trong nhóm này.

## Notices on articles
not-translated = Chưa được dịch. Phần này hiển thị bằng ngôn ngữ gốc.
review-original = Được viết bằng ngôn ngữ này từ các nguồn đã kiểm tra.
review-reviewed = Đã dịch và được người bản ngữ kiểm tra.
review-machine-assisted = Bản dịch có máy hỗ trợ, chưa được người bản ngữ kiểm tra.
review-not-translated = Chưa được dịch.
sources = Nguồn
sources-intro = Thông tin trong bài này lấy từ các trang sau.

## Settings
settings = Cài đặt
text-size = Cỡ chữ
forget-settings = Xóa cài đặt của tôi
forget-settings-explained = Xóa ngôn ngữ và cỡ chữ của bạn khỏi điện thoại này. Haven không lưu gì khác: không lưu những gì bạn đã đọc.
forget-settings-done = Đã xóa cài đặt của bạn.
information-version = Thông tin phiên bản { $version }, kiểm tra ngày { $published }.
information-publisher = Do { $publisher } phát hành.

## Problems
refused-pack = Không dùng được nội dung này, nên ứng dụng hiển thị thông tin có sẵn thay thế:
error-generic = Đã xảy ra lỗi. Vui lòng thử lại.
open-link-failed = Không mở được liên kết này.
