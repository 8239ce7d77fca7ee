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
review-content-not-checked = Thông tin này chưa được cố vấn pháp lý hoặc tổ chức hỗ trợ kiểm tra.
review-content-checked = Thông tin đã được kiểm tra bởi:
section-sources = Nguồn của phần này

## Settings
settings = Cài đặt
text-size = Cỡ chữ
forget-settings = Xóa cài đặt của tôi
forget-settings-explained = Xóa cài đặt của bạn khỏi điện thoại này: ngôn ngữ, cỡ chữ, chế độ kín đáo, tự động kiểm tra và thời điểm Haven kiểm tra cập nhật lần cuối. Thông tin Haven đã tải về vẫn được giữ lại để tiếp tục dùng được. Haven không lưu lịch sử những gì bạn đã đọc hay đã tìm.
forget-settings-done = Đã xóa cài đặt của bạn.
information-version = Thông tin phiên bản { $version }, kiểm tra ngày { $published }.
information-publisher = Do { $publisher } phát hành.

## When the information may be out of date (on the home screen, followed by a date)
stale-heading = Thông tin này có thể đã cũ
stale-confirmed = Lần cuối được xác nhận là thông tin mới nhất vào ngày:
stale-explained = Từ đó đến nay, Haven chưa kiểm tra được thông tin mới hơn. Số điện thoại và quy định có thể đã thay đổi.

## Problems
refused-pack = Không dùng được nội dung này, nên ứng dụng hiển thị thông tin có sẵn thay thế:
preview-warnings = Có thể dùng nội dung này. Hãy kiểm tra các cảnh báo sau trước khi xuất bản:
error-generic = Đã xảy ra lỗi. Vui lòng thử lại.
open-link-failed = Không mở được liên kết này.

## Moving around, reading and printing
search = Tìm kiếm
menu = Trình đơn
two-languages = Hai ngôn ngữ
print = In
numbers-heading = Số điện thoại

## Two languages side by side (the outreach worker's view)
dual-explained = Mỗi phần được hiển thị bằng hai ngôn ngữ, cạnh nhau. Bạn có thể đổi một trong hai ngôn ngữ ở đây.
dual-reader-language = Ngôn ngữ của người đọc
dual-helper-language = Ngôn ngữ của người hỗ trợ

## Search
search-label = Tìm trong tất cả thông tin
search-hint = Gõ một từ. Bạn có thể tìm bằng ngôn ngữ của bạn hoặc bằng ngôn ngữ gốc của thông tin.
search-found = Số chỗ tìm thấy:
search-nothing-found = Không tìm thấy gì. Hãy thử một từ khác hoặc một từ ngắn hơn.
search-in-reference = Tìm thấy bằng ngôn ngữ gốc:

## Discreet mode (in the settings)
discreet = Chế độ kín đáo
discreet-what = Khi bật chế độ kín đáo, Haven mở ra như một máy tính. Để xem thông tin này, hãy gõ mã của bạn trên máy tính rồi bấm =.
discreet-not-hidden = Chế độ kín đáo không che giấu việc Haven có trên điện thoại này. Tên và biểu tượng của ứng dụng vẫn hiện trong danh sách ứng dụng, danh sách ứng dụng đang mở và trong phần cài đặt của điện thoại. Người nào thử nhiều mã có thể tìm ra mã của bạn.
discreet-forgotten-code = Hãy nhớ mã của bạn. Nếu bạn quên, máy tính sẽ không mở được Haven nữa: hãy gỡ ứng dụng và cài lại.
discreet-is-on = Chế độ kín đáo đang bật.
discreet-is-off = Chế độ kín đáo đang tắt.
discreet-code = Mã của bạn (từ 6 đến 12 chữ số)
discreet-not-pin = Đừng dùng mã PIN của điện thoại hay thẻ ngân hàng: người biết mã đó có thể mở Haven.
discreet-code-again = Gõ lại mã một lần nữa
discreet-turn-on = Bật chế độ kín đáo
discreet-change-code = Lưu mã mới
discreet-turn-off = Tắt chế độ kín đáo
discreet-saved = Xong. Lần sau khi mở, Haven sẽ hiện máy tính.
discreet-turned-off = Chế độ kín đáo đã tắt. Haven mở như bình thường.
discreet-code-invalid = Mã phải có từ 6 đến 12 chữ số và không có gì khác.
discreet-code-mismatch = Hai mã không giống nhau. Hãy gõ lại.

## The calculator that discreet mode shows; each key's name for screen readers
calculator = Máy tính
calc-clear = Xóa hết
calc-delete = Xóa
calc-divide = Chia
calc-multiply = Nhân
calc-minus = Trừ
calc-plus = Cộng
calc-equals = Bằng
calc-point = Dấu thập phân
calc-error = Lỗi

