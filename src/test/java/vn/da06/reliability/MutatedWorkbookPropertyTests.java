package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.da06.base.Da06Properties;
import vn.da06.base.VietnameseText;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.support.TestApplication;
import vn.da06.support.TestPostgres;
import vn.da06.workbook.MarkerKey;

/**
 * Property: whatever is done to a valid workbook (cell values and types changed, rows removed or duplicated, sheets
 * renamed, bytes of the zip changed or cut), the import ends it in the archive or the rejected folder, once, with a
 * Vietnamese reason when rejected, without hanging, and goes on with the next file (a valid one imported with it). A
 * change that cannot matter (a note's text) always leaves it valid. Each try is generated from its seed (shown in
 * the test name), so a failing try can be replayed alone; the application context is started here, on a database
 * of its own.
 */
class MutatedWorkbookPropertyTests {

    private static ConfigurableApplicationContext context;
    private static Path home;
    private static byte[] base;
    private static Path control;
    private static final AtomicInteger TRIES = new AtomicInteger();

    /** A change made to the workbook: at the cell level through POI, or to the bytes of the file. */
    sealed interface Mutation permits SetCell, RemoveRow, DuplicateRow, RenameSheet, ChangeBytes, Truncate, NoteText {
        default void apply(XSSFWorkbook workbook) {
        }

        default byte[] apply(byte[] file) {
            return file;
        }
    }

    record SetCell(int sheet, int row, int column, Object value) implements Mutation {
        @Override
        public void apply(XSSFWorkbook workbook) {
            Sheet s = workbook.getSheetAt(sheet % workbook.getNumberOfSheets());
            Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
            Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                cell.setCellStyle(style);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else {
                throw new IllegalArgumentException(String.valueOf(value));
            }
        }
    }

    record Formula(String text) {
    }

    record RemoveRow(int sheet, int row) implements Mutation {
        @Override
        public void apply(XSSFWorkbook workbook) {
            Sheet s = workbook.getSheetAt(sheet % workbook.getNumberOfSheets());
            if (s.getRow(row) != null) {
                s.removeRow(s.getRow(row));
            }
        }
    }

    /** A copy of a row written just below it, the rows after it moved down one. */
    record DuplicateRow(int sheet, int row) implements Mutation {
        @Override
        public void apply(XSSFWorkbook workbook) {
            Sheet s = workbook.getSheetAt(sheet % workbook.getNumberOfSheets());
            if (s.getRow(row) != null) {
                if (row < s.getLastRowNum()) {
                    s.shiftRows(row + 1, s.getLastRowNum(), 1);
                }
                ((org.apache.poi.xssf.usermodel.XSSFRow) s.createRow(row + 1))
                        .copyRowFrom(s.getRow(row), new org.apache.poi.ss.usermodel.CellCopyPolicy());
            }
        }
    }

    record RenameSheet(int sheet, String name) implements Mutation {
        @Override
        public void apply(XSSFWorkbook workbook) {
            int index = sheet % workbook.getNumberOfSheets();
            if (workbook.getSheetIndex(name) < 0) {
                workbook.setSheetName(index, name);
            }
        }
    }

