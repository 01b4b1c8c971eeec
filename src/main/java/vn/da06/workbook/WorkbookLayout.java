package vn.da06.workbook;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.da06.base.VietnameseText;

/**
 * The monthly workbook contract (../shared/spec/SUBMISSION-WORKBOOK.md, v1) in one place: sheet names, cover
 * labels, column headers and status words, shared by the template writer and the import reader. Sheets and
 * columns are found by {@link VietnameseText#key} of their text, never by position.
 */
public final class WorkbookLayout {

    /** Written on the cover and in the marker; the import accepts only versions it knows. */
    public static final String TEMPLATE_VERSION = "1";

    public static final String COVER_SHEET = "Thông tin";
    public static final String TASK_SHEET = "Nhiệm vụ";
    public static final String INDICATOR_SHEET = "Chỉ tiêu";
    public static final String GUIDE_SHEET = "Hướng dẫn";
    /** Very hidden sheet holding the tamper-evident marker (see {@link WorkbookMarker}). */
    public static final String MARKER_SHEET = "_da06";
    /** Hidden sheet holding the dropdown list of status words. */
    public static final String LIST_SHEET = "_danhsach";
    /** Sheet added to a rejected workbook's error report. */
    public static final String ERROR_SHEET = "Lỗi";

    private WorkbookLayout() {
    }

    /** Labels of the cover sheet (column A), values in column B. */
    public enum CoverField {
        UNIT_CODE("Mã đơn vị"), UNIT_NAME("Tên đơn vị"), PERIOD("Kỳ báo cáo"), PLAN_CODE("Mã kế hoạch"),
        TEMPLATE_VERSION("Phiên bản mẫu"), PREPARED_BY("Người lập"), PHONE("Số điện thoại"), PREPARED_ON("Ngày lập");

        private final String label;

        CoverField(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The field whose label this is, ignoring case, accents and spacing. */
        public static Optional<CoverField> byLabel(String text) {
            return Optional.ofNullable(ByKey.FIELDS.get(VietnameseText.key(text)));
        }

        /** The fields by the key of their label, made once (an enum cannot read its own static fields while made). */
        private static final class ByKey {
            static final Map<String, CoverField> FIELDS = Arrays.stream(values())
                    .collect(Collectors.toUnmodifiableMap(f -> VietnameseText.key(f.label), f -> f));
        }
    }

    /** Columns of the "Nhiệm vụ" sheet; {@code required} ones must be present for the import to read the sheet. */
    public enum TaskColumn {
        NUMBER("STT", false), CODE("Mã nhiệm vụ", true), CONTENT("Nội dung nhiệm vụ", false), DEADLINE("Thời hạn", false),
        ROLE("Vai trò", false), STATUS("Tình trạng", true), PROGRESS("Tiến độ (%)", true),
        COMPLETED_ON("Ngày hoàn thành", true), RESULT("Kết quả / sản phẩm", true),
        DIFFICULTIES("Khó khăn, vướng mắc", true), PROPOSALS("Đề xuất, kiến nghị", true);

        private final String header;
        private final boolean required;

        TaskColumn(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }
    }

    /** Columns of the "Chỉ tiêu" sheet. Tỷ lệ is a formula the import ignores (it recomputes). */
    public enum IndicatorColumn {
        CODE("Mã chỉ tiêu", true), NAME("Chỉ tiêu", false), METHOD("Cách tính", false), TARGET("Mục tiêu (%)", false),
        NUMERATOR("Tử số", true), DENOMINATOR("Mẫu số", true), RATIO("Tỷ lệ (%)", false), NOTE("Ghi chú", true);

        private final String header;
        private final boolean required;

        IndicatorColumn(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }
    }

    /** The unit's role on a task as the workbook shows it. */
    public static String roleLabel(String role) {
        return "lead".equals(role) ? "Chủ trì" : "Phối hợp";
    }

    /** The four status words of the dropdown, in order, with the value stored in {@code fact_task_progress.status}. */
    public static final List<Map.Entry<String, String>> STATUSES = List.of(
            Map.entry("Chưa triển khai", "not_started"),
            Map.entry("Đang triển khai", "in_progress"),
            Map.entry("Hoàn thành", "done"),
            Map.entry("Không phát sinh", "not_applicable"));

    private static final Map<String, String> STATUS_BY_KEY = Map.ofEntries(
            Map.entry("chua trien khai", "not_started"), Map.entry("chua thuc hien", "not_started"),
            Map.entry("dang trien khai", "in_progress"), Map.entry("dang thuc hien", "in_progress"),
            Map.entry("hoan thanh", "done"), Map.entry("da hoan thanh", "done"),
            Map.entry("khong phat sinh", "not_applicable"));

    /** The stored status for a status word however it was typed ("hoan thanh", "HOÀN THÀNH", "Đã hoàn thành"). */
    public static Optional<String> status(String typed) {
        return Optional.ofNullable(STATUS_BY_KEY.get(VietnameseText.key(typed)));
    }

    /** The dropdown word for a stored status. */
    public static String statusLabel(String status) {
        return STATUSES.stream().filter(e -> e.getValue().equals(status)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + status));
    }
}
