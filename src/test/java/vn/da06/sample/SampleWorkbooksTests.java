package vn.da06.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.da06.base.MonthRange;
import vn.da06.plan.PlanImporter;
import vn.da06.sample.SampleFile.Kind;
import vn.da06.sample.SampleRun.UnitMonth;
import vn.da06.support.Da06SpringTest;
import vn.da06.template.ContractCheck;
import vn.da06.template.Workbooks;
import vn.da06.workbook.MarkerKey;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookMarker;

/** A year of sample workbooks for the Tuy Phước plan, generated once and examined from several sides. */
@Da06SpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleWorkbooksTests {

    private static final String PLAN = "TUYPHUOC-2024";
    private static final MonthRange YEAR = new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern CARRIED = Pattern.compile("^Số liệu tháng (\\d\\d/\\d{4}), hãy cập nhật\\.$");

    @Autowired
    PlanImporter importer;

    @Autowired
    SampleWorkbooks samples;

    @Autowired
    MarkerKey markerKey;

    @Autowired
    JdbcClient jdbc;

    private Path out;
    private SampleRun year;

    @BeforeAll
    void aYearOfSamples() throws IOException {
        importer.importBundled();
        out = Files.createTempDirectory("da06-samples-");
        year = samples.generate(PLAN, YEAR, SampleWorkbooks.DEFAULT_SEED, out);
    }

    @AfterAll
    void removeSamples() throws IOException {
        delete(out);
    }

    @Test
    void aYearHasTheMixOfARealDistrict() {
        assertThat(year.count(Kind.LATE)).isPositive();
        assertThat(year.count(Kind.ON_TIME)).isGreaterThan(5 * year.count(Kind.LATE));
        assertThat(year.count(Kind.RESUBMISSION)).isPositive();
        assertThat(year.missing()).isNotEmpty();
        assertThat(year.files().stream().filter(f -> f.kind() == Kind.MISTAKE).map(SampleFile::mistake))
                .containsExactlyInAnyOrder(Mistake.values());

        Map<UnitMonth, List<SampleFile>> byUnitMonth = year.files().stream()
                .collect(Collectors.groupingBy(f -> new UnitMonth(f.unitCode(), f.month())));
        assertThat(byUnitMonth.size() + year.missing().size()).isEqualTo(28 * 12);
        assertThat(year.missing()).allSatisfy(m -> assertThat(byUnitMonth).doesNotContainKey(m));
        byUnitMonth.forEach((slot, files) -> {
            files.sort(Comparator.comparing(SampleFile::arrival));
            if (files.stream().anyMatch(f -> f.kind() == Kind.MISTAKE)) {
                assertThat(files).as("%s", slot).hasSize(1);
            } else if (files.size() == 2) {
                assertThat(files.get(0).kind()).isIn(Kind.ON_TIME, Kind.LATE);
                assertThat(files.get(1).kind()).isEqualTo(Kind.RESUBMISSION);
                assertThat(files.get(1).path().getFileName()).hasToString(slot.unitCode() + "_" + slot.month() + "_lan2.xlsx");
            } else {
                assertThat(files).as("%s", slot).singleElement()
                        .satisfies(f -> assertThat(f.kind()).isIn(Kind.ON_TIME, Kind.LATE));
            }
        });
    }

    @Test
    void filesSitInTheirUnitsInboxFolderWithTheirArrivalAsModificationTime() throws IOException {
        for (SampleFile file : year.files()) {
            assertThat(file.path().getParent()).isEqualTo(out.resolve(file.unitCode()));
            assertThat(Files.getLastModifiedTime(file.path()).toInstant()).as("%s", file.path()).isEqualTo(file.arrival());
            LocalDate arrived = file.arrival().atZone(VIETNAM).toLocalDate();
            LocalDate due = file.month().plusMonths(1).atDay(12);
            assertThat(arrived).isAfter(file.month().atEndOfMonth());
            if (file.kind() == Kind.ON_TIME) {
                assertThat(arrived).as("%s", file.path()).isBeforeOrEqualTo(due);
            } else if (file.kind() == Kind.LATE) {
                assertThat(arrived).as("%s", file.path()).isAfter(due);
            }
        }
        try (Stream<Path> written = Files.walk(out)) {
            assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(year.files().size());
        }
    }

    @Test
    void eachMistakeIsInItsFileAndNoOtherFileBreaksTheContract() throws IOException {
        Set<String> forms = new TreeSet<>();
        for (SampleFile file : year.files()) {
            try (XSSFWorkbook workbook = Workbooks.open(file.path())) {
                Set<Mistake> found = ContractCheck.mistakes(workbook, file.unitCode(), assignedTasks(file.unitCode()));
                Set<Mistake> expected = file.mistake() == null ? EnumSet.noneOf(Mistake.class) : EnumSet.of(file.mistake());
                assertThat(found).as("%s (%s)", file.path(), file.detail()).isEqualTo(expected);
                assertThat(authenticMarker(workbook)).as("%s", file.path()).isTrue();
                forms.addAll(ContractCheck.typedForms(workbook));
            }
        }
        assertThat(forms).contains("status-variant", "nfd", "percent-sign", "decimal-comma", "number-as-text",
                "thousands-dot", "date-as-text", "formula");
    }

    @Test
    void eachTemplateIsPrefilledFromTheUnitsLastAcceptedWorkbookOfAnEarlierMonth() {
        Map<String, List<SampleFile>> byUnit = year.files().stream().collect(Collectors.groupingBy(SampleFile::unitCode));
        int checked = 0;
        for (List<SampleFile> files : byUnit.values()) {
            for (SampleFile file : files) {
                if (file.mistake() == Mistake.OTHER_UNIT_WORKBOOK) {
                    continue;
                }
                Set<YearMonth> expected = files.stream()
                        .filter(f -> f.kind() != Kind.MISTAKE && f.month().isBefore(file.month()))
                        .map(SampleFile::month).max(Comparator.naturalOrder()).map(Set::of).orElse(Set.of());
                assertThat(carriedMonths(file.path())).as("%s", file.path()).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void theSameSeedWritesTheSameWorkbooksAndAnotherSeedDoesNot() throws IOException {
        MonthRange months = new MonthRange(YearMonth.of(2024, 5), YearMonth.of(2024, 6));
        Path first = Files.createTempDirectory("da06-seed-a-");
        Path second = Files.createTempDirectory("da06-seed-b-");
        Path other = Files.createTempDirectory("da06-seed-c-");
        try {
            SampleRun a = samples.generate(PLAN, months, 7, first);
            SampleRun b = samples.generate(PLAN, months, 7, second);
            SampleRun c = samples.generate(PLAN, months, 8, other);

            assertThat(describe(b, second)).isEqualTo(describe(a, first));
            for (SampleFile file : a.files()) {
                Path twin = second.resolve(first.relativize(file.path()));
                assertThat(Workbooks.dump(twin)).as("%s", twin).isEqualTo(Workbooks.dump(file.path()));
            }
            boolean differs = !describe(c, other).equals(describe(a, first)) || a.files().stream().anyMatch(file -> {
                Path twin = other.resolve(first.relativize(file.path()));
                return !Files.exists(twin) || !Workbooks.dump(twin).equals(Workbooks.dump(file.path()));
            });
            assertThat(differs).isTrue();
        } finally {
            delete(first);
            delete(second);
            delete(other);
        }
    }

    /** Months named in "Số liệu tháng MM/YYYY" comments of the task and indicator sheets. */
    private static Set<YearMonth> carriedMonths(Path file) {
        Set<YearMonth> months = new HashSet<>();
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            for (String name : List.of(WorkbookLayout.TASK_SHEET, WorkbookLayout.INDICATOR_SHEET)) {
                XSSFSheet sheet = workbook.getSheet(name);
                for (Comment comment : sheet.getCellComments().values()) {
                    Matcher m = CARRIED.matcher(comment.getString().getString());
                    if (m.matches()) {
                        months.add(YearMonth.parse(m.group(1), MonthRange.LABEL));
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return months;
    }

    private boolean authenticMarker(XSSFWorkbook workbook) {
        List<String> values = Workbooks.markerRows(workbook).stream().map(r -> r.substring(r.indexOf('=') + 1)).toList();
        return new WorkbookMarker(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4))
                .isAuthentic(markerKey.bytes());
    }

    private static List<String> describe(SampleRun run, Path root) {
        return Stream.concat(
                run.files().stream().map(f -> root.relativize(f.path()) + " " + f.arrival() + " " + f.kind() + " "
                        + f.mistake() + " " + f.detail()),
                run.missing().stream().map(m -> "missing " + m)).toList();
    }

    private Set<String> assignedTasks(String unitCode) {
        return new HashSet<>(jdbc.sql("""
                SELECT t.code FROM v_task_unit tu JOIN dim_task t USING (task_key) JOIN dim_unit u USING (unit_key)
                JOIN dim_plan p ON p.plan_key = t.plan_key
                WHERE p.code = :plan AND u.code = :unit AND u.valid_from <= date '2024-01-01'""")
                .param("plan", PLAN).param("unit", unitCode).query(String.class).list());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
