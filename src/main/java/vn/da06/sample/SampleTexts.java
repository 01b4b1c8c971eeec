package vn.da06.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Vietnamese wording that simulated units type: names, difficulties, proposals, results. */
final class SampleTexts {

    static final List<String> PREPARERS = List.of(
            "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Minh Tuấn", "Phạm Thị Hồng", "Võ Văn Hải", "Huỳnh Thị Thu Trang",
            "Đặng Quốc Bảo", "Bùi Thị Lan", "Đỗ Thanh Tùng", "Ngô Thị Mỹ Duyên", "Dương Văn Phúc", "Trương Thị Kim Oanh");

    static final List<String> DIFFICULTIES = List.of(
            "Đường truyền Internet tại bộ phận một cửa không ổn định, ảnh hưởng tiếp nhận hồ sơ trực tuyến.",
            "Thiếu máy quét (scan) để số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
            "Người dân cao tuổi chưa sử dụng thành thạo điện thoại thông minh, khó kích hoạt tài khoản định danh điện tử mức 2.",
            "Cán bộ kiêm nhiệm nhiều việc, chưa bố trí đủ thời gian cho công tác số hóa.",
            "Dữ liệu hộ tịch cũ (sổ giấy trước năm 2010) nhiều sai sót, mất nhiều thời gian đối chiếu.",
            "Một số hồ sơ dịch vụ công trực tuyến phải yêu cầu bổ sung do người dân khai sai thông tin.",
            "Kinh phí triển khai chưa được bố trí kịp thời.",
            "Phần mềm một cửa điện tử thường xuyên lỗi khi đồng bộ với Cổng dịch vụ công quốc gia.");

    static final List<String> PROPOSALS = List.of(
            "Đề nghị cấp trên hỗ trợ trang bị thêm máy quét tài liệu cho bộ phận một cửa.",
            "Đề nghị cơ quan công an tăng cường lực lượng hỗ trợ kích hoạt tài khoản định danh điện tử tại thôn, khu phố.",
            "Đề nghị tổ chức tập huấn lại quy trình số hóa hồ sơ cho công chức cấp xã.",
            "Kiến nghị nâng cấp đường truyền Internet cho trụ sở UBND.",
            "Đề nghị bố trí kinh phí in ấn tài liệu tuyên truyền về Đề án 06.");

    static final List<String> ACTIVITIES = List.of(
            "Đã tuyên truyền trên hệ thống loa truyền thanh %d lượt.",
            "Tổ chức %d buổi hướng dẫn người dân sử dụng ứng dụng VNeID.",
            "Rà soát, cập nhật %d trường hợp dữ liệu dân cư sai lệch.",
            "Hỗ trợ người dân nộp %d hồ sơ trực tuyến tại bộ phận một cửa.",
            "Đăng %d tin, bài trên Trang thông tin điện tử.",
            "Đã số hóa %d hồ sơ, kết quả giải quyết thủ tục hành chính.");

    static final List<String> ESTIMATE_NOTES = List.of(
            "Số liệu ước tính đến ngày 30 của tháng.", "Số liệu lấy từ Hệ thống thông tin giải quyết TTHC của tỉnh.",
            "Mẫu số tăng do rà soát lại danh mục.");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SampleTexts() {
    }

    /** What a unit writes as the product of a done task: the document it issued, or the product itself. */
    static String result(String product, String issuer, LocalDate date, int number) {
        String symbol = product.startsWith("Kế hoạch") ? "KH-" : product.startsWith("Quyết định") ? "QĐ-"
                : product.startsWith("Báo cáo") ? "BC-" : product.startsWith("Công văn") || product.startsWith("Văn bản") ? ""
                : null;
        if (product.isBlank()) {
            return "Đã triển khai theo kế hoạch.";
        }
        if (symbol == null) {
            return product + ": đã hoàn thành.";
        }
        return product + " số " + number + "/" + symbol + issuer + " ngày " + DATE.format(date);
    }
}
