package vn.da06.submission;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.da06.base.SqlFiles;
import vn.da06.workbook.WorkbookLayout;

/** What the import made of a workbook: its state, the figures it loaded or the errors that rejected it. */
@Component
public class SubmissionResults {

    /**
     * A recorded workbook.
     *
     * @param inboxFolder the inbox folder it came from: the unit it was sent as (who may see it)
     * @param unitCode    the unit it reports for (null when a rejected file named none the warehouse knows)
     * @param month       the month it reports (null when a rejected file's period could not be read)
     * @param status      accepted, superseded, rejected, duplicate, held or released
     * @param uploadedBy  who uploaded it through the portal (null: it came another way)
     */
    public record Submission(long key, String inboxFolder, String unitCode, String unitName, YearMonth month,
                             String fileName, Instant receivedAt, Boolean onTime, String status, Long duplicateOf,
                             Long supersededBy, int errorCount, String storedPath, String uploadedBy, Boolean onBehalf,
                             String originalName) {

        /** The submission whose figures this one stands for: the original of a duplicate, else itself. */
        public long factsKey() {
            return duplicateOf != null ? duplicateOf : key;
        }
    }

    /** A task row as loaded, with the words of the workbook's dropdowns. */
    public record TaskRow(int number, String code, String content, String role, String status, BigDecimal progressPct,
                          LocalDate completedOn, String result, String sourceCell) {
    }

    public record IndicatorRow(String code, String name, BigDecimal numerator, BigDecimal denominator, String note,
                               String sourceCell) {
    }

    /** An error of a rejected workbook; sheet and cell are null for one about the whole file. */
    public record ErrorRow(String sheet, String cell, String value, String rule, String message) {
    }

    private final JdbcClient jdbc;
    private final StoredFiles storedFiles;

    SubmissionResults(JdbcClient jdbc, StoredFiles storedFiles) {
        this.jdbc = jdbc;
        this.storedFiles = storedFiles;
    }

    public Optional<Submission> find(long key) {
        return jdbc.sql(SqlFiles.load("query/submission/result-find.sql")).param("key", key)
                .query(SubmissionResults::submission).optional();
    }

    /** The latest workbooks sent from one unit's inbox folder, or (null) from all. */
    public List<Submission> recent(String inboxFolder, int limit) {
        return jdbc.sql(SqlFiles.load("query/submission/results-recent.sql")).param("folder", inboxFolder).param("limit", limit)
                .query(SubmissionResults::submission).list();
    }

    public List<TaskRow> tasks(Submission submission) {
        return jdbc.sql(SqlFiles.load("query/submission/result-tasks.sql")).param("key", submission.factsKey())
                .query((rs, n) -> new TaskRow(rs.getInt("number"), rs.getString("code"), rs.getString("content"),
                        WorkbookLayout.roleLabel(rs.getString("role")),
                        rs.getString("status") == null ? "" : WorkbookLayout.statusLabel(rs.getString("status")),
                        rs.getBigDecimal("progress_pct"), rs.getObject("completed_on", LocalDate.class),
                        rs.getString("result_text"), rs.getString("source_cell")))
                .list();
    }

    public List<IndicatorRow> indicators(Submission submission) {
        return jdbc.sql(SqlFiles.load("query/submission/result-indicators.sql")).param("key", submission.factsKey())
                .query((rs, n) -> new IndicatorRow(rs.getString("code"), rs.getString("name"), rs.getBigDecimal("numerator"),
                        rs.getBigDecimal("denominator"), rs.getString("note"), rs.getString("source_cell")))
                .list();
    }

    public List<ErrorRow> errors(Submission submission) {
        return jdbc.sql(SqlFiles.load("query/submission/result-errors.sql")).param("key", submission.key())
                .query((rs, n) -> new ErrorRow(rs.getString("sheet"), rs.getString("cell"), rs.getString("value"),
                        ruleTitle(rs.getString("rule")), rs.getString("message")))
                .list();
    }

    /** The error report of a rejected workbook ({@code <name>_LOI.xlsx} beside it), when it exists. */
    public Optional<Path> errorReport(Submission submission) {
        if (!"rejected".equals(submission.status()) || submission.storedPath() == null) {
            return Optional.empty();
        }
        Path report = StoredFiles.errorReportFor(storedFiles.resolve(submission.storedPath()));
        return Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS) ? Optional.of(report) : Optional.empty();
    }

    private static String ruleTitle(String rule) {
        try {
            return Rule.valueOf(rule).title();
        } catch (IllegalArgumentException e) {
            return rule;
        }
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        Integer month = (Integer) rs.getObject("month_key");
        return new Submission(rs.getLong("submission_key"), rs.getString("inbox_folder"), rs.getString("unit_code"),
                rs.getString("unit_name"), month == null ? null : YearMonth.of(month / 100, month % 100),
                rs.getString("file_name"), rs.getTimestamp("received_at").toInstant(), (Boolean) rs.getObject("on_time"),
                rs.getString("status"), (Long) rs.getObject("duplicate_of"), (Long) rs.getObject("superseded_by"),
                rs.getInt("error_count"), rs.getString("stored_path"), rs.getString("uploaded_by"),
                (Boolean) rs.getObject("on_behalf"), rs.getString("original_name"));
    }
}
