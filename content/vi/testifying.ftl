title = Làm nhân chứng
summary = Kể cho cảnh sát những gì đã xảy ra và làm chứng tại tòa là hai bước khác nhau.
    Có những cách để bảo vệ bạn khi bạn làm nhân chứng.
    Sự giúp đỡ của CMM không phụ thuộc vào việc bạn có hợp tác với cảnh sát hay không.

what-it-is = Làm chứng nghĩa là gì
    .p1 = Khi bạn kể cho cảnh sát những gì đã xảy ra, bạn khai báo với cảnh sát. Đây không phải là làm chứng.
    .p2 = Làm chứng nghĩa là nói với tư cách nhân chứng tại tòa, trong một vụ án hình sự. Bạn trả lời các câu hỏi về những gì đã xảy ra.
    .p3 = Mua bán người là một tội nghiêm trọng ở Đan Mạch. Hình phạt có thể lên đến 10 năm tù.
    .p4 = Trong những vụ án này, lời kể của nạn nhân thường là bằng chứng quan trọng nhất. Đôi khi đó là bằng chứng duy nhất.

steps = Từ cảnh sát đến tòa án
    .p1 = Thông thường mọi việc diễn ra như sau:
    .list1 =
        - Bạn trình báo tội phạm với cảnh sát, và kể cho họ những gì đã xảy ra. Đây là lời khai của bạn với cảnh sát.
        - Cảnh sát điều tra. Họ có thể lấy lời khai của bạn thêm lần nữa. Một luật sư của nạn nhân có thể đi cùng bạn.
        - Nếu vụ việc được đưa ra tòa, bạn có thể được gọi làm nhân chứng.
        - Tại tòa, bạn làm chứng: bạn trả lời các câu hỏi về những gì đã xảy ra. Một luật sư của nạn nhân có thể đi cùng bạn.
    .p2 = Không phải vụ việc nào cũng được đưa ra tòa hoặc có người bị kết án. Trong các năm 2019, 2020 và 2021, không có ai bị kết án về tội mua bán người ở Đan Mạch.
    .p3 = Luật sư của nạn nhân có thể giải thích cho bạn từng bước và phiên tòa diễn ra như thế nào. Nhà nước trả tiền cho luật sư này. Chưa được xác nhận là nạn nhân của mua bán người có luật sư này bằng cách nào: hãy hỏi CMM hoặc cảnh sát.
    .p4 = Nếu bạn có thể phải rời Đan Mạch trước phiên tòa, hãy hỏi luật sư về việc được tòa lấy lời khai trước phiên tòa. Các quy định về việc này chưa được xác nhận ở đây.

protection = Bạn có thể được bảo vệ như thế nào
    .p1 = Hiếm khi cần đến sự giúp đỡ đặc biệt tại tòa. Nếu bạn cần, công tố viên hoặc luật sư của bạn thường có thể thỏa thuận việc này với tòa án trước ngày xét xử.
    .list1 =
        - Cảnh sát hoặc công tố viên có thể sắp xếp để có người đón bạn khi bạn đến tòa.
        - Họ cũng có thể sắp xếp để bạn chờ trong một phòng chờ riêng.
        - Nếu bạn yêu cầu, trong một số trường hợp tòa án có thể cho bị cáo ngồi ở chỗ bạn không nhìn thấy họ trong khi bạn làm chứng.
        - Trong những trường hợp đặc biệt, tòa án có thể ra lệnh cho bị cáo rời khỏi phòng xử án trong khi bạn làm chứng.
    .p2 = Trong quá trình điều tra, cảnh sát có thể yêu cầu luật sư của nghi phạm không được cho nghi phạm biết một số thông tin, khi việc này cần thiết để bảo vệ bạn.
    .important = Nếu có ai đe dọa bạn hoặc gây rắc rối cho bạn vì bạn là nhân chứng, hãy báo ngay cho cảnh sát. Nếu bạn đang gặp nguy hiểm, hãy gọi { CALL("emergency") }.

video = Lấy lời khai có quay video
    .p1 = Cảnh sát có thể quay video một buổi lấy lời khai. Việc này chủ yếu dành cho trẻ em và người trẻ dưới 18 tuổi. Việc này cũng có thể làm với người bị bệnh tâm thần nặng hoặc khuyết tật đáng kể, khi có hoàn cảnh đặc biệt cho phép.
    .p2 = Trẻ em dưới 13 tuổi, theo quy tắc chung, được lấy lời khai có quay video. Với trẻ lớn hơn, việc này tùy vào từng vụ việc.
    .p3 = Nếu bạn đã được lấy lời khai có quay video theo cách này, thông thường bạn không phải làm chứng tại phiên tòa. Tòa án chỉ có thể yêu cầu việc đó trong những trường hợp rất hiếm.
    .important = Chưa được xác nhận là nạn nhân mua bán người đã trưởng thành có thể được lấy lời khai có quay video hay không. Hãy hỏi luật sư hoặc CMM.

