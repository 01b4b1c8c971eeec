package vn.da06.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.da06.submission.SubmissionResults.Submission;

/** What became of a workbook, in the words its page and lists use; pages call it as {@code ${@labels...}}. */
@Component("labels")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class Labels {

    /** A short state: "Đã nạp (đúng hạn)", "Bị từ chối", "Chờ duyệt" ... */
    public String submission(Submission s) {
        return switch (s.status()) {
            case "accepted" -> Boolean.FALSE.equals(s.onTime()) ? "Đã nạp (muộn)" : "Đã nạp (đúng hạn)";
            case "superseded" -> "Đã có tệp thay thế";
            case "duplicate" -> "Trùng tệp đã nạp";
            case "rejected" -> "Bị từ chối";
            case "held" -> "Chờ duyệt";
            case "released" -> "Đã duyệt, đang nhập";
            default -> s.status();
        };
    }

    /** A sentence saying what the state means for the unit. */
    public String explanation(Submission s) {
        return switch (s.status()) {
            case "accepted" -> "Tệp hợp lệ và đã được nạp vào kho dữ liệu"
                    + (Boolean.FALSE.equals(s.onTime()) ? ", nhưng gửi sau hạn nộp." : ", đúng hạn.")
                    + " Các số liệu đọc được ở dưới.";
            case "superseded" -> "Tệp hợp lệ và đã được nạp, nhưng đơn vị đã gửi một tệp khác cho cùng tháng: số liệu của tệp "
                    + "gửi sau được dùng.";
            case "duplicate" -> "Tệp trùng nội dung với một tệp đã nạp trước đó nên không thay đổi gì. Các số liệu đang dùng ở dưới.";
            case "rejected" -> "Tệp không được nạp vì có lỗi. Sửa từng lỗi dưới đây (hoặc mở báo cáo lỗi: các ô sai được tô đỏ "
                    + "kèm ghi chú) rồi gửi lại.";
            case "held" -> "Tháng này đã chốt số liệu: tệp hợp lệ nhưng chưa được nạp, đang chờ cán bộ phụ trách duyệt.";
            case "released" -> "Cán bộ đã duyệt tệp; tệp được nhập lại theo các quy tắc thường lệ — xem kết quả trong danh sách "
                    + "các tệp đã gửi.";
            default -> "";
        };
    }
}
