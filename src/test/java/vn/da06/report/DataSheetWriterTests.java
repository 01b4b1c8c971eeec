package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX data sheets as an analyst opens them: typed cells, text never a formula, rows past a sheet's limit kept. */
class DataSheetWriterTests {

    private static final String[] HEADERS = {"Kỳ", "STT nhiệm vụ", "Tiến độ (%)", "Ngày hoàn thành", "Kết quả"};

    @TempDir
    Path dir;

    @Test
    void rowsPastTheSheetLimitGoOnInContinuationSheetsWithTheirHeaders() throws Exception {
        Path rows = spool(5);

        Path xlsx = write(rows, 2);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Dữ liệu nhiệm vụ", "Dữ liệu nhiệm vụ (2)", "Dữ liệu nhiệm vụ (3)");
            List<Double> numbers = new ArrayList<>();
            for (Sheet sheet : workbook) {
                assertThat(new DataFormatter().formatCellValue(sheet.getRow(0).getCell(4))).isEqualTo("Kết quả");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    numbers.add(sheet.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertThat(numbers).as("every row once, in order").containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        }
    }

    @Test
    void numbersAndDatesAreCellsOfTheirTypeAndFormulaLookingTextStaysText() throws Exception {
        Path xlsx = write(spool(1), 100);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheet("Dữ liệu nhiệm vụ").getRow(1);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(62.5);
            assertThat(new DataFormatter().formatCellValue(row.getCell(2))).isEqualTo("62.5");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://vi-du.vn\";\"bấm\") 1");
        }
    }

    private Path spool(int count) throws Exception {
        Path file = dir.resolve("report.jrprint.rows");
        try (DataSheetRows.Writer out = DataSheetRows.create(file)) {
            out.sheet("Dữ liệu nhiệm vụ", HEADERS);
            for (int i = 1; i <= count; i++) {
                out.row(new Object[] {"2024-03", i, new BigDecimal("62.50"), java.sql.Date.valueOf(LocalDate.of(2024, 3, 15)),
                        "=HYPERLINK(\"http://vi-du.vn\";\"bấm\") " + i});
            }
        }
        return file;
    }

    private Path write(Path rows, int rowsPerSheet) throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); XSSFWorkbook pages = new XSSFWorkbook()) {
            DataSheetWriter.write(pages, rows, rowsPerSheet, out);
        }
        return xlsx;
    }
}
