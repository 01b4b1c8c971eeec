package vn.da06.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import vn.da06.base.Da06Properties;
import vn.da06.submission.Rule;

/** What the reliability tests look at in the warehouse and the da06 home. */
final class Warehouse {

    /** A Vietnamese letter with a diacritic: a reason in Vietnamese has some. */
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Warehouse() {
    }

    static boolean isVietnamese(String text) {
        return VIETNAMESE.matcher(text).find();
    }

    /** No submissions, and empty inbox, archive and rejected folders (the plan stays). */
    static void reset(JdbcClient jdbc, Da06Properties properties) throws IOException {
        vn.da06.support.EmptyWarehouse.reset(jdbc, properties);
    }

    /**
     * The warehouse's content without surrogate keys, timestamps or run ids: every submission (file, status, what it
     * supersedes or duplicates, where it is stored, whether it was moved there), its errors and its facts, sorted.
     */
    static String content(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM (
                  SELECT concat_ws(' | ', 'submission', s.inbox_folder, s.file_name, s.file_hash, s.file_size, s.received_at,
                         s.status, s.on_time, s.month_key, u.code, s.template_version, s.prepared_by, s.error_count,
                         s.stored_path, s.moved_at IS NOT NULL, sup.file_name, dup.file_name) AS x
                  FROM fact_submission s LEFT JOIN dim_unit u USING (unit_key)
                  LEFT JOIN fact_submission sup ON sup.submission_key = s.superseded_by
                  LEFT JOIN fact_submission dup ON dup.submission_key = s.duplicate_of
                  UNION ALL
                  SELECT concat_ws(' | ', 'error', s.file_name, e.seq, e.sheet, e.cell, e.value, e.rule, e.message)
                  FROM submission_error e JOIN fact_submission s USING (submission_key)
                  UNION ALL
                  SELECT concat_ws(' | ', 'task', s.file_name, t.code, f.role, f.status, f.progress_pct, f.completed_on,
                         f.result_text, f.difficulties, f.proposals, f.source_cell, f.month_key)
                  FROM fact_task_progress f JOIN fact_submission s USING (submission_key) JOIN dim_task t USING (task_key)
                  UNION ALL
                  SELECT concat_ws(' | ', 'indicator', s.file_name, i.code, f.numerator, f.denominator, f.note, f.source_cell,
                         f.denominator_cell, f.month_key)
                  FROM fact_indicator_value f JOIN fact_submission s USING (submission_key) JOIN dim_indicator i USING (indicator_key)
                ) rows""").query(String.class).single();
    }

    /** Null when the specimen ended as it must (see {@link HostileCorpus.Specimen}), else what is wrong. */
    static String checkOutcome(JdbcClient jdbc, Da06Properties properties, HostileCorpus.Specimen specimen) {
        String folder = properties.inbox().relativize(specimen.path().getParent()).toString();
        List<Map<String, Object>> records = jdbc.sql("""
                SELECT submission_key, status, stored_path FROM fact_submission WHERE inbox_folder = :folder AND file_name = :name""")
                .param("folder", folder).param("name", specimen.fileName()).query().listOfRows();
        if (records.size() != 1) {
            return "recorded " + records.size() + " times";
        }
        Map<String, Object> record = records.get(0);
        String stored = (String) record.get("stored_path");
        if (stored == null || !Files.exists(properties.home().resolve(stored), LinkOption.NOFOLLOW_LINKS)) {
            return "not found where it was recorded: " + stored;
        }
        if (Files.exists(specimen.path(), LinkOption.NOFOLLOW_LINKS)) {
            return "still in the inbox";
        }
        if (!"rejected".equals(record.get("status"))) {
            if (!specimen.rules().isEmpty() && !specimen.mayPass()) {
                return record.get("status") + " in " + stored + ", expected a rejection under " + specimen.rules();
            }
            String facts = facts(jdbc, (Long) record.get("submission_key"));
            return !specimen.mayPass() || facts.equals(VALID_FACTS) || "duplicate".equals(record.get("status")) ? null
                    : "archived with other facts than the valid workbook it was made from: " + facts;
        }
        List<String[]> errors = jdbc.sql("SELECT rule, message FROM submission_error WHERE submission_key = :key ORDER BY seq")
                .param("key", record.get("submission_key")).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        if (specimen.rules().isEmpty()) {
            return "rejected (" + errors.stream().map(e -> e[0] + ": " + e[1]).toList() + ") but it is valid";
        }
        if (!specimen.mayPass() && errors.stream().noneMatch(e -> specimen.rules().contains(Rule.valueOf(e[0])))) {
            return "rejected under " + errors.stream().map(e -> e[0] + " (" + e[1] + ")").toList() + ", expected " + specimen.rules();
        }
        if (errors.stream().anyMatch(e -> !isVietnamese(e[1]))) {
            return "a reason is not Vietnamese: " + errors.stream().map(e -> e[1]).toList();
        }
        Path report = errorReportFor(properties.home().resolve(stored));
        return Files.isRegularFile(report) ? null : "no error report " + report;
    }

    /** The facts of {@link HostileCorpus#validWorkbook}, as {@link #facts} shows them. */
    static final String VALID_FACTS = "CT02 45.00/50.00, CT04 30.00/40.00, NV01 done 100.00 2024-02-20, NV13 in_progress 60.00 -";

    /** A submission's task and indicator facts in short. */
    static String facts(JdbcClient jdbc, long submissionKey) {
        return jdbc.sql("""
                SELECT coalesce(string_agg(x, ', ' ORDER BY x), '') FROM (
                  SELECT t.code || ' ' || coalesce(f.status, '-') || ' ' || coalesce(f.progress_pct::text, '-') || ' '
                         || coalesce(f.completed_on::text, '-') AS x
                  FROM fact_task_progress f JOIN dim_task t USING (task_key) WHERE f.submission_key = :key
                  UNION ALL
                  SELECT i.code || ' ' || f.numerator || '/' || f.denominator
                  FROM fact_indicator_value f JOIN dim_indicator i USING (indicator_key) WHERE f.submission_key = :key
                ) facts""").param("key", submissionKey).query(String.class).single();
    }

    static Path errorReportFor(Path rejected) {
        String name = rejected.getFileName().toString();
        String base = name.toLowerCase().endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return rejected.resolveSibling(base + "_LOI.xlsx");
    }
}
