package vn.da06.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.da06.base.Da06Properties;
import vn.da06.base.MonthRange;
import vn.da06.plan.PlanImporter;
import vn.da06.submission.ImportLauncher;
import vn.da06.submission.ImportSummary;
import vn.da06.support.Da06SpringTest;
import vn.da06.template.ContractCheck;
import vn.da06.template.Workbooks;
import vn.da06.workbook.WorkbookLayout;
import vn.da06.workbook.WorkbookLayout.IndicatorColumn;
import vn.da06.workbook.WorkbookLayout.TaskColumn;

/**
 * Template → filled by the sample generator → import: the warehouse holds exactly the values the workbooks carry,
 * read here independently with POI's usermodel, cell by cell, with the cell each fact names as its source.
 */
@Da06SpringTest
@TestPropertySource(properties = "da06.test.context=round-trip")
class SampleImportRoundTripTests {

    @Autowired
    PlanImporter plans;
    @Autowired
    SampleWorkbooks samples;
    @Autowired
    ImportLauncher importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Da06Properties properties;

    @Test
    void theWarehouseHoldsExactlyTheValuesWrittenInTheWorkbooks() throws IOException {
        plans.importBundled();
        Path inbox = properties.home().resolve("round-trip");
        SampleRun run = samples.generate("TUYPHUOC-2024", new MonthRange(YearMonth.of(2024, 3), YearMonth.of(2024, 4)), 11, inbox);
        List<String> expected = new ArrayList<>();
        for (SampleFile file : run.files()) {
            if (file.kind() != SampleFile.Kind.MISTAKE) {
                expected.addAll(factsIn(file));
            }
        }

        ImportSummary summary = importer.run(inbox, notice -> { });

        assertThat(summary.rejected()).isEqualTo(run.count(SampleFile.Kind.MISTAKE));
        assertThat(summary.loaded()).isEqualTo(run.files().size() - run.count(SampleFile.Kind.MISTAKE));
        assertThat(warehouseFacts()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSizeGreaterThan(500);
    }

    /** One line per task and indicator row of a workbook: file, code, values, source cell. */
    private static List<String> factsIn(SampleFile file) throws IOException {
        List<String> facts = new ArrayList<>();
        String name = file.unitCode() + "/" + file.path().getFileName();
        try (XSSFWorkbook workbook = Workbooks.open(file.path())) {
            XSSFSheet tasks = workbook.getSheet(WorkbookLayout.TASK_SHEET);
            for (int r : Workbooks.dataRows(tasks)) {
                String status = Workbooks.text(tasks, r, TaskColumn.STATUS.ordinal());
                facts.add(String.join(" | ", name, Workbooks.text(tasks, r, TaskColumn.CODE.ordinal()),
                        status.isBlank() ? "-" : WorkbookLayout.status(status).orElseThrow(),
                        number(ContractCheck.number(ContractCheck.cell(tasks, r, TaskColumn.PROGRESS.ordinal()))),
                        String.valueOf(ContractCheck.date(ContractCheck.cell(tasks, r, TaskColumn.COMPLETED_ON.ordinal()))),
                        text(Workbooks.text(tasks, r, TaskColumn.RESULT.ordinal())),
                        text(Workbooks.text(tasks, r, TaskColumn.DIFFICULTIES.ordinal())),
                        text(Workbooks.text(tasks, r, TaskColumn.PROPOSALS.ordinal())),
                        "Nhiệm vụ!F" + (r + 1)));
            }
            XSSFSheet indicators = workbook.getSheet(WorkbookLayout.INDICATOR_SHEET);
            for (int r : Workbooks.dataRows(indicators)) {
                facts.add(String.join(" | ", name, Workbooks.text(indicators, r, IndicatorColumn.CODE.ordinal()),
                        number(ContractCheck.number(ContractCheck.cell(indicators, r, IndicatorColumn.NUMERATOR.ordinal()))),
                        number(ContractCheck.number(ContractCheck.cell(indicators, r, IndicatorColumn.DENOMINATOR.ordinal()))),
                        text(Workbooks.text(indicators, r, IndicatorColumn.NOTE.ordinal())),
                        "Chỉ tiêu!E" + (r + 1), "Chỉ tiêu!F" + (r + 1)));
            }
        }
        return facts;
    }

    private List<String> warehouseFacts() {
        List<String> facts = new ArrayList<>(jdbc.sql("""
                SELECT concat_ws(' | ', s.inbox_folder || '/' || s.file_name, t.code, coalesce(f.status, '-'),
                       coalesce(f.progress_pct::text, '-'), coalesce(f.completed_on::text, 'null'),
                       coalesce(f.result_text, '-'), coalesce(f.difficulties, '-'), coalesce(f.proposals, '-'), f.source_cell)
                FROM fact_task_progress f JOIN fact_submission s USING (submission_key) JOIN dim_task t USING (task_key)""")
                .query(String.class).list());
        facts.addAll(jdbc.sql("""
                SELECT concat_ws(' | ', s.inbox_folder || '/' || s.file_name, i.code, f.numerator::text, f.denominator::text,
                       coalesce(f.note, '-'), f.source_cell, f.denominator_cell)
                FROM fact_indicator_value f JOIN fact_submission s USING (submission_key) JOIN dim_indicator i USING (indicator_key)""")
                .query(String.class).list());
        return facts;
    }

    /** Numbers as the database prints numeric(…, 2): "85.50", "-". */
    private static String number(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(String typed) {
        String clean = Normalizer.normalize(typed, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        return clean.isEmpty() ? "-" : clean;
    }
}
