package vn.da06.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data sheet rows kept between the fill and the export come back as they went in, or not at all. */
class DataSheetRowsTests {

    private static final String[] HEADERS = {"Kỳ", "Tiến độ (%)", "STT", "Mã bản nộp", "Ngày hoàn thành", "Tệp"};

    @TempDir
    Path dir;

    @Test
    void everyValueComesBackOfItsTypeSheetBySheet() throws IOException {
        Object[] first = {"2024-03", new BigDecimal("62.50"), 7, 12_781L, java.sql.Date.valueOf("2024-03-15"), null};
        Object[] second = {"Đ".repeat(40_000), new BigDecimal("-123456789012345678901234567890.125"), -1,
                Long.MAX_VALUE, LocalDate.of(1999, 12, 31), ""};
        Path file = dir.resolve("report.jrprint.rows");
        try (DataSheetRows.Writer out = DataSheetRows.create(file)) {
            out.sheet("Dữ liệu nhiệm vụ", HEADERS);
            out.row(first);
            out.row(second);
            out.sheet("Dữ liệu báo cáo", new String[] {"Kỳ"});
        }

        List<String> sheets = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (DataSheetRows.Reader in = DataSheetRows.open(file)) {
            for (DataSheetRows.SheetStart sheet = in.nextSheet(); sheet != null; sheet = in.nextSheet()) {
                sheets.add(sheet.name() + " " + Arrays.toString(sheet.headers()));
                for (Object[] row = in.nextRow(); row != null; row = in.nextRow()) {
                    rows.add(row);
                }
            }
        }

        assertThat(sheets).containsExactly("Dữ liệu nhiệm vụ " + Arrays.toString(HEADERS), "Dữ liệu báo cáo [Kỳ]");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("2024-03", new BigDecimal("62.50"), 7, 12_781L, LocalDate.of(2024, 3, 15), null);
        assertThat(rows.get(1)).containsExactly(second);
    }

    @Test
    void aValueOfAnotherTypeIsRefusedWhenWritten() throws IOException {
        try (DataSheetRows.Writer out = DataSheetRows.create(dir.resolve("rows"))) {
            out.sheet("Dữ liệu nhiệm vụ", new String[] {"Đúng hạn"});

            assertThatThrownBy(() -> out.row(new Object[] {Boolean.TRUE})).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.Boolean");
        }
    }

    @Test
    void aFileCutShortIsNotReadAsFewerRows() throws IOException {
        Path file = dir.resolve("rows");
        try (DataSheetRows.Writer out = DataSheetRows.create(file)) {
            out.sheet("Dữ liệu nhiệm vụ", new String[] {"Kỳ", "Tệp"});
            for (int i = 0; i < 1_000; i++) {
                out.row(new Object[] {"2024-03", "U3000-00001_2024-03.xlsx"});
            }
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> {
            try (DataSheetRows.Reader in = DataSheetRows.open(file)) {
                in.nextSheet();
                while (in.nextRow() != null) {
                    // reads to the end of the sheet, which never comes
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("incomplete");
    }
}
