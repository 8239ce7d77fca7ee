title = Nếu bạn dưới 18 tuổi
summary = Nếu bạn dưới 18 tuổi, luật bảo vệ bạn nhiều hơn.
    Nếu bạn đến Đan Mạch mà không có cha mẹ, thì phải có một người lớn có nhiệm vụ chăm lo cho bạn. Có thể bạn không phải nói tại phiên tòa.
    Bạn có thể gọi CMM. Bạn không cần nói tên.

law = Luật bảo vệ trẻ em nhiều hơn
    .p1 = Ở Đan Mạch, bạn là trẻ em cho đến khi bạn đủ 18 tuổi.
    .p2 = Đó là mua bán người nếu có ai đó dụ bạn đi cùng họ, đưa bạn đi nơi khác, hoặc cho bạn chỗ ở, để họ có thể lợi dụng bạn. Ví dụ, bắt bạn bán dâm, làm việc cho họ, hoặc phạm tội.
    .important = Với trẻ em, đó vẫn là mua bán người ngay cả khi không ai dùng vũ lực, đe dọa hay lừa dối. Với người lớn, luật đòi hỏi phải có một trong những điều đó. Với bạn thì không cần.

representative = Một người lớn đứng về phía bạn
    .p1 = Nếu bạn dưới 18 tuổi, không phải là người Đan Mạch, và ở Đan Mạch mà không có cha mẹ hoặc một người lớn khác chịu trách nhiệm về bạn, bạn sẽ có một người đại diện. Đó là một người lớn có nhiệm vụ lo cho điều tốt nhất cho bạn. Chỉ những lý do rất đặc biệt mới có thể ngăn việc này.
    .list1 =
        - Nếu bạn đã bị mua bán, điều này phải được tính đến khi chọn người đại diện cho bạn.
        - Nếu bạn từ 12 tuổi trở lên, thông thường sẽ có người nói chuyện với bạn trước.
        - Trong khi bạn xin tị nạn, người đại diện theo sát bạn và kiểm tra xem quyền của bạn có được tôn trọng không.
        - Nếu bạn được cấp giấy phép cư trú, một người lớn sẽ lo cho điều tốt nhất cho bạn và đi cùng bạn khi gặp chính quyền, cho đến khi bạn đủ 18 tuổi.
    .p2 = Người đại diện của bạn có thể là một tình nguyện viên, ví dụ từ Hội Chữ thập đỏ Đan Mạch, hoặc một người được trả tiền để làm việc này. Chính quyền quyết định.
    .p3 = Khi bạn có buổi nói chuyện đầu tiên với CMM, người đại diện của bạn thường đi cùng bạn.
    .p4 = Việc xin có người đại diện, hoặc xin đổi người đại diện khác, được gửi đến Cơ quan Luật Gia đình (Familieretshuset). Hãy hỏi CMM cách làm.

interviews = Nói chuyện với cảnh sát, và ra tòa
    .p1 = Cảnh sát có thể lấy lời khai của trẻ em và người trẻ có quay video.
    .list1 =
        - Dưới 13 tuổi: theo quy tắc chung, việc lấy lời khai được quay video.
        - 13 hoặc 14 tuổi: luôn có thể lấy lời khai có quay video trong các vụ về tội phạm tình dục, loạn luân, theo dõi quấy rối, hoặc bạo lực trong gia đình.
        - 15, 16 hoặc 17 tuổi: chỉ có thể lấy lời khai có quay video nếu có lý do rất mạnh để bảo vệ bạn.
    .p2 = Nếu bạn đã được lấy lời khai có quay video theo cách này, thông thường bạn không phải nói tại phiên tòa. Tòa án chỉ có thể bắt bạn đến trong những trường hợp rất hiếm.
    .important = Không phải ai từ 15 đến 17 tuổi cũng được lấy lời khai có quay video. Hãy hỏi CMM hoặc người đại diện của bạn xem bạn có thể được gì.

where-you-stay = Bạn sẽ sống ở đâu
    .list1 =
        - Nếu bạn đến mà không có cha mẹ, không có giấy tờ để ở lại, và xin tị nạn: thông thường bạn sống ở một trung tâm dành cho trẻ em trong hệ thống tị nạn. Một số người trẻ cần được chăm sóc đặc biệt hằng ngày sống ở các khu đặc biệt.
        - Nếu bạn đến mà không có cha mẹ và ở Đan Mạch hợp pháp: thành phố hoặc vùng nơi bạn sống (chính quyền địa phương, gọi là kommune) tìm chỗ ở cho bạn. Đó có thể là một nhà trẻ em hoặc một nhà chăm sóc. Trong những trường hợp hiếm, đó là một gia đình nhận nuôi.
    .p1 = Chính quyền địa phương phải để mắt đến tất cả trẻ em sống ở đó, dù có giấy tờ hay không. Vì vậy, họ phải bảo đảm rằng một đứa trẻ đã bị mua bán được giúp đỡ đúng cách.

how-found = Người lớn có thể phát hiện như thế nào
    .p1 = Những người lớn làm việc với trẻ em có thể nhận ra các dấu hiệu của mua bán người:
    .list1 =
        - Hội Chữ thập đỏ Đan Mạch kiểm tra tất cả trẻ em đến một mình và sống ở trung tâm tị nạn, để tìm dấu hiệu của mua bán người.
        - Dấu hiệu có thể là nơi gặp đứa trẻ, những người đi cùng đứa trẻ, hoặc cách đứa trẻ cư xử.
        - Một dấu hiệu có thể là đứa trẻ không giải thích được chuyến đi đến Đan Mạch, hoặc vì sao mình ở đây.
    .p2 = Nếu nhân viên nghĩ rằng một đứa trẻ có thể bị mua bán, họ gọi CMM. Sau đó, một người của CMM, hoặc của một tổ chức làm việc với CMM, sẽ nói chuyện với người trẻ đó một hoặc nhiều lần để tìm hiểu.
    .important = Không phải người lớn nào cũng được đào tạo để thấy các dấu hiệu. Nếu có điều gì không ổn, bạn có thể tự kể với một người nào đó.

at-risk = Nếu người lớn lợi dụng bạn để phạm tội
    .p1 = Một số trẻ em và người trẻ bị người lớn hoặc băng nhóm lợi dụng để ăn trộm, đột nhập nhà, hoặc chở và bán ma túy. Việc đó cũng có thể là mua bán người. Hãy đọc "Bị ép ăn xin hoặc phạm tội".
    .p2 = Trẻ em đến một mình và đang chờ kết quả xin tị nạn có nguy cơ đặc biệt cao bị mua bán. Đã có trẻ em mất tích khỏi các trung tâm tị nạn. Hội Chữ thập đỏ và CMM xem những trẻ em này là có nguy cơ đặc biệt bị lợi dụng.

get-help = Bạn có thể kể với ai
    .p1 = Bạn có thể gọi CMM. Bạn không cần nói tên. Bạn cũng có thể gọi nếu bạn lo lắng cho một người bạn.
    .action = { CALL("cmm-hotline") }
    .p2 = Nếu bạn sống ở trung tâm tị nạn, bạn có thể nói chuyện với nhân viên ở đó, hoặc với người đại diện của bạn.
    .p3 = Nếu bạn đang gặp nguy hiểm ngay bây giờ, hãy gọi { CALL("emergency") }.
    .p4 = Sự giúp đỡ của CMM không phụ thuộc vào việc bạn có đến gặp cảnh sát hay không.