    /** Random bytes written at random places of the zip. */
    record ChangeBytes(long seed, int count) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            byte[] changed = file.clone();
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
            return changed;
        }
    }

    record Truncate(double keep) implements Mutation {
        @Override
        public byte[] apply(byte[] file) {
            return java.util.Arrays.copyOf(file, Math.max(1, (int) (file.length * keep)));
        }
    }

    /** The note of indicator CT02 (Chỉ tiêu!H4): any text that fits is fine. */
    record NoteText(String text) implements Mutation {
        @Override
        public void apply(XSSFWorkbook workbook) {
            new SetCell(2, 3, 7, text).apply(workbook);
        }
    }

    private static final int TRIES_PER_RUN = 150;

    @BeforeAll
    static void startApplication() throws IOException {
        TestPostgres.Database db = TestPostgres.newDatabase();
        home = Files.createTempDirectory("da06-properties-home-");
        context = TestApplication.start(home, db);
        context.getBean(PlanImporter.class).importBundled();
        Path file = home.resolve("base.xlsx");
        HostileCorpus.validWorkbook(context.getBean(MarkerKey.class).bytes()).write(file, HostileCorpus.ARRIVAL);
        base = Files.readAllBytes(file);
        control = home.resolve("control.xlsx");
        HostileCorpus.validWorkbook(context.getBean(MarkerKey.class).bytes()).cover(
                vn.da06.workbook.WorkbookLayout.CoverField.PERIOD, "02/2024").markerFor("21952", "2024-02")
                .write(control, HostileCorpus.ARRIVAL);
    }

    @AfterAll
    static void stopApplication() {
        if (context != null) {
            context.close();
        }
        if (home != null) {
            FileSystemUtils.deleteRecursively(home.toFile());
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, TRIES_PER_RUN);
    }

    /** The timeout only tells a hung import from a finished one (a try takes well under a second); no speed is checked. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aChangedWorkbookEndsArchivedOrRejectedWithAReasonAndTheImportGoesOn(long seed) throws IOException {
        List<Mutation> mutations = new MutationGenerator(new Random(seed)).mutations();
        Da06Properties properties = context.getBean(Da06Properties.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String name = "thu-" + TRIES.incrementAndGet() + ".xlsx";
        Path file = properties.inbox().resolve("21952").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, mutate(mutations));
        Files.setLastModifiedTime(file, FileTime.from(HostileCorpus.ARRIVAL));
        Path next = properties.inbox().resolve("21952/zz-" + name);
        Files.copy(control, next);
        Files.setLastModifiedTime(next, FileTime.from(HostileCorpus.ARRIVAL.plusSeconds(60)));

        ImportSummary summary = context.getBean(ImportLauncher.class).run(null, n -> { });

        assertThat(summary.files()).isEqualTo(2);
        Map<String, Object> record = jdbc.sql("SELECT submission_key, status, stored_path FROM fact_submission WHERE file_name = :name")
                .param("name", name).query().singleRow();
        assertThat(properties.home().resolve((String) record.get("stored_path"))).isRegularFile();
        assertThat(file).doesNotExist();
        List<String> messages = jdbc.sql("SELECT message FROM submission_error WHERE submission_key = :key")
                .param("key", record.get("submission_key")).query(String.class).list();
        if ("rejected".equals(record.get("status"))) {
            assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(Warehouse.isVietnamese(m)).as(m).isTrue());
            assertThat(Warehouse.errorReportFor(properties.home().resolve((String) record.get("stored_path")))).isRegularFile();
        } else {
            assertThat(messages).isEmpty();
        }
        if (mutations.stream().allMatch(NoteText.class::isInstance)) {
            String text = ((NoteText) mutations.get(mutations.size() - 1)).text();
            assertThat(record.get("status")).as("a note changed only").isIn("accepted", "superseded", "duplicate");
            if (!"duplicate".equals(record.get("status"))) {
                String clean = VietnameseText.clean(text);
                assertThat(jdbc.sql("""
                        SELECT f.note FROM fact_indicator_value f JOIN dim_indicator i USING (indicator_key)
                        WHERE f.submission_key = :key AND i.code = 'CT02'""").param("key", record.get("submission_key"))
                        .query(String.class).optional().orElse(null)).isEqualTo(clean.isEmpty() ? null : clean);
            }
        }
        String control = jdbc.sql("SELECT status FROM fact_submission WHERE file_name = :name").param("name", "zz-" + name)
                .query(String.class).single();
        assertThat(control).as("the valid file imported after it").isIn("accepted", "superseded", "duplicate");
        try (var left = Files.walk(properties.inbox())) {
            assertThat(left.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))).isEmpty();
        }
    }

    private static byte[] mutate(List<Mutation> mutations) throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            mutations.forEach(m -> m.apply(workbook));
            workbook.write(out);
            file = out.toByteArray();
        }
        for (Mutation mutation : mutations) {
            file = mutation.apply(file);
        }
        return file;
    }

    /** Random changes, weighted like a person's slips and a bad transfer's damage. */
    private record MutationGenerator(Random random) {

        List<Mutation> mutations() {
            if (random.nextInt(7) == 0) {
                return List.of(note());
            }
            List<Mutation> changes = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                changes.add(any());
            }
            return changes;
        }

        private Mutation any() {
            int pick = random.nextInt(16);
            // Sheets 0-3; rows 0-9 hold the cover, the header (row 2) and the data rows of the tables.
            if (pick < 5) {
                return new SetCell(random.nextInt(4), random.nextInt(10), random.nextInt(9), value());
            }
            if (pick < 7) {
                return new RemoveRow(random.nextInt(4), random.nextInt(10));
            }
            if (pick < 9) {
                return new DuplicateRow(random.nextInt(4), random.nextInt(10));
            }
            if (pick < 11) {
                return new RenameSheet(random.nextInt(4), random.nextBoolean()
                        ? pickOne("Nhiệm vụ", "NHIEM VU", "Chỉ tiêu ", "chi-tieu", "Thong tin", "_da06", "Sheet1")
                        : text(1, 31, "abcdefghijklmnopqrstuvwxyzệụỉêĐđ "));
            }
            if (pick < 13) {
                return new ChangeBytes(random.nextLong(), 1 + random.nextInt(8));
            }
            if (pick < 14) {
                return new Truncate(random.nextInt(1000) / 1000.0);
            }
            return note();
        }

        private Mutation note() {
            return new NoteText(text(0, 200, printable() + "àáảãạăâđèéêìíòóôơùúưýỹỳĐẠẶẦ"));
        }

        /** What a person (or a tool) may put in a cell. */
        private Object value() {
            return switch (random.nextInt(9)) {
                case 0 -> pickOne("Hoàn thành", "hoan thanh", "Đang triển khai", "Xong", "85%", "85,5", "1.234", "-3", "1e9",
                        "31/02/2024", "20/03/2024", "01/01/2030", "NV13", "NV10", "CT02", "CT09", "21955", "99999", "03/2024",
                        "13/2024", "TUYPHUOC-2024", "1", "2", "", " ", "=1+1", "+84 912 345 678", "@SUM(A1)", "-", "\t");
                case 1 -> text(0, 60, i -> (char) (' ' + random.nextInt('\u1EF9' - ' ')));
                case 2 -> text(5000, 5000, "abcdefghijklmnopqrstuvwxyz");
                case 3 -> (random.nextDouble() * 2 - 1) * 1e15;
                case 4 -> random.nextInt(206) - 5;
                case 5 -> random.nextBoolean();
                case 6 -> pickOne(LocalDate.of(2024, 2, 20), LocalDate.of(2023, 12, 1), LocalDate.of(2031, 1, 1));
                case 7 -> pickOne(new Formula("1+1"), new Formula("SUM(E4:F4)"),
                        new Formula("HYPERLINK(\"http://example.invalid\")"), new Formula("E4/F4"));
                default -> null;
            };
        }

        @SafeVarargs
        private <T> T pickOne(T... choices) {
            return choices[random.nextInt(choices.length)];
        }

        private String text(int min, int max, String alphabet) {
            return text(min, max, i -> alphabet.charAt(random.nextInt(alphabet.length())));
        }

        private String text(int min, int max, Function<Integer, Character> character) {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(character.apply(i));
            }
            return text.toString();
        }

        private static String printable() {
            StringBuilder chars = new StringBuilder();
            for (char c = ' '; c <= '~'; c++) {
                chars.append(c);
            }
            return chars.toString();
        }
    }
}