danger = Nếu bạn hoặc gia đình bạn có thể gặp nguy hiểm nghiêm trọng
    .p1 = Trong một số trường hợp, tòa án có thể giữ bí mật tên, công việc và địa chỉ của bạn với bị cáo. Tòa án phải thấy rằng việc này cần thiết cho sự an toàn của bạn, và có lẽ không gây hại cho việc bào chữa của bị cáo.
    .p2 = Nếu bạn hoặc gia đình bạn có thể gặp nguy hiểm nghiêm trọng, tòa án cũng có thể ra lệnh cho bị cáo rời khỏi phòng xử án trong khi bạn làm chứng.
    .p3 = Đây là những quyết định của tòa án. Nếu bạn cần những sự bảo vệ này, hãy hỏi luật sư hoặc công tố viên.

closed-court = Có thể không cho công chúng vào phòng xử không?
    .p1 = Nạn nhân của tội hiếp dâm, hoặc của những tội nghiêm trọng tương tự, có quyền được xử kín, tức là không cho công chúng vào phòng xử án. Luật sư hoặc công tố viên có thể yêu cầu việc này. Nếu công chúng không bị giữ ở ngoài, tòa án có thể thay vào đó cấm mọi người đưa tin về những gì bạn nói.
    .important = Chưa được xác nhận là mua bán người có được tính là tội "nghiêm trọng tương tự" hay không. Hãy hỏi luật sư hoặc công tố viên.

compensation = Xin tiền bồi thường trong vụ án
    .p1 = Nếu có vụ án ra tòa chống lại những kẻ đã bóc lột bạn, hãy yêu cầu bồi thường trong vụ án đó. Nếu bạn không làm vậy, sau này bạn có thể mất quyền được nhà nước bồi thường.
    .p2 = Luật sư của nạn nhân có thể tính số tiền bạn yêu cầu và thay bạn trình bày yêu cầu đó trong vụ án.

forced-crimes = Nếu bạn bị ép phải phạm pháp
    .p1 = Một số nạn nhân bị những kẻ bóc lột ép phải phạm tội.
    .p2 = Các báo cáo của Hoa Kỳ năm 2021 và 2022 viết rằng luật Đan Mạch không có quy định rõ ràng để bảo vệ nạn nhân khỏi bị phạt vì những tội mà họ bị ép phải làm. Chưa được xác nhận là điều này đã thay đổi hay chưa. Một số nạn nhân, kể cả trẻ em, đã bị truy tố vì những tội như vậy.
    .p3 = Công tố viên có thể bỏ cáo buộc đối với những tội ít nghiêm trọng mà bạn đã phạm vì bạn bị mua bán. Khi đó bạn cũng có thể tránh bị đưa ra khỏi Đan Mạch. Nhưng điều này chỉ có thể xảy ra nếu chính quyền biết rằng bạn đã bị mua bán.
    .p4 = Nếu bạn đang bị xét xử, tòa án có thể quyết định rằng bạn là nạn nhân của mua bán người.
    .important = Hãy nói với luật sư của bạn và với chính quyền rằng bạn đã bị mua bán. Nếu bạn bị buộc tội, bạn có quyền có luật sư bào chữa. Xin lưu ý rằng những người có thể là nạn nhân đã từng bị tạm giữ (bị cảnh sát giữ lại).

your-choice = Lựa chọn của bạn
    .p1 = Sự giúp đỡ của CMM không phụ thuộc vào việc bạn có đến gặp cảnh sát hay không. Sự giúp đỡ để về nước theo hình thức hồi hương có chuẩn bị cũng không phụ thuộc vào điều đó.
    .important = Điều này nói về sự giúp đỡ bạn nhận được. Điều này không có nghĩa là bạn có thể từ chối nếu tòa án gọi bạn làm nhân chứng. Nếu bạn được gọi, hãy hỏi luật sư hoặc CMM xem bạn phải làm gì.
    .p2 = Một số điều do bạn tự quyết định:
    .list1 =
        - bạn có tham gia buổi nói chuyện đầu tiên với CMM hay không
        - bạn có nhận hồi hương có chuẩn bị hay không
        - bạn có xin được bảo vệ tại tòa hay không
        - bạn xin tòa án chỉ định luật sư nào
    .p3 = Hãy hỏi luật sư hoặc người liên lạc của bạn ở CMM trước khi bạn quyết định.

what-police-learn = CMM báo gì cho cảnh sát
    .p1 = Trong buổi nói chuyện đầu tiên với CMM, thông tin của bạn chỉ được chuyển cho người khác nếu bạn đồng ý.
    .p2 = Nhưng CMM làm việc chặt chẽ với cảnh sát. CMM báo cho cảnh sát về các vụ việc mà không nói tên, và khuyến khích nạn nhân liên hệ với cảnh sát. Người liên lạc của bạn ở CMM cũng làm việc với cảnh sát và Cơ quan Di trú về trường hợp của bạn.
    .p3 = Trước khi bạn kể chuyện của mình, hãy hỏi CMM xem chính xác họ sẽ chuyển những gì, và chuyển cho ai.
