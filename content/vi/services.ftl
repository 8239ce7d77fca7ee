emergency = Số điện thoại khẩn cấp
    .description = Khi tính mạng bị đe dọa, khi có tội phạm nghiêm trọng, hỏa hoạn, hoặc khi bị bệnh hay bị thương nguy hiểm đến tính mạng. Cuộc gọi miễn phí, ngay cả khi điện thoại hết tiền. Mọi cuộc gọi đều được ghi âm.

police = Cảnh sát (không khẩn cấp)
    .description = Cho những việc không khẩn cấp: để báo một tội phạm không cần cảnh sát đến ngay, để hỏi về vụ việc của bạn, hoặc để cung cấp thông tin cho cảnh sát. Các cuộc gọi đều được ghi âm.

cmm-hotline = Trung tâm Phòng chống Mua bán người Đan Mạch (CMM)
    .description = Trung tâm quốc gia giúp những người có thể là nạn nhân của mua bán người. CMM quyết định những người ở Đan Mạch hợp pháp có phải là nạn nhân hay không. CMM cho mỗi nạn nhân một người liên lạc, và sắp xếp chỗ ở an toàn, hỗ trợ và giúp đỡ để về nước. CMM làm việc chặt chẽ với cảnh sát: CMM báo cho cảnh sát về các vụ việc mà không nói tên. Chưa được xác nhận là gọi đường dây nóng có miễn phí hay không, hoặc đường dây nóng hoạt động vào giờ nào.

reden-international = Reden International
    .description = Một tổ chức có hai nhà tạm lánh cho phụ nữ là nạn nhân của mua bán người. Địa chỉ được giữ bí mật. Tổ chức này cũng có Mødestedet, một nơi ghé vào không cần hẹn ở Copenhagen dành cho phụ nữ nước ngoài bán dâm, và giúp đỡ về sức khỏe.
    .access = Liên lạc với họ qua đường dây nóng của CMM.

hopenow = HopeNow
    .description = Một tổ chức giúp những người đã bị mua bán. Tổ chức này cho lời khuyên, trị liệu và hướng dẫn về pháp lý, và có thể đi cùng bạn đến tòa án, cảnh sát, luật sư và bệnh viện. Tổ chức này cũng làm việc với nam giới.
    .access = Vào trang web của họ, hoặc hỏi đường dây nóng của CMM.

amiami = AmiAmi
    .description = Một tổ chức đến thăm phụ nữ và người chuyển giới bán dâm, để trò chuyện và kiểm tra sức khỏe.
    .access = Chưa có thông tin liên lạc nào được xác nhận. Hãy hỏi đường dây nóng của CMM.

red-cross-clinic = Phòng khám của Hội Chữ thập đỏ
    .description = Chăm sóc sức khỏe miễn phí cho người không có giấy tờ, ở Copenhagen, Aarhus và Odense. Địa chỉ không được công khai, để giữ an toàn cho mọi người.
    .access = Hãy hỏi một tổ chức hoặc một nhân viên xã hội đường phố mà bạn tin tưởng, hoặc hỏi đường dây nóng của CMM.

red-cross-asylum = Hội Chữ thập đỏ Đan Mạch tại các trung tâm tị nạn
    .description = Kiểm tra tất cả trẻ em đến Đan Mạch một mình và sống ở trung tâm tị nạn, để tìm dấu hiệu của mua bán người.
    .access = Hãy hỏi nhân viên ở trung tâm tị nạn của bạn.

danish-refugee-council = Hội đồng Người tị nạn Đan Mạch (Dansk Flygtningehjælp)
    .description = Giúp những người về nước theo hình thức hồi hương có chuẩn bị, cùng với các tổ chức đối tác ở nước của họ.
    .access = Người liên lạc của bạn ở CMM sẽ cùng bạn sắp xếp việc này.

return-agency = Cơ quan Hồi hương Đan Mạch (Hjemrejsestyrelsen)
    .description = Sắp xếp chuyến về nước cho việc hồi hương có chuẩn bị: giấy tờ đi lại, vé, và giúp đỡ ở sân bay.
    .access = Người liên lạc của bạn ở CMM sẽ cùng bạn sắp xếp việc này.

compensation-board = Hội đồng Bồi thường cho Nạn nhân Tội phạm (Erstatningsnævnet)
    .description = Quyết định việc nhà nước trả tiền cho những người bị tội phạm làm hại. Bạn nộp đơn qua cảnh sát.
    .access = Nộp đơn qua cảnh sát. Luật sư của nạn nhân có thể giúp bạn về yêu cầu bồi thường trong vụ án.

prosecution-service = Viện Công tố (Anklagemyndigheden)
    .description = Các công tố viên nhà nước của Đan Mạch. Trang web của cơ quan này giải thích cách bảo vệ nhân chứng tại tòa.
    .access = Hãy hỏi luật sư của bạn hoặc cảnh sát.

union-3f = 3F (Liên đoàn Công nhân Đan Mạch)
    .description = Một công đoàn. 3F nói rằng đây là công đoàn lớn nhất Đan Mạch, rằng họ biết bạn có quyền được trả lương bao nhiêu, và họ giúp bạn lấy lại tiền nếu chủ lừa bạn. 3F bảo nạn nhân của lao động cưỡng bức hãy gọi CMM.
    .access = Hãy liên hệ với văn phòng 3F ở địa phương của bạn.

working-environment-authority = Cơ quan Môi trường Lao động Đan Mạch (Arbejdstilsynet)
    .description = Kiểm tra tất cả các công ty làm việc ở Đan Mạch, cả công ty nước ngoài. Cơ quan này không kiểm tra tiền lương. Một số cuộc kiểm tra được làm cùng với cơ quan thuế và cảnh sát, và khi đó cảnh sát kiểm tra giấy phép lao động và giấy phép cư trú.
    .access = Ứng dụng này không có thông tin liên lạc. Hãy hỏi CMM hoặc một công đoàn.
