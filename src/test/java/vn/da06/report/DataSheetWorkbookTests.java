package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data sheets' XML is the XML POI's own streaming workbook writes, byte for byte, whatever the text holds. */
class DataSheetWorkbookTests {

    private static final String[] TEXTS = {"Kết quả", "=HYPERLINK(\"http://vi-du.vn\";\"bấm\")", "<b>a & b</b> 'c'",
            "dòng 1\ndòng 2\r\n\ttab", "\u00A0không ngắt\u00A0", "  lề hai bên  ", "điều khiển \u0000\u0001\u001F\u007F",
            "phi ký tự \uFFFE\uFFFF", "biểu tượng \uD83D\uDE00", "nửa cặp \uD83D rồi \uDE00", "", "x".repeat(32_000)};

    @TempDir
    Path dir;

    @Test
    void writesTheSheetXmlOfPoisStreamingWorkbook() throws IOException {
        Path poi = dir.resolve("poi.xlsx");
        Path ours = dir.resolve("ours.xlsx");

        write(new SXSSFWorkbook(new XSSFWorkbook(), 10), poi);
        write(new DataSheetWorkbook(new XSSFWorkbook(), 10), ours);

        assertThat(ReportFiles.part(ours, "xl/worksheets/sheet1.xml")).isEqualTo(ReportFiles.part(poi, "xl/worksheets/sheet1.xml"))
                .contains("&lt;b&gt;a &amp; b&lt;/b&gt;", "&#xa0;không ngắt&#xa0;", "\uD83D\uDE00", "nửa cặp ? rồi ?");
    }

    /** Every text in its own row, between a number and a date, past the rows kept in memory. */
    private static void write(SXSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            SXSSFSheet sheet = workbook.createSheet("Dữ liệu nhiệm vụ");
            for (int r = 0; r < 30; r++) {
                SXSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(r + 0.5);
                row.createCell(2).setCellValue(TEXTS[r % TEXTS.length]);
                row.createCell(3).setCellValue(LocalDate.of(2024, 3, 15).plusDays(r));
                row.getCell(3).setCellStyle(date);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
