package vn.da06.template;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.da06.base.MonthRange;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/** The "Hướng dẫn" sheet: how to fill in the workbook, when and where to send it, and what gets it rejected. */
final class GuideSheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int[] WIDTHS = {26, 96};

    private GuideSheet() {
    }

    static void write(XSSFSheet sheet, UnitTemplate template, TemplateStyles styles) {
        Cells.widths(sheet, WIDTHS);
        Writer out = new Writer(sheet, styles);
        out.title("HƯỚNG DẪN LẬP BÁO CÁO THÁNG ĐỀ ÁN 06");
        String month = MonthRange.LABEL.format(template.month());
        String code = template.unit().code();
        String fileName = TemplateFiles.fileName(code, template.month());
        out.paragraph("Mẫu này dành riêng cho " + template.unit().name() + " (mã " + code + "), kỳ báo cáo tháng " + month
                + ", kế hoạch " + template.plan().code() + ". Không dùng mẫu của đơn vị khác hoặc của tháng khác.");

        out.section("Cách nhập");
        out.row("Ô nền vàng nhạt", "Ô đơn vị nhập. Các ô khác bị khóa để tránh sửa nhầm; sheet được bảo vệ không đặt mật khẩu "
                + "(nếu thật cần: Review/Xem lại → Unprotect Sheet/Bỏ bảo vệ trang tính).");
        out.row("Ô nền xanh nhạt", "Số liệu điền sẵn từ báo cáo đã được chấp nhận gần nhất của đơn vị (tháng của số liệu ghi "
                + "trong ghi chú của ô). Hãy kiểm tra và cập nhật theo tình hình tháng này. Nhiệm vụ định kỳ hằng tháng và "
                + "chỉ tiêu tính theo tháng không điền sẵn: số liệu tháng trước chỉ ghi trong ghi chú của ô để tham khảo.");
        out.row("Số và ngày", "Số nhập như bình thường (85 hoặc 85,5). Ngày nhập dạng dd/mm/yyyy, ví dụ "
                + DATE.format(template.month().atDay(5)) + ".");

        out.section("Sheet \"" + WorkbookLayout.TASK_SHEET + "\"");
        taskColumns(template.plan().area()).forEach(out::row);
        out.section("Sheet \"" + WorkbookLayout.INDICATOR_SHEET + "\"");
        indicatorColumns().forEach(out::row);

        out.section("Thời hạn và nơi gửi");
        out.row("Hạn gửi", "Chậm nhất ngày " + DATE.format(template.plan().dueDate(template.month())) + " (ngày "
                + template.plan().reportDueDay() + " của tháng sau kỳ báo cáo). Tệp gửi sau ngày này được ghi nhận là trễ hạn.");
        String team = "Tổ công tác Đề án 06 " + template.plan().area();
        out.row("Nơi gửi", "Chép tệp vào thư mục inbox/" + code + "/ của hệ thống da06 (thư mục dùng chung của " + team
                + "), hoặc gửi tệp qua thư điện tử của " + team + ".");
        out.row("Tên tệp", "Giữ tên " + fileName + ". Khi cần sửa số liệu đã gửi, gửi lại cả tệp với tên thêm _lan2, _lan3... "
                + "(ví dụ " + fileName.replace(".xlsx", "_lan2.xlsx") + "): tệp gửi sau thay cho tệp gửi trước.");

        out.section("Tệp bị từ chối khi");
        List.of("Không mở được: đặt mật khẩu mở tệp, tệp hỏng, hoặc lưu sang định dạng khác (.xls, .ods...).",
                        "Thiếu sheet hoặc thiếu cột, đổi tên sheet hoặc tiêu đề cột.",
                        "Dùng mẫu của đơn vị khác, tháng khác, hoặc sửa mã đơn vị, kỳ báo cáo, mã kế hoạch, phiên bản mẫu ở sheet \""
                                + WorkbookLayout.COVER_SHEET + "\".",
                        "Có dòng nhiệm vụ hoặc chỉ tiêu không giao cho đơn vị, hoặc một nhiệm vụ, chỉ tiêu ghi trên hai dòng.",
                        "Tử số lớn hơn mẫu số, số âm, tiến độ hay tỷ lệ phần trăm lớn hơn 100.",
                        "Ngày hoàn thành sau ngày gửi báo cáo (ngày trong tương lai) hoặc trước ngày bắt đầu kế hoạch ("
                                + DATE.format(template.plan().startsOn()) + ").")
                .forEach(reason -> out.row("", "– " + reason));
        out.paragraph("Tệp bị từ chối thì không số liệu nào của tệp được nhập. Đơn vị nhận lại tệp có tô màu các ô sai và sheet \""
                + WorkbookLayout.ERROR_SHEET + "\" ghi rõ cách sửa; sửa xong thì gửi lại.");
    }

    private static Map<String, String> taskColumns(String area) {
        String statuses = String.join("; ", WorkbookLayout.STATUSES.stream().map(Map.Entry::getKey).toList());
        return orderedMap(
                TaskColumn.NUMBER.header(), "Số thứ tự dòng.",
                TaskColumn.CODE.header(), "Mã nhiệm vụ trong kế hoạch (NV01, NV02...). Không sửa.",
                TaskColumn.CONTENT.header(), "Nội dung nhiệm vụ theo Phụ lục kế hoạch.",
                TaskColumn.DEADLINE.header(), "Thời gian hoàn thành theo kế hoạch.",
                TaskColumn.ROLE.header(), "Chủ trì hoặc Phối hợp: vai trò của đơn vị với nhiệm vụ.",
                TaskColumn.STATUS.header(), "Chọn một trong: " + statuses + ". Đúng hạn hay trễ hạn do hệ thống tự tính "
                        + "từ ngày hoàn thành và thời hạn, không cần ghi.",
                TaskColumn.PROGRESS.header(), "Phần trăm khối lượng đã làm, số từ 0 đến 100.",
                TaskColumn.COMPLETED_ON.header(), "Ngày hoàn thành (dd/mm/yyyy), chỉ ghi khi tình trạng là Hoàn thành.",
                TaskColumn.RESULT.header(), "Sản phẩm cụ thể: số, ký hiệu, ngày của văn bản; số buổi, số lượt...",
                TaskColumn.DIFFICULTIES.header(), "Khó khăn, vướng mắc trong tháng, nếu có.",
                TaskColumn.PROPOSALS.header(), "Đề xuất, kiến nghị với " + area + ", nếu có.");
    }

    private static Map<String, String> indicatorColumns() {
        return orderedMap(
                IndicatorColumn.CODE.header(), "Mã chỉ tiêu trong kế hoạch (CT01, CT02...). Không sửa.",
                IndicatorColumn.NAME.header(), "Tên chỉ tiêu theo kế hoạch.",
                IndicatorColumn.METHOD.header(), "Tử số và mẫu số đếm gì. Chỉ tiêu \"trong tháng\" ghi số phát sinh trong "
                        + "tháng; chỉ tiêu khác ghi số lũy kế đến cuối tháng.",
                IndicatorColumn.TARGET.header(), "Mục tiêu của kế hoạch, phần trăm.",
                IndicatorColumn.NUMERATOR.header(), "Số nguyên không âm, không lớn hơn mẫu số.",
                IndicatorColumn.DENOMINATOR.header(), "Số nguyên không âm. Không phát sinh thì ghi 0 cả tử số và mẫu số.",
                IndicatorColumn.RATIO.header(), "Tự tính = tử số / mẫu số × 100, không cần nhập.",
                IndicatorColumn.NOTE.header(), "Giải thích thêm nếu cần (số liệu ước tính, thay đổi cách đếm...).");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Appends rows one after the other. */
    private static final class Writer {
        private final XSSFSheet sheet;
        private final TemplateStyles styles;
        private int next;

        Writer(XSSFSheet sheet, TemplateStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void title(String text) {
            XSSFRow row = sheet.createRow(next++);
            Cells.text(row, 0, text, styles.title);
            row.setHeightInPoints(24);
        }

        void section(String text) {
            next++;
            XSSFRow row = sheet.createRow(next++);
            Cells.text(row, 0, text, styles.bold);
        }

        void paragraph(String text) {
            XSSFRow row = sheet.createRow(next);
            Cells.text(row, 0, text, styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, 1));
            Cells.fitMerged(row, text, WIDTHS[0] + WIDTHS[1]);
            next++;
        }

        void row(String term, String explanation) {
            XSSFRow row = sheet.createRow(next++);
            Cells.text(row, 0, term, styles.bold);
            Cells.text(row, 1, explanation, styles.plain);
            Cells.fitHeight(row, 0, 1);
        }
    }
}
