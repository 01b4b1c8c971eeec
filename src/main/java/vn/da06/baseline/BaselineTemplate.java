package vn.da06.baseline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;

/** Writes the workbook a district fills with a previous year's indicator figures, rows pre-filled from the plan. */
@Component
class BaselineTemplate {

    private final JdbcClient jdbc;

    BaselineTemplate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the template for the year's figures of the plan's indicators; returns the number of rows to fill. */
    int write(String planCode, int year, Path file) throws IOException {
        List<Map<String, Object>> rows = jdbc.sql(SqlFiles.load("query/baseline/rows.sql")).param("plan", planCode)
                .query().listOfRows();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            guide(workbook.createSheet(BaselineSheet.GUIDE), year, bold);
            Sheet sheet = workbook.createSheet(BaselineSheet.NAME);
            sheet.createRow(0).createCell(0).setCellValue("Số liệu các chỉ tiêu năm " + year + " của từng đơn vị "
                    + "(kế hoạch " + planCode + "). Chỉ điền cột Tử số và Mẫu số; dòng để trống không được nạp.");
            Row header = sheet.createRow(BaselineSheet.HEADER_ROW);
            for (int c = 0; c < BaselineSheet.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(BaselineSheet.HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = BaselineSheet.HEADER_ROW;
            for (String period : BaselineSheet.periods(year)) {
                for (Map<String, Object> line : rows) {
                    Row row = sheet.createRow(++r);
                    row.createCell(BaselineSheet.UNIT).setCellValue((String) line.get("unit_code"));
                    row.createCell(1).setCellValue((String) line.get("unit_name"));
                    row.createCell(BaselineSheet.INDICATOR).setCellValue((String) line.get("indicator_code"));
                    row.createCell(3).setCellValue((String) line.get("indicator_name"));
                    row.createCell(BaselineSheet.PERIOD).setCellValue(period);
                }
            }
            int[] widths = {12, 36, 12, 60, 10, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, BaselineSheet.HEADER_ROW + 1);
            workbook.setActiveSheet(1);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling("." + file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return r - BaselineSheet.HEADER_ROW;
        }
    }

    private static void guide(Sheet sheet, int year, CellStyle bold) {
        List<String> lines = List.of(
                "Số liệu năm " + year + " để các báo cáo sơ kết, tổng kết năm " + (year + 1) + " so sánh với cùng kỳ năm trước.",
                "",
                "Trang \"" + BaselineSheet.NAME + "\": mỗi dòng là số liệu của một đơn vị, một chỉ tiêu, trong một kỳ:",
                "- Kỳ " + year + "-H1: 6 tháng đầu năm " + year + "; kỳ " + year + ": cả năm " + year + ".",
                "- Chỉ tiêu tính theo số cuối kỳ (ví dụ số công dân được cấp CCCD): ghi số tại cuối kỳ (30/6 hoặc 31/12).",
                "- Chỉ tiêu cộng dồn (ví dụ số hồ sơ thanh toán trực tuyến): ghi tổng các tháng trong kỳ.",
                "- Tử số không lớn hơn mẫu số; mẫu số bằng 0 nghĩa là không có số liệu.",
                "- Không sửa các cột Mã đơn vị, Mã chỉ tiêu, Kỳ; dòng để trống Tử số và Mẫu số thì bỏ qua.",
                "",
                "Nạp: da06 baseline import <tệp>.xlsx — nạp lại cùng đơn vị, chỉ tiêu, kỳ thì số mới thay số cũ.");
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        sheet.setColumnWidth(0, 110 * 256);
    }
}