## Updated information (in the settings)
updates = Thông tin cập nhật
updates-source-embedded = Thông tin này có sẵn cùng ứng dụng.
updates-source-synced = Thông tin này là bản cập nhật đã được tải về và kiểm tra.
updates-source-preview = Thông tin này là bản xem trước từ thư mục này:
updates-check = Kiểm tra thông tin cập nhật
updates-checking = Đang kiểm tra…
updates-downloading = Đang tải về…
updates-installing = Đang cài đặt…
updates-updated = Thông tin mới hiện đang được dùng.
updates-unchanged = Bạn đã có thông tin mới nhất.
updates-refused = Không có gì thay đổi. Không kết nối được tới bản cập nhật, hoặc bản cập nhật không đáng tin cậy. Thông tin bạn đang có vẫn dùng được.
updates-unavailable = Bản Haven này không thể kiểm tra thông tin cập nhật.
updates-not-configured = Bản Haven này không có địa chỉ để kiểm tra cập nhật.
updates-automatic = Tự động kiểm tra
updates-automatic-explained = Khi bật, mỗi lần mở Haven sẽ dùng internet để tìm thông tin cập nhật. Khi tắt, Haven chỉ kết nối khi bạn bấm nút ở trên.

## The self-check "Is this happening to me?" (its questions are in the pack)
check-yes = Có
check-no = Không
check-not-sure = Không chắc
check-start = Bắt đầu
check-previous = Câu hỏi trước
check-progress = Số câu đã trả lời
check-again = Làm lại từ đầu
check-read-signs = Đọc về các dấu hiệu

## The web edition (the same information as a website, for readers without the app)
web-quick-exit-label = Rời trang web này ngay. Một trang web bình thường sẽ mở ra thay thế.
web-history-warning = Lần truy cập này sẽ nằm trong lịch sử trình duyệt. Để không để lại dấu vết, hãy dùng thẻ ẩn danh, hoặc xóa lịch sử sau đó.
web-nothing-stored = Nếu bạn không yêu cầu, trang web này không lưu gì trên điện thoại của bạn: không cookie, không ghi lại những gì bạn đọc.
web-about = Về trang web này
web-safety-heading = An toàn của bạn trên trang web này
web-languages-heading = Các ngôn ngữ và mức độ kiểm tra của từng ngôn ngữ
web-other-languages = Trang này bằng ngôn ngữ khác
web-keep = Giữ trên điện thoại của tôi
web-keep-explained = Lưu thông tin này, chỉ bằng ngôn ngữ này, trong trình duyệt của điện thoại để bạn đọc được khi không có internet. Ai xem trình duyệt của bạn có thể thấy nó ở đó.
web-keep-button = Giữ trên điện thoại
web-keep-done = Xong. Bây giờ bạn có thể đọc thông tin này khi không có internet.
web-keep-remove = Xóa khỏi điện thoại của tôi
web-keep-removed = Đã xóa. Bây giờ không còn gì của trang web này trên điện thoại của bạn.
web-keep-needs-scripts = Muốn giữ thông tin thì cần JavaScript, nhưng trình duyệt này đang tắt nó. Mọi thứ khác vẫn dùng được.
web-keep-unsupported = Trình duyệt này không thể giữ thông tin để đọc khi không có internet.
web-get-app = Tải ứng dụng
web-get-app-explained = Ứng dụng dùng được khi không có internet và không lưu lịch sử những gì bạn đọc.

## Listening (the voices are in the pack)
listen = Nghe
listen-article = Nghe cả bài
listen-pause = Tạm dừng
listen-resume = Nghe tiếp
listen-stop = Dừng
listen-now = Đang đọc:
audio-synthetic = Giọng này do máy tính tạo ra. Có thể đọc sai một số từ.
audio-recorded = Người đọc:

## Downloading a voice (settings, "Listening"). The size is shown next to the button, formatted by the app.
voice-heading = Nghe đọc
voice-what = Haven có thể đọc to thông tin bằng ngôn ngữ của bạn. Giọng đọc cho toàn bộ thông tin chỉ được tải về khi bạn yêu cầu, và được giữ trên điện thoại này.
voice-built-in = Khi chưa có giọng đọc, chỉ phần trợ giúp khẩn cấp và phần tóm tắt của "Tìm sự giúp đỡ ngay" là đọc to được.
voice-look = Tìm giọng đọc cho ngôn ngữ này
voice-looking = Đang tìm giọng đọc…
voice-download = Tải giọng đọc cho ngôn ngữ này
voice-downloading = Đang tải giọng đọc về…
voice-installing = Đang kiểm tra giọng đọc…
voice-downloaded = Giọng đọc cho ngôn ngữ này đã có trên điện thoại này.
voice-done = Đã tải về và kiểm tra giọng đọc. Bây giờ mọi thứ đều đọc to được.
voice-remove = Xóa giọng đọc
voice-removed = Đã xóa giọng đọc. Chỗ trống của nó đã được trả lại.
voice-none = Chưa có giọng đọc nào đọc được ngôn ngữ này.
voice-not-offered = Nhà phát hành chưa có giọng đọc cho ngôn ngữ này.
voice-unreachable = Không tải được giọng đọc: không kết nối được tới máy chủ. Không có gì thay đổi. Hãy thử lại sau.
voice-untrusted = Giọng đọc nhận được không phải là giọng mà nhà phát hành đã ký, nên đã bị từ chối. Không có gì thay đổi.
voice-uses = Dung lượng:
