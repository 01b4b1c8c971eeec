package vn.da06.submission;

/** The rules a workbook is checked against (SUBMISSION-WORKBOOK.md), each with the Vietnamese name users see. */
public enum Rule {
    FILE_EMPTY("Tệp rỗng"),
    FILE_NOT_XLSX("Tệp phải là bảng tính Excel .xlsx"),
    FILE_LEGACY_XLS("Không nhận tệp Excel cũ .xls"),
    FILE_ENCRYPTED("Tệp không được đặt mật khẩu"),
    FILE_CORRUPT("Tệp bị hỏng"),
    FILE_UNREADABLE("Không đọc được tệp"),
    FILE_TOO_LARGE("Tệp vượt dung lượng cho phép"),
    FILE_ZIP_BOMB("Tệp nén bất thường"),
    FILE_UNSAFE_XML("Tệp chứa XML không an toàn"),
    FILE_OUTSIDE_UNIT_FOLDER("Tệp phải nằm trong thư mục của đơn vị"),
    FILE_NAME("Tên tệp không hợp lệ"),
    FILE_EXTERNAL_LINK("Không được liên kết tới tệp khác"),
    FORMULA_FORBIDDEN("Công thức không được phép"),
    SHEET_MISSING("Thiếu trang tính"),
    SHEET_TOO_MANY_ROWS("Trang tính quá nhiều dòng"),
    HEADER_MISSING("Thiếu cột"),
    MARKER_MISSING("Thiếu dấu nhận dạng mẫu"),
    MARKER_INVALID("Dấu nhận dạng mẫu bị sửa"),
    MARKER_MISMATCH("Thông tin không khớp với mẫu đã phát"),
    COVER_MISSING("Thiếu thông tin bìa"),
    PLAN_UNKNOWN("Mã kế hoạch không đúng"),
    TEMPLATE_VERSION_UNKNOWN("Phiên bản mẫu không đúng"),
    PERIOD_INVALID("Kỳ báo cáo không đúng dạng"),
    PERIOD_OUTSIDE_PLAN("Kỳ báo cáo ngoài thời gian kế hoạch"),
    PERIOD_NOT_ENDED("Kỳ báo cáo chưa bắt đầu"),
    UNIT_UNKNOWN("Mã đơn vị không đúng"),
    UNIT_OTHER_FOLDER("Đơn vị gửi báo cáo thay đơn vị khác"),
    TASK_UNKNOWN("Nhiệm vụ không có trong kế hoạch"),
    TASK_NOT_ASSIGNED("Nhiệm vụ không giao cho đơn vị"),
    TASK_DUPLICATE("Nhiệm vụ bị lặp"),
    STATUS_UNKNOWN("Tình trạng không đúng"),
    INDICATOR_UNKNOWN("Chỉ tiêu không có trong kế hoạch"),
    INDICATOR_NOT_ASSIGNED("Chỉ tiêu không giao cho đơn vị"),
    INDICATOR_DUPLICATE("Chỉ tiêu bị lặp"),
    NUMBER_INVALID("Phải là số"),
    NUMBER_NEGATIVE("Không được là số âm"),
    NUMBER_NOT_WHOLE("Tử số, mẫu số phải là số nguyên"),
    NUMBER_MISSING("Thiếu tử số hoặc mẫu số"),
    NUMBER_TOO_LARGE("Số quá lớn"),
    PERCENT_OVER_100("Tỷ lệ phần trăm không quá 100"),
    NUMERATOR_OVER_DENOMINATOR("Tử số không được lớn hơn mẫu số"),
    DATE_INVALID("Ngày không đúng dạng"),
    DATE_IN_FUTURE("Ngày hoàn thành ở tương lai"),
    DATE_BEFORE_PLAN("Ngày hoàn thành trước khi kế hoạch bắt đầu"),
    TEXT_TOO_LONG("Nội dung quá dài"),
    DATABASE_REJECTED("Dữ liệu không hợp lệ"),
    MONTH_LOCKED_REFUSED("Tháng đã chốt số liệu");

    private final String title;

    Rule(String title) {
        this.title = title;
    }

    /** The rule's name as users read it in error reports. */
    public String title() {
        return title;
    }
}
