package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data sheets' XML is the XML POI's own streaming workbook writes, byte for byte, whatever the text holds, rows
 * written straight included.
 */
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

    @Test
    void rowsWrittenStraightAreTheXmlPoiWritesForTheSameCells() throws IOException {
        Path file = dir.resolve("straight.xlsx");
        DataSheetWorkbook workbook = new DataSheetWorkbook(new XSSFWorkbook(), 1);
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            // A number, nothing, a text, a date, a text in the default style (no "s" attribute).
            CellStyle[] styles = {number, null, number, date, workbook.getCellStyleAt(0)};
            SXSSFSheet byPoi = workbook.createSheet("POI");
            DataSheetWorkbook.NewSheet straight = workbook.createDataSheet("Thẳng");
            int rows = 30;
            for (int r = 0; r < rows; r++) {
                double[] numbers = {r + 0.5, 0, 0, DateUtil.getExcelDate(LocalDate.of(2024, 3, 15).plusDays(r).atStartOfDay()), 0};
                String[] texts = {null, null, TEXTS[r % TEXTS.length], null, "dòng " + r};
                poiRow(byPoi, r, styles, numbers, texts);
                if (r == 0 || r == rows - 1) {
                    poiRow(straight.sheet(), r, styles, numbers, texts); // first and last by POI, as DataSheetWriter does
                } else {
                    if (r == 1) {
                        straight.sheet().flushRows();
                    }
                    straight.xml().row(r, styles, numbers, texts);
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }

        String poi = ReportFiles.part(file, "xl/worksheets/sheet1.xml");
        String ours = ReportFiles.part(file, "xl/worksheets/sheet2.xml");
        assertThat(rowsOf(ours)).isEqualTo(rowsOf(poi)).contains("xml:space=\"preserve\"", "&#xa0;không ngắt&#xa0;", "nửa cặp ? rồi ?");
        assertThat(List.of(poi, ours)).allSatisfy(xml -> assertThat(xml).contains("<dimension ref=\"A1:E30\"/>"));
    }

    /** The sheet's rows: the rest differs between two sheets of a workbook (the first is the one selected). */
    private static String rowsOf(String sheetXml) {
        return sheetXml.substring(sheetXml.indexOf("<sheetData>"), sheetXml.indexOf("</sheetData>"));
    }

    private static void poiRow(SXSSFSheet sheet, int r, CellStyle[] styles, double[] numbers, String[] texts) {
        SXSSFRow row = sheet.createRow(r);
        for (int c = 0; c < styles.length; c++) {
            if (styles[c] != null) {
                if (texts[c] != null) {
                    row.createCell(c).setCellValue(texts[c]);
                } else {
                    row.createCell(c).setCellValue(numbers[c]);
                }
                row.getCell(c).setCellStyle(styles[c]);
            }
        }
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
