package vn.da06.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.Da06Application;
import vn.da06.Da06Properties;
import vn.da06.VietnameseText;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.submission.MarkerKey;
import vn.da06.support.TestPostgres;

/**
 * Property: whatever is done to a valid workbook (cell values and types changed, rows removed or duplicated, sheets
 * renamed, bytes of the zip changed or cut), the import ends it in the archive or the rejected folder, once, with a
 * Vietnamese reason when rejected, quickly, and goes on with the next file (a valid one imported with it). A
 * change that cannot matter (a note's text) always leaves it valid. jqwik runs this beside JUnit Jupiter; the
 * application context is started here, on a database of its own.
 */
class MutatedWorkbookPropertyTests {

    private static final Duration MAX_IMPORT = Duration.ofSeconds(20);

    private static ConfigurableApplicationContext context;
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

    @BeforeContainer
    static void startApplication() throws IOException {
        TestPostgres.Database db = TestPostgres.newDatabase();
        Path home = Files.createTempDirectory("da06-properties-home-");
        context = new SpringApplicationBuilder(Da06Application.class).web(WebApplicationType.NONE)
                .properties(Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.user(),
                        "spring.datasource.password", db.password(), "da06.home", home.toString(),
                        "da06.cli.enabled", "false"))
                .run();
        context.getBean(PlanImporter.class).importBundled();
        Path file = home.resolve("base.xlsx");
        HostileCorpus.validWorkbook(context.getBean(MarkerKey.class).bytes()).write(file, HostileCorpus.ARRIVAL);
        base = Files.readAllBytes(file);
        control = home.resolve("control.xlsx");
        HostileCorpus.validWorkbook(context.getBean(MarkerKey.class).bytes()).cover(
                vn.da06.submission.WorkbookLayout.CoverField.PERIOD, "02/2024").markerFor("21952", "2024-02")
                .write(control, HostileCorpus.ARRIVAL);
    }

    @AfterContainer
    static void stopApplication() {
        if (context != null) {
            context.close();
        }
    }

    @Property(tries = 150)
    void aChangedWorkbookEndsArchivedOrRejectedWithAReasonAndTheImportGoesOn(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
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

        long started = System.nanoTime();
        ImportSummary summary = context.getBean(ImportLauncher.class).run(null, n -> { });
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("import time").isLessThan(MAX_IMPORT);
        assertThat(summary.files()).isEqualTo(2);
        Map<String, Object> record = jdbc.sql("SELECT submission_key, status, stored_path FROM fact_submission WHERE file_name = :name")
                .param("name", name).query().singleRow();
        assertThat(properties.home().resolve((String) record.get("stored_path"))).isRegularFile();
        assertThat(file).doesNotExist();
        List<String> messages = jdbc.sql("SELECT message FROM submission_error WHERE submission_key = :key")
                .param("key", record.get("submission_key")).query(String.class).list();
        net.jqwik.api.statistics.Statistics.label("outcome").collect(record.get("status") + " " + jdbc.sql(
                "SELECT coalesce(min(rule), '') FROM submission_error WHERE submission_key = :key AND seq = 1")
                .param("key", record.get("submission_key")).query(String.class).single());
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

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> sheet = Arbitraries.integers().between(0, 3);
        // Rows 0-9 hold the cover, the header (row 2) and the data rows of the tables.
        Arbitrary<Integer> row = Arbitraries.integers().between(0, 9);
        Arbitrary<Mutation> setCell = Combinators.combine(sheet, row, Arbitraries.integers().between(0, 8), values())
                .as(SetCell::new);
        Arbitrary<Mutation> removeRow = Combinators.combine(sheet, row).as(RemoveRow::new);
        Arbitrary<Mutation> duplicateRow = Combinators.combine(sheet, row).as(DuplicateRow::new);
        Arbitrary<Mutation> renameSheet = Combinators.combine(sheet, Arbitraries.oneOf(
                Arbitraries.of("Nhiệm vụ", "NHIEM VU", "Chỉ tiêu ", "chi-tieu", "Thong tin", "_da06", "Sheet1"),
                Arbitraries.strings().withCharRange('a', 'z').withChars("ệụỉêĐđ ").ofMinLength(1).ofMaxLength(31)))
                .as(RenameSheet::new);
        Arbitrary<Mutation> changeBytes = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 8))
                .as(ChangeBytes::new);
        Arbitrary<Mutation> truncate = Arbitraries.doubles().between(0.0, 0.999).ofScale(3).map(Truncate::new);
        Arbitrary<Mutation> note = Arbitraries.strings().withCharRange(' ', '~').withChars("àáảãạăâđèéêìíòóôơùúưýỹỳĐẠẶẦ")
                .ofMaxLength(200).map(NoteText::new);
        Arbitrary<Mutation> any = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, setCell), net.jqwik.api.Tuple.of(2, removeRow), net.jqwik.api.Tuple.of(2, duplicateRow),
                net.jqwik.api.Tuple.of(2, renameSheet), net.jqwik.api.Tuple.of(2, changeBytes), net.jqwik.api.Tuple.of(1, truncate),
                net.jqwik.api.Tuple.of(2, note));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, note.list().ofSize(1)),
                net.jqwik.api.Tuple.of(6, any.list().ofMinSize(1).ofMaxSize(4)));
    }

    /** What a person (or a tool) may put in a cell. */
    private static Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("Hoàn thành", "hoan thanh", "Đang triển khai", "Xong", "85%", "85,5", "1.234", "-3", "1e9",
                        "31/02/2024", "20/03/2024", "01/01/2030", "NV13", "NV10", "CT02", "CT09", "21955", "99999", "03/2024",
                        "13/2024", "TUYPHUOC-2024", "1", "2", "", " ", "=1+1", "+84 912 345 678", "@SUM(A1)", "-", "\t"),
                Arbitraries.strings().withCharRange(' ', '\u1EF9').ofMaxLength(60).map(s -> (Object) s),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(5000).map(s -> (Object) s),
                Arbitraries.doubles().between(-1e15, 1e15).map(d -> (Object) d),
                Arbitraries.integers().between(-5, 200).map(i -> (Object) i),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b),
                Arbitraries.of(LocalDate.of(2024, 2, 20), LocalDate.of(2023, 12, 1), LocalDate.of(2031, 1, 1)).map(d -> (Object) d),
                Arbitraries.of(new Formula("1+1"), new Formula("SUM(E4:F4)"), new Formula("HYPERLINK(\"http://example.invalid\")"),
                        new Formula("E4/F4")).map(f -> (Object) f),
                Arbitraries.just(null));
    }
}
